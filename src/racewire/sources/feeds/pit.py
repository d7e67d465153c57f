"""live-pit-data: one entry per pit-road visit. ``-1`` means "not measured" (no box stop) and becomes None."""

from __future__ import annotations

from dataclasses import dataclass

from .reader import Doc, plain_name, read_document


@dataclass(frozen=True, slots=True)
class PitVisit:
    car: str
    driver: str
    leader_lap: int | None
    lap: int | None
    in_flag: int | None
    out_flag: int | None
    pit_road_time: float | None      # total_duration, s
    stop_time: float | None          # pit_stop_duration: time stopped in the box, s
    stop_type: str | None
    tires: int                       # tyres changed, 0-4
    positions_gained: int | None

    @property
    def is_stop(self) -> bool:
        """A real stop in the box (not a drive-through, pre-race or post-race visit)."""
        return self.stop_time is not None and self.stop_time > 0


def parse(data: bytes | str, path: object) -> tuple[PitVisit, ...]:
    doc = Doc(path)
    out = []
    for i, e in enumerate(doc.list(read_document(data, path), "")):
        at = f"[{i}]"
        e = doc.obj(e, at)
        tires = sum(bool(doc.flag(e, f"{c}_tire_changed", at, optional=True))
                    for c in ("left_front", "left_rear", "right_front", "right_rear"))
        out.append(PitVisit(
            car=doc.text(e, "vehicle_number", at, strip=True) or "",
            driver=plain_name(doc.text(e, "driver_name", at, optional=True) or ""),
            leader_lap=doc.int(e, "leader_lap", at, optional=True), lap=doc.int(e, "lap_count", at, optional=True),
            in_flag=doc.int(e, "pit_in_flag_status", at, optional=True),
            out_flag=doc.int(e, "pit_out_flag_status", at, optional=True),
            pit_road_time=doc.num(e, "total_duration", at, optional=True, sentinel=-1),
            stop_time=doc.num(e, "pit_stop_duration", at, optional=True, sentinel=-1),
            stop_type=doc.text(e, "pit_stop_type", at, optional=True), tires=tires,
            positions_gained=doc.int(e, "positions_gained_lost", at, optional=True)))
    return tuple(out)
