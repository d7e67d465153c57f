"""Live mode: follow a race's live feed frame by frame, then file the recap when the race is over.

poll (httpx: timeouts, retries with backoff, If-None-Match / If-Modified-Since) -> parse each frame
(``sources.feeds.live``) -> running state and what changed since the last frame -> at the finish, import the
frames (and the race's final feeds, when the base URL serves them) through ``Newsroom.import_feeds`` ->
``Race.recap()`` once the feed race is linked to its history race.

The live feed of a race is ``{base}/live/feeds/series_{series_id}/{race_id}/live_feed.json`` (SCHEMAS.md); a
base URL with placeholders is a template, as for ``feeds fetch``, with ``{kind}`` = ``live-feed``.
Polling stops by itself on the first race frame that ends the race: flag state 9 (session over) after lap 0,
no laps to go, or the race's final lap reached. The 2020 frames end on the white flag: 4973 lap 500 of 500
has flag state 4 and laps_to_go 0 (cup/2020/4973/live-feed-lap500.json). A malformed frame is skipped and
reported (a truncated frame is what a feed caught mid-write looks like); the next poll usually brings a good one.
"""

from __future__ import annotations

from .desk import LiveDesk
from .updates import (CarOut, CautionOut, Change, FrameUpdate, LiveState, NewLeader, NoNewFrame, RaceOver, Runner,
                      SkippedFrame, Wrapup, advance, race_over)

__all__ = ["LiveDesk", "LiveState", "Runner", "Change", "NewLeader", "CautionOut", "CarOut", "RaceOver", "FrameUpdate",
           "NoNewFrame", "SkippedFrame", "Wrapup", "advance", "race_over"]
