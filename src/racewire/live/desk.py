"""The live desk: polls a race's live feed, reports each frame, and files the recap at the finish."""

from __future__ import annotations

import hashlib
import time
from collections.abc import Callable, Iterator
from contextlib import nullcontext
from pathlib import Path
from typing import Any

import httpx

from ..errors import InputError, SourceError, SyncError
from ..model import parse_series
from ..newsroom import Newsroom
from ..sources.feeds import live as live_feed
from ..sources.feeds import remote
from ..sources.feeds.reader import SERIES_BY_ID, SERIES_DIR, SERIES_ID

from .updates import (FINAL_KINDS, LIVE_PATH, FrameUpdate, LiveState, NoNewFrame, SkippedFrame, Update, Wrapup,
                      advance)


# -- the desk --------------------------------------------------------------------------------------------
class LiveDesk:
    """Follows one race's live feed and files the recap at the finish.

    >>> desk = LiveDesk(Newsroom(), "cup", 2020, "4973", interval=10)
    >>> for update in desk.follow(): print(update)      # FrameUpdate, NoNewFrame or SkippedFrame
    >>> print(desk.wrap_up().recap)

    Args:
        room: the Newsroom whose store the frames go into.
        series, season, race_id: the race, with NASCAR's race id (as in the feeds layout).
        base_url: NASCAR's CDN by default; or a template with {series} {series_id} {season} {race_id} {kind}.
        interval: seconds between polls; max_polls: the most polls before giving up on a race not over.
        dest: the folder the frames and final feeds are kept in, laid out {series}/{season}/{race_id}/.
        retries, backoff: tries per poll for timeouts, connection errors and HTTP 5xx, and the first wait.
        final_kinds: the feeds fetched when the race is over (a 404 is fine: not every race has every kind).
    """

    def __init__(self, room: Newsroom, series: str, season: int, race_id: str | int, *,
                 base_url: str = remote.BASE_URL, interval: float = 10.0, max_polls: int = 2000,
                 dest: str | Path | None = None, retries: int = remote.RETRIES, backoff: float = 0.5,
                 final_kinds: tuple[str, ...] = FINAL_KINDS, client: httpx.Client | None = None,
                 sleep: Callable[[float], None] = time.sleep) -> None:
        self.room = room
        self.series = parse_series(series)
        self.season = season
        self.race_id = str(race_id).strip()
        if not self.race_id.isdigit():
            raise InputError(f"race id {race_id!r}: expected NASCAR's race id, a number such as 4973")
        if interval < 0 or max_polls < 1 or retries < 1:
            raise InputError("live: interval must be >= 0, max polls and retries >= 1")
        self.base_url, self.interval, self.max_polls = base_url, interval, max_polls
        self.retries, self.backoff, self.final_kinds = retries, backoff, final_kinds
        self.dest = Path(dest or _default_dest(room))
        self.folder = self.dest / SERIES_DIR[self.series] / str(season) / self.race_id
        self.name = f"{SERIES_DIR[self.series]}/{season}/{self.race_id}/live-feed.json"  # in error messages
        self._client, self._sleep = client, sleep
        self.state: LiveState | None = None
        self.polls = 0
        self.frames: list[Path] = []
        self.errors = 0
        self._etag: str | None = None
        self._modified: str | None = None
        self._digest: str | None = None

    @property
    def url(self) -> str:
        if "{" in self.base_url:
            return remote.url_for(self.base_url, self.series, self.season, self.race_id, "live-feed")
        return self.base_url.rstrip("/") + "/" + LIVE_PATH.format(series_id=SERIES_ID[self.series],
                                                                   race_id=self.race_id)

    @property
    def over(self) -> bool:
        return self.state is not None and self.state.over

    def follow(self) -> Iterator[Update]:
        """Poll until the race is over or ``max_polls`` is spent, yielding one update per poll.

        SyncError when the feed cannot be had after the retries (or answers other than 200, 304, 404);
        SourceError when every frame that came was malformed.
        """
        own = self._client is None
        with httpx.Client(timeout=remote.TIMEOUT, follow_redirects=True) if own else nullcontext(self._client) \
                as client:
            assert client is not None
            while self.polls < self.max_polls and not self.over:
                if self.polls and self.interval:
                    self._sleep(self.interval)
                self.polls += 1
                yield self._poll(client)
        if self.state is None and self.errors:
            raise SourceError(self.name, "", "a well-formed race frame",
                              f"{self.errors} malformed in {self.polls} polls (listed above)")

    def _poll(self, client: httpx.Client) -> Update:
        n = self.polls
        resp = self._get(client)
        if resp.status_code == 304:
            return NoNewFrame(n, "not modified (304)")
        if resp.status_code == 404:
            return SkippedFrame(n, f"no live feed at {self.url} yet (HTTP 404)")
        if resp.status_code != 200:
            raise SyncError(f"{self.url}: HTTP {resp.status_code}")
        self._etag, self._modified = resp.headers.get("etag"), resp.headers.get("last-modified")
        data = resp.content
        digest = hashlib.sha256(data).hexdigest()
        if digest == self._digest:
            return NoNewFrame(n, "the same frame again")
        try:
            frame = live_feed.parse(data, self.name)
        except SourceError as exc:
            self.errors += 1
            return SkippedFrame(n, "malformed frame", exc)
        why = self._not_ours(frame)
        if why:
            return SkippedFrame(n, why)
        self._digest = digest
        self._keep(frame.lap, data)
        first = self.state is None
        self.state, changes = advance(self.state, frame)
        return FrameUpdate(n, self.state, changes, first)

    def _not_ours(self, frame: live_feed.LiveFrame) -> str:
        """Why a well-formed frame is not one of this race (the CDN's global feed moves on between events)."""
        if str(frame.race_id) != self.race_id or SERIES_BY_ID.get(frame.series_id) != self.series:
            return f"the feed is on race {frame.race_id} (series {frame.series_id}), not {self.race_id}"
        if not frame.is_race:
            return f"a {frame.run_name or 'practice or qualifying'} frame, not the race"
        if not frame.cars:
            return "a frame with no cars (between sessions)"
        if self.state is not None and frame.lap < self.state.lap:
            return f"an older frame (lap {frame.lap} after lap {self.state.lap})"
        return ""

    def _get(self, client: httpx.Client) -> httpx.Response:
        headers = {}
        if self._etag:
            headers["If-None-Match"] = self._etag
        if self._modified:
            headers["If-Modified-Since"] = self._modified
        problem = ""
        for attempt in range(self.retries):
            try:
                resp = client.get(self.url, headers=headers)
                if resp.status_code < 500:
                    return resp
                problem = f"HTTP {resp.status_code}"
            except httpx.HTTPError as exc:
                problem = str(exc) or type(exc).__name__
            if attempt < self.retries - 1:
                self._sleep(self.backoff * 2 ** attempt)
        raise SyncError(f"{self.url}: failed after {self.retries} tries ({problem})")

    def _keep(self, lap: int, data: bytes) -> None:
        """Keep a frame as {folder}/live-feed-lap{lap}.json (the later of two frames of one lap wins)."""
        self.folder.mkdir(parents=True, exist_ok=True)
        target = self.folder / f"live-feed-lap{lap}.json"
        tmp = target.with_suffix(".part")
        tmp.write_bytes(data)
        tmp.replace(target)  # never a half-written frame
        if target not in self.frames:
            self.frames.append(target)

    # -- the finish ---------------------------------------------------------------------------------------
    def wrap_up(self, format: str = "md") -> Wrapup:
        """Once the race is over: fetch the final feeds, import them with the frames, and write the recap.

        Nothing is imported for a race not over. Final feeds that cannot be had or that are malformed are
        left out (with a note) and the frames go in alone.
        """
        wrap = Wrapup(self.over, self.polls, self.state, list(self.frames))
        if not self.over:
            where = f" at lap {self.state.lap} of {self.state.laps_in_race}" if self.state else ""
            wrap.notes.append(f"stopped after {self.polls} polls{where}: the race is not over; nothing imported")
            return wrap
        if "{" not in self.base_url or "{kind}" in self.base_url:  # a fixed URL serves nothing but the frames
            for kind in self.final_kinds:
                try:
                    wrap.fetched += remote.fetch(self.series, self.season, self.race_id, self.dest,
                                                 kinds=(kind,), base_url=self.base_url, retries=self.retries,
                                                 backoff=self.backoff)
                except SyncError as exc:
                    wrap.notes.append(f"{kind} left out: {exc}")
        extra = [f.path for f in wrap.fetched if f.path is not None]
        race = self._import([*self.frames, *extra])
        if race is not None and race.error and extra:
            wrap.notes.append(f"the final feeds were left out: {race.error}")
            race = self._import(list(self.frames))
        if race is None or race.error:
            raise SourceError(self.name, "", "frames that import", race.error if race else "no race in them")
        wrap.round, wrap.link_rule, wrap.discrepancies = race.round, race.link_rule, list(race.discrepancies)
        if race.round is None:
            wrap.notes.append(f"no recap: the race is not linked to the history ({race.link_rule})")
        else:
            wrap.recap = self.room.race(self.series, self.season, race.round).recap(format)
        return wrap

    def _import(self, paths: list[Path]) -> Any:
        report = self.room.import_feeds(list(paths))
        key = (self.series, self.season, self.race_id)
        return next((r for r in report.races if (r.series, r.season, r.feed_race_id) == key), None)


def _default_dest(room: Newsroom) -> Path:
    """feeds/ beside the store file (as ``feeds fetch``), or beside the default store for a server database."""
    from .store.db import default_path

    store = room.store
    if store.kind == "duckdb" and store.path != ":memory:":
        return Path(store.path).parent / "feeds"
    return default_path().parent / "feeds"

