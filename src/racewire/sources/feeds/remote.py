"""Fetching feed files over HTTP (httpx): timeouts, retries with backoff, conditional requests.

The base URL is NASCAR's CDN by default, with the published locations of SCHEMAS.md. A base URL holding
``{series}``, ``{series_id}``, ``{season}``, ``{race_id}`` and ``{kind}`` placeholders is used as a template
instead, e.g. ``http://127.0.0.1:8000/{series}/{season}/{race_id}/{kind}.json`` for a copy of the feeds folder
(where ``{series}`` is the folder name: cup, nxs, truck). ETag and Last-Modified of every file are kept
beside it (``.http-cache.json``) and sent back as If-None-Match / If-Modified-Since: a 304 leaves the file.
"""

from __future__ import annotations

import json
import time
from dataclasses import dataclass
from pathlib import Path

import httpx

from ...errors import SyncError
from .reader import SERIES_DIR, SERIES_ID

BASE_URL = "https://cf.nascar.com"
KINDS = ("weekend-feed", "lap-times", "lap-notes", "live-pit-data", "loopstats")
_PATHS = {
    "weekend-feed": "cacher/{season}/{series_id}/{race_id}/weekend-feed.json",
    "lap-times": "cacher/{season}/{series_id}/{race_id}/lap-times.json",
    "lap-notes": "cacher/{season}/{series_id}/{race_id}/lap-notes.json",
    "live-pit-data": "cacher/live/series_{series_id}/{race_id}/live-pit-data.json",
    "loopstats": "loopstats/prod/{season}/{series_id}/{race_id}.json",
}
RETRIES = 3
TIMEOUT = httpx.Timeout(20.0, connect=5.0)
CACHE = ".http-cache.json"


@dataclass(frozen=True)
class Fetched:
    kind: str
    url: str
    path: Path | None
    status: str          # new, updated, unchanged (304), missing (404)


def url_for(base_url: str, series: str, season: int, race_id: str, kind: str) -> str:
    fields = dict(series=SERIES_DIR[series], series_id=SERIES_ID[series], season=season, race_id=race_id, kind=kind)
    if "{" in base_url:
        return base_url.format(**fields)
    return base_url.rstrip("/") + "/" + _PATHS[kind].format(**fields)


def fetch(series: str, season: int, race_id: str, dest: str | Path, *, kinds: tuple[str, ...] = KINDS,
          base_url: str = BASE_URL, client: httpx.Client | None = None, retries: int = RETRIES,
          backoff: float = 0.5) -> list[Fetched]:
    """Download a race's feed files into ``dest/{series}/{season}/{race_id}/{kind}.json``.

    SyncError when a file cannot be had after ``retries`` tries (timeouts, connection errors, HTTP 5xx);
    a 404 is reported as missing (not every race has every kind).
    """
    folder = Path(dest) / SERIES_DIR[series] / str(season) / str(race_id)
    folder.mkdir(parents=True, exist_ok=True)
    cache_file = folder / CACHE
    try:
        cache = json.loads(cache_file.read_text()) if cache_file.exists() else {}
    except ValueError:
        cache = {}
    own = client is None
    client = client or httpx.Client(timeout=TIMEOUT, follow_redirects=True)
    out = []
    try:
        for kind in kinds:
            url = url_for(base_url, series, season, race_id, kind)
            target = folder / f"{kind}.json"
            headers = {}
            seen = cache.get(kind, {}) if target.exists() else {}
            if seen.get("etag"):
                headers["If-None-Match"] = seen["etag"]
            if seen.get("last_modified"):
                headers["If-Modified-Since"] = seen["last_modified"]
            resp = _get(client, url, headers, retries, backoff)
            if resp.status_code == 304:
                out.append(Fetched(kind, url, target, "unchanged"))
            elif resp.status_code == 404:
                out.append(Fetched(kind, url, None, "missing"))
            elif resp.status_code == 200:
                status = "updated" if target.exists() else "new"
                tmp = target.with_suffix(".part")
                tmp.write_bytes(resp.content)
                tmp.replace(target)  # never a half-written feed file
                cache[kind] = {"etag": resp.headers.get("etag"), "last_modified": resp.headers.get("last-modified")}
                out.append(Fetched(kind, url, target, status))
            else:
                raise SyncError(f"{url}: HTTP {resp.status_code}")
    finally:
        if own:
            client.close()
        cache_file.write_text(json.dumps(cache, indent=1))
    return out


def _get(client: httpx.Client, url: str, headers: dict[str, str], retries: int, backoff: float) -> httpx.Response:
    for attempt in range(retries):
        try:
            resp = client.get(url, headers=headers)
            if resp.status_code < 500:
                return resp
            problem = f"HTTP {resp.status_code}"
        except httpx.HTTPError as exc:
            problem = str(exc) or type(exc).__name__
        if attempt < retries - 1:
            time.sleep(backoff * 2 ** attempt)
    raise SyncError(f"{url}: failed after {retries} tries ({problem})")
