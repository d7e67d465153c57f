"""Opening the store, versioned migrations, and first-use initialisation from the bundled snapshot."""

from __future__ import annotations

import os
from importlib import resources
from pathlib import Path
from typing import Any

import duckdb

from ..errors import StoreError

SCHEMA_VERSION_TABLE = "schema_version"


def default_path() -> Path:
    """``$RACEWIRE_DB`` if set, else ``racewire.duckdb`` in the user's data directory."""
    env = os.environ.get("RACEWIRE_DB")
    if env:
        return Path(env).expanduser()
    from platformdirs import user_data_dir

    return Path(user_data_dir("racewire", appauthor=False)) / "racewire.duckdb"


def migrations() -> list[tuple[int, str, str]]:
    """(version, name, sql) of every migration shipped, in order."""
    folder = resources.files("racewire.store") / "migrations"
    out = []
    for entry in sorted(folder.iterdir(), key=lambda e: e.name):
        if entry.name.endswith(".sql"):
            out.append((int(entry.name.split("_", 1)[0]), entry.name, entry.read_text()))
    return out


class Store:
    """A connection to the racewire database, migrated to the current schema and filled on first use.

    Args:
        path: DuckDB file; ``None`` for the default (see ``default_path``); ``":memory:"`` for a throwaway.
        init: load the bundled history snapshot when the store has no results yet.
    """

    def __init__(self, path: str | Path | None = None, *, init: bool = True, progress: Any = None) -> None:
        self.path = str(default_path() if path is None else path)
        if self.path != ":memory:":
            Path(self.path).parent.mkdir(parents=True, exist_ok=True)
        try:
            self.con = duckdb.connect(self.path)
        except duckdb.IOException as exc:
            raise StoreError(f"cannot open the database {self.path}: {exc}") from None
        except duckdb.Error as exc:
            raise StoreError(f"{self.path} is not a racewire database ({exc})") from None
        self.migrate()
        if init and self.is_empty():
            from .load import load_history
            from ..sources.history import bundled_dir, read_bundled

            load_history(self, read_bundled(), origin=str(bundled_dir()), progress=progress)

    # -- schema ---------------------------------------------------------------------------------
    def schema_version(self) -> int:
        self.con.execute(f"CREATE TABLE IF NOT EXISTS {SCHEMA_VERSION_TABLE} (version INTEGER NOT NULL)")
        row = self.one(f"SELECT max(version) FROM {SCHEMA_VERSION_TABLE}")
        return int(row[0]) if row and row[0] is not None else 0

    def migrate(self) -> None:
        """Apply every migration newer than the database, each in its own transaction."""
        current = self.schema_version()
        known = migrations()
        newest = known[-1][0] if known else 0
        if current > newest:
            raise StoreError(f"{self.path} has schema version {current}; this racewire knows up to {newest}: "
                             "upgrade racewire")
        for version, name, sql in known:
            if version <= current:
                continue
            try:
                self.con.execute("BEGIN TRANSACTION")
                self.con.execute(sql)
                self.con.execute(f"INSERT INTO {SCHEMA_VERSION_TABLE} VALUES (?)", [version])
                self.con.execute("COMMIT")
            except duckdb.Error as exc:
                self.con.execute("ROLLBACK")
                raise StoreError(f"migration {name} failed on {self.path}: {exc}") from None

    def is_empty(self) -> bool:
        return self.one("SELECT count(*) FROM races")[0] == 0

    # -- queries --------------------------------------------------------------------------------
    def all(self, sql: str, params: list[Any] | tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
        return self.con.execute(sql, params).fetchall()

    def one(self, sql: str, params: list[Any] | tuple[Any, ...] = ()) -> tuple[Any, ...]:
        rows = self.con.execute(sql, params).fetchall()  # fetch to the end: DuckDB 2 keeps a half-read result open
        return rows[0] if rows else ()

    def arrow(self, sql: str, params: list[Any] | tuple[Any, ...] = ()) -> Any:
        return self.con.sql(sql, params=list(params)).to_arrow_table()

    def close(self) -> None:
        self.con.close()

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
