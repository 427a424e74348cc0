"""Commitment precision: lines of a plan part that are no commitments, and their near neighbours
that are (docs/tracking.md, "Commitment precision"). Each case names the rule it shows."""

from __future__ import annotations

import pytest
from test_commitments import plan

from duban.lang import load_table


def texts(text: str) -> list[tuple[str, str]]:
    return [(c.text, c.target_text) for c in plan(text)]


# -- a clause without a figure -----------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "继续推进保障性安居工程建设。",  # carried_on before the thing: a programme carried on
    "持续推进国土空间规划编制。",
    "深入实施人才发展规划。",
    "深入实施乡村振兴示范工程。",
    "合理制定和调整各地水资源费征收标准。",  # manner: how work is done
    "科学编制村庄规划。",
    "大规模建设旱涝保收高标准农田。",
    "建设美丽乡村。",  # named_only: a kind of place no place names
    "扎实推进乡村建设。",
    "建设宜居宜业和美乡村。",
    "必须牢牢扭住经济建设这个中心。",  # no_word: 经济建设 is a field of work
    "为解决地区热点问题提供更多建设性方案。",  # 建设性 is no verb
    "有序推进国家重大项目开工建设。",  # category: projects of a kind, none named
    "全力以赴完成人才重点项目。",
    "落地落实民生实事项目。",
])
def test_lines_that_deliver_nothing_checkable_are_no_commitments(text):
    assert plan(text) == []


@pytest.mark.parametrize("text, expected", [
    ("完成南山村美丽乡村建设。", "完成南山村美丽乡村建设"),  # a place names the kind of place
    ("推进承德国家可持续发展议程创新示范区建设。", "推进承德国家可持续发展议程创新示范区建设"),  # 可持续 carries nothing on
    ("确保中科锂电新能源、东方雨虹建筑材料等重点项目开工。",  # the category's members are named
     "确保中科锂电新能源、东方雨虹建筑材料等重点项目开工"),
    ("实施北方防沙带等重点工程。", "实施北方防沙带等重点工程"),
    ("高标准建设红色教育基地。", "高标准建设红色教育基地"),  # a standard is not a manner of carrying on
    ("实施地理标志农产品保护工程。", "实施地理标志农产品保护工程"),  # a named programme, not carried on
    ("编制村庄规划。", "编制村庄规划"),
    ("加快建设良丰路。", "加快建设良丰路"),
])
def test_their_neighbours_that_name_a_deliverable_stay(text, expected):
    assert [t for t, _ in texts(text)] == [expected]


# -- a clause with a figure ----------------------------------------------------------------------
@pytest.mark.parametrize("text, expected", [
    # range_mark: the upper end of a range written with both units is no second target
    ("国内生产总值增长6%－6.5%；城镇新增就业1100万人以上。", ["增长6%", "1100万人以上"]),
    ("国内生产总值增长6%~6.5%。", ["增长6%"]),
    # a range whose first figure has no unit is one figure: it stays
    ("培育国家级专精特新企业3-5家。", ["5家"]),
    ("打造5至10家数字工厂。", ["10家"]),
    # compare_base: an amount or points compared with last year restates the figure before
    ("今年中央预算内投资安排5776亿元，比去年增加400亿元。", ["5776亿元"]),
    ("今年赤字率拟按2.8%安排，比去年预算高0.2个百分点。", ["2.8%"]),
    ("今年拟安排地方政府专项债券2.15万亿元，比上年增加8000亿元。", ["2.15万亿元"]),
    # … a rate so compared is a target of its own
    ("粮食产量达到500万吨，比上年增长2%。", ["达到500万吨", "比上年增长2%"]),
])
def test_ranges_and_comparisons_with_last_year(text, expected):
    assert [t for _, t in texts(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # the list of targets is kept, the restatement after it is not
    ("今年主要预期目标是：国内生产总值增长7.5%；城镇新增就业900万人以上；居民消费价格涨幅控制在4%左右。"
     "提出居民消费价格涨幅控制在4%左右，综合考虑了输入性通胀因素。",
     ["增长7.5%", "900万人以上", "涨幅控制在4%左右"]),
    # a headline restating targets before the list a lead introduces: the list's rows are kept
    ("2023年金坛地区生产总值目标增长8%\n2023年全区经济社会发展主要预期目标为:地区生产总值增长8%;"
     "一般公共预算收入增长10%。", ["增长8%", "增长10%"]),
    # the same rule keeps the list when the restatement comes first (a news lead)
    ("全市地区生产总值预期增长7%左右。主要预期目标是：地区生产总值增长7%左右，一般公共预算收入增长5%。",
     ["增长7%左右", "增长5%"]),
    # two things with the same figure are two targets
    ("生产总值增长6.5%，一般公共预算收入增长6.5%。", ["增长6.5%", "增长6.5%"]),
    # the same thing with two figures: two targets
    ("新建学校3所。新建学校5所。", ["3所", "5所"]),
])
def test_a_target_given_again_is_one_commitment(text, expected):
    assert [t for _, t in texts(text)] == expected


def test_a_headline_restating_a_target_yields_to_the_list_its_lead_introduces():
    text = "2023年金坛地区生产总值目标增长8%\n2023年全区经济社会发展主要预期目标为:地区生产总值增长8%;一般公共预算收入增长10%。"
    kept = [c for c in plan(text) if c.target_text == "增长8%"]
    assert len(kept) == 1 and kept[0].object == "地区生产总值" and text.index("主要预期目标为") < kept[0].start


def test_a_list_restated_keeps_the_row_of_the_list():
    text = ("全市地区生产总值预期增长7%左右。主要预期目标是：地区生产总值增长7%左右，一般公共预算收入增长5%。")
    kept = [c for c in plan(text) if c.target_text == "增长7%左右"]
    assert len(kept) == 1 and text.index("主要预期目标是") < kept[0].start


def test_the_new_kinds_are_words_of_the_table():
    kinds = {}
    for row in load_table("commitment_words"):
        kinds.setdefault(row["kind"], set()).add(row["word"])
    for kind in ("carried_on", "manner", "no_word", "named_only", "place_end", "range_mark", "compare_base",
                 "category"):
        assert kinds.get(kind), kind
    assert "聚焦" in kinds["means"]
