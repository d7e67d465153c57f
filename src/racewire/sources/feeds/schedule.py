"""Schedules: which race id is which race (name, track, date, laps, winner).

Four shapes (SCHEMAS.md "schedule"): ``race_list_basic`` for all series (``{series_1: [...], ...}``), the
per-series bare list of the same race objects, the nascar.com page data with capitalised keys (bare or
wrapped in ``{status, message, response}``), and the weekend session list (``schedule-feed``).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from .reader import Doc, read_document, to_int


@dataclass(frozen=True, slots=True)
class ScheduledRace:
    race_id: int
    series_id: int
    season: int | None
    name: str
    track: str | None
    date: str | None
    scheduled_laps: int | None
    race_type: int | None           # 1 points race, 2 exhibition; None when the shape does not say
    winner_driver_id: int | None


def parse(data: bytes | str, path: object) -> tuple[ScheduledRace, ...]:
    doc = Doc(path)
    top: Any = read_document(data, path)
    groups: list[tuple[str, Any]] = []
    if isinstance(top, dict) and "response" in top:
        groups = [("response", top["response"])]
    elif isinstance(top, dict):
        groups = [(k, v) for k, v in top.items() if k.startswith("series_")]
        if not groups:
            raise doc.fail("", "series_1/series_2/series_3 race lists or a response list", list(top)[:3])
    else:
        groups = [("", top)]
    out = []
    for where, races in groups:
        for i, r in enumerate(doc.list(races, where)):
            at = f"{where}[{i}]"
            r = doc.obj(r, at)
            out.append(_page_race(doc, r, at) if "Race_Id" in r else _race(doc, r, at))
    return tuple(out)


def _race(doc: Doc, r: dict[str, Any], at: str) -> ScheduledRace:
    return ScheduledRace(
        doc.int(r, "race_id", at) or 0, doc.int(r, "series_id", at) or 0,
        doc.int(r, "race_season", at, optional=True), doc.text(r, "race_name", at) or "",
        doc.text(r, "track_name", at, optional=True),
        doc.text(r, "race_date", at, optional=True) or doc.text(r, "start_time", at, optional=True),
        doc.int(r, "scheduled_laps", at, optional=True), doc.int(r, "race_type_id", at, optional=True),
        doc.int(r, "winner_driver_id", at, optional=True))


def _page_race(doc: Doc, r: dict[str, Any], at: str) -> ScheduledRace:
    winner = r.get("Current_Winner_DriverID")
    return ScheduledRace(
        doc.int(r, "Race_Id", at) or 0, doc.int(r, "Series_Id", at) or 0, doc.int(r, "Race_Season", at, optional=True),
        doc.text(r, "Race_Name", at) or "", doc.text(r, "Track_Name", at, optional=True),
        doc.text(r, "Race_Date", at, optional=True), doc.int(r, "Scheduled_Laps", at, optional=True), None,
        to_int(winner) if winner not in (None, "") else None)
