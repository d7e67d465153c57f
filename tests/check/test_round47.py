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


DAYTONA92 = ("cup", 1992, 1)  # Davey Allison won; Kyle Petty 6th, Richard Petty 16th; Elliott 27th, 178 of 200 laps
DARLINGTON92 = ("cup", 1992, 5)  # Elliott won from 2nd; Davey Allison 4th, led 160, points lead 58 before, 48 after
WILKESBORO92 = ("cup", 1992, 7)  # Davey Allison won; Kulwicki, last week's Bristol winner, led 182 and was 7th


def test_a_kin_s_first_name_is_that_driver(room: Any) -> None:
    got = verdicts(room.race(*DAYTONA92), "Davey Allison won. Richard Petty's son, Kyle, finished fifth.", ("finish",))
    assert got == [("finish", "Kyle Petty", "contradicted")]


def test_laps_lasted_by_a_driver_the_sheet_has_running(room: Any) -> None:
    got = verdicts(room.race(*DAYTONA92), "Bill Elliott lasted just 178 laps.", ("retirement",))
    assert got == [("retirement", "Bill Elliott", "supported")]


def test_a_clause_after_a_semicolon_that_opens_on_no_driver(room: Any) -> None:
    got = verdicts(room.race(*DAYTONA92), "Davey Allison wins after Sterling Marlin's crash; Yates crew back in "
                                          "victory lane", ("winner",))
    assert got == [("winner", "Davey Allison", "supported")]


def test_the_standings_a_driver_came_with(room: Any) -> None:
    race = room.race(*DARLINGTON92)
    assert verdicts(race, "Davey Allison came east holding a 58-point lead.", ("points_lead",)) == [
        ("points_lead", "Davey Allison", "supported")]
    assert verdicts(race, "Harry Gant arrived 58 points behind Davey Allison.", ("standing",)) == [
        ("standing", "Harry Gant", "supported")]


def test_a_lead_to_the_good_and_a_place_after_with(room: Any) -> None:
    race = room.race(*DARLINGTON92)
    got = verdicts(race, "Davey Allison finished fourth and leaves Darlington with the lead, 50 points to the good.",
                   ("points_lead",))
    assert got == [("points_lead", "Davey Allison", "contradicted")]
    got = verdicts(race, "Bill Elliott won, with Terry Labonte fourth in points, 140 behind.", ("standing",))
    assert got == [("standing", "Terry Labonte", "contradicted")]


def test_a_sentence_that_opens_at_another_track(room: Any) -> None:
    got = verdicts(room.race(*DARLINGTON92), "Bill Elliott won. At Richmond, Elliott led 348 laps.", ("laps_led",))
    assert got == [("laps_led", "Bill Elliott", "unverifiable")]


def test_a_car_brought_home_with_a_hyphenated_word(room: Any) -> None:
    got = verdicts(room.race(*DARLINGTON92), "Dick Trickle brought his family-owned No. 8 Ford home eighth.",
                   ("finish",))
    assert got == [("finish", "Dick Trickle", "contradicted")]


def test_a_race_that_belonged_to_a_driver_and_a_hometown_with_commas(room: Any) -> None:
    race = room.race(*DARLINGTON92)
    got = verdicts(race, "Bill Elliott won. For most of the afternoon, the race belonged to Davey Allison. The "
                         "30-year-old from Hueytown, Ala., led 150 laps.", ("laps_led",))
    assert got == [("laps_led", "Davey Allison", "contradicted")]
    got = verdicts(race, "Davey Allison finished fourth. The Hueytown, Ala., driver led 150 laps.", ("laps_led",))
    assert got == [("laps_led", "Davey Allison", "contradicted")]


def test_a_driver_from_a_track_s_town_is_no_other_race(room: Any) -> None:
    got = verdicts(room.race(*DARLINGTON92), "Davey Allison finished fourth. Starting fifth, the Charlotte driver "
                                             "led 150 laps.", ("laps_led",))
    assert got == [("laps_led", "Davey Allison", "contradicted")]


def test_a_win_for_the_farmer(room: Any) -> None:
    got = verdicts(room.race(*DARLINGTON92), "Bill Elliott won. It was the 30th career Winston Cup victory for the "
                                             "Dawsonville farmer.", ("career_wins",))
    assert got == [("career_wins", "Bill Elliott", "contradicted")]


def test_that_runner_up_finish_is_one_told_before(room: Any) -> None:
    got = verdicts(room.race(*DARLINGTON92), "Bill Elliott won. Mark Martin was second at Richmond two weeks ago, "
                                             "and that runner-up finish was his best of the year.", ("runner_up",))
    assert got == []


def test_he_after_an_opening_participle(room: Any) -> None:
    got = verdicts(room.race(*DARLINGTON92), "Bill Elliott won. Starting fifth in the No. 6 Ford, he led 93 laps.",
                   ("start", "car"))
    assert got == [("start", "Bill Elliott", "contradicted"), ("car", "Bill Elliott", "contradicted")]


def test_another_race_s_winner_with_its_time_is_a_description(room: Any) -> None:
    got = verdicts(room.race(*WILKESBORO92), "Alan Kulwicki led a race-high 182 laps, but the Bristol winner from a "
                                             "week ago faded to seventh.", ("finish",))
    assert got == [("finish", "Alan Kulwicki", "supported")]


def test_a_team_in_capitals_opening_a_sentence_is_no_description(room: Any) -> None:
    got = verdicts(room.race("xfinity", 2023, 10), "Ryan Truex won. JRM placed two cars in the top three, with Sam "
                                                   "Mayer ninth after starting 22nd.", ("start",))
    assert got == [("start", "Sam Mayer", "contradicted")]


def test_more_ways_out_of_a_race_and_a_flag_taken_second(room: Any) -> None:
    race = room.race(*DAYTONA92)  # Marlin out after 91 laps (accident), Schrader too; Shepherd second
    assert verdicts(race, "Sterling Marlin was finished after 93 laps. Ken Schrader lost his car after 91 laps.",
                    ("retirement",)) == [("retirement", "Sterling Marlin", "contradicted"),
                                         ("retirement", "Ken Schrader", "supported")]
    assert verdicts(race, "Davey Allison won. Morgan Shepherd took the checkered flag third.", ("winner", "finish")) == [
        ("winner", "Davey Allison", "supported"), ("finish", "Morgan Shepherd", "contradicted")]


def test_a_surname_under_another_first_name_is_someone_else(room: Any) -> None:
    race = room.race(*DAYTONA92)  # Hut Stricklin drove Bobby Allison's No. 12 to 24th
    assert verdicts(race, "Davey Allison won. Hut Stricklin put Bobby Allison's No. 12 Chevrolet on the pole.",
                    ("pole",)) == [("pole", "Hut Stricklin", "contradicted")]
    assert verdicts(race, "Davey Allison won. Stricklin, driving for B.J. Allison, finished 22nd.", ("finish",)) == [
        ("finish", "Hut Stricklin", "contradicted")]


def test_a_trip_to_a_series_victory_lane_since(room: Any) -> None:
    got = verdicts(room.race(*DAYTONA92), "It was Allison's first trip to a Winston Cup victory lane since Phoenix "
                                          "in 1990.", ("drought",))
    assert got == [("drought", "Davey Allison", "contradicted")]


def test_a_victory_set_off_after_another_race(room: Any) -> None:
    got = verdicts(room.race(*DARLINGTON92), "Bill Elliott, who came in off a win at Atlanta, a victory he scored "
                                             "from the pole, won again.", ("pole",))  # (he started second here)
    assert got in ([], [("pole", "Bill Elliott", "supported")], [("pole", "Bill Elliott", "unverifiable")])


def test_the_story_of_the_day_is_whom_the_next_sentence_is_about(room: Any) -> None:
    got = verdicts(room.race(*DARLINGTON92), "Bill Elliott won, but the story of the day was Davey Allison. The "
                                             "30-year-old led 150 laps.", ("laps_led",))
    assert got == [("laps_led", "Davey Allison", "contradicted")]
