"""Full-text search (schema step 4, `Database.search`) and `Database.compare`.

The recall tests check the trigram index against a brute-force scan of the bodies: for
Chinese words of 2, 3 and 4 characters cut from the seed reports, the documents found
must be exactly those whose body holds the word.
"""

from __future__ import annotations

import random
import re
import sqlite3
from pathlib import Path

import pytest

from duban.errors import DubanError
from duban.store import Database
from duban.store.compare import similar, subject_key
from duban.store.migrations import migrate
from duban.store.search import QuerySyntaxError, plan

SEEDS = sorted((Path(__file__).resolve().parents[1] / "samples" / "seeds").glob("*.txt"))
CJK = re.compile(r"[\u4e00-\u9fff]+")


@pytest.fixture(scope="module")
def seeded(tmp_path_factory: pytest.TempPathFactory) -> Database:
    path = tmp_path_factory.mktemp("search") / "duban.db"
    db = Database(path)
    report = db.ingest(SEEDS)
    assert report.ok, [r.reason for r in report.failed]
    yield db
    db.close()


def bodies(db: Database) -> dict[int, str]:
    return {d["id"]: db.conn.execute("SELECT norm FROM documents WHERE id = ?", (d["id"],)).fetchone()[0] or ""
            for d in db.documents()}


def found(db: Database, query: str) -> set[int]:
    result = db.search(query, limit=1000)
    ids = {r["id"] for r in result["rows"]}
    assert result["total"] == len(ids) and result["total_exact"]
    return ids


def sample_words(db: Database, length: int, n: int, seed: int = 4) -> list[str]:
    rng = random.Random(seed)
    runs = [run for body in bodies(db).values() for run in CJK.findall(body) if len(run) >= length]
    words = set()
    while len(words) < n:
        run = rng.choice(runs)
        i = rng.randrange(len(run) - length + 1)
        words.add(run[i : i + length])
    return sorted(words)


# -- recall: the index finds exactly what a scan finds -----------------------------------
@pytest.mark.parametrize("length", [1, 2, 3, 4, 6])
def test_recall_on_chinese_words_equals_a_brute_force_scan(seeded, length):
    texts = bodies(seeded)
    for word in sample_words(seeded, length, 40):
        expected = {doc_id for doc_id, body in texts.items() if word in body}
        assert expected, word
        assert found(seeded, word) == expected, word


@pytest.mark.parametrize("word", ["乡村振兴", "高标准农田", "党建", "乡村", "农田", "人居环境", "招商引资", "安全生产"])
def test_recall_on_common_report_words(seeded, word):
    texts = bodies(seeded)
    assert found(seeded, word) == {doc_id for doc_id, body in texts.items() if word in body}


@pytest.mark.parametrize("query, match, chars_match, scan", [
    ("乡村振兴", '"乡村 村振 振兴"', "", []),  # n characters: the phrase of their n-1 bigrams
    ("乡村", '"乡村"', "", []),  # two characters: one bigram
    ("农", "", '"农"', []),  # one character: the table of characters
    ("乡村 振兴工作", '"乡村" AND "振兴 兴工 工作"', "", []),
    ("2.5%", "", '"2" AND "5"', ["2.5%"]),  # punctuation: the digits narrow, the bodies decide
    ("GDP增长5%", '"GD DP P增 增长 长5"', "", ["GDP增长5%"]),
])
def test_every_word_with_a_letter_or_digit_goes_through_the_index(query, match, chars_match, scan):
    p = plan(query)
    assert (p.mode, p.match, p.chars_match, p.scan_terms) == ("fts", match, chars_match, scan)


def test_only_punctuation_is_a_scan(seeded):
    assert plan("%").mode == "scan" and plan("，。").mode == "scan"
    texts = bodies(seeded)
    assert found(seeded, "，。") == {i for i, b in texts.items() if "，。" in b}


def test_a_word_that_is_nowhere_finds_nothing(seeded):
    result = seeded.search("不存在的词语组合")
    assert result["total"] == 0 and result["rows"] == []


def test_several_words_must_all_occur(seeded):
    texts = bodies(seeded)
    expected = {i for i, b in texts.items() if "乡村振兴" in b and "党建" in b and "安全生产" in b}
    assert found(seeded, "乡村振兴 党建 安全生产") == expected
    assert found(seeded, "乡村振兴 党建") == {i for i, b in texts.items() if "乡村振兴" in b and "党建" in b}


def test_traditional_and_full_width_queries_find_the_normalised_bodies(seeded):
    assert found(seeded, "鄉村振興") == found(seeded, "乡村振兴")
    texts = bodies(seeded)
    assert found(seeded, "１００％") == {i for i, b in texts.items() if "100%" in b}


def test_the_traditional_seed_is_found_by_a_simplified_query_and_shown_as_written(seeded):
    trad = next(d for d in seeded.documents() if d["script"] == "traditional")
    result = seeded.search("乡村振兴", limit=100)
    row = next(r for r in result["rows"] if r["id"] == trad["id"])
    original = seeded.text(trad["id"])
    s = row["snippets"][0]
    assert original[s["start"] : s["end"]] == "鄉村振興"  # the hit is in the original, as written


def test_fts5_syntax_or_not_phrase(seeded):
    texts = bodies(seeded)
    a, b = "乡村振兴", "高标准农田"
    assert found(seeded, f"{a} OR {b}") == {i for i, t in texts.items() if a in t or b in t}
    assert found(seeded, f"{a} NOT {b}") == {i for i, t in texts.items() if a in t and b not in t}
    assert found(seeded, f'"{a}"') == {i for i, t in texts.items() if a in t}
    assert found(seeded, f"({a} OR {b}) AND 安全生产") == {
        i for i, t in texts.items() if (a in t or b in t) and "安全生产" in t}


@pytest.mark.parametrize("query", [
    '"未闭合的引号', "乡村振兴 AND", "(乡村振兴", "乡村振兴)", "NEAR(", "OR 乡村振兴", "AND", "乡村振兴 NOT",
    '"乡"', "(乡 OR 村)", "乡村振兴 AND 村", "", "   ", "x" * 600,
])
def test_malformed_or_empty_queries_raise_query_syntax_error(seeded, query):
    with pytest.raises(QuerySyntaxError) as err:
        seeded.search(query)
    assert str(err.value)  # a message for the user
    assert isinstance(err.value, ValueError)


@pytest.mark.parametrize("query", [
    "'; DROP TABLE documents; --", "乡村振兴'); DELETE FROM facts; --", "%", "_", "a%", "100%", "\\", "''",
    "* ^ :", "乡村振兴*", "NEAR", "and or not",
])
def test_queries_are_parameters_never_sql(seeded, query):
    before = (seeded["documents"].count, seeded["facts"].count)
    try:
        assert seeded.search(query)["total"] >= 0
    except QuerySyntaxError:  # ASCII parentheses or quotes make it FTS5 syntax, which may not parse: fine
        pass
    assert (seeded["documents"].count, seeded["facts"].count) == before


def test_like_wildcards_in_a_short_query_are_literal(seeded):
    texts = bodies(seeded)
    for query in ("%", "_", "a%", "5%"):
        expected = {i for i, b in texts.items() if query.lower() in b.lower()}
        assert found(seeded, query) == expected, query


def test_ascii_case_is_folded_like_the_index_folds_it(seeded, tmp_path):
    db = Database(tmp_path / "case.db")
    doc = tmp_path / "gdp.txt"
    doc.write_text("某乡2024年工作总结\n全乡GDP增长5%，5G基站建成2个。\n", encoding="utf-8")
    assert db.ingest([doc]).ok
    assert db.search("gdp")["total"] == db.search("GDP")["total"] == 1
    assert db.search("5g")["total"] == db.search("5G")["total"] == 1
    assert db.search("g")["total"] == db.search("G")["total"] == 1


# -- results: snippets, hits, pagination -------------------------------------------------
def test_snippets_are_cut_from_the_original_and_hits_point_at_the_word(seeded):
    result = seeded.search("乡村振兴", limit=100)
    assert result["rows"]
    for row in result["rows"]:
        original = seeded.text(row["id"])
        assert row["hits"] >= len(row["snippets"]) >= 1
        for s in row["snippets"]:
            hits = [seg["text"] for seg in s["segments"] if seg["hit"]]
            assert hits and all(h in ("乡村振兴", "鄉村振興") for h in hits)
            joined = "".join(seg["text"] for seg in s["segments"])
            assert joined in original
            assert original[s["start"] : s["end"]] == hits[0]


def test_hits_count_every_occurrence(seeded):
    texts = bodies(seeded)
    for row in seeded.search("乡村", limit=100)["rows"]:
        assert row["hits"] == texts[row["id"]].count("乡村")


def test_results_are_ranked_and_paginated_with_a_stable_total(seeded):
    for word in ("工作", "村"):  # by relevance (bm25), and by hits (one character)
        everything = seeded.search(word, limit=100)
        assert everything["total"] == len(everything["rows"]) == 5
        pages = [seeded.search(word, limit=2, offset=o) for o in (0, 2, 4)]
        assert all(p["total"] == 5 for p in pages)
        assert [r["id"] for p in pages for r in p["rows"]] == [r["id"] for r in everything["rows"]]
        assert seeded.search(word, limit=2, offset=100)["rows"] == []
    ranked = seeded.search("村", limit=100)["rows"]
    assert [r["hits"] for r in ranked] == sorted((r["hits"] for r in ranked), reverse=True)


def test_rows_have_the_shape_of_documents_rows(seeded):
    row = seeded.search("乡村振兴")["rows"][0]
    listed = next(d for d in seeded.documents() if d["id"] == row["id"])
    assert {k: row[k] for k in listed} == listed


# -- the index follows the documents table -----------------------------------------------
def test_the_index_follows_inserts_deletes_and_new_versions(tmp_path):
    db = Database(tmp_path / "sync.db")
    doc = tmp_path / "report.txt"
    doc.write_text("某乡2024年工作总结\n推进独一无二的蓝莓产业园建设。\n", encoding="utf-8")
    assert db.ingest([doc]).ok
    assert db.search("蓝莓产业园")["total"] == 1
    doc.write_text("某乡2024年工作总结\n推进独一无二的草莓产业园建设。\n", encoding="utf-8")
    assert db.ingest([doc]).ok  # version 2 supersedes version 1
    assert db.search("草莓产业园")["total"] == 1
    assert db.search("蓝莓产业园")["total"] == 0  # only the newest version by default
    assert db.search("蓝莓产业园", latest_only=False)["total"] == 1
    db.conn.execute("DELETE FROM documents WHERE id = (SELECT max(id) FROM documents)")
    assert db.search("草莓产业园", latest_only=False)["total"] == 0
    assert db.search("草莓", latest_only=False)["total"] == 0 and db.search("草", latest_only=False)["total"] == 0
    for table in ("documents_bigrams", "documents_chars"):
        db.conn.execute(f"INSERT INTO {table} ({table}) VALUES ('integrity-check')")


def test_step_4_indexes_the_documents_already_stored(tmp_path):
    path = tmp_path / "old.db"
    conn = sqlite3.connect(path, isolation_level=None)
    migrate(conn, target=3)
    conn.execute(
        "INSERT INTO documents (doc_key, source, content_hash, original, norm, chars, ingested_at)"
        " VALUES ('abcd', 'old.txt', 'abcd1234', '旧报告：乡村振兴示范带', '旧报告:乡村振兴示范带', 11, '2025-01-01')"
    )
    conn.close()
    db = Database(path)  # migrates to step 4, which builds the index
    assert db.search("乡村振兴示范")["total"] == 1
    assert db.search("示范带")["rows"][0]["snippets"][0]["segments"][-1]["text"] == "示范带"


# -- read-only opening -------------------------------------------------------------------
def test_open_read_only_reads_but_cannot_write(seeded):
    ro = Database.open_read_only(seeded.path)
    assert ro.search("乡村振兴")["total"] == seeded.search("乡村振兴")["total"]
    assert ro.documents() == seeded.documents()
    with pytest.raises(sqlite3.OperationalError):
        ro.conn.execute("DELETE FROM facts")
    ro.close()


def test_open_read_only_refuses_a_missing_or_old_database(tmp_path):
    with pytest.raises(DubanError):
        Database.open_read_only(tmp_path / "missing.db")
    conn = sqlite3.connect(tmp_path / "old.db", isolation_level=None)
    migrate(conn, target=2)
    conn.close()
    with pytest.raises(DubanError) as err:
        Database.open_read_only(tmp_path / "old.db")
    assert "schema version 2" in err.value.reason


# -- compare -----------------------------------------------------------------------------
def test_subject_similarity():
    assert similar("农村公路", "农村公路")
    assert similar(subject_key("新建农村公路"), subject_key("农村公路"))
    assert similar("低保户", "低保")
    assert not similar("农村公路", "护栏")
    assert not similar("", "护栏")
    assert subject_key("“稻+”经济、产业园") == "稻经济产业园"


@pytest.mark.parametrize("a, b, alike", [
    ("新建道路", "新建道路", True), ("新建道路", "新建道路里程", True), ("地区生产总值", "生产总值", True),
    ("面积", "造林面积", False), ("收入", "村集体经济收入", False), ("高标准农田", "标准农田", True),
    ("粮食产量", "生猪出栏", False),
])
def test_subjects_alike_only_when_they_name_the_same_indicator(a, b, alike):
    assert similar(subject_key(a), subject_key(b)) is alike


def test_compare_keeps_plan_targets_and_results_apart(tmp_path):
    db = Database(tmp_path / "sides.db")
    for name, org in (("a.txt", "甲乡"), ("b.txt", "乙乡")):
        (tmp_path / name).write_text(
            f"{org}2024年工作总结和2025年工作计划\n一、2024年工作回顾\n全年新建农村公路12公里。\n"
            "二、2025年工作计划\n计划新建农村公路30公里。\n", encoding="utf-8")
    assert db.ingest([tmp_path / "a.txt", tmp_path / "b.txt"]).ok
    ids = [d["id"] for d in db.documents()]
    indicators = db.compare(ids)["indicators"]
    roads = [i for i in indicators if "公路" in i["subject"]]
    assert {i["part"] for i in roads} == {"plan", "result"}, roads
    for indicator in roads:
        parts = {f["part"] for v in indicator["values"] for f in v["facts"]}
        assert parts == ({"plan"} if indicator["part"] == "plan" else parts - {"plan"})


def test_compare_finds_indicators_shared_by_two_or_more_documents(seeded):
    from duban.store.compare import _dimensions, part_side

    dimensions = _dimensions()
    ids = [d["id"] for d in seeded.documents()]
    result = seeded.compare(ids[:3])
    assert [d["id"] for d in result["documents"]] == ids[:3]
    assert result["indicators"]
    for indicator in result["indicators"]:
        assert [v["doc_id"] for v in indicator["values"]] == ids[:3]
        having = [v for v in indicator["values"] if v["facts"]]
        assert len(having) == indicator["docs"] >= 2
        for v in having:
            for f in v["facts"]:  # like with like: plan targets with plan targets, results with results
                assert f["kind"] == indicator["kind"] and part_side(f["part"]) == indicator["part"]
                assert dimensions.get(f["unit"], f["unit"]) == indicator["dimension"]
                assert similar(subject_key(f["subject"]), subject_key(indicator["subject"])) or any(
                    similar(subject_key(f["subject"]), subject_key(g["subject"]))
                    for w in having for g in w["facts"] if g is not f)
                assert seeded.text(v["doc_id"])[f["start"] : f["end"]] == f["text"]


def test_compare_attention_is_a_share_of_sentences_per_domain(seeded):
    ids = [d["id"] for d in seeded.documents()]
    result = seeded.compare(ids)
    assert result["domains"]
    for a in result["attention"]:
        assert a["sentences"] > 0
        total = sum(a["counts"].values())
        assert abs(sum(a["shares"].values()) + a["unassigned"] - 1) < 1e-9
        assert all(abs(a["shares"][d] - a["counts"][d] / a["sentences"]) < 1e-12 for d in a["counts"])
        assert total <= a["sentences"]


@pytest.mark.parametrize("refs", [[], [1], [1, 1], list(range(1, 13))])
def test_compare_needs_two_to_ten_different_documents(seeded, refs):
    with pytest.raises((ValueError, DubanError)):
        seeded.compare(refs)


def test_compare_an_unknown_document_is_e015(seeded):
    with pytest.raises(DubanError) as err:
        seeded.compare([1, 999])
    assert err.value.code_name == "E015"


def test_broad_queries_come_newest_first_narrow_ones_by_relevance(seeded, monkeypatch):
    from duban.store import search as search_module

    assert seeded.search("村")["order"] == "hits"  # one character: most hits first
    assert seeded.search("工作")["order"] == "relevance"
    assert seeded.search("乡村振兴")["order"] == "relevance"
    everything = seeded.search("乡村振兴", limit=100)
    assert everything["total_exact"] and everything["total"] > 3
    monkeypatch.setattr(search_module, "RANK_LIMIT", 2)
    result = seeded.search("乡村振兴", limit=100)
    assert result["order"] == "newest"
    assert (result["total"], result["total_exact"]) == (3, False)  # counting stops past the limit: "more than 2"
    ids = [r["id"] for r in result["rows"]]
    assert ids == sorted(ids, reverse=True) and len(ids) == everything["total"]  # every page still reachable
    pages = [seeded.search("乡村振兴", limit=1, offset=o)["rows"][0]["id"] for o in range(len(ids))]
    assert pages == ids
