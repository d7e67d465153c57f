"""The recap command: one race to the screen or a file, or a whole season to a folder."""

from __future__ import annotations

import sys
from enum import Enum
from pathlib import Path
from typing import Annotated, Optional

import typer

from ..errors import InputError
from .app import Season, Series, app, newsroom


class RecapFormat(str, Enum):
    md = "md"
    html = "html"
    json = "json"
    ninjs = "ninjs"


@app.command()
def recap(
    series: Series,
    season: Season,
    round: Annotated[Optional[int], typer.Argument(help="race number within the season (omit with --all)")] = None,
    format: Annotated[RecapFormat, typer.Option("--format", "-f", help="md, html (evidence on hover), json "
                                                "(sentences with fact ids) or ninjs (IPTC, for a CMS)")] = RecapFormat.md,
    quotes: Annotated[Optional[Path], typer.Option(help="YAML or JSON file of quotes (speaker, text, context)")] = None,
    out: Annotated[Optional[Path], typer.Option(help="write to this file (with --all: this folder)")] = None,
    all_: Annotated[bool, typer.Option("--all", help="every race of the season, one file each, into --out")] = False,
) -> None:
    """Write the recap of a race: every sentence backed by the facts it cites.

    Examples: racewire recap truck 2025 4 · racewire recap cup 2025 9 -f html --out bristol.html ·
    racewire recap xfinity 2025 --all --out recaps/
    """
    room = newsroom()
    if all_:
        if out is None:
            raise InputError("--all writes one file per race: give a folder with --out")
        if quotes is not None:
            raise InputError("--quotes belongs to one race: leave it out with --all")
        from rich.progress import Progress

        races = room.races(series, season)
        out.mkdir(parents=True, exist_ok=True)
        ext = {"md": "md", "html": "html", "json": "json", "ninjs": "ninjs.json"}[format.value]
        with Progress(transient=True, disable=not sys.stderr.isatty()) as bar:
            task = bar.add_task(f"{series} {season}", total=len(races))
            for info in races:
                text = room.race(series, season, info.round).recap(format.value)
                (out / f"{info.series}-{season}-{info.round:02d}.{ext}").write_text(text, encoding="utf-8")
                bar.advance(task)
        typer.echo(f"wrote {len(races)} recaps to {out}")
        return
    if round is None:
        raise InputError("give a ROUND, or --all for the whole season")
    text = room.race(series, season, round).recap(format.value, quotes)
    if out is None:
        sys.stdout.write(text)
    else:
        out.write_text(text, encoding="utf-8")
        typer.echo(f"wrote {out}")
