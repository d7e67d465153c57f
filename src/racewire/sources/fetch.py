"""The only module that talks to the network: downloads with timeouts and retries (httpx)."""

from __future__ import annotations

import time
from collections.abc import Callable

import httpx

from ..errors import SyncError

RETRIES = 3
TIMEOUT = httpx.Timeout(30.0, connect=10.0)


def download(url: str, *, on_progress: Callable[[int, int | None], None] | None = None,
             client: httpx.Client | None = None, retries: int = RETRIES) -> bytes:
    """GET ``url`` fully into memory, retrying transient failures with exponential backoff.

    A short body (fewer bytes than Content-Length) is an error: a truncated file never reaches the store.
    """
    own = client is None
    client = client or httpx.Client(timeout=TIMEOUT, follow_redirects=True)
    try:
        for attempt in range(retries):
            try:
                with client.stream("GET", url) as resp:
                    if resp.status_code >= 500 and attempt < retries - 1:
                        raise httpx.TransportError(f"HTTP {resp.status_code}")
                    if resp.status_code != 200:
                        raise SyncError(f"{url}: HTTP {resp.status_code}; the previous data is untouched")
                    total = int(resp.headers["content-length"]) if "content-length" in resp.headers else None
                    chunks, got = [], 0
                    for chunk in resp.iter_bytes():
                        chunks.append(chunk)
                        got += len(chunk)
                        if on_progress:
                            on_progress(got, total)
                    if total is not None and got < total:
                        raise SyncError(f"{url}: truncated download ({got} of {total} bytes); "
                                        "the previous data is untouched")
                    return b"".join(chunks)
            except httpx.HTTPError as exc:
                if attempt == retries - 1:
                    raise SyncError(f"{url}: download failed after {retries} tries ({exc}); "
                                    "the previous data is untouched") from None
                time.sleep(0.5 * 2 ** attempt)
        raise AssertionError("unreachable")
    finally:
        if own:
            client.close()
