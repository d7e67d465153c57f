"""Wordings from the eighteenth set of reports, tests/check/round18/ (scored in test_sets.py).

Twelve reports, Cup 1956, 1968, 1978, 2002 and 2012, Busch 1997, Nationwide 2010 and 2013, and Truck 1996, 2010,
2018 and 2021. Scored once before any change: contradicted precision 0.96, recall 0.80 (47 of 59, one short of
0.80), no wrong "supported" (docs/checker.md, "Eighteenth round"). Pinned here on other races.
"""

from __future__ import annotations

from typing import Any

from test_fresh import verdicts


def test_names_that_look_like_words_and_headlines(room: Any) -> None:
    tal = room.race("cup", 1978, 19)  # Earnhardt 12th (car owner Will Cronkrite)
    got = verdicts(tal, "Young Dale Earnhardt, driving a Ford for car owner Will Cronkrite, came home 13th.",
                   ("finish",))
    assert got == [("finish", "Dale Earnhardt", "contradicted")]  # "Will" is a name, not the future
    day = room.race("cup", 1990, 1)  # Cope won, Labonte second
    got = verdicts(day, "Underdog wins the Daytona 500\n\nUnderdog wins for first time; Labonte, Elliott complete the "
                        "top three", ("winner",))
    assert got == []  # a subject we cannot name, not the names after it


def test_other_races_in_an_aside_about_a_race(room: Any) -> None:
    day = room.race("cup", 1990, 2)  # Rockingham; at Daytona a week before Schrader was on the pole
    got = verdicts(day, "Mark Martin won, a week after Ken Schrader crashed in the Daytona 500, a race he started "
                        "from the pole.", ("pole", "winner"))
    assert got == [("winner", "Mark Martin", "supported"), ("pole", "Mark Martin", "unverifiable")]


def test_firmer_readings_and_hedges(room: Any) -> None:
    day = room.race("cup", 1990, 1)  # Alexander out after 42 laps (accident); Horton 37th, 92 laps down
    got = verdicts(day, "Mike Alexander was caught in a wreck and was out after 40 laps.", ("retirement",))
    assert got == [("retirement", "Mike Alexander", "contradicted")]  # "was out", not the wreck, decides
    got = verdicts(day, "Jimmy Horton had the kind of day a driver tries to forget, finishing 36th.", ("finish",))
    assert got == [("finish", "Jimmy Horton", "contradicted")]  # the hedge is "tries to forget" only
    mart = room.race("cup", 2014, 6)  # Earnhardt Jr. third; his top five before: 2013
    got = verdicts(mart, "Dale Earnhardt Jr. was third, his first top-five finish in the Cup Series since 2012.",
                   ("drought",))
    assert got == [("drought", "Dale Earnhardt Jr.", "contradicted")]  # his previous top five: the 2014 Daytona 500
    got = verdicts(mart, "Kurt Busch won. Jeff Gordon, the winner here in 2013, was 12th.", ("winner",))
    assert got == [("winner", "Kurt Busch", "supported"), ("winner", "Jeff Gordon", "unverifiable")]  # two 2013 races
