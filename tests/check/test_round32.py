"""Wordings from the thirty-second set of reports, tests/check/round32/ (scored in test_sets.py).

Twelve reports, Cup 1957, 1968, 1987 and 2021, Busch 1991, 2004 and Nationwide 2012, Xfinity 2024, and Truck 2002,
2005, 2013 and 2019. Scored once before any change: contradicted precision 0.85 (50/59), recall 0.85 (50/59), one
wrong "supported" (docs/checker.md, "Thirty-first and thirty-second rounds"). Pinned here on other races.
"""

from __future__ import annotations

from typing import Any

from test_fresh import verdicts


def test_a_surname_in_a_team_s_or_a_place_s_name_is_no_driver(room: Any) -> None:
    mart = room.race("cup", 2014, 6)  # Gordon in the No. 24, 12th; Johnson in the No. 48
    got = verdicts(mart, "Kurt Busch won. Jeff Gordon, wheeling the Johnson Brothers' No. 12, finished 12th.",
                   ("car", "finish"))
    assert all(d != "Jimmie Johnson" for _, d, _ in got) and ("finish", "Jeff Gordon", "supported") in got


def test_a_leader_held_off_is_an_object(room: Any) -> None:
    mart = room.race("cup", 2014, 6)  # Kurt Busch's 25th career win; Edwards led the standings coming in
    text = ("Kurt Busch won. Busch, driving the No. 41 Chevrolet, held off series leader Carl Edwards over the closing "
            "laps of the STP 500 at Martinsville to score his {} career Cup Series victory.")
    assert verdicts(mart, text.format("25th"), ("career_wins",)) == [("career_wins", "Kurt Busch", "supported")]
    assert verdicts(mart, text.format("24th"), ("career_wins",)) == [("career_wins", "Kurt Busch", "contradicted")]


def test_a_place_coming_in_set_off_by_commas(room: Any) -> None:
    mart = room.race("cup", 2014, 6)  # Gordon third in points coming in, fourth after, 11 behind
    got = verdicts(mart, "Gordon, third coming into the race, dropped to fourth, 11 behind.", ("standing",))
    assert got == [("standing", "Jeff Gordon", "supported")]


def test_runner_up_in_the_standings_is_no_finish(room: Any) -> None:
    mart = room.race("cup", 2014, 6)  # Kenseth sixth here, second in points after
    got = verdicts(mart, "Kenseth finished sixth. He still ended up runner-up in the standings.", ("runner_up", "finish"))
    assert got == [("finish", "Matt Kenseth", "supported")]


def test_and_teammate_opens_a_new_clause(room: Any) -> None:
    mart = room.race("cup", 2014, 6)  # Earnhardt third; Johnson second (his career best is a win)
    got = verdicts(mart, "Dale Earnhardt Jr. finished third for Hendrick, and teammate Jimmie Johnson matched his "
                         "career-best finish in second.", ("career_best",))
    assert got == [("career_best", "Jimmie Johnson", "contradicted")]


def test_a_where_aside_runs_through_its_verbs(room: Any) -> None:
    mart = room.race("cup", 2014, 6)  # Edwards won at Bristol in March (round 4); here he was 13th and led no lap
    text = ("For Edwards, the day came three weeks after a big night at Bristol, where he started 11th, led {} laps and "
            "finished first.")
    claims = [c for c in mart.check(text.format(112)) if c.kind in ("start", "laps_led", "finish")]
    assert [c.kind for c in claims] == ["start", "laps_led", "finish"]
    # all three are Bristol's: judged there (when it names the race) or left unjudged, never against Martinsville
    assert all("Martinsville" not in c.evidence and (c.verdict == "unverifiable" or "Bristol" in c.evidence)
               for c in claims), [(c.kind, c.verdict, c.evidence) for c in claims]


def test_a_race_name_that_moved_to_another_visit(room: Any) -> None:
    rich = room.race("xfinity", 2004, 11)  # "Funai 250": in 2003 the name of the fall race, not the spring one
    got = verdicts(rich, "Kyle Busch won. Kevin Harvick, who won this race a year ago, finished third.", ("winner",))
    assert got == [("winner", "Kyle Busch", "supported"), ("winner", "Kevin Harvick", "unverifiable")]


def test_a_time_after_the_clause_is_not_the_claim_s(room: Any) -> None:
    mart = room.race("cup", 2014, 6)  # Edwards led Earnhardt by 1 coming in
    got = verdicts(mart, "Edwards carried only a one-point cushion into the weekend, having taken the lead at Bristol "
                         "two races earlier.", ("points_lead",))
    assert got == [("points_lead", "Carl Edwards", "supported")]
