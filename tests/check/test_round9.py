"""Wordings from the ninth set of reports, tests/check/round9/ (scored in test_sets.py).

Twelve reports, Cup 1966 to 2023, Busch 2000, Xfinity 2021, Truck 2003, 2018 and 2025. Scored once before any
change: contradicted precision 0.81, recall 0.71, no wrong "supported" (docs/checker.md, "Ninth round").
"""

from __future__ import annotations

from typing import Any

from test_fresh import verdicts


def test_round9_wordings(room: Any) -> None:
    atl = room.race("cup", 1990, 29)  # Shepherd won; Martin 6th, Elliott 15th
    got = verdicts(atl, "Martin was second, Bodine ended up third in points, 431 behind Earnhardt, and Elliott was "
                        "fourth.", ("finish",))
    assert all(v != "contradicted" for _, _, v in got)  # second in the race or in points?
    gw = room.race("xfinity", 2000, 21)  # Harvick won here; at Dover (round 14) he led and faded
    got = verdicts(gw, "Kevin Harvick won. He had come close at Dover, where he led 97 laps before fading to sixth.",
                   ("laps_led", "finish"))
    assert all(v != "contradicted" for _, _, v in got)  # Dover's race, not this one
    got = verdicts(gw, "Kenny Wallace ran eighth, with Kyle Petty, in the No. 44 Chevrolet, and Elton Sawyer "
                       "completing the top 10.", ("car",))
    assert got == [("car", "Kyle Petty", "contradicted")]  # Petty drove the No. 45: his car, not Wallace's
    indy = room.race("cup", 2023, 24)  # McDowell won; Hamlin won stage 2
    got = verdicts(indy, "The leaders pitted at the end of the second stage, which Denny Hamlin won.", ("winner",))
    assert got == []
    mar = room.race("cup", 2013, 33)  # with NASCAR's ruling, Gordon is third after his win, Harvick fourth
    got = verdicts(mar, "Kevin Harvick moved to fourth in points, 28 behind.", ("standing",))
    assert got == [("standing", "Kevin Harvick", "supported")]
