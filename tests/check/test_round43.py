"""Wordings from the forty-third and forty-fourth sets of reports, tests/check/round43/ and round44/ (scored in
test_sets.py).

Twenty-four reports, Cup 1957, 1965, 1976, 1989, 2001, 2008, 2013 and 2021, Busch/Xfinity 1984, 1991, 1997, 2004,
2010, 2015, 2020 and 2024, and Truck 1996, 1998, 2003, 2006, 2011, 2016, 2019 and 2024. Scored once before any
change: round 43 contradicted precision 0.898 (53/59), recall 0.93 (53/57); round 44 precision 0.93 (56/60), recall
0.93 (56/60); no wrong "supported" (docs/checker.md, "Forty-third and forty-fourth rounds"). Pinned here on other
races.
"""

from __future__ import annotations

from typing import Any

from test_fresh import verdicts

MART = ("cup", 2014, 6)  # Kurt Busch won from 22nd in the No. 41; Johnson second, led 296; Earnhardt leads Kenseth by 9


def test_a_list_with_also_before_its_verb(room: Any) -> None:
    got = verdicts(room.race(*MART), "Michael McDowell and Joe Nemechek also were done early, McDowell after 474 laps "
                                     "and Nemechek after 300.", ("retirement",))
    assert got == [("retirement", "Michael McDowell", "supported"), ("retirement", "Joe Nemechek", "contradicted")]


def test_wins_this_year_on_one_track_are_no_season_count(room: Any) -> None:
    got = verdicts(room.race(*MART), "Kurt Busch won. It was his second triumph this year on the paper-clip oval.",
                   ("season_wins",))
    assert got == []


def test_a_drought_since_he_took_the_checkered_flag(room: Any) -> None:
    got = verdicts(room.race(*MART), "Kurt Busch won, his first win since he took the checkered flag at Dover in 2011. "
                                     "Kurt Busch won, his first win since he took the checkered flag at Dover in 2010.",
                   ("drought",))
    assert got == [("drought", "Kurt Busch", "supported"), ("drought", "Kurt Busch", "contradicted")]


def test_a_subject_relative_clause_keeps_its_time_to_itself(room: Any) -> None:
    got = verdicts(room.race(*MART), "Johnson started fourth, led a race-high 296 laps and looked every bit like the "
                                     "driver who won this race a year ago.", ("start", "most_laps_led"))
    assert got == [("start", "Jimmie Johnson", "supported"), ("most_laps_led", "Jimmie Johnson", "supported")]


def test_the_season_s_first_race_at_a_track_is_another_race(room: Any) -> None:
    fall = room.race("cup", 2014, 31)  # Johnson 17th in the fall; second in the spring
    got = verdicts(fall, "Jimmie Johnson was second here in the season's first Martinsville race.", ("finish",))
    assert got == [("finish", "Jimmie Johnson", "unverifiable")]


def test_a_team_someone_left_is_not_his_team(room: Any) -> None:
    got = verdicts(room.race(*MART), "Kurt Busch won in his first season at Stewart-Haas after he was pushed out at "
                                     "Team Penske.", ("team",))
    assert ("team", "Kurt Busch", "contradicted") not in got


def test_a_result_in_a_month_named_before_when(room: Any) -> None:
    claims = [c for c in room.race(*MART).check("Jimmie Johnson finished second. Fontana had not been kind to him in "
                                                "March, when he came home 24th.") if c.kind == "finish"]
    assert [c.verdict for c in claims] == ["supported", "supported"]  # (24th at Fontana, the week before)
    assert claims[1].evidence.startswith("2014 Auto Club")


def test_the_first_trip_to_victory_lane_for_a_car(room: Any) -> None:
    got = verdicts(room.race(*MART), "Kurt Busch won. It was the first trip to Victory Lane for the No. 41.",
                   ("car_first_win",))
    assert got == [("car_first_win", None, "contradicted")]


def test_a_track_winner_s_title_before_his_name(room: Any) -> None:
    got = verdicts(room.race(*MART), "Eight-time Martinsville winner Jimmie Johnson finished second. Nine-time "
                                     "Martinsville winner Jimmie Johnson finished second.", ("track_wins",))
    assert got == [("track_wins", "Jimmie Johnson", "supported"), ("track_wins", "Jimmie Johnson", "contradicted")]


def test_a_title_set_off_after_a_rival_s_name(room: Any) -> None:
    mart = room.race(*MART)  # Kenseth fourth at Fontana the week before
    got = verdicts(mart, "Earnhardt now leads Kenseth, last week's runner-up at Fontana, by nine points.",
                   ("points_lead", "runner_up"))
    assert got == [("points_lead", "Dale Earnhardt Jr.", "supported"), ("runner_up", "Matt Kenseth", "contradicted")]


def test_a_lead_seen_to_grow_or_shrink(room: Any) -> None:
    got = verdicts(room.race(*MART), "Earnhardt saw his lead grow to nine points. Earnhardt saw his lead shrink to "
                                     "eight points.", ("points_lead",))
    assert got == [("points_lead", "Dale Earnhardt Jr.", "supported"),
                   ("points_lead", "Dale Earnhardt Jr.", "contradicted")]


def test_from_his_starting_spot(room: Any) -> None:
    got = verdicts(room.race(*MART), "Kurt Busch rallied from his 20th starting spot to win.", ("start",))
    assert got == [("start", "Kurt Busch", "contradicted")]
