"""weekend-feed: the official race record (results, cautions, lead ledger, stage results, race facts).

Also reads ``race-results.json`` (a bare list of weekend-feed result rows, cup/2019/4779).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from .reader import Doc, plain_name, read_document


@dataclass(frozen=True, slots=True)
class ResultEntry:
    """One car's official result. ``car`` is text: "07" is not "7"."""

    car: str
    driver_id: int | None
    driver: str
    finish: int
    start: int | None
    laps_completed: int | None
    laps_led: int | None
    times_led: int | None
    status: str | None
    make: str | None
    team: str | None
    points: int | None


@dataclass(frozen=True, slots=True)
class Caution:
    """One caution period (``caution_segments``): laps ``start_lap``..``end_lap`` under yellow."""

    start_lap: int
    end_lap: int
    reason: str | None
    comment: str | None
    beneficiary: str | None


@dataclass(frozen=True, slots=True)
class LeadSpell:
    """One entry of the official lead ledger (``race_leaders``): laps led ``start_lap``..``end_lap``."""

    start_lap: int
    end_lap: int
    car: str


@dataclass(frozen=True, slots=True)
class StageEntry:
    stage: int
    position: int
    car: str
    driver_id: int | None
    driver: str
    points: int | None


@dataclass(frozen=True, slots=True)
class WeekendRace:
    """``weekend_race[0]``: the race, its results and its ledgers."""

    race_id: int
    series_id: int
    season: int
    name: str
    track: str | None
    race_date: str | None
    race_type: int | None
    scheduled_laps: int | None
    actual_laps: int | None
    stage_laps: tuple[int, ...]
    lead_changes: int | None
    leaders: int | None
    cautions: int | None
    caution_laps: int | None
    average_speed: float | None
    total_race_time: str | None
    margin_of_victory: float | None
    comments: str | None
    results: tuple[ResultEntry, ...]
    caution_segments: tuple[Caution, ...]
    race_leaders: tuple[LeadSpell, ...]
    stage_results: tuple[StageEntry, ...]


def parse_result(doc: Doc, raw: Any, at: str) -> ResultEntry:
    r = doc.obj(raw, at)
    return ResultEntry(
        car=doc.text(r, "car_number", at, strip=True) or "", driver_id=doc.int(r, "driver_id", at, optional=True),
        driver=plain_name(doc.text(r, "driver_fullname", at) or ""), finish=doc.int(r, "finishing_position", at) or 0,
        start=doc.int(r, "starting_position", at, optional=True),
        laps_completed=doc.int(r, "laps_completed", at, optional=True),
        laps_led=doc.int(r, "laps_led", at, optional=True), times_led=doc.int(r, "times_led", at, optional=True),
        status=doc.text(r, "finishing_status", at, optional=True), make=doc.text(r, "car_make", at, optional=True),
        team=doc.text(r, "team_name", at, optional=True), points=doc.int(r, "points_earned", at, optional=True))


def parse(data: bytes | str, path: object) -> WeekendRace | None:
    """The race of a weekend-feed file; None when the feed has no race yet (``"weekend_race": null``)."""
    doc = Doc(path)
    top = doc.obj(read_document(data, path), "")
    races = doc.list_at(top, "weekend_race", "", optional=True)
    if not races:
        return None
    at = "weekend_race[0]"
    w = doc.obj(races[0], at)
    stages = tuple(n for i in range(1, 5) if (n := doc.int(w, f"stage_{i}_laps", at, optional=True)))
    raw_mov = w.get("margin_of_victory")  # seconds as text, "4.705"; "" when not run yet
    mov = None if raw_mov is None or raw_mov == "" else \
        doc.num(w, "margin_of_victory", at, expected="seconds as text")
    results = tuple(parse_result(doc, r, f"{at}.results[{i}]")
                    for i, r in enumerate(doc.list_at(w, "results", at, optional=True)))
    cautions = []
    for i, c in enumerate(doc.list_at(w, "caution_segments", at, optional=True)):
        ca = f"{at}.caution_segments[{i}]"
        c = doc.obj(c, ca)
        cautions.append(Caution(doc.int(c, "start_lap", ca) or 0, doc.int(c, "end_lap", ca) or 0,
                                doc.text(c, "reason", ca, optional=True), doc.text(c, "comment", ca, optional=True),
                                doc.text(c, "beneficiary_car_number", ca, optional=True, strip=True) or None))
    leaders = []
    for i, s in enumerate(doc.list_at(w, "race_leaders", at, optional=True)):
        la = f"{at}.race_leaders[{i}]"
        s = doc.obj(s, la)
        leaders.append(LeadSpell(doc.int(s, "start_lap", la) or 0, doc.int(s, "end_lap", la) or 0,
                                 doc.text(s, "car_number", la, strip=True) or ""))
    stage_rows = []
    for i, s in enumerate(doc.list_at(w, "stage_results", at, optional=True)):
        sa = f"{at}.stage_results[{i}]"
        s = doc.obj(s, sa)
        n = doc.int(s, "stage_number", sa) or 0
        for j, r in enumerate(doc.list_at(s, "results", sa)):
            ra = f"{sa}.results[{j}]"
            r = doc.obj(r, ra)
            stage_rows.append(StageEntry(n, doc.int(r, "finishing_position", ra) or 0,
                                         doc.text(r, "car_number", ra, strip=True) or "",
                                         doc.int(r, "driver_id", ra, optional=True),
                                         plain_name(doc.text(r, "driver_fullname", ra) or ""),
                                         doc.int(r, "stage_points", ra, optional=True)))
    return WeekendRace(
        race_id=doc.int(w, "race_id", at) or 0, series_id=doc.int(w, "series_id", at) or 0,
        season=doc.int(w, "race_season", at) or 0, name=doc.text(w, "race_name", at) or "",
        track=doc.text(w, "track_name", at, optional=True), race_date=doc.text(w, "race_date", at, optional=True),
        race_type=doc.int(w, "race_type_id", at, optional=True),
        scheduled_laps=doc.int(w, "scheduled_laps", at, optional=True),
        actual_laps=doc.int(w, "actual_laps", at, optional=True), stage_laps=stages,
        lead_changes=doc.int(w, "number_of_lead_changes", at, optional=True),
        leaders=doc.int(w, "number_of_leaders", at, optional=True),
        cautions=doc.int(w, "number_of_cautions", at, optional=True),
        caution_laps=doc.int(w, "number_of_caution_laps", at, optional=True),
        average_speed=doc.num(w, "average_speed", at, optional=True),
        total_race_time=doc.text(w, "total_race_time", at, optional=True), margin_of_victory=mov,
        comments=doc.text(w, "race_comments", at, optional=True),
        results=tuple(sorted(results, key=lambda r: r.finish)), caution_segments=tuple(cautions),
        race_leaders=tuple(leaders), stage_results=tuple(stage_rows))


def parse_results(data: bytes | str, path: object) -> tuple[int | None, tuple[ResultEntry, ...]]:
    """``race-results.json``: (race id read from the rows, results in finishing order)."""
    doc = Doc(path)
    rows = doc.list(read_document(data, path), "")
    results = tuple(parse_result(doc, r, f"[{i}]") for i, r in enumerate(rows))
    race_id = doc.int(doc.obj(rows[0], "[0]"), "race_id", "[0]", optional=True) if rows else None
    return race_id, tuple(sorted(results, key=lambda r: r.finish))
