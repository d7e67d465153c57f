"""The catalogue: every fact of one race, computed by the fact modules, looked up by kind and subject.

The writer and the checker read this and nothing else. A fact that cannot be computed is left out and its
missing input is recorded in ``missing``; with ``RACEWIRE_STRICT=1`` an unexpected failure raises instead.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, replace
from typing import Any

from ..errors import NotFound
from ..model import closest, series_name
from .history import History, RaceInfo
from .model import Fact

log = logging.getLogger("racewire.facts")


@dataclass
class Context:
    """What every fact module gets: the series history, the race, and helpers to build facts."""

    history: History
    race: RaceInfo
    facts: list[Fact] = field(default_factory=list)
    missing: dict[str, str] = field(default_factory=dict)
    feeds: Any = None  # store.feeds.FeedRace when the race has feeds (lap analytics, facts/laps.py)
    dates: dict[int, str] = field(default_factory=dict)  # round -> date, from the schedule feeds (calendar.py)

    @property
    def series_label(self) -> str:
        return series_name(self.race.series, self.race.season)  # type: ignore[arg-type]

    @property
    def rows(self) -> range:
        return self.history.rows_of(self.race)

    def col(self, name: str, row: int) -> Any:
        return self.history.cols[name][row]

    def add(self, fact: Fact) -> None:
        self.facts.append(fact)

    def miss(self, what: str, why: str) -> None:
        self.missing[what] = why


Compute = Callable[[Context], None]


class Catalogue:
    """All facts of one race. ``get``/``find`` look them up by kind and subject (driver, car, team, make)."""

    def __init__(self, race: RaceInfo, facts: list[Fact], missing: dict[str, str]) -> None:
        self.race = race
        facts = _unique_ids(facts)
        self.facts = sorted(facts, key=lambda f: (-f.score, f.id))
        self.missing = missing
        self.by_id = {f.id: f for f in self.facts}
        self.by_kind: dict[str, list[Fact]] = {}
        for f in self.facts:
            self.by_kind.setdefault(f.kind, []).append(f)
        self._found: dict[tuple[Any, ...], list[Fact]] = {}  # the checker asks the same questions many times

    def __iter__(self) -> Iterator[Fact]:
        return iter(self.facts)

    def __len__(self) -> int:
        return len(self.facts)

    def find(self, kind: str, **subjects: Any) -> list[Fact]:
        """Every fact of a kind whose subjects match (drivers by full name, surname-insensitive to case)."""
        facts = self.by_kind.get(kind, [])
        if not subjects:
            return list(facts)
        try:
            key: tuple[Any, ...] = (kind, *sorted((k, v.lower() if isinstance(v, str) else v)
                                                 for k, v in subjects.items()))
            hit = self._found.get(key)
        except TypeError:  # an unhashable subject: no memo
            key, hit = (), None
        if hit is None:
            hit = [f for f in facts if all(_matches(f.subjects.get(k), v) for k, v in subjects.items())]
            if key:
                self._found[key] = hit
        return list(hit)

    def first(self, kind: str, **subjects: Any) -> Fact | None:
        hits = self.find(kind, **subjects)
        return hits[0] if hits else None

    def get(self, kind: str, **subjects: Any) -> Fact:
        """Exactly one fact; NotFound (with the kinds this race has) when there is none."""
        hit = self.first(kind, **subjects)
        if hit is None:
            kinds = sorted({f.kind for f in self.facts})
            if kind not in kinds:
                raise NotFound("fact kind", kind, closest(kind, kinds))
            raise NotFound(f"{kind} fact for", subjects)
        return hit

    def kinds(self) -> list[str]:
        return sorted({f.kind for f in self.facts})


def _unique_ids(facts: list[Fact]) -> list[Fact]:
    """A driver entered twice in one race (seen in 1950s Cup and 1980s Busch rows) gets "#2" on his second
    fact of each kind, so every id still names exactly one fact."""
    seen: dict[str, int] = {}
    out = []
    for f in facts:
        n = seen.get(f.id, 0) + 1
        seen[f.id] = n
        out.append(f if n == 1 else replace(f, id=f"{f.id}#{n}"))
    return out


def _matches(have: Any, want: Any) -> bool:
    if isinstance(have, str) and isinstance(want, str):
        return have.lower() == want.lower()
    return bool(have == want)


def strict() -> bool:
    return os.environ.get("RACEWIRE_STRICT", "") not in ("", "0")


def compute(history: History, race: RaceInfo, extra: list[Compute] | None = None, feeds: Any = None,
            dates: dict[int, str] | None = None) -> Catalogue:
    """Run every fact module over one race; with ``feeds`` (a ``FeedRace``) the lap analytics too, with
    ``dates`` (round -> date from the schedule feeds) the race's date and the next race's."""
    from . import calendar, milestones, points, results, stages, standings

    ctx = Context(history, race, feeds=feeds, dates=dates or {})
    for module in (results, stages, milestones, standings, points):
        for fn in module.COMPUTE:
            _run(fn, ctx)
    if feeds is not None:
        from . import laps

        for fn in laps.COMPUTE:
            _run(fn, ctx)
    if ctx.dates:
        for fn in calendar.COMPUTE:
            _run(fn, ctx)
    for fn in extra or []:
        _run(fn, ctx)
    return Catalogue(race, ctx.facts, ctx.missing)


def _run(fn: Compute, ctx: Context) -> None:
    try:
        fn(ctx)
    except Exception as exc:
        if strict():
            raise
        log.warning("fact %s skipped for %s %s round %s: %s", fn.__name__, ctx.race.series, ctx.race.season,
                    ctx.race.round, exc)
        ctx.miss(fn.__name__, f"failed: {exc}")
