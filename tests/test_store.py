"""The SQLite store: schema and migrations, ingest, queries, and reading the file elsewhere."""

from __future__ import annotations

import dataclasses
import hashlib
import importlib.util
import re
import sqlite3
from pathlib import Path

import pytest
from store_fakes import SAMPLE_TEXT, fake_iter_read, sample_document, use_fakes

from duban.document import Document
from duban.errors import DubanError
from duban.store import Database, current_version
from duban.store import database as store_database
from duban.store.migrations import indexes, migrate, parse_steps, schema_version, steps

SEEDS = Path(__file__).resolve().parents[1] / "samples" / "seeds"


@pytest.fixture
def fake_pipeline(monkeypatch: pytest.MonkeyPatch) -> None:
    use_fakes(monkeypatch)


@pytest.fixture
def fresh_db(tmp_path: Path) -> Database:
    db = Database(tmp_path / "duban.db")
    yield db
    db.close()


@pytest.fixture
def sample_db(fresh_db: Database) -> Database:
    assert fresh_db.ingest_document(sample_document()) == ("ingested", 1)
    return fresh_db


def rows(db: Database, sql: str, *params: object) -> list[dict]:
    return [dict(r) for r in db.conn.execute(sql, params)]


def assert_grounded(db: Database) -> None:
    """Every stored fact's offsets cut its text out of the document's original."""
    for f in rows(db, "SELECT d.original, f.text, f.start, f.end FROM facts f JOIN documents d ON d.id = f.doc_id"):
        assert f["original"][f["start"] : f["end"]] == f["text"]


def write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


# -- schema and migrations ---------------------------------------------------------------
def test_fresh_db_is_at_the_current_version_in_wal_mode_with_foreign_keys(fresh_db):
    assert schema_version(fresh_db.conn) == current_version() == len(steps()) >= 2
    assert fresh_db.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert fresh_db.conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    # The core tables; later steps add others (the search index), each of which docs/schema.md
    # must describe (test_every_table_and_column_is_documented).
    assert {"chrome", "commitments", "documents", "facts", "latest_documents", "metadata", "parts", "sections",
            "warnings"} <= set(fresh_db.table_names())


def test_facts_are_indexed_for_the_usual_filters(fresh_db):
    indexed = {r["name"]: [c["name"] for c in rows(fresh_db, f"PRAGMA index_info('{r['name']}')")]
               for r in rows(fresh_db, "PRAGMA index_list('facts')")}
    assert sorted(indexed.values()) == [["doc_id"], ["domain"], ["indicator"], ["kind"], ["unit"], ["year"]]


def index_names(db: Database) -> set[str]:
    return {r["name"] for r in rows(db, "SELECT name FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL")}


def test_the_schema_lists_every_index_a_new_store_has(fresh_db):
    assert set(indexes()) == index_names(fresh_db)
    assert {name for name, (table, _) in indexes().items() if table == "facts"} == {
        "facts_doc", "facts_unit", "facts_kind", "facts_domain", "facts_year", "facts_indicator"}


def test_a_bulk_ingest_into_an_empty_store_builds_the_row_indexes_at_its_end(tmp_path, fresh_db):
    all_indexes = index_names(fresh_db)
    docs = [dataclasses.replace(sample_document(), source=f"{n}.txt", content_hash=f"sha256:{n}") for n in (1, 2)]
    with fresh_db.bulk():
        fresh_db.ingest_document(docs[0])
        during = index_names(fresh_db)
    assert during == {name for name, (table, _) in indexes().items() if table == "documents"}
    assert index_names(fresh_db) == all_indexes
    plan = " ".join(r["detail"] for r in rows(fresh_db, "EXPLAIN QUERY PLAN SELECT * FROM facts WHERE unit = '亩'"))
    assert "facts_unit" in plan
    with fresh_db.bulk():  # a store with documents keeps its indexes while it is written
        fresh_db.ingest_document(docs[1])
        assert index_names(fresh_db) == all_indexes


def test_a_store_whose_bulk_ingest_was_cut_short_gets_its_indexes_when_opened(tmp_path):
    path = tmp_path / "duban.db"
    db = Database(path)
    all_indexes = index_names(db)
    db._defer_indexes()  # what a bulk ingest does first; then the process ends
    db.close()
    with Database(path) as again:
        assert index_names(again) == all_indexes


def test_a_version_1_database_migrates_to_the_current_version_and_keeps_its_rows(tmp_path):
    path = tmp_path / "old.db"
    conn = sqlite3.connect(path, isolation_level=None)
    assert migrate(conn, target=1) == 1
    conn.execute(
        "INSERT INTO documents (doc_key, source, content_hash, original, chars, ingested_at)"
        " VALUES ('abcd', 'old.txt', 'abcd1234', '旧报告', 3, '2025-01-01T00:00:00+00:00')"
    )
    conn.execute(
        "INSERT INTO facts (doc_id, text, start, end, value, unit, kind) VALUES (1, '3亩', 0, 2, 3, '亩', 'amount')"
    )
    assert "norm_map" not in [r[1] for r in conn.execute("PRAGMA table_info(documents)")]
    conn.close()

    db = Database(path)
    assert schema_version(db.conn) == current_version()
    assert db.documents() == [{
        "id": 1, "doc_key": "abcd", "source": "old.txt", "version": 1, "supersedes": None, "format": "",
        "encoding": "", "content_hash": "abcd1234", "script": "", "title": "", "org_name": None, "org_level": None,
        "county": None, "prefecture": None, "province": None, "division_code": None, "place_confidence": None,
        "place_candidates": [], "review_period": None, "plan_period": None, "doc_type": "",
        "published": "", "chars": 3, "body_chars": 0, "ingested_at": "2025-01-01T00:00:00+00:00",
        "part_count": 0, "section_count": 0, "fact_count": 1, "warning_count": 0,
    }]
    assert rows(db, "SELECT norm_map FROM documents") == [{"norm_map": None}]  # step 2's column
    assert [f["text"] for f in db.facts(unit="亩")] == ["3亩"]  # step 2's indexes and view work


def test_a_database_from_a_newer_duban_is_refused(tmp_path):
    path = tmp_path / "new.db"
    Database(path).close()
    with sqlite3.connect(path) as conn:
        conn.execute(f"PRAGMA user_version = {current_version() + 1}")
    with pytest.raises(DubanError) as err:
        Database(path)
    assert err.value.code_name == "E014" and "upgrade duban" in err.value.reason


def test_a_failing_migration_step_leaves_the_database_as_it_was(tmp_path, monkeypatch):
    path = tmp_path / "half.db"
    conn = sqlite3.connect(path, isolation_level=None)
    migrate(conn, target=1)
    broken = steps()[:1] + [dataclasses.replace(steps()[1], statements=steps()[1].statements[:2] + ("NOT SQL",))]
    monkeypatch.setattr("duban.store.migrations.steps", lambda: broken)
    with pytest.raises(sqlite3.OperationalError):
        migrate(conn)
    assert schema_version(conn) == 1
    assert conn.execute("SELECT count(*) FROM sqlite_master WHERE name = 'facts_doc'").fetchone()[0] == 0


def test_schema_steps_are_numbered_in_order():
    text = "-- step 1: one\nCREATE TABLE a (x);\n-- step 3: three\nCREATE TABLE b (x);\n"
    with pytest.raises(ValueError, match=r"found \[1, 3\]"):
        parse_steps(text)
    step = parse_steps("-- step 1: one\n-- a comment\nCREATE TABLE a (x TEXT DEFAULT ';');\n")[0]
    assert (step.number, step.title, step.statements) == (1, "one", ("CREATE TABLE a (x TEXT DEFAULT ';');",))


def test_a_missing_database_is_not_created_for_reading(tmp_path):
    with pytest.raises(DubanError) as err:
        Database(tmp_path / "none.db", create=False)
    assert err.value.code_name == "E014" and "no database at" in err.value.reason
    assert not (tmp_path / "none.db").exists()


def test_a_file_that_is_not_a_database_is_a_database_error(tmp_path):
    with pytest.raises(DubanError) as err:
        Database(write(tmp_path / "notes.db", "not a database, just text " * 100))
    assert err.value.code_name == "E014"


# -- storing one document ----------------------------------------------------------------
def test_a_document_is_stored_as_whole_rows(sample_db):
    doc = sample_document()
    [stored] = rows(sample_db, "SELECT * FROM documents")
    assert stored.pop("ingested_at").endswith("+00:00")
    assert stored.pop("norm_map") == '{"pieces": [[0, 50]], "derived_len": 66, "original_len": 116}'
    assert stored == {
        "id": 1, "doc_key": doc.content_hash[:16], "source": "reports/zhaitan_2024.txt", "format": "txt",
        "encoding": "utf-8", "content_hash": doc.content_hash, "original": SAMPLE_TEXT, "norm": SAMPLE_TEXT[50:],
        "script": "simplified", "title": "斋坛乡2024年工作总结和2025年工作计划", "org_name": "斋坛乡人民政府",
        "org_level": "township", "county": "龙游县", "province": "浙江省", "review_period": "2024",
        "plan_period": "2025", "doc_type": "summary_plan", "published": "2025-05-21", "chars": 116,
        "body_chars": 66, "version": 1, "supersedes": None, "prefecture": None, "division_code": None,
        "place_confidence": None, "place_candidates": "[]",
    }
    assert rows(sample_db, "SELECT * FROM metadata") == [
        {"id": 1, "doc_id": 1, "name": "index_no", "label": "索引号", "value": "00266476_7/2025-20117",
         "start": 28, "end": 49},
        {"id": 2, "doc_id": 1, "name": "source_file", "label": "", "value": "zhaitan_2024.txt",
         "start": None, "end": None},
    ]
    assert rows(sample_db, "SELECT * FROM warnings") == [{"id": 1, "doc_id": 1, "message": "no publisher found"}]
    assert rows(sample_db, "SELECT * FROM chrome") == [{"id": 1, "doc_id": 1, "start": 23, "end": 50}]
    assert rows(sample_db, "SELECT * FROM parts") == [
        {"id": 1, "doc_id": 1, "kind": "review", "start": 50, "end": 92, "heading_start": 50, "heading_end": 61,
         "period": "2024"},
        {"id": 2, "doc_id": 1, "kind": "plan", "start": 92, "end": 116, "heading_start": 92, "heading_end": 103,
         "period": "2025"},
    ]
    assert rows(sample_db, "SELECT * FROM sections") == [
        {"id": 1, "doc_id": 1, "parent_id": None, "level": 1, "marker": "一、", "title": "2024年工作总结",
         "start": 50, "end": 92, "heading_start": 50, "heading_end": 61, "ord": 0},
        {"id": 2, "doc_id": 1, "parent_id": 1, "level": 2, "marker": "（一）", "title": "项目建设",
         "start": 62, "end": 92, "heading_start": 62, "heading_end": 69, "ord": 1},
        {"id": 3, "doc_id": 1, "parent_id": None, "level": 1, "marker": "二、", "title": "2025年工作计划",
         "start": 92, "end": 116, "heading_start": 92, "heading_end": 103, "ord": 2},
    ]
    assert rows(sample_db, "SELECT * FROM facts WHERE id IN (1, 4)") == [
        {"id": 1, "doc_id": 1, "text": "2周", "start": 72, "end": 74, "value": 2.0, "unit": "周", "approx": "exact",
         "kind": "duration", "subject": "时间", "part": "review", "section_path": "2024年工作总结 > 项目建设",
         "sentence_start": 70, "sentence_end": 91, "domain": "projects", "domain_cues": '["项目建设"]',
         "year": "2024", "indicator": "时间"},
        {"id": 4, "doc_id": 1, "text": "500余万元", "start": 108, "end": 114, "value": 5000000.0, "unit": "元",
         "approx": "over", "kind": "amount", "subject": "资金", "part": "plan", "section_path": "2025年工作计划",
         "sentence_start": 104, "sentence_end": 115, "domain": "finance", "domain_cues": '["资金"]', "year": "2025",
         "indicator": "资金"},
    ]


def test_every_stored_fact_points_at_its_text_in_the_original(sample_db):
    assert_grounded(sample_db)


def test_the_same_content_twice_adds_nothing(sample_db):
    before = {t: sample_db[t].count for t in sample_db.table_names()}
    assert sample_db.ingest_document(sample_document()) == ("unchanged", 1)
    moved = dataclasses.replace(sample_document(), source="elsewhere/copy.txt")
    assert sample_db.ingest_document(moved) == ("unchanged", 1)  # same hash, other path: still one document
    assert {t: sample_db[t].count for t in sample_db.table_names()} == before


def test_a_changed_source_becomes_a_new_version_and_keeps_the_old(sample_db):
    changed = dataclasses.replace(sample_document(), original=SAMPLE_TEXT + "附件\n", content_hash="ff" * 32,
                                  facts=[], warnings=[])
    assert sample_db.ingest_document(changed) == ("ingested", 2)
    assert rows(sample_db, "SELECT id, source, version, supersedes FROM documents") == [
        {"id": 1, "source": "reports/zhaitan_2024.txt", "version": 1, "supersedes": None},
        {"id": 2, "source": "reports/zhaitan_2024.txt", "version": 2, "supersedes": 1},
    ]
    assert [d["id"] for d in sample_db.documents()] == [2]
    assert [d["id"] for d in sample_db.documents(latest_only=False)] == [1, 2]
    assert [r["id"] for r in sample_db["latest_documents"].rows] == [2]
    assert sample_db.facts() == []  # the old version's facts are not current
    assert len(sample_db.facts(latest_only=False)) == 4
    assert len(sample_db.facts(doc=1)) == 4  # naming the old version still reaches it
    assert sample_db.resolve("reports/zhaitan_2024.txt") == 2


def test_a_document_without_a_hash_is_hashed_from_its_text(fresh_db):
    doc = dataclasses.replace(sample_document(), content_hash="")
    fresh_db.ingest_document(doc)
    assert fresh_db.document(1)["content_hash"] == hashlib.sha256(SAMPLE_TEXT.encode("utf-8")).hexdigest()


# -- queries -----------------------------------------------------------------------------
def test_documents_lists_one_row_per_document_with_counts(sample_db):
    [d] = sample_db.documents()
    assert {k: d[k] for k in ("id", "org_name", "org_level", "county", "review_period", "plan_period", "doc_type",
                              "published", "chars", "part_count", "section_count", "fact_count", "warning_count")} == {
        "id": 1, "org_name": "斋坛乡人民政府", "org_level": "township", "county": "龙游县", "review_period": "2024",
        "plan_period": "2025", "doc_type": "summary_plan", "published": "2025-05-21", "chars": 116,
        "part_count": 2, "section_count": 3, "fact_count": 4, "warning_count": 1,
    }
    assert "original" not in d and "norm" not in d  # listings never carry the texts
    assert sample_db.document(1) == d


def test_a_document_is_found_by_id_key_prefix_or_source(sample_db):
    key = sample_db.document(1)["doc_key"]
    assert sample_db.resolve(1) == sample_db.resolve("1") == 1
    assert sample_db.resolve(key) == sample_db.resolve(key[:6]) == sample_db.resolve(key.upper()) == 1
    assert sample_db.resolve("reports/zhaitan_2024.txt") == 1


@pytest.mark.parametrize("ref", [2, "999", "nosuch.txt", "ffffffffffff"])
def test_an_unknown_document_is_error_E015(sample_db, ref):
    with pytest.raises(DubanError) as err:
        sample_db.document(ref)
    assert err.value.code_name == "E015" and err.value.reason == f"no document matches {str(ref)!r}"


def test_an_ambiguous_key_prefix_is_an_error_not_a_guess(fresh_db):
    for n, content_hash in enumerate(["ab12" + "0" * 60, "ab34" + "0" * 60]):
        fresh_db.ingest_document(dataclasses.replace(sample_document(), source=f"{n}.txt", content_hash=content_hash))
    assert fresh_db.resolve("ab1") == 1
    with pytest.raises(DubanError, match="'ab' matches 2 documents"):
        fresh_db.resolve("ab")


def test_metadata_warnings_parts_and_text(sample_db):
    assert sample_db.metadata(1) == [
        {"name": "index_no", "label": "索引号", "value": "00266476_7/2025-20117", "start": 28, "end": 49},
        {"name": "source_file", "label": "", "value": "zhaitan_2024.txt", "start": None, "end": None},
    ]
    assert sample_db.warnings(1) == ["no publisher found"]
    assert sample_db.parts(1)[1] == {"kind": "plan", "start": 92, "end": 116, "heading_start": 92,
                                     "heading_end": 103, "period": "2025"}
    assert sample_db.text(1) == SAMPLE_TEXT


def test_the_outline_is_nested(sample_db):
    assert sample_db.outline(1) == [
        {"id": 1, "level": 1, "marker": "一、", "title": "2024年工作总结", "start": 50, "end": 92,
         "heading_start": 50, "heading_end": 61, "children": [
             {"id": 2, "level": 2, "marker": "（一）", "title": "项目建设", "start": 62, "end": 92,
              "heading_start": 62, "heading_end": 69, "children": []},
         ]},
        {"id": 3, "level": 1, "marker": "二、", "title": "2025年工作计划", "start": 92, "end": 116,
         "heading_start": 92, "heading_end": 103, "children": []},
    ]


def test_facts_come_back_as_whole_rows(sample_db):
    assert sample_db.facts(kind="amount", part="plan") == [{
        "id": 4, "doc_id": 1, "doc_key": sample_db.document(1)["doc_key"], "org_name": "斋坛乡人民政府",
        "text": "500余万元", "start": 108, "end": 114, "value": 5000000, "unit": "元", "approx": "over",
        "kind": "amount", "subject": "资金", "part": "plan", "section_path": "2025年工作计划",
        "sentence_start": 104, "sentence_end": 115, "domain": "finance", "domain_cues": ["资金"], "year": "2025",
        "indicator": "资金",
    }]


@pytest.mark.parametrize("filters, texts", [
    ({}, ["2周", "112户", "136亩", "500余万元"]),
    ({"unit": "亩"}, ["136亩"]),
    ({"kind": "duration"}, ["2周"]),
    ({"domain": "land"}, ["136亩"]),
    ({"part": "review"}, ["2周", "112户", "136亩"]),
    ({"year": 2025}, ["500余万元"]),
    ({"year": "2024", "unit": "户"}, ["112户"]),
    ({"org": "斋坛"}, ["2周", "112户", "136亩", "500余万元"]),
    ({"org": "湖镇"}, []),
    ({"doc": "reports/zhaitan_2024.txt", "unit": "元"}, ["500余万元"]),
])
def test_facts_filters(sample_db, filters, texts):
    assert [f["text"] for f in sample_db.facts(**filters)] == texts


def test_a_loaded_document_equals_the_one_stored(sample_db):
    loaded = sample_db.load_document(1)
    original = sample_document()
    assert loaded.norm_map.span(0, 3) == original.norm_map.span(0, 3) == (loaded.norm_span(0, 3))
    loaded.norm_map = original.norm_map = None  # OffsetMap has no __eq__; its behaviour is checked above
    assert loaded == original


@pytest.mark.parametrize("text", [
    "某县2024年政府工作报告\n全县新增就业1200人。\n",
    "𠮷野家乡𪚥村新建道路3公里，接待游客12万人次😀。\n",  # characters beyond the BMP
    "Plain ASCII: 42 km.\n",
    "",  # an empty body
])
@pytest.mark.parametrize("pieces", [store_database.WRITE_IN_PIECES, 3])  # in the row; in pieces of 7 characters
def test_the_texts_go_in_as_text_and_come_back_the_same(fresh_db, monkeypatch, text, pieces):
    monkeypatch.setattr(store_database, "WRITE_IN_PIECES", pieces)
    monkeypatch.setattr(store_database, "PIECE_CHARS", 7)
    doc = sample_document()
    doc = dataclasses.replace(doc, original=text + doc.original, content_hash="", facts=[], commitments=[])
    doc.norm = text + doc.norm
    _, doc_id = fresh_db.ingest_document(doc)
    row = fresh_db.conn.execute("SELECT typeof(original), typeof(norm), original, norm, chars, body_chars"
                                " FROM documents WHERE id = ?", (doc_id,)).fetchone()
    if pieces == 3:  # the row holds '' and NULL; the texts are in numbered pieces of their own
        assert tuple(row) == ("text", "null", "", None, len(doc.original), len(doc.norm))
        stored = fresh_db.conn.execute(
            'SELECT field, seq, start, "end", text, typeof(text) FROM document_text WHERE doc_id = ? ORDER BY id',
            (doc_id,)).fetchall()
        for field in ("original", "norm"):
            whole = getattr(doc, field)
            expected = [(field, k, i, min(i + 7, len(whole)), whole[i : i + 7], "text")
                        for k, i in enumerate(range(0, len(whole), 7))]
            assert [tuple(r) for r in stored if r[0] == field] == expected
    else:
        assert tuple(row) == ("text", "text", doc.original, doc.norm, len(doc.original), len(doc.norm))
    assert fresh_db.text(doc_id) == doc.original and fresh_db.load_document(doc_id).norm == doc.norm
    assert fresh_db.texts(doc_id) == (doc.original, doc.norm)
    view = fresh_db.conn.execute("SELECT original, norm FROM document_texts WHERE id = ?", (doc_id,)).fetchone()
    assert tuple(view) == (doc.original, doc.norm)  # what a SQL user reads
    n = len(doc.original)
    for start, end in ((0, n), (0, 1), (5, 19), (6, 7), (n - 3, n + 10), (9, 9), (12, 4)):
        assert fresh_db.text_range(doc_id, start, end) == doc.original[start:end], (start, end)
        assert fresh_db.text_range(doc_id, start, end, "norm") == doc.norm[start:end], (start, end)


def test_a_document_in_pieces_leaves_nothing_behind_when_deleted(fresh_db, monkeypatch):
    monkeypatch.setattr(store_database, "WRITE_IN_PIECES", 3)
    monkeypatch.setattr(store_database, "PIECE_CHARS", 5)
    doc = dataclasses.replace(sample_document(), content_hash="", facts=[], commitments=[])
    _, doc_id = fresh_db.ingest_document(doc)
    assert fresh_db.conn.execute("SELECT count(*) FROM document_text").fetchone()[0] > 2
    assert fresh_db.search("工作")["total"] == 1
    fresh_db.conn.execute("DELETE FROM documents WHERE id = ?", (doc_id,))
    for table in ("document_text", "documents_bigrams", "documents_chars"):
        assert fresh_db.conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0] == 0, table
    assert fresh_db.search("工作")["total"] == 0


def test_tables_read_like_sqlite_utils(sample_db):
    assert sample_db["facts"].count == 4
    assert [r["text"] for r in sample_db["facts"].rows] == ["2周", "112户", "136亩", "500余万元"]
    assert sample_db["warnings"].columns == ["id", "doc_id", "message"]
    with pytest.raises(KeyError, match="no table 'nope'"):
        sample_db["nope"]


# -- ingesting files ---------------------------------------------------------------------
def test_ingest_reports_each_file(tmp_path, fresh_db, fake_pipeline):
    good = write(tmp_path / "a.txt", "甲乡2024年工作总结\n正文。\n")
    empty = write(tmp_path / "empty.txt", "")
    other = write(tmp_path / "notes.xlsx", "x")
    report = fresh_db.ingest([good, empty, other, tmp_path / "missing.txt", good])
    assert [(r.path, r.status, r.doc_id, r.version, r.reason) for r in report] == [
        (str(good), "ingested", 1, 1, ""),
        (str(empty), "failed", None, None, "file is empty"),
        (str(other), "skipped", None, None, "unsupported file type '.xlsx'; supported: .txt"),
        (str(tmp_path / "missing.txt"), "failed", None, None, "file does not exist"),
        (str(good), "unchanged", 1, 1, ""),
    ]
    assert report.counts() == {"ingested": 1, "unchanged": 1, "failed": 2, "skipped": 1}
    assert not report.ok and [r.path for r in report.failed] == [str(empty), str(tmp_path / "missing.txt")]
    assert fresh_db.document(1)["title"] == "甲乡2024年工作总结"  # went through the (fake) pipeline
    assert [r.status for r in fresh_db.ingest(str(good))] == ["unchanged"]  # one path, not its characters


def test_ingest_of_a_folder_twice_adds_nothing_the_second_time(tmp_path, fresh_db, fake_pipeline):
    folder = tmp_path / "reports"
    folder.mkdir()
    for name in "abc":
        write(folder / f"{name}.txt", f"{name}乡工作总结\n")
    seen = []
    first = fresh_db.ingest([folder], on_progress=seen.append)
    assert [r.status for r in first] == ["ingested"] * 3 and seen == first.results
    second = fresh_db.ingest([folder])
    assert [r.status for r in second] == ["unchanged"] * 3 and second.ok
    assert fresh_db["documents"].count == 3


def test_a_changed_file_is_a_new_version(tmp_path, fresh_db, fake_pipeline):
    path = write(tmp_path / "a.txt", "甲乡工作总结\n第一稿\n")
    fresh_db.ingest([path])
    write(path, "甲乡工作总结\n第二稿\n")
    [result] = fresh_db.ingest([path])
    assert (result.status, result.doc_id, result.version) == ("ingested", 2, 2)
    assert rows(fresh_db, "SELECT id, version, supersedes, original FROM documents") == [
        {"id": 1, "version": 1, "supersedes": None, "original": "甲乡工作总结\n第一稿\n"},
        {"id": 2, "version": 2, "supersedes": 1, "original": "甲乡工作总结\n第二稿\n"},
    ]


@pytest.mark.parametrize("failing", [1, 3])  # the first of a batch (it begins the transaction), a later one
def test_a_failure_midway_through_a_document_leaves_none_of_it(tmp_path, fresh_db, fake_pipeline, monkeypatch,
                                                               failing):
    paths = [write(tmp_path / f"{n}.txt", f"{n}号报告\n") for n in (1, 2, 3, 4)]
    real_insert_facts = Database._insert_facts

    def failing_on_one(self, doc_id, doc):
        if doc.source.endswith(f"{failing}.txt"):
            raise RuntimeError("disk on fire")  # after documents, metadata, parts, sections went in
        real_insert_facts(self, doc_id, doc)

    monkeypatch.setattr(Database, "_insert_facts", failing_on_one)
    monkeypatch.setattr(store_database, "_process", lambda doc: sample_document_from(doc))
    report = fresh_db.ingest(paths)
    assert [(r.status, r.reason) for r in report] == [
        ("failed", "internal error: RuntimeError: disk on fire") if n == failing else ("ingested", "") for n in (1, 2, 3, 4)
    ]
    assert [d["source"] for d in fresh_db.documents()] == [str(p) for n, p in enumerate(paths, 1) if n != failing]
    for table in ("metadata", "warnings", "chrome", "parts", "sections", "facts"):
        orphans = rows(fresh_db, f"SELECT * FROM {table} WHERE doc_id NOT IN (SELECT id FROM documents)")
        assert orphans == [], table
        assert fresh_db[table].count == 3 * sample_db_count(table)


def sample_document_from(doc):
    """The sample report's structure over another file's source and text hash."""
    return dataclasses.replace(sample_document(), source=doc.source, content_hash=doc.content_hash)


def sample_db_count(table: str) -> int:
    d = sample_document()
    return {"metadata": len(d.metadata), "warnings": len(d.warnings), "chrome": len(d.chrome), "parts": len(d.parts),
            "sections": sum(1 for s in d.sections for _ in s.walk()), "facts": len(d.facts)}[table]


def stored_sources(db: Database) -> list[str]:
    """The sources another connection sees stored (what is committed)."""
    with sqlite3.connect(db.path) as other:
        return [r[0] for r in other.execute("SELECT source FROM documents ORDER BY id")]


@pytest.mark.parametrize("seconds", [0.0, 3600.0])  # a commit after every document; one at the end
def test_a_file_is_reported_once_its_batch_is_committed(tmp_path, fresh_db, fake_pipeline, monkeypatch, seconds):
    monkeypatch.setattr(store_database, "BULK_SECONDS", seconds)
    paths = [write(tmp_path / f"{n}.txt", f"{n}号报告\n") for n in (1, 2, 3)]
    seen = []
    report = fresh_db.ingest(paths, on_progress=lambda r: seen.append((r.path, r.path in stored_sources(fresh_db))))
    assert [r.status for r in report] == ["ingested"] * 3
    assert seen == [(str(p), True) for p in paths]
    assert not fresh_db.conn.in_transaction


def test_a_long_document_is_processed_after_the_batch_before_it_is_committed(tmp_path, fresh_db, fake_pipeline,
                                                                            monkeypatch):
    monkeypatch.setattr(store_database, "BULK_SECONDS", 3600.0)
    monkeypatch.setattr(store_database, "BULK_COMMIT_BEFORE_CHARS", 10)
    short, long = write(tmp_path / "a.txt", "短\n"), write(tmp_path / "b.txt", "长" * 20 + "\n")
    committed_when_processed = {}

    def process(doc):
        committed_when_processed[Path(doc.source).name] = stored_sources(fresh_db)
        return doc

    monkeypatch.setattr(store_database, "_process", process)
    fresh_db.ingest([short, long])
    assert committed_when_processed == {"a.txt": [], "b.txt": [str(short)]}  # no write lock held through b


def test_a_batch_that_cannot_be_committed_reports_its_files_as_failed(tmp_path, fresh_db, fake_pipeline, monkeypatch):
    paths = [write(tmp_path / f"{n}.txt", f"{n}号报告\n") for n in (1, 2)]
    paths.append(paths[0])  # the same file again: unchanged only if the first was stored
    real_commit = Database.commit_bulk

    def failing_commit(self):
        if self.conn.in_transaction:
            self.conn.execute("ROLLBACK")
            self._bulk_since = None
            raise sqlite3.OperationalError("disk I/O error")
        real_commit(self)

    monkeypatch.setattr(Database, "commit_bulk", failing_commit)
    report = fresh_db.ingest(paths)
    assert [(r.status, r.doc_id, r.reason) for r in report] == [("failed", None, "not stored: disk I/O error")] * 3
    assert stored_sources(fresh_db) == []


def test_a_bulk_batch_indexes_the_bodies_of_the_documents_it_keeps(fresh_db):
    """Within a bulk ingest the bodies are indexed together at the commit: a document rolled back
    (here, its facts cannot be written) leaves nothing in the index, the others are found."""
    def doc(n: int, word: str) -> Document:
        body = f"第{n}号报告：{word}工作取得成效"
        return dataclasses.replace(sample_document(), source=f"{n}.txt", content_hash=f"sha256:{n}", original=body,
                                   norm=body, norm_map=None, facts=[], sections=[], parts=[], metadata=[], chrome=[])

    broken = doc(2, "招商引资")
    broken.facts = [dataclasses.replace(sample_document().facts[0], text=object())]  # not a value SQLite takes
    with fresh_db.bulk():
        assert fresh_db.ingest_document(doc(1, "乡村振兴")) == ("ingested", 1)
        with pytest.raises(DubanError):
            fresh_db.ingest_document(broken)
        assert fresh_db.ingest_document(doc(3, "乡村振兴")) == ("ingested", 2)  # the id the rolled back one had
        assert fresh_db.search("乡村振兴")["total"] == 0  # not yet indexed: at the commit
    assert [r["source"] for r in fresh_db.search("乡村振兴")["rows"]] == ["1.txt", "3.txt"]
    assert fresh_db.search("招商引资")["total"] == 0 and fresh_db.search("招")["total"] == 0
    assert [r["source"] for r in fresh_db.search("号")["rows"]] == ["1.txt", "3.txt"]
    for table in ("documents_bigrams", "documents_chars"):
        fresh_db.conn.execute(f"INSERT INTO {table} ({table}) VALUES ('integrity-check')")
        assert [r[0] for r in fresh_db.conn.execute(f"SELECT id FROM {table}_docsize ORDER BY id")] == [1, 2]


def test_bulk_stores_documents_in_one_transaction_and_commits_at_the_end(tmp_path, fresh_db):
    docs = [dataclasses.replace(sample_document(), source=f"{n}.txt", content_hash=f"sha256:{n}") for n in (1, 2)]
    with fresh_db.bulk():
        assert [fresh_db.ingest_document(d) for d in docs] == [("ingested", 1), ("ingested", 2)]
        assert fresh_db.conn.in_transaction and stored_sources(fresh_db) == []
    assert not fresh_db.conn.in_transaction and stored_sources(fresh_db) == ["1.txt", "2.txt"]


def test_an_unexpected_error_is_one_files_failure_not_a_crash(tmp_path, fresh_db, fake_pipeline, monkeypatch):
    bad, good = write(tmp_path / "bad.txt", "坏\n"), write(tmp_path / "good.txt", "好\n")

    def process(doc):
        if "坏" in doc.original:
            raise KeyError("period")
        return doc

    monkeypatch.setattr(store_database, "_process", process)
    report = fresh_db.ingest([bad, good])
    assert [(r.status, r.reason) for r in report] == [
        ("failed", "internal error: KeyError: 'period'"), ("ingested", ""),
    ]


def test_a_reader_that_crashes_costs_only_its_own_path(tmp_path, fresh_db, fake_pipeline, monkeypatch):
    good = write(tmp_path / "good.txt", "好\n")

    def iter_read(paths):
        for path in paths:
            if Path(path).name == "folder":
                raise OSError("permission denied")
            yield from fake_iter_read([path])

    monkeypatch.setattr(store_database, "_iter_read", iter_read)
    report = fresh_db.ingest([tmp_path / "folder", good])
    assert [(r.status, r.reason) for r in report] == [
        ("failed", "internal error: OSError: permission denied"), ("ingested", ""),
    ]


# -- the file as other tools see it ------------------------------------------------------
def test_the_database_opens_in_plain_sqlite3(sample_db, tmp_path):
    sample_db.close()
    conn = sqlite3.connect(tmp_path / "duban.db")
    assert conn.execute("PRAGMA user_version").fetchone()[0] == current_version()
    assert conn.execute(
        "SELECT f.text, f.start, f.end, d.org_name FROM facts f JOIN latest_documents d ON d.id = f.doc_id"
        " WHERE f.unit = '亩'"
    ).fetchall() == [("136亩", 82, 86, "斋坛乡人民政府")]
    conn.close()


def test_duckdb_reads_the_facts_table(sample_db, tmp_path):
    duckdb = pytest.importorskip("duckdb")
    sample_db.close()
    # No auto-install: the sqlite extension is a download, and tests must not need the network.
    con = duckdb.connect(config={"autoinstall_known_extensions": False, "autoload_known_extensions": False})
    try:
        con.execute("LOAD sqlite")
    except duckdb.Error:
        pytest.skip("DuckDB's sqlite extension is not installed and would need downloading")
    got = con.execute(
        f"""SELECT text, start, "end", value FROM sqlite_scan('{tmp_path / "duban.db"}', 'facts') ORDER BY id"""
    ).fetchall()
    assert got[3] == ("500余万元", 108, 114, 5000000.0)


# -- the real reader and pipeline, once they exist ---------------------------------------
def _real_pipeline_missing() -> str:
    if importlib.util.find_spec("duban.read") is None:
        return "duban.read is not written yet"
    try:
        from duban.pipeline import Pipeline
        from duban.read import iter_read, read_file  # noqa: F401

        Pipeline()
    except Exception as exc:  # noqa: BLE001 - any missing piece means: not yet
        return f"the reader or a pipeline stage is missing: {exc}"
    return ""


@pytest.mark.skipif(bool(_real_pipeline_missing()), reason=_real_pipeline_missing() or "ready")
def test_the_seed_reports_go_in_grounded_and_only_once(fresh_db):
    seeds = sorted(SEEDS.glob("*.txt"))
    report = fresh_db.ingest(seeds)
    assert [r.status for r in report] == ["ingested"] * len(seeds), [r.reason for r in report.failed]
    assert_grounded(fresh_db)
    assert fresh_db["facts"].count > 0
    assert [r.status for r in fresh_db.ingest(seeds)] == ["unchanged"] * len(seeds)


# -- the documentation -------------------------------------------------------------------
def test_every_table_and_column_is_documented(fresh_db):
    text = (Path(__file__).resolve().parents[1] / "docs" / "schema.md").read_text(encoding="utf-8")
    documented: dict[str, set[str]] = {}
    table = None
    for line in text.splitlines():
        if m := re.match(r"## `(\w+)`", line):
            table = documented.setdefault(m[1], set())
        elif table is not None and (m := re.match(r"\| `(\w+)` \|", line)):
            table.add(m[1])
    assert set(documented) == set(fresh_db.table_names())
    for name in fresh_db.table_names():
        if name != "latest_documents":  # a view: documented as documents' columns
            assert documented[name] == set(fresh_db[name].columns), name
    assert [int(n) for n in re.findall(r"^\| (\d+) \|", text, re.MULTILINE)] == [s.number for s in steps()]
