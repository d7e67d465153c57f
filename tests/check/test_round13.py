"""Wordings from the thirteenth set of reports, tests/check/round13/ (scored in test_sets.py).

Twelve reports, Cup 1970, 1977, 1992, 2001 and 2023, Busch 2003, Xfinity 2018 and 2024, Truck 2006, 2011, 2017
and 2020. Scored once before any change: contradicted precision 0.79, recall 0.78, no wrong "supported"
(docs/checker.md, "Thirteenth round"). The wordings are pinned here on other races.
"""

from __future__ import annotations

from typing import Any

from test_fresh import verdicts


def test_who_wins_and_who_is_named(room: Any) -> None:
    road = room.race("cup", 2022, 18)  # Reddick won, Elliott second
    got = verdicts(road, "Tyler Reddick led 16 laps and kept Chase Elliott behind him over the final run to win.",
                   ("winner",))
    assert got == [("winner", "Tyler Reddick", "supported")]  # a name after "kept" is its object
    day = room.race("cup", 1990, 1)  # Cope won; Earnhardt fifth
    got = verdicts(day, "Derrike Cope won. Dale Earnhardt, who won the second 125-mile qualifier on Thursday, "
                        "finished fifth.", ("winner",))
    assert got == [("winner", "Derrike Cope", "supported")]  # a qualifier won is not the race
    got = verdicts(day, "Bill Elliott, who won this race the past two years, finished third.", ("winner",))
    assert got == [("winner", "Bill Elliott", "unverifiable")]  # two other races
    tal = room.race("cup", 2001, 31)  # Earnhardt Jr. won; a year before, his father won this race
    got = verdicts(tal, "Dale Earnhardt Jr. won. A year ago, Earnhardt won this race.", ("winner",))
    assert got == [("winner", "Dale Earnhardt Jr.", "supported"), ("winner", "Dale Earnhardt Jr.", "unverifiable")]
    bri = room.race("truck", 2021, 5)  # Truex won; Rhodes second
    got = verdicts(bri, "Ben Rhodes ran second all night. Instead of a trip to Victory Lane, he settled for second.",
                   ("winner",))
    assert got == []


def test_descriptions_after_a_sentence_about_one_driver(room: Any) -> None:
    bri = room.race("truck", 2021, 5)  # Rhodes led 3 laps
    got = verdicts(bri, "Ben Rhodes had the only truck that could stay close. The veteran led five laps.",
                   ("laps_led",))
    assert got == [("laps_led", "Ben Rhodes", "contradicted")]
    got = verdicts(bri, "Ben Rhodes chased Truex all night. The veteran led five laps.", ("laps_led",))
    assert got == [("laps_led", "Ben Rhodes", "unverifiable")]  # two drivers before: which one?
    day = room.race("cup", 1975, 1)  # Bobby Allison won; Petty (the King) led 4 laps
    got = verdicts(day, "Bobby Allison won. His brother Donnie, who led 30 laps, finished 20th.", ("laps_led",))
    assert got == []  # "His brother Donnie, who ...": someone the race cannot name, so no claim (round 20)
    got = verdicts(day, "Bobby Allison won. The King led six laps.", ("laps_led",))
    assert got == [("laps_led", "Richard Petty", "contradicted")]


def test_starts_finishes_and_retirements(room: Any) -> None:
    bri = room.race("truck", 2021, 5)  # Briscoe 33rd to 5th; Lessard 29th to 3rd; Truex from 15th; C. Smith out 117
    got = verdicts(bri, "Chase Briscoe charged from 33rd to fifth. Raphael Lessard rallied from 19th to finish third. "
                        "Martin Truex Jr. won after rolling off 15th.", ("start", "finish"))
    assert got == [("start", "Chase Briscoe", "supported"), ("finish", "Chase Briscoe", "supported"),
                   ("start", "Raphael Lessard", "contradicted"), ("finish", "Raphael Lessard", "supported"),
                   ("start", "Martin Truex Jr.", "supported")]
    got = verdicts(bri, "Chandler Smith was collected in a crash and his Kyle Busch Motorsports Toyota lasted just "
                        "110 laps.", ("retirement",))
    assert got == [("retirement", "Chandler Smith", "contradicted")]
    rda = room.race("xfinity", 2019, 20)  # Blaney 4th, Reddick 5th, Briscoe 6th
    got = verdicts(rda, "Ryan Blaney, Tyler Reddick and Chase Briscoe took fourth through sixth.", ("finish",))
    assert got == [("finish", d, "supported") for d in ("Ryan Blaney", "Tyler Reddick", "Chase Briscoe")]
    got = verdicts(rda, "Reddick and Briscoe took fourth through sixth.", ("finish",))
    assert got == []  # two names, three places
    got = verdicts(rda, "Justin Allgaier was third. JR Motorsports' Michael Annett finished eighth.", ("team",))
    assert got == [("team", "Michael Annett", "supported")]


def test_standings_and_track_counts(room: Any) -> None:
    bri = room.race("truck", 2021, 5)  # Nemechek leads Rhodes by 6
    got = verdicts(bri, "John Hunter Nemechek finished 39th. In the standings he now leads by six points, and Rhodes "
                        "is second.", ("points_lead",))
    assert got == [("points_lead", "John Hunter Nemechek", "supported")]  # "he", not the name after
    got = verdicts(bri, "John Hunter Nemechek finished 39th. In the standings he now leads by eight points.",
                   ("points_lead",))
    assert got == [("points_lead", "John Hunter Nemechek", "contradicted")]
    hom = room.race("truck", 2003, 25)  # after round 24: Gaughan led Musgrave by 26
    got = verdicts(hom, "Brendan Gaughan arrived as the points leader, 26 points ahead of Musgrave.", ("points_lead",))
    assert got == [("points_lead", "Brendan Gaughan", "supported")]
    mart = room.race("cup", 2014, 6)  # Gordon: eight Martinsville wins; Kurt Busch's second here
    got = verdicts(mart, "Jeff Gordon, a seven-time winner here, finished 12th. Kurt Busch, now a two-time winner at "
                         "Martinsville, won.", ("track_wins",))
    assert got == [("track_wins", "Jeff Gordon", "contradicted"), ("track_wins", "Kurt Busch", "supported")]
