"""Wordings from the twenty-ninth set of reports, tests/check/round29/ (scored in test_sets.py).

Twelve reports, Cup 1963, 1979, 1998 and 2022, Busch 1985 and 1995, Nationwide 2008, Xfinity 2017, and Truck
1998, 2004, 2014 and 2022. Scored once before any change: contradicted precision 0.92 (45/49), recall 0.76
(45/59), no wrong "supported" (docs/checker.md, "Twenty-ninth and thirtieth rounds"). Pinned here on other races.
"""

from __future__ import annotations

from typing import Any

from test_fresh import verdicts


def test_a_car_s_first_win_named_by_its_owner_or_as_that_number(room: Any) -> None:
    mart = room.race("cup", 2014, 6)  # Kurt Busch won in the No. 41, its 23rd Cup win
    for words in ("It was the first Cup Series win for Stewart-Haas Racing's No. 41.",
                  "It was the first Cup Series win for the Stewart-Haas No. 41."):
        got = verdicts(mart, "Kurt Busch won. " + words, ("car_first_win", "car"))
        # the true car inside the false first win is no claim of its own
        assert ("car_first_win", None, "contradicted") in got and ("car", "Kurt Busch", "supported") not in got, words
    got = verdicts(mart, "Kurt Busch won. The victory in the No. 41 Chevrolet was the first Cup Series win ever for "
                         "that number.", ("car_first_win", "car"))
    assert got == [("car", "Kurt Busch", "supported"), ("car_first_win", None, "contradicted")]


def test_his_wins_at_a_track_are_not_his_career(room: Any) -> None:
    mart = room.race("cup", 2014, 6)  # Kurt Busch's 25th career win, his second at Martinsville
    got = verdicts(mart, "It was Kurt Busch's 25th career victory and the second of his career at Martinsville.",
                   ("career_wins",))
    assert got == [("career_wins", "Kurt Busch", "supported")]


def test_a_top_five_run_since_a_year_is_a_drought(room: Any) -> None:
    mart = room.race("cup", 2014, 6)  # Ambrose fifth; his previous top five came in 2014
    got = verdicts(mart, "Marcos Ambrose finished fifth, his first top-five run in the series since 2013.",
                   ("drought", "career_first"))
    assert got == [("drought", "Marcos Ambrose", "contradicted")]


def test_began_the_day_in_points_is_the_table_before(room: Any) -> None:
    mart = room.race("cup", 2014, 6)  # after round 5 Kenseth was fifth; after round 6 second
    got = verdicts(mart, "Matt Kenseth, who began the day fifth in points, finished sixth.", ("standing", "finish"))
    assert got == [("standing", "Matt Kenseth", "supported"), ("finish", "Matt Kenseth", "supported")]


def test_the_race_belonged_to_after_an_opening_phrase(room: Any) -> None:
    mart = room.race("cup", 2014, 6)  # Johnson led 296 laps and finished second
    text = ("Dale Earnhardt Jr. finished third and Joey Logano fourth. For much of the day the race belonged to "
            "Johnson. Starting fourth, he dominated, leading 296 laps. But his car went loose over the final run and "
            "he slid back to {}.")
    assert verdicts(mart, text.format("second"), ("finish",))[-1] == ("finish", "Jimmie Johnson", "supported")
    assert verdicts(mart, text.format("fifth"), ("finish",))[-1] == ("finish", "Jimmie Johnson", "contradicted")


def test_a_car_opens_the_sentence_with_his(room: Any) -> None:
    mart = room.race("cup", 2014, 6)  # Logano started third in the No. 22
    text = "Joey Logano and Jeff Gordon both struggled early. His No. 22 Ford rolled off {}, yet he finished fourth."
    assert verdicts(mart, text.format("third"), ("start",)) == [("start", "Joey Logano", "supported")]
    assert verdicts(mart, text.format("fifth"), ("start",)) == [("start", "Joey Logano", "contradicted")]


def test_a_charge_from_the_grid_in_a_clause(room: Any) -> None:
    mart = room.race("cup", 2014, 6)  # Earnhardt started 26th, finished third
    got = verdicts(mart, "Kurt Busch won, and Dale Earnhardt Jr., who charged from 24th, finished third.", ("start",))
    assert got == [("start", "Dale Earnhardt Jr.", "contradicted")]
    got = verdicts(mart, "Dale Earnhardt Jr. climbed from 26th on the starting grid to third.", ("start",))
    assert got == [("start", "Dale Earnhardt Jr.", "supported")]


def test_more_ways_to_give_a_place_in_the_standings(room: Any) -> None:
    mart = room.race("cup", 2014, 6)  # Gordon fourth, 11 behind; Logano eighth, 40 behind; Earnhardt leads by 9
    got = verdicts(mart, "Gordon's run lifted him to fourth, 11 points out of first. Joey Logano ended eighth in points, "
                         "41 back.", ("standing",))
    assert got == [("standing", "Jeff Gordon", "supported"), ("standing", "Joey Logano", "contradicted")]
    got = verdicts(mart, "Earnhardt left with his lead in the standings stretched to 19 points over Kenseth.",
                   ("points_lead",))
    assert got == [("points_lead", "Dale Earnhardt Jr.", "contradicted")]
    got = verdicts(mart, "Newman's run lifted him to 10th, one point behind Austin Dillon.", ("standing",))
    assert got == [("standing", "Ryan Newman", "contradicted")]  # five points behind Dillon


def test_it_was_the_count_of_his_career(room: Any) -> None:
    mart = room.race("cup", 2014, 6)  # Kurt Busch's 25th career win
    text = ("Kurt Busch, who started 22nd, led 23 laps and beat Jimmie Johnson to the line. It was the {} Cup "
            "victory of his career.")
    assert verdicts(mart, text.format("25th"), ("career_wins",)) == [("career_wins", "Kurt Busch", "supported")]
    assert verdicts(mart, text.format("26th"), ("career_wins",)) == [("career_wins", "Kurt Busch", "contradicted")]
