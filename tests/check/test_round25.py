"""Wordings from the twenty-fifth set of reports, tests/check/round25/ (scored in test_sets.py).

Twelve reports, Cup 1949, 1952, 1978 and 2012, Busch 1982 and 1992, Nationwide 2010, Xfinity 2018, and Truck
1996, 2000, 2018 and 2022. Scored once before any change: contradicted precision 0.87 (52/60), recall 0.87
(52/60), one wrong "supported" (docs/checker.md, "Twenty-fifth and twenty-sixth rounds"). Pinned on other races.
"""

from __future__ import annotations

from typing import Any

from test_fresh import verdicts


def test_other_races_named_in_passing(room: Any) -> None:
    mart = room.race("cup", 2014, 6)  # Johnson led 296 here, second; Logano fourth
    text = ("Kurt Busch won. Johnson led 250 laps in the opener at Daytona before the Chevrolet faded. Logano, who "
            "scored his first career win here in 2008, was fourth. Johnson, who ran third here as a rookie, was "
            "second.")
    got = verdicts(mart, text, ("laps_led", "career_first", "finish"))
    assert got == [("laps_led", "Jimmie Johnson", "unverifiable"), ("career_first", "Joey Logano", "unverifiable"),
                   ("finish", "Joey Logano", "supported"), ("finish", "Jimmie Johnson", "unverifiable"),
                   ("finish", "Jimmie Johnson", "supported")]


def test_a_make_of_a_name_and_the_speed_to_win(room: Any) -> None:
    mart = room.race("cup", 2014, 6)  # Larson (Chevrolet) 27th; Logano (Ford) fourth; Gordon 12th
    got = verdicts(mart, "Kyle Larson was 27th, and the Ford of Joey Logano was fourth. Jeff Gordon had the speed to "
                         "win.", ("make", "winner"))
    assert got == [("make", "Joey Logano", "supported")]


def test_a_car_s_first_win_said_after_the_win(room: Any) -> None:
    mart = room.race("cup", 2014, 6)  # the No. 41's 23rd Cup win
    got = verdicts(mart, "Kurt Busch won. The win was also the first for the No. 41 in Cup competition.",
                   ("car_first_win",))
    assert got == [("car_first_win", "Kurt Busch", "contradicted")]  # a car's count, whoever the sentence is about


def test_laps_down_of_a_finish_nobody_is_named_for(room: Any) -> None:
    mart = room.race("cup", 2014, 6)  # Johnson second and Gordon 12th, both on the lead lap
    got = verdicts(mart, "Kurt Busch won. The crowd watched Jimmie Johnson and Jeff Gordon. But his car went loose, "
                         "and he wound up 10th, one lap down.", ("finish", "laps_completed"))
    assert [v for *_, v in got] == ["unverifiable", "unverifiable"]  # whose finish is the doubt, so whose laps too
