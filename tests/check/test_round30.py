"""Wordings from the thirtieth set of reports, tests/check/round30/ (scored in test_sets.py).

Twelve reports, Cup 1955, 1970, 1989 and 2010, Busch 1993 and 2002, Nationwide 2011, Xfinity 2023, and Truck 2000,
2009, 2017 and 2025. Scored once before any change: contradicted precision 0.89 (47/53), recall 0.82 (47/57), one
wrong "supported" (docs/checker.md, "Twenty-ninth and thirtieth rounds"). Pinned here on other races.
"""

from __future__ import annotations

from typing import Any

from test_fresh import verdicts


def test_a_stablemate_aside_is_someone_else(room: Any) -> None:
    mart = room.race("cup", 2014, 6)  # Gordon 12th, Earnhardt third
    got = verdicts(mart, "Dale Earnhardt Jr. was third. Jeff Gordon, Earnhardt's stablemate at Hendrick, was 12th.",
                   ("finish",))
    assert got == [("finish", "Dale Earnhardt Jr.", "supported"), ("finish", "Jeff Gordon", "supported")]


def test_a_name_right_before_the_verb_is_its_subject(room: Any) -> None:
    mart = room.race("cup", 2014, 6)  # Kurt Busch won; Carl Edwards won at Bristol (round 4)
    got = verdicts(mart, "Kurt Busch won. He ran 11th at Bristol in March in the race Carl Edwards won.", ("winner",))
    assert [d for _, d, _ in got] == ["Kurt Busch", "Carl Edwards"]  # the second "won" is Edwards', not "He"'s


def test_the_elder_of_two_with_one_surname_is_not_told_apart(room: Any) -> None:
    day = room.race("truck", 2017, 1)  # John Hunter Nemechek fourth, his father Joe fifth
    text = ("John Hunter Nemechek ran fourth, and his father, Joe, was right behind him in fifth. For the elder "
            "Nemechek, it was his first Truck Series top five since 2014.")
    assert verdicts(day, text, ("drought",)) == []


def test_coming_off_a_result_is_another_race(room: Any) -> None:
    mart = room.race("cup", 2014, 6)  # Kurt Busch won; Earnhardt third here
    got = verdicts(mart, "Kurt Busch won. Busch came to Virginia off a third-place finish. Earnhardt, coming off a "
                         "win, finished third.", ("finish",))
    assert got == [("finish", "Kurt Busch", "unverifiable"), ("finish", "Dale Earnhardt Jr.", "supported")]


def test_points_between_two_drivers_behind_the_leader(room: Any) -> None:
    mart = room.race("cup", 2014, 6)  # Kenseth 218, Edwards 217, Gordon 216, Harvick 135
    got = verdicts(mart, "Kenseth is second, one point ahead of Carl Edwards. Edwards sits third, one point ahead of "
                         "Gordon. Gordon is three points ahead of Harvick.", ("points_lead",))
    assert got == [("points_lead", "Matt Kenseth", "supported"), ("points_lead", "Carl Edwards", "supported"),
                   ("points_lead", "Jeff Gordon", "contradicted")]


def test_a_car_number_is_no_sentence_end(room: Any) -> None:
    mart = room.race("cup", 2014, 6)  # Johnson led 296 laps (the most), Kurt Busch won
    text = ("Kurt Busch won. Johnson settled for second. He started fourth, had his No. 48 in front by the time the "
            "field had settled in, and led a race-high 296 laps before Busch ran him down.")
    assert verdicts(mart, text, ("most_laps_led",)) == [("most_laps_led", "Jimmie Johnson", "supported")]
