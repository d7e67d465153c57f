"""Wordings from the forty-ninth and fiftieth sets of reports, tests/check/round49/ and round50/ (scored in
test_sets.py). Pinned here on other races.
"""

from __future__ import annotations

from typing import Any

from test_fresh import verdicts

DAYTONA92 = ("cup", 1992, 1)  # Davey Allison won from 6th in a Ford; Stricklin 24th in the No. 12; B. Bodine out after 13
DARLINGTON92 = ("cup", 1992, 5)  # Elliott won; Allison 4th from 5th, points lead 58 before and 48 after; Gant 3rd, 53
WILKESBORO92 = ("cup", 1992, 7)  # Davey Allison won from 7th


def test_a_gap_in_the_final_rundown(room: Any) -> None:
    got = verdicts(room.race(*DARLINGTON92), "Harry Gant dropped to third in the final rundown, 60 points back.",
                   ("standing", "finish"))
    assert got == [("standing", "Harry Gant", "contradicted")]


def test_a_points_total_makes_a_list_the_table(room: Any) -> None:
    got = verdicts(room.race(*DARLINGTON92), "Allison has 865 points. Bill Elliott is second with 817 points, Harry "
                                             "Gant third and Terry Labonte fourth, 150 back.", ("standing", "finish"))
    assert got == [("standing", "Harry Gant", "supported"), ("standing", "Terry Labonte", "supported")]


def test_an_aside_on_his_first_start_for_a_team(room: Any) -> None:
    got = verdicts(room.race(*DAYTONA92), "Hut Stricklin, in his first start for Bobby Allison after leaving Dale "
                                          "Jarrett's team, ran 24th in the No. 12.", ("car",))
    assert got == [("car", "Hut Stricklin", "supported")]


def test_the_lead_a_driver_rolled_in_or_entered_with(room: Any) -> None:
    got = verdicts(room.race(*DARLINGTON92), "Davey Allison rolled into Darlington with a 58-point lead. Allison "
                                             "entered Darlington with a 58-point lead.", ("points_lead",))
    assert got == [("points_lead", "Davey Allison", "supported")] * 2


def test_races_after_a_named_driver_did_something(room: Any) -> None:
    got = verdicts(room.race(*WILKESBORO92), "Davey Allison won. The win came six races after Allison started sixth "
                                             "and won at Daytona.", ("start",))
    assert got == [("start", "Davey Allison", "unverifiable")]  # (Daytona had two races that year)


def test_a_win_there_since_he_captured_a_race(room: Any) -> None:
    got = verdicts(room.race(*DARLINGTON92), "Bill Elliott won. It was his first there since he captured the "
                                             "Southern 500 in 1987.", ("drought",))
    assert got == [("drought", "Bill Elliott", "contradicted")]


def test_just_so_many_points_behind_and_fallen_to_a_place(room: Any) -> None:
    race = room.race(*DARLINGTON92)
    assert verdicts(race, "Bill Elliott sits just 50 points behind.", ("standing",)) == [
        ("standing", "Bill Elliott", "contradicted")]
    assert verdicts(race, "Harry Gant has fallen from second to third in the standings.", ("standing",)) == [
        ("standing", "Harry Gant", "supported")]


def test_a_wheel_lost_and_a_sawmill_hand(room: Any) -> None:
    race = room.race(*DAYTONA92)
    assert verdicts(race, "Brett Bodine lost a wheel after 13 laps.", ("retirement",)) == [
        ("retirement", "Brett Bodine", "supported")]
    assert verdicts(race, "Davey Allison won. It was the 20th career win for the former sawmill hand.",
                    ("career_wins",)) == [("career_wins", "Davey Allison", "contradicted")]


def test_the_table_he_came_with_ends_at_the_comma(room: Any) -> None:
    got = verdicts(room.race(*DARLINGTON92), "Davey Allison came to Darlington 58 points ahead, started fourth and "
                                             "led 160 laps.", ("start", "laps_led"))
    assert got == [("start", "Davey Allison", "contradicted"), ("laps_led", "Davey Allison", "supported")]


def test_the_make_he_drove_instead_of(room: Any) -> None:
    got = verdicts(room.race(*DAYTONA92), "Davey Allison won, driving a Ford instead of his familiar Chevrolet.",
                   ("make",))
    assert got == [("make", "Davey Allison", "supported")]


def test_the_season_title_by_so_many_points(room: Any) -> None:
    got = verdicts(room.race("cup", 1992, 29), "Alan Kulwicki clinched the season title by 12 points over Bill "
                                               "Elliott.", ("champion",))
    assert got == [("champion", "Alan Kulwicki", "contradicted")]
