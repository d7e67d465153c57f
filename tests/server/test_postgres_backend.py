"""`racewire serve --db postgresql://...` answers exactly as the DuckDB server does."""

from __future__ import annotations

import httpx
import pytest

from liveserver import LiveServer
from pgserver import PostgresServer


@pytest.fixture(scope="module")
def pg_api():
    why = PostgresServer.missing()
    if why:
        pytest.skip(why)
    from conftest import HISTORY
    from racewire.sources import history
    from racewire.store import Store
    from racewire.store.load import load_history

    with PostgresServer() as pg:
        url = pg.create_database("api")
        with Store(url, init=False) as store:
            load_history(store, history.read_dir(HISTORY), origin=str(HISTORY))
        live = LiveServer(url).start()
        try:
            with httpx.Client(base_url=live.url, timeout=60) as client:
                yield client
        finally:
            live.stop()


@pytest.mark.parametrize("path", [
    "/api/v1/truck/2025?limit=100", "/api/v1/truck/2025/4/results?limit=100", "/api/v1/truck/2025/4/standings",
    "/api/v1/drivers/kyle-larson", "/api/v1/truck/2025/4/recap?format=md", "/api/v1/truck/2025/44/results",
])
def test_postgresql_server_gives_the_same_bytes_as_duckdb(api, pg_api, path):
    duck, pg = api.get(path), pg_api.get(path)
    assert (pg.status_code, pg.content) == (duck.status_code, duck.content)
