"""Wordings from the eleventh set of reports, tests/check/round11/ (scored in test_sets.py).

Twelve reports, Cup 1979 to 2025, Busch 1996, Xfinity 2017 and 2023, Truck 2009 and 2025. Scored once before any
change: contradicted precision 0.87, recall 0.78, no wrong "supported" (docs/checker.md, "Eleventh round").
"""

from __future__ import annotations

from typing import Any

from test_fresh import verdicts


def test_round11_wordings(room: Any) -> None:
    mich = room.race("cup", 2012, 15)  # Kenseth 3rd from 6th; Biffle 4th from 3rd
    got = verdicts(mich, "Matt Kenseth finished third, with Roush Fenway Racing teammate Greg Biffle fourth after "
                         "leading 36 laps from the third starting spot.", ("start",))
    assert got == [("start", "Greg Biffle", "supported")]  # "with X fourth": X is the subject
    day = room.race("cup", 2018, 18)  # Jones won; Dillon won the Daytona 500 in February
    got = verdicts(day, "Austin Dillon won February's Daytona 500.", ("winner",))
    assert all(v != "contradicted" for _, _, v in got)
    rda = room.race("xfinity", 2017, 23)  # Clements won; Tifft led 6
    got = verdicts(rda, "Clements pulled alongside Tifft, the Joe Gibbs Racing driver who had led six laps.",
                   ("laps_led",))
    assert got == [("laps_led", "Matt Tifft", "supported")]  # the appositive is Tifft's
    kan = room.race("xfinity", 2023, 26)  # Jones 2nd; he was runner-up at Bristol in September 2022
    got = verdicts(kan, "Brandon Jones finished second, his best result since he was runner-up at Bristol last "
                        "September.", ("runner_up", "finish"))
    assert ("runner_up", "Brandon Jones", "contradicted") not in got
