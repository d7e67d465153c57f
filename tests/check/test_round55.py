"""Wordings from the fifty-fifth and fifty-sixth sets of reports, tests/check/round55/ and round56/ (scored in
test_sets.py). Pinned here on another race: the 2025 Truck race at Homestead-Miami (Larson won from third in the No.
07, 20 laps led, the No. 07's first win; Riggs 2nd, Heim 3rd from the pole, Hemric 5th from 14th, Chastain 6th,
Garcia 7th, Chandler Smith 8th; Mallozzi out after 15 laps; Heim leads Majeski by 8 after it).
"""

from __future__ import annotations

from typing import Any

from test_round53 import check


def test_no_retirement_out_front_nor_past_another_clause(room: Any) -> None:
    assert check(room, "Larson was out front when the checkered flag fell after 134 laps.", "retirement") == []
    got = check(room, "Ben Rhodes lasted 83 laps before falling out, and Stephen Mallozzi went out after 25 laps.",
                "retirement")
    assert got == [("retirement", "Ben Rhodes", "supported"), ("retirement", "Stephen Mallozzi", "contradicted")]


def test_a_time_after_since_is_the_drought_s_alone(room: Any) -> None:
    text = "Hemric was fifth after starting 15th, his first top-five finish since the summer race at Daytona."
    assert check(room, text, "start") == [("start", "Daniel Hemric", "contradicted")]


def test_whose_car_and_whose_finish(room: Any) -> None:
    assert check(room, "Larson held off the Ford over the final run.", "make") == []  # another's truck
    assert check(room, "With his runner-up finish, Riggs moved up in points.", "runner_up") == [
        ("runner_up", "Layne Riggs", "supported")]  # ("his" looks ahead to the name)
    assert check(room, "Chastain finished sixth, followed by Chandler Smith in seventh.", "finish")[-1] == (
        "finish", "Chandler Smith", "contradicted")
    # a hometown and a relative clause, past an owner's possessive
    text = ("The victory went to Kyle Larson of Elk Grove, Calif., who started third in Rick Ware's No. 07 Chevrolet "
            "and led 22 laps.")
    assert check(room, text, "laps_led") == [("laps_led", "Kyle Larson", "contradicted")]


def test_more_ways_to_count(room: Any) -> None:
    assert check(room, "Larson won. It was the fourth of his NCWTS career.", "career_wins") == [
        ("career_wins", "Kyle Larson", "supported")]
    assert check(room, "Larson won. The win was the first in the series for the No. 07.", "car_first_win") == [
        ("car_first_win", None, "supported")]
    assert check(room, "Heim came into the weekend trailing Majeski by 5 points and left it ahead by 9.",
                 "points_lead") == [("points_lead", "Corey Heim", "contradicted")]
    assert check(room, "Hemric had gone three races without a win since Homestead.", "drought") == [
        ("drought", "Daniel Hemric", "contradicted")]


def test_a_result_in_his_second_start_there(room: Any) -> None:
    text = ("Heim started from the pole. In his first start at the track last season he finished fifth, and he was "
            "runner-up in his second.")
    assert check(room, text, "runner_up") == [("runner_up", "Corey Heim", "unverifiable")]  # not this race's third


def test_the_late_reports_wordings(room: Any) -> None:
    # ("a Ford driven by X" is X's; "set the pace for N laps"; "the 13th triumph of his career on NASCAR's top
    # circuit" names no track; "atop the standings with 131 points, 13 ahead of Dillon")
    assert check(room, "Larson won. A Ford driven by Layne Riggs was second.", "make") == [
        ("make", "Layne Riggs", "supported")]
    assert check(room, "Heim set the pace for 80 laps.", "laps_led") == [("laps_led", "Corey Heim", "contradicted")]
    assert check(room, "Larson won, the fourth triumph of his career on NASCAR's third circuit.", "career_wins") == [
        ("career_wins", "Kyle Larson", "supported")]
    assert check(room, "The result kept Heim atop the standings with 177 points, 9 ahead of Majeski.",
                 "points_lead") == [("points_lead", "Corey Heim", "contradicted")]
    assert check(room, "Chastain finished sixth. Hemric, fourth here a year ago, finished fifth.", "finish")[-1] == (
        "finish", "Daniel Hemric", "supported")  # (the aside's place is the year before's, the finish this one's)
    assert check(room, "Larson won, the fourth of his SuperTruck career.", "career_wins") == [
        ("career_wins", "Kyle Larson", "supported")]
    # ("won the last two races run at the Glen" is a run at this track when the track is named so)
    assert check(room, "Larson won. He had won the last two Truck races run at Homestead.", "win_streak") == [
        ("win_streak", "Kyle Larson", "contradicted")]
