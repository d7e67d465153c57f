"""Wordings from the twenty-second set of reports, tests/check/round22/ (scored in test_sets.py).

Twelve reports, Cup 1967, 1973, 1982 and 2022, Busch 1984 and 1999, Nationwide 2008, Xfinity 2024, and Truck
1997, 2008, 2014 and 2019. Scored once before any change: contradicted precision 0.89 (50/56, just under), recall
0.83 (50/60), no wrong "supported" (docs/checker.md, "Twenty-first and twenty-second rounds"). Pinned here on
other races.
"""

from __future__ import annotations

from typing import Any

from test_fresh import verdicts


def test_a_victory_for_a_description_is_the_winner_s(room: Any) -> None:
    mart = room.race("cup", 2014, 6)  # Kurt Busch won, his 25th career win; Johnson led 296 laps
    got = verdicts(mart, "Jimmie Johnson led 296 laps. It was the 24th career victory for the 35-year-old veteran.",
                   ("career_wins",))
    assert got == [("career_wins", "Kurt Busch", "contradicted")]


def test_wins_that_are_not_this_race_won(room: Any) -> None:
    mart = room.race("cup", 2014, 6)
    got = verdicts(mart, "Kyle Busch, who has yet to win at Martinsville, finished 14th. Jimmie Johnson won the one "
                         "that mattered.", ("winner",))
    assert got == []
    south = room.race("cup", 1973, 22)  # Yarborough won; Pearson won both Atlanta races (rounds 6 and 19)
    got = verdicts(south, "Pearson won the Atlanta 500. Pearson won at Atlanta three weeks ago. David Pearson won at "
                          "Atlanta earlier this season. Cale Yarborough won the Southern 500.", ("winner",))
    assert got == [("winner", "David Pearson", "supported"), ("winner", "David Pearson", "supported"),
                   ("winner", "David Pearson", "unverifiable"), ("winner", "Cale Yarborough", "supported")]


def test_there_in_an_aside_points_back_at_the_other_race(room: Any) -> None:
    mart = room.race("cup", 2014, 6)  # Hamlin 19th here; Kyle Busch on the pole here
    got = verdicts(mart, "A crash at Bristol two weeks ago left Carl Edwards unscathed and let Denny Hamlin, who "
                         "started from the pole there and finished sixth, gain ground.", ("pole", "finish"))
    assert got == [("pole", "Denny Hamlin", "supported"), ("finish", "Denny Hamlin", "supported")]
    got = verdicts(mart, "Carl Edwards won at Bristol two weeks ago, and Denny Hamlin, who started from the pole "
                         "there and finished sixth, was 19th here.", ("pole", "finish"))
    assert got == [("pole", "Denny Hamlin", "unverifiable"), ("finish", "Denny Hamlin", "unverifiable"),
                   ("finish", "Denny Hamlin", "supported")]


def test_standings_a_driver_came_to_the_track_with(room: Any) -> None:
    mart = room.race("cup", 2014, 6)  # after round 5: Johnson sixth, 21 back; Kenseth fifth
    got = verdicts(mart, "Jimmie Johnson, who came to Martinsville 21 points behind, left fifth. Matt Kenseth came "
                         "to Virginia fourth in points.", ("standing",))
    assert got == [("standing", "Jimmie Johnson", "supported"), ("standing", "Matt Kenseth", "contradicted")]


def test_a_participle_before_a_description(room: Any) -> None:
    mart = room.race("cup", 2014, 6)  # Kyle Busch on the pole, led 22 laps
    got = verdicts(mart, "Kyle Busch was on the pole. Starting from the pole in the No. 18 Toyota, the Las Vegas "
                         "native led 30 laps.", ("laps_led",))
    assert got == [("laps_led", "Kyle Busch", "contradicted")]  # a hometown is no other race


def test_a_team_s_car_and_a_team_opening_a_sentence(room: Any) -> None:
    poc = room.race("cup", 2023, 21)  # 23XI: Reddick No. 45 (second), Wallace No. 23
    got = verdicts(poc, "Tyler Reddick finished second in 23XI Racing's No. 23 Toyota.", ("car",))
    assert got == [("car", "Tyler Reddick", "contradicted")]
    dar = room.race("xfinity", 2024, 10)  # Sammy Smith (JR Motorsports, No. 8) out after 192 laps
    got = verdicts(dar, "JR Motorsports had a day to forget: Sammy Smith's No. 8 was collected in a crash and out "
                        "after 190 laps.", ("retirement",))
    assert got == [("retirement", "Sammy Smith", "contradicted")]
