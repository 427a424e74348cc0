"""Malformed pages keep every piece of their visible text, in reading order.

The corpus (tests/data/html_malformed, written by its make_corpus.py) holds the markup of
legacy CMSs: unclosed <font>/<span>/<b> opening each of 300 paragraphs, a sentence 300 and
3000 <div>s deep, layout tables (nested 40 deep), <br>-only paragraphs, comments, scripts
and styles in the middle of sentences, misnested and stray tags, text straight inside a
<table>, pages without <html>/<body>, GBK pages declaring utf-8, latin-1, windows-1252 or
big5. Each ``.txt`` is the text a reader of the page sees, one block a line.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from duban.read import read_file

CORPUS = Path(__file__).parent / "data" / "html_malformed"
PAGES = sorted(CORPUS.glob("*.html"))
_SPACE = re.compile(r"\s+")


def expected_lines(page: Path) -> list[str]:
    return [line for line in page.with_suffix(".txt").read_text(encoding="utf-8").splitlines() if line.strip()]


def kept_in_order(text: str, expected: list[str]) -> tuple[int, int, list[str]]:
    """(characters of the expected lines found in order, characters expected, lines missing)."""
    got = _SPACE.sub("", text)
    pos = found = total = 0
    missing = []
    for line in expected:
        line = _SPACE.sub("", line)
        total += len(line)
        at = got.find(line, pos)
        if at < 0:
            missing.append(line)
            continue
        found += len(line)
        pos = at + len(line)
    return found, total, missing


def test_the_corpus_holds_every_kind_of_malformed_page():
    names = {p.stem for p in PAGES}
    for kind in ("font_unclosed_300", "font_unclosed_20", "nested_div_300_closed", "nested_div_3000_unclosed",
                 "layout_table", "nested_tables_40", "br_only_paragraphs", "comments_and_scripts", "misnested",
                 "no_html_head_or_body", "gbk_declared_utf8", "gbk_declared_iso88591", "gbk_declared_big5"):
        assert kind in names
    assert len(expected_lines(CORPUS / "font_unclosed_300.html")) == 300


@pytest.mark.parametrize("page", PAGES, ids=lambda p: p.stem)
def test_every_piece_of_visible_text_is_kept_in_reading_order(page):
    doc = read_file(page)
    found, total, missing = kept_in_order(doc.original, expected_lines(page))
    assert missing == []
    assert found == total


@pytest.mark.parametrize("page", PAGES, ids=lambda p: p.stem)
def test_nothing_invisible_is_read_as_text(page):
    doc = read_file(page)
    for hidden in ("浏览次数", "请升级浏览器", "document.write", "margin", "编辑：张三", "var s"):
        assert hidden not in doc.original


def test_each_paragraph_of_unclosed_font_tags_is_a_line_of_its_own():
    doc = read_file(CORPUS / "font_unclosed_300.html")
    assert doc.original.split("\n") == expected_lines(CORPUS / "font_unclosed_300.html")


def test_text_straight_inside_a_table_reads_before_it_as_in_a_browser():
    doc = read_file(CORPUS / "misnested.html")
    lines = expected_lines(CORPUS / "misnested.html")
    assert doc.original.index(lines[2]) < doc.original.index(lines[3])


@pytest.mark.parametrize("declared", ["utf8", "iso88591", "windows1252", "big5"])
def test_a_gbk_page_with_a_wrong_charset_is_read_by_its_bytes(declared):
    page = CORPUS / f"gbk_declared_{declared}.html"
    doc = read_file(page)
    assert doc.encoding == "gb18030"
    assert doc.original.split("\n")[0] == expected_lines(page)[0]


def test_the_whole_corpus_keeps_all_of_its_visible_text():
    found = total = 0
    for page in PAGES:
        f, t, _ = kept_in_order(read_file(page).original, expected_lines(page))
        found, total = found + f, total + t
    assert total > 30_000 and found == total
