"""Wordings from the twenty-third set of reports, tests/check/round23/ (scored in test_sets.py).

Twelve reports, Cup 1950, 1961, 1975 and 2017, Busch 1987 and 1997, Xfinity 2005 and 2019, and Truck 1999, 2004,
2013 and 2021. Scored once before any change: contradicted precision 0.91 (50/55), recall 0.86 (50/58), no wrong
"supported" (docs/checker.md, "Twenty-third and twenty-fourth rounds"). Pinned here on other races.
"""

from __future__ import annotations

from typing import Any

from test_fresh import verdicts


def test_laps_down_after_a_finish_in_the_clause(room: Any) -> None:
    mart = room.race("cup", 2014, 6)  # 500 laps: Earnhardt third on the lead lap; Ragan 28th, 497 laps
    got = verdicts(mart, "Earnhardt was third in the Hendrick Chevrolet, one lap down. Larson was 27th, Ragan 28th, "
                         "three laps down.", ("laps_completed",))
    assert got == [("laps_completed", "Dale Earnhardt Jr.", "contradicted"),
                   ("laps_completed", "David Ragan", "supported")]


def test_laps_led_in_a_part_of_the_race(room: Any) -> None:
    mart = room.race("cup", 2014, 6)  # Johnson led 296, Kurt Busch 23, Logano 39
    text = ("Johnson led 290 laps in the middle stages. Kurt Busch led 30 laps in the middle of the race before "
            "falling back. The only driver who seemed able to run with him was Joey Logano, who led 45 laps.")
    got = verdicts(mart, text, ("laps_led",))
    assert got == [("laps_led", "Jimmie Johnson", "unverifiable"),  # 290 of his 296 may have come then
                   ("laps_led", "Kurt Busch", "contradicted"), ("laps_led", "Joey Logano", "contradicted")]


def test_another_car_and_a_car_sent_to_the_garage(room: Any) -> None:
    mart = room.race("cup", 2014, 6)  # Johnson started fourth; Nemechek out after 310 laps, McDowell after 474
    got = verdicts(mart, "Jimmie Johnson was second in another Chevrolet after starting fifth.", ("start",))
    assert got == [("start", "Jimmie Johnson", "contradicted")]
    got = verdicts(mart, "Michael McDowell was collected after 470 laps. A crash sent Joe Nemechek's Toyota to the "
                         "garage after just 300 laps, and Kyle Busch finished 14th.", ("retirement",))
    assert got == [("retirement", "Michael McDowell", "unverifiable"),  # a crash he may have driven on from
                   ("retirement", "Joe Nemechek", "contradicted")]


def test_other_times_in_passing(room: Any) -> None:
    mart = room.race("cup", 2014, 6)  # Kurt Busch No. 41; Johnson second; Logano fourth
    text = ("Kurt Busch won. Busch had been running a No. 78 Chevrolet for Furniture Row. Johnson finished 12th a "
            "year after he won here. Logano finished fourth here in 2013, ran third at Bristol and won at Texas.")
    got = verdicts(mart, text, ("car", "finish"))
    assert got == [("car", "Kurt Busch", "unverifiable"), ("finish", "Jimmie Johnson", "contradicted"),
                   ("finish", "Joey Logano", "unverifiable"), ("finish", "Joey Logano", "unverifiable")]


def test_the_place_after_a_claim_decides_the_other_race(room: Any) -> None:
    race = room.race("xfinity", 1997, 27)  # Bessey started from the pole at Gateway (round 20)
    got = verdicts(race, "Joe Bessey was strong. His best run this year had been a sixth at Nazareth, although he "
                         "did put the car on the pole at Gateway. Elliott Sadler won the pole at Gateway.", ("pole",))
    assert got == [("pole", "Joe Bessey", "supported"), ("pole", "Elliott Sadler", "contradicted")]


def test_a_first_career_pole(room: Any) -> None:
    mart = room.race("cup", 2014, 6)  # Kyle Busch on the pole, not his first; Hamlin started second
    got = verdicts(mart, "Kyle Busch won his first career pole. Denny Hamlin won his first career pole.",
                   ("career_first",))
    assert got == [("career_first", "Kyle Busch", "contradicted"), ("career_first", "Denny Hamlin", "contradicted")]
    day = room.race("cup", 2013, 1)  # Danica Patrick's first Cup pole (2013 Daytona 500)
    got = verdicts(day, "Danica Patrick, who won her first career pole, finished eighth.", ("career_first",))
    assert got == [("career_first", "Danica Patrick", "supported")]
