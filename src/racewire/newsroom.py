"""Newsroom and Race: the objects that users, the CLI, the API and the web all hold."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import Any

from .errors import NotFound
from .model import RaceKey, SeriesId, parse_series
from .store import Store, queries
from .store.queries import RaceRow, ResultRow

Progress = Callable[[str, int, int | None], None]


@dataclass(frozen=True)
class SyncReport:
    """What a sync did: where from, whether anything changed, and the rows per series."""

    origin: str
    changed: bool
    rows: dict[str, int]
    skipped: int


class Newsroom:
    """The entry point of the library: one store, every race in it.

    >>> room = Newsroom()                      # the default store, filled from the bundled snapshot
    >>> race = room.race("truck", 2025, 4)     # -> Race
    """

    def __init__(self, db: str | Path | None = None, *, progress: Progress | None = None,
                 read_only: bool = False) -> None:
        """``read_only``: open a ready DuckDB file for reading only, so other processes can read it too (writes
        such as ``sync`` and ``import_feeds`` then raise StoreError)."""
        self.store = Store(db, progress=progress, read_only=read_only)
        self._histories: dict[SeriesId, Any] = {}

    # -- lookups ----------------------------------------------------------------------------------
    def races(self, series: str, season: int) -> list[RaceRow]:
        return queries.races(self.store, parse_series(series), season)

    def race(self, series: str, season: int, round: int) -> "Race":
        row = queries.race(self.store, parse_series(series), season, round)
        return Race(self, row)

    def seasons(self, series: str) -> list[int]:
        return queries.seasons(self.store, parse_series(series))

    def history(self, series: SeriesId) -> Any:
        """The facts engine's in-memory index of one series' whole history (built once per Newsroom)."""
        if series not in self._histories:
            from .facts.history import History

            self._histories[series] = History(queries.series_history(self.store, series), series)
        return self._histories[series]

    def driver(self, name: str, series: str | None = None) -> list[Any]:
        """A driver's career in each series he raced (or the one asked for); NotFound with the closest names."""
        from .facts.career import career
        from .model import SERIES

        driver_id, _ = queries.find_driver(self.store, name)
        wanted = [parse_series(series)] if series else list(SERIES)
        found = [c for s in wanted if (c := career(self.history(s), driver_id)) is not None]
        if not found:
            raise NotFound("driver", name, hint=f"in the {wanted[0]} series (no starts)")
        return found

    # -- writes -----------------------------------------------------------------------------------
    def sync(self, source: str | None = None, *, progress: Progress | None = None) -> SyncReport:
        """Refresh the history from the public URLs (default) or a local folder; atomic and idempotent.

        Every file is downloaded (or read) and validated before the store is touched, so a failed,
        truncated or malformed file leaves the previous data fully usable.
        """
        from .sources import history as history_source
        from .store.load import load_history

        self._writable("sync")

        source = source or history_source.HISTORY_URL
        files = []
        if "://" in source:
            from .sources.fetch import download

            for series in ("cup", "xfinity", "truck"):
                url = source if "{stem}" in source else source.rstrip("/") + "/{stem}_series.parquet"
                url = url.format(stem=history_source.SNAPSHOT_STEM[series])  # type: ignore[index]
                hook = (lambda got, total, s=series: progress(f"download {s}", got, total)) if progress else None
                data = download(url, on_progress=hook)
                files.append(history_source.read(series, data, url))
        else:
            if not Path(source).is_dir():
                raise NotFound("sync source", source, hint="(expected a folder with the three parquet files or a URL)")
            files = history_source.read_dir(source)
        load_progress = (lambda step, done, total: progress(step, done, total)) if progress else None
        changed = load_history(self.store, files, origin=source, progress=load_progress)
        self._histories.clear()
        return SyncReport(source, changed, {f.series: f.table.num_rows for f in files},
                          sum(f.skipped for f in files))

    def import_feeds(self, paths: list[str | Path]) -> Any:
        """Import NASCAR feed files or folders (``{series}/{season}/{race_id}/{kind}.json``): atomic per race,
        idempotent by content hash; returns ``store.feeds.ImportReport`` with the cross-check against history."""
        from .store.feeds import import_paths

        self._writable("import feeds")
        return import_paths(self.store, paths)

    def _writable(self, what: str) -> None:
        if self.store.read_only:
            from .errors import StoreError

            raise StoreError(f"cannot {what}: {self.store.path} is open read-only")

    def close(self) -> None:
        self.store.close()


class Race:
    """One race, with its results, and (through the facts engine) everything a sentence may claim of it."""

    def __init__(self, room: Newsroom, row: RaceRow) -> None:
        self.room = room
        self.info = row

    @property
    def key(self) -> RaceKey:
        return self.info.key

    @cached_property
    def results(self) -> list[ResultRow]:
        return queries.results(self.room.store, self.info.id)

    @cached_property
    def facts(self) -> Any:
        """The facts catalogue of this race (``racewire.facts.Catalogue``)."""
        from .facts.catalogue import compute
        from .store.feeds import race_dates, race_feed

        history = self.room.history(self.info.series)
        feeds = race_feed(self.room.store, self.info.series, self.info.season, self.info.round)
        dates = race_dates(self.room.store, self.info.series, self.info.season)
        return compute(history, history.races[history.race_idx_by_id[self.info.id]], feeds=feeds, dates=dates)

    def recap(self, format: str = "md", quotes: str | Path | None = None) -> str:
        """The recap of this race, rendered as md, html, json or ninjs; ``quotes`` is an optional quotes file."""
        from .story.render import render

        return render(self.write(quotes), format)

    def write(self, quotes: str | Path | None = None) -> Any:
        """The recap as a ``racewire.story.Recap`` (headline, paragraphs of sentences with their fact ids)."""
        from .sources.quotes import read as read_quotes
        from .story import write

        return write(self.facts, self.info.to_dict(), read_quotes(quotes) if quotes else ())

    def check(self, text: str) -> list[Any]:
        """Fact-check race text against this race: a list of ``racewire.check.Claim`` with verdicts."""
        from .check import check

        return check(text, self.facts, self.room.history(self.info.series))

    def standings(self) -> list[Any]:
        """The championship standings after this race (``Standing`` rows, best first)."""
        from .facts.standings import season_complete_points, table

        history = self.room.history(self.info.series)
        info = history.races[history.race_idx_by_id[self.info.id]]
        why = season_complete_points(history, info)
        if why:
            from .errors import InputError

            raise InputError(f"no standings after {self.key}: {why}")
        return table(history, info)

    def result_of(self, driver: str) -> ResultRow:
        """The result of a driver (name, surname or id) in this race; NotFound with the closest names."""
        want = driver.strip().lower()
        for r in self.results:
            if want in (r.driver.lower(), r.driver_id):
                return r
        hits = [r for r in self.results if r.driver.lower().split()[-1] == want]
        if len(hits) == 1:
            return hits[0]
        from .model import closest

        raise NotFound("driver", driver, closest(driver, [r.driver for r in self.results]),
                       hint=f"in {self.key}")

    def __repr__(self) -> str:
        return f"<Race {self.key}: {self.info.name} at {self.info.track}>"

    def lap_chart(self) -> dict[str, Any] | None:
        """The lap chart and laps-led summary from the feeds; None when the race has no lap-times.

        ``rows``: one per car in finishing order, ``{car, driver, finish, start, positions}`` with
        ``positions[n]`` the running position at the end of lap n (lap 0 = the start, None once out);
        ``leaders``: the spells at the front ``{from, to, car, driver}``; ``laps_led``: per car, lap-derived.
        """
        from .facts.laps import _spells, leaders_by_lap
        from .store.feeds import race_feed

        feed = race_feed(self.room.store, self.info.series, self.info.season, self.info.round)
        if feed is None or not feed.cars:
            return None
        last = max(c.laps[-1] for c in feed.cars if c.laps)
        rows = []
        for c in feed.cars:
            positions: list[int | None] = [None] * (last + 1)
            for lap, pos in zip(c.laps, c.positions):
                positions[lap] = pos
            rows.append({"car": c.car, "driver": c.driver, "finish": c.final_pos, "start": positions[0],
                         "positions": positions})
        names = {c.car: c.driver for c in feed.cars}
        spells = _spells(leaders_by_lap(feed))
        led: dict[str, int] = {}
        for s, e, car in spells:
            led[car] = led.get(car, 0) + e - s + 1
        return {"laps": last, "rows": rows,
                "leaders": [{"from": s, "to": e, "car": car, "driver": names.get(car)} for s, e, car in spells],
                "laps_led": [{"car": car, "driver": names.get(car), "laps": n}
                             for car, n in sorted(led.items(), key=lambda kv: -kv[1])]}


def get_race(series: str, season: int, round: int, db: str | Path | None = None) -> Race:
    """Shortcut: ``racewire.get_race("truck", 2025, 4)``."""
    return Newsroom(db).race(series, season, round)
