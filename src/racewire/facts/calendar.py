"""When: the race's date and the next race's, from the schedule feeds (only where feeds are imported).

Definitions:
- race_date: the date NASCAR's schedule (or the race's weekend feed) gives for this race, ``YYYY-MM-DD``; the
  text adds the weekday ("Sunday, April 13, 2025").
- next_race_date: the same for the next round of the season.
"""

from __future__ import annotations

from datetime import date

from .catalogue import Context
from .model import Fact, Provenance

RULE = "race_date of the schedule entry matched to the race by name and track (or the race's own weekend feed)"


def spoken(day: str) -> str:
    """"2025-04-13" -> "Sunday, April 13, 2025"."""
    d = date.fromisoformat(day)
    return f"{d:%A}, {d:%B} {d.day}, {d.year}"


def race_dates(ctx: Context) -> None:
    h, race = ctx.history, ctx.race
    day = ctx.dates.get(race.round)
    if day:
        ctx.add(Fact("race_date", "race_date", {"track": race.track}, day, f"{race.name}: {spoken(day)}", 30,
                     Provenance(RULE, (h.race_ref(race.idx),), source="feeds"), {"weekday": f"{date.fromisoformat(day):%A}"}))
    nxt = h.races[race.idx + 1] if race.idx + 1 < len(h.races) else None
    if nxt is None or nxt.season != race.season:
        return
    day = ctx.dates.get(nxt.round)
    if day:
        ctx.add(Fact("next_race_date", "next_race_date", {"track": nxt.track}, day,
                     f"next: {nxt.name} on {spoken(day)}", 30,
                     Provenance(RULE, (h.race_ref(nxt.idx),), source="feeds"),
                     {"weekday": f"{date.fromisoformat(day):%A}", "race": nxt.name}))


COMPUTE = [race_dates]
