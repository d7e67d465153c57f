"""Facts read straight off one race's results: the race, winner, finishing and starting order, pole, laps led,
retirements, points earned, team and manufacturer showings."""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from ..words import car as car_label
from ..words import ordinal
from .catalogue import Context
from .model import Fact, Provenance

RUNNING = {"running", "-", "", None}


def subjects(ctx: Context, row: int) -> dict[str, Any]:
    """The subjects of a driver's row: who, in what car, for which team and make."""
    c = ctx.history.cols
    return {"driver": c["driver"][row], "driver_id": c["driver_id"][row], "car": c["car"][row],
            "team": c["team"][row], "make": c["make"][row]}


def classified(ctx: Context) -> list[int]:
    """Rows with a finishing position, in finishing order."""
    return [r for r in ctx.rows if ctx.col("finish", r) is not None]


def race(ctx: Context) -> None:
    """The race itself: name, track, length, class, field size and scheduled distance run by the winner."""
    info = ctx.race
    rows = classified(ctx)
    winner_laps = next((ctx.col("laps", r) for r in rows if ctx.col("win", r)), None)
    ctx.add(Fact(
        "race", "race", {"track": info.track}, info.name or f"race {info.round}",
        f"{info.season} {info.name} at {info.track} ({ctx.series_label}, round {info.round})", 100,
        Provenance("the race's name, track, length and surface as recorded with its results",
                   (ctx.history.race_ref(info.idx),)),
        {"season": info.season, "round": info.round, "series": info.series, "series_label": ctx.series_label,
         "track_length": info.length, "surface": info.surface, "track_class": info.track_class,
         "field_size": len(rows), "laps": winner_laps}))


def winner(ctx: Context) -> None:
    """The race winner (``Win`` = 1), with where he started and how many laps he led."""
    wins = [r for r in ctx.rows if ctx.col("win", r)]
    if not wins:
        ctx.miss("winner", "no row is marked as the winner")
        return
    r = wins[0]
    s = subjects(ctx, r)
    ctx.add(Fact(
        "winner", "winner", s, s["driver"], f"{s['driver']} won in the {car_label(s['car'] or '?')}", 100,
        Provenance("the row with Win = 1", (ctx.history.ref(r),)),
        {"start": ctx.col("start", r), "led": ctx.col("led", r), "laps": ctx.col("laps", r)}))


def finishes(ctx: Context) -> None:
    """Every classified driver's finishing position; the top ten rank higher."""
    for r in classified(ctx):
        pos = ctx.col("finish", r)
        s = subjects(ctx, r)
        score = 95 if pos == 1 else 85 if pos == 2 else 65 if pos <= 5 else 40 if pos <= 10 else 8
        ctx.add(Fact(
            f"finish:{s['driver_id']}", "finish", s, pos, f"{s['driver']}: finished {ordinal(pos)}", score,
            Provenance("Finish of the driver's row", (ctx.history.ref(r),)),
            {"start": ctx.col("start", r), "status": ctx.col("status", r), "laps": ctx.col("laps", r)}))


def starts(ctx: Context) -> None:
    """Every driver's starting position (1 = pole) and the pole-sitter."""
    for r in ctx.rows:
        pos = ctx.col("start", r)
        if pos is None:
            continue
        s = subjects(ctx, r)
        score = 60 if pos == 1 else 70 if ctx.col("win", r) else 5
        ctx.add(Fact(
            f"start:{s['driver_id']}", "start", s, pos, f"{s['driver']}: started {ordinal(pos)}", score,
            Provenance("Start of the driver's row", (ctx.history.ref(r),)), {"finish": ctx.col("finish", r)}))
        if pos == 1:
            ctx.add(Fact(
                "pole", "pole", s, s["driver"], f"{s['driver']} started from the pole", 60,
                Provenance("the row with Start = 1", (ctx.history.ref(r),)), {"finish": ctx.col("finish", r)}))
    if not any(ctx.col("start", r) == 1 for r in ctx.rows):
        ctx.miss("pole", "no starting positions recorded")


def laps_led(ctx: Context) -> None:
    """Laps led by every driver who led, and the race-high (ties share it)."""
    led = {r: ctx.col("led", r) for r in ctx.rows if ctx.col("led", r) is not None}
    if not led:
        ctx.miss("laps led", "no laps-led figures recorded")
        return
    leaders = [r for r, n in led.items() if n > 0]
    top = max(led.values())
    for r in leaders:
        s = subjects(ctx, r)
        ctx.add(Fact(
            f"laps_led:{s['driver_id']}", "laps_led", s, led[r], f"{s['driver']}: led {led[r]} laps", 35,
            Provenance("Led of the driver's row", (ctx.history.ref(r),)),
            {"leaders": len(leaders), "finish": ctx.col("finish", r)}))
    if top <= 0:
        return
    best = [r for r in leaders if led[r] == top]
    for r in best:
        s = subjects(ctx, r)
        ctx.add(Fact(
            f"most_laps_led:{s['driver_id']}", "most_laps_led", s, top,
            f"{s['driver']}: led a race-high {top} laps", 75,
            Provenance("the largest Led in the race (ties share it)", tuple(ctx.history.ref(x) for x in best)),
            {"tied": len(best) > 1, "finish": ctx.col("finish", r)}))


def retirements(ctx: Context) -> None:
    """Drivers out of the race: the reason (status) and the laps they completed."""
    for r in classified(ctx):
        status = ctx.col("status", r)
        if status in RUNNING:
            continue
        s = subjects(ctx, r)
        laps = ctx.col("laps", r)
        ctx.add(Fact(
            f"retirement:{s['driver_id']}", "retirement", s, laps,
            f"{s['driver']}: out after {laps} laps ({status})", 30,
            Provenance("Status other than running; Laps = laps completed", (ctx.history.ref(r),)),
            {"status": status, "finish": ctx.col("finish", r)}))


def points_earned(ctx: Context) -> None:
    """Driver points earned in the race (``Pts``); from 2011 a finisher with 0 was not eligible."""
    for r in classified(ctx):
        pts = ctx.col("points", r)
        if pts is None:
            continue
        s = subjects(ctx, r)
        if pts > 0:
            ctx.add(Fact(f"points:{s['driver_id']}", "points", s, pts, f"{s['driver']}: earned {pts} points", 10,
                         Provenance("Pts of the driver's row", (ctx.history.ref(r),))))
        elif ctx.race.season >= 2011:
            ctx.add(Fact(
                f"ineligible:{s['driver_id']}", "ineligible", s, True,
                f"{s['driver']}: not eligible for {ctx.series_label} driver points", 20,
                Provenance("Pts = 0 for a classified driver from 2011 on: he declared for another series "
                           "(rules.md section 2)", (ctx.history.ref(r),))))


def ratings(ctx: Context) -> None:
    """Loop-data driver rating (2005+), where recorded."""
    for r in classified(ctx):
        rating = ctx.col("rating", r)
        if rating is None or rating != rating or rating <= 0:
            continue
        s = subjects(ctx, r)
        ctx.add(Fact(f"rating:{s['driver_id']}", "rating", s, rating,
                     f"{s['driver']}: driver rating {rating:.1f}", 5,
                     Provenance("Rating of the driver's row (loop data)", (ctx.history.ref(r),))))


def showings(ctx: Context) -> None:
    """Manufacturers and teams in the top five: how many places each took."""
    top = [r for r in classified(ctx) if ctx.col("finish", r) <= 5]
    for key, minimum in (("make", 1), ("team", 2)):
        groups: dict[str, list[int]] = defaultdict(list)
        for r in top:
            if ctx.col(key, r) not in (None, "-", ""):
                groups[ctx.col(key, r)].append(r)
        for name, rows in groups.items():
            if len(rows) < minimum:
                continue
            ctx.add(Fact(
                f"{key}_top5:{name}", f"{key}_top5", {key: name}, len(rows),
                f"{name}: {len(rows)} of the top five", 15 + 5 * len(rows),
                Provenance(f"rows with Finish <= 5 grouped by {key}", tuple(ctx.history.ref(x) for x in rows)),
                {"drivers": [ctx.col("driver", x) for x in rows]}))


COMPUTE = [race, winner, finishes, starts, laps_led, retirements, points_earned, ratings, showings]
