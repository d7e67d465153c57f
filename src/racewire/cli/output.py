"""Printing results for humans (rich tables) and machines (stable JSON, CSV)."""

from __future__ import annotations

import csv
import io
import json
import sys
from collections.abc import Sequence
from enum import Enum
from typing import Any


class Format(str, Enum):
    table = "table"
    json = "json"
    csv = "csv"


class TableJson(str, Enum):
    table = "table"
    json = "json"


def emit_json(obj: Any) -> None:
    """Stable JSON: keys in the order built, two-space indent, UTF-8."""
    sys.stdout.write(json.dumps(obj, indent=2, ensure_ascii=False, default=str) + "\n")


def emit_csv(rows: Sequence[dict[str, Any]]) -> None:
    buf = io.StringIO()
    if rows:
        w = csv.DictWriter(buf, fieldnames=list(rows[0]), lineterminator="\n")
        w.writeheader()
        w.writerows(rows)
    sys.stdout.write(buf.getvalue())


def emit_table(title: str, columns: Sequence[str], rows: Sequence[Sequence[Any]], caption: str = "") -> None:
    from rich.console import Console
    from rich.table import Table

    t = Table(title=title, caption=caption or None, header_style="bold")
    for c in columns:
        t.add_column(c, justify="right" if c in {"Fin", "St", "Laps", "Led", "Pts", "Rd", "Rating", "Pos",
                                                  "Points", "Behind", "Wins", "Starts", "Top 5", "Top 10", "Poles", "Laps led", "Score"} else "left")
    for r in rows:
        t.add_row(*["" if v is None else str(v) for v in r])
    Console().print(t)


def emit(fmt: str, *, data: Any, rows: Sequence[dict[str, Any]], title: str, columns: Sequence[str],
         table_rows: Sequence[Sequence[Any]], caption: str = "") -> None:
    if fmt == "json":
        emit_json(data)
    elif fmt == "csv":
        emit_csv(rows)
    else:
        emit_table(title, columns, table_rows, caption)
