"""Content selection: which facts make the story, grouped into messages, ranked by newsworthiness.

The order of concerns is the one a reporter uses: who won and how, what it means (milestones, firsts,
streaks), who else mattered (runner-up, the dominant driver, the rest of the top five and their notable
runs), what went wrong (retirements, incidents), then the championship and the next race.
"""

from __future__ import annotations

from ..facts.catalogue import Catalogue
from ..facts.model import Fact
from .model import Message

#: how many retirements a recap names at most
MAX_RETIREMENTS = 3
#: feed-narrative kinds (facts/laps.py) the writer tells: how the race was won, then how it flowed
NARRATIVE_KINDS = ("margin_of_victory", "decisive_pass", "comeback")
FLOW_KINDS = ("cautions", "lead_changes")


def _driver_facts(cat: Catalogue, driver: str, kinds: tuple[str, ...]) -> dict[str, Fact]:
    out: dict[str, Fact] = {}
    for kind in kinds:
        for f in cat.find(kind, driver=driver):
            level = f.subjects.get("level")
            out[f"{kind}:{level}" if level else kind] = f
    return out


def select(cat: Catalogue) -> list[Message]:
    """The messages of the recap (unordered beyond the reporter's sequence they are built in)."""
    msgs: list[Message] = []
    race = cat.first("race")
    winner = cat.first("winner")
    if race is None or winner is None:
        return msgs
    w = winner.value
    win_facts = {"race": race, "winner": winner, **_driver_facts(cat, w, ("start", "finish", "laps_led",
                                                                           "most_laps_led", "pole", "ineligible"))}
    day = cat.first("race_date")
    if day is not None:
        win_facts["race_date"] = day
    msgs.append(Message("win", win_facts, 100))

    milestone = _driver_facts(cat, w, ("career_wins", "win_streak", "drought_ended", "career_first", "track_wins",
                                       "season_wins", "different_winners"))
    for f in (cat.first("car_wins", car=winner.subjects.get("car")),
              cat.first("team_wins", team=winner.subjects.get("team")),
              cat.first("make_wins", make=winner.subjects.get("make"))):
        if f is not None and f.value == 1:
            milestone[f.kind] = f
    team = cat.first("team_drought_ended", team=winner.subjects.get("team"))
    if team is not None and team.context["previous"]["driver"] != winner.value:
        # "It was Petty Enterprises' first Cup Series win since 1983" (not when the winner won that one too: his own
        # drought says it)
        milestone[team.kind] = team
    if milestone:
        msgs.append(Message("milestone", milestone, 90))

    # stage facts travel with the driver who won them (dominator below, or the "stages" message)
    runner = next((f for f in cat.find("finish") if f.value == 2), None)
    mentioned = {w}
    if runner is not None:
        r = runner.subjects["driver"]
        facts = {"finish": runner, **_driver_facts(cat, r, ("class_best", "career_best", "career_first",
                                                              "drought_ended", "laps_led"))}
        msgs.append(Message("runner_up", facts, 80))
        mentioned.add(r)

    # the dominant driver: most laps led or a stage sweep, when it was not the winner
    dom = next((f for f in cat.find("most_laps_led") if f.subjects["driver"] != w), None)
    told_stages: set[str] = set()
    if dom is not None and runner is not None and dom.subjects["driver"] == runner.subjects["driver"]:
        run_up = next(m for m in msgs if m.kind == "runner_up")
        run_up.facts["most_laps_led"] = dom
        dom = None
    if dom is not None and not cat.find("most_laps_led", driver=w):
        d = dom.subjects["driver"]
        facts = {"most_laps_led": dom, **_driver_facts(cat, d, ("pole", "stage_sweep", "finish"))}
        facts.update({f"stage_win:{f.value}": f for f in cat.find("stage_win", driver=d)})
        told_stages.update(f.id for f in cat.find("stage_win", driver=d))
        msgs.append(Message("dominator", facts, 75))
        mentioned.add(d)
    else:
        pole = cat.first("pole")
        if pole is not None and pole.value not in mentioned:
            facts = {"pole": pole, **_driver_facts(cat, pole.value, ("finish", "laps_led"))}
            msgs.append(Message("pole", facts, 50))
            mentioned.add(pole.value)
    stages = [f for f in cat.find("stage_win") if f.id not in told_stages]
    if stages:
        facts = {f"stage_win:{f.value}": f for f in stages}
        sweep = cat.find("stage_sweep")
        if sweep and sweep[0].subjects["driver"] == stages[0].subjects["driver"] and len(stages) == 2:
            facts["stage_sweep"] = sweep[0]
        msgs.append(Message("stages", facts, 45))

    rest = [f for f in cat.find("finish") if 3 <= f.value <= 5 and f.subjects["driver"] not in mentioned]
    rest.sort(key=lambda f: f.value)
    if rest:
        top: dict[str, Fact] = {f"finish:{f.value}": f for f in rest}
        for f in rest:
            for key, extra in _driver_facts(cat, f.subjects["driver"], ("drought_ended", "career_first",
                                                                         "career_best")).items():
                top[f"{key}@{f.value}"] = extra
        best_make = max(cat.find("make_top5"), key=lambda f: (f.value, f.id), default=None)
        if best_make is not None and best_make.value >= 3:  # "Chevrolets took four of the top five places"
            top["make_top5"] = best_make
        msgs.append(Message("top_five", top, 65))
        mentioned.update(f.subjects["driver"] for f in rest)

    # the rest of the top 10, with up to three notable runs (a first top ten, a drought ended, a career best)
    rest10 = sorted((f for f in cat.find("finish") if 6 <= f.value <= 10 and f.subjects["driver"] not in mentioned),
                    key=lambda f: f.value)
    if rest10:
        ten: dict[str, Fact] = {f"finish:{f.value}": f for f in rest10}
        runs = 0
        for f in rest10:
            run = _driver_facts(cat, f.subjects["driver"], ("career_first", "drought_ended", "career_best"))
            if run and runs < 3:
                ten.update({f"{k}@{f.value}": v for k, v in run.items()})
                runs += 1
        msgs.append(Message("top_ten", ten, 40))

    narrative = {kind: cat.first(kind) for kind in NARRATIVE_KINDS}
    told = {k: f for k, f in narrative.items() if f is not None and _agrees_with_history(cat, f, w)}
    if told:
        msgs.append(Message("narrative", told, 70))
    flow = {kind: f for kind in FLOW_KINDS if (f := cat.first(kind)) is not None}
    flow.update({f"event:{i}": f for i, f in enumerate(_key_incidents(cat))})
    if flow:
        msgs.append(Message("flow", flow, 40))

    outs = [f for f in cat.find("retirement") if _retirement_weight(cat, f) > 0]
    outs.sort(key=lambda f: (-_retirement_weight(cat, f), f.id))
    if outs:
        msgs.append(Message("retirements", {f.id: f for f in outs[:MAX_RETIREMENTS]}, 35))

    leader, champion = cat.first("points_leader"), cat.first("champion")
    if champion is not None:
        msgs.append(Message("standings", {"champion": champion}, 92))
    elif leader is not None:
        msgs.append(Message("standings", {"points_leader": leader}, 50))
    nxt = cat.first("next_race")
    if nxt is not None:
        when = cat.first("next_race_date")
        msgs.append(Message("next", {"next_race": nxt, **({"next_race_date": when} if when else {})}, 30))
    return msgs


def _retirement_weight(cat: Catalogue, f: Fact) -> float:
    """A retirement is news when the driver mattered (led laps, started up front), crashed, or ran long enough
    to be part of the race; a non-start or an unexplained status is not told."""
    d = f.subjects["driver"]
    status = str(f.context.get("status", "")).lower()
    if status in {"did not start", "-", "did not finish", ""}:
        return 0
    weight = 0.5 + min(f.value or 0, 200) / 200
    led = cat.first("laps_led", driver=d)
    if led is not None:
        weight += 2 + led.value / 50
    start = cat.first("start", driver=d)
    if start is not None and start.value <= 10:
        weight += 1.5
    if status == "accident":
        weight += 1
    return weight


#: incident types from the lap notes the writer tells, and at most how many
INCIDENTS = ("spin", "wreck", "mechanical", "penalty")
MAX_INCIDENTS = 2


def _key_incidents(cat: Catalogue) -> list[Fact]:
    """Lap-note incidents of the drivers who shaped the race (top five, pole, race-high laps led). Only notes that
    name exactly one car are told: a note naming several cars does not say who did what to whom."""
    key_cars: dict[str, str] = {}
    for f in cat.find("finish"):
        if f.value <= 5 and f.subjects.get("car"):
            key_cars[f.subjects["car"]] = f.subjects["driver"]
    for kind in ("pole", "most_laps_led"):
        for f in cat.find(kind):
            if f.subjects.get("car"):
                key_cars[f.subjects["car"]] = f.subjects["driver"]
    seen: set[tuple[int, str]] = set()
    out = []
    for f in sorted(cat.find("event"), key=lambda f: f.context.get("lap", 0)):
        cars = list(dict.fromkeys(f.subjects.get("cars") or []))
        if f.value not in INCIDENTS or len(cars) != 1 or cars[0] not in key_cars or f.context.get("lap", 0) < 1:
            continue
        if (f.context["lap"], cars[0]) in seen:
            continue
        seen.add((f.context["lap"], cars[0]))
        out.append(f)
    return out[:MAX_INCIDENTS]


def _agrees_with_history(cat: Catalogue, f: Fact, winner: str) -> bool:
    """A feed fact is told only when the feeds and the official results agree on its driver: a car disqualified
    after the race (Talladega 2025) leads the lap-times to the line but not the results."""
    driver = f.subjects.get("driver")
    if f.kind in ("margin_of_victory", "decisive_pass"):
        return driver == winner
    if f.kind == "comeback":
        fin = cat.first("finish", driver=driver) if driver else None
        return fin is not None and fin.value == f.context.get("finish")
    return True
