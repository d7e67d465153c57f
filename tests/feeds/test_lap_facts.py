"""Lap analytics as facts, on races that have feeds."""

from __future__ import annotations

from feeds_store import feeds_db, feeds_room  # noqa: F401  (fixtures)

from racewire.facts.laps import classify


def test_larson_wins_bristol_2025_by_2_250_seconds(feeds_room):
    # Food City 500, cup 2025 round 9 (race id 5550): official margin 2.250 s
    cat = feeds_room.race("cup", 2025, 9).facts
    fact = cat.get("margin_of_victory")
    assert fact.value == 2.25 and fact.subjects["driver"] == "Kyle Larson"
    assert fact.provenance.source == "feeds" and fact.provenance.rows[0].car == "5"


def test_larson_took_the_lead_for_good_on_lap_440_at_bristol(feeds_room):
    # the last entry of the official lead ledger: No. 5 from lap 440, Blaney before him; 60 to go
    fact = feeds_room.race("cup", 2025, 9).facts.get("decisive_pass")
    assert (fact.value, fact.context["laps_to_go"], fact.context["passed"]) == (440, 60, "Ryan Blaney")


def test_bristol_official_lead_changes_and_cautions(feeds_room):
    cat = feeds_room.race("cup", 2025, 9).facts
    changes = cat.get("lead_changes")
    assert changes.value == 4 and changes.context["definition"] == "official"
    cautions = cat.get("cautions")
    assert (cautions.value, cautions.context["caution_laps"]) == (3, 40)
    assert cat.get("stage_end", driver="Kyle Larson").context["lap"] == 125


def test_atlanta_xfinity_2023_narrative_from_lap_notes(feeds_room):
    # RAPTOR King of Tough 250: "#28, #35 spin in turn 2 bringing out the caution" on lap 117
    cat = feeds_room.race("xfinity", 2023, 5).facts
    spins = [f for f in cat.find("event") if f.value == "spin" and f.context["lap"] == 117]
    assert spins and spins[0].provenance.source == "feeds"
    assert cat.get("retirement_lap", driver="Chandler Smith").value == 128  # rear gear


def test_race_without_feeds_has_no_lap_facts(feeds_room):
    cat = feeds_room.race("cup", 2025, 13).facts
    # the season's schedule still dates the race; nothing else comes from the feeds
    assert not [f for f in cat if f.provenance.source == "feeds" and f.kind not in ("race_date", "next_race_date")]
    assert cat.first("race_date") is not None


def test_lap_chart_and_laps_led_summary(feeds_room):
    chart = feeds_room.race("cup", 2025, 9).lap_chart()
    assert chart["laps"] == 500 and chart["rows"][0]["car"] == "5" and chart["rows"][0]["positions"][0] == 3
    assert chart["laps_led"][0] == {"car": "5", "driver": "Kyle Larson", "laps": 410}
    assert feeds_room.race("cup", 2025, 13).lap_chart() is None


def test_classify_incidents():
    assert classify("#7 spun from 6th by #8") == "spin"
    assert classify("#26, #4, #44 wreck in turn 3") == "wreck"
    assert classify("#91 loses a tire and brings out the caution") == "mechanical"
    assert classify("#28, #38 to the rear for Unapproved Adjustments") == "penalty"
    assert classify("#21 leads the field to the green") is None


def test_darlington_2025_fastest_lap_skips_the_timing_glitch(feeds_room):
    # cup 2025 round 8: the lap-times feed has an 18.9 s "lap" where laps take about 29 s (rules.md 1.2);
    # the real fastest lap belongs to the No. 24
    fact = feeds_room.race("cup", 2025, 8).facts.get("fastest_lap")
    assert fact.subjects["car"] == "24" and fact.value > 25
