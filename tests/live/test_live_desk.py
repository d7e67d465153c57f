"""Live mode against a local CDN serving the real Martinsville 2020 frames (laps 447, 450, 499, 500), interval 0."""

from __future__ import annotations

import json
import shutil
import socket
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from conftest import FEEDS
from frame_server import feed_server, frame  # noqa: F401  (feed_server is a fixture)

from racewire.errors import SourceError, SyncError
from racewire.live import CarOut, CautionOut, FrameUpdate, LiveDesk, NewLeader, NoNewFrame, RaceOver, SkippedFrame
from racewire.newsroom import Newsroom


def malformed() -> bytes:
    """The lap-450 frame with the leader's running position as a word."""
    doc = json.loads(frame(450))
    doc["vehicles"][0]["running_position"] = "first"
    return json.dumps(doc).encode()


@pytest.fixture(scope="module")
def live_room(db_path: Path, tmp_path_factory: pytest.TempPathFactory):
    """A store of its own (the imports of live mode stay out of the session store)."""
    path = tmp_path_factory.mktemp("live") / "live.duckdb"
    shutil.copy(db_path, path)
    room = Newsroom(path)
    yield room
    room.close()


@dataclass
class Run:
    desk: LiveDesk
    updates: list[Any]
    gets: list[dict[str, str]]
    wrap: Any


@pytest.fixture(scope="module")
def martinsville(feed_server, live_room, tmp_path_factory) -> Run:  # noqa: F811
    """The four frames, with the weekend feed and lap times served beside them (no lap notes for this race)."""
    feed_server.play(frame(447), frame(450), frame(499), frame(500))
    desk = LiveDesk(live_room, "cup", 2020, "4973", base_url=feed_server.template, interval=0, max_polls=20,
                    dest=tmp_path_factory.mktemp("frames"), backoff=0)
    updates = list(desk.follow())
    gets = list(feed_server.live_gets)
    return Run(desk, updates, gets, desk.wrap_up())


@pytest.fixture(scope="module")
def history(live_room):
    """The history's cup 2020 round 11."""
    return live_room.race("cup", 2020, 11)


def desk(room: Newsroom, server: Any, tmp_path: Path, **kw: Any) -> LiveDesk:
    return LiveDesk(room, "cup", 2020, "4973", base_url=server.template, interval=0, dest=tmp_path, backoff=0, **kw)


def test_four_frames_four_polls_then_it_stops_by_itself(martinsville):
    assert [type(u) for u in martinsville.updates] == [FrameUpdate] * 4
    assert [u.state.lap for u in martinsville.updates] == [447, 450, 499, 500]
    assert martinsville.desk.polls == 4 and len(martinsville.gets) == 4  # max_polls was 20
    assert [u.state.over for u in martinsville.updates] == [False, False, False, True]
    assert martinsville.updates[-1].state.laps_in_race == 500


def test_truex_leads_every_frame_so_no_lead_change_is_seen(martinsville, history):
    # the final leader is the history's winner of the race
    assert "Martinsville" in history.info.track
    winner = next(r for r in history.results if r.win)
    assert {(u.state.leader.car, u.state.leader.driver) for u in martinsville.updates} == {(winner.car, winner.driver)}
    assert not [c for u in martinsville.updates for c in u.changes if isinstance(c, NewLeader)]
    assert martinsville.updates[-1].state.leader_changes_seen == 0
    over = martinsville.updates[-1].changes[-1]
    assert isinstance(over, RaceOver) and over.lap == 500 and over.winner.car == winner.car


def test_final_top_five_is_the_history_top_five(martinsville, history):
    top5 = [r.car for r in sorted(history.results, key=lambda r: r.finish or 99)[:5]]
    assert [r.car for r in martinsville.updates[-1].state.top5] == top5
    # Blaney (12) ran fourth at lap 447 and finished second
    assert [r.car for r in martinsville.updates[0].state.top5].index("12") == 3


def test_almirola_goes_behind_the_wall_between_laps_450_and_499(martinsville, history):
    outs = [c for u in martinsville.updates for c in u.changes if isinstance(c, CarOut)]
    assert [(c.lap, c.runner.car, c.laps_completed, c.status) for c in outs] == [(499, "10", 476, 6)]
    assert history.result_of(outs[0].runner.driver).laps == 476  # "Battery" in the results
    # Dillon (3), Sorenson (7) and No. 66 were out before lap 447: the first frame is the baseline
    assert {r.car for r in martinsville.updates[0].state.out} == {"3", "7", "66"}


def test_no_caution_in_the_last_53_laps(martinsville):
    # every frame counts 7 caution periods
    assert not [c for u in martinsville.updates for c in u.changes if isinstance(c, CautionOut)]
    assert {u.state.cautions for u in martinsville.updates} == {7}


def test_polls_after_the_first_are_conditional(martinsville):
    headers = [{k.lower(): v for k, v in g.items()} for g in martinsville.gets]
    assert "if-none-match" not in headers[0]
    assert all(h.get("if-none-match", "").startswith('"') for h in headers[1:])


def test_the_finish_imports_frames_and_final_feeds_and_files_the_recap(martinsville, history):
    wrap = martinsville.wrap
    assert wrap.over and wrap.round == history.info.round
    assert [p.name for p in wrap.frames] == [f"live-feed-lap{n}.json" for n in (447, 450, 499, 500)]
    assert {f.kind: f.status for f in wrap.fetched} == {"weekend-feed": "new", "lap-times": "new",
                                                        "lap-notes": "missing"}
    assert wrap.link_rule.startswith("finishing order (weekend-feed)")
    assert wrap.recap == history.recap()
    winner = next(r for r in history.results if r.win)
    assert wrap.recap.startswith(f"# {winner.driver} wins")


def test_a_repeated_frame_is_not_modified_and_max_polls_bounds_the_run(feed_server, live_room, tmp_path):  # noqa: F811
    feed_server.play(frame(447))
    d = desk(live_room, feed_server, tmp_path, max_polls=3)
    updates = list(d.follow())
    assert [type(u) for u in updates] == [FrameUpdate, NoNewFrame, NoNewFrame]
    assert updates[1].reason == "not modified (304)"
    wrap = d.wrap_up()
    assert not wrap.over and wrap.recap is None and wrap.fetched == []
    assert wrap.notes == ["stopped after 3 polls at lap 447 of 500: the race is not over; nothing imported"]


def test_a_malformed_frame_is_skipped_with_its_source_error(feed_server, live_room, tmp_path):  # noqa: F811
    feed_server.play(frame(447), malformed(), frame(450))
    updates = list(desk(live_room, feed_server, tmp_path, max_polls=3).follow())
    assert [type(u) for u in updates] == [FrameUpdate, SkippedFrame, FrameUpdate]
    assert isinstance(updates[1].error, SourceError)
    assert str(updates[1].error) == ('cup/2020/4973/live-feed.json: vehicles[0].running_position: '
                                     'expected an integer, got "first"')
    assert updates[2].state.lap == 450 and not updates[2].first


def test_nothing_but_a_truncated_frame_is_a_source_error(feed_server, live_room, tmp_path):  # noqa: F811
    feed_server.play(frame(450)[:5000])
    updates = []
    with pytest.raises(SourceError, match=r"^cup/2020/4973/live-feed.json: expected a well-formed race frame, "
                                          r"got 1 malformed in 2 polls"):
        for u in desk(live_room, feed_server, tmp_path, max_polls=2).follow():
            updates.append(u)
    assert "truncated or malformed file" in str(updates[0].error)
    assert updates[1].reason == "not modified (304)"


def test_a_frame_of_another_race_is_skipped(feed_server, live_room, tmp_path):  # noqa: F811
    # the CDN's global live feed moves on: Atlanta 2023 (race 5272) is no frame of Martinsville 2020
    feed_server.play((FEEDS / "cup/2023/5272/live-feed-lap233.json").read_bytes())
    updates = list(desk(live_room, feed_server, tmp_path, max_polls=1).follow())
    assert [u.reason for u in updates] == ["the feed is on race 5272 (series 1), not 4973"]


def test_an_unreachable_feed_fails_after_the_retries(live_room, tmp_path):
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    d = LiveDesk(live_room, "cup", 2020, 4973, base_url=f"http://127.0.0.1:{port}", interval=0, retries=2,
                 backoff=0, dest=tmp_path)
    assert d.url == f"http://127.0.0.1:{port}/live/feeds/series_1/4973/live_feed.json"  # NASCAR's per-race path
    with pytest.raises(SyncError, match="live_feed.json: failed after 2 tries"):
        list(d.follow())


def parsed(lap: int, **top: Any) -> Any:
    """A real frame, parsed, with top-level fields changed (the caution and leader rules need events the four
    frames do not have)."""
    from racewire.sources.feeds import live as live_feed

    doc = json.loads(frame(lap))
    doc.update(top)
    return live_feed.parse(json.dumps(doc), f"live-feed-lap{lap}.json")


@pytest.mark.parametrize("count", [8, 7])
def test_a_yellow_flag_is_caution_8_whether_or_not_the_count_moved(count):
    from racewire.live import advance

    before, _ = advance(None, parsed(447))
    after, changes = advance(before, parsed(450, flag_state=2, number_of_caution_segments=count))
    assert [(type(c), c.lap, c.number) for c in changes] == [(CautionOut, 450, 8)]
    assert after.cautions == 8
    again, changes = advance(after, parsed(499, flag_state=2, number_of_caution_segments=8))
    assert not [c for c in changes if isinstance(c, CautionOut)] and again.cautions == 8  # the same caution


def test_a_new_leader_when_the_running_order_turns_over():
    from racewire.live import advance

    doc = json.loads(frame(450))
    first, second = doc["vehicles"][0], doc["vehicles"][1]
    first["running_position"], second["running_position"] = 2, 1  # Keselowski (2) ahead of Truex (19)
    from racewire.sources.feeds import live as live_feed

    before, _ = advance(None, parsed(447))
    after, changes = advance(before, live_feed.parse(json.dumps(doc), "live-feed-lap450.json"))
    assert [str(c) for c in changes] == ["No. 2 Brad Keselowski leads on lap 450, ahead of No. 19 Martin Truex Jr."]
    assert after.leader_changes_seen == 1
