"""What the lap facts read about one race: ``race_feed``."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

#: the race-level columns of feed_races, in order
RACE_FIELDS = ("name", "track", "race_date", "scheduled_laps", "actual_laps", "stage_laps", "lead_changes",
                "leaders", "cautions", "caution_laps", "average_speed", "total_race_time", "margin_of_victory",
                "comments")


@dataclass(frozen=True)
class FeedCar:
    """One car's laps as columns, lap 0 (the start) first. ``car`` is text."""

    car: str
    driver: str
    driver_id: int | None
    final_pos: int | None
    laps: tuple[int, ...]
    times: tuple[float | None, ...]
    positions: tuple[int | None, ...]


@dataclass(frozen=True)
class FeedResult:
    car: str
    driver: str
    finish: int | None
    start: int | None
    laps_completed: int | None
    laps_led: int | None
    status: str | None


@dataclass(frozen=True)
class FeedRace:
    """Everything the feeds say about one history race (``race_feed``), ready for the lap facts."""

    series: str
    season: int
    feed_race_id: str
    round: int
    link_rule: str
    name: str | None
    track: str | None
    scheduled_laps: int | None
    actual_laps: int | None
    stage_laps: tuple[int, ...]
    lead_changes: int | None
    leaders: int | None
    cautions: int | None
    caution_laps: int | None
    margin_of_victory: float | None
    results: tuple[FeedResult, ...]                         # official (weekend-feed) or a live final frame
    cars: tuple[FeedCar, ...]                               # lap-times, in final running order
    flags: tuple[tuple[int, int], ...]                      # (lap, flag state) from lap-times
    cautions_list: tuple[tuple[int, int, str | None, str | None, str | None], ...]  # start, end, reason, comment, free pass
    lead_ledger: tuple[tuple[int, int, str], ...]           # official race_leaders: start, end, car
    stage_results: tuple[tuple[int, int, str, str, int | None], ...]  # stage, position, car, driver, points
    notes: tuple[tuple[int, int | None, str], ...]          # lap-notes: lap, flag state, note
    flag_changes: tuple[tuple[int | None, int, str | None, str | None], ...]  # live-flag-data: lap, flag, comment, free pass
    sources: tuple[str, ...]


def race_dates(store: Any, series: str, season: int) -> dict[int, str]:
    """round -> the race's date (``YYYY-MM-DD``, the local date NASCAR publishes) for the history races of a
    season that the feeds date: a linked feed race's own date, else the one schedule entry that matches the race
    by name and track (the linking rule's fuzzy scores, ``link.py``). Empty without feeds."""
    from rapidfuzz import fuzz

    sched = store.all("""SELECT name, track, race_date FROM feed_schedule
                         WHERE series = ? AND season = ? AND race_date IS NOT NULL""", [series, season])
    own = store.all("""SELECT round, race_date FROM feed_races WHERE series = ? AND season = ? AND round IS NOT NULL
                       AND race_date IS NOT NULL""", [series, season])
    if not sched and not own:
        return {}
    out: dict[int, str] = {}
    races = store.all("""SELECT r.round, r.name, t.name FROM races r JOIN tracks t ON t.id = r.track_id
                         WHERE r.series = ? AND r.season = ?""", [series, season])
    for rnd, name, track in races:
        hits = {d[:10] for n, t, d in sched if n and t and name
                and fuzz.token_set_ratio(t.lower(), track.lower()) >= 85
                and fuzz.token_set_ratio(n.lower(), name.lower()) >= 80}
        if len(hits) == 1:
            out[rnd] = hits.pop()
    out.update({rnd: d[:10] for rnd, d in own})
    return out


def race_feed(store: Any, series: str, season: int, round: int) -> FeedRace | None:
    """The feeds of one history race, or None when no feed race is linked to it."""
    row = store.one(f"""SELECT feed_race_id, link_rule, {', '.join(RACE_FIELDS)} FROM feed_races
                        WHERE series = ? AND season = ? AND round = ? ORDER BY feed_race_id LIMIT 1""",
                    [series, season, round])
    if not row:
        return None
    fid, rule = row[0], row[1]
    a = dict(zip(RACE_FIELDS, row[2:]))
    key = [series, season, fid]
    cond = "WHERE series = ? AND season = ? AND feed_race_id = ?"
    official = store.all(f"""SELECT s.kind, x.car, x.driver, x.finish, x.start, x.laps_completed, x.laps_led, x.status
                             FROM feed_results x JOIN feed_sources s ON s.name = x.source
                             {cond.replace('series', 'x.series').replace('season', 'x.season')
                                  .replace('feed_race_id', 'x.feed_race_id')} ORDER BY x.finish""", key)
    kinds = [k for k in ("weekend-feed", "race-results", "live-feed") if any(r[0] == k for r in official)]
    results = tuple(FeedResult(*r[1:]) for r in official if kinds and r[0] == kinds[0])
    t = store.arrow(f"""SELECT car, driver, driver_id, final_pos, lap, lap_time, running_pos FROM feed_laps
                        {cond} ORDER BY final_pos NULLS LAST, car, lap""", key)
    cols = {c: t.column(c).to_pylist() for c in t.column_names}
    cars = []
    i, n = 0, len(cols["car"])
    while i < n:
        j = i
        while j < n and cols["car"][j] == cols["car"][i]:
            j += 1
        cars.append(FeedCar(cols["car"][i], cols["driver"][i], cols["driver_id"][i], cols["final_pos"][i],
                            tuple(cols["lap"][i:j]), tuple(cols["lap_time"][i:j]), tuple(cols["running_pos"][i:j])))
        i = j
    return FeedRace(
        series, season, fid, round, rule, a["name"], a["track"], a["scheduled_laps"], a["actual_laps"],
        tuple(int(x) for x in a["stage_laps"].split(",")) if a["stage_laps"] else (), a["lead_changes"],
        a["leaders"], a["cautions"], a["caution_laps"], a["margin_of_victory"], results, tuple(cars),
        tuple(store.all(f"SELECT lap, flag_state FROM feed_lap_flags {cond} ORDER BY lap", key)),
        tuple(store.all(f"SELECT start_lap, end_lap, reason, comment, beneficiary FROM feed_cautions {cond} "
                        "ORDER BY start_lap", key)),
        tuple(store.all(f"SELECT start_lap, end_lap, car FROM feed_leaders {cond} ORDER BY start_lap", key)),
        tuple(store.all(f"SELECT stage, position, car, driver, points FROM feed_stage_results {cond} "
                        "ORDER BY stage, position", key)),
        tuple(store.all(f"SELECT lap, flag_state, note FROM feed_notes {cond} ORDER BY lap, note_id", key)),
        tuple(store.all(f"SELECT lap, flag_state, comment, beneficiary FROM feed_flag_changes {cond} ORDER BY seq",
                        key)),
        tuple(r[0] for r in store.all("SELECT name FROM feed_sources WHERE series = ? AND season = ? "
                                      "AND feed_race_id = ? ORDER BY name", key)))

