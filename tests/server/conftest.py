"""The API tests talk HTTP to `racewire serve` running as a real process on a free localhost port."""

from __future__ import annotations

import runpy
from pathlib import Path

import httpx
import pytest

from liveserver import ADMIN_TOKEN, LiveServer, copy_store

# test modules may `from conftest import HISTORY`: pytest names the nearest conftest so, re-export the root's
_ROOT = runpy.run_path(str(Path(__file__).resolve().parents[1] / "conftest.py"))
globals().update({k: v for k, v in _ROOT.items() if k.isupper()})


@pytest.fixture(scope="session")
def server(db_path, tmp_path_factory):
    live = LiveServer(copy_store(db_path, tmp_path_factory.mktemp("server"))).start()
    yield live
    live.stop()


@pytest.fixture(scope="session")
def api(server):
    with httpx.Client(base_url=server.url, timeout=60) as client:
        yield client


@pytest.fixture()
def admin_headers() -> dict[str, str]:
    return {"Authorization": f"Bearer {ADMIN_TOKEN}"}
