"""The checker on the seventh set of reports, tests/check/round7/ (same format and scoring as test_corpus.py).

Twelve reports (AP wire, NASCAR.com, NBC Sports, Frontstretch, hometown papers) from 1968 to 2024, labelled from the
data by people who had not seen the checker. Scored once before any change: contradicted precision 0.76, recall
0.80, one wrong "supported" (docs/checker.md, "Seventh round").
"""

from __future__ import annotations

from typing import Any

from test_fresh import verdicts


def test_round7_wordings(room: Any) -> None:
    tall = room.race("cup", 2006, 30)  # Vickers won in the No. 25; Johnson drove the No. 48
    got = verdicts(tall, "Vickers dove low as Johnson pulled out to pass leader Dale Earnhardt Jr. The No. 25 "
                         "Chevrolet clipped Johnson's left rear.", ("car",))
    assert got == [("car", "Brian Vickers", "supported")]  # the car that opens a sentence is its driver's
    ken = room.race("cup", 2020, 17)  # Custer won; Harvick had won the Brickyard the week before
    got = verdicts(ken, "Custer's breakthrough came one week after a fifth-place run in the Brickyard 400, where "
                        "teammate Kevin Harvick won for the fourth time this season.", ("winner",))
    assert ("winner", "Kevin Harvick", "contradicted") not in got
    iowa = room.race("truck", 2010, 10)  # Dillon won; Hornaday 24th; Bodine leads the standings
    got = verdicts(iowa, "Bodine now leads Almirola by 88 points, with Ron Hornaday Jr. third, 191 back.",
                   ("finish",))
    assert got == []  # places in a standings sentence are not finishes
    day = room.race("cup", 2011, 1)  # Gilliland 3rd; his Cup best was a 2nd in 2008
    got = verdicts(day, "David Gilliland finished a career-best third.", ("career_best",))
    assert got == [("career_best", "David Gilliland", "contradicted")]
    dar = room.race("cup", 2024, 13)  # Keselowski won; Charlotte is the next points race
    got = verdicts(dar, "The Cup Series has next weekend's All-Star exhibition at North Wilkesboro.", ("next_race",))
    assert got == [("next_race", None, "unverifiable")]
