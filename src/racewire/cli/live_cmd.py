"""The live command: follow a race's live feed, one line per poll, then the recap when it is over."""

from __future__ import annotations

import json
import sys
from enum import Enum
from pathlib import Path
from typing import Annotated, Any, Optional

import typer

from .app import Season, Series, _err, app, newsroom


class LiveFormat(str, Enum):
    text = "text"
    json = "json"


@app.command()
def live(
    series: Series,
    season: Season,
    race_id: Annotated[str, typer.Argument(help="NASCAR's race id, e.g. 4973")],
    base_url: Annotated[Optional[str], typer.Option(
        "--base-url", help="base URL (default: NASCAR's CDN), or a template with {series} {series_id} {season} "
                           "{race_id} {kind}; the live feed is kind live-feed")] = None,
    interval: Annotated[float, typer.Option("--interval", min=0, help="seconds between polls")] = 10.0,
    max_polls: Annotated[int, typer.Option("--max-polls", min=1, help="give up after this many polls")] = 2000,
    dest: Annotated[Optional[Path], typer.Option("--dest", help="folder to keep the frames and final feeds in "
                                                 "(default: feeds/ beside the store)")] = None,
    format: Annotated[LiveFormat, typer.Option("--format", "-f", help="text for people, json (one object a "
                                               "line) for machines")] = LiveFormat.text,
) -> None:
    """Follow a race live: poll its live feed until the race is over, then import the frames and write the recap.

    One line per poll: laps, flag, what changed (a new leader, a caution, a car out), leader, top five.

    Example: racewire live cup 2025 5550 --interval 10
    """
    from ..live import LiveDesk, SkippedFrame
    from ..sources.feeds.remote import BASE_URL

    desk = LiveDesk(newsroom(writable=True), series, season, race_id, base_url=base_url or BASE_URL,
                    interval=interval, max_polls=max_polls, dest=dest)
    as_json = format is LiveFormat.json
    for update in desk.follow():
        if as_json:
            _json_line(update.to_dict())
        elif isinstance(update, SkippedFrame) and update.error is not None:
            _err(f"error: {update.error} (poll {update.poll}; frame skipped)")
        else:
            _say(*_line(update))
    wrap = desk.wrap_up("json" if as_json else "md")
    if as_json:
        data = wrap.to_dict()
        data["recap"] = json.loads(wrap.recap) if wrap.recap else None
        _json_line(data)
        return
    for note in wrap.notes:
        _say(note, "yellow")
    if wrap.round is not None:
        _say(f"linked to {desk.series} {desk.season} round {wrap.round} ({wrap.link_rule}); "
             f"{len(wrap.discrepancies)} differences with the history", "dim")
    if wrap.recap:
        sys.stdout.write("\n" + wrap.recap)


def _line(update: Any) -> tuple[str, str]:
    """One line for a poll, and its style."""
    from ..live import FrameUpdate

    if not isinstance(update, FrameUpdate):
        return f"poll {update.poll}: {update.reason}", "dim"
    s = update.state
    to_go = f" ({s.laps_to_go} to go)" if s.laps_to_go else ""
    parts = [f"lap {s.lap}/{s.laps_in_race or '?'}{to_go} {s.flag}"]
    parts += [str(c) for c in update.changes]
    parts.append(f"leader {s.leader}")
    parts.append("top 5: " + ", ".join(f"{r.car} {r.surname}" for r in s.top5))
    parts.append(f"cautions {s.cautions}, lead changes {s.lead_changes if s.lead_changes is not None else '?'}")
    return " | ".join(parts), "bold" if update.changes else ""


def _say(text: str, style: str = "") -> None:
    from rich.console import Console

    Console(soft_wrap=True, highlight=False).print(text, style=style or None, markup=False)


def _json_line(obj: dict[str, Any]) -> None:
    sys.stdout.write(json.dumps(obj, ensure_ascii=False, default=str) + "\n")
    sys.stdout.flush()
