"""Race dates from the schedule feeds: the race's day in the lede, the next race's date at the end."""

from __future__ import annotations

from datetime import date

from feeds.feeds_store import feeds_db, feeds_room  # noqa: F401  (fixtures)

from racewire.store import Store


def scheduled(db, name: str, season: int) -> str:
    with Store(db, init=False, read_only=True) as store:
        rows = store.all("SELECT DISTINCT substr(race_date, 1, 10) FROM feed_schedule WHERE series = 'cup' AND "
                         "season = ? AND name = ?", [season, name])
    assert len(rows) == 1, rows
    return rows[0][0]


def test_race_and_next_race_dates_come_from_the_schedule(feeds_room, feeds_db):  # noqa: F811
    race = feeds_room.race("cup", 2025, 9)  # Food City 500 at Bristol; next: Jack Link's 500 at Talladega
    day, nxt = race.facts.get("race_date"), race.facts.get("next_race_date")
    assert day.value == scheduled(feeds_db, "Food City 500", 2025)
    assert nxt.value == scheduled(feeds_db, "Jack Link's 500", 2025)
    assert day.provenance.source == "feeds"
    recap = race.write()
    weekday = f"{date.fromisoformat(day.value):%A}"
    lede = recap.paragraphs[0][0]
    assert lede.text.endswith(f"on {weekday}.") and "race_date" in lede.facts
    last = [s for p in recap.paragraphs for s in p][-1]
    d = date.fromisoformat(nxt.value)
    assert f"continues {d:%A}, {d:%B} {d.day}, with the Jack Link's 500" in last.text
    assert "next_race_date" in last.facts
    assert all(c.verdict != "contradicted" for c in race.check(" ".join(s.text for p in recap.paragraphs for s in p)))


def test_no_feeds_no_dates(room):
    facts = room.race("truck", 2025, 4).facts
    assert facts.first("race_date") is None and facts.first("next_race_date") is None
