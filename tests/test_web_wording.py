"""The web pages speak Chinese: the warnings the stages record and the notes the tracker writes
(both in English, for logs and the API) are shown in Chinese, each one of them, with its figures."""

from __future__ import annotations

import re

import pytest

from duban.web import fmt

# One real message of each kind a stage writes (clean/chrome.py, extract/quantities.py,
# structure/org.py with place/locate.py, batch/importer.py), and what the page must say.
WARNINGS = [
    ("second copy of the body at [19556, 38133) left out: identical after normalisation to the text at [171, 18749)",
     ["19556–38133", "171–18749", "略去"]),
    ("second copy of the body at [10, 20) left out (kept the longer copy)", ["10–20", "保留较长"]),
    ("the body at [500, 900) opens like the text at [0, 400) but differs from it: both kept",
     ["500–900", "0–400", "都保留"]),
    ("template residue '关键词2' at offset 812 (x3)", ["关键词2", "812", "3 处"]),
    ("1 number(s) with a decimal or more than 3 digits left out for want of a unit (a measure word no table knows?), "
     "the first at offset 3648", ["1 个", "3 位", "3648"]),
    ("place: 花桥镇: 5 units of this name fit the document equally well (衡南县、黎平县…); kept as candidates",
     ["花桥镇", "5 个", "衡南县、黎平县", "候选"]),
    ("place: 襄樊市 is a former name (2010); placed as today's 襄阳市", ["襄樊市", "2010", "襄阳市"]),
    ("place: 老城镇 is a former name; placed as today's 新城镇", ["老城镇", "新城镇", "旧名"]),
    ("place: 某某社区 is not on the administrative map; placed under 城关镇 as written", ["某某社区", "城关镇"]),
    ("normalised view rebuilt on import: 1200 characters, the batch output says 1198 (written by another version "
     "of duban)", ["1200", "1198"]),
]

# Notes of tracking rows (link/track.py), one or several joined by "; ".
NOTES = [
    ("growth 34.7% computed from the base in the earlier report", ["34.7%", "基数"]),
    ("best figure below confidence (0.42): 地区生产总值 176.6亿元", ["0.42", "地区生产总值 176.6亿元"]),
    ("level 112 家: 21家 in the earlier report plus 91家 added", ["112家", "21家", "91家"]),
    ("increase 91 家: the level 112家 less 21家 in the earlier report", ["91家", "112家", "21家"]),
    ("亩 converted 公顷: 60", ["亩", "公顷", "60"]),
    ("户 counted as 人: 300", ["户", "人", "300"]),
    ("parts summed: 3 + 4 = 7 亿元; the level reached, from the review's plan (从…提高到…)",
     ["3 + 4 = 7亿元", "从…提高到…", "；"]),
    ("per head: 24000 万元 / 6 万人 = 4000 元", ["24000万元", "6万人", "4000元"]),
    ("a level for an increase, no earlier level", ["新增量"]),
    ("an increase for a level, no earlier level", ["总量"]),
]

ENGLISH = re.compile(r"[A-Za-z]{3,}")


@pytest.mark.parametrize(("message", "kept"), WARNINGS, ids=[m[:30] for m, _ in WARNINGS])
def test_every_warning_reads_in_chinese_with_its_figures(message, kept):
    shown = fmt.warning(message)
    assert not ENGLISH.search(shown.replace("duban", "")), shown
    for part in kept:
        assert part in shown, (part, shown)


@pytest.mark.parametrize(("note", "kept"), NOTES, ids=[n[:30] for n, _ in NOTES])
def test_every_tracking_note_reads_in_chinese_with_its_figures(note, kept):
    shown = fmt.track_note(note)
    assert not ENGLISH.search(shown), shown
    for part in kept:
        assert part in shown, (part, shown)


@pytest.mark.parametrize("unknown", ["something new happened", ""])
def test_a_message_no_pattern_knows_is_shown_as_it_is(unknown):
    assert fmt.warning(unknown) == unknown
    assert fmt.track_note(unknown) == unknown


# Why a file was not read (duban.errors.E), as the upload page says it.
REASONS = [
    ("not a valid PDF file: Stream has ended unexpectedly", "不是有效的 PDF 文件：Stream has ended unexpectedly"),
    ("file is empty", "文件是空的"),
    ("unsupported file type '.jpg'; supported: .docx, .pdf", "不支持的文件类型 .jpg；支持：.docx, .pdf"),
    ("file is larger than the size limit of 64 MB (70.1 MB; DUBAN_MAX_FILE_MB)", "文件超过 64 MB 的上限（70.1 MB；DUBAN_MAX_FILE_MB）"),
    ("no text layer: scanned PDF?", "PDF 没有文字层：可能是扫描件？"),
    ("cannot decode the bytes as text (tried utf-8, gb18030)", "无法识别文字编码（试过 utf-8, gb18030）"),
]


@pytest.mark.parametrize(("reason", "shown"), REASONS)
def test_a_reader_reason_reads_in_chinese(reason, shown):
    assert fmt.read_reason(reason) == shown


def test_every_catalogued_reason_has_a_chinese_wording_but_the_pipeline_stage_name():
    from duban.errors import E

    assert set(fmt.READ_REASONS) == {e.name for e in E} - {"E012"}


def test_the_upload_page_says_in_chinese_why_a_file_was_not_imported(tmp_path):
    from fastapi.testclient import TestClient

    from duban.store import Database
    from duban.web import create_app

    Database(tmp_path / "d.db").close()
    client = TestClient(create_app(tmp_path / "d.db", allow_upload=True, token="t"))
    page = client.post("/upload", data={"token": "t"}, files={"file": ("broken.pdf", b"%PDF-1.4\n garbage")})
    assert page.status_code == 422
    assert "未能导入：不是有效的 PDF 文件" in page.text and "not a valid" not in page.text


def test_the_facts_filters_take_the_chinese_names_the_cli_takes(tmp_path):
    from fastapi.testclient import TestClient
    from helpers import SEEDS

    from duban.store import Database
    from duban.web import create_app

    with Database(tmp_path / "d.db") as db:
        db.ingest([sorted(SEEDS.glob("*.txt"))[0]])
    client = TestClient(create_app(tmp_path / "d.db"))
    by_code = client.get("/api/v1/facts", params={"kind": "amount", "part": "review"}).json()
    by_name = client.get("/api/v1/facts", params={"kind": "数量", "part": "回顾"}).json()
    assert by_code["total"] > 0 and by_name["total"] == by_code["total"]


def test_the_search_help_does_not_ask_for_long_words(tmp_path):
    """Every word goes through the index whatever its length (docs/web.md): the page says so."""
    from fastapi.testclient import TestClient

    from duban.store import Database
    from duban.web import create_app

    Database(tmp_path / "d.db").close()
    page = TestClient(create_app(tmp_path / "d.db")).get("/search").text
    assert "个字以上" not in page and "一两个字的词" in page


def test_every_metadata_field_the_tables_and_readers_name_has_a_chinese_label():
    from duban.lang import load_table

    names = {r["name"] for r in load_table("metadata_fields")} | {r["name"] for r in load_table("trailers")}
    names |= {"template_residue", "html_title", "docx_title", "docx_author", "docx_created", "converter"}
    assert names - set(fmt.META_LABELS) == set()
