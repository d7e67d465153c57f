"""Feed import through the API: admin only, atomic, idempotent, bad files named; the race gains its lap facts."""

from __future__ import annotations

import httpx
import pytest

from conftest import FEEDS
from liveserver import LiveServer, copy_store

LAP_TIMES = FEEDS / "cup" / "2025" / "5550" / "lap-times.json"
WEEKEND = FEEDS / "cup" / "2025" / "5550" / "weekend-feed.json"
URL = "/api/v1/feeds/cup/2025/5550/{}"


@pytest.fixture(scope="module")
def writable(db_path, tmp_path_factory):
    live = LiveServer(copy_store(db_path, tmp_path_factory.mktemp("feedapi"))).start()
    with httpx.Client(base_url=live.url, timeout=120) as client:
        yield client
    live.stop()


def test_feed_import_needs_the_admin_token(writable):
    r = writable.post(URL.format("lap-times"), content=LAP_TIMES.read_bytes())
    assert r.status_code == 401 and r.json()["error"]["status"] == 401


def test_bristol_feeds_import_once_then_change_nothing_and_the_recap_gains_the_margin(writable, admin_headers):
    before = writable.get("/api/v1/cup/2025/9/recap?format=md").text
    assert "2.250 seconds" not in before
    for kind, path in (("weekend-feed", WEEKEND), ("lap-times", LAP_TIMES)):
        r = writable.post(URL.format(kind), content=path.read_bytes(), headers=admin_headers)
        assert r.status_code == 200, r.text
        race = r.json()["import"]["races"][0]
        assert race["round"] == 9 and r.json()["import"]["changed"] is True
    again = writable.post(URL.format("lap-times"), content=LAP_TIMES.read_bytes(), headers=admin_headers)
    assert again.status_code == 200 and again.json()["import"]["changed"] is False
    after = writable.get("/api/v1/cup/2025/9/recap?format=md").text
    assert "2.250 seconds" in after


def test_a_truncated_feed_file_is_refused_with_its_name_and_nothing_changes(writable, admin_headers):
    data = LAP_TIMES.read_bytes()
    r = writable.post("/api/v1/feeds/cup/2025/5554/lap-times", content=data[: len(data) // 3],
                      headers=admin_headers)
    assert r.status_code == 422
    assert "lap-times.json" in " ".join(r.json()["import"]["errors"])
    facts = writable.get("/api/v1/cup/2025/11/facts?kind=margin_of_victory").json()
    assert facts["total"] == 0
