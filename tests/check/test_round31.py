"""Wordings from the thirty-first set of reports, tests/check/round31/ (scored in test_sets.py).

Twelve reports, Cup 1951, 1974, 1993 and 2016, Busch 1987 and 1999, Busch/Xfinity 2006 and 2019, and Truck 1999,
2010, 2016 and 2023. Scored once before any change: contradicted precision 0.96 (46/48), recall 0.81 (46/57), no
wrong "supported" (docs/checker.md, "Thirty-first and thirty-second rounds"). Pinned here on other races.
"""

from __future__ import annotations

from typing import Any

from test_fresh import verdicts


def test_matching_a_best_on_a_kind_of_track(room: Any) -> None:
    mart = room.race("cup", 2014, 6)  # Earnhardt third
    claims = [c for c in mart.check("Dale Earnhardt Jr. came from 26th to finish third, matching his best short-track "
                                    "finish.") if c.kind == "career_best"]
    # his best on short tracks (he had won on them), not over his career
    assert [c.verdict for c in claims] == ["contradicted"] and "on short tracks" in claims[0].correction
    # "matched the day's theme ... with a career-best fourth" is a new best, not a tie
    got = verdicts(mart, "Joey Logano matched the day's theme with a career-best fourth.", ("career_best",))
    assert got == [("career_best", "Joey Logano", "contradicted")]  # he had finished better before


def test_a_description_of_last_week_s_winner_is_nobody_named_after_it(room: Any) -> None:
    mart = room.race("cup", 2014, 6)  # Kyle Busch won at Fontana (round 5), 14th here; Hamlin 19th, Newman 20th
    text = "Kurt Busch won. Last week's Fontana winner finished {}, behind Denny Hamlin in 19th and Ryan Newman in 20th."
    for place in ("14th", "21st"):
        got = verdicts(mart, text.format(place), ("finish",))
        assert all(d != "Ryan Newman" for _, d, _ in got), place
    got = verdicts(mart, "Kurt Busch won. Last week's Fontana winner, Kyle Busch, finished 14th.", ("finish",))
    assert got == [("finish", "Kyle Busch", "supported")]  # the time is the description's, not the finish's


def test_the_time_winner_at_a_track(room: Any) -> None:
    mart = room.race("cup", 2014, 6)  # Johnson had eight Martinsville wins before this race
    got = verdicts(mart, "Jimmie Johnson, the eight-time Martinsville winner, finished second.", ("track_wins",))
    assert got == [("track_wins", "Jimmie Johnson", "supported")]
    got = verdicts(mart, "Jimmie Johnson, the nine-time Martinsville winner, finished second.", ("track_wins",))
    assert got == [("track_wins", "Jimmie Johnson", "contradicted")]


def test_more_ways_to_give_the_lead_in_the_standings(room: Any) -> None:
    mart = room.race("cup", 2014, 6)  # Earnhardt leads Kenseth by 9 (Edwards led Earnhardt by 1 coming in)
    for text in ("His lead over Kenseth, one point behind Edwards entering the race, grew to {} points.",
                 "The finish stretched his lead in the championship standings to {} points over Kenseth.",
                 "Earnhardt's lead in the series standings now stands at {} points."):
        text = "Dale Earnhardt Jr. finished third. " + text
        assert verdicts(mart, text.format(9), ("points_lead",)) == [
            ("points_lead", "Dale Earnhardt Jr.", "supported")], text
        assert verdicts(mart, text.format(19), ("points_lead",)) == [
            ("points_lead", "Dale Earnhardt Jr.", "contradicted")], text


def test_laps_down_and_a_drought_since_a_win(room: Any) -> None:
    mart = room.race("cup", 2014, 6)  # Gilliland 26th a lap down; Kurt Busch's last win came in 2011
    got = verdicts(mart, "David Gilliland fell two laps down and wound up 26th.", ("laps_completed",))
    assert got == [("laps_completed", "David Gilliland", "contradicted")]
    got = verdicts(mart, "Kurt Busch won, his first win since his Dover win in 2012.", ("drought",))
    assert got == [("drought", "Kurt Busch", "contradicted")]


def test_a_part_that_broke_opens_the_sentence(room: Any) -> None:
    mart = room.race("cup", 2014, 6)  # McDowell out after 474 laps (brakes)
    text = "The day was a costly one for Michael McDowell. The rear end broke in his Ford after {} laps."
    assert verdicts(mart, text.format(480), ("retirement",)) == [("retirement", "Michael McDowell", "contradicted")]
