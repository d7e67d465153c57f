"""Wordings from the thirty-fifth and thirty-sixth sets of reports, tests/check/round35/ and round36/ (scored in
test_sets.py).

Twenty-four reports, Cup 1956, 1962, 1975, 1978, 1991, 1999, 2012 and 2020, Busch/Xfinity 1984, 1986, 1992, 1996,
2003, 2007, 2016 and 2018, and Truck 2001, 2004, 2006, 2009, 2011, 2014, 2017 and 2024. Scored once before any
change: round 35 contradicted precision 0.87 (54/62), recall 0.92 (54/59); round 36 precision 0.93 (50/54), recall
0.85 (50/59); no wrong "supported" (docs/checker.md, "Thirty-fifth and thirty-sixth rounds"). Pinned here on other
races.
"""

from __future__ import annotations

from typing import Any

from test_fresh import verdicts


def test_fresh_from_another_race_is_an_aside(room: Any) -> None:
    mart = room.race("cup", 2014, 6)  # Kyle Busch on the pole here; Fontana (his last time out) from the 9th spot?
    got = verdicts(mart, "Kyle Busch, fresh from a win at Fontana his last time out, put his No. 18 Toyota on the pole.",
                   ("pole",))
    assert got == [("pole", "Kyle Busch", "supported")]


def test_his_older_brother_opens_on_someone_else(room: Any) -> None:
    mart = room.race("cup", 2014, 6)  # Kyle Busch 14th; Kurt Busch won
    got = verdicts(mart, "Kyle Busch finished 14th. His older brother, Kurt, lost an engine after 338 laps.",
                   ("retirement",))
    assert [v for *_, v in got] != ["contradicted"]


def test_a_best_on_a_track_of_this_size(room: Any) -> None:
    mart = room.race("cup", 2014, 6)  # Earnhardt third: no best on short tracks (he had won on them)
    claims = [c for c in mart.check("Dale Earnhardt Jr. finished third, a career-best finish on a track of this size.")
              if c.kind == "career_best"]
    assert [c.verdict for c in claims] == ["contradicted"] and "short tracks" in (claims[0].correction or "")


def test_a_team_s_driver_named_earlier_in_the_sentence(room: Any) -> None:
    mart = room.race("cup", 2014, 6)  # Hendrick: Johnson (No. 48, second), Earnhardt, Gordon, Kahne
    got = verdicts(mart, "Johnson needed a clean day, and the Hendrick Motorsports veteran delivered it, nursing the "
                         "No. 48 Chevrolet home second.", ("car", "finish"))
    assert got == [("finish", "Jimmie Johnson", "supported"), ("car", "Jimmie Johnson", "supported")]


def test_a_place_after_a_standings_place_in_one_sentence(room: Any) -> None:
    mart = room.race("cup", 2014, 6)  # Gordon fourth in points, 11 behind; Johnson fifth in points, second here
    got = verdicts(mart, "Gordon was fourth, 11 behind, and Johnson ended fifth.", ("finish", "standing"))
    assert ("finish", "Jimmie Johnson", "contradicted") not in got


def test_another_race_by_its_distance_or_its_year(room: Any) -> None:
    mart = room.race("cup", 2014, 6)  # Kurt Busch won; his first win since 2011 (Dover), where he led 50 laps?
    got = verdicts(mart, "One start after his first top five of the year at Fontana, Kurt Busch won.", ("career_first",))
    assert [v for *_, v in got] != ["contradicted"]
    got = verdicts(mart, "It is Kurt Busch's first win since 2011, when he led 50 laps at Dover and had to settle for "
                         "second.", ("finish", "runner_up", "laps_led"))
    assert all(v != "contradicted" or "Dover" in e for (_, _, v), e in
               zip(got, [c.evidence for c in mart.check("It is Kurt Busch's first win since 2011, when he led 50 laps "
                                                         "at Dover and had to settle for second.")
                         if c.kind in ("finish", "runner_up", "laps_led")]))


def test_a_streak_that_had_ended_and_a_lead_brought_in(room: Any) -> None:
    mart = room.race("cup", 2014, 6)  # Kurt Busch won (one straight); Edwards led Earnhardt by 1 coming in
    got = verdicts(mart, "Kurt Busch won. He had won three straight races before Fontana.", ("win_streak",))
    assert got == []
    got = verdicts(mart, "Carl Edwards brought a one-point lead over Dale Earnhardt Jr. into the weekend and left "
                         "third.", ("points_lead",))
    assert got == [("points_lead", "Carl Edwards", "supported")]


def test_won_that_one_is_the_race_before(room: Any) -> None:
    mart = room.race("cup", 2014, 6)  # Kyle Busch started on the pole here
    got = verdicts(mart, "Kyle Busch won at Fontana last week. Busch won that one from the ninth starting spot.",
                   ("start",))
    assert ("start", "Kyle Busch", "contradicted") not in got or "Fontana" in " ".join(
        c.evidence for c in mart.check("Kyle Busch won at Fontana last week. Busch won that one from the ninth "
                                       "starting spot.") if c.kind == "start")
