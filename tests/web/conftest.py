"""Browser tests: Debian's Chromium driven by Playwright against `racewire serve` on a free localhost port.

Skipped, with the reason, where /usr/bin/chromium or the playwright package is missing (CI installs both)."""

from __future__ import annotations

import os
import runpy
from pathlib import Path

import pytest

from liveserver import LiveServer, copy_store

_ROOT = runpy.run_path(str(Path(__file__).resolve().parents[1] / "conftest.py"))
globals().update({k: v for k, v in _ROOT.items() if k.isupper()})

CHROMIUM = os.environ.get("RACEWIRE_CHROMIUM", "/usr/bin/chromium")
SCREENSHOTS = Path(__file__).resolve().parents[2] / "build" / "screenshots"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--disable-quic", "--no-first-run"]


@pytest.fixture(scope="session")
def web_server(db_path, tmp_path_factory):
    live = LiveServer(copy_store(db_path, tmp_path_factory.mktemp("web"))).start()
    yield live
    live.stop()


@pytest.fixture(scope="session")
def browser():
    if not Path(CHROMIUM).exists():
        pytest.skip(f"{CHROMIUM} not found: apt-get install chromium (scripts/setup.sh does)")
    sync_api = pytest.importorskip("playwright.sync_api", reason="playwright not installed: pip install -e '.[test]'")
    with sync_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=ARGS, headless=True)
        yield b
        b.close()


@pytest.fixture()
def page(browser, request):
    ctx = browser.new_context(viewport={"width": 1200, "height": 900})
    pg = ctx.new_page()
    errors: list[str] = []
    pg.on("pageerror", lambda exc: errors.append(str(exc)))
    pg.errors = errors
    yield pg
    ctx.close()


@pytest.fixture(scope="session")
def screenshots() -> Path:
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    return SCREENSHOTS
