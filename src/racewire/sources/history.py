"""The results-history snapshot: one parquet file per series, one row per driver per race.

Source: the nascaR.data R package (GPL-3 or later; github.com/kyleGrealis/nascaR.data), compiled with
permission from DriverAverages.com, published as parquet at ``HISTORY_URL``. The package ships an offline copy.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

from ..errors import SourceError
from ..model import SERIES, SNAPSHOT_STEM, SeriesId
from . import CREDIT, HISTORY_URL


#: column -> (accepted arrow type ids, human name of the type). Ints may come as any integer width.
_INT = (pa.types.is_integer, "integer")
_FLOAT = (lambda t: pa.types.is_floating(t) or pa.types.is_integer(t), "number")
_TEXT = (lambda t: pa.types.is_string(t) or pa.types.is_large_string(t), "string")
COLUMNS: dict[str, tuple] = {
    "Season": _INT, "Race": _INT, "Track": _TEXT, "Name": _TEXT, "Length": _FLOAT, "Surface": _TEXT,
    "Finish": _INT, "Start": _INT, "Car": _TEXT, "Driver": _TEXT, "Make": _TEXT, "Pts": _INT, "Laps": _INT,
    "Led": _INT, "Status": _TEXT, "Team": _TEXT, "S1": _INT, "S2": _INT, "Rating": _FLOAT, "Win": _INT,
    "Seg Points": _INT,
}
#: columns a usable file must have; the rest are optional (older exports lack them)
REQUIRED = ("Season", "Race", "Track", "Finish", "Car", "Driver")


@dataclass(frozen=True)
class HistoryFile:
    """One validated series file: its table (normalized column set) and the sha256 of its bytes."""

    series: SeriesId
    path: str
    table: pa.Table
    sha256: str
    skipped: int = 0  # placeholder rows without a driver


def bundled_dir() -> Path:
    """The folder of the snapshot shipped inside the package."""
    return Path(str(resources.files("racewire") / "data" / "history"))


def file_name(series: SeriesId) -> str:
    return f"{SNAPSHOT_STEM[series]}_series.parquet"


def read(series: SeriesId, data: bytes, path: str) -> HistoryFile:
    """Parse and validate one series file; raise SourceError naming the file and column on any defect."""
    try:
        table = pq.read_table(pa.BufferReader(data))
    except Exception as exc:  # pyarrow raises several unrelated types for corrupt bytes
        raise SourceError(path, "", "a parquet file", f"unreadable data ({type(exc).__name__}: {exc})") from None
    names = set(table.column_names)
    for col in REQUIRED:
        if col not in names:
            raise SourceError(path, f'column "{col}"', "a column of that name", "none")
    cols = []
    for col, (accepts, label) in COLUMNS.items():
        if col not in names:
            cols.append(pa.nulls(table.num_rows, pa.float64() if label == "number" else
                                 pa.string() if label == "string" else pa.int64()))
            continue
        arr = table.column(col)
        if not accepts(arr.type) and not pa.types.is_null(arr.type):
            extra = ' (car numbers are text: "07")' if col == "Car" else ""
            raise SourceError(path, f'column "{col}"', label, f"{arr.type}{extra}")
        cols.append(arr)
    out = pa.table(cols, names=list(COLUMNS))
    if out.num_rows == 0:
        raise SourceError(path, "", "at least one result row", "an empty table")
    for col in ("Season", "Race"):
        if out.column(col).null_count:
            raise SourceError(path, f'column "{col}"', "a value in every row",
                              f"{out.column(col).null_count} empty")
    # Placeholder rows for races not yet run (seen: cup 2026 race 1, every other column empty) carry no result.
    has_driver = pc.is_valid(out.column("Driver"))
    skipped = out.num_rows - pc.sum(has_driver).as_py()
    out = out.filter(has_driver)
    return HistoryFile(series, path, out, hashlib.sha256(data).hexdigest(), skipped)


def read_dir(folder: str | Path) -> list[HistoryFile]:
    """Read and validate the three series files of a folder (every file must be there)."""
    folder = Path(folder)
    out = []
    for series in SERIES:
        p = folder / file_name(series)
        if not p.is_file():
            raise SourceError(p, "", f"the {series} history file {file_name(series)}", "no such file")
        out.append(read(series, p.read_bytes(), str(p)))
    return out


def read_bundled() -> list[HistoryFile]:
    """The offline snapshot shipped inside the package."""
    return read_dir(bundled_dir())


__all__ = ["HistoryFile", "HISTORY_URL", "CREDIT", "read", "read_dir", "read_bundled", "file_name", "bundled_dir"]
