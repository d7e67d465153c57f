"""A local NASCAR CDN for live mode: the real feed files of ../shared/data/feeds, and a live feed that serves a
script of frames, one per GET (the last one again once the script is spent), with ETag / If-None-Match.

The live feed answers at both of its addresses: NASCAR's ``/live/feeds/series_{id}/{race_id}/live_feed.json``
(under a plain base URL) and ``/{series}/{season}/{race_id}/live-feed.json`` (the feeds layout, under a template
base URL; the other kinds are then the real files of that folder).
"""

from __future__ import annotations

import functools
import hashlib
import threading
from collections.abc import Iterator
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import pytest
from conftest import FEEDS

RACE = FEEDS / "cup" / "2020" / "4973"  # Martinsville, spring 2020: frames at laps 447, 450, 499 and 500


def frame(lap: int) -> bytes:
    return (RACE / f"live-feed-lap{lap}.json").read_bytes()


class FeedServer:
    def __init__(self) -> None:
        self.script: list[bytes] = []
        self.live_gets: list[dict[str, str]] = []   # the request headers of every live-feed GET
        self.httpd: ThreadingHTTPServer | None = None

    def play(self, *frames: bytes) -> "FeedServer":
        self.script, self.live_gets = list(frames), []
        return self

    @property
    def url(self) -> str:
        assert self.httpd is not None
        return f"http://127.0.0.1:{self.httpd.server_address[1]}"

    @property
    def template(self) -> str:
        return self.url + "/{series}/{season}/{race_id}/{kind}.json"


class _Handler(SimpleHTTPRequestHandler):
    feed: FeedServer

    def log_message(self, *args: Any) -> None:
        pass

    def do_GET(self) -> None:
        path = self.path.split("?", 1)[0]
        if path.endswith(("/live_feed.json", "/live-feed.json")):
            self._live()
        else:
            super().do_GET()

    def _live(self) -> None:
        feed = self.feed
        n = len(feed.live_gets)
        feed.live_gets.append(dict(self.headers))
        if not feed.script:
            self.send_error(404)
            return
        body = feed.script[min(n, len(feed.script) - 1)]
        etag = '"' + hashlib.sha256(body).hexdigest()[:16] + '"'
        if self.headers.get("If-None-Match") == etag:
            self.send_response(304)
            self.send_header("ETag", etag)
            self.end_headers()
            return
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.send_header("ETag", etag)
        self.end_headers()
        self.wfile.write(body)


@pytest.fixture(scope="module")
def feed_server() -> Iterator[FeedServer]:
    feed = FeedServer()
    handler = type("Handler", (_Handler,), {"feed": feed})
    feed.httpd = ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(handler, directory=str(FEEDS)))
    thread = threading.Thread(target=feed.httpd.serve_forever, daemon=True)
    thread.start()
    yield feed
    feed.httpd.shutdown()
    feed.httpd.server_close()
