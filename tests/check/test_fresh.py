"""The checker on the third set of reports, tests/check/fresh/ (same format and scoring as test_corpus.py).

The twelve reports were written and labelled from the data by people who had not seen the checker, and scored
once before any change: contradicted precision 0.57, recall 0.84, two wrong "supported" (docs/checker.md, "Third
round"). The checker was then improved for what they showed, so they are no longer held out; this test keeps the
targets on them, and pins the wordings that went wrong.
"""

from __future__ import annotations

from typing import Any


def verdicts(race: Any, text: str, kinds: tuple[str, ...]) -> list[tuple[str, str | None, str]]:
    return [(c.kind, c.args.get("driver"), c.verdict) for c in race.check(text) if c.kind in kinds]


def test_who_a_claim_is_about(room: Any) -> None:
    race = room.race("cup", 2016, 21)  # Buescher won; Kyle Busch ninth, Kurt Busch 10th
    # a driver outside the race is nobody the race can judge, not the driver named before
    assert verdicts(race, "Chris Buescher won. Richard Petty won at Dover.", ("winner",)) == [
        ("winner", "Chris Buescher", "supported")]
    cup = room.race("cup", 2022, 18)  # Reddick won, Elliott second
    # a name after the subject, in the same clause, is an object of the verb, whatever the verb
    got = verdicts(cup, "Reddick tracked down Chase Elliott in the closing laps and won the Kwik Trip 250.",
                   ("winner",))
    assert got == [("winner", "Tyler Reddick", "supported")]
    # a description with no name is the driver of the sentence before when that sentence named him alone
    # (round 13); with two names there, it may be either, so never contradicted
    got = verdicts(cup, "Tyler Reddick won. The 26-year-old Californian started 20th.", ("start",))
    assert got == [("start", "Tyler Reddick", "contradicted")]
    got = verdicts(cup, "Tyler Reddick beat Chase Elliott. The 26-year-old Californian started 20th.", ("start",))
    assert got == [("start", "Tyler Reddick", "unverifiable")]
    # "The <team> driver" names the team's only driver in the race
    xfin = room.race("xfinity", 2001, 19)  # Newman (Penske Racing South) 26th
    got = verdicts(xfin, "Jimmie Johnson won. The Penske Racing South driver finished 25th.", ("finish",))
    assert got == [("finish", "Ryan Newman", "contradicted")]


def test_other_races_and_non_claims_are_not_contradicted(room: Any) -> None:
    race = room.race("cup", 2016, 21)  # Pocono: Buescher won; Kurt Busch won the June race here
    cases = [
        "Kyle Busch, who won last week at Indianapolis, was ninth, and Kurt Busch, who won here in June, was 10th.",
        "Keselowski and Kyle Busch each have four wins this season.",
        "It came a week after Buescher's 14th-place run at Indianapolis.",
        "Tony Stewart, who has never won at Pocono, was there.",
        "Toyota flexed, even if Ford won.",
        "Kyle Busch had this one won before the fog rolled in.",
        "Kyle Busch, seeking his 40th Cup win, was ninth.",
        "Kyle Busch ran fifth most of the day.",
        "It was Kyle Busch's 40th career Xfinity Series win at Pocono last year.",
    ]
    for text in cases:
        assert all(c.verdict != "contradicted" for c in race.check(text)), (text, [
            (c.kind, c.text, c.correction) for c in race.check(text) if c.verdict == "contradicted"])


def test_new_wordings_are_read(room: Any) -> None:
    race = room.race("cup", 2023, 9)  # Martinsville: Larson 1st, Elliott 10th, Bowman 11th, Logano 2nd, Truex 3rd
    got = verdicts(race, "Hendrick drivers Larson, Elliott and Bowman finished first, 10th and 12th.", ("finish",))
    assert got == [("finish", "Kyle Larson", "supported"), ("finish", "Chase Elliott", "supported"),
                   ("finish", "Alex Bowman", "contradicted")]
    got = verdicts(race, "Joey Logano finished second for Team Penske, followed by Denny Hamlin and Martin Truex Jr.",
                   ("finish",))
    assert got == [("finish", "Joey Logano", "supported"), ("finish", "Denny Hamlin", "contradicted"),
                   ("finish", "Martin Truex Jr.", "contradicted")]
    rich = room.race("cup", 2010, 26)  # Hamlin's 14th Cup win, his sixth of 2010; Keselowski 15th
    got = verdicts(rich, "Hamlin won. The victory was Hamlin's 15th in the Sprint Cup Series.", ("career_wins",))
    assert got == [("career_wins", "Denny Hamlin", "contradicted")]
    got = verdicts(rich, "Hamlin won his series-best sixth win of the season.", ("season_wins",))
    assert got == [("season_wins", "Denny Hamlin", "supported")]
    got = verdicts(rich, "Brad Keselowski finished a lap down in 16th.", ("finish",))
    assert got == [("finish", "Brad Keselowski", "contradicted")]
    truck = room.race("truck", 2017, 10)  # Rhodes won stage 1, out after 41 laps (accident); Haley's first top 5
    got = verdicts(truck, "Ben Rhodes won the opening stage but was collected in a crash after 41 laps.",
                   ("stage_win", "retirement"))
    assert got == [("stage_win", "Ben Rhodes", "supported"), ("retirement", "Ben Rhodes", "supported")]
    got = verdicts(truck, "Justin Haley was third, his first top-five in the Truck Series.", ("career_first",))
    assert got == [("career_first", "Justin Haley", "supported")]
