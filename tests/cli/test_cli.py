"""The CLI as a user drives it: exit codes, one-line errors, stable JSON."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest


@pytest.fixture(scope="module")
def db_path(db_path, tmp_path_factory):
    """A private copy of the session store: the session's Newsroom holds the original's lock."""
    import shutil

    copy = tmp_path_factory.mktemp("cli") / "racewire.duckdb"
    shutil.copy(db_path, copy)
    return copy


def run(db_path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "racewire", "--db", str(db_path), *args],
                          capture_output=True, text=True, timeout=120)


def test_results_json_keeps_car_07_as_text(db_path):
    out = run(db_path, "results", "truck", "2025", "4", "--format", "json")
    assert out.returncode == 0, out.stderr
    data = json.loads(out.stdout)
    assert data["race"]["track"] == "Homestead-Miami Speedway"
    first = data["results"][0]
    assert (first["driver"], first["car"], first["start"], first["led"]) == ("Kyle Larson", "07", 3, 20)


def test_results_csv_has_a_header_and_every_truck(db_path):
    out = run(db_path, "results", "truck", "2025", "4", "--format", "csv")
    lines = out.stdout.splitlines()
    assert lines[0].startswith("finish,start,car,driver")
    assert lines[1].startswith("1,3,07,Kyle Larson")


@pytest.mark.parametrize("args, message", [
    (("results", "truck", "2025", "99"), "error: unknown round 99 in truck 2025 (rounds 1-25)"),
    (("results", "trucks2", "2025", "4"), "error: unknown series 'trucks2' (did you mean: truck"),
    (("races", "xfinity", "1970"), "error: unknown season 1970 for xfinity (seasons 1982-"),
])
def test_bad_input_exits_2_with_one_line(db_path, args, message):
    out = run(db_path, *args)
    assert out.returncode == 2
    assert out.stderr.strip().startswith(message)
    assert "Traceback" not in out.stderr and len(out.stderr.strip().splitlines()) == 1


def test_races_lists_the_season(db_path):
    out = run(db_path, "races", "nxs", "2025", "--format", "json")
    races = json.loads(out.stdout)["races"]
    assert len(races) == 33 and races[0]["track"] == "Daytona International Speedway"


@pytest.mark.parametrize("args, message", [
    (("results", "truck", "2025", "x"), "Invalid value for 'round'"),
    (("races", "nxs", "2025", "extra"), "unexpected extra argument"),
    (("recap", "truck", "2025", "4", "--format", "pdf"), "'pdf' is not one of"),
])
def test_usage_errors_exit_2_without_a_traceback(db_path, args, message):
    out = run(db_path, *args)
    assert out.returncode == 2 and message in out.stderr
    assert "Traceback" not in out.stderr


def test_reading_commands_share_the_file_with_a_running_server(db_path, tmp_path):
    """`racewire serve` without writes opens the store read-only: the CLI can read it meanwhile, a sync cannot."""
    import shutil

    from conftest import HISTORY
    from liveserver import LiveServer

    db = tmp_path / "shared.duckdb"
    shutil.copy(db_path, db)
    live = LiveServer(str(db), env={"RACEWIRE_ADMIN_TOKEN": ""}).start()
    try:
        out = run(db, "recap", "truck", "2025", "4")
        assert out.returncode == 0 and out.stdout.startswith("# Kyle Larson wins"), out.stderr
        blocked = run(db, "sync", "--source", str(HISTORY))
        assert blocked.returncode == 1 and "another racewire process has it open" in blocked.stderr
    finally:
        live.stop()
