"""Wordings from the fifteenth set of reports, tests/check/round15/ (scored in test_sets.py).

Twelve reports, Cup 1958, 1981, 2005, 2013 and 2021, Busch 1999, Nationwide 2009 and 2012, Xfinity 2017, and
Truck 1998, 2009 and 2019. Scored once before any change: contradicted precision 0.89, recall 0.73, no wrong
"supported" (docs/checker.md, "Fifteenth round"). The wordings are pinned here on the 1990 Daytona 500.
"""

from __future__ import annotations

from typing import Any

from test_fresh import verdicts

# Cope won; Earnhardt led 155 laps; Labonte second, 5 points behind Cope; Foyt out after 115 laps (36th), Horton
# after 108, Petty after 196 (24th), Wilson after 193
DAYTONA = ("cup", 1990, 1)


def test_who_won_when_another_car_is_the_subject(room: Any) -> None:
    day = room.race(*DAYTONA)
    got = verdicts(day, "Derrike Cope took the lead when Dale Earnhardt's Chevrolet cut a tire on the last lap and "
                        "went on to win.", ("winner",))
    assert got == [("winner", "Derrike Cope", "supported")]
    got = verdicts(day, "Derrike Cope, a driver who had never won, slipped past Dale Earnhardt and Terry Labonte late "
                        "and won the Daytona 500.", ("winner",))
    assert got == [("winner", "Derrike Cope", "supported")]  # both names after "past" are objects
    got = verdicts(day, "Derrike Cope won. Dale Earnhardt, a rival, closed late but couldn't get to the Chevrolet's "
                        "bumper.", ("make",))
    assert got == []  # "the Chevrolet's bumper" is another car's


def test_retirements_by_list_and_by_lap(room: Any) -> None:
    day = room.race(*DAYTONA)
    got = verdicts(day, "Kyle Petty, Rick Wilson and A.J. Foyt were all out after 115 laps.", ("retirement",))
    assert got == [("retirement", "Kyle Petty", "contradicted"), ("retirement", "Rick Wilson", "contradicted"),
                   ("retirement", "A.J. Foyt", "supported")]
    got = verdicts(day, "Derrike Cope won. A.J. Foyt lasted until lap 116 before fatigue set in. Jimmy Horton lasted "
                        "until lap 100. Horton crashed out after just 100 laps.", ("retirement",))
    assert got == [("retirement", "A.J. Foyt", "supported"), ("retirement", "Jimmy Horton", "contradicted"),
                   ("retirement", "Jimmy Horton", "contradicted")]


def test_standings_wordings(room: Any) -> None:
    day = room.race(*DAYTONA)
    got = verdicts(day, "Derrike Cope extended his lead over Labonte to 7 points. Cope's margin over Labonte was "
                        "trimmed to 5 points.", ("points_lead",))
    assert got == [("points_lead", "Derrike Cope", "contradicted"), ("points_lead", "Derrike Cope", "supported")]
    got = verdicts(day, "Labonte finished second. The result lifted him to third in the standings.", ("standing",))
    assert got == [("standing", "Terry Labonte", "contradicted")]
    # a move after a sentence about the standings is a move in the standings
    got = verdicts(day, "Cope leads Labonte by five points in the standings. Foyt climbed to 36th.",
                   ("standing", "finish"))
    assert got == [("standing", "A.J. Foyt", "supported")]


def test_laps_led_droughts_and_two_other_races(room: Any) -> None:
    day = room.race(*DAYTONA)
    got = verdicts(day, "Dale Earnhardt was pacing it for 150 laps.", ("laps_led",))
    assert got == [("laps_led", "Dale Earnhardt", "contradicted")]
    got = verdicts(day, "Derrike Cope won. It was his first win since the fall race at Charlotte in 1989.",
                   ("drought",))
    assert got == [("drought", "Derrike Cope", "contradicted")]  # his first Cup win
    # two other races in one sentence, split at the "and" between them; then this race
    got = verdicts(day, "Terry Labonte was runner-up at Daytona in 1989 and finished fifth a year ago at Daytona, "
                        "and he was second Sunday.", ("runner_up", "finish"))
    assert got[-1] == ("finish", "Terry Labonte", "supported")
    assert all(v != "contradicted" for *_, v in got)
