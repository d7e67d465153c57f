"""`racewire results truck 2025 4` as a cold process, vs a plain pandas script printing the same rows.

Target (issue 3): under 0.5 s and faster than the pandas script.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from _timing import measure_cmd, report  # noqa: E402

from racewire.sources import history  # noqa: E402

PANDAS = f"""
import pandas as pd
df = pd.read_parquet({str(history.bundled_dir() / 'truck_series.parquet')!r})
race = df[(df.Season == 2025) & (df.Race == 4)].sort_values("Finish")
print(race[["Finish", "Start", "Car", "Driver", "Team", "Make", "Laps", "Led", "Status", "Pts"]].to_csv(index=False))
"""

if __name__ == "__main__":
    with tempfile.TemporaryDirectory() as d:
        env = dict(os.environ, RACEWIRE_DB=str(Path(d) / "r.duckdb"))
        exe = str(Path(sys.executable).with_name("racewire"))
        subprocess.run([exe, "races", "truck", "2025"], check=True, capture_output=True, env=env)  # build once
        report("results of truck 2025 round 4, cold process (store already built)", {
            "racewire results --format csv": measure_cmd([exe, "results", "truck", "2025", "4", "-f", "csv"], 7, env),
            "racewire results (rich table)": measure_cmd([exe, "results", "truck", "2025", "4"], 7, env),
            "pandas script": measure_cmd([sys.executable, "-c", PANDAS], 7, env),
        }, target=0.5)
