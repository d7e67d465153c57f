"""Facts for one race (warm) and for every race of history in one batch, racewire vs a plain pandas script
computing the same seed facts (winner, career wins, first win for the car number, consecutive starts won,
race-high laps led, points leader and gap).

Targets (issue 4): one race under 30 ms warm; all ~4,970 races under 60 s on 2 cores.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

import pandas as pd

sys.path.insert(0, str(Path(__file__).parent))
from _timing import measure, report  # noqa: E402

from racewire import Newsroom  # noqa: E402
from racewire.facts.catalogue import compute  # noqa: E402
from racewire.sources.history import bundled_dir  # noqa: E402

os.environ.pop("RACEWIRE_STRICT", None)


def pandas_seed_facts(df: pd.DataFrame, season: int, rnd: int) -> dict[str, object]:
    """The obvious script: filter the frame for each question."""
    race = df[(df.Season == season) & (df.Race == rnd)]
    win = race[race.Win == 1].iloc[0]
    upto = df[(df.Season < season) | ((df.Season == season) & (df.Race <= rnd))]
    mine = upto[upto.Driver == win.Driver].sort_values(["Season", "Race"])
    streak = 0
    for w in reversed(mine.Win.tolist()):
        if w != 1:
            break
        streak += 1
    car_wins = int(((upto.Car == win.Car) & (upto.Win == 1)).sum())
    led = race.loc[race.Led.idxmax()]
    pts = upto[upto.Season == season].groupby("Driver").Pts.sum().sort_values(ascending=False)
    return {"winner": win.Driver, "career_wins": int(mine.Win.sum()), "car_wins": car_wins, "streak": streak,
            "most_led": (led.Driver, int(led.Led)), "leader": pts.index[0], "gap": int(pts.iloc[0] - pts.iloc[1])}


def main() -> None:
    with tempfile.TemporaryDirectory() as d:
        room = Newsroom(Path(d) / "b.duckdb")
        race = room.race("truck", 2025, 4)
        hist = room.history("truck")
        info = hist.races[hist.race_idx_by_id[race.info.id]]
        compute(hist, info)  # warm
        df = pd.read_parquet(bundled_dir() / "truck_series.parquet")
        assert pandas_seed_facts(df, 2025, 4)["career_wins"] == compute(hist, info).get(
            "career_wins", driver="Kyle Larson").value
        report("facts for truck 2025 round 4, warm", {
            "racewire catalogue (all kinds)": measure(lambda: compute(hist, info), 20),
            "pandas seed facts": measure(lambda: pandas_seed_facts(df, 2025, 4), 20),
        }, target=30, unit="ms")

        t = time.perf_counter()
        n = 0
        for series in ("cup", "xfinity", "truck"):
            h = room.history(series)
            for i in h.races:
                compute(h, i)
                n += 1
        total = time.perf_counter() - t
        sample = [(s, r) for s, r in zip(df.Season, df.Race)][::400]
        sample = list(dict.fromkeys(sample))[:60]
        t = time.perf_counter()
        for s, r in sample:
            try:
                pandas_seed_facts(df, s, r)
            except (IndexError, ValueError):
                pass
        per = (time.perf_counter() - t) / len(sample)
        print(f"\nevery race of history in one batch (target < 60 s)")
        print(f"  racewire catalogue, {n:,} races (history index build included): {total:8.2f} s")
        print(f"  pandas seed facts, {len(sample)} truck races timed, extrapolated to {n:,}: "
              f"{per * n:8.2f} s  ({per * 1000:.1f} ms a race)")


if __name__ == "__main__":
    main()
