"""A store of its own with every feed file imported (the shared session ``room`` stays untouched).

Test modules import the fixtures from here (a conftest.py in this folder would shadow the root one).
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from conftest import FEEDS

from racewire.store import Store
from racewire.store.feeds import import_paths


@pytest.fixture(scope="session")
def feeds_db(db_path: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A copy of the history store with ../shared/data/feeds imported once."""
    path = tmp_path_factory.mktemp("feeds") / "feeds.duckdb"
    shutil.copy(db_path, path)
    with Store(path, init=False) as store:
        report = import_paths(store, [FEEDS])
    assert not report.errors, report.errors
    return path


@pytest.fixture(scope="session")
def feeds_room(feeds_db: Path):
    from racewire.newsroom import Newsroom

    room = Newsroom(feeds_db)
    yield room
    room.close()
