"""The points engine on real races: every row's recomputed points against ``Pts`` read straight off the parquet."""

from __future__ import annotations

import duckdb
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from conftest import HISTORY
from racewire.facts import points as P
from racewire.facts.catalogue import compute

STEM = {"cup": "cup", "xfinity": "nxs", "truck": "truck"}


def raw_race(series: str, season: int, round: int) -> tuple[P.RaceKey, list[dict], list[P.Entry]]:
    """One race from the parquet with duckdb: its rows, and the engine's inputs with season-level eligibility
    (a driver with no points all season in the series is not eligible; rules.md section 10)."""
    path = HISTORY / f"{STEM[series]}_series.parquet"
    rows = duckdb.sql(f"""
        WITH season AS (SELECT Driver, sum(Pts) AS total FROM '{path}' WHERE Season = $s GROUP BY Driver)
        SELECT x.Finish, x.Driver, x.Led, x.Laps, x.S1, x.S2, x."Seg Points", x.Pts, x.Track, x.Name,
               coalesce(season.total, 0) > 0 AS eligible
        FROM '{path}' x LEFT JOIN season USING (Driver)
        WHERE x.Season = $s AND x.Race = $r ORDER BY x.Finish""", params={"s": season, "r": round}).fetchall()
    names = ("finish", "driver", "led", "laps", "s1", "s2", "seg", "pts", "track", "name", "eligible")
    dicts = [dict(zip(names, r)) for r in rows]
    assert dicts, f"no rows for {series} {season} {round}"
    key = P.RaceKey(series, season, round, dicts[0]["track"], dicts[0]["name"])
    entries = [P.Entry(d["finish"], d["led"], d["laps"], d["s1"], d["s2"], d["seg"], d["eligible"]) for d in dicts]
    return key, dicts, entries


def catalogue(room, series: str, season: int, round: int):
    race = room.race(series, season, round)
    history = room.history(series)
    return compute(history, history.races[history.race_idx_by_id[race.info.id]], extra=[P.race_points])


@pytest.mark.parametrize("series, season, round, era", [
    ("cup", 1979, 1, "1975-2003 Latford +5/+5"),
    ("xfinity", 1990, 1, "1982-1997 win=180, no leader bonus"),
    ("cup", 2005, 1, "2004-2006 Latford win=180"),
    ("xfinity", 2008, 2, "2007-2010 Latford win=185"),
    ("xfinity", 2012, 2, "2011-2015 43-to-1"),
    ("truck", 2016, 1, "2016 field-size scale"),
    ("truck", 2016, 7, "2016 field-size scale"),  # Led recorded for the leaders only
    ("cup", 2019, 1, "2017-2024 stages"),
])
def test_recomputed_points_equal_pts_for_every_row(series, season, round, era):
    key, rows, entries = raw_race(series, season, round)
    assert P.era_label(series, season) == era
    got = P.expected_points(key, entries)
    assert [g for g, d in zip(got, rows) if d["finish"] is not None] == [d["pts"] for d in rows
                                                                         if d["finish"] is not None]


def test_1979_leader_bonuses_are_five_and_five_more_for_most_led():
    key, rows, entries = raw_race("cup", 1979, 1)
    most = max(d["led"] for d in rows)
    for d, b in zip(rows, P.breakdown(key, entries)):
        assert b is not None
        assert b.bonus[0] == (5 if d["led"] > 0 else 0) + (5 if d["led"] == most else 0)


def test_1990_busch_winner_scores_a_flat_180_without_leader_bonus():
    key, rows, entries = raw_race("xfinity", 1990, 1)
    winner = rows[0]
    assert winner["finish"] == 1 and winner["led"] > 0 and winner["pts"] == 180
    assert P.breakdown(key, entries)[0] == P.Breakdown(180, (0, 0), (0, 0))


def test_2016_truck_uses_the_32_point_scale():
    key, rows, entries = raw_race("truck", 2016, 1)
    assert P.finish_points("truck", 2016, 2) == 31 and P.finish_points("truck", 2016, 32) == 1
    assert P.finish_points("cup", 2016, 2) == 39
    last = rows[-1]
    assert P.expected_points(key, entries)[-1] == last["pts"]


def test_2012_ineligible_drivers_score_zero_and_nobody_is_promoted():
    key, rows, entries = raw_race("xfinity", 2012, 2)
    got = P.expected_points(key, entries)
    ineligible = [i for i, d in enumerate(rows) if not d["eligible"]]
    assert ineligible, "this race has Cup drivers in it"
    for i, d in enumerate(rows):
        if d["eligible"]:  # raw position, whatever the ineligible drivers ahead
            assert P.breakdown(key, entries)[i].finish == 44 - d["finish"]
        else:
            assert got[i] == 0 == d["pts"]


def test_homestead_2025_worked_example(room):
    """rules.md 1.4: Riggs 35 + 13 = 48, Heim 34 + 20 = 54, Larson (Cup driver) 0."""
    key, rows, entries = raw_race("truck", 2025, 4)
    by_driver = {d["driver"]: (d, b) for d, b in zip(rows, P.breakdown(key, entries))}
    for name in ("Layne Riggs", "Corey Heim"):
        d, b = by_driver[name]
        assert b.finish == 37 - d["finish"] and b.stage == (22 - d["seg"], 22 - d["seg"])
        assert b.bonus == (0, 1) and b.lo == d["pts"]  # the fastest-lap point is not in the data
    larson, b = by_driver["Kyle Larson"]
    assert larson["finish"] == 1 and larson["pts"] == 0 and b == P.Breakdown(0, (0, 0), (0, 0))

    cat = catalogue(room, "truck", 2025, 4)
    riggs = cat.get("points_breakdown", driver="Layne Riggs")
    assert (riggs.value, riggs.context["finish_points"], riggs.context["stage_points"]) == (48, 35, 13)
    assert riggs.context["bonus_points"] == 0 and riggs.context["resolved"] and not riggs.context["exact"]
    heim = cat.get("points_breakdown", driver="Corey Heim")
    assert (heim.value, heim.context["finish_points"], heim.context["stage_points"]) == (54, 34, 20)
    assert heim.text == "Corey Heim: earned 54 points, 20 of them from stages"
    assert not cat.find("points_breakdown", driver="Kyle Larson")


def test_2019_facts_are_exact_and_add_up(room):
    cat = catalogue(room, "cup", 2019, 1)
    _, rows, _ = raw_race("cup", 2019, 1)
    scored = {d["driver"]: d["pts"] for d in rows if d["pts"] > 0}
    facts = cat.find("points_breakdown")
    assert {f.subjects["driver"]: f.value for f in facts} == scored
    for f in facts:
        c = f.context
        assert c["exact"] and c["finish_points"] + c["stage_points"] + c["bonus_points"] == f.value


def test_missing_inputs_give_ranges_not_guesses():
    key, rows, entries = raw_race("cup", 2019, 13)  # the Coca-Cola 600: stage 3 is not in the data
    assert "600" in key.name
    for d, b in zip(rows, P.breakdown(key, entries)):
        if d["eligible"]:
            assert b.hi - b.lo == 10 and b.lo <= d["pts"] <= b.hi
    assert P.expected_points(P.RaceKey("cup", 1974, 1), [P.Entry(1, 10)]) == [None]  # not modelled


def test_title_race_is_a_range_unless_the_championship_4_are_known():
    key, rows, entries = raw_race("cup", 2019, 36)
    assert P.is_title_race("cup", 2019, 36, 36, key.track)
    title = P.RaceKey(key.series, key.season, key.round, key.track, key.name, title_race=True)
    out = P.breakdown(title, entries)
    for d, b in zip(rows, out):
        if d["eligible"]:
            assert b.lo == b.finish and b.lo <= d["pts"] <= b.hi
    i = next(i for i, b in enumerate(out) if b is not None and not b.exact)
    known = [P.Entry(e.finish, e.led, e.laps, e.stage1, e.stage2, e.stage_sum, e.eligible, contender=(j == i))
             for j, e in enumerate(entries)]
    assert P.breakdown(title, known)[i].value == out[i].finish  # a contender: finishing points only
    assert P.breakdown(title, known)[i + 1 if i + 1 < len(known) else i - 1].exact


LATFORD = [("cup", 1975), ("cup", 2003), ("xfinity", 1990), ("xfinity", 2000), ("truck", 1996), ("truck", 2002),
           ("cup", 2005), ("truck", 2009)]


@settings(max_examples=40, deadline=None)
@given(st.sampled_from(LATFORD), st.integers(min_value=1, max_value=50))
def test_latford_scale_is_strictly_decreasing(era, p):
    series, season = era
    assert P.finish_points(series, season, p) > P.finish_points(series, season, p + 1)
