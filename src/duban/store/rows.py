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


__all__ = ["DOC_COLUMNS", "LATEST_ONLY", "Store", "doc_row", "fact_row", "like_escape"]
