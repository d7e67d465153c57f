"""An in-memory index of one series' whole history, so that career facts cost lookups, not queries.

Built once per series from the store (``store.queries.series_history``), in race order: for every race the
slice of its result rows, for every driver the rows of his starts, for every car, team and make the races it
won. Everything a milestone needs ("fourth career win", "first win for the No. 07") is a bisect away.
"""

from __future__ import annotations

from bisect import bisect_left
from collections import defaultdict
from dataclasses import dataclass
from functools import cached_property
from typing import Any

from ..model import TrackClass, track_class
from .model import RowRef


@dataclass(frozen=True)
class RaceInfo:
    idx: int
    race_id: int
    series: str
    season: int
    round: int
    name: str | None
    track: str
    length: float | None
    surface: str | None
    track_class: TrackClass | None
    first_row: int
    end_row: int  # one past the last row


class History:
    """Columns of every result of one series, in race order, with indexes by race, driver, car, team, make."""

    COLUMNS = ("race_id", "season", "round", "race_name", "track", "length", "surface", "driver_id", "driver",
               "car", "make", "team", "start", "finish", "laps", "led", "status", "points", "stage1", "stage2",
               "stage_sum", "rating", "win")

    def __init__(self, table: Any, series: str) -> None:
        self.series = series
        cols = {c: table.column(c).to_pylist() for c in self.COLUMNS}
        self.cols = cols
        self.n = len(cols["race_id"])
        self.races: list[RaceInfo] = []
        self.race_idx_by_id: dict[int, int] = {}
        self.by_driver: dict[str, list[int]] = defaultdict(list)
        self.wins_by: dict[str, dict[Any, list[int]]] = {k: defaultdict(list) for k in ("car", "team", "make")}
        race_id = cols["race_id"]
        start = 0
        for i in range(self.n + 1):
            if i == self.n or (i > start and race_id[i] != race_id[start]):
                idx = len(self.races)
                season = cols["season"][start]
                self.races.append(RaceInfo(
                    idx, race_id[start], series, season, cols["round"][start], cols["race_name"][start],
                    cols["track"][start], cols["length"][start], cols["surface"][start],
                    track_class(cols["track"][start] or "", cols["length"][start], cols["surface"][start], season),
                    start, i))
                self.race_idx_by_id[race_id[start]] = idx
                start = i
        self.race_of_row = [0] * self.n
        for info in self.races:
            for r in range(info.first_row, info.end_row):
                self.race_of_row[r] = info.idx
                self.by_driver[cols["driver_id"][r]].append(r)
                if cols["win"][r]:
                    for k in ("car", "team", "make"):
                        if cols[k][r] is not None:
                            self.wins_by[k][cols[k][r]].append(info.idx)

    # -- navigation -----------------------------------------------------------------------------------
    def race(self, series: str, season: int, round: int) -> RaceInfo | None:
        for info in self.races:  # rarely used; the Newsroom goes by race id
            if (info.season, info.round) == (season, round):
                return info
        return None

    @cached_property
    def track_names(self) -> frozenset[str]:
        return frozenset(i.track for i in self.races if i.track)

    @cached_property
    def catalogues(self) -> dict[int, Any]:
        """Catalogues of other races computed on demand (the checker's "last week at Bristol"), by race index."""
        return {}

    @cached_property
    def driver_names(self) -> frozenset[str]:
        """Every driver of the series, in lower case: the checker tells a driver outside the race from a word."""
        return frozenset(d.lower() for d in set(self.cols["driver"]) if d)

    def rows_of(self, race: RaceInfo) -> range:
        return range(race.first_row, race.end_row)

    def driver_rows_before(self, driver_id: str, row: int) -> list[int]:
        """The driver's earlier rows in this series (his previous starts), oldest first."""
        rows = self.by_driver[driver_id]
        return rows[:bisect_left(rows, row)]

    def best_before(self, driver_id: str, row: int) -> int | None:
        """The driver's best classified finish in the series before ``row`` (None before his first): what a career
        best is measured against (facts/milestones.py and the checker)."""
        finishes = [f for x in self.driver_rows_before(driver_id, row) if (f := self.cols["finish"][x]) is not None]
        return min(finishes) if finishes else None

    def wins_up_to(self, key: str, value: Any, race_idx: int) -> list[int]:
        """Races (indexes) won by a car number / team / make up to and including ``race_idx``."""
        won = self.wins_by[key].get(value, [])
        return won[:bisect_left(won, race_idx + 1)]

    def get(self, col: str, row: int) -> Any:
        return self.cols[col][row]

    def ref(self, row: int) -> RowRef:
        info = self.races[self.race_of_row[row]]
        return RowRef(self.series, info.season, info.round, self.cols["driver"][row], self.cols["car"][row],
                      info.track)

    def race_ref(self, race_idx: int) -> RowRef:
        """A reference to the winner's row of a race (a race is cited by its winner)."""
        info = self.races[race_idx]
        for r in range(info.first_row, info.end_row):
            if self.cols["win"][r]:
                return self.ref(r)
        return self.ref(info.first_row)
