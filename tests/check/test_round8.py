"""Wordings from the eighth set of reports, tests/check/round8/ (scored in test_sets.py).

Twelve reports (AP wire, NBC Sports, NASCAR.com, hometown papers), Cup 1972 to 2025, Xfinity 2011 and 2024,
Truck 2005, 2015 and 2022. Scored once before any change: contradicted precision 0.71, recall 0.73, one wrong
"supported" (docs/checker.md, "Eighth round").
"""

from __future__ import annotations

from typing import Any

from test_fresh import verdicts


def test_round8_wordings(room: Any) -> None:
    dar = room.race("cup", 1993, 22)  # Martin won; Earnhardt leads the standings
    got = verdicts(dar, "Mark Martin won. The five-time champion still leads the Winston Cup standings by 304 points "
                        "over Rusty Wallace.", ("points_lead",))
    assert all(v != "contradicted" for _, _, v in got)  # "the five-time champion" is not Martin
    bri = room.race("cup", 2002, 6)  # Kurt Busch won; Johnson 7th
    got = verdicts(bri, "Wallace is third, Johnson fourth, and Busch jumped from 11th to fifth in points.", ("finish",))
    assert got == []  # the standings, not the finish
    chi = room.race("xfinity", 2011, 14)  # Stenhouse 14th here, won at Iowa two races before
    got = verdicts(chi, "Ricky Stenhouse Jr., who won at Iowa two weeks ago but slipped to 14th on Saturday, is "
                        "third, six back.", ("finish",))
    assert got == [("finish", "Ricky Stenhouse Jr.", "supported")]  # "two weeks ago" covers only its conjunct
    mar = room.race("cup", 2013, 33)  # Gordon's win before this one came at Homestead in 2012
    got = verdicts(mar, "Jeff Gordon won. It was his first since he won at Pocono in August 2012.", ("drought",))
    assert got == [("drought", "Jeff Gordon", "contradicted")]
    chl = room.race("cup", 2019, 17)  # Bowman won; Johnson's last win before it: Dover 2017
    got = verdicts(chl, "Alex Bowman won. Jimmie Johnson, winless since Dover in 2017, finished fourth.",
                   ("drought", "finish"))
    assert got == [("drought", "Jimmie Johnson", "supported"), ("finish", "Jimmie Johnson", "supported")]
