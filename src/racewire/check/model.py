"""What the checker reports: each claim found in the text, with its verdict and evidence."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal

Verdict = Literal["supported", "contradicted", "unverifiable"]


@dataclass
class Claim:
    """A factual claim found in the text: its kind, where it stands (character offsets), and what it says."""

    kind: str
    start: int
    end: int
    text: str
    args: dict[str, Any] = field(default_factory=dict)
    verdict: Verdict = "unverifiable"
    evidence: str = ""
    correction: str | None = None
    facts: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "text": self.text, "kind": self.kind,
                "verdict": self.verdict, "evidence": self.evidence, "correction": self.correction,
                "facts": self.facts}
