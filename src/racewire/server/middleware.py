"""ASGI middleware: the request body limit (413), and ETags with a response cache for GET answers."""

from __future__ import annotations

from typing import Any

from starlette.exceptions import HTTPException

from .errors import error_body
from .site import ResponseCache, dumps, etag_matches, etag_of

Scope = dict[str, Any]


#: feed files are larger than any other body (a full lap-times race is about 2 MB)
FEED_PREFIX, FEED_MAX_BYTES = "/api/v1/feeds/", 16 * 1024 * 1024


class BodyLimit:
    """Refuse request bodies over ``max_bytes`` with 413: by Content-Length up front, or while reading."""

    def __init__(self, app: Any, max_bytes: int) -> None:
        self.app, self.default_max = app, max_bytes

    async def __call__(self, scope: Scope, receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        self = _Limited(self.app, FEED_MAX_BYTES if scope["path"].startswith(FEED_PREFIX) else self.default_max)
        await self.run(scope, receive, send)


class _Limited:
    def __init__(self, app: Any, max_bytes: int) -> None:
        self.app, self.max_bytes = app, max_bytes

    async def run(self, scope: Scope, receive: Any, send: Any) -> None:
        headers = dict(scope.get("headers") or [])
        length = headers.get(b"content-length")
        if length is not None and (not length.isdigit() or int(length) > self.max_bytes):
            status = 413 if length.isdigit() else 400
            msg = (f"request body of {int(length)} bytes is over the limit of {self.max_bytes} bytes"
                   if status == 413 else "Content-Length is not a number")
            await _send_json(send, status, error_body(status, "ContentTooLarge" if status == 413 else "BadRequest",
                                                      msg))
            return
        seen = 0

        async def limited() -> Any:
            nonlocal seen
            message = await receive()
            if message["type"] == "http.request":
                seen += len(message.get("body", b""))
                if seen > self.max_bytes:
                    raise HTTPException(413, f"request body is over the limit of {self.max_bytes} bytes")
            return message

        await self.app(scope, limited, send)


async def _send_json(send: Any, status: int, obj: Any, extra: list[tuple[bytes, bytes]] = ()) -> None:
    body = dumps(obj)
    await send({"type": "http.response.start", "status": status,
                "headers": [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode()),
                            *extra]})
    await send({"type": "http.response.body", "body": body})


class ETagCache:
    """Give every successful GET answer a strong ETag (a hash of its bytes), answer ``If-None-Match`` with 304,
    and keep the bytes of answers under ``prefixes`` so a repeat skips routing and the database."""

    def __init__(self, app: Any, cache: ResponseCache, prefixes: tuple[str, ...] = ("/api/v1/",),
                 skip: tuple[str, ...] = ("/static/", "/api/docs", "/api/v1/openapi.json")) -> None:
        self.app, self.cache, self.prefixes, self.skip = app, cache, prefixes, skip

    async def __call__(self, scope: Scope, receive: Any, send: Any) -> None:
        path = scope.get("path", "")
        if scope["type"] != "http" or scope["method"] not in ("GET", "HEAD") or path.startswith(self.skip):
            await self.app(scope, receive, send)
            return
        headers = dict(scope.get("headers") or [])
        inm = headers.get(b"if-none-match", b"").decode("latin-1")
        key = path + "?" + scope.get("query_string", b"").decode("latin-1")
        cacheable = path.startswith(self.prefixes)
        # a client's "Cache-Control: no-cache" asks for a fresh answer: skip the lookup (the answer is still kept)
        fresh = b"no-cache" in headers.get(b"cache-control", b"")
        hit = self.cache.get(key) if cacheable and not fresh else None
        if hit is not None:
            await self._answer(send, *hit, inm, scope["method"])
            return
        start: dict[str, Any] = {}
        chunks: list[bytes] = []

        async def capture(message: dict[str, Any]) -> None:
            if message["type"] == "http.response.start":
                start.update(message)
            elif message["type"] == "http.response.body":
                chunks.append(message.get("body", b""))

        await self.app(scope, receive, capture)
        status = start.get("status", 500)
        body = b"".join(chunks)
        out_headers = [(k, v) for k, v in start.get("headers", []) if k.lower() not in (b"etag", b"content-length")]
        if status == 200:
            out_headers.append((b"etag", etag_of(body).encode()))
            out_headers.append((b"cache-control", b"public, max-age=60" if cacheable else b"no-cache"))
            if cacheable:
                self.cache.put(key, status, out_headers, body)
        await self._answer(send, status, out_headers, body, inm, scope["method"])

    @staticmethod
    async def _answer(send: Any, status: int, headers: list[tuple[bytes, bytes]], body: bytes, inm: str,
                      method: str) -> None:
        etag = next((v.decode() for k, v in headers if k == b"etag"), None)
        if status == 200 and etag and etag_matches(inm, etag):
            keep = [(k, v) for k, v in headers if k in (b"etag", b"cache-control")]
            await send({"type": "http.response.start", "status": 304, "headers": keep})
            await send({"type": "http.response.body", "body": b""})
            return
        await send({"type": "http.response.start", "status": status,
                    "headers": [*headers, (b"content-length", str(len(body)).encode())]})
        await send({"type": "http.response.body", "body": b"" if method == "HEAD" else body})
