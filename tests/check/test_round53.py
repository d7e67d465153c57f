"""Wordings from the fifty-third and fifty-fourth sets of reports, tests/check/round53/ and round54/ (scored in
test_sets.py). Pinned here on another race: the 2025 Truck race at Homestead-Miami (Larson won from third, 22 laps
led; Riggs 2nd, Heim 3rd from the pole, Ankrum 4th, Hemric 5th, Chastain 6th; Rhodes out after 83 laps; Heim leads
Majeski by 8 after it, Majeski led Heim by 5 before it; Rhodes 11th, 78 behind).
"""

from __future__ import annotations

from typing import Any

from test_fresh import verdicts

HOMESTEAD = ("truck", 2025, 4)


def check(room: Any, text: str, *kinds: str) -> list[tuple[str, str | None, str]]:
    return verdicts(room.race(*HOMESTEAD), text, kinds)


def test_more_ways_to_move_in_the_standings(room: Any) -> None:
    assert check(room, "Majeski finished 14th but moved into second in the standings, 9 points behind Heim.",
                 "standing") == [("standing", "Ty Majeski", "contradicted")]
    assert check(room, "It was enough to move Majeski from first to second in the standings, 9 points behind Heim.",
                 "standing") == [("standing", "Ty Majeski", "contradicted")]
    assert check(room, "Rhodes crashed. The crash dropped him from sixth to 12th, 80 out.", "standing") == [
        ("standing", "Ben Rhodes", "contradicted")]


def test_the_standings_he_was_in_coming_in(room: Any) -> None:
    assert check(room, "Larson won. Ty Majeski, who was first in points coming in, struggled.", "standing") == [
        ("standing", "Ty Majeski", "supported")]


def test_a_description_after_a_sentence_about_him_alone(room: Any) -> None:
    # ("At Homestead he ...": "he" after an opening phrase keeps the driver before; "favorite" describes a person)
    text = ("Kyle Larson had waited a long time. At Homestead he finally broke through. The Elk Grove veteran wheeled "
            "the No. 07 to victory, leading 22 laps.")
    assert check(room, text, "laps_led") == [("laps_led", "Kyle Larson", "contradicted")]
    text = "Larson won. Ben Rhodes took up the chase. The Kentucky favorite led 22 laps before his engine let go."
    assert check(room, text, "laps_led") == [("laps_led", "Ben Rhodes", "contradicted")]
    # a description with a town and a relative clause, the name after it an object ("runner-up Layne Riggs")
    text = ("It was the fourth Truck win of Larson's career. The 32-year-old Elk Grove, Calif., driver, who started "
            "fifth, finished ahead of runner-up Layne Riggs.")
    assert check(room, text, "start") == [("start", "Kyle Larson", "contradicted")]


def test_idioms_that_are_no_future_and_no_hedge(room: Any) -> None:
    assert check(room, "Larson led 22 laps and pulled away at will.", "laps_led") == [
        ("laps_led", "Kyle Larson", "contradicted")]
    assert check(room, "Rhodes led early and looked like the man to beat until his engine let go after 85 laps.",
                 "retirement") == [("retirement", "Ben Rhodes", "contradicted")]


def test_firsts_by_track_series_and_season(room: Any) -> None:
    assert check(room, "Hemric came away with his first top-five truck finish since 2016.", "drought",
                 "career_first") == [("drought", "Daniel Hemric", "supported")]
    assert check(room, "Larson won for his first career truck win at Homestead.", "track_wins", "career_first") == [
        ("track_wins", "Kyle Larson", "supported")]
    assert check(room, "Daniel Hemric was fifth, the first top-five finish of his career.", "career_first") == [
        ("career_first", "Daniel Hemric", "contradicted")]
    assert check(room, "Corey Heim started on the pole, the first of his career.", "career_first") == [
        ("career_first", "Corey Heim", "contradicted")]
    assert check(room, "Riggs was second. It was Riggs' first top-five finish of the season.", "career_first") == [
        ("career_first", "Layne Riggs", "contradicted")]  # (fifth at Las Vegas)
    assert check(room, "Tyler Ankrum was fourth. It was his first top-10 finish of the season.", "career_first") == [
        ("career_first", "Tyler Ankrum", "contradicted")]


def test_career_counts_far_from_the_win_and_with_an_adjective(room: Any) -> None:
    assert check(room, "Larson won. It was the fourth of Larson's brief Truck Series career.", "career_wins") == [
        ("career_wins", "Kyle Larson", "supported")]
    text = ("The victory was Larson's first of the season, lifting Spire Motorsports in the owner standings, and the "
            "fifth of his Truck Series career.")
    assert check(room, text, "career_wins") == [("career_wins", "Kyle Larson", "contradicted")]


def test_two_finishes_for_one_driver_leave_the_wrong_one_undecided(room: Any) -> None:
    text = "Larson won. Ross Chastain, who came in second, had a long night: he finished sixth."
    assert check(room, text, "finish") == [("finish", "Ross Chastain", "unverifiable"),
                                           ("finish", "Ross Chastain", "supported")]


def test_no_claim_of_this_race_in_these(room: Any) -> None:
    assert check(room, "Larson won, spoiling the afternoon for the 22-year-old pole sitter.", "pole") == []
    assert check(room, "Riggs ran well. He had been knocking on the door, finishing third three times.",
                 "finish") == []
    assert check(room, "Chastain finished seventh in the 500.", "finish") == [
        ("finish", "Ross Chastain", "unverifiable")]  # another race, by its distance
    assert check(room, "Larson won, giving Chevrolet its second consecutive Truck Series win.", "win_streak") == []
    assert check(room, "Heim won the Fr8 Chevrolet 250 at Atlanta last week in a Toyota.", "make") == [
        ("make", "Corey Heim", "supported")]  # (a make in another race's name is no make)


def test_a_team_s_count_with_no_noun_and_a_place_held_in_the_table(room: Any) -> None:
    got = check(room, "Kyle Larson won. The win was Spire Motorsports' 10th in the series.", "team_wins")
    assert got == [("team_wins", None, "contradicted")]  # (its seventh)
    text = "Heim leads Majeski by 8 points. Chandler Smith is third, 27 back, and Grant Enfinger holds fifth."
    assert check(room, text, "standing")[-1] == ("standing", "Grant Enfinger", "contradicted")  # (fourth)


def test_the_races_he_had_won_before_this_one(room: Any) -> None:
    # (the places listed are those races' tracks; Busch won at Atlanta, Heim at Las Vegas)
    assert check(room, "Heim had won the previous two races at Atlanta and Las Vegas.", "win_streak") == [
        ("win_streak", "Corey Heim", "contradicted")]
    assert check(room, "Larson won. Corey Heim, who had won two of the previous three races, was third.",
                 "win_streak") == []
    # ("has won the last two ... at Homestead", of this race's winner: this one and the one before here, Enfinger's)
    assert check(room, "Larson has now won the last two Truck Series races at Homestead.", "win_streak") == [
        ("win_streak", "Kyle Larson", "contradicted")]
    # (a car's streak is no driver's)
    assert check(room, "Larson won. The No. 11 Toyota, which had won the previous two races, ran third.",
                 "win_streak") == []


def test_the_spring_race_here_and_the_last_race_run_here(room: Any) -> None:
    fall = room.race("cup", 1992, 25)  # North Wilkesboro, Geoff Bodine won; Davey Allison won there in the spring
    got = verdicts(fall, "Geoff Bodine won. Davey Allison, who won the spring race here, ran 11th. Bill Elliott, who "
                         "won here in the spring, ran sixth.", ("winner",))
    assert got == [("winner", "Geoff Bodine", "supported"), ("winner", "Davey Allison", "supported"),
                   ("winner", "Bill Elliott", "contradicted")]
    spring = room.race("cup", 1992, 7)  # the race before it there: fall 1991, Earnhardt won, Gant on the pole
    got = verdicts(spring, "Davey Allison won. Dale Earnhardt had won the last Grand National race run here, "
                           "starting from the pole that day.", ("winner", "pole"))
    assert got == [("winner", "Davey Allison", "supported"), ("winner", "Dale Earnhardt", "supported"),
                   ("pole", "Dale Earnhardt", "contradicted")]  # ("Grand National" names no Grand River Speedrome)
