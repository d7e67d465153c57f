"""The checker on the sixth set of reports, tests/check/round6/ (same format and scoring as test_corpus.py).

Eight reports (AP wire, a hometown paper, a NASCAR.com recap, a team-site recap), labelled from the data by
people who had not seen the checker. Scored once before any change: contradicted precision 0.84, recall 0.78,
one wrong "supported" (docs/checker.md, "Sixth round").
"""

from __future__ import annotations

from typing import Any

from test_fresh import verdicts


def test_round6_wordings(room: Any) -> None:
    tall = room.race("cup", 2009, 9)  # Keselowski won in the No. 09 Chevrolet; Edwards (No. 99 Ford) 24th
    text = ("The 25-year-old from Rochester Hills ducked to the inside of Carl Edwards, refused to lift when Edwards "
            "came down to block, and drove the No. 19 Chevrolet to his first career Sprint Cup victory.")
    assert all(c.verdict != "contradicted" for c in tall.check(text))  # the description drove, not Edwards
    bristol = room.race("truck", 2016, 13)  # Reddick on the pole in the No. 29; Blaney won here in 2015
    got = verdicts(bristol, "Tyler Reddick won the pole in the No. 29 Ford, the same truck Ryan Blaney drove to "
                            "victory here a year ago.", ("winner", "pole"))
    assert got == [("pole", "Tyler Reddick", "supported")]  # the win is Blaney's, in 2015
    got = verdicts(bristol, "William Byron, who won from the pole at Pocono for his fifth win of the season, "
                            "finished second.", ("winner",))
    assert all(v != "contradicted" for _, _, v in got)  # Pocono, not Bristol
    daytona = room.race("cup", 1981, 2)  # Yarborough 8th
    got = verdicts(daytona, "Cale Yarborough ninth, and Joe Millikan and Johnny Rutherford completed the top 10.",
                   ("finish", "top_n"))
    assert ("finish", "Cale Yarborough", "contradicted") in got
    assert ("top_n", "Cale Yarborough", "supported") not in got
