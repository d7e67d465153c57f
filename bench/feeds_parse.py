"""Parse + import a full lap-times race, and lap analytics for one race: racewire vs plain json + pandas.

Targets (issue 6): import under 200 ms, analytics under 50 ms. Race: cup 2025 Bristol (5550), 39 cars x 500 laps.
"""

from __future__ import annotations

import json
import os
import shutil
import sys
import tempfile
from pathlib import Path

import pandas as pd

sys.path.insert(0, str(Path(__file__).parent))
from _timing import measure, report  # noqa: E402

from racewire.facts.catalogue import Context  # noqa: E402
from racewire.facts import laps  # noqa: E402
from racewire.newsroom import Newsroom  # noqa: E402
from racewire.store import Store  # noqa: E402
from racewire.store.feeds import import_paths, race_feed  # noqa: E402

SHARED = Path(os.environ.get("RACEWIRE_SHARED", Path(__file__).resolve().parents[2] / "shared"))
RACE = SHARED / "data" / "feeds" / "cup" / "2025" / "5550"
FILE = RACE / "lap-times.json"

work = Path(tempfile.mkdtemp())
base = work / "base.duckdb"
Newsroom(base).close()  # the history store, built once from the bundled snapshot


shutil.copy(base, work / "r.duckdb")
_store = Store(work / "r.duckdb", init=False)


def racewire_import() -> None:
    """Read, check, parse and load the file in one transaction, then link and cross-check it."""
    import_paths(_store, [FILE])


def _forget() -> None:  # between runs, outside the timing: so that every run imports for real
    for table in ("feed_sources", "feed_races", "feed_laps", "feed_lap_flags"):
        _store.execute(f"DELETE FROM {table}") if hasattr(_store, "execute") else _store.con.execute(
            f"DELETE FROM {table}")


def timed_imports(runs: int) -> list[float]:
    import time

    out = []
    for _ in range(runs):
        _forget()
        t = time.perf_counter()
        racewire_import()
        out.append(time.perf_counter() - t)
    return out


def pandas_import() -> None:
    import sqlite3

    doc = json.loads(FILE.read_text(encoding="utf-8-sig"))
    df = pd.json_normalize(doc["laps"], "Laps", ["Number", "FullName", "NASCARDriverID"])
    df["LapSpeed"] = pd.to_numeric(df["LapSpeed"])
    con = sqlite3.connect(work / "p.sqlite")
    df.to_sql("laps", con, if_exists="replace", index=False)
    con.commit()
    con.close()


room = Newsroom(work / "facts.duckdb")
import_paths(room.store, [RACE])
race = room.race("cup", 2025, 9)
history = room.history("cup")
info = history.races[history.race_idx_by_id[race.info.id]]
feed = race_feed(room.store, "cup", 2025, 9)


def racewire_analytics() -> None:
    ctx = Context(history, info, feeds=feed)
    for fn in laps.COMPUTE:
        fn(ctx)


doc = json.loads(FILE.read_text(encoding="utf-8-sig"))
frame = pd.json_normalize(doc["laps"], "Laps", ["Number", "FullName"])


def pandas_analytics() -> None:
    lead = frame[(frame["RunningPos"] == 1) & (frame["Lap"] >= 1)].sort_values("Lap")
    led = lead.groupby("Number").size().sort_values(ascending=False)
    changes = int((lead["Number"] != lead["Number"].shift()).sum() - 1)
    fastest = frame.loc[frame["LapTime"].idxmin()]
    start = frame[frame["Lap"] == 0].set_index("Number")["RunningPos"]
    final = frame.sort_values("Lap").groupby("Number")["RunningPos"].last()
    gains = (start - final).sort_values(ascending=False)
    return led, changes, fastest, gains


if __name__ == "__main__":
    report("parse + import cup/2025/5550/lap-times.json (39 cars x 500 laps)",
           {"racewire (checked parse + DuckDB)": timed_imports(7),
            "json + pandas + sqlite3": measure(pandas_import, 7)}, target=200, unit="ms")
    report("lap analytics for one race (cup 2025 round 9)",
           {"racewire facts/laps.py (all facts)": measure(racewire_analytics, 20),
            "pandas (leaders, changes, fastest, gains)": measure(pandas_analytics, 20)}, target=50, unit="ms")
    room.close()
    shutil.rmtree(work, ignore_errors=True)
