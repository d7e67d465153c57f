"""Wordings from the sixteenth set of reports, tests/check/round16/ (scored in test_sets.py).

Twelve reports, Cup 1953, 1974, 1999, 2016 and 2025, Busch 1990 and 2006, Xfinity 2019 and 2025, and Truck 1999,
2003 and 2024. Scored once before any change: contradicted precision 0.87, recall 0.83 (the first first pass to
meet the recall target), no wrong "supported" (docs/checker.md, "Sixteenth round"). Pinned on other races here.
"""

from __future__ import annotations

from typing import Any

from test_fresh import verdicts


def test_owner_drivers_objects_and_counts(room: Any) -> None:
    darl = room.race("cup", 1953, 30)  # Baker won in an Oldsmobile; Herb Thomas (Herb Thomas Racing) in a Hudson
    got = verdicts(darl, "Buck Baker won, swapping the top spot with Herb Thomas' Hudson Hornet.", ("make",))
    assert got == [("make", "Herb Thomas", "supported")]  # the team that is the driver's name stays his mention
    day = room.race("cup", 1990, 1)  # Cope won, Earnhardt fifth
    got = verdicts(day, "Derrike Cope pulled clear of Dale Earnhardt over the final lap to win.", ("winner",))
    assert got == [("winner", "Derrike Cope", "supported")]
    got = verdicts(day, "Derrike Cope won. His season until now had produced a pair of runner-up finishes.",
                   ("runner_up",))
    assert got == []  # a count of other races' results


def test_standings_a_race_began_with(room: Any) -> None:
    rock = room.race("cup", 1990, 2)  # after round 1 Cope led Labonte by 5; Cope 29th at Rockingham
    got = verdicts(rock, "Dale Earnhardt won. Derrike Cope, who arrived having won last week and carrying a "
                         "five-point edge, was 29th.", ("points_lead", "finish"))
    assert got == [("points_lead", "Derrike Cope", "supported"), ("finish", "Derrike Cope", "supported")]
    day = room.race("cup", 1990, 1)
    got = verdicts(day, "Derrike Cope, still looking for his first points lead, leads Labonte by six points.",
                   ("points_lead",))
    assert got == [("points_lead", "Derrike Cope", "contradicted")]  # the hedge is the aside's
    got = verdicts(day, "Cope holds a five-point lead over teammate Terry Labonte. Cope heads Labonte by 7 points.",
                   ("points_lead",))
    assert got == [("points_lead", "Derrike Cope", "supported"), ("points_lead", "Derrike Cope", "contradicted")]


def test_descriptions_that_name_a_person_or_a_thing(room: Any) -> None:
    day = room.race("cup", 1990, 1)  # Cope led 5 laps and won; Schrader out after 58 laps
    got = verdicts(day, "Derrike Cope won. The Californian regular led six laps. He was scored first.",
                   ("laps_led", "finish"))
    assert got == [("laps_led", "Derrike Cope", "contradicted"), ("finish", "Derrike Cope", "supported")]
    got = verdicts(day, "Ken Schrader had a day to forget. The worst came early, when his engine let go after 50 "
                        "laps.", ("retirement",))
    assert got == [("retirement", "Ken Schrader", "contradicted")]
