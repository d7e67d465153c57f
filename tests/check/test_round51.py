"""Wordings from the fifty-first and fifty-second sets of reports, tests/check/round51/ and round52/ (scored in
test_sets.py). Pinned here on other races.
"""

from __future__ import annotations

from typing import Any

from test_fresh import verdicts

DARLINGTON92 = ("cup", 1992, 5)  # Elliott won; Gant 2nd in an Oldsmobile; Allison 4th, 58 points ahead before, 48 after
WILKESBORO92 = ("cup", 1992, 7)  # Davey Allison won; Elliott 20th


def test_a_series_sponsor_s_world_names_no_track(room: Any) -> None:
    got = verdicts(room.race("truck", 2022, 3), "Corey Heim won the Fr8 208, the first NASCAR Camping World Truck "
                                                "Series victory of his career.", ("career_wins",))
    assert got == [("career_wins", "Corey Heim", "supported")]


def test_a_race_he_had_won_and_one_not_won(room: Any) -> None:
    race = room.race(*DARLINGTON92)
    assert verdicts(race, "DARLINGTON, S.C. (AP) — Harry Gant had the TranSouth 500 won. Bill Elliott won.",
                    ("winner",)) == [("winner", "Bill Elliott", "supported")]
    assert verdicts(race, "Bill Elliott won. Davey Allison kept the points lead despite not having won a race since "
                          "Daytona.", ("winner",)) == [("winner", "Bill Elliott", "supported")]
    assert verdicts(race, "Bill Elliott won. Harry Gant ran second without a trip to victory lane.", ("winner",)) == [
        ("winner", "Bill Elliott", "supported")]


def test_the_lead_a_driver_leaves_with_after_the_one_he_came_with(room: Any) -> None:
    got = verdicts(room.race(*DARLINGTON92), "Davey Allison came in 58 points ahead of Elliott and leaves 50 ahead.",
                   ("points_lead",))
    assert got == [("points_lead", "Davey Allison", "supported"), ("points_lead", "Davey Allison", "contradicted")]
    got = verdicts(room.race(*DARLINGTON92), "Davey Allison leaves Darlington 50 ahead.", ("points_lead",))
    assert got == [("points_lead", "Davey Allison", "contradicted")]  # (no "points" in the sentence)


def test_only_so_many_behind_on_arrival(room: Any) -> None:
    got = verdicts(room.race(*DARLINGTON92), "Harry Gant arrived third in points and only 60 behind Allison.",
                   ("standing",))
    assert got == [("standing", "Harry Gant", "contradicted")]  # (58 behind)


def test_another_race_by_its_month_or_as_the_last_one_here(room: Any) -> None:
    race = room.race(*WILKESBORO92)
    assert verdicts(race, "Davey Allison won. It was his second win of the year, after he captured the February race "
                          "at Daytona from the sixth starting position.", ("start",)) == [
        ("start", "Davey Allison", "unverifiable")]
    # (the last race here is the track's race before this one: Earnhardt won it in the fall of 1991; round 53 taught
    # the checker to find it, where it had been left undecided)
    got = [c for c in race.check("Davey Allison won. Bill Elliott, who won the last Cup race here, was 13th.")
           if c.kind == "winner"]
    assert [(c.args.get("driver"), c.verdict) for c in got] == [("Davey Allison", "supported"),
                                                                ("Bill Elliott", "contradicted")]
    assert got[1].correction == "Dale Earnhardt won" and got[1].evidence.startswith("1991 North Wilkesboro")


def test_a_make_after_a_possessive_and_an_adjective(room: Any) -> None:
    got = verdicts(room.race(*DARLINGTON92), "Bill Elliott won, slipping past Gant's battered Ford on the last lap.",
                   ("make",))
    assert got == [("make", "Harry Gant", "contradicted")]


def test_a_team_s_cars_of_a_driver(room: Any) -> None:
    got = verdicts(room.race(*DARLINGTON92), "Ricky Rudd's car was damaged early, along with the Robert Yates "
                                             "Racing Fords of Davey Allison.", ("team",))
    assert got == [("team", "Davey Allison", "supported")]


def test_closed_to_within_and_a_winner_so_many_times_this_season(room: Any) -> None:
    race = room.race(*DARLINGTON92)
    assert verdicts(race, "Bill Elliott won. Harry Gant closed to within 50 points.", ("standing",)) == [
        ("standing", "Harry Gant", "contradicted")]
    assert verdicts(race, "Bill Elliott won. Davey Allison, a two-time winner this season, was fourth.",
                    ("season_wins",)) == [("season_wins", "Davey Allison", "contradicted")]


def test_an_engine_gone_with_so_many_laps_remaining(room: Any) -> None:
    race = room.race("cup", 1992, 1)  # Ricky Rudd out after 79 of 200 laps (a cylinder)
    got = verdicts(race, "Ricky Rudd's engine let go with 121 laps remaining. Rudd's engine let go with 110 laps "
                         "to go.", ("retirement",))
    assert got == [("retirement", "Ricky Rudd", "supported"), ("retirement", "Ricky Rudd", "contradicted")]
