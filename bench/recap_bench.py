"""Recap speed: one recap warm, `racewire recap truck 2025 4` as a cold process, and every race of 2025 in all
three series, side by side with a plain pandas script writing a one-paragraph template recap.

Targets (issue 5): one recap under 50 ms warm; cold under 1 s; every 2025 race under 10 s on 2 cores.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from _timing import measure, measure_cmd, report  # noqa: E402

from racewire import Newsroom  # noqa: E402
from racewire.sources.history import bundled_dir  # noqa: E402

PANDAS = f"""
import pandas as pd
df = pd.read_parquet({str(bundled_dir() / 'truck_series.parquet')!r})
race = df[(df.Season == 2025) & (df.Race == 4)].sort_values("Finish")
w, r = race.iloc[0], race.iloc[1]
wins = int(((df.Driver == w.Driver) & (df.Win == 1) & ((df.Season < 2025) | (df.Race <= 4))).sum())
print(f"{{w.Driver}} won the {{w.Name}} at {{w.Track}} from {{w.Start}}th, his {{wins}}th career win. "
      f"{{r.Driver}} was second.")
"""


def main() -> None:
    with tempfile.TemporaryDirectory() as d:
        db = Path(d) / "r.duckdb"
        room = Newsroom(db)
        race = room.race("truck", 2025, 4)
        race.recap()

        def fresh_recap() -> None:
            r = room.race("truck", 2025, 4)   # a new Race: facts and text computed again
            r.recap("md")

        report("one recap, warm (truck 2025 round 4)", {"racewire recap (facts + text)": measure(fresh_recap, 20)},
               target=50, unit="ms")
        room.close()
        env = dict(os.environ, RACEWIRE_DB=str(db))
        exe = str(Path(sys.executable).with_name("racewire"))
        report("`racewire recap truck 2025 4`, cold process", {
            "racewire recap": measure_cmd([exe, "recap", "truck", "2025", "4"], 5, env),
            "pandas template script": measure_cmd([sys.executable, "-c", PANDAS], 5, env),
        }, target=1.0)
        t = time.perf_counter()
        n = 0
        for series in ("cup", "xfinity", "truck"):
            out = Path(d) / series
            subprocess.run([exe, "recap", series, "2025", "--all", "--out", str(out)], check=True, env=env,
                           capture_output=True)
            n += len(list(out.iterdir()))
        print(f"\nevery race of 2025, all three series (target < 10 s)\n  racewire recap --all: {n} recaps in "
              f"{time.perf_counter() - t:.2f} s (three processes, cold)")


if __name__ == "__main__":
    main()
