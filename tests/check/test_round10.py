"""Wordings from the tenth set of reports, tests/check/round10/ (scored in test_sets.py).

Twelve reports, Cup 1974 to 2024, Busch 1991, Nationwide 2014, Xfinity 2025, Truck 2013 and 2024. Scored once
before any change: contradicted precision 0.88, recall 0.77, no wrong "supported" (docs/checker.md, "Tenth round").
"""

from __future__ import annotations

from typing import Any

from test_fresh import verdicts


def test_round10_wordings(room: Any) -> None:
    mar = room.race("cup", 2010, 32)  # Hamlin won: his 15th Cup win, a third straight at Martinsville
    got = verdicts(mar, "Hamlin won, his third straight win at Martinsville Speedway and his fourth career victory "
                        "at the paper clip.", ("win_streak", "career_wins"))
    assert got == []  # counts at one track, not the series
    tex = room.race("cup", 1997, 6)  # Bobby Labonte 3rd, Terry Labonte 4th
    got = verdicts(tex, "Bobby Labonte was third, and his older brother, Terry, settled for fifth.", ("finish",))
    assert got == [("finish", "Bobby Labonte", "supported")]  # "his older brother, Terry" is nobody we can name
    gw = room.race("xfinity", 2025, 26)  # Allgaier 28th
    got = verdicts(gw, "Justin Allgaier appeared to have a fast car, but trouble on the final stop dropped him to a "
                       "26th-place finish.", ("finish",))
    assert got == [("finish", "Justin Allgaier", "contradicted")]  # the hedge is in the other clause
    mil = room.race("truck", 2024, 17)  # Majeski on the pole in the No. 98
    got = verdicts(mil, "Ty Majeski, chasing a third consecutive win, started from the pole in the No. 88 Ford.",
                   ("car",))
    assert got == [("car", "Ty Majeski", "contradicted")]  # "chasing" hedges only its aside
