"""NASCAR's JSON feeds: one module per feed kind, each turning a file into typed records.

``read_file`` names the kind of a file and the race it belongs to, then parses it. The race comes from the
file when it says (``race_id``/``series_id``/``race_season``, authoritative per MANIFEST.md) and otherwise
from its place in the feeds layout, ``{series}/{season}/{race_id}/{kind}[-qualifier].json``.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ...errors import SourceError
from . import flags, lap_notes, lap_times, live, loopstats, pit, points, schedule, weekend
from .reader import SERIES_BY_ID

#: feed kind -> parser; the kind is how the file name starts (``lap-times-excerpt.json`` is lap-times)
PARSERS: dict[str, Any] = {
    "weekend-feed": weekend.parse, "race-results": weekend.parse_results, "lap-times": lap_times.parse,
    "lap-notes": lap_notes.parse, "live-feed": live.parse, "live-flag-data": flags.parse,
    "live-pit-data": pit.parse, "loopstats": loopstats.parse, "live-stage-points": points.parse_stage_points,
    "live-points": points.parse, "points": points.parse, "schedule": schedule.parse,
}
#: kinds racewire reads but does not keep (practice and qualifying timing, scanner channels, rosters)
IGNORED = ("lap-averages", "live-qualifying", "qualifying-results", "audio-config", "entry-list", "tracks-feed",
           "drivers")
#: race-less kinds: a season's schedule or standings
SEASON_KINDS = ("schedule", "points", "live-points")
_DIR_SERIES = {"cup": "cup", "nxs": "xfinity", "xfinity": "xfinity", "truck": "truck"}


@dataclass(frozen=True)
class FeedFile:
    """One feed file: its name in the feeds layout, its kind, its race (when it has one) and its records."""

    name: str
    kind: str
    series: str | None
    season: int | None
    race_id: str | None
    sha256: str
    origin: str
    record: Any            # what the kind's parser returns; None for ignored kinds
    note: str = ""         # why a file is kept out of the store, if it is


def kind_of(path: str | Path) -> str | None:
    """The feed kind of a file from its name and folder; None when racewire does not know it."""
    p = Path(path)
    stem = p.name.lower()
    if "schedule" in stem or stem.startswith("race_list"):
        return "schedule"
    for kind in sorted([*PARSERS, *IGNORED], key=len, reverse=True):
        if stem.startswith(kind):
            return kind
    if p.parent.name == "points" or "points" in stem:
        return "points"
    return None


def _layout(path: Path) -> tuple[str | None, int | None, str | None]:
    """(series, season, race id) from ``.../{series}/{season}/{race_id}/file.json``; Nones when not laid out so."""
    parts = path.parts
    if len(parts) >= 4 and parts[-4].lower() in _DIR_SERIES and parts[-3].isdigit():
        return _DIR_SERIES[parts[-4].lower()], int(parts[-3]), parts[-2]
    return None, None, None


def file_name(path: str | Path, name: str | None = None) -> str:
    """The name a file is known by in the store: ``{series}/{season}/{race_id}/{file}`` when laid out so."""
    p = Path(path)
    return name or ("/".join(p.parts[-4:]) if _layout(p)[0] else "/".join(p.parts[-2:]))


def read_file(path: str | Path, data: bytes | None = None, origin: str | None = None,
              name: str | None = None) -> FeedFile:
    """Parse one feed file; SourceError when it is malformed.

    A file whose race cannot be told (a sample outside the layout that does not name its race) is returned
    with a ``note`` saying so and is kept out of the store.
    """
    path = Path(path)
    if data is None:
        try:
            data = path.read_bytes()
        except OSError as exc:
            raise SourceError(path, "", "a readable file", exc.strerror) from None
    kind = kind_of(path)
    series, season, race_id = _layout(path)
    name = file_name(path, name)
    digest = hashlib.sha256(data).hexdigest()
    base = dict(name=name, sha256=digest, origin=origin or str(path))
    if kind is None:
        raise SourceError(name, "", f"a feed file named after its kind ({', '.join(PARSERS)})", repr(path.name))
    if kind in IGNORED:
        return FeedFile(kind=kind, series=series, season=season, race_id=race_id, record=None,
                        note=f"{kind} is not imported (practice/qualifying/roster data)", **base)
    record = PARSERS[kind](data, name)
    note = ""
    if kind == "weekend-feed" and record is not None:
        series, season, race_id = SERIES_BY_ID.get(record.series_id, series), record.season, str(record.race_id)
    elif kind == "weekend-feed":
        note = "the weekend feed has no race yet (weekend_race is null)"
    elif kind == "race-results" and record[0] is not None:
        race_id = str(record[0])
    elif kind in ("live-feed", "loopstats") and record.race_id:
        if record.series_id not in SERIES_BY_ID:
            note = f"series id {record.series_id} is not a national series"
        else:
            series, race_id = SERIES_BY_ID[record.series_id], str(record.race_id)
        if kind == "live-feed" and not record.is_race:
            note = note or f"a {record.run_name or 'practice or qualifying'} frame, not a race"
        elif kind == "live-feed" and not record.cars:
            note = note or "a live frame with no cars (between events)"
    if kind in SEASON_KINDS:
        m = re.search(r"(cup|nxs|truck)\D*((?:19|20)\d\d)|((?:19|20)\d\d)", path.name)
        if m and m.group(1):
            series, season = _DIR_SERIES[m.group(1)], int(m.group(2))
        elif m:
            season = int(m.group(3))
        race_id = None if kind == "schedule" else race_id
    elif not note and (series is None or season is None or race_id is None):
        note = ("no race: the file does not name its series, season and race id, and is not laid out as "
                "{series}/{season}/{race_id}/" + path.name)
    return FeedFile(kind=kind, series=series, season=season, race_id=race_id, record=record, note=note, **base)


__all__ = ["FeedFile", "read_file", "file_name", "kind_of", "PARSERS", "IGNORED"]
