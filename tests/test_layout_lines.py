"""A report copied out of a PDF keeps the page's lines; its normalised view reads through them.

The original text keeps every line break (facts still point at it exactly); the normalised
view leaves out a break that a page layout made inside a sentence, so that
``同比增长⏎4.58%`` is a change and ``规上工业⏎总产值`` one subject.
"""

from __future__ import annotations

import duban
import pytest
from duban.clean.lines import layout_breaks
from duban.clean.normalise import normalise_text

WRAPPED = (
    "上半年,全镇实现一般公共预算收入3.48亿元,同比增长2.08%。完成工业开票销售收入\n"
    "108亿元,同比增长4.58%。实现工业总产值119亿元,同比增长11.1%,其中规上工业\n"
    "总产值84.5亿元,同比增长10.31%。完成全社会固定资产投资10.07亿元,同比增长\n"
    "23.9%,其中工业投资6.81亿元,同比增长19.55%;服务业投资3.25亿元,同比增长\n"
    "34.11%。实现进出口总额1.15亿美元,同比增长15%。\n"
    "一、聚焦提质增效\n"
    "一是项目建设蹄疾步稳。全力抓好重点项目,区重点项目累计完成投资5.6亿元,完成计划投\n"
    "资的65.58%。\n"
)

PARAGRAPHS = (
    "一、工作回顾\n"
    "全镇完成投资3亿元,同比增长5%。新建道路5公里,改造危房30户,发放补贴20万元,\n"
    "服务群众2000余人次。\n"
    "二、存在问题\n"
    "产业基础薄弱,增收渠道不多。\n"
)


def test_the_breaks_inside_sentences_of_a_wrapped_text_are_the_layouts():
    breaks = layout_breaks(WRAPPED)
    lines = WRAPPED.split("\n")
    ends = [sum(len(line) + 1 for line in lines[:n + 1]) - 1 for n in range(len(lines) - 1)]
    assert breaks == {ends[0], ends[1], ends[2], ends[3], ends[6]}  # not after 。 nor the heading


def test_a_text_written_in_paragraphs_has_no_layout_breaks():
    assert layout_breaks(PARAGRAPHS) == set()  # one break inside a sentence is no page layout
    assert normalise_text(PARAGRAPHS)[0].count("\n") == PARAGRAPHS.count("\n") - 1  # (the last one is trimmed)


def _wrapped(text: str, width: int) -> str:
    """``text`` with each paragraph cut every ``width`` characters, as a page's layout cuts it."""
    return "\n".join(p[i : i + width] for p in text.split("\n") for i in range(0, max(len(p), 1), width))


def _layout_texts() -> list[str]:
    from helpers import SEEDS, SERIES

    texts = [WRAPPED, PARAGRAPHS, WRAPPED.replace("\n", "\r\n"), "\n".join(WRAPPED.split("\n")[:3]), ""]
    for path in sorted(SEEDS.glob("*.txt")) + sorted(SERIES.glob("*.txt"))[:6]:
        text = path.read_text(encoding="utf-8")
        texts += [text, _wrapped(text, 38), _wrapped(text, 80), _wrapped(text, 38).replace("\n", "\r\n")]
    return texts


@pytest.mark.parametrize("text", _layout_texts())
def test_the_shortcut_past_measuring_the_lines_never_misses_a_layout(text, monkeypatch):
    import duban.clean.lines as lines

    quick = lines.layout_breaks(text)
    monkeypatch.setattr(lines, "_may_wrap", lambda _: True)  # every text measured line by line
    assert quick == lines.layout_breaks(text)


def test_the_normalised_view_joins_wrapped_lines_and_maps_back_to_the_original():
    norm, offset_map, _ = normalise_text(WRAPPED)
    assert "同比增长4.58%" in norm and "规上工业总产值" in norm
    assert "\n一、聚焦提质增效\n" in norm  # a heading keeps its own line
    at = norm.index("4.58%")
    assert WRAPPED[offset_map.span(at, at + 5).start : offset_map.span(at, at + 5).end] == "4.58%"


def test_facts_of_a_wrapped_report_read_across_its_lines(tmp_path):
    path = tmp_path / "report.txt"
    path.write_text(WRAPPED, encoding="utf-8")
    facts = {f.text: f for f in duban.read(path).facts}
    assert facts["同比增长\n23.9%"].kind == "change" and facts["同比增长\n23.9%"].value == 23.9
    assert facts["84.5亿元"].subject == "规上工业总产值"
    assert all(duban.read(path).original[f.start : f.end] == f.text for f in facts.values())


@pytest.mark.parametrize("text, view", [
    # a line with letters spaced apart (a PDF's converter): a single space between two Chinese characters
    # is no word break on it; spaces beside figures and punctuation stay
    ("同期增 长 21.05% ; 完 成 地 方 财 政 收 入 1121 万 元 , 同 期 增 长186.4%",
     "同期增长 21.05% ; 完成地方财政收入 1121 万元 , 同期增长186.4%"),
    ("政 府 工 作 报 告\n城关镇 东关镇 西关镇", "政府工作报告\n城关镇 东关镇 西关镇"),
    # negative: words a space sets apart, no letter spaced (columns, a list of names)
    ("摩托车路防火通道 低保资金 张 三", "摩托车路防火通道 低保资金 张 三"),
])
def test_a_letter_spaced_line_is_read_without_its_spaces(text, view):
    norm, offsets, _ = normalise_text(text)
    assert norm == view
    assert all(text[offsets.to_original(i)] == ch for i, ch in enumerate(norm) if ch != "\n")


def test_a_letter_spaced_name_is_the_subject_as_written(tmp_path):
    path = tmp_path / "report.txt"
    path.write_text("完 成 地 方 财 政 收 入 1121 万 元 , 同 期 增 长186.4%。", encoding="utf-8")
    facts = {f.text: f for f in duban.read(path).facts}
    assert (facts["1121 万 元"].value, facts["1121 万 元"].unit, facts["1121 万 元"].subject) == (11210000, "元", "地 方 财 政 收 入")
    assert facts["增 长186.4%"].subject == "地 方 财 政 收 入"


@pytest.mark.parametrize("text, view", [
    # a subscript a page (Wikisource) set on a line of its own is part of the name
    ("广义货币M\n2\n增长13.6%。", "广义货币M2增长13.6%。"),
    ("以细颗粒物（PM\n2.5\n）和可吸入颗粒物（PM\n10\n）治理为突破口", "以细颗粒物(PM2.5)和可吸入颗粒物(PM10)治理为突破口"),
    ("二氧化碳（CO\r\n2\r\n）排放", "二氧化碳(CO2)排放"),
    # negative cases: a line of digits after a line not ending in a Latin letter, a paragraph after
    ("增长5%\n2\n下一段", "增长5%\n2\n下一段"),
    ("单位GDP能耗下降\n2\n三、下一部分", "单位GDP能耗下降\n2\n三、下一部分"),
    ("广义货币M\n2\n\n　　新的一段", "广义货币M2\n新的一段"),
    ("方案B\n第二段", "方案B\n第二段"),
])
def test_a_subscript_on_a_line_of_its_own_stays_in_its_name(text, view):
    norm, offsets, _ = normalise_text(text)
    assert norm == view
    for i, ch in enumerate(norm):  # every character of the view points at itself in the original
        if ch != "\n":
            assert text[offsets.to_original(i)].translate({0xFF08: "(", 0xFF09: ")", 0x3000: " "}) == ch


@pytest.mark.parametrize("text, columns", [
    # a yearbook page printed line by line across two columns
    ("   全乡种植小春面积 2082 亩,种植玉米          院 1 所,医生 6 人\n"
     "   6679 亩,种植魔芋 1043 亩              元;接种率达 90%。全乡育龄妇女 997\n"
     "   积2399亩。                        人,及时率 33%。有幼教点 3个\n", True),
    # negative: indents at the start of lines, paragraphs of a web page
    ("        全乡种植小春面积2082亩。\n        种植玉米6679亩。\n        种植魔芋1043亩。\n", False),
    # negative: one title line with its page number far to the right among lines of prose
    ("木里藏族自治县年鉴            2021\n全乡种植小春面积2082亩。\n种植玉米6679亩。\n种植魔芋1043亩。\n", False),
])
def test_a_page_of_columns_side_by_side_is_told_from_its_lines(text, columns):
    from duban.clean.lines import side_by_side_columns

    assert side_by_side_columns(text) is columns


def _page(rows):
    """Lines of two columns indented as a PDF reader prints them, the right one at the 45th character."""
    return "".join(right if left is None else " " * 12 + left.ljust(32) + right for left, right in rows)


_TWO_COLUMNS = _page([
    (None, "Page 359 - 年鉴2018\n"),
    ("年降水量 974.5 毫米,其中:牛", "有卫生院 1 所,医务人员\n"),
    ("2878 头,马 971 匹。", "29 人,病床 30 张。\n"),
    ("【护林防火】       通乡公路 20 公里", "村级卫生室 11 个。\n"),
    (None, "P. 340\n"),
    ("生产总值3.2亿元,", "投资 28 万元\n"),
    ("同比增 10%。", "新建 9 个\n"),
    ("全乡种植面积 2082 亩。", "村民小组。\n"),
])


@pytest.mark.parametrize("text, pieces", [
    # each column top to bottom, the left one first; a heading set apart inside a column stays in it;
    # a line flush left of the first column (a page's header) ends the columns above it
    (_TWO_COLUMNS, [
        "Page 359 - 年鉴2018", "年降水量 974.5 毫米,其中:牛", "2878 头,马 971 匹。", "【护林防火】",
        "通乡公路 20 公里", "有卫生院 1 所,医务人员", "29 人,病床 30 张。", "村级卫生室 11 个。", "P. 340",
        "生产总值3.2亿元,", "同比增 10%。", "全乡种植面积 2082 亩。", "投资 28 万元", "新建 9 个", "村民小组。"]),
    # negative: a page of one column (indented lines, a title with its page number far right)
    ("木里藏族自治县年鉴            2021\n   全乡种植小春面积2082亩。\n   种植玉米6679亩。\n   种植魔芋1043亩。\n", []),
])
def test_a_page_of_columns_is_read_column_by_column(text, pieces):
    from duban.clean.lines import column_pieces

    assert [text[a:b] for a, b in column_pieces(text)] == pieces
