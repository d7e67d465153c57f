"""The store's tests run against both backends: DuckDB (a file) and PostgreSQL (a real server from Debian's
package, started for the session by ``pgserver.PostgresServer``). Every fixture the store tests use (``room``,
``homestead``, ``fresh``) is parametrised by ``backend``, so each test runs once per backend."""

from __future__ import annotations

import itertools
import runpy
from pathlib import Path

import pytest

from pgserver import PostgresServer
from racewire.newsroom import Newsroom

# test modules here do `from conftest import HISTORY`; pytest puts the nearest conftest under that name,
# so re-export the root conftest's constants
_ROOT = runpy.run_path(str(Path(__file__).resolve().parents[1] / "conftest.py"))
globals().update({k: v for k, v in _ROOT.items() if k.isupper()})
HISTORY: Path = _ROOT["HISTORY"]

_names = itertools.count(1)


@pytest.fixture(scope="session")
def pg_server():
    """A PostgreSQL server for the session; skipped (with the reason) only where the binaries are missing."""
    why = PostgresServer.missing()
    if why:
        pytest.skip(why)
    server = PostgresServer().start()
    yield server
    server.stop()


@pytest.fixture(scope="session")
def pg_history(pg_server) -> str:
    """Name of a PostgreSQL database filled from the shared history, closed, to copy as a template."""
    from racewire.sources import history
    from racewire.store import Store
    from racewire.store.load import load_history

    url = pg_server.create_database("racewire_history")
    with Store(url, init=False) as store:
        load_history(store, history.read_dir(HISTORY), origin=str(HISTORY))
    return "racewire_history"


@pytest.fixture(scope="session", params=["duckdb", "postgresql"])
def backend(request) -> str:
    return request.param


@pytest.fixture(scope="session")
def room(backend, request, db_path):
    """The real history in the store of the backend under test."""
    if backend == "duckdb":
        r = Newsroom(db_path)
    else:
        pg = request.getfixturevalue("pg_server")
        r = Newsroom(pg.create_database(f"store_{next(_names)}", template=request.getfixturevalue("pg_history")))
    yield r
    r.close()


@pytest.fixture(scope="session")
def homestead(room):
    """Truck 2025 round 4, Homestead-Miami: Larson wins in the No. 07 from 3rd."""
    return room.race("truck", 2025, 4)


@pytest.fixture()
def fresh(backend, request, tmp_path):
    """An empty store of the backend under test, filled from the bundled snapshot on first use."""
    if backend == "duckdb":
        r = Newsroom(tmp_path / "s.duckdb")
    else:
        r = Newsroom(request.getfixturevalue("pg_server").create_database(f"fresh_{next(_names)}"))
    yield r
    r.close()
