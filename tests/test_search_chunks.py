"""The search index written in chunks (`duban.store.grams`, schema step 8).

A body longer than `grams.CHUNK_BYTES` is indexed as several rows. Here the chunks are made
tiny (a few KB) so that the seed reports are each cut into many: every query must then find
exactly the documents a store with whole bodies finds, including words that lie in different
chunks of a document, NOT, OR and NEAR.
"""

from __future__ import annotations

import random
import re
import sqlite3
from pathlib import Path

import pytest

from duban.store import Database, grams
from duban.store.migrations import migrate, steps
from duban.store.search import MAX_QUERY_CHARS, evaluate, parse_match

SEEDS = sorted((Path(__file__).resolve().parents[1] / "samples" / "seeds").glob("*.txt"))
CJK = re.compile(r"[\u4e00-\u9fff]{4,}")
SMALL_CHUNK = 1000  # bytes: each seed (10–17 KB of UTF-8) becomes 8–15 chunks


def _old_bigrams(text: str | None) -> str:
    """The tokens as schema step 6 wrote them (runs of letters and digits, pairs joined in Python)."""
    runs = re.findall(r"[^\W_]+", text or "")
    return " ".join(" ".join(map(str.__add__, r[:-1], r[1:])) for r in runs if len(r) > 1)


@pytest.fixture(scope="module")
def stores(tmp_path_factory: pytest.TempPathFactory):
    whole = Database(tmp_path_factory.mktemp("whole") / "duban.db")
    assert whole.ingest(SEEDS).ok
    chunked = Database(tmp_path_factory.mktemp("chunked") / "duban.db")
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(grams, "CHUNK_BYTES", SMALL_CHUNK)
        assert chunked.ingest(SEEDS).ok
    yield whole, chunked
    whole.close()
    chunked.close()


def _ids(db: Database, query: str) -> tuple[list[int], int]:
    result = db.search(query, limit=1000)
    return sorted(r["id"] for r in result["rows"]), result["total"]


def _queries() -> list[str]:
    rng = random.Random(8)
    bodies = [p.read_text(encoding="utf-8") for p in SEEDS]
    heads = [w for b in bodies for w in CJK.findall(b[:300])]  # near the start: first chunk
    tails = [w for b in bodies for w in CJK.findall(b[-1000:])]  # near the end: a later chunk
    words = sorted({w[:rng.randrange(2, 5)] for w in rng.sample(heads, 25) + rng.sample(tails, 25)})
    qs = words + ["乡村振兴", "工作", "乡村振兴 安全生产", "人民群众 招商引资", "乡村振兴 OR 招商引资",
                  '"乡村振兴" NOT 招商引资', '(高标准农田 OR 人居环境) AND 党风廉政', 'NEAR(乡村 振兴)',
                  "村 振兴", "2024 乡村"]
    for _ in range(30):  # a word near the start with one near the end, in every form
        a, b = rng.choice(heads)[:3], rng.choice(tails)[:3]
        qs += [f"{a} {b}", f"{a} NOT {b}", f"{b} NOT {a}", f"({a} OR {b}) AND {a[:2]}"]
    return qs


def test_the_seeds_are_cut_into_chunks(stores):
    _, chunked = stores
    rows = chunked.conn.execute("SELECT count(*) FROM documents_bigrams_docsize WHERE id < 0").fetchone()[0]
    assert rows > 5 * len(SEEDS)
    for table in ("documents_bigrams", "documents_chars"):
        chunked.conn.execute(f"INSERT INTO {table} ({table}) VALUES ('integrity-check')")


@pytest.mark.parametrize("query", _queries())
def test_a_chunked_store_finds_what_a_whole_one_finds(stores, query):
    whole, chunked = stores
    assert _ids(chunked, query) == _ids(whole, query)


def test_pages_of_a_chunked_store_cover_the_results_once(stores):
    _, chunked = stores
    everything = chunked.search("工作", limit=1000)["rows"]
    pages = [r["id"] for o in range(len(everything)) for r in chunked.search("工作", limit=1, offset=o)["rows"]]
    assert sorted(pages) == sorted(r["id"] for r in everything) and len(set(pages)) == len(pages)


@pytest.mark.parametrize("match, tree", [
    ('"乡村 村振"', '"乡村 村振"'),
    ('"ab" "cd"', ("and", '"ab"', '"cd"')),
    ('"ab" OR "cd" "ef"', ("or", '"ab"', ("and", '"cd"', '"ef"'))),
    ('"ab" NOT "cd" "ef"', ("and", ("not", '"ab"', '"cd"'), '"ef"')),
    ('("ab" OR "cd") AND "ef"', ("and", ("or", '"ab"', '"cd"'), '"ef"')),
    ('NEAR("ab" "cd", 5) OR ^"ef" * ', ("or", 'NEAR("ab" "cd", 5)', '^"ef" *')),
])
def test_fts5_expressions_parse_with_fts5_precedence(match, tree):
    assert parse_match(match) == tree


def test_the_evaluated_tree_agrees_with_fts5_document_by_document(stores):
    whole, _ = stores
    for query in ['"乡村 村振" NOT "招商"', '"招商" OR "乡村" "安全" NOT "振兴"', '("工作" OR "安全") NOT "党风"']:
        tree = parse_match(query)
        fts = {r[0] for r in whole.conn.execute("SELECT rowid FROM documents_bigrams WHERE documents_bigrams MATCH ?",
                                                (query,))}
        mine = {d for d in range(1, len(SEEDS) + 1) if evaluate(tree, lambda leaf: bool(whole.conn.execute(
            "SELECT 1 FROM documents_bigrams WHERE documents_bigrams MATCH ? AND rowid = ?", (leaf, d)).fetchone()))}
        assert mine == fts, query


@pytest.mark.parametrize("text", [
    "", "乡", "乡村振兴，高标准农田。", "ab_cd e-f 2.5% GDP增长", "𠀀𠀁字，𪚥", "\u3000全角　空格\n换行",
    "Ünïcödé ÉCOLE 数字１２３", "。，、；",
])
def test_bigrams_are_the_tokens_step_6_wrote(text):
    assert grams.bigrams(text) == _old_bigrams(text)
    assert grams.chars(text) == " ".join(sorted({c for c in text if c.isalnum()}))


def test_a_chunk_cut_inside_a_character_leaves_it_to_the_overlap():
    data = "乡村振兴".encode()
    assert grams.bigrams(data[1:]) == "村振 振兴"  # the tail of 乡 dropped
    assert grams.bigrams(data[:-1]) == "乡村 村振"  # the head of 兴 dropped


def test_chunks_cover_the_body_and_overlap_more_than_the_longest_query():
    assert MAX_QUERY_CHARS * 4 <= grams.OVERLAP_BYTES
    assert grams.chunks(0) == grams.chunks(None) == [(1, grams.CHUNK_BYTES + grams.OVERLAP_BYTES)]
    assert len(grams.chunks(grams.CHUNK_BYTES + grams.OVERLAP_BYTES)) == 1
    for n in (grams.CHUNK_BYTES + grams.OVERLAP_BYTES + 1, 5 * grams.CHUNK_BYTES, 50_000_000):
        cs = grams.chunks(n)
        assert cs[-1][0] + cs[-1][1] - 1 >= n and len(cs) > 1
        assert all(b[0] <= a[0] + a[1] - grams.OVERLAP_BYTES for a, b in zip(cs, cs[1:]))
    assert [grams.doc_of(grams.chunk_rowid(7, k)) for k in (0, 1, 2, 65535)] == [7, 7, 7, 7]
    low, high = grams.later_chunks(7)
    assert low <= grams.chunk_rowid(7, 65535) and grams.chunk_rowid(7, 1) <= high < 0


def _chunk_step() -> int:
    return next(s.number for s in steps() if "chunks of bounded size" in s.title)


def test_the_chunk_step_cuts_long_bodies_stored_before_it(tmp_path, monkeypatch):
    path = tmp_path / "old.db"
    conn = sqlite3.connect(path, isolation_level=None)
    migrate(conn, target=_chunk_step() - 1)  # the step before this one: one row per body
    from duban.clean.normalise import half_width, to_simplified

    body = to_simplified(half_width("".join(p.read_text(encoding="utf-8") for p in SEEDS)))  # as a norm is
    for i, text in enumerate(["短报告：乡村振兴示范带。", body]):
        conn.execute("INSERT INTO documents (doc_key, source, content_hash, original, norm, chars, ingested_at)"
                     " VALUES (?, ?, ?, ?, ?, ?, '2025-01-01')", (f"k{i}", f"s{i}", f"h{i}", text, text, len(text)))
    conn.close()
    first, last = CJK.findall(body)[0][:4], CJK.findall(body)[-1][:4]
    monkeypatch.setattr(grams, "CHUNK_BYTES", SMALL_CHUNK)
    db = Database(path)  # migrates: the long body becomes chunks
    assert db.conn.execute("SELECT count(*) FROM documents_bigrams_docsize WHERE id < 0").fetchone()[0] > 10
    for table in ("documents_bigrams", "documents_chars"):
        db.conn.execute(f"INSERT INTO {table} ({table}) VALUES ('integrity-check')")
    assert [r["id"] for r in db.search(f"{first} {last}")["rows"]] == [2]
    assert [r["id"] for r in db.search("乡村振兴示范带")["rows"]] == [1]
    db.conn.execute("DELETE FROM documents WHERE id = 2")
    assert db.search(first)["total"] == 0 and db.search(last)["total"] == 0
    db.conn.execute("INSERT INTO documents_bigrams (documents_bigrams) VALUES ('integrity-check')")
    assert db.conn.execute("SELECT count(*) FROM documents_bigrams_docsize").fetchone()[0] == 1


def index_content(db: Database | sqlite3.Connection) -> dict[str, list]:
    """What the search index holds, however FTS5 laid it out in segments: every token of each
    table at its row and position, and each row's size in tokens."""
    conn = db if isinstance(db, sqlite3.Connection) else db.conn
    out = {}
    for table in ("documents_bigrams", "documents_chars"):
        conn.execute(f"CREATE VIRTUAL TABLE IF NOT EXISTS temp.{table}_vocab USING fts5vocab(main, {table}, instance)")
        out[table] = [tuple(r) for r in conn.execute(f"SELECT term, doc, col, offset FROM temp.{table}_vocab"
                                                     " ORDER BY term, doc, offset")]
        out[f"{table}_docsize"] = [tuple(r) for r in conn.execute(f"SELECT * FROM {table}_docsize ORDER BY 1")]
    return out


def _hashsize_step() -> int:
    return next(s.number for s in steps() if "a batch's bigrams at once" in s.title)


def _insert_seeds(conn: sqlite3.Connection) -> None:
    """The seeds' documents rows, written by SQL (the insert trigger indexes each)."""
    from duban.clean.normalise import half_width, to_simplified

    for i, seed in enumerate(SEEDS):
        text = seed.read_text(encoding="utf-8")
        norm = to_simplified(half_width(text))
        conn.execute("INSERT INTO documents (doc_key, source, content_hash, original, norm, chars, body_chars,"
                     " ingested_at) VALUES (?, ?, ?, ?, ?, ?, ?, '2025-01-01')",
                     (f"k{i}", seed.name, f"h{i}", text, norm, len(text), len(norm)))


def test_a_store_from_before_the_hashsize_step_migrates_and_searches_the_same(tmp_path):
    """Schema step 11 only sets how much FTS5 holds in memory before it writes a segment: a store
    made before it keeps its index as it was, and finds what a store made after it finds."""
    old = sqlite3.connect(tmp_path / "old.db", isolation_level=None)
    migrate(old, target=_hashsize_step() - 1)
    _insert_seeds(old)
    before = index_content(old)
    old.close()
    new = sqlite3.connect(tmp_path / "new.db", isolation_level=None)
    migrate(new)
    _insert_seeds(new)
    new.close()
    migrated, fresh = Database(tmp_path / "old.db"), Database(tmp_path / "new.db")
    for db in (migrated, fresh):
        config = dict(db.conn.execute("SELECT k, v FROM documents_bigrams_config").fetchall())
        assert config["hashsize"] == 8 << 20
    assert index_content(migrated) == before == index_content(fresh)
    for query in ("乡村振兴", "村", "工作", "亿元 2024", "乡村振兴 OR 招商引资", '"乡村振兴" NOT 高标准农田'):
        got, want = migrated.search(query), fresh.search(query)
        assert [(r["id"], r["hits"]) for r in got["rows"]] == [(r["id"], r["hits"]) for r in want["rows"]], query
        assert got["total"] == want["total"] > 0, query


def by_trigger(path: Path) -> Database:
    """The seeds stored one at a time, outside a bulk ingest: each indexed by the insert trigger."""
    from duban.pipeline import process
    from duban.read import read_file

    db = Database(path)
    for seed in SEEDS:
        assert db.ingest_document(process(read_file(seed)))[0] == "ingested"
    return db


@pytest.mark.parametrize("chunk", [grams.CHUNK_BYTES, SMALL_CHUNK])
def test_a_bulk_ingest_indexes_its_batches_as_the_trigger_indexes_each_document(tmp_path, monkeypatch, chunk):
    """A bulk ingest indexes a batch's bodies together before its commit (`grams.index_texts`),
    the insert trigger each document as it is stored: the index holds the same tokens at the same
    places, and every query finds the same documents in the same order."""
    monkeypatch.setattr(grams, "CHUNK_BYTES", chunk)
    one_by_one = by_trigger(tmp_path / "trigger.db")
    bulk = Database(tmp_path / "bulk.db")
    assert bulk.ingest(SEEDS).ok
    assert bulk.conn.execute("SELECT count(*) FROM index_by_writer").fetchone()[0] == 0
    assert index_content(bulk) == index_content(one_by_one)
    for query in ("乡村振兴", "村", "工作", "乡村振兴 OR 招商引资", "NEAR(乡村 振兴)", "亿元 2024"):
        assert [r["id"] for r in bulk.search(query)["rows"]] == [r["id"] for r in one_by_one.search(query)["rows"]]


@pytest.mark.parametrize("chunk", [grams.CHUNK_BYTES, SMALL_CHUNK])
def test_a_body_written_in_pieces_is_indexed_as_the_trigger_indexes_it(tmp_path, monkeypatch, chunk):
    """A body longer than `WRITE_IN_PIECES` is stored in pieces of its own (schema step 10) and
    indexed by duban (`grams.index_body`, schema step 9): the index holds what the insert trigger
    writes for a body bound whole, token for token, and nothing is left in index_by_writer."""
    import duban.store.database as database

    monkeypatch.setattr(grams, "CHUNK_BYTES", chunk)
    trigger = by_trigger(tmp_path / "trigger.db")
    monkeypatch.setattr(database, "WRITE_IN_PIECES", 100)  # every seed's texts written in pieces …
    monkeypatch.setattr(database, "PIECE_CHARS", 777)  # … of 777 characters
    by_writer = Database(tmp_path / "writer.db")
    assert by_writer.ingest(SEEDS).ok
    rows = "SELECT id, original, norm, typeof(original), typeof(norm) FROM document_texts ORDER BY id"
    assert by_writer.conn.execute(rows).fetchall() == trigger.conn.execute(rows).fetchall()
    assert index_content(by_writer) == index_content(trigger)
    assert by_writer.conn.execute("SELECT count(*) FROM index_by_writer").fetchone()[0] == 0
    for query in ("乡村振兴", "村", "乡村振兴 OR 招商引资", "NEAR(乡村 振兴)"):
        assert _ids(by_writer, query) == _ids(trigger, query)
    # and a body so written is taken out of the index whole when its document is deleted
    by_writer.conn.execute("DELETE FROM documents")
    assert _ids(by_writer, "乡村振兴") == ([], 0)
