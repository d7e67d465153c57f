"""live-feed: one frame of the live timing (a practice, qualifying or race session at one moment).

A race frame with ``flag_state`` 9 and no laps to go is the final frame: its running order is the finish.
``delta`` is seconds behind the leader on the lead lap, or minus the laps down for lapped cars.
"""

from __future__ import annotations

from dataclasses import dataclass

from .reader import COLD, Doc, plain_name, read_document

RACE = 3  # run_type: 1 practice, 2 qualifying, 3 race


@dataclass(frozen=True, slots=True)
class LiveCar:
    car: str
    driver_id: int | None
    driver: str
    running_pos: int
    start: int | None
    laps_completed: int | None
    laps_led: int                       # sum of the inclusive ``laps_led`` ranges
    led_spells: tuple[tuple[int, int], ...]
    status: int | None                  # 1 running, 3 out, 6 behind the wall
    delta: float | None
    make: str | None


@dataclass(frozen=True, slots=True)
class LiveFrame:
    race_id: int
    series_id: int
    run_name: str | None
    run_type: int | None
    track: str | None
    lap: int
    laps_in_race: int | None
    laps_to_go: int | None
    flag_state: int | None
    lead_changes: int | None
    leaders: int | None
    cautions: int | None
    caution_laps: int | None
    cars: tuple[LiveCar, ...]

    @property
    def is_race(self) -> bool:
        return self.run_type == RACE or (self.run_type is None and (self.laps_in_race or 999) != 999)

    @property
    def is_final(self) -> bool:
        """The last frame of a race: checkered and cold, no laps to go."""
        return self.is_race and bool(self.cars) and self.laps_to_go == 0 and \
            (self.flag_state == COLD or self.lap == self.laps_in_race)


def parse(data: bytes | str, path: object) -> LiveFrame:
    doc = Doc(path)
    top = doc.obj(read_document(data, path), "")
    cars = []
    for i, raw in enumerate(doc.list_at(top, "vehicles", "")):
        at = f"vehicles[{i}]"
        v = doc.obj(raw, at)
        d = doc.obj(doc.key(v, "driver", at, "an object"), f"{at}.driver")
        spells = []
        for j, s in enumerate(doc.list_at(v, "laps_led", at, optional=True)):
            sa = f"{at}.laps_led[{j}]"
            s = doc.obj(s, sa)
            spells.append((doc.int(s, "start_lap", sa) or 0, doc.int(s, "end_lap", sa) or 0))
        cars.append(LiveCar(
            car=doc.text(v, "vehicle_number", at, strip=True) or "",
            driver_id=doc.int(d, "driver_id", f"{at}.driver", optional=True),
            driver=plain_name(doc.text(d, "full_name", f"{at}.driver") or ""),
            running_pos=doc.int(v, "running_position", at) or 0,
            start=doc.int(v, "starting_position", at, optional=True),
            laps_completed=doc.int(v, "laps_completed", at, optional=True),
            laps_led=sum(e - s + 1 for s, e in spells if e >= s), led_spells=tuple(spells),
            status=doc.int(v, "status", at, optional=True), delta=doc.num(v, "delta", at, optional=True),
            make=doc.text(v, "vehicle_manufacturer", at, optional=True)))
    return LiveFrame(
        race_id=doc.int(top, "race_id", "") or 0, series_id=doc.int(top, "series_id", "") or 0,
        run_name=doc.text(top, "run_name", "", optional=True), run_type=doc.int(top, "run_type", "", optional=True),
        track=doc.text(top, "track_name", "", optional=True), lap=doc.int(top, "lap_number", "") or 0,
        laps_in_race=doc.int(top, "laps_in_race", "", optional=True),
        laps_to_go=doc.int(top, "laps_to_go", "", optional=True),
        flag_state=doc.int(top, "flag_state", "", optional=True),
        lead_changes=doc.int(top, "number_of_lead_changes", "", optional=True),
        leaders=doc.int(top, "number_of_leaders", "", optional=True),
        cautions=doc.int(top, "number_of_caution_segments", "", optional=True),
        caution_laps=doc.int(top, "number_of_caution_laps", "", optional=True),
        cars=tuple(sorted(cars, key=lambda c: c.running_pos)))
