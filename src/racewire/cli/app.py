"""Typer app: global options, the error boundary, and the history commands (races, results, sync)."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated, Any, Optional

import typer

from ..errors import RacewireError
from .output import Format, emit

app = typer.Typer(
    name="racewire",
    help="Fact-checked NASCAR race recaps from data: Cup, Xfinity and Truck, 1949 to today.\n\n"
         "SERIES is cup, xfinity (alias nxs) or truck. Start with: racewire recap truck 2025 4",
    no_args_is_help=True, pretty_exceptions_enable=False, add_completion=False,
)
_state: dict[str, Any] = {"db": None}

Series = Annotated[str, typer.Argument(help="cup, xfinity (alias nxs) or truck")]
Season = Annotated[int, typer.Argument(help="year, e.g. 2025")]
Round = Annotated[int, typer.Argument(help="race number within the season, 1-based")]
FormatOpt = Annotated[Format, typer.Option("--format", "-f", help="table for people, json or csv for machines")]


@app.callback()
def _global(db: Annotated[Optional[Path], typer.Option(
        "--db", envvar="RACEWIRE_DB",
        help="DuckDB file to use (default: racewire.duckdb in your data directory)")] = None) -> None:
    _state["db"] = db


def newsroom(writable: bool = False) -> Any:
    """The Newsroom for this invocation; the first use fills the store from the bundled snapshot. Commands that
    only read open a ready DuckDB file read-only, so they run beside a server on the same file."""
    from ..newsroom import Newsroom
    from ..store.db import default_path

    path = _state["db"] or default_path()
    if "://" not in str(path) and ":/" not in str(path) and not Path(path).exists():  # never echo a server URL
        _err(f"first use: building the racewire store at {path} from the bundled history snapshot…", "dim")
    return Newsroom(path, read_only=not writable)


def _err(msg: str, style: str = "red") -> None:
    from rich.console import Console

    Console(stderr=True, highlight=False, soft_wrap=True).print(msg, style=style, markup=False)


@app.command()
def races(series: Series, season: Season, format: FormatOpt = Format.table) -> None:
    """List the races of a season: round, race name, track."""
    rows = newsroom().races(series, season)
    data = [r.to_dict() for r in rows]
    emit(format.value, data={"races": data}, rows=data, title=f"{series} {season}",
         columns=["Rd", "Race", "Track", "Miles", "Surface"],
         table_rows=[(r.round, r.name, r.track, r.track_length, r.surface) for r in rows])


@app.command()
def results(series: Series, season: Season, round: Round, format: FormatOpt = Format.table) -> None:
    """Show the finishing order of one race: start, car, driver, team, make, laps, laps led, status, points."""
    from ..sources import CREDIT

    race = newsroom().race(series, season, round)
    rows = [r.to_dict() for r in race.results]
    info = race.info
    emit(format.value, data={"race": info.to_dict(), "results": rows}, rows=rows,
         title=f"{season} {info.name} — {info.track} ({series}, round {round})",
         columns=["Fin", "St", "Car", "Driver", "Team", "Make", "Laps", "Led", "Status", "Pts"],
         table_rows=[(r.finish, r.start, r.car, r.driver, r.team, r.make, r.laps, r.led, r.status, r.points)
                     for r in race.results], caption=CREDIT)


@app.command()
def sync(source: Annotated[Optional[str], typer.Option(
        "--source", help="URL (with {stem} for cup/nxs/truck, or a base URL) or a folder with the three "
                         "*_series.parquet files; default: the public nascaR.data URLs")] = None) -> None:
    """Refresh the results history. Atomic: a failed or malformed download leaves the old data in place."""
    from rich.progress import BarColumn, DownloadColumn, Progress, TextColumn

    room = newsroom(writable=True)
    with Progress(TextColumn("{task.description}"), BarColumn(), DownloadColumn(),
                  transient=True, disable=not sys.stderr.isatty()) as bar:
        tasks: dict[str, Any] = {}

        def hook(step: str, done: int, total: int | None) -> None:
            if step not in tasks:
                tasks[step] = bar.add_task(step, total=total)
            bar.update(tasks[step], completed=done, total=total)

        report = room.sync(source, progress=hook)
    what = "updated" if report.changed else "already up to date (nothing changed)"
    rows = ", ".join(f"{s} {n:,} rows" for s, n in report.rows.items())
    typer.echo(f"history {what} from {report.origin}: {rows}")


def _register() -> None:
    # command groups defined in their own modules; imported here so `racewire --help` lists them
    from . import check_cmd, facts_cmd, story_cmd  # noqa: F401
    from . import feeds_cmd  # noqa: F401
    from . import serve_cmd  # noqa: F401
    from . import live_cmd  # noqa: F401


def main(argv: list[str] | None = None) -> None:
    """Console entry point: one red line and the error's exit code for anything racewire raises on purpose."""
    _register()
    try:
        code = app(args=argv, prog_name="racewire", standalone_mode=False)
    except RacewireError as exc:
        _err(f"error: {exc}")
        sys.exit(exc.exit_code)
    except (typer.Abort, KeyboardInterrupt):
        _err("aborted")
        sys.exit(130)
    except Exception as exc:
        # the command-line parser's own errors (typer vendors click, so match by shape, not by class)
        show, exit_code = getattr(exc, "show", None), getattr(exc, "exit_code", None)
        if callable(show) and isinstance(exit_code, int):
            show()
            sys.exit(exit_code)
        if type(exc).__name__ == "Exit" and isinstance(exit_code, int):
            sys.exit(exit_code)
        raise
    sys.exit(code if isinstance(code, int) else 0)
