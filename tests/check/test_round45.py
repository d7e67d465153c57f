"""Wordings from the forty-fifth and forty-sixth sets of reports, tests/check/round45/ and round46/ (scored in
test_sets.py).

Twenty-four reports, Cup 1960, 1963, 1972, 1981, 1995, 1999, 2018 and 2023, Busch/Xfinity 1986, 1990, 1994, 2001,
2007, 2012, 2016 and 2021, and Truck 2000, 2001, 2008, 2010, 2013, 2018, 2021 and 2022. Scored once before any
change: round 45 contradicted precision 0.89 (48/54), recall 0.84 (48/57); round 46 precision 0.96 (50/52), recall
0.88 (50/57), one wrong "supported" (docs/checker.md, "Forty-fifth and forty-sixth rounds"). Pinned here on other
races.
"""

from __future__ import annotations

from typing import Any

from test_fresh import verdicts

MART = ("cup", 2014, 6)  # Kurt Busch won from 22nd in the No. 41, led 23; Kyle Busch from the pole to 14th


def test_a_runner_up_in_the_final_standings_after_a_colon(room: Any) -> None:
    got = verdicts(room.race(*MART), "Kurt Busch closed with a runner-up finish on the scoreboard that mattered most: "
                                     "second in the final standings.", ("runner_up",))
    assert got == []


def test_a_pole_s_drought_is_no_win_s(room: Any) -> None:
    got = verdicts(room.race(*MART), "Kyle Busch won the pole, his first since 2012, and finished 14th.", ("drought",))
    assert got == []


def test_a_car_after_an_opening_adverb_is_its_driver(room: Any) -> None:
    got = verdicts(room.race(*MART), "Kurt Busch started 22nd. From there the No. 41 led 30 laps and kept Johnson's "
                                     "No. 48 in his mirror.", ("laps_led",))
    assert got == [("laps_led", "Kurt Busch", "contradicted")]


def test_laps_longer_are_no_laps_lasted(room: Any) -> None:
    got = verdicts(room.race(*MART), "Joe Nemechek lasted only six laps longer before his own crash.", ("retirement",))
    assert got == []


def test_won_the_opener_is_another_race(room: Any) -> None:
    got = verdicts(room.race(*MART), "Kurt Busch became the sixth different winner, after Dale Earnhardt Jr. won the "
                                     "opener at Daytona and Kyle Busch won at Fontana last weekend.", ("winner",))
    assert ("winner", "Dale Earnhardt Jr.", "contradicted") not in got
    assert ("winner", "Kyle Busch", "supported") in got


def test_a_lead_in_the_championship_sliced(room: Any) -> None:
    got = verdicts(room.race(*MART), "Kenseth sliced Earnhardt's lead in the Sprint Cup championship to nine points.",
                   ("standing",))
    assert got == [("standing", "Matt Kenseth", "supported")]


def test_a_day_that_a_crash_ended_is_not_its_subject(room: Any) -> None:
    got = verdicts(room.race(*MART), "Joe Nemechek was collected in a crash after 310 laps that also ended Michael "
                                     "McDowell's day, and was scored 40th.", ("finish",))
    assert got == [("finish", "Joe Nemechek", "contradicted")]
