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


def test_more_ways_to_say_laps_led_and_retirements(room: Any) -> None:
    day = room.race("cup", 1990, 1)  # Earnhardt led 155 laps (the most); Schrader out after 58 laps (engine)
    for words in ("paced 150 laps", "led for 150 laps", "led the field for 150 laps", "spent 150 laps in the lead",
                  "was in front for 150 of the 200 laps", "topped the field for 150 laps"):
        got = verdicts(day, f"Dale Earnhardt {words}.", ("laps_led",))
        assert got == [("laps_led", "Dale Earnhardt", "contradicted")], words
    got = verdicts(day, "Dale Earnhardt led a race-best 155 laps.", ("most_laps_led",))
    assert got == [("most_laps_led", "Dale Earnhardt", "supported")]
    for words, verdict in (("'s engine expired on lap 58", "supported"), (" went out on lap 59", "supported"),
                           ("'s engine gave up on lap 61", "contradicted"), (" limped to the garage after 58 laps",
                                                                           "supported"),
                           (" went out with an engine problem after 50 laps", "contradicted")):
        got = verdicts(day, f"Derrike Cope won. Ken Schrader{words}.", ("retirement",))
        assert got == [("retirement", "Ken Schrader", verdict)], words
    got = verdicts(day, "Derrike Cope won. Ken Schrader managed only 60 laps.", ("laps_completed",))
    assert got == [("laps_completed", "Ken Schrader", "contradicted")]
    # "a crash after 59 laps ended the night of ...": the crash is its own clause's subject, no claim for Cope
    got = verdicts(day, "Derrike Cope won, and a crash after 59 laps ended the night of Phil Parsons.", ("retirement",))
    assert all(d != "Derrike Cope" for _, d, _ in got)


def test_more_ways_to_say_the_standings(room: Any) -> None:
    day = room.race("cup", 1990, 1)  # Cope leads Labonte by 5; Elliott third, 10 back (not 9)
    for words in (" has a 5-point edge on Labonte", " leads Labonte by five", " leads second-place Labonte by five points",
                  " took the points lead by five over Labonte", " leaves Daytona with a five-point lead",
                  "'s lead is five points over Labonte"):
        got = verdicts(day, f"Derrike Cope won. Cope{words}.", ("points_lead",))
        assert got == [("points_lead", "Derrike Cope", "supported")], words
    got = verdicts(day, "Cope leads the standings by five points over Labonte, with Bill Elliott third, 9 back, and "
                        "Ricky Rudd fourth.", ("standing",))
    assert got == [("standing", "Bill Elliott", "contradicted"), ("standing", "Ricky Rudd", "supported")]
    got = verdicts(day, "Labonte is now second, five points back of Cope.", ("standing",))
    assert got == [("standing", "Terry Labonte", "supported")]
    # a title in passing makes no table: "points leader Sadler ninth" is his finish
    got = verdicts(day, "Labonte was second, points leader Derrike Cope first.", ("standing",))
    assert got == []


def test_more_ways_to_say_places_and_counts(room: Any) -> None:
    day = room.race("cup", 1990, 1)  # Cope from 12th; Labonte 2nd; Elliott 3rd
    for words in ("checked in second", "ended the day second", "got second", "claimed second place"):
        assert verdicts(day, f"Terry Labonte {words}.", ("finish",)) == [("finish", "Terry Labonte", "supported")]
    assert verdicts(day, "Bill Elliott took the third spot.", ("finish",)) == [("finish", "Bill Elliott", "supported")]
    for words, verdict in (("started from the sixth row", "supported"), ("started from the fifth row", "contradicted"),
                           ("started on the outside of row 6", "supported"), ("lined up 12th", "supported"),
                           ("took the green from 10th", "contradicted")):
        assert verdicts(day, f"Derrike Cope {words}.", ("start",)) == [("start", "Derrike Cope", verdict)], words
    mart = room.race("cup", 2014, 6)  # Kurt Busch's 25th win, second at Martinsville, 83 starts since his last
    got = verdicts(mart, "Kurt Busch won. It was career win No. 25 for Busch, his third Martinsville win and his first "
                         "victory in 84 starts.", ("career_wins", "track_wins", "drought", "car"))
    assert got == [("career_wins", "Kurt Busch", "supported"), ("track_wins", "Kurt Busch", "contradicted"),
                   ("drought", "Kurt Busch", "supported")]  # "win No. 25" is no car
    got = verdicts(mart, "Kurt Busch won for the first time since 2012.", ("drought",))
    assert got == [("drought", "Kurt Busch", "contradicted")]


def test_he_after_a_sentence_with_one_subject(room: Any) -> None:
    mart = room.race("cup", 2014, 6)  # Johnson led 296 laps; Gordon led none
    got = verdicts(mart, "Jimmie Johnson held off Jeff Gordon for most of the day. He led 200 laps.", ("laps_led",))
    assert got == [("laps_led", "Jimmie Johnson", "contradicted")]
    # the other name in a later clause with its own subject: "he" may be him
    got = verdicts(mart, "Jimmie Johnson started well, but the middle stint belonged to Jeff Gordon. He led 200 laps.",
                   ("laps_led",))
    assert [v for *_, v in got] == ["unverifiable"]


def test_sweeps_cars_and_the_next_race(room: Any) -> None:
    road = room.race("cup", 2022, 18)  # Briscoe won stage 1, Blaney stage 2; Reddick in the No. 8; next: Atlanta
    got = verdicts(road, "Chase Elliott swept the stages. Reddick won, keeping Blaney from sweeping the stages.",
                   ("stage_sweep",))
    assert got == [("stage_sweep", "Chase Elliott", "contradicted")]
    assert verdicts(road, "Tyler Reddick's 8 car was fast.", ("car",)) == [("car", "Tyler Reddick", "supported")]
    got = verdicts(road, "Tyler Reddick won. The series returns to action next Sunday at the Atlanta Motor Speedway. "
                         "Next week the series visits Pocono.", ("next_race",))
    assert got == [("next_race", None, "supported"), ("next_race", None, "contradicted")]


def test_a_claim_that_fits_a_driver_named_on_the_way_is_not_contradicted(room: Any) -> None:
    day = room.race("cup", 1990, 1)  # Labonte second, Elliott third, Rudd fourth
    got = verdicts(day, "Ricky Rudd stalked Terry Labonte late and finished second.", ("finish",))
    assert got == [("finish", "Ricky Rudd", "unverifiable")]  # "second" is Labonte's: a misread is the likelier error
    got = verdicts(day, "Ricky Rudd finished second, and Terry Labonte was fourth.", ("finish",))
    assert got == [("finish", "Ricky Rudd", "contradicted"), ("finish", "Terry Labonte", "contradicted")]


def test_a_description_after_a_quote_or_a_few_words_is_still_the_driver_before(room: Any) -> None:
    mart = room.race("cup", 2014, 6)  # Kurt Busch won and led 23 laps; Johnson led 296
    text = ('Kurt Busch won at Martinsville. "I have waited a long time for this one," Busch said. "It feels '
            'great." The 35-year-old led 25 laps. Jimmie Johnson had the dominant car. Not this time. The Hendrick '
            'ace led 290 laps.')
    got = verdicts(mart, text, ("laps_led",))
    assert got == [("laps_led", "Kurt Busch", "contradicted"), ("laps_led", "Jimmie Johnson", "contradicted")]
    # a sentence that names nobody but says more than a few words does break the thread
    got = verdicts(mart, "Jimmie Johnson had the dominant car. A late caution bunched the field behind the "
                         "leaders. The Hendrick ace led 290 laps.", ("laps_led",))
    assert [v for *_, v in got] == ["unverifiable"]


def test_the_day_belonged_to_a_driver_who_is_then_described(room: Any) -> None:
    mart = room.race("cup", 2014, 6)
    got = verdicts(mart, "The day appeared to belong to Jimmie Johnson. He led 290 laps.", ("laps_led",))
    assert got == [("laps_led", "Jimmie Johnson", "contradicted")]
    got = verdicts(mart, "Kurt Busch won, but the day belonged to Jimmie Johnson. He led 290 laps.", ("laps_led",))
    assert [v for *_, v in got] == ["unverifiable"]  # two drivers before "He"


def test_the_pole_sitter_described_must_have_started_first(room: Any) -> None:
    mart = room.race("cup", 2014, 6)  # Kyle Busch started first and led 22 laps; Hamlin started second
    got = verdicts(mart, "Kyle Busch was quick all weekend. The pole-sitter led 30 laps.", ("laps_led",))
    assert got == [("laps_led", "Kyle Busch", "contradicted")]
    got = verdicts(mart, "Denny Hamlin was quick all weekend. The pole-sitter led 30 laps.", ("laps_led",))
    assert [v for *_, v in got] == ["unverifiable"]  # the pole-sitter is someone else
    got = verdicts(mart, "Jimmie Johnson was quick all weekend. The winner led 30 laps.", ("laps_led",))
    assert [v for *_, v in got] == ["unverifiable"]  # Kurt Busch won, not Johnson


def test_a_team_s_win_count(room: Any) -> None:
    mart = room.race("cup", 2014, 6)  # Kurt Busch won for Stewart-Haas Racing, the team's 21st Cup win
    text = ("Kurt Busch won. It was the 21st Cup win for Stewart-Haas Racing. It was the first win for Stewart-Haas "
            "Racing. Stewart-Haas Racing's first victory came at Daytona. It was the first win for Hendrick "
            "Motorsports since March. Hendrick Motorsports' 200th win will have to wait.")
    got = [(c.text, c.verdict) for c in mart.check(text) if c.kind == "team_wins"]
    assert got == [("21st Cup win for Stewart-Haas Racing", "supported"),
                   ("first win for Stewart-Haas Racing", "contradicted"),
                   ("Hendrick Motorsports' 200th win", "unverifiable")]  # Hendrick did not win this one


def test_a_crash_not_long_before_a_crash_that_ended_the_race(room: Any) -> None:
    mart = room.race("cup", 2014, 6)  # Nemechek out in an accident after 310 laps
    got = verdicts(mart, "Joe Nemechek crashed after 300 laps. Nemechek crashed after 50 laps.", ("retirement",))
    assert got == [("retirement", "Joe Nemechek", "contradicted"),
                   ("retirement", "Joe Nemechek", "unverifiable")]  # an early crash he may have driven on from


def test_a_lead_over_him_the_driver_before(room: Any) -> None:
    mart = room.race("cup", 2014, 6)  # Earnhardt leads Kenseth by 9, Gordon by 11
    got = verdicts(mart, "Matt Kenseth was sixth. Earnhardt now leads him by nine points. Jeff Gordon was 12th. "
                         "Earnhardt now leads him by nine points.", ("points_lead",))
    assert got == [("points_lead", "Dale Earnhardt Jr.", "supported"),
                   ("points_lead", "Dale Earnhardt Jr.", "contradicted")]


def test_the_best_of_his_career(room: Any) -> None:
    mart = room.race("cup", 2014, 6)  # Larson 27th, Almirola eighth: neither a career best
    got = verdicts(mart, "Kyle Larson's 27th-place run was the best of his Cup career. Aric Almirola's eighth-place "
                         "finish was the best of his career at Martinsville.", ("career_best",))
    assert got == [("career_best", "Kyle Larson", "contradicted")]  # a best at one track is another count
