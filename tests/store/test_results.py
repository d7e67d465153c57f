"""The store answers with the real results, car numbers kept as text."""

from __future__ import annotations

import pytest

from racewire.errors import NotFound


def test_homestead_2025_winner_larson_in_the_07_from_third(homestead):
    win = homestead.results[0]
    assert (win.finish, win.driver, win.car, win.team, win.make) == (
        1, "Kyle Larson", "07", "Spire Motorsports", "Chevrolet")
    assert (win.start, win.led, win.win) == (3, 20, True)


def test_homestead_2025_riggs_second_heim_third_from_pole(homestead):
    riggs, heim = homestead.results[1], homestead.results[2]
    assert (riggs.finish, riggs.driver) == (2, "Layne Riggs")
    assert (heim.driver, heim.finish, heim.start, heim.led) == ("Corey Heim", 3, 1, 78)


def test_homestead_2025_rhodes_out_after_83_laps(homestead):
    rhodes = homestead.result_of("Ben Rhodes")
    assert rhodes.laps == 83 and rhodes.status != "running"


def test_car_07_and_7_stay_distinct(room):
    # both cars raced in the Truck Series; a cast to int would merge them
    cars = {r[0] for r in room.store.all(
        "SELECT DISTINCT x.car FROM results x JOIN races r ON r.id = x.race_id WHERE r.series = 'truck'")}
    assert {"07", "7"} <= cars
    n07 = room.store.one("SELECT count(*) FROM results WHERE car = '07'")[0]
    n7 = room.store.one("SELECT count(*) FROM results WHERE car = '7'")[0]
    assert n07 > 0 and n7 > 0 and n07 != n7


def test_counts_match_the_parquet(room):
    import pyarrow.parquet as pq
    from conftest import HISTORY

    expected = sum(pq.read_table(p, columns=["Driver"]).column("Driver").drop_null().__len__()
                   for p in HISTORY.glob("*.parquet"))
    assert room.store.one("SELECT count(*) FROM results")[0] == expected


def test_unknown_round_names_the_valid_ones(room):
    with pytest.raises(NotFound, match=r"unknown round 44 in truck 2025 \(rounds 1-25\)"):
        room.race("truck", 2025, 44)


def test_unknown_series_suggests_the_closest(room):
    with pytest.raises(NotFound, match="did you mean: truck"):
        room.race("trcuk", 2025, 4)


def test_result_of_unknown_driver_suggests(homestead):
    with pytest.raises(NotFound, match="Kyle Larson"):
        homestead.result_of("Kyle Larsen")
