"""Lap analytics from NASCAR's feeds (``store.feeds.race_feed``): how the race unfolded, as facts.

Definitions (a lap is counted at the line; lap 0 is the start):

- leader of lap N: the car with ``RunningPos`` 1 at the end of lap N in lap-times;
- lead changes: **official** = weekend-feed ``number_of_lead_changes`` (else its ``race_leaders`` ledger
  entries minus one); **loop** = the number of laps whose leader differs from the previous lap's leader
  in lap-times. The fact's value is the official figure when there is one, the loop figure otherwise; both
  are in its context, with the definition used;
- caution periods: the weekend-feed's ``caution_segments`` (official), else runs of consecutive yellow
  (flag 2) laps in lap-times ``flags``; caution laps likewise (the two can differ: 4973 52 vs 54);
- the decisive pass: the lap on which the winner took the lead for the last time (official ledger when
  there is one, else lap-times), with laps to go = final lap - that lap;
- the comeback: of the top five finishers, the one who gained most from his deepest running position after
  lap 1 to the finish (at least 10 places), with the lap he was deepest and the laps it took;
- biggest gain: starting position (lap 0) minus finishing position, the best of the field;
- retirements: history status other than running, with the last lap the car completed in lap-times;
- narrative events: lap notes and caution comments read as a spin, a wreck, mechanical trouble or a
  penalty (keywords below), each with its lap.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from ..words import ordinal
from .catalogue import Context
from .model import Fact, Provenance, RowRef

SOURCE = "feeds"
YELLOW = 2
_KINDS = (  # first match wins
    ("penalty", re.compile(r"penalt|to the rear|speeding|pass[- ]through|drive[- ]through|too soon|too many men|"
                           r"uncontrolled tire|commitment|unapproved|disqualif|black flag|parked by", re.I)),
    ("wreck", re.compile(r"wreck|crash|accident|incident|contact|into the wall|hits the wall|stack ?up|"
                         r"multi-car|big one", re.I)),
    ("spin", re.compile(r"\bspins?\b|\bspun\b|\bspinning\b|has a moment|\bloose\b", re.I)),
    ("mechanical", re.compile(r"engine|mechanical|power steering|brake|smok|loses a tire|flat|tire (issue|failure)|"
                              r"electrical|battery|fuel pump|overheat|transmission|suspension|garage|"
                              r"radio issue|has an issue|debris coming off", re.I)),
)


def classify(text: str) -> str | None:
    """The kind of incident a note or caution comment tells: penalty, wreck, spin, mechanical; None if none."""
    for kind, pattern in _KINDS:
        if pattern.search(text):
            return kind
    return None


# -- helpers --------------------------------------------------------------------------------------------
def _feeds(ctx: Context) -> Any:
    return ctx.feeds


def _row_of(ctx: Context, car: str | None) -> int | None:
    for r in ctx.rows:
        if ctx.col("car", r) == car:
            return r
    return None


def _refs(ctx: Context, cars: Sequence[str | None]) -> tuple[RowRef, ...]:
    rows = [r for c in cars if (r := _row_of(ctx, c)) is not None]
    return tuple(ctx.history.ref(r) for r in rows) or (ctx.history.race_ref(ctx.race.idx),)


def _who(ctx: Context, car: str | None) -> dict[str, Any]:
    r = _row_of(ctx, car)
    if r is None:
        return {"car": car}
    c = ctx.history.cols
    return {"driver": c["driver"][r], "driver_id": c["driver_id"][r], "car": car, "team": c["team"][r],
            "make": c["make"][r]}


def _name(ctx: Context, car: str | None) -> str:
    return str(_who(ctx, car).get("driver") or f"No. {car}")


def _prov(ctx: Context, rule: str, cars: Sequence[str | None] = ()) -> Provenance:
    f = _feeds(ctx)
    return Provenance(f"{rule} [{', '.join(f.sources)}]", _refs(ctx, cars), SOURCE)


def leaders_by_lap(feeds: Any) -> list[str | None]:
    """The leader's car number at the end of every lap (index = lap; index 0 = the pole-sitter)."""
    last = max((c.laps[-1] for c in feeds.cars if c.laps), default=0)
    leader: list[str | None] = [None] * (last + 1)
    for c in feeds.cars:
        for lap, pos in zip(c.laps, c.positions):
            if pos == 1:
                leader[lap] = c.car
    return leader


def _winner_car(feeds: Any) -> str | None:
    for r in feeds.results:
        if r.finish == 1:
            return str(r.car)
    for c in feeds.cars:
        if c.final_pos == 1:
            return str(c.car)
    return None


def _spells(leader: list[str | None]) -> list[tuple[int, int, str]]:
    out: list[tuple[int, int, str]] = []
    for lap in range(1, len(leader)):
        car = leader[lap]
        if car is None:
            continue
        if out and out[-1][2] == car and out[-1][1] == lap - 1:
            out[-1] = (out[-1][0], lap, car)
        else:
            out.append((lap, lap, car))
    return out


# -- facts ----------------------------------------------------------------------------------------------
def lap_leaders(ctx: Context) -> None:
    """Who led which laps (lap-times, ``RunningPos`` 1 at the line): the spells and the laps led per car."""
    f = _feeds(ctx)
    if not f.cars:
        ctx.miss("lap_leaders", "no lap-times for this race")
        return
    spells = _spells(leaders_by_lap(f))
    led: dict[str, int] = {}
    for s, e, car in spells:
        led[car] = led.get(car, 0) + e - s + 1
    cars = sorted(led, key=lambda c: -led[c])
    ctx.add(Fact("lap_leaders", "lap_leaders", {}, len(led),
                 f"{len(led)} drivers led laps ({', '.join(f'{_name(ctx, c)} {led[c]}' for c in cars[:4])})", 30,
                 _prov(ctx, "cars with RunningPos 1 at the end of a lap in lap-times", cars),
                 {"spells": [{"from": s, "to": e, "car": c, "driver": _name(ctx, c)} for s, e, c in spells],
                  "laps_led": {c: led[c] for c in cars}}))


def lead_changes(ctx: Context) -> None:
    """Lead changes: official (weekend-feed) when there is one, else the loop count from lap-times."""
    f = _feeds(ctx)
    loop = None
    if f.cars:
        spells = _spells(leaders_by_lap(f))
        loop = max(len(spells) - 1, 0)
    official = f.lead_changes if f.lead_changes is not None else \
        (len(f.lead_ledger) - 1 if f.lead_ledger else None)
    value = official if official is not None else loop
    if value is None:
        ctx.miss("lead_changes", "no weekend-feed and no lap-times")
        return
    definition = "official" if official is not None else "loop (lap-times)"
    ctx.add(Fact("lead_changes", "lead_changes", {}, value, f"{value} lead changes", 50 if value else 35,
                 _prov(ctx, "weekend-feed number_of_lead_changes (official)" if official is not None else
                       "laps whose leader differs from the previous lap's leader in lap-times"),
                 {"definition": definition, "official": official, "loop": loop, "leaders": f.leaders}))


def cautions(ctx: Context) -> None:
    """Caution periods and laps under yellow, official when the weekend-feed has them, else from lap flags."""
    f = _feeds(ctx)
    periods: list[dict[str, Any]] = []
    if f.cautions_list:
        periods = [{"from": s, "to": e, "reason": r, "comment": c, "free_pass": b} for s, e, r, c, b in f.cautions_list]
        count = f.cautions if f.cautions is not None else len(periods)
        laps = f.caution_laps if f.caution_laps is not None else sum(p["to"] - p["from"] + 1 for p in periods)
        rule = "weekend-feed number_of_cautions / number_of_caution_laps and caution_segments (official)"
    elif f.flags:
        yellow = [lap for lap, state in f.flags if state == YELLOW and lap >= 1]
        for lap in yellow:
            if periods and periods[-1]["to"] == lap - 1:
                periods[-1]["to"] = lap
            else:
                periods.append({"from": lap, "to": lap, "reason": None, "comment": None, "free_pass": None})
        count, laps = len(periods), len(yellow)
        rule = "runs of consecutive yellow (flag 2) laps in lap-times flags"
    else:
        ctx.miss("cautions", "no caution segments and no lap flags in the feeds")
        return
    ctx.add(Fact("cautions", "cautions", {}, count, f"{count} cautions for {laps} laps", 45, _prov(ctx, rule),
                 {"caution_laps": laps, "periods": periods}))
    for i, p in enumerate(periods, 1):
        why = p["comment"] or p["reason"] or "caution"
        ctx.add(Fact(f"caution:{i}", "caution", {}, i, f"caution {i}, laps {p['from']}-{p['to']}: {why}", 20,
                     _prov(ctx, rule), {**p, "lap": p["from"], "laps": p["to"] - p["from"] + 1}))


def margin_of_victory(ctx: Context) -> None:
    """The winner's margin at the line in seconds (weekend-feed ``margin_of_victory``, official only)."""
    f = _feeds(ctx)
    if f.margin_of_victory is None:
        ctx.miss("margin_of_victory", "no official margin (weekend-feed) for this race")
        return
    car = _winner_car(f)
    ctx.add(Fact("margin_of_victory", "margin_of_victory", _who(ctx, car), f.margin_of_victory,
                 f"{_name(ctx, car)} won by {f.margin_of_victory:.3f} seconds", 70,
                 _prov(ctx, "weekend-feed margin_of_victory (seconds)", [car]),
                 {"second": next((r.car for r in f.results if r.finish == 2), None)}))


def fastest_lap(ctx: Context) -> None:
    """The fastest lap of the race (shortest ``LapTime`` from lap 1 on). Lap-time feeds carry glitches (an 18.9 s
    "lap" at Darlington, where laps take about 29 s): laps faster than 90% of the race's median are discarded
    (rules.md section 1.2)."""
    f = _feeds(ctx)
    times = sorted(t for c in f.cars for lap, t in zip(c.laps, c.times) if lap >= 1 and t is not None and t > 0)
    floor = 0.9 * times[len(times) // 2] if times else 0.0
    best: tuple[float, int, str] | None = None
    for c in f.cars:
        for lap, t in zip(c.laps, c.times):
            if lap >= 1 and t is not None and t >= floor and (best is None or t < best[0]):
                best = (t, lap, c.car)
    if best is None:
        ctx.miss("fastest_lap", "no lap times")
        return
    t, lap, car = best
    ctx.add(Fact("fastest_lap", "fastest_lap", _who(ctx, car), t,
                 f"{_name(ctx, car)} ran the fastest lap, {t:.3f} s on lap {lap}", 30,
                 _prov(ctx, "the smallest LapTime from lap 1 on in lap-times, laps under 90% of the median "
                            "discarded as timing glitches", [car]), {"lap": lap}))


def biggest_gain(ctx: Context) -> None:
    """The most places gained from the start (lap 0 position) to the finish; ties share it."""
    f = _feeds(ctx)
    gains = {c.car: c.positions[0] - c.final_pos for c in f.cars
             if c.laps and c.laps[0] == 0 and c.positions[0] and c.final_pos}
    if not gains or max(gains.values()) <= 0:
        ctx.miss("biggest_gain", "no lap-times starting positions or nobody gained")
        return
    top = max(gains.values())
    for car in sorted(c for c, g in gains.items() if g == top):
        c = next(x for x in f.cars if x.car == car)
        ctx.add(Fact(f"biggest_gain:{car}", "biggest_gain", _who(ctx, car), top,
                     f"{_name(ctx, car)} gained {top} places, from {ordinal(c.positions[0])} to "
                     f"{ordinal(c.final_pos)}", 40,
                     _prov(ctx, "lap-0 RunningPos minus final RunningPos in lap-times", [car]),
                     {"start": c.positions[0], "finish": c.final_pos}))


def comeback(ctx: Context) -> None:
    """The top-five finisher who came back furthest: deepest running position after lap 1 to the finish."""
    f = _feeds(ctx)
    best: tuple[int, str, int, int, int] | None = None
    for c in f.cars:
        if not c.final_pos or c.final_pos > 5:
            continue
        worst, wlap = 0, 0
        for lap, pos in zip(c.laps, c.positions):
            if lap >= 2 and pos is not None and pos > worst:
                worst, wlap = pos, lap
        gain = worst - c.final_pos
        if gain >= 10 and (best is None or gain > best[0]):
            best = (gain, c.car, worst, wlap, c.final_pos)
    if best is None:
        ctx.miss("comeback", "no top-five finisher came back 10 places or more")
        return
    gain, car, worst, wlap, fin = best
    last = max(x.laps[-1] for x in f.cars if x.laps)
    ctx.add(Fact("comeback", "comeback", _who(ctx, car), worst,
                 f"{_name(ctx, car)} came back from {ordinal(worst)} on lap {wlap} to finish {ordinal(fin)}", 65,
                 _prov(ctx, "deepest RunningPos after lap 1 of a top-five finisher in lap-times", [car]),
                 {"lap": wlap, "finish": fin, "places": gain, "laps_to_finish": last - wlap}))


def decisive_pass(ctx: Context) -> None:
    """The lap the winner took the lead for good, whom he passed, and how many laps were left."""
    f = _feeds(ctx)
    winner = _winner_car(f)
    if winner is None:
        ctx.miss("decisive_pass", "no winner in the feeds")
        return
    leader = leaders_by_lap(f) if f.cars else []
    last = f.actual_laps or (len(leader) - 1 if leader else None)
    lap, passed, rule = None, None, ""
    if f.lead_ledger and f.lead_ledger[-1][2] == winner:
        lap = f.lead_ledger[-1][0]
        passed = f.lead_ledger[-2][2] if len(f.lead_ledger) > 1 else None
        rule = "start_lap of the last entry of the weekend-feed race_leaders ledger (official)"
    elif leader and leader[-1] == winner:
        spells = _spells(leader)
        lap = spells[-1][0]
        passed = spells[-2][2] if len(spells) > 1 else None
        rule = "first lap of the winner's last spell at RunningPos 1 in lap-times"
    if lap is None or last is None:
        ctx.miss("decisive_pass", "no lead ledger or lap-times ending with the winner in front")
        return
    to_go = last - lap
    text = (f"{_name(ctx, winner)} took the lead for good on lap {lap}" +
            (f" from {_name(ctx, passed)}" if passed else "") + f", with {to_go} laps to go")
    score = 80 if to_go <= 10 else 60 if to_go <= 50 else 40
    ctx.add(Fact("decisive_pass", "decisive_pass", _who(ctx, winner), lap, text, score,
                 _prov(ctx, rule, [winner, passed]),
                 {"laps_to_go": to_go, "passed": _name(ctx, passed) if passed else None, "passed_car": passed,
                  "final_lap": last}))


def stage_ends(ctx: Context) -> None:
    """Each stage's end lap and winner: weekend-feed stage results, else the leader at the end lap."""
    f = _feeds(ctx)
    if not f.stage_laps:
        ctx.miss("stage_ends", "no stage lengths (weekend-feed) for this race")
        return
    leader = leaders_by_lap(f) if f.cars else []
    end = 0
    for n, length in enumerate(f.stage_laps[:-1], 1):
        end += length
        official = [s for s in f.stage_results if s[0] == n and s[1] == 1]
        car = official[0][2] if official else (leader[end] if end < len(leader) else None)
        if car is None:
            continue
        rule = "weekend-feed stage_results position 1" if official else "the leader at the stage's last lap"
        ctx.add(Fact(f"stage_end:{n}", "stage_end", _who(ctx, car), n,
                     f"{_name(ctx, car)} won stage {n} (lap {end})", 45, _prov(ctx, rule, [car]), {"lap": end}))


def retirement_laps(ctx: Context) -> None:
    """Drivers out of the race (history status) with the last lap their car completed in lap-times."""
    f = _feeds(ctx)
    laps = {c.car: c.laps[-1] for c in f.cars if c.laps}
    if not laps:
        ctx.miss("retirement_laps", "no lap-times for this race")
        return
    for r in ctx.rows:
        status = ctx.col("status", r)
        car = ctx.col("car", r)
        if status in (None, "", "-", "running") or car not in laps:
            continue
        who = _who(ctx, car)
        ctx.add(Fact(f"retirement_lap:{who.get('driver_id', car)}", "retirement_lap", who, laps[car] + 1,
                     f"{who.get('driver')} was out on lap {laps[car] + 1} ({status})", 30,
                     _prov(ctx, "history status other than running; the last lap completed in lap-times + 1", [car]),
                     {"status": status, "laps_completed": laps[car]}))


def events(ctx: Context) -> None:
    """Spins, wrecks, mechanical trouble and penalties from lap notes, caution comments and flag data."""
    f = _feeds(ctx)
    found: list[tuple[int, str, str, str]] = []
    for lap, _flag, note in f.notes:
        if (kind := classify(note)):
            found.append((lap, kind, note, "lap-notes"))
    for s, _e, reason, comment, _b in f.cautions_list:
        text = " ".join(x for x in (reason, comment) if x)
        if (kind := classify(text)):
            found.append((s, kind, text, "weekend-feed caution_segments"))
    for lap, state, comment, _b in f.flag_changes:
        if lap is not None and state == YELLOW and comment and (kind := classify(comment)):
            found.append((lap, kind, comment, "live-flag-data"))
    if not found:
        ctx.miss("events", "no lap notes or caution comments telling of an incident")
        return
    score = {"wreck": 40, "spin": 35, "penalty": 30, "mechanical": 30}
    for i, (lap, kind, text, where) in enumerate(sorted(found, key=lambda x: x[0]), 1):
        cars = re.findall(r"#(\d+)", text)
        ctx.add(Fact(f"event:{lap}:{i}", "event", {"cars": cars}, kind, f"lap {lap}: {text}", score[kind],
                     _prov(ctx, f"{where} read as a {kind} (keywords in facts/laps.py)", cars),
                     {"lap": lap, "type": kind, "source": where}))


COMPUTE = [lap_leaders, lead_changes, cautions, margin_of_victory, fastest_lap, biggest_gain, comeback,
           decisive_pass, stage_ends, retirement_laps, events]
