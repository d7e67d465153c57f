"""loopstats: NASCAR's loop data per driver (positions, green-flag passes, laps led, rating). Driver ids only."""

from __future__ import annotations

from dataclasses import dataclass

from .reader import Doc, read_document


@dataclass(frozen=True, slots=True)
class LoopDriver:
    driver_id: int
    start: int | None
    mid: int | None
    finish: int | None
    best: int | None
    worst: int | None
    avg_pos: float | None
    green_flag_passes: int | None
    quality_passes: int | None
    fast_laps: int | None
    top15_laps: int | None
    lead_laps: int | None
    laps: int | None
    rating: float | None


@dataclass(frozen=True, slots=True)
class LoopStats:
    race_id: int
    series_id: int | None
    name: str | None
    scheduled_laps: int | None
    actual_laps: int | None
    drivers: tuple[LoopDriver, ...]


def parse(data: bytes | str, path: object) -> LoopStats:
    doc = Doc(path)
    top = doc.list(read_document(data, path), "")
    if not top:
        raise doc.fail("", "a list with one race", top)
    r = doc.obj(top[0], "[0]")
    drivers = []
    for i, d in enumerate(doc.list_at(r, "drivers", "[0]")):
        at = f"[0].drivers[{i}]"
        d = doc.obj(d, at)
        g = lambda k: doc.int(d, k, at, optional=True)  # noqa: E731
        drivers.append(LoopDriver(
            doc.int(d, "driver_id", at) or 0, g("start_ps"), g("mid_ps"), g("ps"), g("best_ps"), g("worst_ps"),
            doc.num(d, "avg_ps", at, optional=True), g("passes_gf"), g("quality_passes"), g("fast_laps"),
            g("top15_laps"), g("lead_laps"), g("laps"), doc.num(d, "rating", at, optional=True)))
    return LoopStats(doc.int(r, "race_id", "[0]") or 0, doc.int(r, "series_id", "[0]", optional=True),
                     doc.text(r, "race_name", "[0]", optional=True), doc.int(r, "sch_laps", "[0]", optional=True),
                     doc.int(r, "act_laps", "[0]", optional=True), tuple(drivers))
