"""A long report's texts stored in numbered pieces of their own rows (`document_text`, schema
step 10) read exactly as texts stored in their `documents` row, through every reader: the
store's accessors and view, search (snippets, hits, scans), compare, tracking, the web pages and
API, `duban show`, the facts export, a batch import, a new version of a source; and deleting such
a document leaves no piece and no index row behind.

The threshold is lowered (every seed and series report goes in pieces of 1,000 characters) so
that the check stays fast; the code path is the one a 50 MB report takes.
"""

from __future__ import annotations

import json
import re
import shutil
import sqlite3
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from typer.testing import CliRunner

import duban.store.database as store_database
from duban.batch import run_batch
from duban.batch.importer import import_batch
import duban.cli.commands_docs  # noqa: F401  (registers `show`)
import duban.cli.commands_facts  # noqa: F401  (registers `facts`)
from duban.cli.app import app as cli_app
from duban.link import track_org
from duban.store import Database
from duban.web import create_app

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "samples" / "seeds"
SERIES = ROOT / "data" / "series"
QUERIES = ("工作", "乡村振兴", "亿元", "田", "2.5%", "。", "GDP", "乡村振兴 OR 招商引资", "NEAR(乡村 振兴)",
           "养老 服务")


def _pieces(mp: pytest.MonkeyPatch) -> None:
    mp.setattr(store_database, "WRITE_IN_PIECES", 100)  # every text longer than 100 characters …
    mp.setattr(store_database, "PIECE_CHARS", 1000)  # … in pieces of 1,000


@pytest.fixture(scope="module")
def stores(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    tmp = tmp_path_factory.mktemp("pieces")
    reports = tmp / "reports"
    reports.mkdir()
    for path in sorted(SEEDS.glob("*.txt")) + sorted(SERIES.glob("*.txt")):
        shutil.copy(path, reports / path.name)
    paths = {"whole": tmp / "whole.db", "pieces": tmp / "pieces.db", "imported": tmp / "imported.db"}
    with Database(paths["whole"]) as db:
        assert db.ingest([reports]).ok
    run_batch(reports, tmp / "out", processes=1)
    with pytest.MonkeyPatch.context() as mp:
        _pieces(mp)
        with Database(paths["pieces"]) as db:
            assert db.ingest([reports]).ok
        with Database(paths["imported"]) as db:
            assert import_batch(db, tmp / "out").counts()["ingested"] == 13
    return paths


def _ids(path: Path) -> list[int]:
    with sqlite3.connect(path) as conn:
        return [r[0] for r in conn.execute("SELECT id FROM documents ORDER BY id")]


def test_the_pieces_store_really_holds_its_texts_in_pieces(stores):
    conn = sqlite3.connect(stores["pieces"])
    rows = conn.execute("SELECT original, norm, chars, body_chars FROM documents").fetchall()
    assert len(rows) == 13 and all(r[0] == "" and r[1] is None and r[2] > 100 and r[3] > 100 for r in rows)
    per_doc = conn.execute("SELECT doc_id, field, count(*), max(\"end\") FROM document_text"
                           " GROUP BY doc_id, field").fetchall()
    chars = {(i, "original"): c for i, c in conn.execute("SELECT id, chars FROM documents")}
    chars |= {(i, "norm"): c for i, c in conn.execute("SELECT id, body_chars FROM documents")}
    assert len(per_doc) == 26
    for doc_id, field, count, end in per_doc:
        assert end == chars[doc_id, field] and count == -(-end // 1000)


@pytest.mark.parametrize("other", ["pieces", "imported"])
def test_every_text_reads_the_same(stores, other):
    with Database(stores["whole"]) as whole, Database(stores[other]) as db:
        same = dict(db.conn.execute("SELECT content_hash, id FROM documents"))  # an import stores in its own order
        assert len(same) == len(_ids(stores["whole"]))
        for whole_id, content_hash in whole.conn.execute("SELECT id, content_hash FROM documents").fetchall():
            doc_id = same[content_hash]
            row = whole.conn.execute("SELECT original, norm FROM documents WHERE id = ?", (whole_id,)).fetchone()
            assert db.texts(doc_id) == tuple(row) == whole.texts(whole_id)
            assert db.text(doc_id) == row[0]
            view = db.conn.execute("SELECT original, norm FROM document_texts WHERE id = ?", (doc_id,)).fetchone()
            assert tuple(view) == tuple(row)
            for start, end in ((0, 50), (990, 1010), (1999, 4001), (len(row[0]) - 7, len(row[0]))):
                assert db.text_range(doc_id, start, end) == row[0][start:end]
                assert db.text_range(doc_id, start, end, "norm") == row[1][start:end]
            a, b = whole.load_document(whole_id), db.load_document(doc_id)
            assert (a.original, a.norm, a.facts, a.commitments, a.sections) == \
                   (b.original, b.norm, b.facts, b.commitments, b.sections)


def _search(db: Database, query: str) -> list[dict]:
    rows = db.search(query, limit=50)
    return [{k: v for k, v in r.items() if k != "ingested_at"} for r in rows["rows"]] + [rows["total"], rows["mode"]]


@pytest.mark.parametrize("query", QUERIES)
def test_search_finds_the_same_with_the_same_snippets(stores, query):
    with Database(stores["whole"]) as whole, Database(stores["pieces"]) as db:
        found = _search(whole, query)
        assert _search(db, query) == found
    assert any(r["snippets"] for r in found[:-2]) or query in ("2.5%",)


def _timeless(value):
    if isinstance(value, dict):
        return {k: _timeless(v) for k, v in value.items() if k != "ingested_at"}
    if isinstance(value, list):
        return [_timeless(v) for v in value]
    return value


def test_compare_and_tracking_are_the_same(stores):
    with Database(stores["whole"]) as whole, Database(stores["pieces"]) as db:
        ids = _ids(stores["whole"])[:4]
        assert _timeless(db.compare(ids)) == _timeless(whole.compare(ids))
        orgs = sorted({d["org_name"] for d in whole.documents() if d["org_name"]})
        tracked = 0
        for org in orgs:
            a, b = track_org(whole, org), track_org(db, org)
            assert b.as_dict()["rows"] == \
                   a.as_dict()["rows"], org
            tracked += len(a.items)
        assert tracked > 0


def _without_times(text: str, db_path: Path) -> str:
    with sqlite3.connect(db_path) as conn:
        for (when,) in conn.execute("SELECT DISTINCT ingested_at FROM documents"):
            text = text.replace(when, "")
    text = re.sub(r"用时 [0-9.,]+ 毫?秒", "", text)
    return re.sub(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+00:00", "", text).replace(db_path.name, "duban.db")


def test_the_web_pages_and_api_are_the_same(stores):
    whole, pieces = (TestClient(create_app(stores[k]), raise_server_exceptions=False) for k in ("whole", "pieces"))
    with Database(stores["whole"]) as db:
        org = next(d["org_name"] for d in db.documents() if d["org_name"] and "保定" in d["org_name"])
    urls = [f"/api/v1/documents/{i}/text" for i in _ids(stores["whole"])]
    urls += ["/documents/1", "/documents/9", "/api/v1/documents/9", "/search?q=乡村振兴", "/api/v1/search?q=亿元",
             "/api/v1/compare?doc=1&doc=2&doc=3", "/compare?doc=1&doc=2", f"/track/{org}", f"/api/v1/track/{org}"]
    for url in urls:
        a, b = whole.get(url), pieces.get(url)
        assert a.status_code == b.status_code == 200, url
        assert _without_times(b.text, stores["pieces"]) == _without_times(a.text, stores["whole"]), url
    assert json.loads(pieces.get("/api/v1/documents/2/text").text)["text"]


def test_duban_show_and_the_facts_export_are_the_same(stores):
    runner = CliRunner()
    for args in (["show", "3", "--text"], ["show", "3", "--json", "--text"], ["facts", "--format", "jsonl"]):
        out = [runner.invoke(cli_app, [*args, "--db", str(stores[k])]) for k in ("whole", "pieces")]
        assert out[0].exit_code == out[1].exit_code == 0, (args, out[1].output[-500:])
        assert _without_times(out[1].output, stores["pieces"]) == _without_times(out[0].output, stores["whole"])
        assert out[1].output.strip()


def test_a_new_version_of_a_long_report_and_deleting_it(tmp_path, monkeypatch):
    _pieces(monkeypatch)
    source = tmp_path / "report.txt"
    first = (SEEDS / sorted(p.name for p in SEEDS.glob("*.txt"))[0]).read_text(encoding="utf-8")
    source.write_text(first, encoding="utf-8")
    db = Database(tmp_path / "v.db")
    assert db.ingest([source]).ok
    second = first.replace("。", "；", 3) + "\n新增一段：全年新建道路12公里。\n"
    source.write_text(second, encoding="utf-8")
    report = db.ingest([source])
    assert [(r.status, r.version) for r in report] == [("ingested", 2)]
    new = report.results[0].doc_id
    assert db.text(new) == second and db.text(new - 1) == first
    assert db.load_document(new).original == second
    assert db.search("新建道路")["rows"][0]["id"] == new
    counts = dict(db.conn.execute("SELECT doc_id, count(*) FROM document_text GROUP BY doc_id"))
    assert set(counts) == {new - 1, new}
    db.conn.execute("DELETE FROM documents WHERE id = ?", (new,))
    assert db.conn.execute("SELECT count(*) FROM document_text WHERE doc_id = ?", (new,)).fetchone()[0] == 0
    assert db.search("新建道路")["total"] == 0 and db.search("工作")["total"] == 1
    db.conn.execute("DELETE FROM documents")
    for table in ("document_text", "documents_bigrams", "documents_chars"):
        assert db.conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0] == 0, table
    db.close()


def test_duban_sql_reads_the_whole_texts_from_the_view(stores):
    from duban.batch.sql import query

    sql = "SELECT t.id, t.original, t.norm FROM document_texts t ORDER BY t.id"
    _, whole = query(sql, db=stores["whole"])
    _, pieces = query(sql, db=stores["pieces"])
    assert pieces == whole and len(whole) == 13 and all(r["original"] and r["norm"] for r in whole)
