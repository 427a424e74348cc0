"""Chrome's quick tests of a line: a page-chrome pattern matches only lines holding one of the
characters (or strings) read off it, so the lines passed over could not have matched."""

from __future__ import annotations

import re

import pytest

from duban.clean.chrome import _any_of, _finder, _needed_chars, _needed_strings, _page_chrome, _strings_of
from helpers import SEEDS, SERIES


@pytest.mark.parametrize(("pattern", "needed"), [
    (r"【?\s*打印(?:本页|此页)?\s*】?", {"打"}),
    (r"^(?:>>|>|»|›)\s*\S", {">", "»", "›"}),
    (r"^(?:主办单位|主办|技术支持)\s*[:：]", {"主", "技"}),
    (r"公网安备\s*\d+号", {"公"}),
    (r"[\s|]*\|", {"|"}),
    (r"(?:加入)?收藏", {"收"}),
    (r"\d+", set()),  # nothing known: every line is tried
    (r"(?:上|\d)篇", {"篇"}),
    # the fewest characters of any element every match holds: the bar, not the words before it
    (r"^\s*[^|\s]{2,14}(?:政府网|政府|网站)(?:\s*\|\s*[^|\s]{2,14}(?:政府网|政府|网站))+$", {"|"}),
])
def test_the_characters_every_match_holds(pattern, needed):
    assert _needed_chars(pattern) == needed


@pytest.mark.parametrize(("pattern", "needed"), [
    (r"【?\s*打印(?:本页|此页)?\s*】?", {"打印"}),
    (r"【\s*字号[^】\n]*】?", {"字号"}),  # the longer string of a later element, not 【
    (r"字[号体]\s*[:：]?", {"字号", "字体"}),
    (r"(?:今日是|今天|当前日期)\s*\d", {"今日是", "今天", "当前日期"}),
    (r"^(?:主办单位|主办|技术支持)\s*[:：]", {"主办单位", "主办", "技术支持"}),
    (r"(?:京|津)ICP备\s*\d+号", {"ICP备"}),  # one string rather than one for each province
    (r"(?:上|下)一篇", {"一篇"}),  # one string rather than two
    (r"(?:上|下)一篇\s*[:：]", {"一篇"}),
    (r"(?:上|下)篇", {"上篇", "下篇"}),
    (r"(?:加入)?收藏(?:本页)?", {"收藏"}),
    (r"^©", {"©"}),
    (r"\d+", set()),  # nothing known: every line is tried
    (r"(?:上|\d)篇", {"篇"}),
    (r"(?:分享|)到", {"到"}),  # an empty alternative: what follows it
    (r"(?:分享|)\s*到", {"到"}),
    (r"(?i)copyright", set()),  # letters in either case: not read off
    (r"分\n享", {"享"}),  # no string across a line break: no line holds one
])
def test_the_strings_every_match_holds(pattern, needed):
    assert _needed_strings(re.compile(pattern)) == needed


def _lines() -> list[str]:
    lines = ["【打印本页】 【关闭窗口】", "首页 > 政务公开 > 规划计划", "|||", "> 领导之窗", "分享到：",
             "版权所有：某某县人民政府", "浙ICP备12345678号", "上一篇：无", "Public domain", "字体：[大 中 小]"]
    for path in sorted(SEEDS.glob("*.txt")) + sorted(SERIES.glob("*.txt")):
        lines += path.read_text(encoding="utf-8").splitlines()
    return lines


@pytest.mark.parametrize("extent", ["line", "token", "block", "rest"])
def test_no_line_the_quick_test_passes_over_matches_a_pattern(extent):
    quick = _any_of(extent)
    matched = 0
    for line in _lines():
        hit = any(p.search(line) for _, p in _page_chrome().get(extent, []))
        matched += hit
        assert not hit or quick.search(line), line
    assert matched > 0


@pytest.mark.parametrize("extents", [("token",), ("block", "rest")])
def test_no_line_the_strings_test_passes_over_matches_a_pattern(extents):
    quick = _finder(_strings_of(*extents))
    matched = 0
    for line in _lines():
        hit = any(p.search(line) for extent in extents for _, p in _page_chrome().get(extent, []))
        matched += hit
        assert not hit or quick.search(line), line
    assert matched > 0


@pytest.mark.parametrize("text", ["", "\n", "a", "a\n", "a\nb", "\n\na\n\n", "a\r\nb\rc\x0bd\x1ce\x85f\u2028g\n",
                                  "索引号:1\n\n发布机构:某县\r\n正文。", "一\n二\n三"])
def test_a_views_lines_are_those_str_splitlines_draws(text):
    from duban.clean.chrome import split_lines
    from duban.clean.lines import LineOffsets

    lines = split_lines(text)
    assert [line.text for line in lines] == text.splitlines()
    assert all(text[line.start : line.end] == line.text for line in lines)
    assert [line.stop for line in lines] == [line.start for line in lines][1:] + ([len(text)] if lines else [])

    class Plain(LineOffsets):
        def line(self, start, end, stop):
            return text[start:end]

    assert list(Plain(text, re.compile("\n"), keep_last=True)) == text.split("\n")  # cut by str.split
    splitlines = text.split("\n")[: -1 if text.endswith("\n") or not text else None]  # (no last, empty line)
    assert list(Plain(text, re.compile("\n"), keep_last=False)) == splitlines
