"""Linking feed races to history races, and cross-checking them.

Linking rule (a feed race -> the history race with the same series and season):

1. finishing order: when the feeds give one (weekend-feed results, race-results, a live final frame, or the
   final ``RunningPos`` of lap-times), the history race whose winner has the feed winner's car number and
   which agrees on the most finishing positions by car number is taken, if at least half of them agree and
   no other race agrees as much;
2. otherwise name and track: the race name and track of the feeds (weekend-feed, then a schedule entry for
   the race id, then loopstats or a live frame) must match exactly one history race of the season, by fuzzy
   score (track >= 85 and name >= 80; rapidfuzz token_set_ratio, case-insensitive);
3. otherwise the feed race stays unlinked and ``link_rule`` says why; its rows are stored all the same.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from .reports import RaceReport


_HISTORY_SQL = """SELECT r.round, r.name, t.name, x.car, x.finish, x.laps, x.led, x.win, d.name, x.status
                  FROM races r JOIN tracks t ON t.id = r.track_id JOIN results x ON x.race_id = r.id
                  JOIN drivers d ON d.id = x.driver_id WHERE r.series = ? AND r.season = ?"""


@dataclass(frozen=True)
class _HistoryRace:
    round: int
    name: str | None
    track: str
    cars: dict[str, tuple[str, int | None, int | None, int | None, str | None]]  # car -> driver, finish, laps, led, status
    winner_car: str | None


def _history(store: Any, series: str, season: int, round: int | None = None) -> dict[int, _HistoryRace]:
    sql, params = _HISTORY_SQL, [series, season]
    if round is not None:
        sql, params = sql + " AND r.round = ?", params + [round]
    races: dict[int, dict[str, Any]] = {}
    for rnd, name, track, car, finish, laps, led, win, driver, status in store.all(sql, params):
        r = races.setdefault(rnd, {"name": name, "track": track, "cars": {}, "winner": None})
        if car is not None:
            r["cars"][car] = (driver, finish, laps, led, status)
        if win:
            r["winner"] = car
    return {k: _HistoryRace(k, v["name"], v["track"], v["cars"], v["winner"]) for k, v in races.items()}


def _feed_order(store: Any, key: tuple[str, int, str]) -> tuple[dict[str, int], str]:
    """car -> finishing position from the best feed that has one, and that feed's kind."""
    rows = store.all("""SELECT s.kind, x.car, x.finish FROM feed_results x JOIN feed_sources s ON s.name = x.source
                        WHERE x.series = ? AND x.season = ? AND x.feed_race_id = ? AND x.finish IS NOT NULL""",
                     list(key))
    for kind in ("weekend-feed", "race-results", "live-feed"):
        got = {car: fin for k, car, fin in rows if k == kind}
        if got:
            return got, kind
    got = dict(store.all("""SELECT DISTINCT car, final_pos FROM feed_laps WHERE series = ? AND season = ?
                            AND feed_race_id = ? AND final_pos IS NOT NULL""", list(key)))
    return got, "lap-times"


def link(store: Any, series: str, season: int, feed_race_id: str) -> tuple[int | None, str]:
    """(round, rule) of the history race a feed race is, or (None, why not); see the module docstring."""
    from rapidfuzz import fuzz

    key = (series, season, feed_race_id)
    history = _history(store, series, season)
    if not history:
        return None, f"unlinked: the history has no {series} {season} races"
    order, kind = _feed_order(store, key)
    if order:
        winner = next((c for c, f in order.items() if f == 1), None)
        scored = []
        for h in history.values():
            if winner is None or h.winner_car != winner:
                continue
            agree = sum(1 for car, fin in order.items() if car in h.cars and h.cars[car][1] == fin)
            scored.append((agree, h.round))
        scored.sort(reverse=True)
        if scored and scored[0][0] >= len(order) / 2 and (len(scored) == 1 or scored[1][0] < scored[0][0]):
            agree, rnd = scored[0]
            return rnd, (f"finishing order ({kind}): {agree} of {len(order)} positions agree by car number, "
                         f"winner No. {winner}")
    sched = store.one("""SELECT name, track FROM feed_schedule WHERE series = ? AND season = ? AND feed_race_id = ?
                         ORDER BY source LIMIT 1""", list(key))
    own = store.one("SELECT name, track FROM feed_races WHERE series = ? AND season = ? AND feed_race_id = ?",
                    list(key))
    name, track = (sched or own or (None, None))
    if not name or not track:
        why = "its feeds give neither a finishing order that matches one race nor a race name and track"
        return None, f"unlinked: {why}"
    hits = [h.round for h in history.values()
            if fuzz.token_set_ratio(track.lower(), h.track.lower()) >= 85
            and fuzz.token_set_ratio(name.lower(), (h.name or "").lower()) >= 80]
    if len(hits) == 1:
        return hits[0], f"race name and track: {name!r} at {track!r}"
    return None, (f"unlinked: {name!r} at {track!r} matches {len(hits)} {series} {season} races by name and "
                  "track" + (" and no finishing order agrees" if order else ""))


def read_link(store: Any, race: RaceReport) -> None:
    row = store.one("SELECT round, link_rule, name FROM feed_races WHERE series = ? AND season = ? "
                    "AND feed_race_id = ?", [race.series, race.season, race.feed_race_id])
    if row:
        race.round, race.link_rule, race.name = row


def cross_check(store: Any, race: RaceReport) -> None:
    """Compare a linked feed race with its history race: finishing order, laps led, laps completed.

    Every disagreement is listed in ``race.discrepancies``; lap-derived laps led (laps at the line in
    ``RunningPos`` 1) are counted against the history's ``Led`` into the match rate.
    """
    read_link(store, race)
    if race.round is None:
        return
    key = (race.series, race.season, race.feed_race_id)
    hist = _history(store, race.series, race.season, race.round).get(race.round)
    if hist is None:
        return
    out = race.discrepancies
    official = store.all("""SELECT s.kind, x.car, x.finish, x.laps_completed, x.laps_led FROM feed_results x
                            JOIN feed_sources s ON s.name = x.source
                            WHERE x.series = ? AND x.season = ? AND x.feed_race_id = ?""", list(key))
    kinds = [k for k in ("weekend-feed", "race-results", "live-feed") if any(r[0] == k for r in official)]
    if kinds:
        rows = {car: (fin, laps, led) for k, car, fin, laps, led in official if k == kinds[0]}
        _compare(out, kinds[0], rows, hist)
    laps = store.all("""SELECT car, max(final_pos), max(lap), sum(CASE WHEN lap >= 1 AND running_pos = 1 THEN 1
                        ELSE 0 END) FROM feed_laps WHERE series = ? AND season = ? AND feed_race_id = ?
                        GROUP BY car""", list(key))
    if laps:
        derived = {car: (fin, completed, led) for car, fin, completed, led in laps}
        _compare(out, "lap-times", derived, hist)
        for car, (_f, _c, led) in derived.items():
            if car in hist.cars and hist.cars[car][3] is not None:
                race.laps_led_compared += 1
                race.laps_led_matched += int(hist.cars[car][3] == led)


def _compare(out: list[str], kind: str, rows: dict[str, tuple[Any, Any, Any]], hist: _HistoryRace) -> None:
    what = "lap-derived " if kind == "lap-times" else ""
    for car, (fin, laps, led) in sorted(rows.items(), key=lambda kv: (kv[1][0] is None, kv[1][0] or 0)):
        if car not in hist.cars:
            out.append(f"{kind}: No. {car} finished {fin} in the feed but is not in the history results")
            continue
        driver, h_fin, h_laps, h_led, _status = hist.cars[car]
        for label, mine, theirs in (("finish", fin, h_fin), ("laps completed", laps, h_laps),
                                    (f"{what}laps led", led, h_led)):
            if mine is not None and theirs is not None and mine != theirs:
                out.append(f"{kind}: No. {car} {driver}: {label} {mine} in the feed, {theirs} in the history")
    for car, (driver, *_rest) in hist.cars.items():
        if car not in rows:
            out.append(f"{kind}: No. {car} {driver} is in the history results but not in the feed")
