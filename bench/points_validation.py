"""The points engine against the data: every row of the three series recomputed and compared with ``Pts``.

Prints, per series and era (rules.md section 1.1), how many rows the rules reproduce exactly, how many are
ranges because an input is missing (and how many of those hold ``Pts``), the residuals by cause, and the time
the engine takes side by side with a plain pandas script doing the same recomputation for 2017-2024.

Eligibility is season-level, as in rules.md section 10: a driver with no points all season in that series is
not eligible. A ``Pts`` of 0 for a driver who scored in other races of the season is a "zero" residual (a
per-race eligibility the data does not record); ``exact_excl_zero_%`` leaves those rows out.

    python bench/points_validation.py            # the table, residual causes and timings
    python bench/points_validation.py --no-time  # the table only
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

import pyarrow.parquet as pq

sys.path.insert(0, str(Path(__file__).parent))
from _timing import measure, report  # noqa: E402

from racewire.facts import points as P  # noqa: E402
from racewire.sources import history  # noqa: E402

SERIES = (("cup", "cup"), ("xfinity", "nxs"), ("truck", "truck"))
COLUMNS = ("Season", "Race", "Track", "Name", "Finish", "Driver", "Pts", "Laps", "Led", "S1", "S2", "Seg Points")


def load(stem: str, seasons: tuple[int, int] | None = None) -> dict[str, list[Any]]:
    table = pq.read_table(history.bundled_dir() / f"{stem}_series.parquet", columns=list(COLUMNS))
    if seasons is not None:
        import pyarrow.compute as pc

        s = table.column("Season")
        table = table.filter(pc.and_(pc.greater_equal(s, seasons[0]), pc.less_equal(s, seasons[1])))
    return {c: table.column(c).to_pylist() for c in COLUMNS}


def recompute(series: str, c: dict[str, list[Any]]) -> tuple[list[P.Breakdown | None], list[bool], list[bool]]:
    """Every row's breakdown (input order), its season-level eligibility, and whether its race is a
    combination race."""
    n = len(c["Season"])
    season_pts: dict[tuple[int, str], int] = defaultdict(int)
    last: dict[int, int] = {}
    races: dict[tuple[int, int], list[int]] = defaultdict(list)
    for i in range(n):
        season, rnd = c["Season"][i], c["Race"][i]
        season_pts[(season, c["Driver"][i])] += c["Pts"][i] or 0
        if rnd > last.get(season, 0):
            last[season] = rnd
        races[(season, rnd)].append(i)
    eligible = [season_pts[(c["Season"][i], c["Driver"][i])] > 0 for i in range(n)]
    out: list[P.Breakdown | None] = [None] * n
    combo = [False] * n
    for (season, rnd), idx in races.items():
        i0 = idx[0]
        flags = [eligible[i] for i in idx if c["Finish"][i] is not None]
        key = P.RaceKey(series, season, rnd, c["Track"][i0] or "", c["Name"][i0],
                        P.is_title_race(series, season, rnd, last[season], c["Track"][i0] or ""),
                        P.is_combination_race(series, season, flags))
        entries = [P.Entry(c["Finish"][i], c["Led"][i], c["Laps"][i], c["S1"][i], c["S2"][i], c["Seg Points"][i],
                           eligible[i]) for i in idx]
        for i, b in zip(idx, P.breakdown(key, entries)):
            out[i] = b
            combo[i] = key.combination
    return out, eligible, combo


def cause(series: str, c: dict[str, list[Any]], i: int, b: P.Breakdown, eligible: bool, combo: bool) -> str:
    """Why an exact recomputation differs from ``Pts`` (rules.md section 10, residuals)."""
    pts, p = c["Pts"][i], c["Finish"][i]
    diff = pts - b.lo
    e = P.era(series, c["Season"][i])
    assert e is not None
    if pts == 0 and eligible:
        return "Pts 0 for a driver who scored elsewhere that season (eligibility for that race, DQ)"
    if combo:
        return "combination race: unregistered driver not marked (points by order among registered)"
    if diff < 0 and diff % 25 == 0:
        return "penalty deducted inside the race Pts (-25/-50 ...)"
    if e.led_bonus and diff in (e.led_bonus, -e.led_bonus, 2 * e.led_bonus, -2 * e.led_bonus):
        return "lap-leader bonus disagrees with Led"
    near = {e.finish_points(q) - e.finish_points(p) for q in (p - 1, p + 1, p - 2, p + 2) if q >= 1}
    if diff in near:
        return "finishing order off in the source (a place shared or skipped, everyone behind shifted)"
    if pts == 0:
        return "Pts 0 for a driver with no points all season who is not marked ineligible"
    return "other (source error)"


def validate() -> tuple[list[dict[str, Any]], Counter[tuple[str, str]]]:
    table: list[dict[str, Any]] = []
    causes: Counter[tuple[str, str]] = Counter()
    for series, stem in SERIES:
        c = load(stem)
        out, eligible, combo = recompute(series, c)
        agg: dict[str, Counter[str]] = defaultdict(Counter)
        for i, b in enumerate(out):
            era = P.era_label(series, c["Season"][i])
            a = agg[era]
            a["rows"] += 1
            pts = c["Pts"][i]
            if b is None or pts is None:
                a["not_modelled"] += 1
                continue
            if b.exact:
                if pts == b.lo:
                    a["exact"] += 1
                else:
                    a["mismatch"] += 1
                    a["zero_pts"] += pts == 0 and eligible[i]
                    causes[(series, cause(series, c, i, b, eligible[i], combo[i]))] += 1
            else:
                a["bounded"] += 1
                a["in_bounds"] += b.lo <= pts <= b.hi
                a["floor_exact"] += pts == b.lo
        for era, a in agg.items():
            if a["rows"] == a["not_modelled"]:
                why = "not modelled" if era.startswith("before") else "no finishing positions yet"
                table.append({"series": series, "era": era, "rows": a["rows"], "note": why})
                continue
            checked = a["exact"] + a["mismatch"]
            table.append({
                "series": series, "era": era, "rows": a["rows"], "exact": a["exact"], "mismatch": a["mismatch"],
                "bounded": a["bounded"], "in_bounds": a["in_bounds"], "zero_pts": a["zero_pts"],
                "unclassified": a["not_modelled"],
                "exact_%": pct(a["exact"], checked),
                "in_bounds_%": pct(a["in_bounds"], a["bounded"]),
                "floor_exact_%": pct(a["floor_exact"], a["bounded"]),
                "exact_excl_zero_%": pct(a["exact"], checked - a["zero_pts"])})
    return table, causes


def pct(x: int, n: int) -> str:
    return f"{100 * x / n:.2f}" if n else ""


HEAD = ("series", "era", "rows", "exact", "mismatch", "bounded", "in_bounds", "zero_pts", "unclassified", "exact_%",
        "in_bounds_%", "floor_exact_%", "exact_excl_zero_%")


def print_table(table: list[dict[str, Any]]) -> None:
    print("| " + " | ".join(HEAD) + " |")
    print("|" + "---|" * len(HEAD))
    for row in table:
        if row.get("note"):
            print(f"| {row['series']} | {row['era']} | {row['rows']} | ({row['note']}) "
                  + " | ".join([""] * (len(HEAD) - 3)) + " |")
            continue
        print("| " + " | ".join(str(row[h]) for h in HEAD) + " |")


# -- the same recomputation for 2017-2024, as a plain pandas script -------------------------------------------

def pandas_2017_2024() -> dict[str, tuple[int, int, int, int]]:
    """(exact, mismatch, bounded, in_bounds) per series for 2017-2024, vectorised pandas."""
    import numpy as np
    import pandas as pd

    out = {}
    for series, stem in SERIES:
        df = pd.read_parquet(history.bundled_dir() / f"{stem}_series.parquet", columns=list(COLUMNS))
        df = df[(df.Season >= 2017) & (df.Season <= 2024) & df.Finish.notna()].copy()
        eligible = df.groupby(["Season", "Driver"]).Pts.transform("sum") > 0
        floor = np.where((series == "truck") & (df.Season == 2020), 5, 1)
        fin = np.where(df.Finish == 1, 40, np.maximum(37 - df.Finish, floor))
        stage = (11 - df.S1).clip(lower=0).fillna(0) + (11 - df.S2).clip(lower=0).fillna(0)
        last = df.groupby("Season").Race.transform("max")
        track = np.where(df.Season <= 2019, "Homestead", "Phoenix")
        title = (df.Race == last) & np.array([t in (x or "") for t, x in zip(track, df.Track)])
        six = (series == "cup") & df.Track.fillna("").str.contains("Charlotte") & df.Name.fillna("").str.contains("600")
        lo = np.where(eligible, fin + np.where(title, 0, stage), 0)
        hi = np.where(eligible, fin + stage + np.where(six, 10, 0), 0)
        bounded = lo != hi
        exact = ~bounded & (df.Pts == lo)
        inb = bounded & (df.Pts >= lo) & (df.Pts <= hi)
        out[series] = (int(exact.sum()), int((~bounded & ~exact).sum()), int(bounded.sum()), int(inb.sum()))
    return out


def engine_2017_2024() -> dict[str, tuple[int, int, int, int]]:
    out = {}
    for series, stem in SERIES:
        c = load(stem, (2017, 2024))
        res, _, _ = recompute(series, c)
        ex = mis = bd = inb = 0
        for b, pts in zip(res, c["Pts"]):
            if b is None:
                continue
            if b.exact:
                ex += pts == b.lo
                mis += pts != b.lo
            else:
                bd += 1
                inb += b.lo <= pts <= b.hi
        out[series] = (ex, mis, bd, inb)
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--no-time", action="store_true", help="skip the timings")
    args = ap.parse_args()
    t = time.perf_counter()
    table, causes = validate()
    total = time.perf_counter() - t
    print("Points engine vs Pts, every row of the bundled history (rules.md section 10 layout)\n")
    print_table(table)
    print(f"\n(all {sum(r['rows'] for r in table):,} rows recomputed and compared in {total:.2f} s)")
    print("\nResiduals of exact recomputations, by cause\n")
    print("| series | cause | rows |\n|---|---|---|")
    for (series, why), n in sorted(causes.items(), key=lambda kv: (kv[0][0], -kv[1])):
        print(f"| {series} | {why} | {n} |")
    if args.no_time:
        return
    eng, pan = engine_2017_2024(), pandas_2017_2024()
    print("\n2017-2024 (exact, mismatch, bounded, in_bounds) per series: racewire", eng, " pandas", pan,
          " agree" if eng == pan else "  DISAGREE")
    report("recompute 2017-2024, three series, parquet read included (in-process)", {
        "racewire points engine": measure(engine_2017_2024, 5),
        "plain pandas script": measure(pandas_2017_2024, 5),
    })
    report("recompute every row of the three series (validate(), in-process)", {
        "racewire points engine": measure(validate, 3),
    })


if __name__ == "__main__":
    main()
