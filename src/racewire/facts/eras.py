"""Points systems by era: which rule scores a race of a series and season (rules.md sections 1.1-1.3).

Eras (``era()``; section 1.1 and 1.2):

=================  =======================================================================  ================
seasons            rule                                                                     rules.md
=================  =======================================================================  ================
Cup 1949-1974      not modelled (systems tied to purse, race length or laps): ``None``       1.1 [V 3, 7]
Cup 1975-2003      Latford scale, winner 175; +5 for leading a lap, +5 more for most led     1.2 [V 1, 2, 3]
Xfinity 1982-1997  Latford scale, winner a flat 180, no bonuses                              1.2 [D]
Truck 1995-1998    as Xfinity 1982-1997: winner 180, no bonuses                              1.2 [D]
Xfinity 1998-2003  Latford, winner 175, +5/+5 (Truck 1999-2003 the same)                     1.1 [D]
all 2004-2006      Latford, winner 180, +5/+5                                                1.1 [V 4], [D]
all 2007-2010      Latford, winner 185, +5/+5                                                1.1 [V 5, 6], [D]
all 2011-2015      43 for 1st down to 1 (``max(44 - p, 1)``); +3 win, +1 led, +1 most led    1.2 [V 8, 9]
all 2016           field-size scale ``max(N + 1 - p, 1)``, N = 40 Cup/Xfinity, 32 Truck;     1.2 [V 10, 11]
                   +3 win, +1 led, +1 most led
all 2017-2024      40 for the win, then ``max(37 - p, 1)`` (35, 34 ... 1 from 36th back);   1.2 [V 12, 13, 14]
                   stage points ``11 - s`` for stage positions 1-10 of stages 1 and 2 (and
                   stage 3 of the Coca-Cola 600); Truck 2020: ``max(37 - p, 5)`` [D]
all 2025           as 2017 plus 1 point for the fastest lap (not in the history data:       1.2 [V 15, 16, 17]
                   always a range 0-1)
all 2026-          winner 55, otherwise as 2025                                              1.1 [V 18-21]
=================  =======================================================================  ================

Latford scale (1975-2010): 1st = the era's winner value, 2nd-6th ``175 - 5(p - 1)``, 7th-11th
``150 - 4(p - 6)``, 12th on ``130 - 3(p - 11)`` (34 for 43rd, and on down for bigger fields).

Eligibility (section 2): a driver who is not eligible scores 0 (from 2011 a driver earns points only in the
series he declared). There is **no promotion**: the others score for their raw finishing and stage positions,
and the win and most-laps-led bonuses are not passed on.

Championship race (section 1.3): in the title race (the last race of the season, at Homestead-Miami to 2019
and Phoenix from 2020; Cup 2014-2025, Xfinity and Truck 2016-2025) the Championship 4 score finishing points
only: no leader bonuses and no win bonus in 2014-2016 [V 22] [D], no stage points in 2017-2025 [V 17] [D], no
fastest-lap point in 2025 [V 17]. The history data does not say who the Championship 4 were, so unless the
caller says so (``Entry.contender``) the row is a range from the finishing points alone to the full value.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

#: series ids this module accepts (the history snapshot calls Xfinity "nxs")
_SERIES = {"cup": "cup", "xfinity": "xfinity", "nxs": "xfinity", "truck": "truck"}

#: first season the Championship 4 exception applies, by series (rules.md 1.3, 3.2)
TITLE_RACE_FIRST = {"cup": 2014, "xfinity": 2016, "truck": 2016}
TITLE_RACE_LAST = 2025


@dataclass(frozen=True, slots=True)
class Era:
    """One points system: how finishing positions pay and which bonuses exist."""

    name: str  # "2017-2024 stages"
    tag: str  # where rules.md states it
    scale: str  # "latford" | "linear" | "stages"
    winner: int  # the winner's finishing points
    top: int = 0  # "linear": N of max(N + 1 - p, 1); "stages": p -> max(37 - p, floor)
    floor: int = 1  # "stages": the least a classified finisher scores
    led_bonus: int = 0  # for leading at least one lap
    most_bonus: int = 0  # for leading the most laps (ties: all)
    win_bonus: int = 0  # on top of the winner's finishing points (2011-2016)
    stages: bool = False  # stage points 10..1 for stages 1 and 2
    fastest_lap: bool = False  # 1 point for the fastest lap (not in the history data)

    def finish_points(self, p: int) -> int:
        """Points for finishing position ``p`` (1 = winner), before any bonus."""
        if self.scale == "latford":
            if p == 1:
                return self.winner
            if p <= 6:
                return 175 - 5 * (p - 1)
            if p <= 11:
                return 150 - 4 * (p - 6)
            return 130 - 3 * (p - 11)
        if self.scale == "linear":
            return max(self.top + 1 - p, 1)
        return self.winner if p == 1 else max(37 - p, self.floor)


def _latford(name: str, tag: str, winner: int, bonus: bool) -> Era:
    return Era(name, tag, "latford", winner, led_bonus=5 if bonus else 0, most_bonus=5 if bonus else 0)


_CUP_LATFORD = _latford("1975-2003 Latford +5/+5", "rules.md 1.2 [V 1, 2, 3]", 175, True)
_FLAT_180 = _latford("win=180, no leader bonus", "rules.md 1.2 [D]", 180, False)
_LATFORD_175 = _latford("Latford +5/+5", "rules.md 1.1 [D]", 175, True)
_LATFORD_180 = _latford("2004-2006 Latford win=180", "rules.md 1.1 [V 4] [D]", 180, True)
_LATFORD_185 = _latford("2007-2010 Latford win=185", "rules.md 1.1 [V 5, 6] [D]", 185, True)
_LINEAR_43 = Era("2011-2015 43-to-1", "rules.md 1.2 [V 8, 9]", "linear", 43, top=43, led_bonus=1, most_bonus=1,
                 win_bonus=3)


def _stage_era(season: int) -> Era:
    if season <= 2024:
        return Era("2017-2024 stages", "rules.md 1.2 [V 12, 13, 14]", "stages", 40, stages=True)
    if season == 2025:
        return Era("2025 stages+fastest lap", "rules.md 1.2 [V 15, 16, 17]", "stages", 40, stages=True,
                   fastest_lap=True)
    return Era("2026- winner 55", "rules.md 1.1 [V 18, 19, 20, 21]", "stages", 55, stages=True, fastest_lap=True)


def era(series: str, season: int) -> Era | None:
    """The points system of a series and season, or None where it is not modelled (Cup before 1975)."""
    s = _SERIES[series]
    if season >= 2017:
        if s == "truck" and season == 2020:
            return Era("2017-2024 stages", "rules.md 1.2 [V 12] [D: Truck 2020 floor 5]", "stages", 40, floor=5,
                       stages=True)
        return _stage_era(season)
    if season == 2016:
        top = 32 if s == "truck" else 40
        return Era("2016 field-size scale", "rules.md 1.2 [V 10, 11]", "linear", top, top=top, led_bonus=1,
                   most_bonus=1, win_bonus=3)
    if season >= 2011:
        return _LINEAR_43
    if season >= 2007:
        return _LATFORD_185
    if season >= 2004:
        return _LATFORD_180
    if s == "cup":
        return _CUP_LATFORD if season >= 1975 else None
    if s == "xfinity":
        return _FLAT_180 if season <= 1997 else _LATFORD_175
    return _FLAT_180 if season <= 1998 else _LATFORD_175


def era_label(series: str, season: int) -> str:
    """Short name of the era (e.g. "1998-2003 Latford +5/+5"), the grouping of the validation table."""
    e = era(series, season)
    if e is None:
        return "before 1975 (not modelled)"
    if e.name == "win=180, no leader bonus":
        return ("1982-1997 " if _SERIES[series] == "xfinity" else "1995-1998 ") + e.name
    if e.name == "Latford +5/+5":
        return ("1998-2003 " if _SERIES[series] == "xfinity" else "1999-2003 ") + e.name
    return e.name


def finish_points(series: str, season: int, finish: int) -> int | None:
    """Points for a finishing position alone (no bonus), or None before 1975 in Cup."""
    e = era(series, season)
    return None if e is None else e.finish_points(finish)


def is_title_race(series: str, season: int, round: int, last_round: int, track: str) -> bool:
    """The championship race: the season's last round, at Homestead-Miami (2014-2019) or Phoenix (2020-2025).

    Only where a Championship 4 exists: Cup 2014-2025, Xfinity and Truck 2016-2025 (rules.md 1.3, 3).
    ``last_round`` is the last round of the season in the data; the track check keeps a season still in
    progress from calling its latest race the title race.
    """
    s = _SERIES[series]
    if not TITLE_RACE_FIRST[s] <= season <= TITLE_RACE_LAST or round != last_round:
        return False
    return ("Homestead" if season <= 2019 else "Phoenix") in (track or "")


def has_fourth_stage(series: str, season: int, track: str, name: str | None) -> bool:
    """The Coca-Cola 600 (Cup, Charlotte, 2017+) pays stage points for stage 3 too; the data has no S3."""
    return (_SERIES[series] == "cup" and season >= 2017 and "Charlotte" in (track or "")
            and "600" in (name or ""))


def is_combination_race(series: str, season: int, eligible: Sequence[bool]) -> bool:
    """A 1986-1988 Busch race run with regional-series cars (rules.md section 2 [D]): unregistered drivers
    scored 0 and the points went by order among the registered drivers.

    Told apart by the field: at least a quarter of the classified finishers (``eligible``, one flag each) not
    eligible for Busch points. In the data that picks the three Oxford Plains races (1986 race 18, 1987 race 13,
    1988 race 17, each with 20-24 such drivers); no other Busch race of those years has more than 6.
    """
    if _SERIES[series] != "xfinity" or not 1986 <= season <= 1988 or not eligible:
        return False
    return 4 * sum(1 for ok in eligible if not ok) >= len(eligible)
