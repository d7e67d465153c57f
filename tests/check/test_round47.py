"""Wordings from the forty-seventh and forty-eighth sets of reports, tests/check/round47/ and round48/ (scored in
test_sets.py), and from the list left for later. Pinned here on other races.
"""

from __future__ import annotations

from typing import Any

from test_fresh import verdicts

DAYTONA = ("cup", 2019, 1)  # Hamlin won for Joe Gibbs Racing, Kyle Busch second; Larson (Chip Ganassi) seventh
MOSPORT = ("truck", 2014, 14)  # Blaney won, Brad Keselowski Racing's second straight after Keselowski at Bristol


def test_a_team_in_capitals_is_that_team(room: Any) -> None:
    got = verdicts(room.race(*DAYTONA), "Kyle Busch, in the No. 18 JGR Toyota, was second. Chase Elliott's HMS "
                                        "Chevrolet came home 17th. Kyle Larson's RCR Chevrolet ran seventh.",
                   ("team",))
    assert got == [("team", "Kyle Busch", "supported"), ("team", "Chase Elliott", "supported"),
                   ("team", "Kyle Larson", "contradicted")]


def test_a_team_s_streak_in_capitals(room: Any) -> None:
    race = room.race(*MOSPORT)
    assert verdicts(race, "Ryan Blaney won at Mosport, making it two straight for BKR.", ("win_streak",)) == [
        ("win_streak", "Ryan Blaney", "supported")]
    assert verdicts(race, "Ryan Blaney won at Mosport, making it three straight for BKR.", ("win_streak",)) == [
        ("win_streak", "Ryan Blaney", "contradicted")]


def test_a_track_by_its_old_name(room: Any) -> None:
    got = verdicts(room.race(*MOSPORT), "Ryan Blaney won at Mosport on Sunday.", ("winner",))
    assert got == [("winner", "Ryan Blaney", "supported")]
