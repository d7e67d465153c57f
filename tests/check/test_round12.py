"""Wordings from the twelfth set of reports, tests/check/round12/ (scored in test_sets.py).

Twelve reports, Cup 1983 to 2024, Busch 2002, Xfinity 2015 and 2022, Truck 2007, 2014 and 2023. Scored once
before any change: contradicted precision 0.93, recall 0.75, no wrong "supported" (docs/checker.md, "Twelfth
round"): the first round whose first-pass precision met the 0.90 target.
"""

from __future__ import annotations

from typing import Any

from test_fresh import verdicts


def test_round12_wordings(room: Any) -> None:
    day = room.race("cup", 1983, 1)  # Yarborough won; Elliott second
    got = verdicts(day, "Cale Yarborough held off a charging Bill Elliott to win the Daytona 500.", ("winner",))
    assert got == [("winner", "Cale Yarborough", "supported")]
    nw = room.race("truck", 2023, 10)  # Larson won; his Truck win before it: Eldora 2016
    got = verdicts(nw, "Kyle Larson won. It was his first since he won on the dirt at Eldora in 2015.",
                   ("winner", "drought"))
    assert got == [("winner", "Kyle Larson", "supported"), ("drought", "Kyle Larson", "contradicted")]
    dov = room.race("xfinity", 2022, 10)  # Allmendinger (Kaulig) 6th, Brandon Jones (Gibbs) 7th
    got = verdicts(dov, "A.J. Allmendinger was sixth, one spot ahead of Jones, in the Kaulig Racing Chevrolet.",
                   ("team",))
    assert got == [("team", "A.J. Allmendinger", "supported")]
    eld = room.race("truck", 2014, 10)  # Blaney leads Crafton by 4
    got = verdicts(eld, "Ryan Blaney is leading Crafton by six points.", ("points_lead",))
    assert got == [("points_lead", "Ryan Blaney", "contradicted")]
