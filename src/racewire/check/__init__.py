"""The fact-checker: find the factual claims in race text and judge each against the facts catalogue.

claims.py (what is claimed, where, about whom) -> verdict.py (supported, contradicted or unverifiable, with
the evidence and the right value).
"""

from __future__ import annotations

from typing import Any

from ..facts.catalogue import Catalogue
from ..facts.history import History
from .claims import extract
from .model import Claim
from .text import Names, first_names
from .verdict import Judge

__all__ = ["check", "Claim"]


#: kinds of claim that may sit, true, inside a larger claim that is false ("the first win for GMS's No. 33",
#: "within 17 points of Johnson atop the standings"): never "supported" there
FRAGMENTS = ("car", "make", "team", "points_lead")
#: the claims whose words such a fragment helps say (a false finish "in the No. 4 Dodge" leaves the car true)
HOLDERS = ("car_first_win", "team_wins", "standing", "points_lead")


def check(text: str, cat: Catalogue, history: History) -> list[Claim]:
    """Every claim found in ``text`` about the race of ``cat``, in order, each with its verdict."""
    h = history
    rows = list(h.rows_of(cat.race))
    drivers = [h.cols["driver"][r] for r in rows]
    leader = cat.first("points_leader")
    if leader is not None:  # the standings may name drivers who did not start this race
        drivers += [d for d in (leader.value, leader.context.get("second")) if d]
    teams = sorted({t for r in rows if (t := h.cols["team"][r])})
    makes = sorted({m for r in rows if (m := h.cols["make"][r])})
    titles = sorted({i.name for i in h.races if i.season == cat.race.season and i.name}, key=len, reverse=True)
    places = sorted({i.track for i in h.races if i.track})
    crews: dict[str, list[str]] = {}
    for r in rows:  # team -> its drivers here, and "#07" -> the drivers of car 07
        if h.cols["team"][r]:
            crews.setdefault(h.cols["team"][r], []).append(h.cols["driver"][r])
        if h.cols["car"][r]:
            crews.setdefault("#" + h.cols["car"][r], []).append(h.cols["driver"][r])
    names = Names(drivers, h.driver_names - {d.lower() for d in drivers}, first_names(h.driver_names))
    claims = extract(text, names, teams, makes, titles,
                     places, cat.race.season, crews,
                     {role: f.value for role in ("winner", "pole") if (f := cat.first(role)) is not None})
    judge = Judge(cat, history)
    for c in claims:
        judge.judge(c, text)
    for c in claims:  # "the first win for GMS's No. 33": a true car inside a false claim is no claim of its own
        if c.verdict == "supported" and c.kind in FRAGMENTS and any(
                k is not c and k.verdict == "contradicted" and k.kind in HOLDERS and k.start <= c.start and
                c.end <= k.end and (k.start, k.end) != (c.start, c.end) for k in claims):
            Judge.unknown(c, "part of a larger claim the data contradicts")
            c.facts = []
    return claims


def report(text: str, claims: list[Claim]) -> dict[str, Any]:
    counts = {v: sum(1 for c in claims if c.verdict == v) for v in ("supported", "contradicted", "unverifiable")}
    return {"claims": [c.to_dict() for c in claims], "summary": counts}
