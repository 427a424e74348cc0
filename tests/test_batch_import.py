"""`duban batch` then `duban import` gives the store `duban ingest` gives: table by table, and in
everything read from it (search, commitments, tracking), on the seeds and the series."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from duban.batch import run_batch
from duban.batch.importer import import_batch
from duban.link.track import track_org
from duban.store import Database

from helpers import SEEDS, SERIES

# What differs by nature between two stores of the same reports: row ids (replaced by what they
# point at), the time of ingest, and the folder a source was read from.
VOLATILE = {"id", "ingested_at"}


@pytest.fixture(scope="module")
def stores(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    tmp = tmp_path_factory.mktemp("import")
    reports = tmp / "reports"
    reports.mkdir()
    for path in sorted(SEEDS.glob("*.txt")) + sorted(SERIES.glob("*.txt")):
        shutil.copy(path, reports / path.name)
    ingested, imported = tmp / "ingested.db", tmp / "imported.db"
    with Database(ingested) as db:
        assert db.ingest([reports]).ok
    run_batch(reports, tmp / "out", processes=1)
    with Database(imported) as db:
        report = import_batch(db, tmp / "out")
        assert report.counts()["ingested"] == 13
    return ingested, imported


def _tables(conn: sqlite3.Connection) -> list[str]:
    """The tables to compare row by row. A full-text index's own storage (a virtual table and
    its shadow tables) depends on the order rows went in: the searches below compare it."""
    virtual = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE sql LIKE 'CREATE VIRTUAL TABLE%'")]
    return [name for (name,) in conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
        if not any(name == v or name.startswith(v + "_") for v in virtual)]


def dump(path: Path) -> dict[str, list[tuple]]:
    """Every table's rows, with row ids replaced by what they stand for (a document's content
    hash, a section's document and position) and sources by their file name; sorted."""
    conn = sqlite3.connect(path)
    doc_hash = dict(conn.execute("SELECT id, content_hash FROM documents"))
    section = {r[0]: (doc_hash[r[1]], r[2]) for r in conn.execute("SELECT id, doc_id, ord FROM sections")}
    out = {}
    for table in _tables(conn):
        cols = [r[1] for r in conn.execute(f'PRAGMA table_info("{table}")')]
        rows = []
        for row in conn.execute(f'SELECT * FROM "{table}"'):
            rec = []
            for col, value in zip(cols, row):
                if col in VOLATILE:
                    continue
                if col in ("doc_id", "supersedes") and value is not None:
                    value = doc_hash[value]
                elif col == "parent_id" and table == "sections" and value is not None:
                    value = section[value]
                elif col == "source":
                    value = Path(value).name
                rec.append((col, value))
            rows.append(tuple(rec))
        out[table] = sorted(rows, key=repr)
    conn.close()
    return out


def test_every_table_of_the_imported_store_equals_the_ingested_one(stores):
    ingested, imported = (dump(p) for p in stores)
    assert ingested.keys() == imported.keys()
    for table in ("documents", "facts", "sections", "parts", "metadata", "chrome", "commitments", "warnings"):
        assert ingested[table], f"{table} is empty: the comparison would prove nothing"
    for table in ingested:
        assert imported[table] == ingested[table], table


@pytest.mark.parametrize("query", ["高标准农田", "乡村振兴", "亿元", "就业", "养老"])
def test_search_finds_the_same_documents(stores, query):
    def hits(path: Path) -> list[tuple]:
        with Database(path) as db:
            result = db.search(query, limit=50)
        # (sorted: documents that rank alike come in the order of their ids, which differ)
        return sorted(repr((r["doc_key"], r["hits"], r["snippets"])) for r in result["rows"]) + [result["total"]]

    found = hits(stores[0])
    assert found[-1] > 0
    assert hits(stores[1]) == found


def test_commitments_and_tracking_are_the_same(stores):
    def tracked(path: Path) -> tuple[list, list]:
        with Database(path) as db:
            commitments = [(d["doc_key"], row) for d in sorted(db.documents(), key=lambda d: d["doc_key"])
                           for row in db.commitments(d["id"])]
            items = []
            for org in ("河北省", "保定市", "清苑", "国务院"):
                report = track_org(db, org)
                items += [item.as_dict() | {"plan_source": Path(item.plan_source).name,
                                            "review_source": Path(item.review_source).name}
                          for item in report.items]
        return [(key, {k: v for k, v in c.items() if k != "doc_id"}) for key, c in commitments], items

    commitments, items = tracked(stores[0])
    assert commitments and items
    statuses = {i["status"] for i in items}
    assert statuses - {"not_reported"}, "every commitment not_reported: tracking saw nothing"
    assert tracked(stores[1]) == (commitments, items)
