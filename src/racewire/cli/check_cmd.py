"""The check command: fact-check race text against a race, claim by claim."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer

from ..errors import InputError
from .app import Round, Season, Series, app, newsroom
from .output import TableJson, emit_json

COLOURS = {"supported": "green", "contradicted": "bold red", "unverifiable": "yellow"}


@app.command()
def check(series: Series, season: Season, round: Round,
          file: Annotated[str, typer.Argument(help="text file to check, or - for standard input")],
          format: Annotated[TableJson, typer.Option("--format", "-f", help="table (text highlighted) or json")]
          = TableJson.table) -> None:
    """Fact-check race text: each claim supported (green), contradicted (red, with the right value) or
    unverifiable (yellow). Quoted speech is skipped.

    Example: racewire check truck 2025 4 article.txt
    """
    if file == "-":
        text = sys.stdin.read()
    else:
        path = Path(file)
        if not path.is_file():
            raise InputError(f"no such file: {file}")
        try:
            text = path.read_text(encoding="utf-8-sig")
        except UnicodeDecodeError:
            raise InputError(f"{file}: expected UTF-8 text") from None
    race = newsroom().race(series, season, round)
    claims = race.check(text)
    if format.value == "json":
        emit_json({"race": race.info.to_dict(), "claims": [c.to_dict() for c in claims]})
        return
    from rich.console import Console
    from rich.table import Table
    from rich.text import Text

    shown = Text(text)
    for c in claims:
        shown.stylize(COLOURS[c.verdict], c.start, c.end)
    console = Console()
    console.print(shown)
    table = Table(title=f"{len(claims)} claims", header_style="bold")
    for col in ("Verdict", "Claim", "Evidence / correction"):
        table.add_column(col)
    for c in claims:
        table.add_row(Text(c.verdict, style=COLOURS[c.verdict]), c.text, c.correction or c.evidence)
    console.print(table)
    counts = {v: sum(1 for c in claims if c.verdict == v) for v in COLOURS}
    console.print(", ".join(f"{n} {v}" for v, n in counts.items()))
