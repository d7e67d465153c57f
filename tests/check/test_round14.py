"""Wordings from the fourteenth set of reports, tests/check/round14/ (scored in test_sets.py).

Twelve reports, Cup 1965, 1986, 1996, 2010 and 2018, Busch 1994 and 2007, Xfinity 2021, and Truck 2004, 2013,
2016 and 2022. Scored once before any change: contradicted precision 0.85, recall 0.79, one wrong "supported"
(docs/checker.md, "Fourteenth round"). The wordings are pinned here on other races.
"""

from __future__ import annotations

from typing import Any

from test_fresh import verdicts


def test_titles_owners_and_appositives(room: Any) -> None:
    day = room.race("cup", 1990, 1)  # Schrader on the pole; Cope won
    got = verdicts(day, "Derrike Cope won. In a race in which the leaders broke, the pole-sitter barely got rolling.",
                   ("pole",))
    assert got == []  # "the pole-sitter" after a comma that follows no name: someone unnamed
    assert verdicts(day, "Ken Schrader, the pole-sitter, crashed.", ("pole",)) == [
        ("pole", "Ken Schrader", "supported")]
    mart = room.race("cup", 2014, 6)  # Keselowski 38th, Logano 4th
    got = verdicts(mart, "Brad Keselowski, another Penske driver, was 14th. Joey Logano, another Logano teammate, "
                         "was fourth.", ("finish",))
    assert got == [("finish", "Brad Keselowski", "contradicted"), ("finish", "Joey Logano", "supported")]
    eld = room.race("truck", 2013, 10)  # Newman drove the No. 34; Paludo the No. 32
    got = verdicts(eld, "Ryan Newman, in another Turner Scott entry, the No. 32, quietly finished sixth.", ("car",))
    assert ("car", "Miguel Paludo", "supported") not in got


def test_other_races_inside_a_sentence(room: Any) -> None:
    mart = room.race("cup", 2014, 6)  # Johnson second
    got = verdicts(mart, "Johnson was second. Earlier, he had finished 13th in each of his first two starts here, and "
                         "in his last start, at Fontana, he finished 24th.", ("finish",))
    assert got[0] == ("finish", "Jimmie Johnson", "supported")
    assert all(v != "contradicted" for *_, v in got[1:])
    bri = room.race("truck", 2021, 5)  # Briscoe fifth; his first Truck win came in 2020 (not this race)
    got = verdicts(bri, "Martin Truex Jr. won. Chase Briscoe, who earned his first career victory a year ago, was "
                        "fifth.", ("career_wins", "finish"))
    assert got == [("career_wins", "Chase Briscoe", "unverifiable"), ("finish", "Chase Briscoe", "supported")]
    got = verdicts(mart, "Kurt Busch won. The car sputtered, and teammate Jimmie Johnson pushed him toward Victory "
                         "Lane.", ("winner",))
    assert got == [("winner", "Kurt Busch", "supported")]


def test_more_wordings(room: Any) -> None:
    mart = room.race("cup", 2014, 6)  # Earnhardt Jr. third, leads Kenseth by 9; Busch's 25th win; Nemechek out 310
    got = verdicts(mart, "Dale Earnhardt Jr. now leads Kenseth by 11 in the standings. Kenseth was second, 9 back.",
                   ("points_lead", "standing"))
    assert got == [("points_lead", "Dale Earnhardt Jr.", "contradicted"), ("standing", "Matt Kenseth", "supported")]
    got = verdicts(mart, "Kurt Busch won. Earnhardt nursed his No. 88 Chevrolet home fourth.", ("finish",))
    assert got == [("finish", "Dale Earnhardt Jr.", "contradicted")]
    got = verdicts(mart, "Kurt Busch won. It was the 26th career victory for the 35-year-old Las Vegan.",
                   ("career_wins",))
    assert got == [("career_wins", "Kurt Busch", "contradicted")]  # the description is the driver just named
    got = verdicts(mart, "Joe Nemechek crashed late; it ended his race after 300 laps.", ("retirement",))
    assert got == [("retirement", "Joe Nemechek", "contradicted")]
    got = verdicts(mart, "Marcos Ambrose finished fifth, his best Cup finish.", ("career_best",))
    assert got == [("career_best", "Marcos Ambrose", "contradicted")]  # he had won at Watkins Glen
    got = verdicts(mart, "Kurt Busch won. The series moves on to the Duck Commander 500 at Texas.", ("next_race",))
    assert got == [("next_race", None, "supported")]
    got = verdicts(mart, "It was a forgettable afternoon for Michael McDowell. The engine in his Ford let go after "
                         "400 laps.", ("retirement",))  # McDowell out after 474 laps (brakes)
    assert got == [("retirement", "Michael McDowell", "contradicted")]  # "The engine" describes no person
