"""Wordings from the twenty-first set of reports, tests/check/round21/ (scored in test_sets.py).

Twelve reports, Cup 1957, 1969, 1980 and 1991, Busch 1986 and 1993, Xfinity 2016 and 2021, and Truck 2002, 2011,
2017 and 2023. Scored once before any change: contradicted precision 0.96 (50/52), recall 0.85 (50/59), no wrong
"supported" (docs/checker.md, "Twenty-first and twenty-second rounds"). Pinned here on other races.
"""

from __future__ import annotations

from typing import Any

from test_fresh import verdicts


def test_a_hometown_between_a_name_and_its_clause(room: Any) -> None:
    mart = room.race("cup", 2014, 6)  # Logano started third, finished fourth
    got = verdicts(mart, "Joey Logano of Middletown, Connecticut, who started fifth, finished fourth.", ("start", "finish"))
    assert got == [("start", "Joey Logano", "contradicted"), ("finish", "Joey Logano", "supported")]


def test_laps_down_said_with_a_verb_or_after_a_place(room: Any) -> None:
    mart = room.race("cup", 2014, 6)  # 500 laps: Larson 498, Ragan 497, Gilliland 499 (26th), Whitt 497 (29th)
    text = ("Kyle Larson came home two laps down. David Ragan came home two laps down. David Gilliland settled for "
            "a 26th-place finish, one lap down, and Cole Whitt took a 29th-place finish, two laps down.")
    got = verdicts(mart, text, ("laps_completed",))
    assert got == [("laps_completed", "Kyle Larson", "supported"), ("laps_completed", "David Ragan", "contradicted"),
                   ("laps_completed", "David Gilliland", "supported"), ("laps_completed", "Cole Whitt", "contradicted")]


def test_more_retirements(room: Any) -> None:
    mart = room.race("cup", 2014, 6)  # McDowell out after 474 laps (brakes); Nemechek after 310 (accident)
    text = ("Michael McDowell lost his brakes after 470 laps. Joe Nemechek was knocked out after 300. Nemechek was "
            "gone after 310 laps.")
    got = verdicts(mart, text, ("retirement",))
    assert got == [("retirement", "Michael McDowell", "contradicted"), ("retirement", "Joe Nemechek", "contradicted"),
                   ("retirement", "Joe Nemechek", "supported")]


def test_the_day_belonged_early_to_a_driver(room: Any) -> None:
    mart = room.race("cup", 2014, 6)  # Johnson (Hendrick) led 296 laps
    got = verdicts(mart, "The day belonged early to Jimmie Johnson. He led 290 laps.", ("laps_led",))
    assert got == [("laps_led", "Jimmie Johnson", "contradicted")]


def test_a_move_in_the_standings_with_the_name_and_the_place_before(room: Any) -> None:
    mart = room.race("cup", 2014, 6)  # Johnson 6th -> 5th, 18 behind Earnhardt, who leads Kenseth by 9
    got = verdicts(mart, "The run lifted Jimmie Johnson from sixth to fifth in the standings, 21 points behind "
                         "Earnhardt.", ("standing",))
    assert got == [("standing", "Jimmie Johnson", "contradicted")]
    got = verdicts(mart, "Dale Earnhardt Jr.'s points lead, which now stands at nine points, is his first since "
                         "2004. Johnson's lead is 12 points.", ("points_lead",))
    assert got[0] == ("points_lead", "Dale Earnhardt Jr.", "supported")


def test_a_look_hedges_only_itself(room: Any) -> None:
    mart = room.race("cup", 2014, 6)  # Johnson: No. 48, led 296, second
    got = verdicts(mart, "Jimmie Johnson looked like a winner early, leading 290 laps in the No. 24 Chevrolet, but "
                         "he finished second.", ("laps_led", "car"))
    assert got == [("laps_led", "Jimmie Johnson", "contradicted"), ("car", "Jimmie Johnson", "contradicted")]


def test_a_subject_in_a_later_clause_is_not_the_description_s(room: Any) -> None:
    mart = room.race("cup", 2014, 6)  # Kurt Busch started 22nd
    got = verdicts(mart, "Kurt Busch won. The 35-year-old started 20th, and by the end only Jimmie Johnson had "
                         "led more laps.", ("start",))
    assert got == [("start", "Kurt Busch", "contradicted")]


def test_the_future_holds_only_its_own_clause(room: Any) -> None:
    mart = room.race("cup", 2014, 6)
    got = verdicts(mart, "Johnson is fifth in the standings, 20 points behind Earnhardt, and he will head to Texas "
                         "next week.", ("standing",))
    assert got == [("standing", "Jimmie Johnson", "contradicted")]


def test_that_night_and_places_after_a_plural(room: Any) -> None:
    mart = room.race("cup", 2014, 6)  # Logano fourth here
    got = verdicts(mart, "Joey Logano was second that night. Logano had third-place runs at Bristol and Fontana.",
                   ("finish",))
    assert [v for *_, v in got] == ["unverifiable", "unverifiable"]
