"""Document planning: the headline, then paragraphs in the order a race reporter writes them."""

from __future__ import annotations

from .model import Message

#: paragraph order; messages of the same paragraph are realised together
ORDER = (
    ("win",),
    ("narrative", "milestone"),
    ("winner_run",),
    ("runner_up",),
    ("dominator", "pole", "stages"),
    ("top_five",),
    ("top_ten",),
    ("flow", "retirements"),
    ("standings",),
    ("next",),
)


def plan(messages: list[Message]) -> list[list[Message]]:
    """Group the selected messages into paragraphs, in reporter order; empty paragraphs are dropped."""
    by_kind = {m.kind: m for m in messages}
    if "win" in by_kind:
        win = by_kind["win"]
        by_kind["winner_run"] = Message("winner_run", win.facts, win.score)
    paragraphs = []
    for kinds in ORDER:
        para = [by_kind[k] for k in kinds if k in by_kind]
        if para:
            paragraphs.append(para)
    return paragraphs
