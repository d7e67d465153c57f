"""lap-times: every car's lap time, speed and running position on every lap, and the flag of each lap.

Lap 0 is the start: no time, ``RunningPos`` = starting position. A car's ``Laps`` stop at the last lap it
completed (cars out of the race stop early). ``LapSpeed`` is served as text ("163.136").
"""

from __future__ import annotations

from dataclasses import dataclass

from .reader import Doc, plain_name, read_document


@dataclass(frozen=True, slots=True)
class CarLaps:
    """One car's laps as parallel columns (lap 0 first). ``car`` is text: "07" is not "7"."""

    car: str
    driver: str
    driver_id: int | None
    make: str | None
    final_pos: int | None
    laps: tuple[int, ...]
    times: tuple[float | None, ...]
    speeds: tuple[float | None, ...]
    positions: tuple[int | None, ...]

    @property
    def laps_completed(self) -> int:
        return max(self.laps) if self.laps else 0

    @property
    def start(self) -> int | None:
        return self.positions[0] if self.laps and self.laps[0] == 0 else None


@dataclass(frozen=True, slots=True)
class LapTimes:
    cars: tuple[CarLaps, ...]
    flags: tuple[tuple[int, int], ...]   # (laps completed, flag state), one per lap

    @property
    def last_lap(self) -> int:
        return max((c.laps_completed for c in self.cars), default=0)


def parse(data: bytes | str, path: object) -> LapTimes:
    doc = Doc(path)
    top = doc.obj(read_document(data, path), "")
    cars = []
    for i, raw in enumerate(doc.list_at(top, "laps", "")):
        at = f"laps[{i}]"
        c = doc.obj(raw, at)
        laps: list[int] = []
        times: list[float | None] = []
        speeds: list[float | None] = []
        positions: list[int | None] = []
        for j, lap in enumerate(doc.list_at(c, "Laps", at)):
            fast = _fast_lap(lap)
            if fast is None:  # something unusual: the checked path, which names the problem
                la = f"{at}.Laps[{j}]"
                lap = doc.obj(lap, la)
                fast = (doc.int(lap, "Lap", la) or 0, doc.num(lap, "LapTime", la, optional=True),
                        doc.num(lap, "LapSpeed", la, optional=True, expected="a number as text"),
                        doc.int(lap, "RunningPos", la, optional=True))
            laps.append(fast[0])
            times.append(fast[1])
            speeds.append(fast[2])
            positions.append(fast[3])
        cars.append(CarLaps(
            car=doc.text(c, "Number", at, strip=True) or "", driver=plain_name(doc.text(c, "FullName", at) or ""),
            driver_id=doc.int(c, "NASCARDriverID", at, optional=True),
            make=doc.text(c, "Manufacturer", at, optional=True), final_pos=doc.int(c, "RunningPos", at, optional=True),
            laps=tuple(laps), times=tuple(times), speeds=tuple(speeds), positions=tuple(positions)))
    flags = []
    for i, f in enumerate(doc.list_at(top, "flags", "", optional=True)):
        at = f"flags[{i}]"
        f = doc.obj(f, at)
        flags.append((doc.int(f, "LapsCompleted", at) or 0, doc.int(f, "FlagState", at) or 0))
    return LapTimes(tuple(cars), tuple(flags))


def _fast_lap(lap: object) -> tuple[int, float | None, float | None, int | None] | None:
    """The common shape of a lap entry, read without per-field checks; None sends it to the checked path."""
    if type(lap) is not dict:
        return None
    n, t, s, p = lap.get("Lap"), lap.get("LapTime"), lap.get("LapSpeed"), lap.get("RunningPos")
    if type(n) is not int or (p is not None and type(p) is not int):
        return None
    if t is not None and type(t) is not float and type(t) is not int:
        return None
    if s is None:
        return n, t, None, p
    if type(s) is not str or "," in s or "_" in s:
        return None
    try:
        speed = float(s)
    except ValueError:
        return None
    if speed - speed != 0:  # nan or inf
        return None
    return n, t, speed, p
