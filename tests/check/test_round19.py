"""Wordings from the nineteenth set of reports, tests/check/round19/ (scored in test_sets.py).

Twelve reports, Cup 1960, 1971, 1988, 2006 and 2024, Busch 1992, Nationwide 2008, Xfinity 2022, and Truck 2000,
2005, 2011 and 2012. Scored once before any change: contradicted precision 0.91, recall 0.83, no wrong "supported"
(one label's words were cut back to its own sentence first; docs/checker.md, "Nineteenth round") — the first first
pass to meet every target. Pinned here on other races.
"""

from __future__ import annotations

from typing import Any

from test_fresh import verdicts


def test_asides_and_appositives(room: Any) -> None:
    mart = room.race("cup", 2014, 6)  # Busch won; Gordon 12th; Johnson (Hendrick) second, led 296 laps
    got = verdicts(mart, "Kurt Busch won, and Jeff Gordon -- last year's winner here -- was 12th.", ("finish",))
    assert got == [("finish", "Jeff Gordon", "supported")]  # the marker's words end at the dash
    got = verdicts(mart, "Most of the day belonged to Jimmie Johnson, his Hendrick Motorsports teammate, who led 200 "
                         "laps.", ("laps_led",))
    assert got == [("laps_led", "Jimmie Johnson", "contradicted")]
    day = room.race("cup", 1990, 1)  # Schrader on the pole
    got = verdicts(day, "Pole sitter Ken Schrader, fresh off his win in the Busch Clash last week, led early.",
                   ("pole",))
    assert got == [("pole", "Ken Schrader", "supported")]  # the other race stays in its aside


def test_standings_moves_and_retirement_wordings(room: Any) -> None:
    day = room.race("cup", 1990, 1)  # Cope leads Labonte by 5; Cope started 12th; Schrader out after 58 laps
    got = verdicts(day, "Derrike Cope kept the points lead by five over Labonte, who climbed from sixth to second.",
                   ("start", "finish"))
    assert got == []  # a move in the standings, not from the grid to the finish
    got = verdicts(day, "Derrike Cope won. Ken Schrader was credited with crashing out on lap 50.", ("retirement",))
    assert got == [("retirement", "Ken Schrader", "contradicted")]
    # the sentence before named only someone else: "him" may be that driver
    got = verdicts(day, "Derrike Cope won. Ken Schrader was fast. Fouled plugs sent Jimmy Horton to the pits. A blown "
                        "engine sent him to the garage after 50 laps.", ("retirement",))
    assert [v for *_, v in got] == ["unverifiable"]
