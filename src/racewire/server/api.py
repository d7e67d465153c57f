"""REST API under /api/v1, shaped like the Ergast/Jolpica motorsport API: season, round, then what of it.

Every list answer pages the same way: ``limit`` (1-1000, default 30), ``offset`` and the ``total`` there is.
Routes only parse, call one Newsroom method and shape JSON; the library does the work.
"""

from __future__ import annotations

import hmac
import json
from dataclasses import asdict
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Body, Depends, Path, Query, Request
from fastapi.responses import Response
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from pydantic import BaseModel, Field
from starlette.exceptions import HTTPException

from ..newsroom import Race
from .errors import ErrorBody
from .site import Site, dumps

_ERRORS: dict[int | str, dict[str, Any]] = {
    s: {"model": ErrorBody, "description": d} for s, d in (
        (400, "Malformed request (a message naming the problem)"),
        (404, "Unknown series, season, round or driver (with the closest valid choices)"),
        (413, "Request body too large"), (422, "Invalid parameter"),
        (503, "The store is unavailable"))}

router = APIRouter(prefix="/api/v1", responses=_ERRORS)

_NO_CONTROL = r"^[^\x00-\x1f\x7f]+$"
SeriesP = Annotated[str, Path(description="cup, xfinity (alias nxs) or truck", max_length=40, pattern=_NO_CONTROL,
                              examples=["truck"])]
SeasonP = Annotated[int, Path(description="year", ge=1900, le=2999, examples=[2025])]
RoundP = Annotated[int, Path(description="race number within the season, 1-based", ge=1, le=999, examples=[4])]
Limit = Annotated[int, Query(description="at most this many rows", ge=1, le=1000)]
Offset = Annotated[int, Query(description="rows to skip", ge=0, le=1_000_000)]


def site(request: Request) -> Site:
    return request.app.state.site  # type: ignore[no-any-return]


def json_response(data: Any, status: int = 200) -> Response:
    return Response(dumps(data), status, media_type="application/json")


def page(rows: list[Any], limit: int, offset: int) -> dict[str, Any]:
    return {"limit": limit, "offset": offset, "total": len(rows)}


def race_json(race: Race) -> dict[str, Any]:
    key = race.key
    base = f"/api/v1/{key.series}/{key.season}/{key.round}"
    return {**race.info.to_dict(), "links": {"results": f"{base}/results", "facts": f"{base}/facts",
                                             "standings": f"{base}/standings", "recap": f"{base}/recap",
                                             "check": f"{base}/check",
                                             "page": f"/{key.series}/{key.season}/{key.round}"}}


@router.get("/drivers/{driver_id}", summary="A driver's career in each series")
async def driver(request: Request, driver_id: Annotated[str, Path(
        description="driver id (kyle-larson) or name", max_length=200, pattern=_NO_CONTROL,
        examples=["kyle-larson"])]) -> Response:
    def work() -> dict[str, Any]:
        careers = site(request).room.driver(driver_id)
        c0 = careers[0]
        return {"driver": {"id": c0.driver_id, "name": c0.driver, "page": f"/drivers/{c0.driver_id}"},
                "careers": [c.to_dict() for c in careers]}
    return json_response(await site(request).run(work))


@router.get("/{series}/{season}", summary="The races of a season")
async def season_races(request: Request, series: SeriesP, season: SeasonP, limit: Limit = 30,
                       offset: Offset = 0) -> Response:
    def work() -> dict[str, Any]:
        rows = site(request).room.races(series, season)
        return {"series": rows[0].series, "season": season, **page(rows, limit, offset),
                "races": [r.to_dict() for r in rows[offset:offset + limit]]}
    return json_response(await site(request).run(work))


@router.get("/{series}/{season}/{round}", summary="One race")
async def race(request: Request, series: SeriesP, season: SeasonP, round: RoundP) -> Response:
    return json_response(await site(request).run(
        lambda: {"race": race_json(site(request).race(series, season, round))}))


@router.get("/{series}/{season}/{round}/results", summary="The finishing order of a race")
async def results(request: Request, series: SeriesP, season: SeasonP, round: RoundP, limit: Limit = 30,
                  offset: Offset = 0) -> Response:
    def work() -> dict[str, Any]:
        r = site(request).race(series, season, round)
        rows = r.results
        return {"race": race_json(r), **page(rows, limit, offset),
                "results": [x.to_dict() for x in rows[offset:offset + limit]]}
    return json_response(await site(request).run(work))


@router.get("/{series}/{season}/{round}/facts", summary="Every fact racewire can back with data, with evidence")
async def facts(request: Request, series: SeriesP, season: SeasonP, round: RoundP, limit: Limit = 30,
                offset: Offset = 0, kind: Annotated[str | None, Query(max_length=60, pattern=_NO_CONTROL,
                                                                      description="only facts of this kind")] = None
                ) -> Response:
    def work() -> dict[str, Any]:
        r = site(request).race(series, season, round)
        cat = r.facts
        rows = [f for f in cat if kind is None or f.kind == kind]
        return {"race": race_json(r), **page(rows, limit, offset),
                "facts": [f.to_dict() for f in rows[offset:offset + limit]], "missing": cat.missing}
    return json_response(await site(request).run(work))


@router.get("/{series}/{season}/{round}/standings", summary="Championship standings after a race")
async def standings(request: Request, series: SeriesP, season: SeasonP, round: RoundP, limit: Limit = 30,
                    offset: Offset = 0) -> Response:
    def work() -> dict[str, Any]:
        r = site(request).race(series, season, round)
        rows = r.standings()
        return {"race": race_json(r), "after_round": round, **page(rows, limit, offset),
                "standings": [s.to_dict() for s in rows[offset:offset + limit]]}
    return json_response(await site(request).run(work))


_RECAP_TYPES = {"md": "text/markdown; charset=utf-8", "html": "text/html; charset=utf-8",
                "json": "application/json", "ninjs": "application/json"}


@router.get("/{series}/{season}/{round}/recap", summary="The recap: every sentence backed by facts",
            responses={200: {"content": {"text/markdown": {}, "text/html": {}, "application/json": {}},
                             "description": "The recap in the format asked for"}})
async def recap(request: Request, series: SeriesP, season: SeasonP, round: RoundP,
                format: Annotated[Literal["md", "html", "json", "ninjs"], Query(
                    description="md, html, json (sentences with their fact ids) or ninjs (IPTC, for a CMS)")] = "json"
                ) -> Response:
    text = await site(request).run(lambda: site(request).race(series, season, round).recap(format=format))
    if format in ("json", "ninjs"):
        return json_response(json.loads(text))  # re-dumped: the API's one stable JSON form
    return Response(text, media_type=_RECAP_TYPES[format])


class CheckIn(BaseModel):
    text: str = Field(..., max_length=100_000, description="race text to fact-check (plain text)",
                      examples=["Kyle Larson won from the pole for his fifth career Truck Series win."])


@router.post("/{series}/{season}/{round}/check", summary="Fact-check text against a race: claims with verdicts")
async def check(request: Request, series: SeriesP, season: SeasonP, round: RoundP, body: CheckIn) -> Response:
    def work() -> dict[str, Any]:
        r = site(request).race(series, season, round)
        claims = [c.to_dict() for c in r.check(body.text)]
        summary = {v: sum(1 for c in claims if c["verdict"] == v) for v in ("supported", "contradicted",
                                                                           "unverifiable")}
        return {"race": race_json(r), "summary": summary, "claims": claims}
    return json_response(await site(request).run(work))


# -- writes: admin token -------------------------------------------------------------------------------------
_bearer = HTTPBearer(auto_error=False, description="RACEWIRE_ADMIN_TOKEN of the server")


def require_admin(request: Request, creds: Annotated[HTTPAuthorizationCredentials | None, Depends(_bearer)]) -> None:
    """Writes need ``Authorization: Bearer <RACEWIRE_ADMIN_TOKEN>``; with no token configured they are off."""
    token = site(request).admin_token
    if not token:
        raise HTTPException(403, "writes are disabled on this server (no RACEWIRE_ADMIN_TOKEN set)")
    if creds is None or not hmac.compare_digest(creds.credentials.encode(), token.encode()):
        raise HTTPException(401, "writes need an admin token: Authorization: Bearer <token>",
                            headers={"WWW-Authenticate": "Bearer"})


class SyncIn(BaseModel):
    source: str | None = Field(None, max_length=2000, description="URL or server-side folder; default: the public "
                                                                  "nascaR.data files")


@router.post("/sync", summary="Refresh the results history (admin)", dependencies=[Depends(require_admin)],
             responses={401: {"model": ErrorBody, "description": "No or wrong admin token"},
                        403: {"model": ErrorBody, "description": "Writes disabled"}})
async def sync(request: Request, body: Annotated[SyncIn | None, Body()] = None) -> Response:
    s = site(request)
    report = await s.run(s.room.sync, body.source if body else None)
    s.forget()
    return json_response({"sync": asdict(report)})


FEED_KINDS = ("weekend-feed", "race-results", "lap-times", "lap-notes", "live-feed", "live-flag-data",
              "live-pit-data", "loopstats", "live-points", "live-stage-points")


@router.post("/feeds/{series}/{season}/{race_id}/{kind}", summary="Import one NASCAR feed file (admin)",
             dependencies=[Depends(require_admin)],
             responses={401: {"model": ErrorBody, "description": "No or wrong admin token"},
                        403: {"model": ErrorBody, "description": "Writes disabled"}})
async def import_feed(request: Request, series: SeriesP,
                      season: SeasonP,
                      race_id: Annotated[str, Path(description="NASCAR's race id", pattern=r"^[0-9]{1,7}$")],
                      kind: Annotated[Literal[FEED_KINDS], Path(description="the feed kind")]) -> Response:  # type: ignore[valid-type]
    """The body is the feed file as NASCAR serves it (JSON, quirks and all). Atomic per race and idempotent;
    the answer lists what was imported and every difference from the results history."""
    import tempfile
    from pathlib import Path as FsPath

    from ..model import parse_series

    data = await request.body()
    s = site(request)
    folder_name = {"xfinity": "nxs"}.get(parse_series(series), parse_series(series))  # the feeds layout's names

    def work() -> dict[str, Any]:
        with tempfile.TemporaryDirectory() as d:
            path = FsPath(d) / folder_name / str(season) / race_id / f"{kind}.json"
            path.parent.mkdir(parents=True)
            path.write_bytes(data)
            report = s.room.import_feeds([FsPath(d)])
        return {"changed": report.changed, "errors": report.errors,
                "races": [asdict(r) for r in report.races], "files": [asdict(f) for f in report.other]}

    out = await s.run(work)
    s.forget()
    return json_response({"import": out}, 200 if not out["errors"] else 422)
