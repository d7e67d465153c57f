"""Career facts, counted over the driver's (or car's, team's, make's) earlier starts in the same series.

Definitions:
- career_wins: the winner's wins in the series, this one included.
- car_wins / team_wins / make_wins: wins in the series by that exact car number (text: "07" is not "7"),
  team name or make, this one included; 1 means "first win for the No. 07".
- track_wins: the winner's wins at this track (by name) in the series, this one included.
- season_wins: the winner's wins this season, this one included.
- different_winners: the drivers who have won this season's races so far, this one included; ``new`` when this
  is the winner's first of the season ("the 12th different winner in 18 races").
- win_streak: consecutive *starts* won, counting back over the winner's starts in the series (a part-time
  driver's streak spans seasons); emitted from 2.
- drought_ended: the driver's previous win / top five / top ten came at least two seasons earlier, with
  starts in between ("first top five since 2016"; a part-timer who won his last start has no drought).
- career_first: no earlier win / top five / top ten in the series at all.
- career_best / class_best: the finish equals or beats the driver's best in the series, overall or on this
  class of track (rules.md section 7), for drivers with earlier starts; wins are left to career_wins.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from ..words import ordinal
from .catalogue import Context
from .model import Fact, Provenance
from .results import classified, subjects

LEVELS = (("win", 1), ("top five", 5), ("top ten", 10))
DROUGHT_SEASONS = 2  # a result "since 2016" is news when at least two seasons passed


def winner_milestones(ctx: Context) -> None:
    h = ctx.history
    wins = [r for r in ctx.rows if ctx.col("win", r)]
    if not wins:
        return
    r = wins[0]
    s = subjects(ctx, r)
    did = s["driver_id"]
    before = h.driver_rows_before(did, r)
    won_before = [x for x in before if h.cols["win"][x]]
    n = len(won_before) + 1
    label = ctx.series_label
    ctx.add(Fact(
        f"career_wins:{did}", "career_wins", s, n, f"{s['driver']}: {ordinal(n)} career {label} win",
        90 if n in (1, 5, 10, 25, 50, 100) else 80,
        Provenance("count of the driver's rows with Win = 1 in the series up to this race",
                   tuple(h.ref(x) for x in won_before + [r])),
        {"ordinal": ordinal(n), "starts": len(before) + 1,
         "previous_win": h.ref(won_before[-1]).to_dict() if won_before else None}))

    streak = 1
    for x in reversed(before):
        if not h.cols["win"][x]:
            break
        streak += 1
    if streak >= 2:
        rows = before[len(before) - streak + 1:] + [r]
        ctx.add(Fact(
            f"win_streak:{did}", "win_streak", s, streak,
            f"{s['driver']}: won {streak} consecutive {label} starts", 85,
            Provenance("the driver's latest starts in the series, counted back while Win = 1",
                       tuple(h.ref(x) for x in rows)),
            {"previous_win": h.ref(before[-1]).to_dict()}))

    season_won = [x for x in won_before if h.cols["season"][x] == ctx.race.season] + [r]
    ctx.add(Fact(
        f"season_wins:{did}", "season_wins", s, len(season_won),
        f"{s['driver']}: {ordinal(len(season_won))} win of the {ctx.race.season} season", 50,
        Provenance("the driver's rows with Win = 1 this season up to this race",
                   tuple(h.ref(x) for x in season_won))))

    different_winners(ctx, s, len(season_won) == 1)

    track_won = [x for x in won_before if h.cols["track"][x] == ctx.race.track] + [r]
    ctx.add(Fact(
        f"track_wins:{did}", "track_wins", {**s, "track": ctx.race.track}, len(track_won),
        f"{s['driver']}: {ordinal(len(track_won))} {label} win at {ctx.race.track}",
        60 if len(track_won) == 1 else 45,
        Provenance("the driver's rows with Win = 1 at this track in the series",
                   tuple(h.ref(x) for x in track_won))))

    for key, noun in (("car", "the No. {}"), ("team", "{}"), ("make", "{}")):
        value = s[key]
        if value in (None, "", "-"):
            continue
        won = h.wins_up_to(key, value, ctx.race.idx)
        m = len(won)
        who = noun.format(value)
        ctx.add(Fact(
            f"{key}_wins:{value}", f"{key}_wins", {key: value}, m,
            f"{who}: {ordinal(m)} {label} win" + (" (the first)" if m == 1 else ""),
            88 if m == 1 else 20,
            Provenance(f"races of the series won by {key} {value!r} (exact text) up to this one",
                       tuple(h.race_ref(i) for i in won[-20:])),
            {"first": m == 1}))
        prev_win = h.races[won[-2]] if m > 1 else None
        if key == "team" and prev_win is not None and ctx.race.season - prev_win.season >= DROUGHT_SEASONS and \
                not str(value).endswith("(Owner)"):  # (an owner's entry under his own name is no team's story)
            then = h.race_ref(won[-2])
            ctx.add(Fact(
                f"team_drought_ended:{value}", "team_drought_ended", {"team": value}, prev_win.season,
                f"{value}: first {label} win since {prev_win.season} ({prev_win.track})", 70,
                Provenance("the team's latest earlier win in the series (exact team text)", (then, h.race_ref(won[-1]))),
                {"previous": then.to_dict()}))


def different_winners(ctx: Context, s: dict[str, Any], new: bool) -> None:
    """How many drivers have won the season's races so far ("the 12th different winner in 18 races")."""
    h = ctx.history
    winners: dict[str, int] = {}  # driver id -> the row of his first win this season
    races = [i for i in h.races if i.season == ctx.race.season and i.idx <= ctx.race.idx]
    for info in races:
        for x in h.rows_of(info):
            if h.cols["win"][x]:
                winners.setdefault(h.cols["driver_id"][x], x)
    if len(races) < 2 or not winners:
        return
    n = len(winners)
    label = ctx.series_label
    ctx.add(Fact(
        "different_winners", "different_winners", s, n,
        f"{n} different {label} winners in {len(races)} races of {ctx.race.season}"
        + (f"; {s['driver']} is the {ordinal(n)}" if new else ""),
        55 if new else 15,
        Provenance(f"distinct drivers with Win = 1 in the {ctx.race.season} races up to this one",
                   tuple(h.ref(x) for x in sorted(winners.values()))),
        {"races": len(races), "new": new, "ordinal": ordinal(n)}))


def top_ten(ctx: Context) -> Iterator[tuple[int, int, dict[str, Any], list[int]]]:
    """Each top-ten finisher: his row, position, subjects, and his earlier classified rows in the series."""
    h = ctx.history
    for r in classified(ctx):
        pos = ctx.col("finish", r)
        if pos > 10:
            return
        s = subjects(ctx, r)
        yield r, pos, s, [x for x in h.driver_rows_before(s["driver_id"], r) if h.cols["finish"][x] is not None]


def droughts_and_firsts(ctx: Context) -> None:
    """For every top-ten finisher: the first such result since when, or ever."""
    h = ctx.history
    season = ctx.race.season
    for r, pos, s, before in top_ten(ctx):
        for level, limit in LEVELS:
            if pos > limit:
                continue
            prev = [x for x in before if h.cols["finish"][x] <= limit]
            did = s["driver_id"]
            if not prev:
                ctx.add(Fact(
                    f"career_first:{did}:{level}", "career_first", {**s, "level": level}, level,
                    f"{s['driver']}: first career {ctx.series_label} {level}",
                    88 if level == "win" else 60 if level == "top five" else 40,
                    Provenance(f"no earlier row of the driver in the series with Finish <= {limit}",
                               (h.ref(r),)),
                    {"starts": len(before) + 1}))
                continue
            last = prev[-1]
            last_season = h.cols["season"][last]
            starts_between = sum(1 for x in before if x > last)
            if season - last_season >= DROUGHT_SEASONS and starts_between > 0:
                ctx.add(Fact(
                    f"drought_ended:{did}:{level}", "drought_ended", {**s, "level": level}, last_season,
                    f"{s['driver']}: first {ctx.series_label} {level} since {last_season} "
                    f"({h.races[h.race_of_row[last]].track})",
                    72 if level == "win" else 62 if level == "top five" else 35,
                    Provenance(f"the driver's latest earlier row with Finish <= {limit}", (h.ref(last), h.ref(r))),
                    {"previous": h.ref(last).to_dict(), "starts_between": starts_between,
                     "previous_finish": h.cols["finish"][last]}))


def career_bests(ctx: Context) -> None:
    """Top-ten finishers who matched or beat their best finish in the series, overall and on this class."""
    h = ctx.history
    klass = ctx.race.track_class
    for r, pos, s, before in top_ten(ctx):
        scopes: list[tuple[str, list[int], str | None]] = [("career_best", before, None)]
        if klass is not None:
            same = [x for x in before if h.races[h.race_of_row[x]].track_class == klass]
            scopes.append(("class_best", same, klass))
        for kind, rows, scope in scopes:
            if not rows:
                continue
            best = min(h.cols["finish"][x] for x in rows) if scope else h.best_before(s["driver_id"], r)
            assert best is not None
            if pos > best or (pos == 1 and best == 1):
                continue
            tie = pos == best
            where = f" on {'an' if scope == 'intermediate' else 'a'} {scope}" if scope else ""
            verb = "tied a" if tie else "a new"
            best_rows = [x for x in rows if h.cols["finish"][x] == best]
            ctx.add(Fact(
                f"{kind}:{s['driver_id']}", kind, {**s, **({"track_class": scope} if scope else {})}, pos,
                f"{s['driver']}: {ordinal(pos)}, {verb} career-best {ctx.series_label} finish{where}",
                55 if not tie else 45,
                Provenance("best Finish over the driver's earlier rows in the series"
                           + (f" at {scope} tracks" if scope else ""),
                           tuple(h.ref(x) for x in best_rows[-5:]) + (h.ref(r),)),
                {"tie": tie, "previous_best": best, "track_class": scope, "earlier_starts": len(rows)}))


COMPUTE = [winner_milestones, droughts_and_firsts, career_bests]
