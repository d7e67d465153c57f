"""`racewire serve --db postgresql://...` answers exactly as the DuckDB server does."""

from __future__ import annotations

from contextlib import contextmanager

import httpx
import pytest

from liveserver import LiveServer
from pgserver import PostgresServer
from feeds.feeds_store import feeds_db, feeds_room  # noqa: F401  (fixtures)


@contextmanager
def pg_history(name: str):
    """A real PostgreSQL server with one database holding the shared history; yields its URL."""
    why = PostgresServer.missing()
    if why:
        pytest.skip(why)
    from conftest import HISTORY
    from racewire.sources import history
    from racewire.store import Store
    from racewire.store.load import load_history

    with PostgresServer() as pg:
        url = pg.create_database(name)
        with Store(url, init=False) as store:
            load_history(store, history.read_dir(HISTORY), origin=str(HISTORY))
        yield url


@pytest.fixture(scope="module")
def pg_api():
    with pg_history("api") as url:
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


def test_feeds_import_into_postgresql_and_give_the_same_facts_as_duckdb(feeds_room):
    """The feed import and the lap facts run on PostgreSQL too (one transaction per race, same SQL)."""
    from conftest import FEEDS
    from racewire.newsroom import Newsroom
    from racewire.store import Store
    from racewire.store.feeds import import_paths

    with pg_history("feeds") as url:
        with Store(url) as store:
            race = [FEEDS / "cup" / "2025" / "5550", FEEDS / "misc" / "schedule" / "nascar-com-schedule-cup-2025.json"]
            first = import_paths(store, race)
            again = import_paths(store, race)
        assert not first.errors and first.changed and not again.changed
        room = Newsroom(url)
        try:
            pg_facts = {f.id: f.value for f in room.race("cup", 2025, 9).facts if f.provenance.source == "feeds"}
        finally:
            room.close()
    duck = {f.id: f.value for f in feeds_room.race("cup", 2025, 9).facts if f.provenance.source == "feeds"}
    assert pg_facts["margin_of_victory"] == 2.25 and pg_facts == duck
