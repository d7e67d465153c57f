"""Typed reads from the store. The only place above the loader that writes SQL for the history."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from ..errors import NotFound
from ..model import RaceKey, SeriesId, closest, series_name


@dataclass(frozen=True)
class RaceRow:
    """One points race with its track."""

    id: int
    series: SeriesId
    season: int
    round: int
    name: str | None
    track: str
    track_length: float | None
    surface: str | None

    @property
    def key(self) -> RaceKey:
        return RaceKey(self.series, self.season, self.round)

    def to_dict(self) -> dict[str, Any]:
        return {"series": self.series, "season": self.season, "round": self.round, "name": self.name,
                "track": self.track, "track_length": self.track_length, "surface": self.surface,
                "series_name": series_name(self.series, self.season)}


@dataclass(frozen=True)
class ResultRow:
    """One driver's result in one race. ``car`` is text: "07" is not "7"."""

    race_id: int
    driver_id: str
    driver: str
    car: str | None
    make: str | None
    team: str | None
    start: int | None
    finish: int | None
    laps: int | None
    led: int | None
    status: str | None
    points: int | None
    stage1: int | None
    stage2: int | None
    stage_sum: int | None
    rating: float | None
    win: bool

    def to_dict(self) -> dict[str, Any]:
        d = {k: getattr(self, k) for k in RESULT_FIELDS}
        return d


RESULT_FIELDS = ("finish", "start", "car", "driver", "driver_id", "make", "team", "laps", "led", "status",
                 "points", "stage1", "stage2", "stage_sum", "rating", "win")

_RACE_SQL = """SELECT r.id, r.series, r.season, r.round, r.name, t.name, t.length, t.surface
               FROM races r JOIN tracks t ON t.id = r.track_id"""
_RESULT_SQL = """SELECT x.race_id, d.id, d.name, x.car, x.make, tm.name, x.start, x.finish, x.laps, x.led,
                        x.status, x.points, x.stage1, x.stage2, x.stage_sum, x.rating, x.win
                 FROM results x JOIN drivers d ON d.id = x.driver_id LEFT JOIN teams tm ON tm.id = x.team_id"""


def seasons(store: Any, series: SeriesId) -> list[int]:
    return [r[0] for r in store.all("SELECT DISTINCT season FROM races WHERE series = ? ORDER BY 1", [series])]


def races(store: Any, series: SeriesId, season: int) -> list[RaceRow]:
    """Every race of a season in round order; NotFound for a season the series did not run."""
    rows = store.all(f"{_RACE_SQL} WHERE r.series = ? AND r.season = ? ORDER BY r.round", [series, season])
    if not rows:
        known = seasons(store, series)
        near = sorted(known, key=lambda s: abs(s - season))[:3]
        span = f"{known[0]}-{known[-1]}" if known else "none"
        raise NotFound("season", season, [str(s) for s in sorted(near)], hint=f"for {series} (seasons {span})")
    return [RaceRow(*r) for r in rows]


def race(store: Any, series: SeriesId, season: int, round: int) -> RaceRow:
    """One race; NotFound naming the rounds that exist."""
    rows = store.all(f"{_RACE_SQL} WHERE r.series = ? AND r.season = ? AND r.round = ?", [series, season, round])
    if rows:
        return RaceRow(*rows[0])
    season_races = races(store, series, season)
    raise NotFound("round", round, hint=f"in {series} {season} (rounds 1-{season_races[-1].round})")


def race_by_id(store: Any, race_id: int) -> RaceRow:
    return RaceRow(*store.all(f"{_RACE_SQL} WHERE r.id = ?", [race_id])[0])


def results(store: Any, race_id: int) -> list[ResultRow]:
    """The results of one race in finishing order (unclassified rows last)."""
    rows = store.all(f"{_RESULT_SQL} WHERE x.race_id = ? ORDER BY x.finish NULLS LAST, d.name", [race_id])
    return [ResultRow(*r) for r in rows]


def series_history(store: Any, series: SeriesId) -> Any:
    """Every result of a series with its race, in race order, as an Arrow table (the facts engine's input)."""
    return store.arrow("""
        SELECT r.id AS race_id, r.season, r.round, r.name AS race_name, t.name AS track, t.length, t.surface,
               d.id AS driver_id, d.name AS driver, x.car, x.make, tm.name AS team, x.start, x.finish, x.laps,
               x.led, x.status, x.points, x.stage1, x.stage2, x.stage_sum, x.rating, x.win
        FROM results x JOIN races r ON r.id = x.race_id JOIN tracks t ON t.id = r.track_id
        JOIN drivers d ON d.id = x.driver_id LEFT JOIN teams tm ON tm.id = x.team_id
        WHERE r.series = ? ORDER BY r.season, r.round, x.finish NULLS LAST, d.name""", [series])


def find_driver(store: Any, name: str) -> tuple[str, str]:
    """(id, display name) of a driver by name or id, case-insensitive; NotFound with the closest names."""
    row = store.all("SELECT id, name FROM drivers WHERE lower(name) = lower(?) OR id = ?", [name.strip(), name])
    if row:
        return row[0][0], row[0][1]
    names = [r[0] for r in store.all("SELECT name FROM drivers")]
    raise NotFound("driver", name, closest(name, names))
