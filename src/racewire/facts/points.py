"""The points engine: the driver points of one race, recomputed from its results with the rules of its era.

``Pts`` in the history data is the driver points each driver earned in one race (stage points and bonuses
included). This module recomputes it from the inputs a rule needs (finishing position, laps led, stage
positions, eligibility) so that a recap can explain a total ("earned 54 points, 20 of them from stages") and so
that the data can be checked. Every rule below is the one of ``../shared/docs/rules.md`` (section tags in
brackets: [V n] = stated by source n, [D] = inferred from the data, [U] = unverified).

Missing inputs give a range (``Breakdown.lo`` to ``Breakdown.hi``), never a guess: stage 3 of the Coca-Cola 600
(0-10), 2025 stage positions where only ``Seg Points`` survives (exact 22 - ``Seg Points`` when the driver was
top ten in both stages, else 0-10 in a race that has ``Seg Points``, 0-20 in one that has none), the fastest-lap
point (0-1), laps led missing from a row (the laps nobody is recorded as leading bound what he can have led:
when the recorded ``Led`` add up to the winner's laps the missing rows led none, an exact deduction).

The functions here are pure and use plain Python only; ``race_points`` is the catalogue's fact.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from .catalogue import Context
from .eras import (TITLE_RACE_FIRST, TITLE_RACE_LAST, Era, era, era_label, finish_points, has_fourth_stage,
                   is_combination_race, is_title_race)
from .model import Fact, Provenance
from .results import subjects

__all__ = ["TITLE_RACE_FIRST", "TITLE_RACE_LAST", "Era", "era", "era_label", "finish_points", "has_fourth_stage",
           "is_combination_race", "is_title_race", "RaceKey", "Entry", "Breakdown", "breakdown", "expected_points",
           "race_points"]


@dataclass(frozen=True, slots=True)
class RaceKey:
    """The race a set of rows belongs to: what decides the era and its exceptions."""

    series: str
    season: int
    round: int
    track: str = ""
    name: str | None = None
    title_race: bool = False  # see is_title_race()
    combination: bool = False  # points by order among eligible drivers; see is_combination_race()


@dataclass(frozen=True, slots=True)
class Entry:
    """One driver's row, with the inputs the rules read (``None`` = not in the data)."""

    finish: int | None
    led: int | None = None
    laps: int | None = None
    stage1: int | None = None
    stage2: int | None = None
    stage_sum: int | None = None  # 2025 ``Seg Points``: S1 + S2 for drivers top ten in both stages
    eligible: bool = True
    contender: bool | None = None  # a Championship 4 driver in the title race; None = not known


@dataclass(frozen=True, slots=True)
class Breakdown:
    """A row's recomputed points: finishing points, stage points and bonuses, each as (min, max)."""

    finish: int
    stage: tuple[int, int]
    bonus: tuple[int, int]  # lap-leader, win and fastest-lap bonuses
    unknown: tuple[str, ...] = ()  # the inputs that make it a range

    @property
    def lo(self) -> int:
        return self.finish + self.stage[0] + self.bonus[0]

    @property
    def hi(self) -> int:
        return self.finish + self.stage[1] + self.bonus[1]

    @property
    def exact(self) -> bool:
        return self.lo == self.hi

    @property
    def value(self) -> int | tuple[int, int]:
        """The points: an int when every input is known, else (min, max)."""
        return self.lo if self.exact else (self.lo, self.hi)

    def resolve(self, pts: int) -> tuple[int, int] | None:
        """(stage, bonus) when ``pts`` (the data's total) leaves only one way to split a range, else None.

        Exact rows split as computed. For a range the split is decided when ``pts`` is at an end of it (every
        part at its minimum / maximum) or when only one part is uncertain (it is ``pts`` minus the others).
        """
        if not self.lo <= pts <= self.hi:
            return None
        if pts == self.lo:
            return self.stage[0], self.bonus[0]
        if pts == self.hi:
            return self.stage[1], self.bonus[1]
        rest = pts - self.finish
        if self.stage[0] == self.stage[1]:
            return self.stage[0], rest - self.stage[0]
        if self.bonus[0] == self.bonus[1]:
            return rest - self.bonus[0], self.bonus[0]
        return None


ZERO = (0, 0)


def breakdown(race: RaceKey, rows: Sequence[Entry]) -> list[Breakdown | None]:
    """Every row's recomputed points (same order), or None for a row the rules do not cover.

    None: Cup before 1975 (not modelled) and rows without a finishing position. ``rows`` must be the whole
    race: the most-laps-led bonus and the deductions about missing data look at every row.
    """
    e = era(race.series, race.season)
    if e is None:
        return [None] * len(rows)
    led_lo, led_hi, led_why = _led_bounds(rows) if (e.led_bonus or e.most_bonus) else ((), (), "")
    top_lo = _top2(led_lo)
    top_hi = _top2(led_hi)
    stage3 = e.stages and has_fourth_stage(race.series, race.season, race.track, race.name)
    stage_known = (any(r.stage1 is not None for r in rows), any(r.stage2 is not None for r in rows),
                   any(r.stage_sum is not None for r in rows))
    title = race.title_race
    rank = _eligible_rank(rows) if race.combination else None
    out: list[Breakdown | None] = []
    for i, r in enumerate(rows):
        p = r.finish if rank is None else rank[i]
        if p is None:
            out.append(None)
            continue
        if not r.eligible:
            out.append(Breakdown(0, ZERO, ZERO))
            continue
        fin = e.finish_points(p)
        unknown: list[str] = []
        stage = ZERO
        bonus = ZERO
        if e.stages:
            stage = _stage_points(r, stage_known, e.fastest_lap, unknown)
            if stage3:
                stage = (stage[0], stage[1] + 10)
                unknown.append("stage 3 of the Coca-Cola 600 (no S3 in the data)")
            if e.fastest_lap:
                bonus = (0, 1)
                unknown.append("the fastest-lap point (not in the history data)")
        else:
            if e.win_bonus and p == 1:
                bonus = (e.win_bonus, e.win_bonus)
            if e.led_bonus or e.most_bonus:
                lo, hi = led_lo[i], led_hi[i]
                b_lo = e.led_bonus if lo > 0 else 0
                b_hi = e.led_bonus if hi > 0 else 0
                # most laps led: sure when his least beats every other's most; possible when his most
                # reaches every other's least (ties share the bonus)
                other_hi = top_hi[1] if led_hi[i] == top_hi[0] and top_hi[2] == i else top_hi[0]
                other_lo = top_lo[1] if led_lo[i] == top_lo[0] and top_lo[2] == i else top_lo[0]
                if lo > 0 and lo >= other_hi:
                    b_lo += e.most_bonus
                if hi > 0 and hi >= other_lo:
                    b_hi += e.most_bonus
                bonus = (bonus[0] + b_lo, bonus[1] + b_hi)
                if b_lo != b_hi:
                    unknown.append(led_why)
        if title and r.contender is not False:
            contender = (fin, ZERO, ZERO)  # finishing points only
            if r.contender:
                fin, stage, bonus = contender
                unknown = []
            elif stage != ZERO or bonus != ZERO:
                stage, bonus = (0, stage[1]), (0, bonus[1])
                unknown.append("whether he was in the Championship 4 (they score finishing points only)")
        out.append(Breakdown(fin, stage, bonus, tuple(unknown)))
    return out


def expected_points(race: RaceKey, rows: Sequence[Entry]) -> list[int | tuple[int, int] | None]:
    """Every row's expected ``Pts``: an int when every input is known, (min, max) when some are missing, None
    where the rules are not modelled (Cup before 1975) or the row has no finishing position."""
    return [None if b is None else b.value for b in breakdown(race, rows)]


def _eligible_rank(rows: Sequence[Entry]) -> list[int | None]:
    """Each eligible classified row's place among the eligible classified rows (combination races)."""
    order = sorted((r.finish, i) for i, r in enumerate(rows) if r.finish is not None and r.eligible)
    rank: list[int | None] = [None] * len(rows)
    for place, (_, i) in enumerate(order, 1):
        rank[i] = place
    for i, r in enumerate(rows):
        if r.finish is not None and not r.eligible:
            rank[i] = r.finish
    return rank


def _stage_points(r: Entry, known: tuple[bool, bool, bool], modern: bool, unknown: list[str]) -> tuple[int, int]:
    """Stage points of stages 1 and 2 as (min, max); positions 1-10 pay 10..1, raw positions (no promotion)."""
    if r.stage1 is not None or r.stage2 is not None or (known[0] and known[1]):
        pts = 0
        for k, s in ((0, r.stage1), (1, r.stage2)):
            if s is not None:
                pts += max(11 - s, 0)
            elif not known[k]:
                unknown.append(f"stage {k + 1} positions (no S{k + 1} in the race)")
                return pts, pts + 10
        return pts, pts
    if r.stage_sum is not None:  # top ten in both stages: (11 - s1) + (11 - s2)
        return 22 - r.stage_sum, 22 - r.stage_sum
    if known[2] and modern:  # the race has Seg Points and he has none: at most one stage in the top ten
        unknown.append("stage positions (Seg Points only for drivers top ten in both stages)")
        return 0, 10
    unknown.append("stage positions (none in the data for this race)")
    return 0, 20


def _led_bounds(rows: Sequence[Entry]) -> tuple[list[int], list[int], str]:
    """Least and most laps each row can have led. A missing ``Led`` is bounded by the laps nobody is recorded
    as leading (winner's laps minus the recorded ``Led``): none left means he led none."""
    lo = [r.led or 0 for r in rows]
    missing = [i for i, r in enumerate(rows) if r.led is None]
    if not missing:
        return lo, lo, ""
    laps = next((r.laps for r in rows if r.finish == 1 and r.laps is not None), None)
    spare = 10**6 if laps is None else max(laps - sum(lo), 0)
    hi = list(lo)
    for i in missing:
        hi[i] = spare
    left = spare if laps is not None else "unknown"
    return lo, hi, f"laps led (missing for {len(missing)} rows; {left} laps not accounted for)"


def _top2(values: Sequence[int]) -> tuple[int, int, int]:
    """(largest, second largest, index of the largest) of a list (-1s when short)."""
    best, second, at = -1, -1, -1
    for i, v in enumerate(values):
        if v > best:
            best, second, at = v, best, i
        elif v > second:
            second = v
    return best, second, at


# -- the catalogue fact -----------------------------------------------------------------------------------

def race_entries(ctx: Context) -> tuple[RaceKey, list[int], list[Entry]]:
    """The race and its rows as the engine reads them, eligibility per race (rules.md section 2): a row with
    ``Pts`` = 0 is taken as not eligible for this race (``Pts`` missing: eligible)."""
    info = ctx.race
    h = ctx.history
    c = h.cols
    last = info.idx + 1 == len(h.races) or h.races[info.idx + 1].season != info.season
    rows = list(ctx.rows)
    eligible = [c["points"][r] != 0 for r in rows]
    combination = is_combination_race(info.series, info.season,
                                      [ok for r, ok in zip(rows, eligible) if c["finish"][r] is not None])
    race = RaceKey(info.series, info.season, info.round, info.track, info.name,
                   last and is_title_race(info.series, info.season, info.round, info.round, info.track),
                   combination)
    entries = [Entry(c["finish"][r], c["led"][r], c["laps"][r], c["stage1"][r], c["stage2"][r], c["stage_sum"][r],
                     ok) for r, ok in zip(rows, eligible)]
    return race, rows, entries


def race_points(ctx: Context) -> None:
    """Every classified eligible driver's points (``Pts``) with how they were earned: finishing points, stage
    points and bonuses, recomputed with the rules of the era.

    ``exact`` is true when the recomputation from the race's inputs alone gives ``Pts``; ``resolved`` when a
    range (missing inputs) is split by ``Pts`` itself, one way only (e.g. 2025: stage points from
    ``Seg Points`` and ``Pts`` equal to finish + stage points, so no fastest-lap point). Otherwise the parts are
    None (not known) and ``note`` says why.
    """
    info = ctx.race
    e = era(info.series, info.season)
    if e is None:
        ctx.miss("points breakdown", "points systems before 1975 are not modelled (rules.md 1.1)")
        return
    race, rows, entries = race_entries(ctx)
    c = ctx.history.cols
    rule = f"{era_label(info.series, info.season)} ({e.tag}); value = Pts of the driver's row"
    for r, b in zip(rows, breakdown(race, entries)):
        pts = c["points"][r]
        if b is None or pts is None or pts <= 0:
            continue
        s = subjects(ctx, r)
        exact = b.exact and b.lo == pts
        split = b.resolve(pts)
        stage, bonus = split if split is not None else (None, None)
        note = None
        if not exact:
            if not b.lo <= pts <= b.hi:
                note = "Pts differs from the rules of the era (penalty, source error or eligibility)"
                stage = bonus = None
            elif split is None:
                note = "; ".join(b.unknown)
            else:
                note = "split decided by Pts: " + "; ".join(b.unknown)
        text = f"{s['driver']}: earned {pts} points"
        if stage:
            text += f", {stage} of them from stages"
        ctx.add(Fact(
            f"points_breakdown:{s['driver_id']}", "points_breakdown", s, pts, text, 12,
            Provenance(rule, (ctx.history.ref(r),)),
            {"finish_points": b.finish, "stage_points": stage, "bonus_points": bonus,
             "recomputed": b.lo if b.exact else [b.lo, b.hi], "exact": exact,
             "resolved": split is not None and not exact,
             "era": era_label(info.series, info.season), "note": note}))


COMPUTE = [race_points]
