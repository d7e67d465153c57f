"""`racewire live` as a user runs it, against the local CDN of frame_server (no internet)."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from frame_server import feed_server, frame  # noqa: F401  (feed_server is a fixture)
from test_live_desk import malformed


@pytest.fixture()
def store(db_path: Path, tmp_path: Path) -> Path:
    """A private copy of the session store for the process (DuckDB locks its file)."""
    shutil.copy(db_path, tmp_path / "live.duckdb")
    return tmp_path / "live.duckdb"


@pytest.fixture(scope="module")
def winner(room):
    """The history's winner of cup 2020 round 11 at Martinsville."""
    race = room.race("cup", 2020, 11)
    assert "Martinsville" in race.info.track
    return next(r for r in race.results if r.win)


def live(store: Path, base_url: str, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "racewire", "--db", str(store), "live", "cup", "2020", "4973",
                           "--base-url", base_url, "--interval", "0", "--dest", str(store.parent / "feeds"), *args],
                          capture_output=True, text=True, timeout=120)


def test_text_one_line_a_poll_a_red_line_for_the_bad_frame_then_the_recap(feed_server, store, winner):  # noqa: F811
    feed_server.play(frame(447), malformed(), frame(450), frame(499), frame(500))
    out = live(store, feed_server.template, "--max-polls", "10")
    assert out.returncode == 0, out.stderr
    assert out.stderr == ('error: cup/2020/4973/live-feed.json: vehicles[0].running_position: expected an integer, '
                          'got "first" (poll 2; frame skipped)\n')
    lines = out.stdout.splitlines()
    assert [line.split(" ", 2)[1] for line in lines[:4]] == ["447/500", "450/500", "499/500", "500/500"]
    assert lines[0].startswith(f"lap 447/500 (53 to go) green | leader No. {winner.car} {winner.driver} | top 5: ")
    assert "No. 10 Aric Almirola is behind the wall after 476 laps" in lines[2]
    assert f"race over on lap 500: No. {winner.car} {winner.driver} wins (unofficial)" in lines[3]
    assert lines[4].startswith("linked to cup 2020 round 11 (finishing order (weekend-feed)")
    assert f"# {winner.driver} wins" in out.stdout
    assert len(feed_server.live_gets) == 5  # stopped by itself at lap 500


def test_json_lines_then_a_recap_from_the_frames_alone(feed_server, store, winner):  # noqa: F811
    # a plain base URL: NASCAR's paths, where this server has no weekend feed, lap times or lap notes
    feed_server.play(frame(447), frame(450), frame(499), frame(500))
    out = live(store, feed_server.url, "--format", "json")
    assert out.returncode == 0, out.stderr
    rows = [json.loads(line) for line in out.stdout.splitlines()]
    assert [r["type"] for r in rows] == ["frame"] * 4 + ["wrapup"]
    assert [r["leader"]["car"] for r in rows[:4]] == [winner.car] * 4
    assert rows[2]["changes"] == [{"type": "car_out", "lap": 499, "text": "No. 10 Aric Almirola is behind the wall "
                                   "after 476 laps", "car": "10", "driver": "Aric Almirola", "laps_completed": 476,
                                   "status": 6}]
    end = rows[-1]
    assert {f["status"] for f in end["fetched"]} == {"missing"}
    assert end["round"] == 11 and end["link_rule"].startswith("finishing order (live-feed)")
    assert end["recap"]["headline"].startswith(f"{winner.driver} wins")


def test_only_malformed_frames_exit_1_with_one_line_each(feed_server, store):  # noqa: F811
    feed_server.play(frame(450)[:5000])
    out = live(store, feed_server.template, "--max-polls", "2")
    assert out.returncode == 1
    lines = out.stderr.splitlines()
    assert len(lines) == 2 and "Traceback" not in out.stderr
    assert lines[0].startswith("error: cup/2020/4973/live-feed.json: line ")
    assert lines[0].endswith("(truncated or malformed file) (poll 1; frame skipped)")
    assert lines[1] == ("error: cup/2020/4973/live-feed.json: expected a well-formed race frame, got 1 malformed "
                        "in 2 polls (listed above)")
    assert out.stdout == "poll 2: not modified (304)\n"


def test_a_race_id_that_is_not_a_number_exits_2(store):
    out = subprocess.run([sys.executable, "-m", "racewire", "--db", str(store), "live", "cup", "2020", "atl"],
                         capture_output=True, text=True, timeout=120)
    assert out.returncode == 2
    assert out.stderr == "error: race id 'atl': expected NASCAR's race id, a number such as 4973\n"
