"""Quantities of texts in awkward shapes: PDF text with a token a line, lists of figures that
分别 gives to the items before them, and pages whose converter printed romanisation.

Each case is a phrase and what it must give, as (text, value, unit, kind, subject) a fact.
"""

from __future__ import annotations

import pytest

from duban.extract.quantities import extract_text


def _facts(phrase):
    return [(f.text, f.value, f.unit, f.kind, f.subject) for f in extract_text(phrase)]


@pytest.mark.parametrize("phrase, expected", [
    # a PDF reader put every number, unit and cue on a line of its own: the quantity goes on
    ("全年实现地区生产总值\n5532.4\n亿元、增长\n3%", [
        ("5532.4\n亿元", 553240000000.0, "元", "amount", "地区生产总值"),
        ("增长\n3%", 3.0, "%", "change", "地区生产总值")]),
    ("带动就业近\n300人", [("近\n300人", 300.0, "人", "amount", "带动就业")]),
    # one unit written after the last of a list broken over lines serves them all
    ("投资、消费和货物进出口增速分别提高\n9.6\n、\n32.6\n和\n21.7\n个百分点", [
        ("提高\n9.6", 9.6, "百分点", "change", "投资"),
        ("32.6", 32.6, "百分点", "change", "消费"),
        ("21.7\n个百分点", 21.7, "百分点", "change", "货物进出口增速")]),
    # negative: a table's cells one a line (no unit follows), a year broken over lines
    ("地区生产总值\n21675\n21537\n-0.6", []),
    ("2\n020\n年是不平凡的一年", []),
    # negative: a number that ends a line does not take a word of the next line that is no unit
    ("完成投资5\n项目建设有序推进", []),
])
def test_a_quantity_of_pdf_text_goes_on_over_a_line_end(phrase, expected):
    assert _facts(phrase) == expected


@pytest.mark.parametrize("phrase, subjects", [
    ("医疗器械、钢构网架、文化用品、电子信息等行业产值分别增长7.9%、15.7%、19.9%、24%",
     ["医疗器械", "钢构网架", "文化用品", "电子信息等行业产值"]),
    # items set apart by commas, a base (同比) before 分别
    ("重点行业中,农副食品加工业,金属制品业,汽车制造业增加值分别同比增长10.2%、11.4%、42.0%",
     ["农副食品加工业", "金属制品业", "汽车制造业增加值"]),
    # two items, the first a modifier of the second's noun; the rates after take the amounts' items
    ("城镇和农村居民人均可支配收入分别达34525元、18352元,分别增长8.5%、9%",
     ["城镇居民人均可支配收入", "农村居民人均可支配收入", "城镇居民人均可支配收入", "农村居民人均可支配收入"]),
    # negative: what stands before 分别 are comparison bases, not names
    ("增速较一季度和1-5月分别提高15.5和2.2个百分点", ["增速", "增速"]),
    # negative: as many items as figures, or nothing is given out
    ("工业和农业分别增长5%、6%、7%", ["工业和农业", "工业和农业", "工业和农业"]),
])
def test_a_list_that_fenbie_gives_out_takes_its_items_in_order(phrase, subjects):
    assert [f.subject for f in extract_text(phrase)] == subjects


@pytest.mark.parametrize("phrase, subjects", [
    # the romanisation a converter printed after characters is no part of the name
    ("全縣生產(chǎn)總值27.54億元,同比增長(zhǎng)12.3%", ["生產總值", "生產總值"]),
    # a comparison in percentage points passes its subject to places and points, not to the next rate
    ("全县生产总值27.54亿元,同比增长12.3%,增速高于全市平均水平0.3个百分点,两年平均增长1.7%,全市排名第七。",
     ["生产总值", "生产总值", "增速", "生产总值", "生产总值"]),
    ("规上工业增加值增速快于全国1.5个百分点,居第10位。", ["规上工业增加值增速", "规上工业增加值增速"]),
    # a share whose frame opens with 占 says of what: the thing before it
    ("实际到位资金13456万元,占全年计划的67%", ["实际到位资金", "实际到位资金占全年计划"]),
])
def test_subject_is_written_as_the_report_names_it(phrase, subjects):
    assert [f.subject for f in extract_text(phrase)] == subjects


@pytest.mark.parametrize("phrase, expected", [
    # a table flattened into cells, one a line: a figure alone in its cell, named by the row's label
    ("|\n社会从业人员 |\n人 |\n21675 |\n21537 |\n-0.6 |\n|\n#女性 |\n人 |\n8535 |", [
        ("21675", 21675.0, "", "amount", "社会从业人员"),
        ("21537", 21537.0, "", "amount", "社会从业人员"),
        ("-0.6", -0.6, "", "change", "社会从业人员"),
        ("8535", 8535.0, "", "amount", "女性")]),
    # negative: a row's number, a year heading a column, a small bare count stay out
    ("序号 | 任务 |\n1 | 推动义务教育均衡发展 |", []),
    ("指标 | 2016 | 2015 |", []),
    # negative: a figure in prose that a | follows later is no cell
    ("全县从业人员21675,其中 | 女性", []),
])
def test_a_figure_alone_in_a_table_cell_is_a_quantity(phrase, expected):
    assert _facts(phrase) == expected
