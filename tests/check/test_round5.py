"""The checker on the fifth set of reports, tests/check/round5/ (same format and scoring as test_corpus.py).

Eight reports written like the recaps sports desks run (AP wire stories, a NASCAR.com recap with bulleted notes,
an NBC Sports story), labelled from the data by people who had not seen the checker. Scored once before any
change: contradicted precision 0.78, recall 0.85, three wrong "supported" (docs/checker.md, "Fifth round").
"""

from __future__ import annotations

from typing import Any

from test_fresh import verdicts


def test_round5_wordings(room: Any) -> None:
    race = room.race("cup", 2018, 33)  # Martinsville 2018; in 2015 Logano led 207 laps and was 37th
    # a time that opens the sentence sets it for the whole sentence; "he" after two subjects is either
    text = "Three years ago in this race, Logano led 209 laps before Matt Kenseth wrecked him, and he was scored 30th."
    got = [(c.kind, c.verdict, c.evidence[:4]) for c in race.check(text) if c.kind in ("laps_led", "finish")]
    assert got[0] == ("laps_led", "contradicted", "2015")  # judged against the 2015 race: he led 207
    assert all(v != "contradicted" for k, v, _ in got[1:])  # "he": Logano or Kenseth?
    got = verdicts(race, "Two years ago in this race, Kyle Busch finished fifth.", ("finish",))
    assert got == [("finish", "Kyle Busch", "supported")]  # 2016 Martinsville fall race
    chicago = room.race("cup", 2023, 18)  # van Gisbergen won; Haley 2nd; Bell swept the stages; Busch 5th
    # "the opening stage belonged to Christopher Bell. He swept both stages": "he" may be either driver
    got = verdicts(chicago, "Denny Hamlin started from the pole, but the opening stage belonged to Christopher "
                            "Bell. He swept both stages.", ("stage_sweep",))
    assert got in ([("stage_sweep", "Denny Hamlin", "unverifiable")], [])
    # a bulleted list: one item, one sentence
    got = verdicts(chicago, "* Kyle Larson took fourth.\n* Kyle Busch was sixth for Richard Childress Racing.\n"
                            "* Michael McDowell was seventh.", ("finish",))
    assert [g[1:] for g in got] == [("Kyle Larson", "supported"), ("Kyle Busch", "contradicted"),
                                    ("Michael McDowell", "supported")]
    # a name after "chased down" is an object even when the subject is a description
    got = verdicts(chicago, "The Supercars champion chased down Justin Haley and pulled away to win.", ("winner",))
    assert got == []
