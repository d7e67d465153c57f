"""lap-notes ("key moments"): the race told in notes, keyed by lap number (as text), with the flag in force."""

from __future__ import annotations

from dataclasses import dataclass

from .reader import Doc, read_document, to_int


@dataclass(frozen=True, slots=True)
class LapNote:
    lap: int
    flag_state: int | None
    note: str
    note_id: int | None
    driver_ids: tuple[int, ...]   # de-duplicated (the 5314 lap-163 note lists 3914 four times)


def parse(data: bytes | str, path: object) -> tuple[LapNote, ...]:
    doc = Doc(path)
    top = doc.obj(read_document(data, path), "")
    laps = doc.obj(doc.key(top, "laps", "", "an object keyed by lap"), "laps")
    out = []
    for key, notes in laps.items():
        lap = to_int(key)
        if lap is None:
            raise doc.fail(f"laps.{key}", "a lap number as the key", key)
        for i, n in enumerate(doc.list(notes, f"laps.{key}")):
            at = f"laps.{key}[{i}]"
            n = doc.obj(n, at)
            ids: list[int] = []
            for j, d in enumerate(doc.list_at(n, "DriverIDs", at, optional=True)):
                if d is None:  # seen in nxs/2023/5314 lap 40: [3914, null]
                    continue
                v = to_int(d)
                if v is None:
                    raise doc.fail(f"{at}.DriverIDs[{j}]", "a driver id", d)
                if v not in ids:
                    ids.append(v)
            out.append(LapNote(lap, doc.int(n, "FlagState", at, optional=True), doc.text(n, "Note", at) or "",
                               doc.int(n, "NoteID", at, optional=True), tuple(ids)))
    return tuple(sorted(out, key=lambda n: (n.lap, n.note_id or 0)))
