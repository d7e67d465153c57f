"""Wordings from the twentieth set of reports, tests/check/round20/ (scored in test_sets.py).

Twelve reports, Cup 1963, 1976, 1994, 2015 and 2019, Busch 1989 and 2001, Nationwide 2011, and Truck 2006, 2008,
2020 and 2025. Scored once before any change: contradicted precision 0.90 (53/59, just under), recall 0.93, one
wrong "supported" (docs/checker.md, "Twentieth round"). Pinned here on other races.
"""

from __future__ import annotations

from typing import Any

from test_fresh import verdicts


def test_other_cars_names_and_headlines(room: Any) -> None:
    day = room.race("cup", 1990, 1)  # Cope (Chevrolet) won; Earnhardt (Chevrolet) fifth; next: Rockingham
    got = verdicts(day, "Dale Earnhardt, fifth, made a run at the Ford late.", ("make",))
    assert got == []  # another car
    got = verdicts(day, "Derrike Cope won. Terry Labonte tangled with his old rival, Buddy, who had started fourth.",
                   ("start",))
    assert got == []  # "Buddy": a name the race cannot tie to one driver
    got = verdicts(day, "Cope returns to victory lane at Daytona, holds off Labonte", ("next_race",))
    assert got == []


def test_standings_the_race_began_with_and_a_table_after_a_table(room: Any) -> None:
    rock = room.race("cup", 1990, 2)  # after round 1: Cope led Labonte by 5
    got = verdicts(rock, "Mark Martin won. Cope brought a five-point lead into Rockingham.", ("points_lead",))
    assert got == [("points_lead", "Derrike Cope", "supported")]
    day = room.race("cup", 1990, 1)  # Cope leads Labonte by 5; Elliott 3rd, Rudd 4th in points; Rudd finished 4th
    got = verdicts(day, "Cope leads Labonte by five points. Elliott is third and Rudd fifth.", ("finish", "standing"))
    assert got == []  # after a table, "Rudd fifth" is a place in the table, not Rudd's fourth-place finish
