"""Write docs/examples.md: recaps of 10 races drawn at random (fixed seed) from all eras and series,
for a reviewer to read. Run: .venv/bin/python scripts/sample_recaps.py"""

from __future__ import annotations

import random
from pathlib import Path

from racewire import Newsroom

OUT = Path(__file__).resolve().parents[1] / "docs" / "examples.md"


def main() -> None:
    room = Newsroom()
    rng = random.Random(2025)
    picks = [("truck", 2025, 4)]
    keys = [(s, season) for s in ("cup", "xfinity", "truck") for season in room.seasons(s)]
    while len(picks) < 10:
        series, season = rng.choice(keys)
        races = room.races(series, season)
        picks.append((series, season, rng.choice(races).round))
    parts = ["# Sample recaps\n",
             "Ten races: the seed race, then nine drawn at random (seed 2025) from every series and era, written by "
             "`racewire recap` from the bundled history alone, unedited. Regenerate with "
             "`.venv/bin/python scripts/sample_recaps.py`.\n"]
    for series, season, rnd in picks:
        md = room.race(series, season, rnd).recap("md").replace("# ", "### ", 1)
        parts.append(f"## {series} {season}, round {rnd}\n\n`racewire recap {series} {season} {rnd}`\n\n{md}")
    OUT.write_text("\n".join(parts))
    print(f"wrote {OUT}")


if __name__ == "__main__":
    main()
