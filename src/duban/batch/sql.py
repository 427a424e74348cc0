"""`duban sql`: DuckDB over a batch output (Parquet) or over the SQLite store.

A batch output's tables are registered as pyarrow datasets with their fixed schemas, so
DuckDB scans the Parquet files lazily (projection and filters pushed down) and a table
with no rows still has its columns. The SQLite store is read through Python's ``sqlite3``
into Arrow tables: DuckDB's own ``sqlite`` extension would have to be downloaded on first
use, which a machine without internet cannot do. Only the tables a query names are loaded.
"""

from __future__ import annotations

import datetime as dt
import decimal
import re
import sqlite3
import uuid
from pathlib import Path
from typing import Any

from duban.batch.output import BatchError
from duban.batch.schema import TABLES

_SQLITE_TYPES = {"INTEGER": "int64", "REAL": "float64", "TEXT": "string", "BLOB": "binary"}


def connect_parquet(output: str | Path):  # -> duckdb.DuckDBPyConnection
    """A DuckDB connection with the tables of the batch output ``output`` as views."""
    import duckdb

    from duban.batch.schema import dataset

    out = Path(output)
    if not out.is_dir():
        raise BatchError(f"{out}: no batch output there (run `duban batch INPUT {out}` first)")
    if not any((out / name).is_dir() for name in TABLES):
        raise BatchError(f"{out}: not a batch output (no {', '.join(TABLES)} folders)")
    con = duckdb.connect()
    for name in TABLES:
        con.register(name, dataset(out, name))
    return con


def connect_sqlite(path: str | Path, sql: str = ""):  # -> duckdb.DuckDBPyConnection
    """A DuckDB connection holding the tables and views of the SQLite store ``path`` that
    ``sql`` names (all of them when ``sql`` is empty), copied through Arrow."""
    import duckdb

    p = Path(path)
    if not p.is_file():
        raise BatchError(f"no database at {str(p)!r}; run `duban ingest PATH...` first")
    src = sqlite3.connect(f"file:{p}?mode=ro", uri=True)
    try:
        names = [r[0] for r in src.execute(
            "SELECT name FROM sqlite_master WHERE type IN ('table', 'view') AND name NOT LIKE 'sqlite_%'")]
        words = {w.lower() for w in re.findall(r"\w+", sql)} if sql else None
        con = duckdb.connect()
        for name in names:
            if words is None or name.lower() in words:
                con.register(name, _sqlite_table(src, name))
    finally:
        src.close()
    return con


def _sqlite_table(src: sqlite3.Connection, name: str):  # -> pyarrow.Table
    """The whole table, each column typed by its declared SQLite type (text if its values
    do not fit: SQLite lets a column hold anything)."""
    import pyarrow as pa

    info = src.execute(f'PRAGMA table_info("{name}")').fetchall()
    rows = src.execute(f'SELECT * FROM "{name}"').fetchall()
    columns = list(zip(*rows, strict=True)) if rows else [()] * len(info)
    arrays = {}
    for (_, column, decl, *_), values in zip(info, columns, strict=True):
        kind = _SQLITE_TYPES.get((decl or "").split("(")[0].strip().upper(), "string")
        try:
            arrays[column] = pa.array(values, type=getattr(pa, kind)())
        except (pa.ArrowInvalid, pa.ArrowTypeError, OverflowError):
            arrays[column] = pa.array([None if v is None else str(v) for v in values], type=pa.string())
    return pa.table(arrays)


def query(sql: str, *, parquet: str | Path | None = None, db: str | Path | None = None,
          ) -> tuple[list[str], list[dict[str, Any]]]:
    """Run ``sql`` over a batch output or a SQLite store: ``(columns, rows as dicts)``."""
    import duckdb

    if (parquet is None) == (db is None):
        raise BatchError("give one of --parquet DIR or --db FILE")
    con = connect_parquet(parquet) if parquet is not None else connect_sqlite(db, sql)
    try:
        cursor = con.execute(sql)
    except duckdb.Error as exc:
        raise BatchError(f"SQL: {str(exc).strip().splitlines()[0]}") from None
    if cursor.description is None:
        return [], []
    columns = _unique([d[0] for d in cursor.description])
    return columns, [dict(zip(columns, map(plain, row), strict=True)) for row in cursor.fetchall()]


def _unique(names: list[str]) -> list[str]:
    seen: dict[str, int] = {}
    out = []
    for n in names:
        seen[n] = seen.get(n, 0) + 1
        out.append(n if seen[n] == 1 else f"{n}_{seen[n]}")
    return out


def plain(value: Any) -> Any:
    """A DuckDB value as JSON can hold it (exact integers stay integers)."""
    if isinstance(value, decimal.Decimal):
        return int(value) if value == value.to_integral_value() else float(value)
    if isinstance(value, float) and value.is_integer() and abs(value) < 2**53:
        return int(value)
    if isinstance(value, (dt.date, dt.datetime, dt.time)):
        return value.isoformat()
    if isinstance(value, dt.timedelta):
        return str(value)
    if isinstance(value, (bytes, bytearray, memoryview)):
        return bytes(value).hex()
    if isinstance(value, uuid.UUID):
        return str(value)
    if isinstance(value, (list, tuple)):
        return [plain(v) for v in value]
    if isinstance(value, dict):
        return {str(k): plain(v) for k, v in value.items()}
    return value
