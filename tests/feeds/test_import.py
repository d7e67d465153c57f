"""Importing the real feeds folder: every race goes in, links to its history race, and re-import is a no-op."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from racewire.errors import SourceError
from racewire.store import Store
from racewire.store.feeds import import_paths, race_feed

from conftest import FEEDS
from feeds_store import feeds_db  # noqa: F401  (fixture)

TABLES = ("feed_sources", "feed_races", "feed_results", "feed_laps", "feed_lap_flags", "feed_cautions",
          "feed_flag_changes", "feed_leaders", "feed_stage_results", "feed_notes", "feed_pit_stops", "feed_loop",
          "feed_live_cars", "feed_schedule", "feed_points")


def counts(store: Store) -> dict[str, int]:
    return {t: store.one(f"SELECT count(*) FROM {t}")[0] for t in TABLES}


def race_dirs() -> set[tuple[str, str, str]]:
    return {(p.parts[-3], p.parts[-2], p.parts[-1]) for p in FEEDS.glob("*/*/*") if p.parent.parent.name != "misc"}


@pytest.fixture(scope="module")
def reimport(feeds_db):
    with Store(feeds_db, init=False) as store:
        before = counts(store)
        report = import_paths(store, [FEEDS])
        yield store, before, report


def test_every_race_folder_is_imported_and_reimport_changes_nothing(reimport):
    store, before, report = reimport
    assert not report.errors and not report.changed
    dirs = {("nxs" if s == "xfinity" else s, str(y), r) for s, y, r in
            store.all("SELECT series, season, feed_race_id FROM feed_races")}
    # 5271 holds only a between-events stub (no cars), 5273 only final-practice timing: no race data to keep
    assert race_dirs() - dirs == {("cup", "2023", "5271"), ("cup", "2023", "5273")}
    assert counts(store) == before
    assert all(f.status == "unchanged" for r in report.races for f in r.files)


def test_lap_derived_laps_led_match_the_history_for_most_drivers(reimport):
    # laps at RunningPos 1 vs the history's Led: the official count credits some laps differently (±1, SCHEMAS.md)
    matched, compared = reimport[2].laps_led_match
    print(f"laps-led match rate: {matched}/{compared} = {matched / compared:.1%}")
    assert compared >= 700 and matched / compared >= 0.9


def test_links_by_finishing_order_and_reports_the_unlinked(reimport):
    races = {(r.series, r.season, r.feed_race_id): r for r in reimport[2].races}
    assert races["cup", 2025, "5550"].round == 9            # Food City 500, Bristol
    assert races["cup", 2022, "unknown-atlanta-2022-07"].round == 19  # Elliott, Quaker State 400
    assert races["cup", 2025, "5557"].round == 12 and races["cup", 2025, "5583"].round == 6  # both Larson, 267 laps
    # two cars disqualified after the race: linked by schedule name and track instead
    assert races["cup", 2025, "5555"].link_rule.startswith("race name and track")
    assert races["truck", 2014, "4372"].round is None and races["truck", 2014, "4372"].link_rule.startswith("unlinked")
    assert races["xfinity", 2026, "5651"].link_rule == "unlinked: the history has no xfinity 2026 races"


def test_bristol_2025_cross_check_lists_each_discrepancy(reimport):
    race = next(r for r in reimport[2].races if r.feed_race_id == "5550")
    assert "lap-times: No. 5 Kyle Larson: lap-derived laps led 410 in the feed, 411 in the history" in race.discrepancies
    assert "weekend-feed: No. 16 A.J. Allmendinger: laps completed 500 in the feed, 499 in the history" \
        in race.discrepancies
    assert (race.laps_led_matched, race.laps_led_compared) == (37, 39)


def test_race_feed_has_what_the_facts_need(feeds_db):
    with Store(feeds_db, init=False) as store:
        feed = race_feed(store, "cup", 2025, 9)
        assert race_feed(store, "cup", 2025, 13) is None
    assert feed is not None and feed.margin_of_victory == 2.25 and feed.stage_laps == (125, 125, 250)
    assert len(feed.cars) == 39 and feed.cars[0].car == "5" and feed.cars[0].laps[-1] == 500
    assert len(feed.flags) == 501 and feed.lead_changes == 4


def test_a_truncated_file_keeps_its_whole_race_out(db_path, tmp_path: Path):
    race = tmp_path / "feeds" / "cup" / "2025" / "5550"
    race.mkdir(parents=True)
    shutil.copy(FEEDS / "cup/2025/5550/weekend-feed.json", race)
    (race / "lap-times.json").write_bytes((FEEDS / "cup/2025/5550/lap-times.json").read_bytes()[:50_000])
    shutil.copy(db_path, tmp_path / "x.duckdb")
    with Store(tmp_path / "x.duckdb", init=False) as store:
        report = import_paths(store, [tmp_path / "feeds"])
        assert report.errors and "cup/2025/5550/lap-times.json: line 1" in report.errors[0]
        assert store.one("SELECT count(*) FROM feed_races")[0] == 0
        assert store.one("SELECT count(*) FROM feed_sources")[0] == 0


def test_a_missing_path_is_a_source_error(db_path, tmp_path: Path):
    shutil.copy(db_path, tmp_path / "x.duckdb")
    with Store(tmp_path / "x.duckdb", init=False) as store, pytest.raises(SourceError, match="nothing there"):
        import_paths(store, [tmp_path / "nope"])
