"""Loading the results history into the store: atomic (one transaction) and idempotent (by content hash)."""

from __future__ import annotations

from datetime import datetime, timezone
from pathlib import PurePath
from typing import Any

import duckdb
import pyarrow as pa

from ..errors import StoreError
from ..model import SERIES, series_full_name, slug
from ..sources.history import HistoryFile

_SERIES_NAMES = {s: series_full_name(s, 2026) for s in SERIES}


def current_hashes(store: Any) -> dict[str, str]:
    """file name -> sha256 of the snapshot files the store holds now."""
    return dict(store.all("SELECT name, sha256 FROM sources"))


def driver_ids(names: list[str]) -> dict[str, str]:
    """Give each distinct driver name a stable slug id; a second name with the same slug gets a suffix."""
    ids: dict[str, str] = {}
    taken: set[str] = set()
    for name in sorted(names):
        base = slug(name)
        cand, n = base, 2
        while cand in taken:
            cand, n = f"{base}-{n}", n + 1
        taken.add(cand)
        ids[name] = cand
    return ids


def load_history(store: Any, files: list[HistoryFile], *, origin: str, progress: Any = None) -> bool:
    """Replace the history with ``files`` in one transaction. Returns False when nothing changed.

    ``progress`` (optional) is called as progress(step_name, done, total).
    """
    names = {PurePath(f.path).name: f for f in files}
    if current_hashes(store) == {n: f.sha256 for n, f in names.items()}:
        return False
    if getattr(store, "kind", "duckdb") == "postgresql":
        return _load_postgresql(store, files, origin=origin, progress=progress)
    raw = pa.concat_tables([
        f.table.append_column("series", pa.array([f.series] * f.table.num_rows, pa.string())) for f in files
    ])
    drivers = driver_ids([d for d in set(raw.column("Driver").to_pylist()) if d is not None])
    dmap = pa.table({"name": list(drivers), "id": list(drivers.values())})
    steps = ["series", "tracks", "races", "drivers", "teams", "results", "sources"]
    con: duckdb.DuckDBPyConnection = store.con
    con.register("raw", raw)
    con.register("dmap", dmap)
    try:
        con.execute("BEGIN TRANSACTION")
        for table in ("results", "races", "tracks", "drivers", "teams", "series", "sources"):
            con.execute(f"DELETE FROM {table}")
        for i, step in enumerate(steps):
            if progress:
                progress(step, i, len(steps))
            _STEP_SQL[step](con, names, origin)
        con.execute("COMMIT")
    except Exception as exc:
        con.execute("ROLLBACK")
        raise StoreError(f"loading the history into {store.path} failed, nothing changed: {exc}") from None
    finally:
        con.unregister("raw")
        con.unregister("dmap")
    if progress:
        progress("done", len(steps), len(steps))
    return True


#: the history's tables, in load order
HISTORY_TABLES = ("series", "tracks", "races", "drivers", "teams", "results", "sources")


def _load_postgresql(store: Any, files: list[HistoryFile], *, origin: str, progress: Any = None) -> bool:
    """PostgreSQL: build the normalized tables in a throwaway in-memory DuckDB with the very same steps,
    then COPY them in, replacing the old rows in one transaction (ids and values identical to DuckDB's)."""
    from .db import Store
    from .pg import copy_tables

    with Store(":memory:", init=False) as staging:
        load_history(staging, files, origin=origin, progress=progress)
        if progress:
            progress("copy to PostgreSQL", 0, 1)
        tables = [(t, (data := staging.arrow(f"SELECT * FROM {t}")).column_names, data) for t in HISTORY_TABLES]
    copy_tables(store.con, tables)
    if progress:
        progress("copy to PostgreSQL", 1, 1)
    return True


def _series(con: Any, names: Any, origin: str) -> None:
    con.executemany("INSERT INTO series VALUES (?, ?)", list(_SERIES_NAMES.items()))


def _tracks(con: Any, names: Any, origin: str) -> None:
    con.execute("""
        INSERT INTO tracks
        SELECT row_number() OVER (ORDER BY Track, Length, Surface), Track, Length, Surface
        FROM (SELECT DISTINCT Track, Length, Surface FROM race_rows)""")


def _races(con: Any, names: Any, origin: str) -> None:
    con.execute("""
        INSERT INTO races
        SELECT row_number() OVER (ORDER BY r.series, r.Season, r.Race), r.series, r.Season, r.Race, t.id, r.Name
        FROM race_rows r JOIN tracks t
          ON t.name IS NOT DISTINCT FROM r.Track AND t.length IS NOT DISTINCT FROM r.Length
         AND t.surface IS NOT DISTINCT FROM r.Surface""")


def _drivers(con: Any, names: Any, origin: str) -> None:
    con.execute("INSERT INTO drivers SELECT id, name FROM dmap")


def _teams(con: Any, names: Any, origin: str) -> None:
    con.execute("""
        INSERT INTO teams SELECT row_number() OVER (ORDER BY Team), Team
        FROM (SELECT DISTINCT Team FROM raw WHERE Team IS NOT NULL)""")


def _results(con: Any, names: Any, origin: str) -> None:
    con.execute("""
        INSERT INTO results  -- a start of 0 (seen in 1980s Busch rows) means "not recorded"
        SELECT ra.id, d.id, r.Car, r.Make, t.id, CASE WHEN r.Start > 0 THEN r.Start END, r.Finish, r.Laps, r.Led, r.Status, r.Pts,
               r.S1, r.S2, r."Seg Points", r.Rating, coalesce(r.Win, 0) = 1
        FROM raw r
        JOIN races ra ON ra.series = r.series AND ra.season = r.Season AND ra.round = r.Race
        JOIN dmap d ON d.name = r.Driver
        LEFT JOIN teams t ON t.name = r.Team""")


def _sources(con: Any, names: dict[str, HistoryFile], origin: str) -> None:
    now = datetime.now(timezone.utc).replace(tzinfo=None)
    con.executemany("INSERT INTO sources VALUES (?, ?, ?, ?, ?)",
                    [(n, f.sha256, origin, f.table.num_rows, now) for n, f in names.items()])


def _race_rows_view(con: Any) -> None:
    # one row per race: the track and name of its first result row (they are constant within a race)
    con.execute("""
        CREATE OR REPLACE TEMP VIEW race_rows AS
        SELECT series, Season, Race, first(Track ORDER BY Finish) AS Track, first(Length ORDER BY Finish) AS Length,
               first(Surface ORDER BY Finish) AS Surface, first(Name ORDER BY Finish) AS Name
        FROM raw GROUP BY series, Season, Race""")


def _with_view(fn: Any) -> Any:
    def step(con: Any, names: Any, origin: str) -> None:
        _race_rows_view(con)
        fn(con, names, origin)
    return step


_STEP_SQL = {
    "series": _series, "tracks": _with_view(_tracks), "races": _with_view(_races), "drivers": _drivers,
    "teams": _teams, "results": _results, "sources": _sources,
}
