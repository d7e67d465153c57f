"""The fact record: one claim a sentence may make about a race, with the evidence that decides it."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class RowRef:
    """One history row that decides a fact: which race, which driver, which car."""

    series: str
    season: int
    round: int
    driver: str
    car: str | None
    track: str

    def __str__(self) -> str:
        car = f" (No. {self.car})" if self.car else ""
        return f"{self.series} {self.season} round {self.round} at {self.track}: {self.driver}{car}"

    def to_dict(self) -> dict[str, Any]:
        return {"series": self.series, "season": self.season, "round": self.round, "driver": self.driver,
                "car": self.car, "track": self.track}


@dataclass(frozen=True)
class Provenance:
    """Where a fact comes from: the rows that decide it and the rule applied to them."""

    rule: str
    rows: tuple[RowRef, ...] = ()
    source: str = "history"

    def to_dict(self) -> dict[str, Any]:
        return {"source": self.source, "rule": self.rule, "rows": [r.to_dict() for r in self.rows]}


@dataclass(frozen=True)
class Fact:
    """One fact about a race.

    ``id`` is stable across runs (kind plus subject), ``value`` is what a sentence may state, ``context``
    holds what a sentence may add (the previous win, the ordinal, the class of track), ``score`` ranks it
    by newsworthiness (0-100).
    """

    id: str
    kind: str
    subjects: dict[str, Any]
    value: Any
    text: str
    score: float
    provenance: Provenance
    context: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, "kind": self.kind, "subjects": self.subjects, "value": self.value,
                "text": self.text, "score": self.score, "context": self.context,
                "provenance": self.provenance.to_dict()}
