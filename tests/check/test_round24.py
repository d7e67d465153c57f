"""Wordings from the twenty-fourth set of reports, tests/check/round24/ (scored in test_sets.py).

Twelve reports, Cup 1955, 1959, 2004 and 2020, Busch 1983, 1995 and 2002, Nationwide 2012, and Truck 2005, 2010,
2016 and 2024. Scored once before any change: contradicted precision 0.83 (50/60, under), recall 0.89 (50/56), no
wrong "supported" (docs/checker.md, "Twenty-third and twenty-fourth rounds"). Pinned here on other races.
"""

from __future__ import annotations

from typing import Any

from test_fresh import verdicts


def test_the_next_race_by_its_name(room: Any) -> None:
    day = room.race("cup", 2008, 1)  # next: the Auto Club 500 at what the data calls Auto Club Speedway
    got = verdicts(day, "The series moves on to California Speedway for the Auto Club 500 next weekend.",
                   ("next_race",))
    assert got == [("next_race", None, "supported")]  # the track's name of the day, and the race's own


def test_objects_kin_and_appositives(room: Any) -> None:
    mart = room.race("cup", 2014, 6)  # Kyle Busch led 22 laps; Johnson 296; Earnhardt No. 88 ran 500 laps
    got = verdicts(mart, "Kurt Busch won. Kyle Busch was the only driver with anything for Johnson late, leading 30 "
                         "laps.", ("laps_led",))
    assert got == [("laps_led", "Kyle Busch", "contradicted")]
    got = verdicts(mart, "Kurt Busch beat Jimmie Johnson, this year's Daytona 500 runner-up, who led 290 laps.",
                   ("laps_led",))
    assert got == [("laps_led", "Jimmie Johnson", "contradicted")]
    got = verdicts(mart, "Dale Earnhardt Jr.'s 21-year-old son had a short day. His No. 88 Chevrolet lasted just "
                         "300 laps.", ("retirement", "car"))
    assert got == []  # the son is no driver of the race: nobody the data can judge


def test_words_that_define_a_description_or_win_no_race(room: Any) -> None:
    mart = room.race("cup", 2014, 6)  # Johnson led the most laps, second
    got = verdicts(mart, "Kurt Busch won. The man who led the most laps finished second.", ("most_laps_led",))
    assert [v for *_, v in got] == ["unverifiable"]
    got = verdicts(mart, "Jeff Gordon lost the battle, won the war", ("winner",))
    assert got == []


def test_a_car_in_an_aside_about_another_race(room: Any) -> None:
    mart = room.race("cup", 2014, 6)  # Logano: No. 22 Ford, fourth; he won at Bristol in 2013 (round 23)
    got = verdicts(mart, "Kurt Busch won. Joey Logano, driving the No. 22 Ford in which he won at Bristol a year "
                         "ago, finished fourth.", ("car", "make", "finish"))
    assert got == [("car", "Joey Logano", "unverifiable"), ("make", "Joey Logano", "unverifiable"),
                   ("finish", "Joey Logano", "supported")]


def test_a_day_named_on_a_doubleheader_weekend(room: Any) -> None:
    poc = room.race("cup", 2020, 15)  # Sunday at Pocono: Hamlin won, Harvick second, Jones third
    got = verdicts(poc, "Denny Hamlin won. Erik Jones, the runner-up on Saturday, ran well.", ("runner_up",))
    assert [v for *_, v in got] == ["unverifiable"]
    got = verdicts(poc, "Denny Hamlin won. Erik Jones, the runner-up, ran well.", ("runner_up",))
    assert [v for *_, v in got] == ["contradicted"]


def test_more_standings_wordings(room: Any) -> None:
    mart = room.race("cup", 2014, 6)  # Earnhardt leads Kenseth by 9; Gordon fourth, 11 back
    text = ("Kenseth trimmed his rival's lead to 12 points. Gordon did enough to lock down fourth in the standings, "
            "11 points behind Earnhardt. Earnhardt leads the point standings by nine points over the Roush driver.")
    got = verdicts(mart, text, ("standing", "points_lead"))
    assert got == [("standing", "Matt Kenseth", "contradicted"), ("standing", "Jeff Gordon", "supported"),
                   ("points_lead", "Dale Earnhardt Jr.", "supported")]


def test_a_retirement_list_is_read_one_clause_at_a_time(room: Any) -> None:
    mart = room.race("cup", 2014, 6)  # McDowell out after 474 laps (brakes), Nemechek after 310
    got = verdicts(mart, "Michael McDowell's brakes sent him behind the wall, and Joe Nemechek crashed out after "
                         "just 310 laps.", ("retirement",))
    assert got == [("retirement", "Joe Nemechek", "supported")]
