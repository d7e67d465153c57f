"""Server-rendered pages (Jinja2): home, season, race, driver, standings. They work without JavaScript;
with it, the charts render (vega-embed) and a tap on a recap sentence shows its evidence."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse
from fastapi.templating import Jinja2Templates

from ..errors import RacewireError
from ..model import SERIES, series_full_name, series_name
from ..sources import CREDIT
from . import charts
from .api import RoundP, SeasonP, SeriesP, site

router = APIRouter(include_in_schema=False)
templates = Jinja2Templates(directory=Path(__file__).parent / "templates")
templates.env.globals.update(credit=CREDIT, series_name=series_name, series_full_name=series_full_name)
templates.env.filters["tojson_script"] = lambda obj: json.dumps(obj).replace("</", "<\\/")


def render(request: Request, name: str, context: dict[str, Any], status: int = 200,
           headers: dict[str, str] | None = None) -> HTMLResponse:
    return templates.TemplateResponse(request, name, context, status_code=status, headers=headers)


def render_error(request: Request, status: int, type_: str, message: str,
                 headers: dict[str, str] | None = None) -> HTMLResponse:
    return render(request, "error.html", {"status": status, "type": type_, "message": message,
                                          "title": f"{status} {type_}"}, status, headers)


@router.get("/")
async def home(request: Request) -> HTMLResponse:
    def work() -> list[dict[str, Any]]:
        room, out = site(request).room, []
        for series in SERIES:
            season = room.seasons(series)[-1]
            races = room.races(series, season)
            out.append({"series": series, "season": season, "label": series_name(series, season),
                        "races": list(reversed(races[-6:]))})
        return out
    return render(request, "home.html", {"title": "racewire", "blocks": await site(request).run(work)})


@router.get("/drivers/{driver_id}")
async def driver(request: Request, driver_id: str) -> HTMLResponse:
    careers = await site(request).run(site(request).room.driver, driver_id)
    classes = sorted({k for c in careers for k in c.best_by_class})
    return render(request, "driver.html", {
        "title": careers[0].driver, "careers": careers, "classes": classes,
        "wins_chart": charts.wins_per_season(careers)})


@router.get("/{series}/{season}/standings")
async def season_standings(request: Request, series: SeriesP, season: SeasonP) -> HTMLResponse:
    races = await site(request).run(site(request).room.races, series, season)
    return await standings(request, series, season, races[-1].round)


@router.get("/{series}/{season}/{round}/standings")
async def standings(request: Request, series: SeriesP, season: SeasonP, round: RoundP) -> HTMLResponse:
    def work() -> dict[str, Any]:
        race = site(request).race(series, season, round)
        try:
            rows, why = race.standings(), None
        except RacewireError as exc:  # playoff resets and early eras: say why instead of guessing
            rows, why = [], str(exc)
        return {"race": race, "rows": rows, "why": why, "title": f"{season} {series_name(race.info.series, season)} "
                                                              f"standings after round {round}"}
    return render(request, "standings.html", await site(request).run(work))


@router.get("/{series}/{season}/{round}/check")
async def check_form(request: Request, series: SeriesP, season: SeasonP, round: RoundP) -> HTMLResponse:
    race = await site(request).run(site(request).race, series, season, round)
    return render(request, "check.html", {"race": race, "text": "", "segments": None, "claims": [],
                                          "title": f"Fact-check: {season} {race.info.name or race.info.track}"})


@router.post("/{series}/{season}/{round}/check")
async def check_page(request: Request, series: SeriesP, season: SeasonP, round: RoundP) -> HTMLResponse:
    """The form posts plain ``text=...`` (urlencoded): the text comes back with each claim marked."""
    from urllib.parse import parse_qs

    form = parse_qs((await request.body()).decode("utf-8", "replace"))
    text = (form.get("text") or [""])[0][:100_000]

    def work() -> dict[str, Any]:
        race = site(request).race(series, season, round)
        claims = race.check(text) if text.strip() else []
        return {"race": race, "text": text, "claims": claims, "segments": _segments(text, claims),
                "title": f"Fact-check: {season} {race.info.name or race.info.track}"}
    return render(request, "check.html", await site(request).run(work))


def _segments(text: str, claims: list[Any]) -> list[tuple[str, Any]]:
    """The text cut into (piece, claim or None), claims in order and not overlapping."""
    out: list[tuple[str, Any]] = []
    pos = 0
    for c in sorted(claims, key=lambda c: (c.start, -c.end)):
        if c.start < pos:
            continue
        out.append((text[pos:c.start], None))
        out.append((text[c.start:c.end], c))
        pos = c.end
    out.append((text[pos:], None))
    return [(t, c) for t, c in out if t]


@router.get("/{series}/{season}/{round}")
async def race_page(request: Request, series: SeriesP, season: SeasonP, round: RoundP) -> HTMLResponse:
    def work() -> dict[str, Any]:
        room = site(request).room
        race = site(request).race(series, season, round)
        rounds = [r.round for r in room.races(series, season)]
        results = race.results
        stages = {n: sorted((r for r in results if getattr(r, f"stage{n}") is not None),
                            key=lambda r: getattr(r, f"stage{n}")) for n in (1, 2)}
        return {"race": race, "info": race.info, "results": results, "stages": stages,
                "stage_wins": sorted(race.facts.find("stage_win"), key=lambda f: f.value),
                "facts": list(race.facts)[:15], "missing": race.facts.missing,
                "recap": _recap(race), "laps_led": charts.laps_led(results),
                "lap_chart": charts.lap_chart(race.lap_chart()),
                "prev": round - 1 if round - 1 in rounds else None, "next": round + 1 if round + 1 in rounds else None,
                "title": f"{season} {race.info.name or race.info.track}"}
    return render(request, "race.html", await site(request).run(work))


@router.get("/{series}/{season}")
async def season_page(request: Request, series: SeriesP, season: SeasonP) -> HTMLResponse:
    def work() -> dict[str, Any]:
        room = site(request).room
        races = room.races(series, season)
        seasons = room.seasons(series)
        return {"races": races, "series": races[0].series, "season": season, "seasons": seasons,
                "title": f"{season} {series_name(races[0].series, season)}"}
    return render(request, "season.html", await site(request).run(work))


def _recap(race: Any) -> dict[str, Any] | None:
    """The recap's sentences, each with the facts (text, rule, rows) that back it; None without a writer."""
    if not hasattr(race, "recap"):
        return None
    try:
        data = json.loads(race.recap(format="json"))
    except RacewireError as exc:
        return {"error": str(exc)}
    facts = {f["id"]: f for f in data.get("facts", [])}
    sentences = [{"text": s["text"], "evidence": [facts[i] for i in s.get("facts", []) if i in facts]}
                 for s in data.get("sentences", [])]
    # the body's paragraphs are the sentences joined by spaces: walk them in order to group the sentences
    rest, i, paragraphs = sentences[1:], 0, []
    for para in data.get("body", "").split("\n\n"):
        group, text = [], para
        while i < len(rest) and text.startswith(rest[i]["text"]):
            text = text[len(rest[i]["text"]):].lstrip()
            group.append(rest[i])
            i += 1
        if group:
            paragraphs.append(group)
    if i < len(rest):
        paragraphs.append(rest[i:])
    return {"headline": sentences[0] if sentences else None, "paragraphs": paragraphs,
            "credit": data.get("credit", "")}
