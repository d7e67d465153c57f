"""Small value types shared by every layer: series, race keys, track classes."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from typing import Literal

from .errors import NotFound

SeriesId = Literal["cup", "xfinity", "truck"]
SERIES: tuple[SeriesId, ...] = ("cup", "xfinity", "truck")
_ALIASES: dict[str, SeriesId] = {
    "cup": "cup", "nxs": "xfinity", "xfinity": "xfinity", "busch": "xfinity", "nationwide": "xfinity",
    "oreilly": "xfinity", "truck": "truck", "trucks": "truck", "cts": "truck",
}
#: the file stem each series has in the history snapshot
SNAPSHOT_STEM: dict[SeriesId, str] = {"cup": "cup", "xfinity": "nxs", "truck": "truck"}


def parse_series(name: str) -> SeriesId:
    """Turn what a user typed ("nxs", "Cup", "trucks") into a series id, or raise NotFound."""
    key = re.sub(r"[^a-z0-9]", "", str(name).lower())
    if key in _ALIASES:
        return _ALIASES[key]
    raise NotFound("series", name, closest(str(name), ["cup", "xfinity", "nxs", "truck"]))


def series_name(series: SeriesId, season: int) -> str:
    """The series' name as the press used it that season (sponsor names by era, rules.md section 9)."""
    if series == "cup":
        return "Cup Series"
    if series == "xfinity":
        if season <= 2007:
            return "Busch Series"
        if season <= 2014:
            return "Nationwide Series"
        if season <= 2025:
            return "Xfinity Series"
        return "O'Reilly Auto Parts Series"
    return "Truck Series"


def series_full_name(series: SeriesId, season: int) -> str:
    """The formal name with the era's sponsor: "NASCAR Craftsman Truck Series", "Winston Cup Series"."""
    if series == "cup":
        if season <= 1970:
            return "NASCAR Grand National Series"
        for last, sponsor in ((2003, "Winston"), (2007, "Nextel"), (2016, "Sprint"), (2019, "Monster Energy")):
            if season <= last:
                return f"NASCAR {sponsor} Cup Series"
        return "NASCAR Cup Series"
    if series == "xfinity":
        return "NASCAR " + series_name(series, season)
    for last, sponsor in ((2008, "Craftsman"), (2018, "Camping World"), (2022, "Gander RV & Outdoors")):
        if season <= last:
            return f"NASCAR {sponsor} Truck Series"
    return "NASCAR Craftsman Truck Series"


def closest(name: str, choices: list[str], limit: int = 3, cutoff: float = 60) -> list[str]:
    """The few valid names nearest to a misspelt one, best first."""
    from rapidfuzz import process

    found = process.extract(str(name), choices, limit=limit, score_cutoff=cutoff)
    return [c for c, _score, _i in found]


def slug(name: str) -> str:
    """A stable, URL-safe id for a name: "Ricky Stenhouse Jr." -> "ricky-stenhouse-jr"."""
    plain = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", plain.lower()).strip("-") or "unknown"


TrackClass = Literal["superspeedway", "intermediate", "short track", "one-mile oval", "large oval",
                     "road course", "dirt track"]


def track_class(track: str, length: float | None, surface: str | None, season: int) -> TrackClass | None:
    """racewire's deterministic track class (rules.md section 7); None when the length is unknown."""
    if surface == "road":
        return "road course"
    if surface == "dirt":
        return "dirt track"
    t = track.lower()
    if "daytona" in t or "talladega" in t or ("atlanta" in t and season >= 2022):
        return "superspeedway"
    if length is None:
        return None
    if length < 1.0:
        return "short track"
    if length <= 1.06:
        return "one-mile oval"
    if length < 2.0:
        return "intermediate"
    return "large oval"


@dataclass(frozen=True, order=True)
class RaceKey:
    """One points race: series, season and round (1-based race number within the season)."""

    series: SeriesId
    season: int
    round: int

    def __str__(self) -> str:
        return f"{self.series} {self.season} round {self.round}"


__all__ = ["SeriesId", "SERIES", "RaceKey", "parse_series", "series_name", "series_full_name", "closest",
           "slug", "track_class", "TrackClass"]
