"""Full import of the three series into a fresh store, racewire (DuckDB) vs a plain pandas + sqlite3 script.

Target (issue 3): under 3 s on 2 cores.
"""

from __future__ import annotations

import sqlite3
import sys
import tempfile
from pathlib import Path

import pandas as pd

sys.path.insert(0, str(Path(__file__).parent))
from _timing import measure, report  # noqa: E402

from racewire.sources import history  # noqa: E402
from racewire.store import Store  # noqa: E402
from racewire.store.load import load_history  # noqa: E402

SRC = history.bundled_dir()


def racewire_import() -> None:
    with tempfile.TemporaryDirectory() as d:
        with Store(Path(d) / "r.duckdb", init=False) as store:
            load_history(store, history.read_dir(SRC), origin=str(SRC))


def pandas_import() -> None:
    with tempfile.TemporaryDirectory() as d:
        con = sqlite3.connect(Path(d) / "p.sqlite")
        frames = []
        for stem in ("cup", "nxs", "truck"):
            df = pd.read_parquet(SRC / f"{stem}_series.parquet")
            df["series"] = stem
            frames.append(df[df["Driver"].notna()])
        df = pd.concat(frames)
        races = df.drop_duplicates(["series", "Season", "Race"])[["series", "Season", "Race", "Track", "Name"]]
        races.to_sql("races", con, index=False)
        pd.DataFrame({"name": df["Driver"].unique()}).to_sql("drivers", con, index=False)
        df.to_sql("results", con, index=False)
        con.commit()
        con.close()


if __name__ == "__main__":
    report("full import of cup + xfinity + truck (179,824 rows)",
           {"racewire (validate + DuckDB)": measure(racewire_import, 3),
            "pandas + sqlite3": measure(pandas_import, 3)}, target=3.0)
