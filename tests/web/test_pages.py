"""The web newsroom in a real browser (Debian's Chromium via Playwright): what a reader sees and touches."""

from __future__ import annotations

import io

from feeds.feeds_store import feeds_db  # noqa: F401  (fixture)


def pixel_stdev(png: bytes) -> float:
    """Standard deviation of the grey levels of a screenshot: about 0 for a blank (one-colour) image."""
    from PIL import Image, ImageStat

    return ImageStat.Stat(Image.open(io.BytesIO(png)).convert("L")).stddev[0]


def test_homestead_page_shows_results_and_draws_the_laps_led_chart(page, web_server, screenshots):
    # truck 2025 round 4: Larson won from 3rd; Corey Heim led the most laps (78) from pole
    page.goto(f"{web_server.url}/truck/2025/4")
    first = page.locator("table.results tbody tr").first
    assert "Kyle Larson" in first.inner_text() and "07" in first.inner_text()
    chart = page.locator('#laps-led-chart[data-rendered="1"] svg')
    chart.wait_for(state="visible", timeout=20_000)
    assert "Corey Heim" in page.locator("#laps-led-chart").inner_text()
    shot = page.locator("#laps-led-chart").screenshot(path=str(screenshots / "truck-2025-4-laps-led.png"))
    assert pixel_stdev(shot) > 10, "the laps-led chart rendered blank"
    page.screenshot(path=str(screenshots / "truck-2025-4.png"), full_page=True)
    assert page.errors == []


def test_hovering_a_recap_sentence_shows_its_evidence(page, web_server, screenshots):
    page.goto(f"{web_server.url}/truck/2025/4")
    sentence = page.locator("#recap .sentence", has_text="fourth career").first
    evidence = sentence.locator(".evidence")
    assert not evidence.is_visible()
    sentence.hover()
    evidence.wait_for(state="visible", timeout=5_000)
    assert "Rockingham" in evidence.inner_text() or "2013" in evidence.inner_text()
    page.screenshot(path=str(screenshots / "truck-2025-4-evidence.png"))


def test_driver_page_draws_wins_per_season(page, web_server, screenshots):
    page.goto(f"{web_server.url}/drivers/kyle-larson")
    assert "Career" in page.locator("#career").inner_text()
    page.locator('#wins-chart[data-rendered="1"] svg').wait_for(state="visible", timeout=20_000)
    shot = page.locator("#wins-chart").screenshot(path=str(screenshots / "kyle-larson-wins.png"))
    assert pixel_stdev(shot) > 10
    assert page.errors == []


def test_race_page_fits_a_phone(browser, web_server, screenshots):
    ctx = browser.new_context(viewport={"width": 390, "height": 844}, is_mobile=True, has_touch=True)
    page = ctx.new_page()
    page.goto(f"{web_server.url}/truck/2025/4")
    # the page itself does not scroll sideways: wide tables scroll inside their own box
    assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth + 1")
    page.locator('#laps-led-chart[data-rendered="1"] svg').wait_for(state="visible", timeout=20_000)
    page.locator("#recap .sentence").first.tap()
    page.locator("#recap .sentence.open .evidence").wait_for(state="visible", timeout=5_000)
    page.screenshot(path=str(screenshots / "truck-2025-4-phone.png"), full_page=True)
    ctx.close()


def test_home_and_standings_pages(page, web_server, screenshots):
    page.goto(web_server.url + "/")
    assert page.locator(".card").count() == 3
    page.screenshot(path=str(screenshots / "home.png"), full_page=True)
    page.goto(f"{web_server.url}/truck/2025/4/standings")
    assert page.locator("table tbody tr").count() > 10
    page.screenshot(path=str(screenshots / "truck-2025-4-standings.png"))


def test_check_page_flags_a_false_claim_red_with_its_correction(page, web_server, screenshots):
    # "fifth career win" is false: Homestead 2025 was Larson's fourth Truck Series win
    page.goto(f"{web_server.url}/truck/2025/4/check")
    page.fill("#text", "Kyle Larson won the Baptist Health 200. It was his fifth career Truck Series win.")
    page.click("form.check button")
    bad = page.locator("mark.claim.contradicted")
    bad.first.wait_for(state="visible", timeout=10_000)
    assert "fifth career Truck Series win" in bad.first.inner_text()
    assert page.locator("mark.claim.supported").count() >= 1
    colour = bad.first.evaluate("el => getComputedStyle(el).backgroundColor")
    assert colour == "rgb(255, 201, 201)"  # red
    bad.first.hover()
    assert "4 career Truck Series wins" in bad.first.locator(".evidence").inner_text()
    page.screenshot(path=str(screenshots / "truck-2025-4-check.png"), full_page=True)
    assert page.errors == []


def test_bristol_2025_page_draws_the_running_order_from_the_lap_times_feed(browser, feeds_db, screenshots,
                                                                            tmp_path_factory):
    # cup 2025 round 9 (Bristol) has lap-times in the feeds: Larson led 411 laps and won
    from liveserver import LiveServer, copy_store

    live = LiveServer(copy_store(feeds_db, tmp_path_factory.mktemp("webfeeds"))).start()
    try:
        page = browser.new_page(viewport={"width": 1200, "height": 900})
        page.goto(f"{live.url}/cup/2025/9")
        chart = page.locator('#lap-chart-chart[data-rendered="1"] svg')
        chart.wait_for(state="visible", timeout=20_000)
        assert "Kyle Larson" in page.locator("#lap-chart-chart").inner_text()
        shot = page.locator("#lap-chart").screenshot(path=str(screenshots / "cup-2025-9-running-order.png"))
        assert pixel_stdev(shot) > 10, "the running-order chart rendered blank"
        page.close()
    finally:
        live.stop()
