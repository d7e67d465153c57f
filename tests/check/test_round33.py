"""Wordings from the thirty-third and thirty-fourth sets of reports, tests/check/round33/ and round34/ (scored in
test_sets.py).

Twenty-four reports, Cup 1953, 1959, 1971, 1977, 1985, 1996, 2013 and 2024, Busch/Xfinity 1989, 1994, 1997, 2001,
2005, 2010, 2015 and 2022, and Truck 1997, 2003, 2007, 2008, 2012, 2015, 2018 and 2021. Scored once before any
change: round 33 contradicted precision 0.83 (53/64), recall 0.90 (53/59); round 34 precision 0.92 (57/62), recall
0.95 (57/60); no wrong "supported" (docs/checker.md, "Thirty-third and thirty-fourth rounds"). Pinned here on
other races.
"""

from __future__ import annotations

from typing import Any

from test_fresh import verdicts


def test_a_title_s_time_is_the_title_s(room: Any) -> None:
    mart = room.race("cup", 2014, 6)  # Johnson second on the lead lap; Kyle Busch led 22 laps, won at Fontana
    got = verdicts(mart, "Kurt Busch won. Defending race winner Jimmie Johnson, who won here a year ago, finished "
                         "second, a lap down.", ("finish", "laps_completed"))
    assert got == [("finish", "Jimmie Johnson", "supported"), ("laps_completed", "Jimmie Johnson", "contradicted")]
    got = verdicts(mart, "Kurt Busch won. Already a winner this season, and the winner last week at Fontana, Kyle "
                         "Busch led {} laps from the pole.".format(25), ("laps_led",))
    assert got == [("laps_led", "Kyle Busch", "contradicted")]
    got = verdicts(mart, "Kurt Busch won and led {} laps, snapping a winless streak that dated to Dover in 2011."
                   .format(25), ("laps_led",))
    assert got == [("laps_led", "Kurt Busch", "contradicted")]


def test_wins_as_a_noun_claim_no_win(room: Any) -> None:
    mart = room.race("cup", 2014, 6)
    got = verdicts(mart, "Kurt Busch won. Jimmie Johnson never showed the speed that carried him to all those wins.",
                   ("winner",))
    assert got == [("winner", "Kurt Busch", "supported")]


def test_the_winner_of_another_race_is_looked_up(room: Any) -> None:
    mart = room.race("cup", 2014, 6)  # Kyle Busch won at Fontana (round 5), led 22 laps here; Kenseth second in points
    got = verdicts(mart, "Kurt Busch won. Matt Kenseth finished sixth. The Fontana winner is now fifth in points.",
                   ("standing",))
    assert [v for *_, v in got] == ["unverifiable"]  # Kenseth did not win at Fontana: someone else is meant
    got = verdicts(mart, "Kurt Busch won. Kyle Busch finished 14th. The Fontana winner led {} laps.".format(25),
                   ("laps_led",))
    assert got == [("laps_led", "Kyle Busch", "contradicted")]


def test_a_car_s_drought_is_no_first_win(room: Any) -> None:
    mart = room.race("cup", 2014, 6)  # the No. 41's 23rd Cup win
    got = verdicts(mart, "Kurt Busch won. It was the first Cup victory for the No. 41 since Jimmy Spencer drove it to "
                         "a win in 2001.", ("car_first_win", "car"))
    assert all(k != "car_first_win" for k, _, _ in got) and ("car", "Kurt Busch", "contradicted") not in got


def test_a_career_best_outside_the_top_ten(room: Any) -> None:
    mart = room.race("cup", 2014, 6)  # Ryan Truex 30th (best before: 31st); Cassill 25th, had been better
    got = verdicts(mart, "Ryan Truex came home 30th, a career best. Landon Cassill came home 25th, a career best.",
                   ("career_best",))
    assert got == [("career_best", "Ryan Truex", "supported"), ("career_best", "Landon Cassill", "contradicted")]
    got = verdicts(mart, "Ryan Truex matched his career-best finish in 30th.", ("career_best",))
    assert got == [("career_best", "Ryan Truex", "contradicted")]  # a new best (31st before), not a tie


def test_a_car_of_a_subordinate_clause_and_a_car_behind(room: Any) -> None:
    mart = room.race("cup", 2014, 6)  # Johnson: Chevrolet, No. 48
    got = verdicts(mart, "Jimmie Johnson conceded that the Ford was a tick better over the long run.", ("make",))
    assert [v for *_, v in got] != ["contradicted"]
    got = verdicts(mart, "Johnson's bumper was never far from the rear of the No. 41.", ("car",))
    assert got == []


def test_more_standings_and_finish_wordings(room: Any) -> None:
    mart = room.race("cup", 2014, 6)  # Earnhardt leads Kenseth by 9; Gordon 12th, fourth in points, 11 behind
    got = verdicts(mart, "Dale Earnhardt Jr. finished third, {} points ahead of teammate Matt Kenseth."
                   .format("nine"), ("points_lead",))
    assert got == [("points_lead", "Dale Earnhardt Jr.", "supported")]
    got = verdicts(mart, "Jeff Gordon worked his way up to 13th. Gordon finishes fourth in points, 12 behind.",
                   ("finish", "standing"))
    assert got == [("finish", "Jeff Gordon", "contradicted"), ("standing", "Jeff Gordon", "contradicted")]


def test_when_he_was_still_driving_for_is_another_time(room: Any) -> None:
    mart = room.race("cup", 2014, 6)  # Kurt Busch: Stewart-Haas Racing; his previous win (2011) was for Penske
    got = verdicts(mart, "It was Kurt Busch's first win since 2011, when he was still driving for Team Penske.",
                   ("team",))
    assert got == [("team", "Kurt Busch", "unverifiable")]


def test_a_kin_that_opens_a_clause_is_not_the_driver_before(room: Any) -> None:
    mart = room.race("cup", 2014, 6)  # Newman ran all 500 laps
    got = verdicts(mart, "Ryan Newman finished 20th, and Earnhardt's older brother, Kerry, lasted only 29 laps.",
                   ("retirement", "laps_completed"))
    assert all(d != "Ryan Newman" for _, d, _ in got)
