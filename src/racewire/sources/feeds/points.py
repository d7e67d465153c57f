"""Points feeds: live points (during a race), stage points, and final standings (drivers, owners, makes).

Shapes vary by era (SCHEMAS.md "points"): ``wins``/``top_5`` are text in the 2019 live sample, the
manufacturer standings give ``position`` as text, the 2023 live snapshot has race and series ids of 0.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from .reader import Doc, plain_name, read_document
from .weekend import StageEntry


@dataclass(frozen=True, slots=True)
class PointsRow:
    """One line of a standings table: who (driver, owner or manufacturer), position, points, wins."""

    position: int | None
    name: str
    driver_id: int | None
    car: str | None
    points: int
    wins: int | None
    earned_this_race: int | None


#: a stage finisher from live-stage-points: the same record as a weekend feed's stage result
StagePoints = StageEntry


def parse(data: bytes | str, path: object) -> tuple[PointsRow, ...]:
    """Any standings or live-points list (drivers, owners or manufacturers), in file order."""
    doc = Doc(path)
    top: Any = read_document(data, path)
    where = ""
    if isinstance(top, dict):  # {status, message, response} wrappers
        top, where = doc.key(top, "response", "", "a list of standings rows"), "response"
    out = []
    for i, r in enumerate(doc.list(top, where)):
        at = f"{where}[{i}]"
        r = doc.obj(r, at)
        if "driver_name" in r or "owner_name" in r or "manufacturer" in r and "driver_id" not in r:
            key = "driver_name" if "driver_name" in r else "owner_name" if "owner_name" in r else "manufacturer"
            name = doc.text(r, key, at) or ""
        else:
            name = f"{doc.text(r, 'first_name', at) or ''} {doc.text(r, 'last_name', at) or ''}".strip()
        position = doc.int(r, "position", at, optional=True) if "position" in r else \
            doc.int(r, "points_position", at, optional=True)
        car = doc.text(r, "car_no", at, optional=True) if "car_no" in r else \
            doc.text(r, "vehicle_number", at, optional=True) if "vehicle_number" in r else \
            doc.text(r, "car_number", at, optional=True)
        out.append(PointsRow(position, plain_name(name), doc.int(r, "driver_id", at, optional=True),
                             car.strip() if car else None, doc.int(r, "points", at) or 0,
                             doc.int(r, "wins", at, optional=True),
                             doc.int(r, "points_earned_this_race", at, optional=True)))
    return tuple(out)


def parse_stage_points(data: bytes | str, path: object) -> tuple[StagePoints, ...]:
    """live-stage-points: the top of each stage with the points it paid."""
    doc = Doc(path)
    out = []
    for i, s in enumerate(doc.list(read_document(data, path), "")):
        at = f"[{i}]"
        s = doc.obj(s, at)
        n = doc.int(s, "stage_number", at) or 0
        for j, r in enumerate(doc.list_at(s, "results", at)):
            ra = f"{at}.results[{j}]"
            r = doc.obj(r, ra)
            out.append(StagePoints(n, doc.int(r, "position", ra) or 0, doc.text(r, "vehicle_number", ra, strip=True)
                                   or "", doc.int(r, "driver_id", ra, optional=True),
                                   plain_name(doc.text(r, "full_name", ra) or ""),
                                   doc.int(r, "stage_points", ra, optional=True)))
    return tuple(out)
