"""A race with NASCAR feeds gains its narrative: the margin, the decisive pass, the cautions."""

from __future__ import annotations

from feeds.feeds_store import feeds_db, feeds_room  # noqa: F401  (fixtures)


def test_bristol_2025_recap_tells_margin_and_late_pass(feeds_room):
    race = feeds_room.race("cup", 2025, 9)
    md = race.recap("md")
    assert "2.250 seconds" in md
    assert "took the lead for good on lap 440, passing Ryan Blaney with 60 laps to go" in md
    assert "three cautions for 40 laps" in md


def test_bristol_2025_recap_checks_out_including_feed_claims(feeds_room):
    race = feeds_room.race("cup", 2025, 9)
    body = " ".join(s.text for s in race.write().sentences)
    claims = race.check(body)
    assert claims and all(c.verdict == "supported" for c in claims), [c.to_dict() for c in claims
                                                                       if c.verdict != "supported"]
    assert race.check("Larson won by 1.5 seconds.")[-1].verdict == "contradicted"


def test_talladega_2025_feed_comeback_that_disagrees_with_the_official_results_is_not_told(feeds_room):
    # cup 2025 round 10: the lap-times put Kyle Larson third at the line; after two post-race disqualifications
    # the official results have him second, so the feed's "to finish third" is left out
    race = feeds_room.race("cup", 2025, 10)
    comeback = race.facts.get("comeback")
    official = race.facts.get("finish", driver=comeback.subjects["driver"]).value
    assert comeback.context["finish"] != official
    assert "rallied" not in race.recap("md")
    assert "on the final lap" in race.recap("md")
