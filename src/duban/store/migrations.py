"""Numbered schema steps and the code that brings a database up to the newest one.

The steps live in ``schema.sql`` (one ``-- step N: what`` block each), so the file reads
as the whole current schema while each block stays one migration. ``PRAGMA user_version``
records the last step applied: any SQLite tool can read it, and no extra table is needed.
"""

from __future__ import annotations

import re
import sqlite3
from dataclasses import dataclass
from functools import cache
from importlib.resources import files

_STEP_HEADER = re.compile(r"^-- step (\d+):\s*(.*)$", re.MULTILINE)


@dataclass(frozen=True, slots=True)
class Step:
    number: int
    title: str
    statements: tuple[str, ...]


def _split_statements(sql: str) -> tuple[str, ...]:
    # Split on complete statements rather than on ';' so a trigger body or a ';' inside a
    # string literal cannot cut a statement in two.
    statements, current = [], ""
    for line in sql.splitlines(keepends=True):
        if not current and (not line.strip() or line.lstrip().startswith("--")):
            continue
        current += line
        if sqlite3.complete_statement(current):
            statements.append(current.strip())
            current = ""
    if current.strip():
        raise ValueError(f"incomplete SQL statement in schema.sql: {current.strip()[:80]!r}")
    return tuple(statements)


def parse_steps(text: str) -> list[Step]:
    headers = list(_STEP_HEADER.finditer(text))
    steps = []
    for i, header in enumerate(headers):
        body_end = headers[i + 1].start() if i + 1 < len(headers) else len(text)
        steps.append(Step(int(header[1]), header[2].strip(), _split_statements(text[header.end() : body_end])))
    numbers = [s.number for s in steps]
    if numbers != list(range(1, len(steps) + 1)):
        raise ValueError(f"schema.sql steps must be numbered 1, 2, 3 … in order; found {numbers}")
    return steps


@cache
def steps() -> list[Step]:
    return parse_steps(files("duban.store").joinpath("schema.sql").read_text(encoding="utf-8"))


_CREATE_INDEX = re.compile(r"CREATE\s+(?:UNIQUE\s+)?INDEX\s+(?:IF\s+NOT\s+EXISTS\s+)?(\w+)\s+ON\s+(\w+)", re.I)
_DROP_INDEX = re.compile(r"DROP\s+INDEX\s+(?:IF\s+EXISTS\s+)?(\w+)", re.I)
_DROP_TABLE = re.compile(r"DROP\s+TABLE\s+(?:IF\s+EXISTS\s+)?(\w+)", re.I)


@cache
def indexes() -> dict[str, tuple[str, str]]:
    """The indexes a database has once every step has run: name → (table, its CREATE INDEX)."""
    out: dict[str, tuple[str, str]] = {}
    for step in steps():
        for statement in step.statements:
            if m := _CREATE_INDEX.match(statement):
                out[m[1]] = (m[2], statement)
            elif m := _DROP_INDEX.match(statement):
                out.pop(m[1], None)
            elif m := _DROP_TABLE.match(statement):
                out = {name: row for name, row in out.items() if row[0] != m[1]}
    return out


def current_version() -> int:
    return len(steps())


def schema_version(conn: sqlite3.Connection) -> int:
    return conn.execute("PRAGMA user_version").fetchone()[0]


def migrate(conn: sqlite3.Connection, *, target: int | None = None) -> int:
    """Apply the steps after the database's version up to ``target`` (default: all).

    All missing steps run in one transaction with the version bump, so a failure leaves
    the database exactly as it was. ``conn`` must be in autocommit mode
    (``isolation_level=None``) so that the explicit BEGIN here is the only transaction.
    Returns the version the database is at afterwards.
    """
    target = current_version() if target is None else target
    from duban.store.grams import register

    register(conn)  # the search index's SQL functions, which steps and triggers call
    # BEGIN IMMEDIATE takes the write lock before reading the version, so two processes
    # opening a new database at once cannot both apply step 1.
    conn.execute("BEGIN IMMEDIATE")
    try:
        version = schema_version(conn)
        if version > current_version():
            raise RuntimeError(
                f"the database is at schema version {version}, newer than this duban's "
                f"{current_version()}: upgrade duban"
            )
        for step in steps()[version:target]:
            for statement in step.statements:
                conn.execute(statement)
            version = step.number
        conn.execute(f"PRAGMA user_version = {int(version)}")
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    conn.execute("COMMIT")
    return version
