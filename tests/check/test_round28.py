"""Wordings from the twenty-eighth set of reports, tests/check/round28/ (scored in test_sets.py).

Twelve reports, Cup 1960, 1976, 1995 and 2019, Xfinity 1990, 2003, 2009 and 2020, and Truck 1998, 2001, 2011 and
2020. Scored once before any change: contradicted precision 0.83 (43/52), recall 0.74 (43/58), no wrong "supported"
(docs/checker.md, "Twenty-seventh and twenty-eighth rounds"). Pinned here on other races.
"""

from __future__ import annotations

from typing import Any

from test_fresh import verdicts


def test_a_car_at_the_end_of_a_relative_clause_is_its_driver_s(room: Any) -> None:
    mart = room.race("cup", 2014, 6)  # Johnson second (Hendrick Chevrolet); Ambrose fifth (No. 9 Ford)
    text = ("Kurt Busch took the lead from Jimmie Johnson, who settled for second, a few car lengths back, in the "
            "Hendrick Motorsports Chevrolet. Busch beat Marcos Ambrose, who ran fifth, in the No. 9 Ford.")
    got = verdicts(mart, text, ("team", "make", "car"))
    assert got == [("team", "Jimmie Johnson", "supported"), ("make", "Jimmie Johnson", "supported"),
                   ("car", "Marcos Ambrose", "supported"), ("make", "Marcos Ambrose", "supported")]


def test_a_name_after_a_title_and_alongside_is_an_object(room: Any) -> None:
    mart = room.race("cup", 2014, 6)  # Kyle Busch on the pole; Logano led 39 laps in the No. 22 Ford
    text = ("Joey Logano finished fourth. Logano, the Middletown, Conn., driver who rolled off alongside pole-sitter "
            "Kyle Busch, ran up front in the No. 22 Ford. He led 39 laps.")
    got = verdicts(mart, text, ("pole", "car", "make", "laps_led"))
    assert got == [("pole", "Kyle Busch", "supported"), ("car", "Joey Logano", "supported"),
                   ("make", "Joey Logano", "supported"), ("laps_led", "Joey Logano", "supported")]


def test_laps_down_keep_a_slide_in_the_race(room: Any) -> None:
    mart = room.race("cup", 2014, 6)  # Edwards third in points after; Kyle Busch 14th on the lead lap
    text = "Carl Edwards slipped to third in points. Kyle Busch, who started from the pole, slipped to 14th, a lap down."
    got = verdicts(mart, text, ("standing", "finish", "laps_completed"))
    assert got == [("standing", "Carl Edwards", "supported"), ("finish", "Kyle Busch", "supported"),
                   ("laps_completed", "Kyle Busch", "contradicted")]


def test_one_name_of_a_joint_entry_is_the_team(room: Any) -> None:
    nash = room.race("truck", 2011, 12)  # Bodine sixth for "Randy Moss Motorsports / Germain Racing"
    assert verdicts(nash, "Todd Bodine finished sixth for Germain Racing.", ("team",)) == [
        ("team", "Todd Bodine", "supported")]


def test_a_closing_participle_holds_its_own_time(room: Any) -> None:
    mart = room.race("truck", 2020, 22)  # Enfinger's fourth win of 2020, the first at Las Vegas in February
    text = "Grant Enfinger won at Martinsville. It was his {} win of the season, starting with his triumph at Las Vegas in February."
    assert verdicts(mart, text.format("fourth"), ("season_wins",)) == [("season_wins", "Grant Enfinger", "supported")]
    assert verdicts(mart, text.format("third"), ("season_wins",)) == [
        ("season_wins", "Grant Enfinger", "contradicted")]


def test_a_team_s_drought_is_not_its_driver_s(room: Any) -> None:
    mart = room.race("cup", 2014, 6)  # Kurt Busch's first win since 2011; Stewart-Haas won at Phoenix two races before
    text = ("Kurt Busch won. It was also Stewart-Haas Racing's first win since 2012, and the first trophy of the year "
            "for Busch. It was Busch's first win since 2011.")
    # the team's drought is the team's (judged on the team's own wins since commit 659bb6d: false), not Busch's
    assert verdicts(mart, text, ("drought",)) == [("drought", None, "contradicted"),
                                                 ("drought", "Kurt Busch", "supported")]


def test_a_car_spoken_of_is_not_the_speaker_s(room: Any) -> None:
    mart = room.race("cup", 2014, 6)  # Johnson in the No. 48
    text = '"We just could not pass him," Johnson said of the No. 41. Johnson drove the No. 48.'
    assert verdicts(mart, text, ("car",)) == [("car", "Jimmie Johnson", "supported")]


def test_arrived_in_points_is_the_table_the_race_began_with(room: Any) -> None:
    mart = room.race("cup", 2014, 6)  # after round 5: Earnhardt second, Kenseth fifth
    text = "Dale Earnhardt Jr. arrived second in points and left atop the standings. Kenseth arrived fourth in points."
    got = verdicts(mart, text, ("standing",))
    assert got == [("standing", "Dale Earnhardt Jr.", "supported"), ("standing", "Matt Kenseth", "contradicted")]


def test_a_described_driver_s_count(room: Any) -> None:
    mart = room.race("cup", 2014, 6)  # Kurt Busch's 25th career win, ahead of Johnson
    text = ("Kurt Busch, driving the No. 41 Chevrolet, crossed the line ahead of Johnson's Hendrick Chevrolet. It was "
            "the Las Vegas, Nev., driver's {} career victory.")
    assert verdicts(mart, text.format("25th"), ("career_wins",)) == [("career_wins", "Kurt Busch", "supported")]
    assert verdicts(mart, text.format("24th"), ("career_wins",)) == [("career_wins", "Kurt Busch", "contradicted")]
    # a sentence that names nobody: "his" is the one subject before, the others being objects
    text = "Kurt Busch held off Jimmie Johnson and Dale Earnhardt Jr. It was his 25th career win, the 25th of a Cup career."
    assert verdicts(mart, text, ("career_wins",)) == [("career_wins", "Kurt Busch", "supported"),
                                                      ("career_wins", "Kurt Busch", "supported")]


def test_had_won_the_pole_is_this_race(room: Any) -> None:
    mart = room.race("cup", 2014, 6)  # Kyle Busch on the pole, 14th
    got = verdicts(mart, "Kyle Busch had won the pole but led only 22 laps and finished 13th.",
                   ("pole", "laps_led", "finish"))
    assert got == [("pole", "Kyle Busch", "supported"), ("laps_led", "Kyle Busch", "supported"),
                   ("finish", "Kyle Busch", "contradicted")]


def test_a_part_of_his_car_opens_the_sentence(room: Any) -> None:
    mart = room.race("cup", 2014, 6)  # McDowell out after 474 laps (brakes)
    text = "Michael McDowell came in with hope. The brakes on his Leavine Family Racing Ford failed after {} laps."
    assert verdicts(mart, text.format(474), ("retirement",)) == [("retirement", "Michael McDowell", "supported")]
    assert verdicts(mart, text.format(470), ("retirement",)) == [("retirement", "Michael McDowell", "contradicted")]


def test_more_ways_to_give_the_points_lead(room: Any) -> None:
    mart = room.race("cup", 2014, 6)  # Earnhardt leads Kenseth by 9
    text = "Earnhardt's lead over Matt Kenseth in the standings grew to {} points."
    assert verdicts(mart, text.format(9), ("points_lead",)) == [("points_lead", "Dale Earnhardt Jr.", "supported")]
    assert verdicts(mart, text.format(19), ("points_lead",)) == [
        ("points_lead", "Dale Earnhardt Jr.", "contradicted")]
    got = verdicts(mart, "Earnhardt left Martinsville still atop the points, 19 ahead of Kenseth.", ("points_lead",))
    assert ("points_lead", "Dale Earnhardt Jr.", "contradicted") in got


def test_points_ahead_of_him_is_the_rival_named_before(room: Any) -> None:
    mart = room.race("cup", 2014, 6)  # Earnhardt leads Kenseth by 9, Edwards by 10
    text = "Dale Earnhardt Jr. took the points lead from Carl Edwards and leaves Martinsville {} points ahead of him."
    assert verdicts(mart, text.format("10"), ("points_lead",)) == [("points_lead", "Dale Earnhardt Jr.", "supported")]
    assert verdicts(mart, text.format("nine"), ("points_lead",)) == [
        ("points_lead", "Dale Earnhardt Jr.", "contradicted")]
    # a place of two words after "leaves" is no name: the claim is still his
    got = verdicts(mart, "Earnhardt passed Kenseth and leaves South Boston nine points ahead of him.", ("points_lead",))
    assert got == [("points_lead", "Dale Earnhardt Jr.", "supported")]


def test_a_sentence_about_him_keeps_the_thread(room: Any) -> None:
    mart = room.race("cup", 2014, 6)  # Johnson led 296 laps, started fourth, finished second
    text = ("Jimmie Johnson kept telling anyone who would listen that the No. 48 was close. On Sunday, he had the proof. "
            "The 38-year-old El Cajon native led {} laps.")
    assert verdicts(mart, text.format(296), ("laps_led",)) == [("laps_led", "Jimmie Johnson", "supported")]
    assert verdicts(mart, text.format(290), ("laps_led",)) == [("laps_led", "Jimmie Johnson", "contradicted")]
    text = ("Pole-sitter Kyle Busch looked like the man to beat early. Driving the No. 18 Joe Gibbs Racing Toyota, the "
            "Sprint Cup Series regular led {} laps.")
    assert verdicts(mart, text.format(22), ("laps_led",)) == [("laps_led", "Kyle Busch", "supported")]
    assert verdicts(mart, text.format(25), ("laps_led",)) == [("laps_led", "Kyle Busch", "contradicted")]
