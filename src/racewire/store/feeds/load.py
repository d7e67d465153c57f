"""Importing feed files: atomic per race (one transaction), idempotent by content hash."""

from __future__ import annotations

import hashlib
from collections import defaultdict
from collections.abc import Iterable
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

import pyarrow as pa

from ...errors import SourceError, StoreError
from ...sources.feeds import FeedFile, file_name, read_file
from ...sources.feeds.reader import SERIES_BY_ID
from .link import cross_check, link, read_link
from .read import RACE_FIELDS
from .reports import FileReport, ImportReport, RaceReport

RACE_TABLES = ("feed_results", "feed_laps", "feed_lap_flags", "feed_cautions", "feed_flag_changes", "feed_leaders",
               "feed_stage_results", "feed_notes", "feed_pit_stops", "feed_loop", "feed_live_cars")
SEASON_TABLES = ("feed_schedule", "feed_points")


def feed_files(paths: Iterable[str | Path]) -> list[tuple[Path, str | None]]:
    """Every .json file under the given files and folders, with its name relative to a given folder."""
    out: list[tuple[Path, str | None]] = []
    for p in map(Path, paths):
        if p.is_dir():
            out += [(f, f.relative_to(p).as_posix()) for f in sorted(p.rglob("*.json"))]
        elif p.is_file():
            out.append((p, None))
        else:
            raise SourceError(p, "", "a feed file or a folder of them", "nothing there")
    return out


def import_paths(store: Any, paths: Iterable[str | Path]) -> ImportReport:
    """Import feed files and folders: one transaction per race; files whose content is already stored are
    left alone; a malformed file keeps its whole race out (reported), the other races go in."""
    report = ImportReport()
    by_race: dict[tuple[str, int, str], list[FeedFile]] = defaultdict(list)
    errors: dict[tuple[str, int, str], str] = {}
    season_files: list[FeedFile] = []
    known = dict(store.all("SELECT name, sha256 FROM feed_sources"))
    stored = {r[0]: r[1:] for r in store.all("SELECT name, kind, series, season, feed_race_id FROM feed_sources")}
    unchanged: dict[tuple[str, int, str], list[FileReport]] = defaultdict(list)
    for path, rel in feed_files(paths):
        name = file_name(path.resolve(), _layout_name(rel, path))
        try:
            data = path.read_bytes()
        except OSError as exc:
            report.other.append(FileReport(name, "?", "error", f"cannot read: {exc.strerror}"))
            continue
        if name in stored and known.get(name) == hashlib.sha256(data).hexdigest():  # idempotent: skip the parse
            kind, *rkey = stored[name]
            if rkey[2] is None:
                report.other.append(FileReport(name, kind, "unchanged"))
            else:
                unchanged[tuple(rkey)].append(FileReport(name, kind, "unchanged"))  # type: ignore[index]
                by_race.setdefault(tuple(rkey), [])  # type: ignore[arg-type]
            continue
        try:
            f = read_file(path, data, name=name)
        except SourceError as exc:
            key = _race_key_of_path(path)
            if key:
                errors.setdefault(key, str(exc))
                by_race.setdefault(key, [])
            else:
                report.other.append(FileReport(str(rel or path), "?", "error", str(exc)))
            continue
        if f.note:
            report.other.append(FileReport(f.name, f.kind, "skipped", f.note))
        elif f.race_id is None:
            season_files.append(f)
        else:
            by_race[(f.series, f.season, f.race_id)].append(f)  # type: ignore[index]
    for f in season_files:  # schedules first: the linking reads them
        report.other.append(_import_season_file(store, f, known))
    for key in sorted(by_race, key=lambda k: (k[0], k[1], k[2])):
        race = RaceReport(*key)
        report.races.append(race)
        if key in errors:
            race.error = errors[key] + " (nothing of this race was imported)"
            continue
        race.files += unchanged.get(key, [])
        _import_race(store, race, by_race[key], known)
        cross_check(store, race)
    return report


def _layout_name(rel: str | None, path: Path) -> str | None:
    """Laid-out files are known by {series}/{season}/{race_id}/{file}; others by their path under the folder."""
    from ...sources.feeds import _layout

    return None if _layout(path.resolve())[0] else rel


def _race_key_of_path(path: Path) -> tuple[str, int, str] | None:
    from ...sources.feeds import _layout

    s, y, r = _layout(path)
    return (s, y, r) if s and y and r else None


def _import_season_file(store: Any, f: FeedFile, known: dict[str, str]) -> FileReport:
    if known.get(f.name) == f.sha256:
        return FileReport(f.name, f.kind, "unchanged")
    rows = _season_rows(f)
    _transaction(store, lambda: _replace(store, f, {("feed_schedule" if f.kind == "schedule" else "feed_points"):
                                                      rows}, len(rows)), f.name)
    return FileReport(f.name, f.kind, "imported", rows=len(rows))


def _season_rows(f: FeedFile) -> list[dict[str, Any]]:
    if f.kind == "schedule":
        return [{"source": f.name, "series": SERIES_BY_ID.get(r.series_id), "season": r.season or f.season,
                 "feed_race_id": str(r.race_id), "name": r.name, "track": r.track, "race_date": r.date,
                 "scheduled_laps": r.scheduled_laps, "race_type": r.race_type,
                 "winner_driver_id": r.winner_driver_id} for r in f.record]
    return [{"source": f.name, "series": f.series, "season": f.season, "feed_race_id": f.race_id,
             "position": r.position, "name": r.name, "driver_id": r.driver_id, "car": r.car, "points": r.points,
             "wins": r.wins, "earned_this_race": r.earned_this_race} for r in f.record]


def _import_race(store: Any, race: RaceReport, files: list[FeedFile], known: dict[str, str]) -> None:
    changed = [f for f in files if known.get(f.name) != f.sha256]
    for f in files:
        if f not in changed:
            race.files.append(FileReport(f.name, f.kind, "unchanged"))
    if not changed:
        read_link(store, race)
        return
    key = (race.series, race.season, race.feed_race_id)

    def work() -> None:
        for f in changed:
            tables, attrs = _race_rows(f, key)
            n = sum(len(v) for v in tables.values())
            _replace(store, f, tables, n)
            _merge_race(store, key, attrs, f.kind)
            race.files.append(FileReport(f.name, f.kind, "imported", rows=n))
        rnd, rule = link(store, *key)
        store.execute("UPDATE feed_races SET round = ?, link_rule = ? WHERE series = ? AND season = ? "
                      "AND feed_race_id = ?", [rnd, rule, *key])

    _transaction(store, work, race.label)
    race.changed = True
    read_link(store, race)




def _transaction(store: Any, work: Any, what: str) -> None:
    """One race's files all in, or none: the store's transaction (DuckDB or PostgreSQL)."""
    try:
        with store.transaction():
            work()
    except (SourceError, StoreError):
        raise
    except Exception as exc:
        raise StoreError(f"importing {what} into {store.path} failed, nothing of it changed: {exc}") from None


def _replace(store: Any, f: FeedFile, tables: dict[str, list[dict[str, Any]]], n: int) -> None:
    """Drop everything a file brought before and insert what it brings now; record its hash."""
    for table in tables:  # a file always writes the same tables (its kind's)
        store.execute(f"DELETE FROM {table} WHERE source = ?", [f.name])
    for table, rows in tables.items():
        _insert(store, table, rows)
    store.execute("DELETE FROM feed_sources WHERE name = ?", [f.name])
    store.execute("INSERT INTO feed_sources VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                  [f.name, f.kind, f.series, f.season, f.race_id, f.sha256, f.origin, n,
                   datetime.now(timezone.utc).replace(tzinfo=None)])


def _insert(store: Any, table: str, rows: list[dict[str, Any]] | dict[str, list[Any]]) -> None:
    if not rows:
        return
    data = rows if isinstance(rows, dict) else {k: [r[k] for r in rows] for k in rows[0]}
    if not next(iter(data.values())):
        return
    cols = ", ".join(data)
    if store.kind == "duckdb":  # bulk path: DuckDB reads the Arrow table in place
        store.con.register("feed_rows", pa.table(data))
        try:
            store.execute(f"INSERT INTO {table} ({cols}) SELECT {cols} FROM feed_rows")
        finally:
            store.con.unregister("feed_rows")
        return
    marks = ", ".join("?" * len(data))
    store.executemany(f"INSERT INTO {table} ({cols}) VALUES ({marks})", list(zip(*data.values())))


def _merge_race(store: Any, key: tuple[str, int, str], attrs: dict[str, Any], kind: str) -> None:
    """Create or complete the feed race row: the weekend feed's values win, others only fill gaps."""
    row = store.all(f"SELECT {', '.join(RACE_FIELDS)} FROM feed_races WHERE series = ? AND season = ? "
                    "AND feed_race_id = ?", list(key))
    have = dict(zip(RACE_FIELDS, row[0])) if row else dict.fromkeys(RACE_FIELDS)
    for k, v in attrs.items():
        if v is not None and (kind == "weekend-feed" or have.get(k) is None):
            have[k] = v
    store.execute("DELETE FROM feed_races WHERE series = ? AND season = ? AND feed_race_id = ?", list(key))
    store.execute(f"INSERT INTO feed_races (series, season, feed_race_id, {', '.join(RACE_FIELDS)}) "
                  f"VALUES (?, ?, ?, {', '.join('?' * len(RACE_FIELDS))})", [*key, *have.values()])


def _race_rows(f: FeedFile, key: tuple[str, int, str]) -> tuple[dict[str, Any], dict[str, Any]]:
    """(table -> rows, race attributes) for one race file."""
    base = dict(zip(("series", "season", "feed_race_id"), key), source=f.name)
    r = f.record
    tables: dict[str, Any] = {}
    attrs: dict[str, Any] = {}

    def rows(items: Iterable[dict[str, Any]]) -> list[dict[str, Any]]:
        return [{**base, **i} for i in items]

    if f.kind in ("weekend-feed", "race-results"):
        results = r.results if f.kind == "weekend-feed" else r[1]
        tables["feed_results"] = rows(
            dict(car=x.car, driver_id=x.driver_id, driver=x.driver, finish=x.finish, start=x.start,
                 laps_completed=x.laps_completed, laps_led=x.laps_led, times_led=x.times_led, status=x.status,
                 make=x.make, team=x.team, points=x.points) for x in results)
    if f.kind == "weekend-feed":
        attrs = dict(name=r.name, track=r.track, race_date=r.race_date, scheduled_laps=r.scheduled_laps,
                     actual_laps=r.actual_laps, stage_laps=",".join(map(str, r.stage_laps)) or None,
                     lead_changes=r.lead_changes, leaders=r.leaders, cautions=r.cautions,
                     caution_laps=r.caution_laps, average_speed=r.average_speed, total_race_time=r.total_race_time,
                     margin_of_victory=r.margin_of_victory, comments=r.comments)
        tables["feed_cautions"] = rows(dict(start_lap=c.start_lap, end_lap=c.end_lap, reason=c.reason,
                                            comment=c.comment, beneficiary=c.beneficiary) for c in r.caution_segments)
        tables["feed_leaders"] = rows(dict(start_lap=s.start_lap, end_lap=s.end_lap, car=s.car)
                                      for s in r.race_leaders)
        tables["feed_stage_results"] = rows(dict(stage=s.stage, position=s.position, car=s.car,
                                                 driver_id=s.driver_id, driver=s.driver, points=s.points)
                                            for s in r.stage_results)
    elif f.kind == "lap-times":
        cols: dict[str, list[Any]] = {k: [] for k in ("car", "driver_id", "driver", "make", "final_pos", "lap",
                                                      "lap_time", "lap_speed", "running_pos")}
        for c in r.cars:
            n = len(c.laps)
            for k, v in (("car", c.car), ("driver_id", c.driver_id), ("driver", c.driver), ("make", c.make),
                         ("final_pos", c.final_pos)):
                cols[k] += [v] * n
            cols["lap"] += c.laps
            cols["lap_time"] += [None if t is None else float(t) for t in c.times]
            cols["lap_speed"] += c.speeds
            cols["running_pos"] += c.positions
        total = len(cols["lap"])
        for k, v in base.items():
            cols[k] = [v] * total
        tables["feed_laps"] = cols
        tables["feed_lap_flags"] = rows(dict(lap=lap, flag_state=s) for lap, s in r.flags)
        attrs = dict(actual_laps=r.last_lap or None)
    elif f.kind == "lap-notes":
        tables["feed_notes"] = rows(dict(lap=n.lap, flag_state=n.flag_state, note=n.note, note_id=n.note_id,
                                         driver_ids=",".join(map(str, n.driver_ids))) for n in r)
    elif f.kind == "live-feed":
        tables["feed_live_cars"] = rows(
            dict(frame_lap=r.lap, car=c.car, driver_id=c.driver_id, driver=c.driver, running_pos=c.running_pos,
                 start=c.start, laps_completed=c.laps_completed, laps_led=c.laps_led, status=c.status,
                 delta=c.delta) for c in r.cars)
        tables["feed_results"] = []
        if r.is_final:
            tables["feed_results"] = rows(
                dict(car=c.car, driver_id=c.driver_id, driver=c.driver, finish=c.running_pos, start=c.start,
                     laps_completed=c.laps_completed, laps_led=c.laps_led, times_led=len(c.led_spells),
                     status=None if c.status is None else ("running" if c.status == 1 else f"status {c.status}"),
                     make=c.make, team=None, points=None) for c in r.cars)
            attrs = dict(actual_laps=r.lap, lead_changes=r.lead_changes, leaders=r.leaders, cautions=r.cautions,
                         caution_laps=r.caution_laps)
        attrs.update(name=r.run_name, track=r.track, scheduled_laps=r.laps_in_race)
    elif f.kind == "live-flag-data":
        tables["feed_flag_changes"] = rows(dict(seq=i, lap=c.lap, flag_state=c.flag_state, elapsed=c.elapsed,
                                                comment=c.comment, beneficiary=c.beneficiary) for i, c in enumerate(r))
    elif f.kind == "live-pit-data":
        tables["feed_pit_stops"] = rows(
            dict(car=p.car, driver=p.driver, leader_lap=p.leader_lap, lap=p.lap, in_flag=p.in_flag,
                 out_flag=p.out_flag, pit_road_time=p.pit_road_time, stop_time=p.stop_time, stop_type=p.stop_type,
                 tires=p.tires, positions_gained=p.positions_gained) for p in r)
    elif f.kind == "loopstats":
        tables["feed_loop"] = rows(
            dict(driver_id=d.driver_id, start_pos=d.start, mid_pos=d.mid, finish_pos=d.finish, best_pos=d.best,
                 worst_pos=d.worst, avg_pos=d.avg_pos, green_flag_passes=d.green_flag_passes,
                 quality_passes=d.quality_passes, fast_laps=d.fast_laps, top15_laps=d.top15_laps,
                 lead_laps=d.lead_laps, laps=d.laps, rating=d.rating) for d in r.drivers)
        attrs = dict(name=r.name, scheduled_laps=r.scheduled_laps, actual_laps=r.actual_laps)
    elif f.kind == "live-stage-points":
        tables["feed_stage_results"] = rows(dict(stage=s.stage, position=s.position, car=s.car, driver_id=s.driver_id,
                                                 driver=s.driver, points=s.points) for s in r)
    elif f.kind in ("live-points", "points"):
        tables["feed_points"] = [dict(source=f.name, series=key[0], season=key[1], feed_race_id=key[2],
                                      position=p.position, name=p.name, driver_id=p.driver_id, car=p.car,
                                      points=p.points, wins=p.wins, earned_this_race=p.earned_this_race) for p in r]
    return tables, attrs
