"""What the writer produces: sentences that carry their evidence, grouped in paragraphs."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from ..facts.model import Fact


@dataclass(frozen=True)
class Sentence:
    """One sentence and the ids of the facts it states (never empty)."""

    text: str
    facts: tuple[str, ...]

    def to_dict(self) -> dict[str, Any]:
        return {"text": self.text, "facts": list(self.facts)}


@dataclass(frozen=True)
class Message:
    """A unit of content chosen by selection: a kind ("win", "runner_up" ...) and the facts it rests on."""

    kind: str
    facts: dict[str, Fact]
    score: float = 0.0

    def get(self, name: str) -> Fact | None:
        return self.facts.get(name)


@dataclass
class Recap:
    """A written recap: headline, paragraphs of sentences, and every fact they cite."""

    race: dict[str, Any]
    headline: Sentence
    paragraphs: list[list[Sentence]]
    facts: dict[str, Fact]
    credit: str = ""
    meta: dict[str, Any] = field(default_factory=dict)

    @property
    def sentences(self) -> list[Sentence]:
        return [s for p in self.paragraphs for s in p]
