"""The PostgreSQL side of the store (psycopg 3): connect, run the shared SQL, bulk-load with COPY.

The queries are written once, for DuckDB, with ``?`` placeholders; ``placeholders`` turns them into psycopg's
``%s`` (and doubles a literal ``%``). Migrations are plain SQL that both databases read; ``translate_ddl``
maps the few DuckDB-only type names a migration might use.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from ..errors import StoreError


def connect(url: str) -> Any:
    """An autocommit connection (transactions are explicit: ``Store.transaction``); StoreError if refused."""
    import psycopg

    try:
        return psycopg.connect(url, autocommit=True, connect_timeout=10)
    except psycopg.Error as exc:
        safe = re.sub(r"://([^:@/]*):[^@/]*@", r"://\1:***@", url)
        reason = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        raise StoreError(f"cannot open the database {safe}: {reason}") from None


@lru_cache(maxsize=512)
def placeholders(sql: str) -> str:
    """``?`` outside quotes -> ``%s``; every ``%`` -> ``%%`` (psycopg reads the query as a format string)."""
    out = []
    quote: str | None = None
    for ch in sql:
        if quote:
            if ch == quote:
                quote = None
        elif ch in ("'", '"'):
            quote = ch
        elif ch == "?":
            out.append("%s")
            continue
        out.append("%%" if ch == "%" else ch)
    return "".join(out)


def _run(cur: Any, sql: str, params: Any) -> None:
    if params:
        cur.execute(placeholders(sql), list(params))
    else:
        cur.execute(sql)  # no parameters: psycopg leaves the text alone


def fetch_all(con: Any, sql: str, params: Any = ()) -> list[tuple[Any, ...]]:
    with con.cursor() as cur:
        _run(cur, sql, params)
        return cur.fetchall() if cur.description is not None else []


def execute(con: Any, sql: str, params: Any = ()) -> None:
    with con.cursor() as cur:
        _run(cur, sql, params)


def executemany(con: Any, sql: str, rows: list[Any]) -> None:
    with con.cursor() as cur:
        cur.executemany(placeholders(sql), [list(r) for r in rows])


#: PostgreSQL type OIDs -> Arrow types, for the columns the store has (anything else is inferred)
def _arrow_types() -> dict[int, Any]:
    import pyarrow as pa

    return {16: pa.bool_(), 20: pa.int64(), 21: pa.int64(), 23: pa.int64(), 25: pa.string(),
            1043: pa.string(), 700: pa.float64(), 701: pa.float64(), 1114: pa.timestamp("us")}


def fetch_arrow(con: Any, sql: str, params: Any = ()) -> Any:
    """A query's rows as an Arrow table, typed from the result's column types."""
    import pyarrow as pa

    types = _arrow_types()
    with con.cursor() as cur:
        _run(cur, sql, params)
        desc = cur.description
        rows = cur.fetchall()
    columns = list(zip(*rows)) if rows else [() for _ in desc]
    return pa.table({d.name: pa.array(list(col), type=types.get(d.type_code)) for d, col in zip(desc, columns)})


_DDL = [
    (re.compile(r"\bDOUBLE\b(?!\s+PRECISION)", re.IGNORECASE), "DOUBLE PRECISION"),
    (re.compile(r"\bBLOB\b", re.IGNORECASE), "BYTEA"),
    (re.compile(r"\bHUGEINT\b", re.IGNORECASE), "NUMERIC(38)"),
    (re.compile(r"\bU?TINYINT\b", re.IGNORECASE), "SMALLINT"),
    (re.compile(r"\bCREATE\s+OR\s+REPLACE\s+TABLE\b", re.IGNORECASE), "CREATE TABLE"),
]


def translate_ddl(sql: str) -> str:
    """A migration written for DuckDB, readable by PostgreSQL: the few type names that differ."""
    for pattern, repl in _DDL:
        sql = pattern.sub(repl, sql)
    return sql


def copy_tables(con: Any, tables: list[tuple[str, list[str], Any]]) -> None:
    """Replace the rows of each (table, columns, Arrow table) with COPY, all in one transaction."""
    import psycopg

    try:
        with con.transaction():
            with con.cursor() as cur:
                for name, _cols, _data in reversed(tables):
                    cur.execute(f"DELETE FROM {name}")
                for name, cols, data in tables:
                    with cur.copy(f"COPY {name} ({', '.join(cols)}) FROM STDIN") as copy:
                        for row in zip(*(data.column(c).to_pylist() for c in cols)):
                            copy.write_row(row)
    except psycopg.Error as exc:
        raise StoreError(f"loading into PostgreSQL failed, nothing changed: {exc}") from None
