"""Wordings from the forty-first and forty-second sets of reports, tests/check/round41/ and round42/ (scored in
test_sets.py).

Twenty-four reports, Cup 1953, 1969, 1983, 1992, 2003, 2010, 2019 and 2022, Busch/Xfinity 1982, 1988, 1996, 2002,
2008, 2013, 2019 and 2023, and Truck 1995, 1999, 2004, 2009, 2014, 2017, 2020 and 2023. Scored once before any
change: round 41 contradicted precision 0.89 (54/61), recall 0.92 (55/60), one wrong "supported"; round 42
precision 0.90 (53/59), recall 0.90 (53/59) (docs/checker.md, "Forty-first and forty-second rounds"). Pinned here on
other races.
"""

from __future__ import annotations

from typing import Any

from test_fresh import verdicts


def test_winner_of_another_race_set_off_by_commas_is_an_aside(room: Any) -> None:
    mart = room.race("cup", 2014, 6)  # Kyle Busch from the pole to 14th; he had won at Fontana
    got = verdicts(mart, "Kyle Busch, winner of the previous race at Fontana, started first and finished 14th.",
                   ("start", "finish"))
    assert got == [("start", "Kyle Busch", "supported"), ("finish", "Kyle Busch", "supported")]


def test_a_participle_after_another_race_s_time_is_that_race_s(room: Any) -> None:
    mart = room.race("cup", 2014, 6)  # Johnson led 296 here
    got = verdicts(mart, "Johnson was the man to beat here a year ago, leading 346 laps, but came away fifth that day.",
                   ("laps_led",))
    assert got != [("laps_led", "Jimmie Johnson", "contradicted")]


def test_a_career_best_with_the_wrong_place(room: Any) -> None:
    mart = room.race("cup", 2012, 6)  # Allmendinger second, a career best
    got = verdicts(mart, "A.J. Allmendinger took a career-best third. A.J. Allmendinger took a career-best second.",
                   ("career_best",))
    assert got == [("career_best", "A.J. Allmendinger", "contradicted"),
                   ("career_best", "A.J. Allmendinger", "supported")]


def test_had_been_runner_up_is_another_race(room: Any) -> None:
    mart = room.race("cup", 2014, 6)  # Kurt Busch won here
    got = verdicts(mart, "Kurt Busch won. Before that he had been runner-up to Kevin Harvick at Phoenix.",
                   ("runner_up",))
    assert got == [("runner_up", "Kurt Busch", "unverifiable")]


def test_the_next_race_after_another_is_this_one(room: Any) -> None:
    mart = room.race("cup", 2014, 6)
    assert verdicts(mart, "Kurt Busch won. The win came in the very next race after a frustrating afternoon at "
                          "Fontana.", ("next_race",)) == []


def test_a_list_goes_on_after_another_race_s_time(room: Any) -> None:
    mart = room.race("cup", 2014, 6)  # Kurt Busch's first win of 2014
    got = verdicts(mart, "It was Kurt Busch's 25th career win, his second at Martinsville after a win here in 2002 and "
                         "his first of the season.", ("season_wins",))
    assert got == [("season_wins", "Kurt Busch", "supported")]


def test_a_first_top_five_last_week_is_that_race_s(room: Any) -> None:
    mart = room.race("cup", 2014, 6)  # Dillon 15th here, 11th at Fontana the week before
    claims = [c for c in mart.check("Austin Dillon ran fifth last week at Fontana for his first career top-five "
                                    "finish.") if c.kind == "career_first"]
    assert [c.verdict for c in claims] == ["contradicted"] and claims[0].evidence.startswith("2014 Auto Club")


def test_a_team_s_win_streak(room: Any) -> None:
    mart = room.race("cup", 2012, 6)  # Newman won for Stewart-Haas, which won at Fontana with Stewart the week before
    got = verdicts(mart, "Ryan Newman's win made it two straight for Stewart-Haas Racing. Newman's win made it three "
                         "straight for Stewart-Haas Racing.", ("win_streak",))
    assert got == [("win_streak", "Ryan Newman", "supported"), ("win_streak", "Ryan Newman", "contradicted")]


def test_came_in_protecting_a_lead(room: Any) -> None:
    mart = room.race("cup", 2014, 6)  # Edwards led Earnhardt by one point after Fontana; Earnhardt leads after this
    got = verdicts(mart, "Carl Edwards came to Martinsville protecting a one-point cushion.", ("points_lead",))
    assert got == [("points_lead", "Carl Edwards", "supported")]


def test_a_comparison_with_another_race_keeps_its_time_to_itself(room: Any) -> None:
    mart = room.race("cup", 2014, 6)  # Johnson led 296 and was second
    got = verdicts(mart, "Johnson led 296 laps and settled for second, one spot better than his third-place finish "
                         "here a year ago.", ("laps_led", "finish"))
    assert got[:2] == [("laps_led", "Jimmie Johnson", "supported"), ("finish", "Jimmie Johnson", "supported")]


def test_laps_down_after_a_name(room: Any) -> None:
    mart = room.race("cup", 2014, 6)  # Larson 498 of 500 laps
    got = verdicts(mart, "Kyle Larson, two laps down in the No. 42 Chevrolet, finished 27th. Kyle Larson, three laps "
                         "down, finished 27th.", ("laps_completed",))
    assert got == [("laps_completed", "Kyle Larson", "supported"), ("laps_completed", "Kyle Larson", "contradicted")]


def test_a_nickname_in_quotes_is_no_speech(room: Any) -> None:
    race = room.race("cup", 1985, 4)  # Elliott's sixth Cup win
    got = verdicts(race, 'Bill Elliott won. Cale Yarborough was second. It was the seventh career victory for '
                         '"Awesome Bill," who led most of the way.', ("career_wins",))
    assert got == [("career_wins", "Bill Elliott", "contradicted")]


def test_how_many_laps_the_most_was(room: Any) -> None:
    mart = room.race("cup", 2014, 6)  # Johnson led the most, 296
    got = verdicts(mart, "Jimmie Johnson led the most laps \u2014 300 in all.", ("most_laps_led", "laps_led"))
    assert got == [("most_laps_led", "Jimmie Johnson", "supported"), ("laps_led", "Jimmie Johnson", "contradicted")]


def test_moving_up_in_the_table(room: Any) -> None:
    mart = room.race("cup", 2014, 6)  # Johnson fifth after this race; Earnhardt first
    got = verdicts(mart, "Earnhardt leads the standings by nine points over Kenseth. Edwards is third, 10 back, and "
                         "Johnson moved up to sixth after the race.", ("standing",))
    assert got == [("standing", "Carl Edwards", "supported"), ("standing", "Jimmie Johnson", "contradicted")]
    got = verdicts(mart, "Earnhardt climbs to first in the driver standings.", ("standing",))
    assert got == [("standing", "Dale Earnhardt Jr.", "supported")]


def test_a_name_in_a_subordinate_clause_leaves_the_description_its_own(room: Any) -> None:
    mart = room.race("cup", 2014, 6)  # Kurt Busch from 22nd
    got = verdicts(mart, "Kurt Busch led only 23 laps all day. The 35-year-old started 20th and was there to win it "
                         "when Johnson slipped.", ("start",))
    assert got == [("start", "Kurt Busch", "contradicted")]
