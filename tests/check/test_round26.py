"""Wordings from the twenty-sixth set of reports, tests/check/round26/ (scored in test_sets.py).

Twelve reports, Cup 1954, 1964, 1985 and 2023, Busch 1985 and 1996, Xfinity 2000 and 2014, and Truck 2003, 2007,
2009 and 2015. Scored once before any change: contradicted precision 0.84 (51/61), recall 0.85 (51/60), no wrong
"supported" (docs/checker.md, "Twenty-fifth and twenty-sixth rounds"). Pinned here on other races.
"""

from __future__ import annotations

from typing import Any

from test_fresh import verdicts


def test_a_rival_s_aside_battles_and_another_car(room: Any) -> None:
    mart = room.race("cup", 2014, 6)  # Johnson second; Logano led 39 laps in the No. 22
    text = ("Kurt Busch won. Jimmie Johnson, Earnhardt's closest pursuer in the standings, came home second. Johnson "
            "wins the battles, loses the war. Logano led 39 laps and had the No. 48 covered for much of the day.")
    got = verdicts(mart, text, ("finish", "winner", "car"))
    assert got == [("winner", "Kurt Busch", "supported"), ("finish", "Jimmie Johnson", "supported"),
                   ("car", "Joey Logano", "unverifiable")]


def test_the_lead_a_driver_came_in_with_is_the_table_before(room: Any) -> None:
    mart = room.race("cup", 2014, 6)  # after: Earnhardt leads Kenseth by 9; before: Edwards led Earnhardt by 1
    got = verdicts(mart, "Earnhardt now leads Kenseth by nine points, up from a one-point deficit to Carl Edwards "
                         "coming into the weekend. Carl Edwards entered the finale with a one-point lead.",
                   ("points_lead", "standing"))
    assert got[0] == ("points_lead", "Dale Earnhardt Jr.", "supported")
    assert ("points_lead", "Carl Edwards", "supported") in got  # judged against the table after round 5


def test_a_week_after_opens_on_another_race(room: Any) -> None:
    mart = room.race("cup", 2014, 6)  # Kurt Busch started 22nd
    got = verdicts(mart, "A week after scoring his first career win at Bristol, Kurt Busch started 22nd.",
                   ("career_first", "start"))
    assert got == [("career_first", "Kurt Busch", "unverifiable"), ("start", "Kurt Busch", "supported")]


def test_a_brother_in_a_subordinate_clause(room: Any) -> None:
    mart = room.race("cup", 2014, 6)  # Kurt Busch won; Kyle Busch on the pole, 14th
    got = verdicts(mart, "Kurt Busch won after his brother, who started from the pole, finished 12th.",
                   ("finish", "pole"))
    assert got == []  # the brother is not named: nobody the data can judge
