"""Facts across eras, each checked against an independent count over the raw parquet."""

from __future__ import annotations

import duckdb
import pytest

from conftest import HISTORY
from racewire.errors import NotFound

STEM = {"cup": "cup", "xfinity": "nxs", "truck": "truck"}


def raw(series: str, sql: str, params: list) -> list:
    path = HISTORY / f"{STEM[series]}_series.parquet"
    return duckdb.sql(sql.replace("FROM T", f"FROM '{path}'", 1), params=params).fetchall()


@pytest.mark.parametrize("series, season, round", [
    ("cup", 1979, 1), ("xfinity", 1998, 10), ("cup", 2011, 20), ("cup", 2017, 5), ("truck", 2019, 10),
    ("xfinity", 2024, 3),
])
def test_career_wins_match_an_independent_count(room, series, season, round):
    cat = room.race(series, season, round).facts
    win = cat.get("winner")
    expected = raw(series, "SELECT count(*) FROM T WHERE Driver = ? AND Win = 1 AND (Season < ? OR "
                   "(Season = ? AND Race <= ?))", [win.value, season, season, round])[0][0]
    assert cat.get("career_wins", driver=win.value).value == expected


def test_1979_riverside_waltrip_wins_pearson_on_pole(room):
    cat = room.race("cup", 1979, 1).facts
    assert cat.get("winner").value == "Darrell Waltrip"
    assert cat.get("pole").value == "David Pearson"
    assert not cat.find("stage_win") and "stage winners" not in cat.missing  # no stages before 2017


def test_2011_brickyard_menard_first_career_win(room):
    cat = room.race("cup", 2011, 20).facts
    assert cat.get("career_wins", driver="Paul Menard").value == 1
    assert cat.get("career_first", driver="Paul Menard", level="win").value == "win"


def test_2017_fontana_stage_winners_from_s1_s2(room):
    cat = room.race("cup", 2017, 5).facts
    assert cat.get("stage_win", stage=1).subjects["driver"] == "Kyle Larson"
    assert cat.get("stage_win", stage=2).subjects["driver"] == "Martin Truex Jr."
    assert not cat.find("stage_sweep")


def test_standings_equal_the_sum_of_pts(room):
    race = room.race("cup", 2011, 20)
    top = race.standings()[0]
    expected = raw("cup", "SELECT sum(Pts) FROM T WHERE Driver = ? AND Season = 2011 AND Race <= 20",
                   [top.driver])[0][0]
    assert top.points == expected and top.behind == 0


def test_playoff_standings_are_left_out_not_guessed(room):
    cat = room.race("cup", 2024, 36).facts
    assert not cat.find("points_leader")
    assert "reset" in cat.missing["standings"]


def test_2025_race_without_stage_data_says_so(room):
    # Cup 2025 round 36 (Phoenix): no S1/S2 and no Seg Points
    cat = room.race("cup", 2025, 36).facts
    assert not cat.find("stage_win") and "stage winners" in cat.missing


def test_unknown_fact_kind_suggests(homestead):
    with pytest.raises(NotFound, match="career_wins"):
        homestead.facts.get("career_win")


def test_car_7_and_07_counted_apart(room):
    cat = room.race("truck", 2025, 4).facts
    sevens = raw("truck", "SELECT count(*) FROM T WHERE Car = '7' AND Win = 1", [])[0][0]
    assert sevens > 0  # the No. 7 had won Truck races long before the No. 07's first
    assert cat.get("car_wins", car="07").value == 1


def test_1992_finale_kulwicki_champion_by_10_over_elliott(room):
    # full-season points era: the standings after the last race decide the title
    champ = room.race("cup", 1992, 29).facts.get("champion")
    assert (champ.value, champ.context["gap"], champ.context["second"]) == ("Alan Kulwicki", 10, "Bill Elliott")
    assert "championship by 10 points over Elliott" in room.race("cup", 1992, 29).recap("md")
    assert not room.race("cup", 1992, 28).facts.find("champion")
