"""Championship standings after a race, and the next race on the schedule.

Standings are the season's sum of ``Pts`` (driver points; 0 for drivers not eligible), ties broken by wins,
then second places, and so on. Points before a playoff or Chase reset are exact; after the reset the data does
not carry the reset values, so standings after the first playoff race are left out (recorded as missing).
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from typing import Any

from ..words import ordinal
from .catalogue import Context
from .history import History, RaceInfo
from .model import Fact, Provenance

#: (first season, last season, races in the playoff or Chase) by series; rules.md section 3
PLAYOFF_RACES: dict[str, list[tuple[int, int, int]]] = {
    "cup": [(2004, 2025, 10), (2026, 9999, 10)],
    "xfinity": [(2016, 2025, 7), (2026, 9999, 9)],
    "truck": [(2016, 2025, 7), (2026, 9999, 7)],
}
#: points races in a full season, for a season still in progress in the data
SEASON_LENGTH = {"cup": 36, "xfinity": 33, "truck": 25}


@dataclass(frozen=True)
class Standing:
    position: int
    driver: str
    driver_id: str
    points: int
    behind: int
    wins: int
    starts: int

    def to_dict(self) -> dict[str, Any]:
        return {"position": self.position, "driver": self.driver, "driver_id": self.driver_id,
                "points": self.points, "behind": self.behind, "wins": self.wins, "starts": self.starts}


def reset_after(history: History, series: str, season: int) -> int | None:
    """The last round before the playoff/Chase reset, or None for a full-season points format."""
    for first, last, n in PLAYOFF_RACES.get(series, []):
        if first <= season <= last:
            rounds = max(r.round for r in history.races if r.season == season)
            total = max(rounds, SEASON_LENGTH[series]) if season == history.races[-1].season else rounds
            return total - n
    return None


def table(history: History, race: RaceInfo) -> list[Standing]:
    """The standings after ``race``: every driver who scored this season, best first."""
    pts: dict[str, int] = defaultdict(int)
    names: dict[str, str] = {}
    finishes: dict[str, list[int]] = defaultdict(list)
    starts: dict[str, int] = defaultdict(int)
    c = history.cols
    for info in history.races:
        if info.season != race.season or info.round > race.round:
            continue
        for r in history.rows_of(info):
            did = c["driver_id"][r]
            names[did] = c["driver"][r]
            starts[did] += 1
            pts[did] += c["points"][r] or 0
            if c["finish"][r] is not None:
                finishes[did].append(c["finish"][r])
    scored = [d for d in pts if pts[d] > 0]

    def key(d: str) -> tuple[Any, ...]:
        counts = [0] * 50
        for f in finishes[d]:
            if f <= 50:
                counts[f - 1] += 1
        return (-pts[d], *(-x for x in counts), names[d])

    order = sorted(scored, key=key)
    top = pts[order[0]] if order else 0
    return [Standing(i + 1, names[d], d, pts[d], top - pts[d], finishes[d].count(1), starts[d])
            for i, d in enumerate(order)]


def season_complete_points(history: History, race: RaceInfo) -> str | None:
    """Why standings cannot be computed for this race, or None when they can."""
    if race.series == "cup" and race.season < 1975:
        return "points systems before 1975 are not modelled and the data's points are incomplete"
    cut = reset_after(history, race.series, race.season)
    if cut is not None and race.round > cut:
        return f"the playoff/Chase reset after round {cut} is not in the data"
    c = history.cols
    rows = [r for info in history.races if info.season == race.season and info.round <= race.round
            for r in history.rows_of(info)]
    if sum(1 for r in rows if c["points"][r] is None) > len(rows) // 10:
        return "points are missing for this season in the data"
    return None


def standings(ctx: Context) -> None:
    why = season_complete_points(ctx.history, ctx.race)
    if why:
        ctx.miss("standings", why)
        return
    after = table(ctx.history, ctx.race)
    if not after:
        ctx.miss("standings", "no driver has points this season")
        return
    prev_race = next((i for i in reversed(ctx.history.races[:ctx.race.idx]) if i.season == ctx.race.season), None)
    before = table(ctx.history, prev_race) if prev_race else []
    label = ctx.series_label
    rule = f"sum of Pts over {ctx.race.season} rounds 1-{ctx.race.round}; ties by wins, then 2nds, ..."
    prov = Provenance(rule, (ctx.history.race_ref(ctx.race.idx),))
    for st in after:  # everyone with points; the writer reads the top, the checker any place
        pos_before = next((b.position for b in before if b.driver_id == st.driver_id), None)
        ctx.add(Fact(
            f"standing:{st.driver_id}", "standing", {"driver": st.driver, "driver_id": st.driver_id},
            st.position, f"{st.driver}: {ordinal(st.position)} in {label} points, {st.points} points, "
                         f"{st.behind} behind", 40 if st.position == 1 else 25 if st.position <= 10 else 5, prov,
            {"points": st.points, "behind": st.behind, "position_before": pos_before}))
    lead = after[0]
    second = after[1] if len(after) > 1 else None
    gap = lead.points - second.points if second else None
    changed = bool(before) and before[0].driver_id != lead.driver_id
    ctx.add(Fact(
        "points_leader", "points_leader", {"driver": lead.driver, "driver_id": lead.driver_id}, lead.driver,
        f"{lead.driver} leads the {label} standings" + (f" by {gap} points over {second.driver}" if second else ""),
        58 if changed else 50, prov,
        {"points": lead.points, "gap": gap, "second": second.driver if second else None,
         "second_id": second.driver_id if second else None, "changed": changed,
         "previous_leader": before[0].driver if before else None}))
    if season_finale(ctx.history, ctx.race) and second is not None and gap:
        ctx.add(Fact(
            "champion", "champion", {"driver": lead.driver, "driver_id": lead.driver_id}, lead.driver,
            f"{lead.driver} won the {ctx.race.season} {label} championship by {gap} points over {second.driver}",
            92, Provenance(rule + "; the season's last race, in a full-season points format", prov.rows),
            {"points": lead.points, "gap": gap, "second": second.driver}))


def season_finale(history: History, race: RaceInfo) -> bool:
    """The last race of a season that is over in the data (a later season exists, or every scheduled race ran)."""
    nxt = history.races[race.idx + 1] if race.idx + 1 < len(history.races) else None
    if nxt is not None and nxt.season == race.season:
        return False
    return nxt is not None or race.round >= SEASON_LENGTH[race.series]


def next_race(ctx: Context) -> None:
    nxt = ctx.history.races[ctx.race.idx + 1] if ctx.race.idx + 1 < len(ctx.history.races) else None
    if nxt is None or nxt.season != ctx.race.season:
        return
    ctx.add(Fact(
        "next_race", "next_race", {"track": nxt.track}, nxt.name,
        f"next: {nxt.name} at {nxt.track} (round {nxt.round})", 30,
        Provenance("the next round of the season in the results history", (ctx.history.race_ref(nxt.idx),)),
        {"round": nxt.round, "track_class": nxt.track_class}))


COMPUTE = [standings, next_race]
