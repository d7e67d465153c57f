"""Shared fixtures: one real store built from ../shared/data/history for the whole session."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from racewire.newsroom import Newsroom

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("RACEWIRE_SHARED", ROOT.parent / "shared"))
HISTORY = SHARED / "data" / "history"
FEEDS = SHARED / "data" / "feeds"
EXAMPLES = SHARED / "examples"

os.environ.setdefault("RACEWIRE_STRICT", "1")


@pytest.fixture(scope="session")
def db_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A DuckDB file filled from the shared history parquet (the real data, as CI has it)."""
    path = tmp_path_factory.mktemp("store") / "racewire.duckdb"
    from racewire.sources import history
    from racewire.store import Store
    from racewire.store.load import load_history

    with Store(path, init=False) as store:
        load_history(store, history.read_dir(HISTORY), origin=str(HISTORY))
    return path


@pytest.fixture(scope="session")
def room(db_path: Path) -> Newsroom:
    return Newsroom(db_path)


@pytest.fixture(scope="session")
def homestead(room: Newsroom):
    """Truck 2025 round 4, Homestead-Miami: Larson wins in the No. 07 from 3rd."""
    return room.race("truck", 2025, 4)


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption("--update-golden", action="store_true", help="rewrite tests/story/golden from the writer")


@pytest.fixture()
def update_golden(request: pytest.FixtureRequest) -> bool:
    return bool(request.config.getoption("--update-golden"))
