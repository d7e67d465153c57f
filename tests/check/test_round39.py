"""Wordings from the thirty-ninth and fortieth sets of reports, tests/check/round39/ and round40/ (scored in
test_sets.py).

Twenty-four reports, Cup 1951, 1967, 1979, 1986, 1997, 2006, 2016 and 2024, Busch/Xfinity 1985, 1993, 1999, 2005,
2011, 2017, 2022 and 2025, and Truck 1997, 2002, 2007, 2012, 2015, 2018, 2021 and 2025. Scored once before any
change: round 39 contradicted precision 0.98 (43/44), recall 0.77 (43/56); round 40 precision 0.95 (54/57), recall
0.92 (54/59) (docs/checker.md, "Thirty-ninth and fortieth rounds"). Pinned here on other races.
"""

from __future__ import annotations

from typing import Any

from test_fresh import verdicts


def test_days_earlier_is_another_race(room: Any) -> None:
    mart = room.race("cup", 2014, 6)  # Kyle Busch 14th here
    got = verdicts(mart, "Kyle Busch finished 14th. Only seven days earlier he was scored 40th.", ("finish",))
    assert got == [("finish", "Kyle Busch", "supported"), ("finish", "Kyle Busch", "unverifiable")]


def test_a_result_elsewhere_set_off_by_commas_is_an_aside(room: Any) -> None:
    mart = room.race("cup", 2014, 6)  # Johnson fifth in points after this race, 18 behind Earnhardt
    got = verdicts(mart, "Jimmie Johnson, 24th at Fontana a week ago, moved up to fifth in the standings, 18 behind "
                         "Earnhardt.", ("standing",))
    assert got == [("standing", "Jimmie Johnson", "supported")]


def test_there_carries_an_aside_s_race_on(room: Any) -> None:
    mart = room.race("cup", 2014, 6)  # Kyle Busch led 22 laps here and 5 at Fontana, which he won the week before
    for text in ("Kyle Busch, who won at Fontana last week and led 16 laps there, finished 14th.",
                 "Kyle Busch finished 14th, one race removed from leading 16 laps to win at Fontana."):
        claims = [c for c in mart.check(text) if c.kind == "laps_led"]
        assert [c.verdict for c in claims] == ["contradicted"] and claims[0].evidence.startswith("2014 Auto Club")
        assert "5 laps" in (claims[0].correction or "")


def test_a_thing_of_his_opens_on_the_driver_before(room: Any) -> None:
    mart = room.race("cup", 2014, 6)  # McDowell out after 474 laps (brakes); Johnson's previous top five: 2014
    got = verdicts(mart, "Michael McDowell came to Martinsville well behind Earnhardt. The brakes on his Ford gave out "
                         "after 400 laps.", ("retirement",))
    assert got == [("retirement", "Michael McDowell", "contradicted")]
    got = verdicts(mart, "Jimmie Johnson, who led 296 laps, had nothing for Kurt Busch at the end and crossed the line "
                         "second. The runner-up finish was his first top five since 2012.", ("drought",))
    assert got == [("drought", "Jimmie Johnson", "contradicted")]


def test_the_win_after_a_sentence_naming_the_winner(room: Any) -> None:
    mart = room.race("cup", 2014, 6)  # Kurt Busch's 25th Cup win
    got = verdicts(mart, "Kurt Busch held off Jimmie Johnson. The win was the 20th of his career.", ("career_wins",))
    assert got == [("career_wins", "Kurt Busch", "contradicted")]


def test_dropped_the_team_s_driver_to(room: Any) -> None:
    mart = room.race("cup", 2014, 6)  # Kyle Busch 14th
    got = verdicts(mart, "Kyle Busch led 22 laps. Instead, a loose wheel dropped the Joe Gibbs Racing driver to 20th.",
                   ("finish",))
    assert got == [("finish", "Kyle Busch", "contradicted")]


def test_a_second_gap_in_the_standings(room: Any) -> None:
    mart = room.race("cup", 2014, 6)  # Johnson 209, Earnhardt 227, Kenseth 218
    claims = [c for c in mart.check("Johnson is fifth in the standings, 18 points behind Earnhardt and eight points "
                                    "behind Kenseth.") if c.kind == "standing"]
    assert [c.verdict for c in claims] == ["supported", "contradicted"]
    assert claims[1].correction == "Jimmie Johnson is 9 points behind Matt Kenseth"


def test_a_drought_since_a_track_in_a_year(room: Any) -> None:
    mart = room.race("cup", 2014, 6)  # Kurt Busch's win before: Dover, 2011 (after Sonoma that year)
    got = verdicts(mart, "Kurt Busch won. It was his first since Dover in 2011. It was his first since Sonoma in 2011.",
                   ("drought",))
    assert got == [("drought", "Kurt Busch", "supported"), ("drought", "Kurt Busch", "contradicted")]


def test_season_wins_as_a_list_s_item(room: Any) -> None:
    mart = room.race("cup", 2014, 6)  # Kurt Busch's first win of 2014
    got = verdicts(mart, "It was the 25th career victory for Kurt Busch, the first of the season. It was the 25th "
                         "career victory for Kurt Busch, the second of the season.", ("season_wins",))
    assert got == [("season_wins", "Kurt Busch", "supported"), ("season_wins", "Kurt Busch", "contradicted")]


def test_challenged_driver_is_an_object(room: Any) -> None:
    mart = room.race("cup", 2014, 6)  # Kyle Busch led 22
    got = verdicts(mart, "Kyle Busch, who won the previous race at Fontana, looked like the only driver who might "
                         "challenge Johnson early. He started first and led 50 laps.", ("laps_led",))
    assert got == [("laps_led", "Kyle Busch", "contradicted")]


def test_another_discipline_s_champion_is_the_driver_before(room: Any) -> None:
    home = room.race("cup", 2006, 36)  # Montoya's first Cup start: out in an accident after 251 laps
    got = verdicts(home, "Juan Pablo Montoya's debut was a short one. The former CART champion crashed out after 200 "
                         "laps.", ("retirement",))
    assert got == [("retirement", "Juan Pablo Montoya", "contradicted")]


def test_a_track_named_without_its_sponsor() -> None:
    from racewire.check.elsewhere import track_named

    assert track_named("Lucas Oil Indianapolis Raceway Park", "his first since Indianapolis Raceway Park in 2005")
    assert not track_named("Daytona International Speedway Road Course", "at the Charlotte Motor Speedway Road Course")


def test_a_press_release_s_box_for_one_driver(room: Any) -> None:
    mart = room.race("cup", 2014, 6)  # Gordon from 5th to 12th, no laps led
    box = "HENDRICK MOTORSPORTS RACE REPORT\n\nNo. 24 CHEVROLET \u2013 JEFF GORDON\nStart: 5th\nFinish: 12th\nLaps Led: 3\n"
    got = [(c.kind, c.text, c.verdict) for c in mart.check(box) if c.kind in ("start", "finish", "laps_led")]
    assert got == [("start", "Start: 5th", "supported"), ("finish", "Finish: 12th", "supported"),
                   ("laps_led", "Laps Led: 3", "contradicted")]
    # a heading that names two drivers says whose figures they are no more
    two = "JEFF GORDON AND JIMMIE JOHNSON\nStart: 5th\nFinish: 12th\n"
    assert [c for c in mart.check(two) if c.kind in ("start", "finish")] == []
