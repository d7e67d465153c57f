"""What every route shares: the Newsroom behind one lock, stable JSON, ETags and the response cache."""

from __future__ import annotations

import hashlib
import json
import threading
from collections import OrderedDict
from collections.abc import Callable
from typing import Any, TypeVar

import anyio.to_thread

from ..newsroom import Newsroom, Race

T = TypeVar("T")


def dumps(obj: Any) -> bytes:
    """Stable JSON: keys in the order built, no spaces, UTF-8; the same data gives the same bytes (and ETag)."""
    return json.dumps(obj, ensure_ascii=False, separators=(",", ":"), default=str).encode()


def etag_of(body: bytes) -> str:
    return '"' + hashlib.sha256(body).hexdigest()[:32] + '"'


def etag_matches(if_none_match: str | None, etag: str) -> bool:
    """RFC 9110 weak comparison: ``*`` or any listed tag equal to ours, with or without ``W/``."""
    if not if_none_match:
        return False
    tags = [t.strip().removeprefix("W/") for t in if_none_match.split(",")]
    return "*" in tags or etag in tags


class ResponseCache:
    """The bodies of recent GET answers by URL, least recently used dropped first; emptied by every sync.

    The history only changes through a sync, so an answer stays right until the next one."""

    def __init__(self, size: int = 1024, max_body: int = 2_000_000) -> None:
        self.size, self.max_body = size, max_body
        self._data: OrderedDict[str, tuple[int, list[tuple[bytes, bytes]], bytes]] = OrderedDict()
        self._lock = threading.Lock()

    def get(self, key: str) -> tuple[int, list[tuple[bytes, bytes]], bytes] | None:
        with self._lock:
            hit = self._data.get(key)
            if hit is not None:
                self._data.move_to_end(key)
            return hit

    def put(self, key: str, status: int, headers: list[tuple[bytes, bytes]], body: bytes) -> None:
        if self.size <= 0 or len(body) > self.max_body:
            return
        with self._lock:
            self._data[key] = (status, headers, body)
            self._data.move_to_end(key)
            while len(self._data) > self.size:
                self._data.popitem(last=False)

    def clear(self) -> None:
        with self._lock:
            self._data.clear()

    def __len__(self) -> int:
        return len(self._data)


class Site:
    """The Newsroom a server holds, with a lock: a DuckDB or psycopg connection serves one query at a time."""

    def __init__(self, room: Newsroom, *, admin_token: str | None, cache_size: int = 1024) -> None:
        self.room = room
        self.admin_token = admin_token
        self.cache = ResponseCache(cache_size)
        self._lock = threading.Lock()
        self._races: OrderedDict[tuple[str, int, int], Race] = OrderedDict()

    def race(self, series: str, season: int, round: int) -> Race:
        """The Race, kept (up to 256) so its facts and recap are computed once, not per request."""
        key = (series, season, round)
        hit = self._races.get(key)
        if hit is None:
            hit = self._races[key] = self.room.race(series, season, round)
            while len(self._races) > 256:
                self._races.popitem(last=False)
        self._races.move_to_end(key)
        return hit

    def forget(self) -> None:
        """After a sync: drop every kept answer and Race."""
        self.cache.clear()
        self._races.clear()

    async def run(self, fn: Callable[..., T], *args: Any, **kwargs: Any) -> T:
        """Call ``fn`` on a worker thread under the lock, so the event loop keeps answering cached requests."""
        def locked() -> T:
            with self._lock:
                return fn(*args, **kwargs)

        return await anyio.to_thread.run_sync(locked)
