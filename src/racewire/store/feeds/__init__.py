"""Feeds in the store: import (atomic per race, idempotent by content hash), linking to the history, the
cross-check against it, and ``race_feed``: everything the lap facts need about one race.

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

from .link import cross_check, link
from .load import RACE_TABLES, SEASON_TABLES, feed_files, import_paths
from .read import FeedCar, FeedRace, FeedResult, race_feed
from .reports import FileReport, ImportReport, RaceReport

__all__ = ["import_paths", "feed_files", "race_feed", "link", "cross_check", "FeedRace", "FeedCar", "FeedResult",
           "FileReport", "RaceReport", "ImportReport", "RACE_TABLES", "SEASON_TABLES"]
