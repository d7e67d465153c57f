"""Wordings from the seventeenth set of reports, tests/check/round17/ (scored in test_sets.py).

Twelve reports, Cup 1951, 1962, 1984, 2008 and 2020, Busch 1985 and 2004, Xfinity 2016, and Truck 1995, 2002, 2015
and 2023. Scored once before any change: contradicted precision 0.88, recall 0.86, one wrong "supported"
(docs/checker.md, "Seventeenth round"). Pinned here on the first two races of 1990 and on Pocono 2020.
"""

from __future__ import annotations

from typing import Any

from test_fresh import verdicts


def test_other_races_and_what_was_not_done(room: Any) -> None:
    indy = room.race("cup", 2020, 16)  # Pocono doubleheader the week before: Harvick won round 14, Hamlin round 15
    got = verdicts(indy, "Kevin Harvick won. Hamlin won the first race of the Pocono doubleheader last weekend.",
                   ("winner",))
    assert got == [("winner", "Kevin Harvick", "supported"), ("winner", "Denny Hamlin", "contradicted")]
    day = room.race("cup", 1990, 1)
    assert verdicts(day, "Terry Labonte didn't need to win, and he didn't.", ("winner",)) == []
    got = verdicts(day, "Derrike Cope won in the No. 10. It was the first time the No. 10 had been to victory lane.",
                   ("car_first_win",))
    assert got == [("car_first_win", None, "contradicted")]  # the data has an earlier Cup win for the No. 10


def test_standings_before_and_after(room: Any) -> None:
    rock = room.race("cup", 1990, 2)  # after round 1 Cope led Labonte by 5
    got = verdicts(rock, "Dale Earnhardt won. Cope came to Rockingham holding a five-point lead over Labonte.",
                   ("points_lead",))
    assert got == [("points_lead", "Derrike Cope", "supported")]
    day = room.race("cup", 1990, 1)  # Cope leads Labonte by 5; Elliott third, 10 back
    got = verdicts(day, "Cope entered the weekend unranked and left with a seven-point cushion over Labonte.",
                   ("points_lead",))
    assert got == [("points_lead", "Derrike Cope", "contradicted")]  # what he left with is this race's table
    got = verdicts(day, "Cope holds a lead of 5 points over Labonte. Elliott finished third in the standings, 12 "
                        "points back.", ("points_lead", "standing"))
    assert got == [("points_lead", "Derrike Cope", "supported"), ("standing", "Bill Elliott", "contradicted")]


def test_each_name_with_its_own_count_and_objects_after_around(room: Any) -> None:
    day = room.race("cup", 1990, 1)  # Petty out after 196 laps, Wilson after 193; Rudd fourth
    got = verdicts(day, "Kyle Petty and Rick Wilson were eliminated late, Petty after 196 laps and Wilson after 190.",
                   ("retirement",))
    assert got == [("retirement", "Kyle Petty", "supported"), ("retirement", "Rick Wilson", "contradicted")]
    got = verdicts(day, "Ricky Rudd couldn't get back around Labonte and settled for fourth.", ("finish",))
    assert got == [("finish", "Ricky Rudd", "supported")]
