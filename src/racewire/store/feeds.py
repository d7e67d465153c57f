"""Feeds in the store: import (atomic per race, idempotent by content hash), linking to the history, the
cross-check against it, and ``race_feed``: everything the lap facts need about one race.

Linking rule (a feed race -> the history race with the same series and season):

1. finishing order: when the feeds give one (weekend-feed results, race-results, a live final frame, or the
   final ``RunningPos`` of lap-times), the history race whose winner has the feed winner's car number and
   which agrees on the most finishing positions by car number is taken, if at least half of them agree and
   no other race agrees as much;
2. otherwise name and track: the race name and track of the feeds (weekend-feed, then a schedule entry for
   the race id, then loopstats or a live frame) must match exactly one history race of the season, by fuzzy
   score (track >= 85 and name >= 80; rapidfuzz token_set_ratio, case-insensitive);
3. otherwise the feed race stays unlinked and ``link_rule`` says why; its rows are stored all the same.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

import hashlib

import pyarrow as pa

from ..errors import SourceError, StoreError
from ..sources.feeds import FeedFile, file_name, read_file
from ..sources.feeds.reader import SERIES_BY_ID

RACE_TABLES = ("feed_results", "feed_laps", "feed_lap_flags", "feed_cautions", "feed_flag_changes", "feed_leaders",
               "feed_stage_results", "feed_notes", "feed_pit_stops", "feed_loop", "feed_live_cars")
SEASON_TABLES = ("feed_schedule", "feed_points")
_RACE_FIELDS = ("name", "track", "race_date", "scheduled_laps", "actual_laps", "stage_laps", "lead_changes",
                "leaders", "cautions", "caution_laps", "average_speed", "total_race_time", "margin_of_victory",
                "comments")


# -- reports --------------------------------------------------------------------------------------------
@dataclass
class FileReport:
    name: str
    kind: str
    status: str          # imported, unchanged, skipped, error
    detail: str = ""
    rows: int = 0


@dataclass
class RaceReport:
    """What an import did for one feed race, and how it compares with the history."""

    series: str
    season: int
    feed_race_id: str
    files: list[FileReport] = field(default_factory=list)
    changed: bool = False
    error: str = ""
    round: int | None = None
    link_rule: str = ""
    name: str | None = None
    discrepancies: list[str] = field(default_factory=list)
    laps_led_compared: int = 0     # drivers with lap-derived laps led and a history Led
    laps_led_matched: int = 0

    @property
    def label(self) -> str:
        return f"{self.series} {self.season} race {self.feed_race_id}"


@dataclass
class ImportReport:
    races: list[RaceReport] = field(default_factory=list)
    other: list[FileReport] = field(default_factory=list)

    @property
    def errors(self) -> list[str]:
        return [r.error for r in self.races if r.error] + \
               [f"{f.name}: {f.detail}" for f in self.other if f.status == "error"]

    @property
    def changed(self) -> bool:
        return any(r.changed for r in self.races) or any(f.status == "imported" for f in self.other)

    @property
    def laps_led_match(self) -> tuple[int, int]:
        """(drivers whose lap-derived laps led equal the history's Led, drivers compared)."""
        return (sum(r.laps_led_matched for r in self.races), sum(r.laps_led_compared for r in self.races))


# -- import ---------------------------------------------------------------------------------------------
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
    from ..sources.feeds import _layout

    return None if _layout(path.resolve())[0] else rel


def _race_key_of_path(path: Path) -> tuple[str, int, str] | None:
    from ..sources.feeds import _layout

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
        _read_link(store, race)
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
    _read_link(store, race)


def _read_link(store: Any, race: RaceReport) -> None:
    row = store.one("SELECT round, link_rule, name FROM feed_races WHERE series = ? AND season = ? "
                    "AND feed_race_id = ?", [race.series, race.season, race.feed_race_id])
    if row:
        race.round, race.link_rule, race.name = row


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
    row = store.all(f"SELECT {', '.join(_RACE_FIELDS)} FROM feed_races WHERE series = ? AND season = ? "
                    "AND feed_race_id = ?", list(key))
    have = dict(zip(_RACE_FIELDS, row[0])) if row else dict.fromkeys(_RACE_FIELDS)
    for k, v in attrs.items():
        if v is not None and (kind == "weekend-feed" or have.get(k) is None):
            have[k] = v
    store.execute("DELETE FROM feed_races WHERE series = ? AND season = ? AND feed_race_id = ?", list(key))
    store.execute(f"INSERT INTO feed_races (series, season, feed_race_id, {', '.join(_RACE_FIELDS)}) "
                  f"VALUES (?, ?, ?, {', '.join('?' * len(_RACE_FIELDS))})", [*key, *have.values()])


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




# -- linking ------------------------------------------------------------------------------------------------
_HISTORY_SQL = """SELECT r.round, r.name, t.name, x.car, x.finish, x.laps, x.led, x.win, d.name, x.status
                  FROM races r JOIN tracks t ON t.id = r.track_id JOIN results x ON x.race_id = r.id
                  JOIN drivers d ON d.id = x.driver_id WHERE r.series = ? AND r.season = ?"""


@dataclass(frozen=True)
class _HistoryRace:
    round: int
    name: str | None
    track: str
    cars: dict[str, tuple[str, int | None, int | None, int | None, str | None]]  # car -> driver, finish, laps, led, status
    winner_car: str | None


def _history(store: Any, series: str, season: int, round: int | None = None) -> dict[int, _HistoryRace]:
    sql, params = _HISTORY_SQL, [series, season]
    if round is not None:
        sql, params = sql + " AND r.round = ?", params + [round]
    races: dict[int, dict[str, Any]] = {}
    for rnd, name, track, car, finish, laps, led, win, driver, status in store.all(sql, params):
        r = races.setdefault(rnd, {"name": name, "track": track, "cars": {}, "winner": None})
        if car is not None:
            r["cars"][car] = (driver, finish, laps, led, status)
        if win:
            r["winner"] = car
    return {k: _HistoryRace(k, v["name"], v["track"], v["cars"], v["winner"]) for k, v in races.items()}


def _feed_order(store: Any, key: tuple[str, int, str]) -> tuple[dict[str, int], str]:
    """car -> finishing position from the best feed that has one, and that feed's kind."""
    rows = store.all("""SELECT s.kind, x.car, x.finish FROM feed_results x JOIN feed_sources s ON s.name = x.source
                        WHERE x.series = ? AND x.season = ? AND x.feed_race_id = ? AND x.finish IS NOT NULL""",
                     list(key))
    for kind in ("weekend-feed", "race-results", "live-feed"):
        got = {car: fin for k, car, fin in rows if k == kind}
        if got:
            return got, kind
    got = dict(store.all("""SELECT DISTINCT car, final_pos FROM feed_laps WHERE series = ? AND season = ?
                            AND feed_race_id = ? AND final_pos IS NOT NULL""", list(key)))
    return got, "lap-times"


def link(store: Any, series: str, season: int, feed_race_id: str) -> tuple[int | None, str]:
    """(round, rule) of the history race a feed race is, or (None, why not); see the module docstring."""
    from rapidfuzz import fuzz

    key = (series, season, feed_race_id)
    history = _history(store, series, season)
    if not history:
        return None, f"unlinked: the history has no {series} {season} races"
    order, kind = _feed_order(store, key)
    if order:
        winner = next((c for c, f in order.items() if f == 1), None)
        scored = []
        for h in history.values():
            if winner is None or h.winner_car != winner:
                continue
            agree = sum(1 for car, fin in order.items() if car in h.cars and h.cars[car][1] == fin)
            scored.append((agree, h.round))
        scored.sort(reverse=True)
        if scored and scored[0][0] >= len(order) / 2 and (len(scored) == 1 or scored[1][0] < scored[0][0]):
            agree, rnd = scored[0]
            return rnd, (f"finishing order ({kind}): {agree} of {len(order)} positions agree by car number, "
                         f"winner No. {winner}")
    sched = store.one("""SELECT name, track FROM feed_schedule WHERE series = ? AND season = ? AND feed_race_id = ?
                         ORDER BY source LIMIT 1""", list(key))
    own = store.one("SELECT name, track FROM feed_races WHERE series = ? AND season = ? AND feed_race_id = ?",
                    list(key))
    name, track = (sched or own or (None, None))
    if not name or not track:
        why = "its feeds give neither a finishing order that matches one race nor a race name and track"
        return None, f"unlinked: {why}"
    hits = [h.round for h in history.values()
            if fuzz.token_set_ratio(track.lower(), h.track.lower()) >= 85
            and fuzz.token_set_ratio(name.lower(), (h.name or "").lower()) >= 80]
    if len(hits) == 1:
        return hits[0], f"race name and track: {name!r} at {track!r}"
    return None, (f"unlinked: {name!r} at {track!r} matches {len(hits)} {series} {season} races by name and "
                  "track" + (" and no finishing order agrees" if order else ""))


# -- cross-check --------------------------------------------------------------------------------------------
def cross_check(store: Any, race: RaceReport) -> None:
    """Compare a linked feed race with its history race: finishing order, laps led, laps completed.

    Every disagreement is listed in ``race.discrepancies``; lap-derived laps led (laps at the line in
    ``RunningPos`` 1) are counted against the history's ``Led`` into the match rate.
    """
    _read_link(store, race)
    if race.round is None:
        return
    key = (race.series, race.season, race.feed_race_id)
    hist = _history(store, race.series, race.season, race.round).get(race.round)
    if hist is None:
        return
    out = race.discrepancies
    official = store.all("""SELECT s.kind, x.car, x.finish, x.laps_completed, x.laps_led FROM feed_results x
                            JOIN feed_sources s ON s.name = x.source
                            WHERE x.series = ? AND x.season = ? AND x.feed_race_id = ?""", list(key))
    kinds = [k for k in ("weekend-feed", "race-results", "live-feed") if any(r[0] == k for r in official)]
    if kinds:
        rows = {car: (fin, laps, led) for k, car, fin, laps, led in official if k == kinds[0]}
        _compare(out, kinds[0], rows, hist)
    laps = store.all("""SELECT car, max(final_pos), max(lap), sum(CASE WHEN lap >= 1 AND running_pos = 1 THEN 1
                        ELSE 0 END) FROM feed_laps WHERE series = ? AND season = ? AND feed_race_id = ?
                        GROUP BY car""", list(key))
    if laps:
        derived = {car: (fin, completed, led) for car, fin, completed, led in laps}
        _compare(out, "lap-times", derived, hist)
        for car, (_f, _c, led) in derived.items():
            if car in hist.cars and hist.cars[car][3] is not None:
                race.laps_led_compared += 1
                race.laps_led_matched += int(hist.cars[car][3] == led)


def _compare(out: list[str], kind: str, rows: dict[str, tuple[Any, Any, Any]], hist: _HistoryRace) -> None:
    what = "lap-derived " if kind == "lap-times" else ""
    for car, (fin, laps, led) in sorted(rows.items(), key=lambda kv: (kv[1][0] is None, kv[1][0] or 0)):
        if car not in hist.cars:
            out.append(f"{kind}: No. {car} finished {fin} in the feed but is not in the history results")
            continue
        driver, h_fin, h_laps, h_led, _status = hist.cars[car]
        for label, mine, theirs in (("finish", fin, h_fin), ("laps completed", laps, h_laps),
                                    (f"{what}laps led", led, h_led)):
            if mine is not None and theirs is not None and mine != theirs:
                out.append(f"{kind}: No. {car} {driver}: {label} {mine} in the feed, {theirs} in the history")
    for car, (driver, *_rest) in hist.cars.items():
        if car not in rows:
            out.append(f"{kind}: No. {car} {driver} is in the history results but not in the feed")


# -- what the facts read ------------------------------------------------------------------------------------
@dataclass(frozen=True)
class FeedCar:
    """One car's laps as columns, lap 0 (the start) first. ``car`` is text."""

    car: str
    driver: str
    driver_id: int | None
    final_pos: int | None
    laps: tuple[int, ...]
    times: tuple[float | None, ...]
    positions: tuple[int | None, ...]


@dataclass(frozen=True)
class FeedResult:
    car: str
    driver: str
    finish: int | None
    start: int | None
    laps_completed: int | None
    laps_led: int | None
    status: str | None


@dataclass(frozen=True)
class FeedRace:
    """Everything the feeds say about one history race (``race_feed``), ready for the lap facts."""

    series: str
    season: int
    feed_race_id: str
    round: int
    link_rule: str
    name: str | None
    track: str | None
    scheduled_laps: int | None
    actual_laps: int | None
    stage_laps: tuple[int, ...]
    lead_changes: int | None
    leaders: int | None
    cautions: int | None
    caution_laps: int | None
    margin_of_victory: float | None
    results: tuple[FeedResult, ...]                         # official (weekend-feed) or a live final frame
    cars: tuple[FeedCar, ...]                               # lap-times, in final running order
    flags: tuple[tuple[int, int], ...]                      # (lap, flag state) from lap-times
    cautions_list: tuple[tuple[int, int, str | None, str | None, str | None], ...]  # start, end, reason, comment, free pass
    lead_ledger: tuple[tuple[int, int, str], ...]           # official race_leaders: start, end, car
    stage_results: tuple[tuple[int, int, str, str, int | None], ...]  # stage, position, car, driver, points
    notes: tuple[tuple[int, int | None, str], ...]          # lap-notes: lap, flag state, note
    flag_changes: tuple[tuple[int | None, int, str | None, str | None], ...]  # live-flag-data: lap, flag, comment, free pass
    sources: tuple[str, ...]


def race_feed(store: Any, series: str, season: int, round: int) -> FeedRace | None:
    """The feeds of one history race, or None when no feed race is linked to it."""
    row = store.one(f"""SELECT feed_race_id, link_rule, {', '.join(_RACE_FIELDS)} FROM feed_races
                        WHERE series = ? AND season = ? AND round = ? ORDER BY feed_race_id LIMIT 1""",
                    [series, season, round])
    if not row:
        return None
    fid, rule = row[0], row[1]
    a = dict(zip(_RACE_FIELDS, row[2:]))
    key = [series, season, fid]
    cond = "WHERE series = ? AND season = ? AND feed_race_id = ?"
    official = store.all(f"""SELECT s.kind, x.car, x.driver, x.finish, x.start, x.laps_completed, x.laps_led, x.status
                             FROM feed_results x JOIN feed_sources s ON s.name = x.source
                             {cond.replace('series', 'x.series').replace('season', 'x.season')
                                  .replace('feed_race_id', 'x.feed_race_id')} ORDER BY x.finish""", key)
    kinds = [k for k in ("weekend-feed", "race-results", "live-feed") if any(r[0] == k for r in official)]
    results = tuple(FeedResult(*r[1:]) for r in official if kinds and r[0] == kinds[0])
    t = store.arrow(f"""SELECT car, driver, driver_id, final_pos, lap, lap_time, running_pos FROM feed_laps
                        {cond} ORDER BY final_pos NULLS LAST, car, lap""", key)
    cols = {c: t.column(c).to_pylist() for c in t.column_names}
    cars = []
    i, n = 0, len(cols["car"])
    while i < n:
        j = i
        while j < n and cols["car"][j] == cols["car"][i]:
            j += 1
        cars.append(FeedCar(cols["car"][i], cols["driver"][i], cols["driver_id"][i], cols["final_pos"][i],
                            tuple(cols["lap"][i:j]), tuple(cols["lap_time"][i:j]), tuple(cols["running_pos"][i:j])))
        i = j
    return FeedRace(
        series, season, fid, round, rule, a["name"], a["track"], a["scheduled_laps"], a["actual_laps"],
        tuple(int(x) for x in a["stage_laps"].split(",")) if a["stage_laps"] else (), a["lead_changes"],
        a["leaders"], a["cautions"], a["caution_laps"], a["margin_of_victory"], results, tuple(cars),
        tuple(store.all(f"SELECT lap, flag_state FROM feed_lap_flags {cond} ORDER BY lap", key)),
        tuple(store.all(f"SELECT start_lap, end_lap, reason, comment, beneficiary FROM feed_cautions {cond} "
                        "ORDER BY start_lap", key)),
        tuple(store.all(f"SELECT start_lap, end_lap, car FROM feed_leaders {cond} ORDER BY start_lap", key)),
        tuple(store.all(f"SELECT stage, position, car, driver, points FROM feed_stage_results {cond} "
                        "ORDER BY stage, position", key)),
        tuple(store.all(f"SELECT lap, flag_state, note FROM feed_notes {cond} ORDER BY lap, note_id", key)),
        tuple(store.all(f"SELECT lap, flag_state, comment, beneficiary FROM feed_flag_changes {cond} ORDER BY seq",
                        key)),
        tuple(r[0] for r in store.all("SELECT name FROM feed_sources WHERE series = ? AND season = ? "
                                      "AND feed_race_id = ? ORDER BY name", key)))


__all__ = ["import_paths", "race_feed", "FeedRace", "FeedCar", "FeedResult", "ImportReport", "RaceReport",
           "FileReport", "link", "cross_check"]
