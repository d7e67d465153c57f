"""Wordings from the thirty-seventh and thirty-eighth sets of reports, tests/check/round37/ and round38/ (scored in
test_sets.py).

Twenty-four reports, Cup 1958, 1964, 1973, 1994, 2002 and 2018, Busch/Xfinity 1983, 1990, 1995, 1998, 2000, 2009,
2014 and 2021, and Truck 2000, 2005, 2010, 2013, 2016, 2019 and 2022. Scored once before any change: round 37
contradicted precision 0.89 (51/57), recall 0.85 (51/60); round 38 precision 0.94 (50/53), recall 0.83 (50/60)
(docs/checker.md, "Thirty-seventh and thirty-eighth rounds"). Pinned here on other races.
"""

from __future__ import annotations

from typing import Any

from test_fresh import verdicts


def test_a_running_place_behind_someone_at_a_moment_is_no_finish(room: Any) -> None:
    mart = room.race("cup", 2014, 6)  # Kyle Busch 14th
    assert verdicts(mart, "Kyle Busch ran second to Jimmie Johnson when the last caution flew.", ("finish",)) == []
    daytona = room.race("cup", 2014, 1)  # Earnhardt won the 500
    assert verdicts(daytona, "Dale Earnhardt Jr. ran third in his own qualifying race Thursday.", ("finish",)) == []


def test_a_relative_clause_keeps_its_time_to_itself(room: Any) -> None:
    mart = room.race("cup", 2014, 6)  # Kurt Busch won in the No. 41 Chevrolet
    got = verdicts(mart, "Kurt Busch won in the No. 41 Chevrolet that Ryan Newman drove here a year ago.",
                   ("winner", "car"))
    assert got == [("winner", "Kurt Busch", "supported"), ("car", "Kurt Busch", "supported")]


def test_a_place_something_cost_a_driver_is_no_finish(room: Any) -> None:
    mart = room.race("cup", 2014, 6)  # Kyle Busch 14th
    assert verdicts(mart, "The loose wheel cost Kyle Busch sixth place.", ("finish",)) == []
    assert verdicts(mart, "A spin cost Kyle Busch sixth place in the final standings.", ("finish",)) == []


def test_career_wins_at_one_track_are_counted_there(room: Any) -> None:
    mart = room.race("cup", 2014, 6)  # Johnson second; 66 Cup wins, eight of them at Martinsville
    claims = [c for c in mart.check("Jimmie Johnson finished second and now has nine career wins at Martinsville.")
              if c.kind in ("career_wins", "track_wins")]
    assert [(c.kind, c.verdict) for c in claims] == [("track_wins", "contradicted")]
    assert "8 Cup Series wins at Martinsville" in (claims[0].correction or "")
    got = verdicts(mart, "Jimmie Johnson now has eight career wins at Martinsville.", ("career_wins", "track_wins"))
    assert got == [("track_wins", "Jimmie Johnson", "supported")]


def test_a_first_win_at_another_track_is_that_race_s(room: Any) -> None:
    mart = room.race("cup", 2014, 6)  # Johnson's first Cup win: Fontana, 2002 (its one race that year)
    got = verdicts(mart, "Jimmie Johnson scored his first career Cup win at Fontana in April 2002.", ("career_first",))
    assert got == [("career_first", "Jimmie Johnson", "supported")]


def test_springs_ago_name_a_season(room: Any) -> None:
    mart = room.race("cup", 2014, 6)  # Johnson led 296 here; two seasons before, in this race, 112
    claims = [c for c in mart.check("Two springs ago, Jimmie Johnson led 100 laps in this race.") if c.kind == "laps_led"]
    assert [c.verdict for c in claims] == ["contradicted"] and claims[0].evidence.startswith("2012 ")
    assert "112" in (claims[0].correction or "")


def test_a_stage_win_grabbed(room: Any) -> None:
    home = room.race("truck", 2025, 4)  # Heim swept both stages
    got = verdicts(home, "Corey Heim grabbed the second-stage win. Layne Riggs grabbed the first-stage win.",
                   ("stage_win",))
    assert got == [("stage_win", "Corey Heim", "supported"), ("stage_win", "Layne Riggs", "contradicted")]


def test_more_ways_to_give_the_points_lead(room: Any) -> None:
    home = room.race("truck", 2025, 4)  # Heim leads Majeski by 8; Majeski 11th here
    got = verdicts(home, "Heim leaves as the series points leader, 8 ahead of Ty Majeski.", ("points_lead",))
    assert got == [("points_lead", "Corey Heim", "supported")]
    # the aside inside the claim's words holds a claim of its own
    got = verdicts(home, "Heim now leads Ty Majeski, who finished seventh, by 9 points.", ("points_lead", "finish"))
    assert got == [("points_lead", "Corey Heim", "contradicted"), ("finish", "Ty Majeski", "contradicted")]
    got = verdicts(home, "Heim still owns a healthy lead \u2014 18 points over Majeski.", ("points_lead",))
    assert got == [("points_lead", "Corey Heim", "contradicted")]
    got = verdicts(home, "Majeski now trails by 8 points. Riggs now trails by 8 points.", ("standing",))
    assert got == [("standing", "Ty Majeski", "supported"), ("standing", "Layne Riggs", "contradicted")]


def test_finished_the_year_in_points(room: Any) -> None:
    final = room.race("cup", 2003, 36)  # Earnhardt Jr. third in the final standings, 207 behind Kenseth
    claims = [c for c in final.check("Dale Earnhardt Jr. finished the year third in points, 200 behind Kenseth.")
              if c.kind == "standing"]
    assert [c.verdict for c in claims] == ["contradicted"] and "207" in (claims[0].correction or "")


def test_a_standings_place_after_a_name_is_an_aside(room: Any) -> None:
    mart = room.race("cup", 2014, 6)  # Johnson (running at the end, second); Earnhardt third
    claims = [c for c in mart.check("Jimmie Johnson, fifth in the standings and the last man with a shot at "
                                    "Earnhardt, saw his engine fail after 200 laps.") if c.kind == "retirement"]
    assert [c.args.get("driver") for c in claims] == ["Jimmie Johnson"]


def test_a_title_before_the_name_and_names_after_a_colon(room: Any) -> None:
    mart = room.race("cup", 2014, 6)  # Gordon 12th, led no laps, running at the end
    got = verdicts(mart, "Jimmie Johnson finished second. HMS teammate Jeff Gordon brought the No. 24 Chevrolet home "
                         "eighth after leading 30 laps.", ("laps_led",))
    assert got == [("laps_led", "Jeff Gordon", "contradicted")]
    got = verdicts(mart, "The Hendrick contingent fared little better: Kasey Kahne crashed out after 100 laps, and "
                         "Jeff Gordon lost his engine after 300 laps.", ("retirement",))
    assert got == [("retirement", "Kasey Kahne", "contradicted"), ("retirement", "Jeff Gordon", "contradicted")]


def test_points_leader_as_a_title_is_no_standings_sentence(room: Any) -> None:
    mart = room.race("cup", 2014, 6)  # Edwards 13th
    got = verdicts(mart, "Points leader Carl Edwards was fifth in his Roush Fenway Ford.", ("finish",))
    assert got == [("finish", "Carl Edwards", "contradicted")]


def test_it_goes_down_as_his_after_a_sentence_about_he(room: Any) -> None:
    mart = room.race("cup", 2014, 6)  # Kurt Busch's 25th Cup win
    got = verdicts(mart, "Kurt Busch started 22nd. Late, he held off Jimmie Johnson by a car length. It goes down as "
                         "his 20th career Cup win.", ("career_wins",))
    assert got == [("career_wins", "Kurt Busch", "contradicted")]


def test_a_track_by_the_name_it_had_then(room: Any) -> None:
    sears = room.race("cup", 2000, 16)  # Gordon's third win at Sears Point (Sonoma Raceway in the data)
    got = verdicts(sears, "Jeff Gordon won at Sears Point, his third victory at Sears Point.", ("winner", "track_wins"))
    assert got == [("winner", "Jeff Gordon", "supported"), ("track_wins", "Jeff Gordon", "supported")]


def test_a_car_s_and_a_team_s_drought(room: Any) -> None:
    mart = room.race("cup", 2014, 6)  # Kurt Busch won in the No. 41: its win before, Curtis Turner at Rockingham in
    # 1965; Stewart-Haas Racing's, Harvick at Phoenix two races before
    def drought(text: str) -> list[tuple[str, str | None]]:
        return [(c.verdict, c.correction) for c in mart.check(text) if c.kind == "drought"]

    assert drought("It was the first win for the No. 41 since Curtis Turner won at Rockingham in 1965.") == [
        ("supported", None)]
    got = drought("It was the first win for the No. 41 since 1966.")
    assert [v for v, _ in got] == ["contradicted"] and "Curtis Turner at Rockingham Speedway in 1965" in (got[0][1] or "")
    assert [v for v, _ in drought("It was the No. 41's first win since A.J. Foyt won at Daytona in 1965.")] == [
        "contradicted"]
    got = drought("Kurt Busch won, and it was Stewart-Haas Racing's first win since 2013.")
    assert [v for v, _ in got] == ["contradicted"] and "Phoenix" in (got[0][1] or "")
    assert [v for v, _ in drought("It was the first victory for the No. 4 since 2013.")] == ["unverifiable"]
