"""A 1,000-word article checked against truck 2025 round 4, warm, side by side with a plain regex + pandas
script that checks only "X finished Nth" claims.

Target (issue 7): under 100 ms warm.
"""

from __future__ import annotations

import re
import sys
import tempfile
from pathlib import Path

import pandas as pd

sys.path.insert(0, str(Path(__file__).parent))
from _timing import measure, report  # noqa: E402

from racewire import Newsroom  # noqa: E402
from racewire.sources.history import bundled_dir  # noqa: E402
from racewire.words import parse_ordinal  # noqa: E402

MODEL = Path(__file__).resolve().parents[2] / "shared" / "examples" / "recap-truck-2025-homestead.txt"


def article(room: Newsroom) -> str:
    race = room.race("truck", 2025, 4)
    parts = [race.recap("md")]
    if MODEL.exists():
        parts.append(MODEL.read_text(encoding="utf-8"))
    text = "\n\n".join(parts)
    while len(text.split()) < 1000:
        text += "\n\n" + parts[0]
    return " ".join(text.split()[:1000])


def pandas_check(text: str, race: pd.DataFrame) -> list[tuple[str, bool]]:
    out = []
    for m in re.finditer(r"([A-Z][a-z]+) finished (\w+)", text):
        pos = parse_ordinal(m[2])
        rows = race[race.Driver.str.endswith(m[1])]
        if pos and len(rows) == 1:
            out.append((m[0], int(rows.iloc[0].Finish) == pos))
    return out


def main() -> None:
    with tempfile.TemporaryDirectory() as d:
        room = Newsroom(Path(d) / "c.duckdb")
        text = article(room)
        race = room.race("truck", 2025, 4)
        claims = race.check(text)
        df = pd.read_parquet(bundled_dir() / "truck_series.parquet")
        frame = df[(df.Season == 2025) & (df.Race == 4)]
        print(f"article: {len(text.split())} words, {len(claims)} claims found by racewire, "
              f"{len(pandas_check(text, frame))} by the regex script")
        report("check a 1,000-word article, warm", {
            "racewire check (all claim kinds)": measure(lambda: race.check(text), 10),
            "regex + pandas (finishes only)": measure(lambda: pandas_check(text, frame), 10),
        }, target=100, unit="ms")


if __name__ == "__main__":
    main()
