"""p50/p95 latency of the race, results and recap endpoints with 50 concurrent clients on localhost,
DuckDB and PostgreSQL side by side. Target (issue 8): p95 under 20 ms for the race and recap endpoints.

Each backend gets its own `racewire serve` process; the load is bounded (at most REQUESTS per client and
SECONDS per scenario) and stops by itself. Two scenarios per backend: "cached" (the server's response cache,
as readers get it between syncs) and "uncached" (every request sends Cache-Control: no-cache, so each one
goes through routing, the store and JSON). The load generator is a minimal asyncio HTTP/1.1 client on the
same 2 cores, so the figures include its own CPU use; run it on a quiet machine.

    .venv/bin/python bench/api_load.py [--clients 50] [--seconds 8] [--requests 200] [--no-postgres]
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))
import httpx  # noqa: E402

from liveserver import LiveServer  # noqa: E402
from pgserver import PostgresServer  # noqa: E402

ENDPOINTS = {
    "races": [f"/api/v1/{s}/2025" for s in ("cup", "xfinity", "truck")],
    "results": [f"/api/v1/truck/2025/{r}/results" for r in range(1, 11)],
    "recap": [f"/api/v1/truck/2025/{r}/recap?format=json" for r in range(1, 11)],
}


class Conn:
    """One keep-alive HTTP/1.1 connection with the least client work possible (httpx would cost more CPU
    than the server on these 2 cores): send a GET, read the headers, read Content-Length bytes."""

    def __init__(self, host: str, port: int, extra: str) -> None:
        self.host, self.port, self.extra = host, port, extra
        self.reader: asyncio.StreamReader | None = None
        self.writer: asyncio.StreamWriter | None = None

    async def get(self, path: str) -> int:
        if self.writer is None:
            self.reader, self.writer = await asyncio.open_connection(self.host, self.port)
        assert self.reader is not None
        self.writer.write(f"GET {path} HTTP/1.1\r\nHost: {self.host}\r\n{self.extra}\r\n".encode())
        head = await self.reader.readuntil(b"\r\n\r\n")
        status = int(head.split(b" ", 2)[1])
        length = next(int(line.split(b":", 1)[1]) for line in head.split(b"\r\n")
                      if line.lower().startswith(b"content-length:"))
        await self.reader.readexactly(length)
        return status

    def close(self) -> None:
        if self.writer is not None:
            self.writer.close()


async def load(base: str, clients: int, seconds: float, per_client: int, no_cache: bool) -> dict[str, list[float]]:
    times: dict[str, list[float]] = {k: [] for k in ENDPOINTS}
    plan = [(kind, urls[i % len(urls)]) for i in range(10) for kind, urls in ENDPOINTS.items()]
    host, port = base.removeprefix("http://").split(":")
    extra = "Cache-Control: no-cache\r\n" if no_cache else ""
    end = time.monotonic() + seconds

    async def client(n: int) -> None:
        conn = Conn(host, int(port), extra)
        try:
            for i in range(per_client):
                if time.monotonic() > end:
                    return
                kind, url = plan[(n + i) % len(plan)]
                t = time.perf_counter()
                status = await conn.get(url)
                times[kind].append(time.perf_counter() - t)
                if status != 200:
                    raise RuntimeError(f"{url}: HTTP {status}")
        finally:
            conn.close()

    await asyncio.gather(*(client(n) for n in range(clients)))
    return times


def pct(xs: list[float], p: float) -> float:
    return statistics.quantiles(xs, n=100, method="inclusive")[int(p) - 1] * 1000 if len(xs) > 1 else float("nan")


def run_backend(name: str, db: str, args: argparse.Namespace) -> list[tuple[str, str, str, float, float, float, int]]:
    server = LiveServer(db).start(timeout=300)
    rows = []
    try:
        with httpx.Client(base_url=server.url, timeout=300) as warm:  # build the facts index once per series
            for urls in ENDPOINTS.values():
                for u in urls:
                    warm.get(u).raise_for_status()
        for scenario, no_cache in (("cached", False), ("uncached", True)):
            t = time.perf_counter()
            times = asyncio.run(load(server.url, args.clients, args.seconds, args.requests, no_cache))
            wall = time.perf_counter() - t
            n = sum(len(v) for v in times.values())
            for kind, xs in times.items():
                rows.append((name, scenario, kind, pct(xs, 50), pct(xs, 95), max(xs) * 1000, len(xs)))
            print(f"  {name:<11}{scenario:<9} {n} requests in {wall:.1f}s = {n / wall:.0f} req/s", file=sys.stderr)
    finally:
        server.stop()
    return rows


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--clients", type=int, default=50)
    ap.add_argument("--seconds", type=float, default=8.0, help="upper bound per scenario")
    ap.add_argument("--requests", type=int, default=200, help="upper bound per client per scenario")
    ap.add_argument("--no-postgres", action="store_true")
    args = ap.parse_args()
    from racewire.store import Store

    rows = []
    with tempfile.TemporaryDirectory() as d:
        duck = str(Path(d) / "bench.duckdb")
        Store(duck).close()  # filled from the bundled snapshot
        rows += run_backend("duckdb", duck, args)
        why = PostgresServer.missing()
        if args.no_postgres or why:
            print(f"  postgresql skipped: {why or '--no-postgres'}", file=sys.stderr)
        else:
            with PostgresServer() as pg:
                url = pg.create_database("bench")
                Store(url).close()
                rows += run_backend("postgresql", url, args)
    print(f"\nAPI latency, {args.clients} concurrent clients on localhost (ms; target p95 < 20 for races and recap)")
    print(f"  {'backend':<12}{'scenario':<10}{'endpoint':<9}{'p50':>8}{'p95':>8}{'max':>8}{'requests':>10}")
    for name, scenario, kind, p50, p95, mx, n in rows:
        print(f"  {name:<12}{scenario:<10}{kind:<9}{p50:>8.1f}{p95:>8.1f}{mx:>8.1f}{n:>10}")


if __name__ == "__main__":
    main()
