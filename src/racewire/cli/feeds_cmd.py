"""Commands over NASCAR's feeds: feeds import, feeds fetch."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Any, Optional

import typer

from .app import app, newsroom

feeds = typer.Typer(help="NASCAR's JSON feeds: lap-by-lap data, cautions, lap notes. Import files or fetch them.",
                    no_args_is_help=True)
app.add_typer(feeds, name="feeds")


def _print(report: Any, verbose: bool = True) -> None:
    for race in report.races:
        files = ", ".join(f"{f.name.rsplit('/', 1)[-1]} {f.status}" for f in race.files)
        where = f"round {race.round}" if race.round is not None else "NOT LINKED"
        typer.echo(f"{race.label}: {where} ({race.link_rule or race.error}); {files}")
        if race.error:
            typer.echo(f"  error: {race.error}")
        for d in race.discrepancies:
            typer.echo(f"  discrepancy: {d}")
        if race.laps_led_compared:
            typer.echo(f"  lap-derived laps led = history Led for {race.laps_led_matched} of "
                       f"{race.laps_led_compared} drivers")
    if verbose:
        for f in report.other:
            typer.echo(f"{f.name}: {f.status}" + (f" ({f.detail})" if f.detail else ""))
    matched, compared = report.laps_led_match
    if compared:
        typer.echo(f"laps-led match rate: {matched}/{compared} drivers ({100 * matched / compared:.1f}%)")
    typer.echo("changed the store" if report.changed else "nothing changed")


@feeds.command("import")
def import_(paths: Annotated[list[Path], typer.Argument(help="feed files or folders laid out as "
                                                        "{series}/{season}/{race_id}/{kind}.json")]) -> None:
    """Import feed files: atomic per race, idempotent; prints each race's link and every discrepancy."""
    from ..errors import SourceError
    report = newsroom(writable=True).import_feeds(paths)
    _print(report)
    if report.errors:
        first = report.errors[0].split(":", 1)[0]
        raise SourceError(first, "", "well-formed feed files",
                          f"{len(report.errors)} malformed (listed above; their races were not imported)")


@feeds.command()
def fetch(series: Annotated[str, typer.Argument(help="cup, xfinity (alias nxs) or truck")],
          season: Annotated[int, typer.Argument(help="year, e.g. 2025")],
          race_id: Annotated[str, typer.Argument(help="NASCAR's race id, e.g. 5550")],
          kind: Annotated[Optional[list[str]], typer.Option("--kind", help="feed kind (repeatable); default: "
                                                            "weekend-feed lap-times lap-notes live-pit-data "
                                                            "loopstats")] = None,
          base_url: Annotated[Optional[str], typer.Option("--base-url", help="base URL, or a template with "
                                                          "{series} {series_id} {season} {race_id} {kind}")] = None,
          dest: Annotated[Optional[Path], typer.Option("--dest", help="folder to keep the files in "
                                                       "(default: feeds/ beside the store)")] = None) -> None:
    """Download a race's feeds (conditional requests, retries) and import them."""
    from ..model import parse_series
    from ..sources.feeds.remote import BASE_URL, KINDS, fetch as get

    room = newsroom(writable=True)
    s = parse_series(series)
    folder = dest or Path(room.store.path).parent / "feeds"
    got = get(s, season, race_id, folder, kinds=tuple(kind or KINDS), base_url=base_url or BASE_URL)
    for f in got:
        typer.echo(f"{f.kind}: {f.status} ({f.url})")
    files = [f.path for f in got if f.path is not None]
    if files:
        _print(room.import_feeds(files), verbose=False)
