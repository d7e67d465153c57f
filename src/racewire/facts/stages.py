"""Stage winners and sweeps (2017+). Before 2017 races had no stages: nothing is computed or missing.

2017-2024: ``S1``/``S2`` hold the top 10 of each stage. 2025: only ``Seg Points`` (= S1 + S2 for drivers in
the top 10 of both stages) survives, and a sum of 2 can only mean 1 + 1: a sweep. Any other sum cannot say who
won which stage, so the stage winners are then left out and the catalogue says so.
"""

from __future__ import annotations

from .catalogue import Context
from .model import Fact, Provenance
from .results import subjects

FIRST_STAGE_SEASON = 2017


def stage_winners(ctx: Context) -> None:
    if ctx.race.season < FIRST_STAGE_SEASON:
        return
    winners: dict[int, int] = {}
    for k in (1, 2):
        for r in ctx.rows:
            if ctx.col(f"stage{k}", r) == 1:
                winners[k] = r
    rule = "S{k} = 1 (position at the end of stage {k})"
    if not winners:
        sweep = [r for r in ctx.rows if ctx.col("stage_sum", r) == 2]
        if len(sweep) == 1:
            winners = {1: sweep[0], 2: sweep[0]}
            rule = "Seg Points = 2 = S1 + S2, so stage positions 1 and 1 (stage {k} won)"
        else:
            ctx.miss("stage winners", "no stage positions recorded for this race")
            return
    for k, r in sorted(winners.items()):
        s = subjects(ctx, r)
        ctx.add(Fact(f"stage_win:{k}", "stage_win", {**s, "stage": k}, k,
                     f"{s['driver']}: won stage {k}", 45,
                     Provenance(rule.format(k=k), (ctx.history.ref(r),)), {"finish": ctx.col("finish", r)}))
    if len(winners) == 2 and winners[1] == winners[2]:
        r = winners[1]
        s = subjects(ctx, r)
        ctx.add(Fact(f"stage_sweep:{s['driver_id']}", "stage_sweep", s, 2, f"{s['driver']}: swept both stages",
                     70, Provenance("the same driver won stage 1 and stage 2", (ctx.history.ref(r),)),
                     {"finish": ctx.col("finish", r)}))
    elif len(winners) < 2:
        ctx.miss("stage winners", "only one stage winner is recorded")


COMPUTE = [stage_winners]
