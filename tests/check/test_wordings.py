"""Wordings the rounds' misses named as still getting past (docs/checker.md), pinned on races outside the sets."""

from __future__ import annotations

from typing import Any

from test_fresh import verdicts


def test_a_team_description_stands_for_the_team_driver_just_named(room: Any) -> None:
    mart = room.race("cup", 2014, 6)  # Johnson (Hendrick) led 296 laps; Gordon (Hendrick) led none
    got = verdicts(mart, "Jimmie Johnson's day fell apart late. The Hendrick Motorsports driver led 200 laps.",
                   ("laps_led",))
    assert got == [("laps_led", "Jimmie Johnson", "contradicted")]
    got = verdicts(mart, "Johnson and Jeff Gordon ran up front. The Hendrick Motorsports driver led 200 laps.",
                   ("laps_led",))
    assert [v for *_, v in got] == ["unverifiable"]  # two Hendrick drivers named: which one is unknown


def test_droughts_at_this_track_and_in_races(room: Any) -> None:
    mart = room.race("cup", 2014, 6)  # Kurt Busch won; his Martinsville win before: 2002; 83 starts since Dover 2011
    text = ("Kurt Busch won at Martinsville, snapping an 83-race winless streak. It was his first win there since "
            "2003 and his second at Martinsville. Busch ended a winless drought of 100 races. Jeff Gordon finished "
            "12th, ending a 10-race winless streak.")
    got = verdicts(mart, text, ("drought", "track_wins"))
    assert got == [("drought", "Kurt Busch", "supported"), ("drought", "Kurt Busch", "contradicted"),
                   ("track_wins", "Kurt Busch", "supported"), ("drought", "Kurt Busch", "contradicted"),
                   ("drought", "Jeff Gordon", "unverifiable")]
    got = verdicts(mart, "Kurt Busch won. It was his first Martinsville victory since 2002.", ("drought",))
    assert got == [("drought", "Kurt Busch", "supported")]


def test_started_dead_last(room: Any) -> None:
    mart = room.race("cup", 2014, 6)  # 43 starters: Nemechek 43rd, Busch 22nd
    got = verdicts(mart, "Joe Nemechek started dead last. Kurt Busch started last and won.", ("start",))
    assert got == [("start", "Joe Nemechek", "supported"), ("start", "Kurt Busch", "contradicted")]


def test_standings_before_the_race_and_gaps_to_each_rival(room: Any) -> None:
    hom = room.race("truck", 2003, 25)  # after round 24: Gaughan 1st, Kvapil 3rd and 34 back
    got = verdicts(hom, "Travis Kvapil finished sixth. Kvapil entered the night third in points and 36 behind "
                        "Gaughan. He came into the race 34 points back.", ("standing",))
    assert got == [("standing", "Travis Kvapil", "contradicted"), ("standing", "Travis Kvapil", "supported")]
    poc = room.race("cup", 2023, 21)  # Byron leads Truex by 32, Hamlin by 61
    got = verdicts(poc, "Byron leads Truex by 32 points and Hamlin by 64. Byron's lead over Truex now sits at 32 "
                        "points.", ("points_lead",))
    assert got == [("points_lead", "William Byron", "supported"), ("points_lead", "William Byron", "contradicted"),
                   ("points_lead", "William Byron", "supported")]
