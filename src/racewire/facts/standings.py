"""Championship standings after a race, and the next race on the schedule.

Standings are the season's sum of ``Pts`` (driver points; 0 for drivers not eligible), ties broken by wins,
then second places, and so on. The Cup Chase of 2004-2013 reset by rules the data can apply (the field and the
reset points follow from the standings after the cut), so its standings are computed too: they reproduce every
champion of those ten seasons and the margin in seven (docs/points.md). After the elimination resets of
2014-2025 (playoff points from stage wins the data often lacks, eliminations, waivers) the standings are left
out and recorded as missing. Penalties NASCAR took from the standings rather than from a race are not in the
data (rules.md section 1).
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
    """The standings after ``race``: every driver who scored this season, best first. In a Cup Chase season of
    2004-2013 after the reset, the Chase drivers first, on their reset points (``chase_table``)."""
    if chase_format(race.series, race.season) is not None:
        cut = reset_after(history, race.series, race.season)
        if cut is not None and race.round > cut:
            return chase_table(history, race, cut)
    return _season_table(history, race)


#: NASCAR's rulings on a Chase field that the results cannot show: after the 2013 Richmond race (race 26) it took
#: Martin Truex Jr.'s wild card away and gave it to Ryan Newman, and added Jeff Gordon as a 13th driver at 2,000
CHASE_RULINGS: dict[int, dict[str, Any]] = {
    2013: {"replace": {"Martin Truex Jr.": "Ryan Newman"}, "add": ("Jeff Gordon",)},
}


def chase_format(series: str, season: int) -> str | None:
    """The Chase formats whose reset the rules give exactly (rules.md 3.1): Cup 2004-2006, 2007-2010, 2011-2013."""
    if series != "cup":
        return None
    return "2004" if 2004 <= season <= 2006 else "2007" if 2007 <= season <= 2010 else \
        "2011" if 2011 <= season <= 2013 else None


def chase_table(history: History, race: RaceInfo, cut: int) -> list[Standing]:
    """Standings after a Chase race of Cup 2004-2013. The field and the reset points after round ``cut``
    (rules.md 3.1): 2004-2006 the top ten and anyone within 400 points of the leader, reset to 5,050 for the
    leader and 5 fewer for each next; 2007-2010 the top twelve, reset to 5,000 plus 10 per win; 2011-2013 the top
    ten, reset to 2,000 plus 3 per win, and two wild cards (most wins among 11th-20th, then points) at 2,000.
    Chase drivers add their points from the Chase races; everyone else keeps his season total behind them."""
    fmt = chase_format(race.series, race.season)
    at_cut = next(i for i in history.races if i.season == race.season and i.round == cut)
    before = _season_table(history, at_cut)
    if fmt == "2004":
        field = [s for s in before if s.position <= 10 or s.behind <= 400]
        reset = {s.driver_id: 5050 - 5 * i for i, s in enumerate(field)}
    elif fmt == "2007":
        field = before[:12]
        reset = {s.driver_id: 5000 + 10 * s.wins for s in field}
    else:
        top = before[:10]
        wild = sorted(before[10:20], key=lambda s: (-s.wins, s.position))[:2]
        change = CHASE_RULINGS.get(race.season, {})
        wild = [next((x for x in before if x.driver == change.get("replace", {}).get(s.driver)), s) for s in wild]
        wild += [x for x in before if x.driver in change.get("add", ())]
        field = top + wild
        reset = {s.driver_id: 2000 + 3 * s.wins for s in top} | {s.driver_id: 2000 for s in wild}
    season = {s.driver_id: s for s in _season_table(history, race)}
    since = {d: season[d].points - s.points for s in before if (d := s.driver_id) in season}
    chase = [Standing(0, s.driver, s.driver_id, reset[s.driver_id] + since.get(s.driver_id, 0), 0,
                      season[s.driver_id].wins if s.driver_id in season else s.wins,
                      season[s.driver_id].starts if s.driver_id in season else s.starts) for s in field]
    # ties by the season's wins, then second places, ... (2011: Stewart over Edwards, level on 2,403)
    counts = _finish_counts(history, race)
    chase.sort(key=lambda s: (-s.points, *(-x for x in counts.get(s.driver_id, ())), s.driver))
    others = [s for s in season.values() if s.driver_id not in reset]
    order = chase + others
    top_pts = order[0].points if order else 0
    return [Standing(i + 1, s.driver, s.driver_id, s.points, top_pts - s.points, s.wins, s.starts)
            for i, s in enumerate(order)]


def _finish_counts(history: History, race: RaceInfo) -> dict[str, list[int]]:
    """How many wins, second places, ... each driver has this season up to ``race`` (the tiebreaker)."""
    out: dict[str, list[int]] = defaultdict(lambda: [0] * 50)
    c = history.cols
    for info in history.races:
        if info.season == race.season and info.round <= race.round:
            for r in history.rows_of(info):
                f = c["finish"][r]
                if f is not None and f <= 50:
                    out[c["driver_id"][r]][f - 1] += 1
    return out


def _season_table(history: History, race: RaceInfo) -> list[Standing]:
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
    if cut is not None and race.round > cut and chase_format(race.series, race.season) is None:
        return f"the playoff reset after round {cut} is not in the data (playoff points, eliminations)"
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
    if season_finale(ctx.history, ctx.race) and second is not None and gap is not None:
        fmt = ("after the Chase reset (rules.md 3.1)" if chase_format(ctx.race.series, ctx.race.season)
               else "in a full-season points format")
        how = f"by {gap} points over {second.driver}" if gap else \
            f"on a tiebreaker over {second.driver}, both on {lead.points} points"
        ctx.add(Fact(
            "champion", "champion", {"driver": lead.driver, "driver_id": lead.driver_id}, lead.driver,
            f"{lead.driver} won the {ctx.race.season} {label} championship {how}",
            92, Provenance(rule + f"; the season's last race, {fmt}", prov.rows),
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
