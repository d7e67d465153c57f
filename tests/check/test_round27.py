"""Wordings from the twenty-seventh set of reports, tests/check/round27/ (scored in test_sets.py).

Twelve reports, Cup 1966, 1972, 1983 and 2006, Xfinity 1988 and 2013, and Truck 2006, 2012, 2017 and 2024. Scored
once before any change: contradicted precision 0.96 (55/57), recall 0.92 (55/60), one wrong "supported"
(docs/checker.md, "Twenty-seventh and twenty-eighth rounds"). Pinned here on other races.
"""

from __future__ import annotations

from typing import Any

from test_fresh import verdicts


def test_within_points_of_the_leader_is_one_claim(room: Any) -> None:
    mart = room.race("cup", 2014, 6)  # Gordon fourth in points, 11 behind Earnhardt
    text = ("Jeff Gordon finished 12th, a result that pulled him within {} points of Dale Earnhardt Jr. atop the "
            "Sprint Cup standings.")
    kinds = ("standing", "points_lead")
    assert verdicts(mart, text.format(11), kinds) == [("standing", "Jeff Gordon", "supported")]
    # the leader's place inside a false gap is no true claim of its own: nothing comes out "supported"
    assert verdicts(mart, text.format(12), kinds) == [("standing", "Jeff Gordon", "contradicted")]
    assert verdicts(mart, "Matt Kenseth is within nine points of the lead.", kinds) == [
        ("standing", "Matt Kenseth", "supported")]


def test_an_earlier_visit_to_a_track_is_that_race(room: Any) -> None:
    mart = room.race("cup", 2014, 6)  # Kurt Busch won; Keselowski won at Las Vegas (round 3)
    got = verdicts(mart, "Kurt Busch won. Jeff Gordon, who won the series' first visit to Las Vegas this season, "
                         "finished 12th.", ("winner", "finish"))
    assert got == [("winner", "Kurt Busch", "supported"), ("winner", "Jeff Gordon", "contradicted"),
                   ("finish", "Jeff Gordon", "supported")]
    got = verdicts(mart, "Kurt Busch won, and the win bettered the second-place finish he earned at Phoenix.",
                   ("finish",))
    assert got == [("finish", "Kurt Busch", "unverifiable")]  # a result from before, not this race's


def test_a_slide_in_a_sentence_about_the_race_is_the_finish(room: Any) -> None:
    mart = room.race("cup", 2014, 6)  # Kyle Busch led 22 laps, finished 14th; sixth in points after
    text = ("Earnhardt is within nine points of Kenseth atop the standings. Kyle Busch led 22 laps, but his car went "
            "loose over the final run and he slid back to 14th.")
    assert verdicts(mart, text, ("finish", "standing")) == [
        ("standing", "Dale Earnhardt Jr.", "contradicted"), ("finish", "Kyle Busch", "supported")]
