"""What the store's queries share: the columns of a documents row, the latest-version condition,
the makers of document and fact rows, and the shape of a store the query modules read.

`duban.store.database` writes and reads the store; `duban.store.search`, `duban.store.compare`
and the web's queries read it through these names and the `Store` surface, so none of them
imports `duban.store.database` (which calls them).
"""

from __future__ import annotations

import json
import sqlite3
from typing import Any, Protocol


class Store(Protocol):
    """The part of `duban.store.Database` the query modules use."""

    conn: sqlite3.Connection

    def resolve(self, ref: int | str) -> int: ...

    def document(self, ref: int | str) -> dict[str, Any]: ...

    def facts(self, *, doc: int | str | None = None) -> list[dict[str, Any]]: ...


# Columns of a `documents()` row: everything but the (large) texts, plus counts.
DOC_COLUMNS = """
    d.id, d.doc_key, d.source, d.version, d.supersedes, d.format, d.encoding, d.content_hash,
    d.script, d.title, d.org_name, d.org_level, d.county, d.prefecture, d.province,
    d.division_code, d.place_confidence, d.place_candidates,
    d.review_period, d.plan_period, d.doc_type, d.published, d.chars, d.body_chars, d.ingested_at,
    (SELECT count(*) FROM parts p WHERE p.doc_id = d.id) AS part_count,
    (SELECT count(*) FROM sections s WHERE s.doc_id = d.id) AS section_count,
    (SELECT count(*) FROM facts f WHERE f.doc_id = d.id) AS fact_count,
    (SELECT count(*) FROM warnings w WHERE w.doc_id = d.id) AS warning_count
"""
# The condition that keeps only the newest version of each document (alias ``d``).
LATEST_ONLY = "d.id NOT IN (SELECT supersedes FROM documents WHERE supersedes IS NOT NULL)"

# A county filter as people type it: 松阳 or 松阳县 names the county a document's organisation lies
# in, or the organisation itself when it is a county-level government (松阳县人民政府's own report).
# Prefixes, not LIKE, so that a name holding % or _ means itself.
COUNTY_MATCH = ("(substr(d.county, 1, length(?)) = ?"
                " OR (d.org_level IN ('县', '区', '市', '旗') AND substr(d.org_name, 1, length(?)) = ?))")


def county_params(county: str) -> list[str]:
    """The four parameters of :data:`COUNTY_MATCH` for a county name as typed."""
    name = county.strip()
    return [name] * 4


# -- a document's texts ------------------------------------------------------------------
# A text longer than `PIECES_OVER` characters is stored in numbered pieces of `PIECE_CHARS`
# characters in rows of their own (``document_text``, schema step 10), not in its documents row:
# SQLite builds a row whole while it inserts it, a copy of every text in it. Its documents row
# then holds ``original = ''`` (with ``chars > 0``) or ``norm IS NULL`` (with ``body_chars > 0``).
# Every reader gets the texts through `texts` or `text_range`, or in SQL through `text_sql`.
PIECES_OVER = 1 << 20
PIECE_CHARS = 1 << 19  # a piece: 512 Ki characters (1.5 MiB of UTF-8 at most for Chinese)
TEXT_FIELDS = ("original", "norm")


def in_pieces(field: str, value: str | None, length: int) -> bool:
    """Whether ``field`` of a documents row (its stored ``value`` and its length in characters,
    ``chars`` or ``body_chars``) is stored in pieces."""
    return length > 0 and (value == "" if field == "original" else value is None)


def text_sql(field: str, alias: str = "d") -> str:
    """A SQL expression for the whole ``field`` of the documents row ``alias``, its pieces joined
    when it is stored in pieces (NULL for a norm that was not made)."""
    pieces = (f"(SELECT group_concat(p.text, '') FROM (SELECT text FROM document_text p"
              f" WHERE p.doc_id = {alias}.id AND p.field = '{field}' ORDER BY p.seq) p)")
    if field == "norm":
        return f"coalesce({alias}.norm, {pieces})"
    return f"CASE WHEN {alias}.original = '' AND {alias}.chars > 0 THEN {pieces} ELSE {alias}.original END"


def _joined(conn: sqlite3.Connection, doc_id: int, field: str) -> str:
    return "".join(r[0] for r in conn.execute(
        "SELECT text FROM document_text WHERE doc_id = ? AND field = ? ORDER BY seq", (doc_id, field)))


def stored_texts(conn: sqlite3.Connection, doc_id: int, original: str, norm: str | None, chars: int,
                 body_chars: int) -> tuple[str, str | None]:
    """``(original, norm)`` of a documents row already read (its ``original``, ``norm``, ``chars``
    and ``body_chars``): the texts stored in pieces are joined."""
    if in_pieces("original", original, chars):
        original = _joined(conn, doc_id, "original")
    if in_pieces("norm", norm, body_chars):
        norm = _joined(conn, doc_id, "norm")
    return original, norm


def texts(conn: sqlite3.Connection, doc_id: int) -> tuple[str, str | None]:
    """``(original, norm)`` of document ``doc_id`` as they were given to the store (``norm`` is None
    when the document has no normalised view), wherever they are stored."""
    row = conn.execute("SELECT original, norm, chars, body_chars FROM documents WHERE id = ?", (doc_id,)).fetchone()
    if row is None:
        raise KeyError(doc_id)
    return stored_texts(conn, doc_id, *row)


def text_range(conn: sqlite3.Connection, doc_id: int, field: str, start: int, end: int) -> str:
    """``field[start:end]`` of document ``doc_id`` (``field`` is ``original`` or ``norm``): for a
    text stored in pieces, only the pieces the range touches are read."""
    if field not in TEXT_FIELDS:
        raise ValueError(f"no text {field!r}; one of {', '.join(TEXT_FIELDS)}")
    row = conn.execute(f"SELECT {field} IS NULL OR {field} = '', {'chars' if field == 'original' else 'body_chars'}"
                       " FROM documents WHERE id = ?", (doc_id,)).fetchone()
    if row is None:
        raise KeyError(doc_id)
    if not (row[0] and row[1] > 0):  # in its row: SQLite cuts the range
        start, end = max(0, start), max(0, end)
        if end <= start:
            return ""
        value = conn.execute(f"SELECT substr({field}, ?, ?) FROM documents WHERE id = ?",
                             (start + 1, end - start, doc_id)).fetchone()[0]
        return value or ""
    start, end = max(0, start), min(end, row[1])
    if end <= start:
        return ""
    pieces = conn.execute(
        'SELECT start, text FROM document_text WHERE doc_id = ? AND field = ? AND start < ? AND "end" > ?'
        " ORDER BY seq", (doc_id, field, end, start)).fetchall()
    if not pieces:
        return ""
    first = pieces[0][0]
    return "".join(t for _, t in pieces)[start - first : end - first]


def doc_row(row: sqlite3.Row) -> dict[str, Any]:
    """A documents row as a dict, the place candidates decoded from their JSON."""
    d = dict(row)
    d["place_candidates"] = json.loads(d.get("place_candidates") or "[]")
    return d


def like_escape(text: str) -> str:
    """``text`` for ``LIKE … ESCAPE '\\'``: its ``%`` and ``_`` match only themselves."""
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def fact_row(r: sqlite3.Row) -> dict[str, Any]:
    """A facts row as a dict, as `Database.facts` gives it."""
    row = dict(r)
    value = row["value"]
    if value is not None and float(value).is_integer():
        row["value"] = int(value)  # 11516300, not 11516300.0, as in Fact.as_dict
    row["domain_cues"] = json.loads(row["domain_cues"])
    return row


__all__ = ["DOC_COLUMNS", "LATEST_ONLY", "PIECES_OVER", "PIECE_CHARS", "Store", "doc_row", "fact_row", "in_pieces",
           "like_escape", "stored_texts", "text_range", "text_sql", "texts"]
