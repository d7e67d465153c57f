"""The REST API over HTTP, as a CMS or an app would use it: real server, real data."""

from __future__ import annotations

import pytest


def test_homestead_2025_results_larson_wins_in_the_07(api):
    # truck 2025 round 4: Kyle Larson wins in the No. 07 from 3rd, leading 20 laps
    r = api.get("/api/v1/truck/2025/4/results")
    assert r.status_code == 200 and r.headers["content-type"] == "application/json"
    data = r.json()
    assert data["race"]["track"] == "Homestead-Miami Speedway"
    first = data["results"][0]
    assert (first["driver"], first["car"], first["start"], first["led"], first["win"]) == (
        "Kyle Larson", "07", 3, 20, True)


def test_truck_2025_has_25_races_paged_by_limit_and_offset(api):
    whole = api.get("/api/v1/truck/2025", params={"limit": 1000}).json()
    assert whole["total"] == 25 and len(whole["races"]) == 25
    part = api.get("/api/v1/truck/2025", params={"limit": 5, "offset": 20}).json()
    assert (part["limit"], part["offset"], part["total"]) == (5, 20, 25)
    assert [r["round"] for r in part["races"]] == [21, 22, 23, 24, 25]
    assert part["races"] == whole["races"][20:]
    past = api.get("/api/v1/truck/2025", params={"offset": 30}).json()
    assert past["total"] == 25 and past["races"] == []


def test_results_paging_covers_every_truck_once(api):
    total = api.get("/api/v1/truck/2025/4/results", params={"limit": 1}).json()["total"]
    got = []
    for offset in range(0, total, 10):
        got += api.get("/api/v1/truck/2025/4/results", params={"limit": 10, "offset": offset}).json()["results"]
    assert len(got) == total and len({r["car"] for r in got}) == total


@pytest.mark.parametrize("path, status, type_, message", [
    ("/api/v1/truck/2025/44/results", 404, "NotFound", "unknown round 44 in truck 2025 (rounds 1-25)"),
    ("/api/v1/trucks2/2025", 404, "NotFound", "unknown series 'trucks2' (did you mean: truck"),
    ("/api/v1/drivers/kyle-larsen", 404, "NotFound", "unknown driver 'kyle-larsen' (did you mean: "),
    ("/api/v1/truck/2025?limit=0", 422, "ValidationError", "query.limit: Input should be greater than or equal to 1"),
    ("/api/v1/truck/next", 422, "ValidationError", "path.season: Input should be a valid integer"),
    ("/api/v1/truck/2025/4/recap?format=pdf", 422, "ValidationError", "query.format: Input should be 'md'"),
    ("/api/v1/cup/2025/36/standings", 400, "InputError", "no standings after cup 2025 round 36: the playoff"),
    ("/api/v1/no/such/route/here/at/all", 404, "NotFound", "Not Found"),
])
def test_every_error_has_one_shape(api, path, status, type_, message):
    r = api.get(path)
    assert r.status_code == status and r.headers["content-type"] == "application/json"
    body = r.json()
    assert list(body) == ["error"] and list(body["error"]) == ["status", "type", "message"]
    assert (body["error"]["status"], body["error"]["type"]) == (status, type_)
    assert body["error"]["message"].startswith(message)


def test_etag_answers_304_when_unchanged(api):
    first = api.get("/api/v1/truck/2025/4/facts")
    tag = first.headers["etag"]
    assert first.status_code == 200 and tag.startswith('"')
    again = api.get("/api/v1/truck/2025/4/facts", headers={"If-None-Match": tag})
    assert again.status_code == 304 and again.content == b"" and again.headers["etag"] == tag
    other = api.get("/api/v1/truck/2025/4/facts", headers={"If-None-Match": '"something-else"'})
    assert other.status_code == 200 and other.content == first.content


def test_same_question_same_bytes(api):
    # stable JSON: a second answer is byte for byte the first (and so is its ETag)
    a = api.get("/api/v1/drivers/kyle-larson")
    b = api.get("/api/v1/drivers/Kyle Larson")
    assert a.status_code == b.status_code == 200
    assert a.content == b.content and a.headers["etag"] == b.headers["etag"]
    careers = {c["series"]: c for c in a.json()["careers"]}
    assert careers["truck"]["wins"] >= 4  # 2013 Rockingham, 2016 Eldora, 2023 North Wilkesboro, 2025 Homestead


def test_facts_carry_their_evidence(api):
    data = api.get("/api/v1/truck/2025/4/facts", params={"kind": "career_wins", "limit": 100}).json()
    larson = [f for f in data["facts"] if f["subjects"].get("driver") == "Kyle Larson"]
    assert larson and larson[0]["value"] == 4 and len(larson[0]["provenance"]["rows"]) == 4


def test_standings_after_homestead(api):
    data = api.get("/api/v1/truck/2025/4/standings", params={"limit": 3}).json()
    assert data["after_round"] == 4 and data["total"] > 3 and len(data["standings"]) == 3
    assert [s["position"] for s in data["standings"]] == [1, 2, 3]


def test_recap_in_every_format(api):
    md = api.get("/api/v1/truck/2025/4/recap", params={"format": "md"})
    assert md.status_code == 200 and md.headers["content-type"].startswith("text/markdown")
    assert md.text.startswith("# ") and "Larson" in md.text
    js = api.get("/api/v1/truck/2025/4/recap").json()
    assert js["sentences"] and all(s["facts"] for s in js["sentences"])
    ninjs = api.get("/api/v1/truck/2025/4/recap", params={"format": "ninjs"}).json()
    assert ninjs["uri"] == "urn:racewire:recap:truck:2025:4"
    html = api.get("/api/v1/truck/2025/4/recap", params={"format": "html"})
    assert html.headers["content-type"].startswith("text/html") and 'class="sentence"' in html.text


def test_body_over_one_megabyte_is_refused_with_413(api, admin_headers):
    r = api.post("/api/v1/sync", content=b"x" * 1_000_001, headers={**admin_headers, "content-type": "application/json"})
    assert r.status_code == 413
    assert r.json()["error"]["type"] == "ContentTooLarge"


def test_chunked_body_over_the_limit_is_refused_too(api, admin_headers):
    def chunks():
        for _ in range(20):
            yield b" " * 100_000
    r = api.post("/api/v1/sync", content=chunks(), headers={**admin_headers, "content-type": "application/json"})
    assert r.status_code == 413 and r.json()["error"]["status"] == 413


def test_writes_need_the_admin_token(api):
    r = api.post("/api/v1/sync", json={"source": "/nowhere"})
    assert r.status_code == 401 and r.headers["www-authenticate"] == "Bearer"
    assert r.json()["error"]["type"] == "Unauthorized"
    r = api.post("/api/v1/sync", json={"source": "/nowhere"}, headers={"Authorization": "Bearer wrong"})
    assert r.status_code == 401


def test_admin_sync_of_the_same_files_changes_nothing(api, admin_headers):
    from conftest import HISTORY

    before = api.get("/api/v1/truck/2025/4/results").headers["etag"]
    r = api.post("/api/v1/sync", json={"source": str(HISTORY)}, headers=admin_headers)
    assert r.status_code == 200, r.text
    assert r.json()["sync"]["changed"] is False
    assert api.get("/api/v1/truck/2025/4/results").headers["etag"] == before


def test_admin_sync_from_a_missing_folder_is_404_and_names_it(api, admin_headers):
    r = api.post("/api/v1/sync", json={"source": "/no/such/folder"}, headers=admin_headers)
    assert r.status_code == 404
    assert r.json()["error"]["message"].startswith("unknown sync source '/no/such/folder'")


def test_openapi_documents_the_api(api):
    spec = api.get("/api/v1/openapi.json").json()
    paths = set(spec["paths"])
    assert {"/api/v1/{series}/{season}", "/api/v1/{series}/{season}/{round}/results",
            "/api/v1/{series}/{season}/{round}/facts", "/api/v1/{series}/{season}/{round}/standings",
            "/api/v1/{series}/{season}/{round}/recap", "/api/v1/{series}/{season}/{round}/check",
            "/api/v1/drivers/{driver_id}", "/api/v1/sync"} <= paths
    docs = api.get("/api/docs")
    assert docs.status_code == 200 and "/static/vendor/swagger-ui-bundle.js" in docs.text
    assert "cdn" not in docs.text.lower()


def test_pages_render_for_a_person(api):
    r = api.get("/truck/2025/4", headers={"accept": "text/html"})
    assert r.status_code == 200 and "Kyle Larson" in r.text and 'id="laps-led-chart"' in r.text
    assert api.get("/", headers={"accept": "text/html"}).status_code == 200
    assert "Career" in api.get("/drivers/kyle-larson", headers={"accept": "text/html"}).text
    assert api.get("/truck/2025/4/standings", headers={"accept": "text/html"}).status_code == 200
    missing = api.get("/truck/2025/44", headers={"accept": "text/html"})
    assert missing.status_code == 404 and "unknown round 44" in missing.text


def test_check_flags_a_fifth_win_that_was_the_fourth(api):
    # Larson's Homestead win was his fourth career Truck win, and Heim (not Larson) started from the pole
    text = "Kyle Larson won from the pole. It was his fifth career Truck Series win. Corey Heim finished third."
    r = api.post("/api/v1/truck/2025/4/check", json={"text": text})
    assert r.status_code == 200, r.text
    data = r.json()
    by_text = {c["text"]: c for c in data["claims"]}
    wins = by_text["fifth career Truck Series win"]
    assert wins["verdict"] == "contradicted" and "4 career Truck Series wins" in wins["correction"]
    assert by_text["finished third"]["verdict"] == "supported"
    assert data["summary"]["contradicted"] >= 1 and data["summary"]["supported"] >= 1
    for c in data["claims"]:
        assert text[c["start"]:c["end"]] == c["text"]


def test_check_without_text_is_422_in_the_one_shape(api):
    r = api.post("/api/v1/truck/2025/4/check", json={})
    assert r.status_code == 422
    assert r.json()["error"]["message"].startswith("body.text: Field required")
