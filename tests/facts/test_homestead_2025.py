"""Truck 2025 round 4 at Homestead-Miami: every data-supported fact of the model recap, from data alone."""

from __future__ import annotations

import pytest


@pytest.fixture(scope="module")
def cat(homestead):
    return homestead.facts


def test_larson_fourth_career_truck_win(cat):
    # 2013 Rockingham, 2016 Eldora, 2023 North Wilkesboro, 2025 Homestead
    fact = cat.get("career_wins", driver="Kyle Larson")
    assert fact.value == 4 and len(fact.provenance.rows) == 4
    assert [r.season for r in fact.provenance.rows] == [2013, 2016, 2023, 2025]
    assert fact.text == "Kyle Larson: 4th career Truck Series win"


def test_larson_second_consecutive_truck_start_won_after_north_wilkesboro_2023(cat):
    fact = cat.get("win_streak", driver="Kyle Larson")
    assert fact.value == 2
    prev = fact.context["previous_win"]
    assert (prev["season"], prev["track"]) == (2023, "North Wilkesboro Speedway")


def test_larson_started_third_led_20(cat):
    assert cat.get("start", driver="Kyle Larson").value == 3
    assert cat.get("laps_led", driver="Kyle Larson").value == 20
    assert cat.get("winner").subjects["car"] == "07"


def test_first_truck_win_ever_for_the_07(cat):
    fact = cat.get("car_wins", car="07")
    assert fact.value == 1 and fact.context["first"] is True
    assert cat.by_id["car_wins:07"] is fact


def test_riggs_second_in_the_34_front_row_ford_tying_career_best_on_intermediate(cat):
    fin = cat.get("finish", driver="Layne Riggs")
    assert fin.value == 2
    assert (fin.subjects["car"], fin.subjects["team"], fin.subjects["make"]) == ("34", "Front Row Motorsports", "Ford")
    best = cat.get("class_best", driver="Layne Riggs")
    assert best.context["track_class"] == "intermediate" and best.context["tie"] is True
    assert best.context["previous_best"] == 2


def test_heim_pole_race_high_78_and_stage_sweep(cat):
    assert cat.get("pole").value == "Corey Heim"
    most = cat.find("most_laps_led")
    assert [(f.value, f.subjects["driver"]) for f in most] == [(78, "Corey Heim")]
    assert cat.get("stage_sweep", driver="Corey Heim").value == 2


def test_ankrum_fourth_hemric_fifth_first_top_five_since_2016_at_homestead(cat):
    assert cat.get("finish", driver="Tyler Ankrum").value == 4
    assert cat.get("finish", driver="Daniel Hemric").value == 5
    drought = cat.get("drought_ended", driver="Daniel Hemric", level="top five")
    assert drought.value == 2016 and drought.context["previous"]["track"] == "Homestead-Miami Speedway"


def test_rhodes_out_after_83_laps(cat):
    fact = cat.get("retirement", driver="Ben Rhodes")
    assert fact.value == 83 and fact.context["status"] != "running"


def test_heim_leads_majeski_by_8_after_the_race(cat):
    lead = cat.get("points_leader")
    assert (lead.value, lead.context["second"], lead.context["gap"]) == ("Corey Heim", "Ty Majeski", 8)


def test_larson_is_not_eligible_for_truck_points(cat):
    assert cat.get("ineligible", driver="Kyle Larson").value is True
    assert not cat.find("points", driver="Kyle Larson")


def test_next_race_is_martinsville(cat):
    assert cat.get("next_race").subjects["track"] == "Martinsville Speedway"


def test_every_fact_has_provenance_rows_and_a_unique_id(cat):
    ids = [f.id for f in cat]
    assert len(ids) == len(set(ids))
    assert all(f.provenance.rule and f.provenance.rows for f in cat)
