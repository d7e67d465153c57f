"""The checker on the held-out reports in tests/check/heldout/ (same format and scoring as test_corpus.py).

The eight reports were written and labelled from the data before the checker was run on them. The first run
gave contradicted precision 0.74 and recall 0.65 (docs/checker.md, "Held-out evaluation"). The checker was then
improved for what they showed, so they are no longer held out. This test keeps the targets on them.
"""

from __future__ import annotations

from typing import Any


def test_precision_guards_from_the_heldout_reports(room: Any) -> None:
    """What could go wrong with the phrasings the held-out reports brought in comes out unverifiable, not
    contradicted."""
    race = room.race("truck", 2025, 4)   # Larson won from 3rd; Heim on the pole, 3rd; Rhodes out after 83 laps
    cases = {
        "Riggs qualified 10th.": ("start", "unverifiable"),            # qualifying is not always the start
        "Ben Rhodes crashed after 20 laps.": ("retirement", "unverifiable"),  # he may have driven on
        "Heim started from the outside pole.": ("start", "contradicted"),
        "Larson made it two in a row on the pole.": None,              # a streak of something else
        "Larson finished second in stage 1.": None,                    # a stage result, not the finish
        "The series moves on to Myrtle Beach next.": ("next_race", "unverifiable"),  # no track the data knows
    }
    for text, want in cases.items():
        got = [(c.kind, c.verdict) for c in race.check(text) if c.kind in ("start", "retirement", "win_streak",
                                                                          "finish", "next_race")]
        assert got == ([want] if want else []), (text, got)
    # a team's short name before a make: supported for the driver's team, never contradicted
    cup = room.race("cup", 1998, 20)
    claims = cup.check("Rusty Wallace finished fourth in the Penske Ford. Jeremy Mayfield drove the Penske Ford.")
    assert [c.verdict for c in claims if c.kind == "team"] == ["supported", "supported"]
    # a pair of places goes to the pair of names, in order
    claims = cup.check("Bill Elliott and Michael Waltrip ran out of fuel and dropped to 27th and 28th.")
    assert [(c.args["driver"], c.verdict) for c in claims if c.kind == "finish"] == [
        ("Bill Elliott", "supported"), ("Michael Waltrip", "supported")]
