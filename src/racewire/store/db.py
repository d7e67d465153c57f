"""Opening the store, versioned migrations, and first-use initialisation from the bundled snapshot.

Two backends behind one ``Store``: DuckDB (a file, the default) and PostgreSQL (a ``postgresql://`` URL, for a
shared server). Both run the same migrations and the same queries, written once with ``?`` placeholders; the
PostgreSQL side translates them (``pg.py``).
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterator
from contextlib import contextmanager
from importlib import resources
from pathlib import Path
from typing import Any

import duckdb

from ..errors import StoreError

SCHEMA_VERSION_TABLE = "schema_version"


_URL = re.compile(r"^(postgres(?:ql)?):/+", re.IGNORECASE)


def is_url(target: object) -> bool:
    """True for a PostgreSQL URL (``postgresql://user@host:port/db``), also one squashed by ``Path``."""
    return bool(_URL.match(str(target)))


def _repair_url(target: str) -> str:
    # Path("postgresql://h/db") squashes the double slash (typer's Path options do that to --db); undo it
    return _URL.sub(lambda m: m.group(1) + "://", target, count=1)


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
        path: DuckDB file; ``None`` for the default (see ``default_path``); ``":memory:"`` for a throwaway;
            or a ``postgresql://`` URL for a PostgreSQL database (psycopg 3).
        init: load the bundled history snapshot when the store has no results yet.
    """

    def __init__(self, path: str | Path | None = None, *, init: bool = True, progress: Any = None,
                 read_only: bool = False) -> None:
        if path is None and is_url(os.environ.get("RACEWIRE_DB", "")):
            path = os.environ["RACEWIRE_DB"]
        self.path = str(default_path() if path is None else path)
        #: "duckdb" or "postgresql": the few places that differ (bulk load, Arrow out) branch on it
        self.kind = "postgresql" if is_url(self.path) else "duckdb"
        self.read_only = False
        if self.kind == "postgresql":
            from .pg import connect

            self.path = _repair_url(self.path)
            self.con: Any = connect(self.path)
        else:
            #: a read-only DuckDB store can be open in several processes at once (a server and the CLI);
            #: it is used only when the file is already migrated and filled, else the store opens for writing
            self.read_only = read_only and self._ready_for_reading()
            self.con = self._open_duckdb(self.read_only)
            if self.read_only:
                return
        self.migrate()
        if init and self.is_empty():
            from .load import load_history
            from ..sources.history import bundled_dir, read_bundled

            load_history(self, read_bundled(), origin=str(bundled_dir()), progress=progress)

    def _open_duckdb(self, read_only: bool = False) -> Any:
        if self.path != ":memory:":
            Path(self.path).parent.mkdir(parents=True, exist_ok=True)
        try:
            return duckdb.connect(self.path, read_only=read_only)
        except duckdb.IOException as exc:
            hint = (" (another racewire process has it open: reads can share the file, a write such as sync or "
                    "feeds import needs it alone)") if "lock" in str(exc).lower() else ""
            raise StoreError(f"cannot open the database {self.path}: {exc}{hint}") from None
        except duckdb.Error as exc:
            raise StoreError(f"{self.path} is not a racewire database ({exc})") from None

    def _ready_for_reading(self) -> bool:
        """True when the file exists at the current schema version with races in it (no write needed)."""
        if self.path == ":memory:" or not Path(self.path).is_file():
            return False
        try:
            con = duckdb.connect(self.path, read_only=True)
        except duckdb.Error:
            return False  # locked by a writer, or not a database: the normal open says which
        try:
            tables = {r[0] for r in con.execute("SELECT table_name FROM information_schema.tables").fetchall()}
            if not {SCHEMA_VERSION_TABLE, "races"} <= tables:
                return False
            version = con.execute(f"SELECT max(version) FROM {SCHEMA_VERSION_TABLE}").fetchall()[0][0]
            known = migrations()
            return version == (known[-1][0] if known else 0) and \
                con.execute("SELECT count(*) FROM races").fetchall()[0][0] > 0
        finally:
            con.close()

    @property
    def label(self) -> str:
        """Where the store is, for messages: the file, or the URL without its password."""
        return re.sub(r"://([^:@/]*):[^@/]*@", r"://\1:***@", self.path)

    # -- schema ---------------------------------------------------------------------------------
    def schema_version(self) -> int:
        self.execute(f"CREATE TABLE IF NOT EXISTS {SCHEMA_VERSION_TABLE} (version INTEGER NOT NULL)")
        row = self.one(f"SELECT max(version) FROM {SCHEMA_VERSION_TABLE}")
        return int(row[0]) if row and row[0] is not None else 0

    def migrate(self) -> None:
        """Apply every migration newer than the database, each in its own transaction."""
        current = self.schema_version()
        known = migrations()
        newest = known[-1][0] if known else 0
        if current > newest:
            raise StoreError(f"{self.label} has schema version {current}; this racewire knows up to {newest}: "
                             "upgrade racewire")
        for version, name, sql in known:
            if version <= current:
                continue
            if self.kind == "postgresql":
                from .pg import translate_ddl

                sql = translate_ddl(sql)
            try:
                with self.transaction():
                    self.script(sql)
                    self.execute(f"INSERT INTO {SCHEMA_VERSION_TABLE} VALUES (?)", [version])
            except Exception as exc:
                if not _is_db_error(exc):
                    raise
                raise StoreError(f"migration {name} failed on {self.label}: {exc}") from None

    def is_empty(self) -> bool:
        return self.one("SELECT count(*) FROM races")[0] == 0

    # -- queries: SQL with ? placeholders, the same text on both backends ----------------------------
    def all(self, sql: str, params: list[Any] | tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
        if self.kind == "postgresql":
            from .pg import fetch_all

            return fetch_all(self.con, sql, params)
        return self.con.execute(sql, params).fetchall()

    def one(self, sql: str, params: list[Any] | tuple[Any, ...] = ()) -> tuple[Any, ...]:
        rows = self.all(sql, params)  # fetch to the end: DuckDB 2 keeps a half-read result open
        return rows[0] if rows else ()

    def execute(self, sql: str, params: list[Any] | tuple[Any, ...] = ()) -> None:
        """Run one statement for its effect."""
        if self.kind == "postgresql":
            from .pg import execute

            execute(self.con, sql, params)
        else:
            self.con.execute(sql, params)

    def executemany(self, sql: str, rows: list[Any]) -> None:
        if self.kind == "postgresql":
            from .pg import executemany

            executemany(self.con, sql, rows)
        else:
            self.con.executemany(sql, rows)

    def script(self, sql: str) -> None:
        """Run several statements without parameters (a migration)."""
        if self.kind == "postgresql":
            with self.con.cursor() as cur:
                cur.execute(sql)
        else:
            self.con.execute(sql)

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """All or nothing: commit when the block ends, roll back when it raises."""
        if self.kind == "postgresql":
            with self.con.transaction():
                yield
            return
        self.con.execute("BEGIN TRANSACTION")
        try:
            yield
        except BaseException:
            self.con.execute("ROLLBACK")
            raise
        self.con.execute("COMMIT")

    def arrow(self, sql: str, params: list[Any] | tuple[Any, ...] = ()) -> Any:
        """The rows of a query as an Arrow table (column names from the query)."""
        if self.kind == "postgresql":
            from .pg import fetch_arrow

            return fetch_arrow(self.con, sql, params)
        return self.con.sql(sql, params=list(params)).to_arrow_table()

    def close(self) -> None:
        self.con.close()

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _is_db_error(exc: Exception) -> bool:
    if isinstance(exc, duckdb.Error):
        return True
    mod = type(exc).__module__
    return mod.startswith("psycopg")
