"""A driver's career in one series: starts, wins, top fives and tens, poles, laps led, best finish by class."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from .history import History


@dataclass
class Career:
    series: str
    driver: str
    driver_id: str
    starts: int = 0
    wins: int = 0
    top5: int = 0
    top10: int = 0
    poles: int = 0
    laps_led: int = 0
    first_season: int | None = None
    last_season: int | None = None
    best_by_class: dict[str, int] = field(default_factory=dict)
    wins_by_season: dict[int, int] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        return {k: getattr(self, k) for k in ("series", "driver", "driver_id", "starts", "wins", "top5", "top10",
                                               "poles", "laps_led", "first_season", "last_season",
                                               "best_by_class", "wins_by_season")}


def career(history: History, driver_id: str) -> Career | None:
    """The driver's whole career in the history's series, or None when he never started in it."""
    rows = history.by_driver.get(driver_id)
    if not rows:
        return None
    c = history.cols
    out = Career(history.series, c["driver"][rows[0]], driver_id)
    for r in rows:
        info = history.races[history.race_of_row[r]]
        out.starts += 1
        fin = c["finish"][r]
        if c["win"][r]:
            out.wins += 1
            out.wins_by_season[info.season] = out.wins_by_season.get(info.season, 0) + 1
        if fin is not None:
            out.top5 += fin <= 5
            out.top10 += fin <= 10
            if info.track_class:
                out.best_by_class[info.track_class] = min(fin, out.best_by_class.get(info.track_class, fin))
        out.poles += c["start"][r] == 1
        out.laps_led += c["led"][r] or 0
        out.first_season = out.first_season or info.season
        out.last_season = info.season
    return out
