"""Feeds in the store: import (atomic per race, idempotent by content hash), linking to the history, the
cross-check against it, and ``race_feed``: everything the lap facts need about one race.

The linking rule is written out in ``link.py``.
"""

from __future__ import annotations

from .link import cross_check, link
from .load import RACE_TABLES, SEASON_TABLES, feed_files, import_paths
from .read import FeedCar, FeedRace, FeedResult, race_dates, race_feed
from .reports import FileReport, ImportReport, RaceReport

__all__ = ["import_paths", "feed_files", "race_feed", "race_dates", "link", "cross_check", "FeedRace", "FeedCar", "FeedResult",
           "FileReport", "RaceReport", "ImportReport", "RACE_TABLES", "SEASON_TABLES"]
