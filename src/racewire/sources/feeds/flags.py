"""live-flag-data: one entry per flag change, with the caution's reason and the free-pass car.

A bare list; also seen wrapped as ``{"FlagStates": [...]}`` (nxs/2023/5314) and as two lists back to back
(truck/2014/4372: the second starts over with a lap -1 entry; both are read, duplicates dropped). The 2014
files use "" for "no value" and end with a lap -1 / flag 9 entry. Beneficiary car numbers are right-padded
with spaces ("27   ", nxs/2026/5651).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from .reader import Doc, read_documents


@dataclass(frozen=True, slots=True)
class FlagChange:
    lap: int | None                 # None for the 2014 end-of-session entry (lap -1)
    flag_state: int
    elapsed: float | None
    comment: str | None
    beneficiary: str | None


def parse(data: bytes | str, path: object) -> tuple[FlagChange, ...]:
    doc = Doc(path)
    out: list[FlagChange] = []
    seen: set[FlagChange] = set()
    for n, top in enumerate(read_documents(data, path)):
        where = f"document {n + 1}" if n else ""
        entries: Any = top
        if isinstance(top, dict):
            entries = doc.key(top, "FlagStates", where, "a list of flag changes")
            where = f"{where}.FlagStates" if where else "FlagStates"
        for i, e in enumerate(doc.list(entries, where)):
            at = f"{where}[{i}]"
            e = doc.obj(e, at)
            change = FlagChange(doc.int(e, "lap_number", at, sentinel=-1), doc.int(e, "flag_state", at) or 0,
                                doc.num(e, "elapsed_time", at, optional=True, sentinel=-1),
                                doc.text(e, "comment", at, optional=True, strip=True) or None,
                                doc.text(e, "beneficiary", at, optional=True, strip=True) or None)
            if change not in seen:
                seen.add(change)
                out.append(change)
    return tuple(out)
