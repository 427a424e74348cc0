"""Tracking between page excerpts: a news item quoting a report's targets, the next report's opening.

Reports reach duban as excerpts as often as whole: a news item that quotes the year's target list
in a paragraph or two, a bilingual list of target lines, a digest whose review is followed by next
year's targets, a plan-execution report headed 计划执行情况. Each table pairs the way such a page
is written with what duban must read from it, negative cases beside the positive ones.
"""

from __future__ import annotations

import pytest

from duban.document import Document
from duban.link.status import rate_kind
from duban.link.track import track_documents
from duban.pipeline import process


def _doc(text: str, name: str = "t.txt") -> Document:
    return process(Document(source=name, original=text))


# -- a plan part read from the wording of a page without part headings (part_cues.tsv, lead) ------
# (case, title, paragraphs, index of the paragraph the plan part starts at, or None for no plan)
_LEAD_CASES = [
    ("a lead and one list paragraph", "某区2023年政府工作报告",
     ["荆楚网讯 12月19日,某区十届人大二次会议开幕,区长代表区政府作政府工作报告。",
      "2023年,某区经济社会发展主要预期目标是:锚定县域经济冲十进百的目标,努力争取最好的结果。",
      "力争固定资产投资增幅16%以上、规上工业产值增幅13%以上,财政总收入达到20亿元、增幅12%以上。"], 1),
    ("a lead over short target lines", "某省2024年政府工作报告",
     ["1月30日,某省第十四届人民代表大会第二次会议开幕,一起来看看会上提到的某省政府2024年工作思路和重点任务。",
      "地区生产总值6%", "城镇新增就业70万人以上", "The gross domestic product will increase by 6%."], 0),
    ("last year's targets reported met, then one paragraph of intent", "某区2024年政府工作报告",
     ["2023年主要预期目标全面完成,全区地区生产总值比上年增长6.2%,主要指标好于预期。",
      "力争固定资产投资增幅16%以上、规上工业产值增幅13%以上,财政总收入达到20亿元。"], None),
    # a news item's targets first, last year's results after them: the targets' paragraph is the plan …
    ("a lead that a review paragraph follows", "某区2024年政府工作报告",
     ["2024年,某区经济社会发展主要预期目标是:地区生产总值增长6%以上,固定资产投资增长8%以上。",
      "过去一年,全区地区生产总值增长6.0%,比上年提高0.5个百分点,取得了显著成效。"], 0),
    # … unless it mixes in last year's results itself
    ("a lead with last year's results in it that a review paragraph follows", "某区2024年政府工作报告",
     ["2024年,某区经济社会发展主要预期目标是:地区生产总值增长6%以上,去年同比增长5.8%,比上年提高。",
      "过去一年,全区地区生产总值增长6.0%,比上年提高0.5个百分点,取得了显著成效。"], None),
    # a governor's targets told in a news paragraph: 对全省…年…提出了总体要求和预期, then the figures
    ("targets announced by whom they were set for", "聚焦某省两会 ▏2022年县域经济发展",
     ["1月17日,某省第十三届人民代表大会第六次会议开幕。",
      "1月17日上午,某省省长在会上作《政府工作报告》时对全省2022年经济社会发展提出了总体要求和预期。"
      "2022年全省地区生产总值将增长6.5%以上,城乡居民人均可支配收入分别增长8%、10%左右。",
      "从发展态势看,经济总量跨上万亿台阶,增长动能更加强劲。"], 1),
    ("targets set, then listed", "某市2024年“路线图”",
     ["新春新气象,奋进正当时。2024年是实现“十四五”规划目标任务的关键一年,也是某市加快发展的重要一年。",
      "今年的某市政府工作报告中,明确了2024年经济社会发展目标和重点任务。今年地区生产总值增长5.5%,规模以上工业增加值"
      "增长5%,固定资产投资增长10%,一般公共预算收入增长3%。"], 1),
    ("a session's news that only says targets were set", "某乡2024年人代会召开",
     ["4月18日,某乡第十五届人民代表大会第六次会议胜利召开。乡长作政府工作报告。",
      "报告全面、科学地总结了2023年某乡经济社会发展成就,明确了2024年政府工作总体要求和目标任务。"], None),
    # a session's outline of the report (总结了2016年的工作,制定了2017年的目标任务) above last year's
    # figures told in the first person (2016年,我们…较好完成全年目标任务; 过去的一年里) is no plan
    ("a session's outline over the year it reviews", "某市2017年政府工作报告",
     ["今天上午,某市十五届人大一次会议开幕,市长在会上作政府工作报告。",
      "开幕大会由人大常委会主任主持,会议总结了2016年的工作,制定了2017年的目标任务,回顾过去五年的工作情况。",
      "会上,市长代表市人民政府向大会作政府工作报告。2016年,我们全力抓好稳增长、促改革各项工作,较好完成全年目标任务。"
      "2016年预计地方生产总值3737亿元,增长8%。",
      "市长表示,过去的一年里,某市新培育国家级高新技术企业281家,新增各类商事主体9.7万户,增长23.6%。"], None),
    # what the report points out for the year (报告指出,2014年,…将…确保…) announces it; the year
    # described (会议指出,2024年是…关键一年) does not
    ("a report's points on the year after last year's results", "某区2014年政府工作报告",
     ["某区第二届人民代表大会第一次会议27日开幕。区长在政府工作报告中指出,2013年全区生产总值预计超过8000亿元,"
      "比上年增长21.6%。",
      "报告指出,2014年,某区将新开工140个重点项目,确保160个项目竣工运营,预期生产总值增长17%。"], 1),
    ("the year described after the meeting's review", "某市2024年政府工作报告(讨论稿)",
     ["市长主持召开市政府常务会议,审议并原则通过2024年《政府工作报告(讨论稿)》。去年全市生产总值比上年增长6%。",
      "会议指出,2024年是全面完成“十四五”规划目标任务的关键一年,起草好《政府工作报告》意义重大。"], None),
]


@pytest.mark.parametrize("case, title, paragraphs, first", _LEAD_CASES, ids=[c[0] for c in _LEAD_CASES])
def test_a_paragraph_announcing_the_years_targets_starts_the_plan(case, title, paragraphs, first):
    text = title + "\n" + "\n".join(paragraphs) + "\n"
    doc = _doc(text)
    plans = [p for p in doc.parts if p.kind == "plan"]
    if first is None:
        assert not plans
        return
    assert len(plans) == 1 and plans[0].span.start == text.index(paragraphs[first])
    assert plans[0].period == title[title.index("20"):][:4]


@pytest.mark.parametrize("text, plan_from", [
    # the year's targets announced in words inside a part of another kind (a news headline read as a
    # review heading): the plan part runs from the lead
    ("某市全力以赴提振经济显成效\n报告介绍,2023年全市地区生产总值达到7200亿元、增长6.5%以上。\n"
     "报告指出,2024年某市经济社会发展主要预期目标是:地区生产总值增长6.5%以上,固定资产投资增长4%左右。\n",
     "报告指出,2024年"),
    # negative: a review's estimates read like a list of targets (预计…6%左右,…7%左右,…3%左右), no lead in words
    ("某市2023年国民经济和社会发展计划执行情况与2024年计划草案的报告\n一、2023年国民经济和社会发展计划执行情况\n"
     "2023年,全市上下着力推动高质量发展。预计全市地区生产总值增长6%左右,"
     "一般公共预算收入增长12.2%,规模以上工业增加值增长7%左右,固定资产投资增长3%左右。\n", None),
])
def test_a_lead_inside_a_part_of_another_kind_starts_the_plan(text, plan_from):
    doc = _doc(text)
    plans = [p for p in doc.parts if p.kind == "plan"]
    if plan_from is None:
        assert not plans
    else:
        assert len(plans) == 1 and plans[0].span.start == text.index(plan_from)
        assert [p.kind for p in doc.parts] == ["review", "plan"]


# a news item quoting two of the targets in its lead and the whole list in its speaker's words, then
# last year's results: both quotes are plan parts, and a target quoted twice is one commitment, the
# one of the whole list (今年…目标 and 2018年…目标 are the same year's)
NEWS_TWICE = """某区向GDP万亿发起冲击
某区第六届人民代表大会第三次会议14日开幕。区长表示,今年某区经济发展的主要预期目标是:地区生产总值增长8%以上、突破1万亿元。
“万亿俱乐部”指全年地区生产总值超过1万亿元的城市和地区所跨过的“门槛”,目前共有12个城市。
据区长介绍,2018年某区经济社会发展的主要预期目标是:地区生产总值增长8%以上、突破1万亿元;一般公共预算收入增长8%左右、突破1000亿元;外贸进出口总额突破2万亿元。
回顾去年的经济数据,可以发现某区冲击万亿大关的底气。
据统计,2017年某区地区生产总值预计增长8.5%以上、达到9500亿元左右,比上年提高。
"""


def test_a_list_quoted_twice_is_two_plan_parts_and_each_target_one_commitment():
    doc = _doc(NEWS_TWICE)
    assert [(p.kind, p.span.start) for p in doc.parts] == [
        ("plan", NEWS_TWICE.index("某区第六届")), ("plan", NEWS_TWICE.index("据区长介绍"))]
    growths = [c for c in doc.commitments if c.indicator == "地区生产总值" and c.target_unit == "%"]
    assert len(growths) == 1 and growths[0].start > NEWS_TWICE.index("据区长介绍")


def test_the_lines_under_a_lead_are_targets_and_a_translation_line_is_none():
    title, paragraphs = _LEAD_CASES[1][1], _LEAD_CASES[1][2]
    doc = _doc(title + "\n" + "\n".join(paragraphs) + "\n")
    targets = {c.text: c.target_text for c in doc.commitments if c.has_target}
    assert targets.get("地区生产总值6%") == "6%" and targets.get("城镇新增就业70万人以上") == "70万人以上"
    assert not any("increase" in t for t in targets)


# -- part headings: a plan-execution report reviews, a heading naming the targets plans (parts.tsv) -
# (case, text, the part kinds in order, the kind the line holding `probe` belongs to, probe)
_HEADING_CASES = [
    ("计划执行情况 heads the review",
     "某区2023年国民经济和社会发展计划执行情况与2024年计划草案的报告\n一、2023年国民经济和社会发展计划执行情况\n"
     "全年地区生产总值预计同比增长6.7%。\n二、2024年国民经济和社会发展计划草案\n地区生产总值增长6%以上。\n",
     ["review", "plan"], "review", "预计同比增长6.7%"),
    ("a digest's next-year targets after its record of the year",
     "政府工作报告摘要与导读\n■ 2024年成绩单\n●预计全省地区生产总值增长6%左右\n"
     "■ 2025年经济社会发展的主要预期目标\n●城镇新增就业70万人以上\n",
     ["review", "plan"], "plan", "城镇新增就业70万人以上"),
    ("a heading on last year's targets is a review by its year",
     "某县2024年政府工作报告\n一、2023年主要预期目标完成情况\n地区生产总值增长5.1%。\n二、2024年工作安排\n"
     "地区生产总值增长6%。\n",
     ["review", "plan"], "review", "增长5.1%"),
]


@pytest.mark.parametrize("case, text, kinds, kind, probe", _HEADING_CASES, ids=[c[0] for c in _HEADING_CASES])
def test_part_headings_of_excerpts(case, text, kinds, kind, probe):
    doc = _doc(text)
    assert [p.kind for p in doc.parts] == kinds
    assert doc.part_at(text.index(probe)).kind == kind


def test_the_centres_decisions_are_no_plan_heading():
    # a document site's chunk numbers (1、 2、 3、) at line starts read as headings: 决策部署 (重大决策部署,
    # the centre's decisions) names no plan, so the year's figures after it stay out of any plan part
    doc = _doc("某省2024年政府工作报告\n1、政府工作报告,现在我代表省人民政府报告工作。一、2023年工作回顾2023年,是重要一年。"
               "深入落实党中央、国务院\n2、决策部署,完整、准确、全面贯彻新发展理念。全省地区生产总值增长9.2%。\n")
    assert "plan" not in [p.kind for p in doc.parts]


# -- a rate right after the name of an amount is its growth (commitment_words.tsv, amount_noun) ----
@pytest.mark.parametrize("kind, unit, obj, expected", [
    ("", "%", "地区生产总值", "change"),
    ("", "%", "社会消费品零售总额", "change"),
    ("", "%", "固定资产投资", "change"),
    ("", "%", "城镇居民人均可支配收入", "change"),
    ("", "%", "限上社零额", "change"),
    ("", "%", "城镇化率", "share"),
    ("", "%", "森林覆盖率", "share"),
    ("", "%", "研发投入强度", "share"),
    ("", "%", "民间投资占比", "share"),
    ("change", "%", "城镇化率", "change"),
    ("", "亿元", "地区生产总值", ""),
])
def test_the_kind_of_a_rate(kind, unit, obj, expected):
    assert rate_kind(kind, unit, obj) == expected


# -- a pair of excerpts: each plan line, the status it must get and the review's words it rests on -
PLAN = """某省2024年工作思路和重点任务
1月30日,某省第十四届人民代表大会第二次会议开幕,一起来看看会上提到的某省政府2024年工作思路和重点任务。
地区生产总值6%
城镇新增就业70万人以上
森林覆盖率40%
粮食产量500亿斤以上
"""
REVIEW = """政府工作报告摘要与导读
■ 2024年成绩单
●预计全省地区生产总值增长6%左右
●森林覆盖率比上年增长0.6%
●粮食总产达到557亿斤
■ 2025年经济社会发展的主要预期目标
●城镇新增就业70万人以上
"""


@pytest.mark.parametrize("text, status, result", [
    ("地区生产总值6%", "met", "增长6%左右"),  # a share after an amount's name is a growth
    ("粮食产量500亿斤以上", "exceeded", "557亿斤"),
    ("城镇新增就业70万人以上", "not_reported", ""),  # next year's target in the digest is no result
    ("森林覆盖率40%", "not_reported", ""),  # a share's growth is no level of the share
])
def test_a_pair_of_excerpts(text, status, result):
    rows = {r["text"]: r for r in track_documents(_doc(PLAN, "plan.txt"), _doc(REVIEW, "review.txt")).rows()}
    row = rows[text]
    assert row["status"] == status
    if result:
        assert result in row["result_text"]
    else:
        assert not row["result_text"]


# -- a review's tally of the targets met: the others fell short (commitment_words.tsv, others) -------
TALLY_PLAN = """某市2022年国民经济和社会发展计划
二、2022年主要预期目标
地区生产总值增长7%以上,固定资产投资增长8%左右,社会消费品零售总额增长10%以上。
"""
TALLY_REVIEW = """某市2022年国民经济和社会发展计划执行情况
一、2022年计划执行情况
全年GDP增长4.1%,固定资产投资增长7.6%,社会消费品零售总额增长4.6%。其中,固定资产投资1项指标完成全年目标任务;受疫情影响,其他2项指标距离全年目标存在一定差距。
"""


@pytest.mark.parametrize("text, status", [
    ("地区生产总值增长7%以上", "missed"),  # not named among those met: said to have fallen short
    ("社会消费品零售总额增长10%以上", "missed"),
    ("固定资产投资增长8%左右", "met"),  # named as met
])
def test_a_tally_of_the_targets_met_says_the_others_were_missed(text, status):
    rows = {r["text"]: r for r in track_documents(_doc(TALLY_PLAN, "plan.txt"), _doc(TALLY_REVIEW, "review.txt")).rows()}
    assert rows[text]["status"] == status


def test_a_tally_without_a_shortfall_leaves_the_figures_to_decide():
    review = TALLY_REVIEW.replace("距离全年目标存在一定差距", "稳步增长")
    rows = {r["text"]: r for r in track_documents(_doc(TALLY_PLAN, "plan.txt"), _doc(review, "review.txt")).rows()}
    assert rows["地区生产总值增长7%以上"]["status"] == "partly"


# -- figures in a plan that are no target of the report's organisation -----------------------------
# A news item on a city's plan compares other places' targets (commitment_words.tsv, place_subject)
# and gives last year's result under a year alone (2023年,…): neither is a commitment. The places
# below the organisation, a named thing opening with a place's name, and a later year stay.
_NOT_ITS_OWN = [
    ("another city as the subject", "郑州市", "商丘是7.5%左右。", None),
    ("a list of other cities", "郑州市", "开封、洛阳等市也将GDP增速目标定为7%。", None),
    ("another city and a year", "郑州市", "驻马店2023年GDP增速目标为7%左右。", None),
    ("its own county-level cities", "郑州市", "巩义、登封等地完成投资100亿元。", "100亿元"),
    ("its own name", "郑州市", "郑州航空港区完成投资500亿元。", "500亿元"),
    ("a named thing opening with another place's name", "河北省",
     "北京大兴国际机场临空经济区年内完成投资300亿元以上。", "300亿元以上"),
    ("last year under a year alone", "郑州市", "2023年,郑州地区生产总值增长7.4%。", None),
    ("this year under a year alone", "郑州市", "2024年,郑州地区生产总值增长7%左右。", "增长7%左右"),
    ("a later year", "郑州市", "到2025年,森林覆盖率达到40%。", "达到40%"),
]


@pytest.mark.parametrize("case, org, line, target", _NOT_ITS_OWN, ids=[c[0] for c in _NOT_ITS_OWN])
def test_figures_that_are_no_target_of_the_organisation(case, org, line, target):
    text = f"{org}2024年政府工作报告\n二、2024年主要目标任务\n{line}\n"
    doc = _doc(text)
    assert doc.org["name"] == org
    targets = [c.target_text for c in doc.commitments if c.has_target]
    assert targets == ([target] if target else [])


# -- a plan-execution report's page: portal top bar, a long title, a reporting bureau ---------------
from duban.structure.header import periods_in  # noqa: E402


@pytest.mark.parametrize("title, periods", [
    ("鄂城区2023年国民经济和社会发展计划执行情况与2024年国民经济和社会发展计划(草案)的报告",
     {"review": "2023", "plan": "2024"}),  # 计划 inside 计划执行情况 names no plan
    ("2023年工作完成情况", {"review": "2023"}),
    ("2024年计划执行情况", {"review": "2024"}),
    ("2024年工作总结和2025年工作计划", {"review": "2024", "plan": "2025"}),
    ("2024年工作计划", {"plan": "2024"}),
])
def test_periods_a_title_names(title, periods):
    assert periods_in(title) == periods


_EXECUTION = ("今天是 智能问答无障碍浏览长者模式\n"
              "松阳县2023年国民经济和社会发展计划执行情况与2024年国民经济和社会发展计划(草案)的报告\n"
              "信息来源:县发展和改革局 日期:2024-01-11\n各位代表:\n"
              "受县人民政府委托,现将2023年计划执行情况报告如下,请予审议。\n"
              "一、2023年国民经济和社会发展计划执行情况\n全县地区生产总值预计同比增长6.7%。\n")


def test_a_long_title_of_a_plan_execution_report_and_its_portal_bar():
    doc = _doc(_EXECUTION)
    assert doc.title.startswith("松阳县2023年国民经济") and doc.title.endswith("(草案)的报告")
    assert "智能问答" not in doc.norm  # the portal's top bar is chrome
    assert doc.org["name"] == "松阳县" and doc.periods == {"review": "2023", "plan": "2024"}
    assert [p.kind for p in doc.parts] == ["review"]


@pytest.mark.parametrize("first_line", [
    "全县上下坚持以习近平新时代中国特色社会主义思想为指导深入贯彻落实党的二十大精神推动高质量发展取得新成效",
    "2023年工作总结会议在县政府召开全县各部门主要负责人参加会议并作交流发言会议由副县长主持",
])
def test_a_long_line_that_is_no_title(first_line):
    doc = _doc(first_line + "\n各位代表:\n全县地区生产总值增长6.7%。\n")
    assert doc.title != first_line


# -- a notice carrying a plan document, a news page that names no year ------------------------------
_NOTICE = ("某市人民政府关于印发某市2023年国民经济和社会发展计划的通知\n\n某市人民政府\n关于印发某市2023年国民经济和\n"
           "社会发展计划的通知\n\n各县(市)、区人民政府:\n《某市2023年国民经济和社会发展计划》已经审议通过,现印发给你们。\n\n"
           "某市2023年国民经济和社会发展计划\n\n一、2022年国民经济和社会发展计划执行情况\n\n"
           "初步核算,全市实现地区生产总值3464亿元,同比增长5.3%。\n\n二、2023年主要目标任务\n\n地区生产总值增长7%以上。\n")


def test_a_notice_carrying_a_plan_document():
    doc = _doc(_NOTICE)
    # neither the title's second line (…计划的通知) nor the carried document's title heads a part
    assert [(p.kind, p.period) for p in doc.parts] == [("review", "2022"), ("plan", "2023")]
    assert doc.part_at(_NOTICE.index("同比增长5.3%")).kind == "review"
    assert [c.target_text for c in doc.commitments if c.has_target] == ["增长7%以上"]


@pytest.mark.parametrize("case, paragraphs, plan", [
    ("a news page quoting this year's targets, no year named",
     ["本报讯 今年,从市一级到各县(市、区),地区生产总值预期增长目标均确定为10%以上。",
      "今年的市政府工作报告指出,要推进重点工程。主要预期目标是:地区生产总值增长10%以上,固定资产投资增长15%以上。",
      "上述预期目标,是经过深入论证、全面权衡确定的,有利于引导预期、提振信心、调动各方面积极性。"], True),
    ("a news page on last year's results, no year named",
     ["本报讯 去年,全市地区生产总值比上年增长5.3%,规模以上工业增加值同比增长7.6%,取得了显著成效。",
      "一年来,全市新建了口袋公园52个,完成了农房重建任务,居民收入同比增长5.2%。"], False),
])
def test_a_page_that_names_no_year(case, paragraphs, plan):
    doc = _doc("\n".join(paragraphs) + "\n")
    parts = [(p.kind, p.period) for p in doc.parts]
    if plan:
        assert parts == [("plan", "")]
        assert "增长15%以上" in [c.target_text for c in doc.commitments if c.has_target]
    else:
        assert parts == []


# -- results a review states in ways the plan's words do not: each row, its status and its value ----
JOINED_PLAN = """某市2019年国民经济和社会发展主要预期目标
——地区生产总值增长8%左右。
——财政总收入和地方财政收入均增长10%左右。
——二氧化硫排放量下降10%。
"""
JOINED_REVIEW = """某市2020年政府工作报告
一、2019年工作回顾
2019年,全市经济总量迈上3000亿台阶,增速达到8.1%。财政总收入达到540.6亿元,其中地方财政收入316.1亿元,分别增长10.2%和9.1%。
去年全市减排COD1.2万吨、二氧化硫9.6万吨,分别比上年下降了22.6%和44.6%。
"""


@pytest.mark.parametrize("indicator, status, value", [
    # a level without its unit (3000亿台阶) names what the growth after it measures
    ("地区生产总值", "met", 8.1),
    # one target for two indicators (均增长) is a row each; 分别 gives each level's growth in turn
    ("财政总收入", "met", 10.2),
    ("地方财政收入", "partly", 9.1),
    # a cut far beyond its target, in its direction, is still its result (a rate is met, never exceeded)
    ("二氧化硫排放量", "met", -44.6),
])
def test_results_named_by_the_figures_before_them(indicator, status, value):
    rows = track_documents(_doc(JOINED_PLAN, "plan.txt"), _doc(JOINED_REVIEW, "review.txt")).rows()
    row = next(r for r in rows if r["indicator"] == indicator)
    assert (row["status"], row["result_value"]) == (status, value)


def test_a_level_stated_as_a_bound_gives_no_growth_to_compute():
    plan = ("某区2018年政府工作报告\n一、2017年工作回顾\n2017年某区地区生产总值达到9500亿元。\n"
            "二、2018年工作安排\n今年某区主要预期目标是:地区生产总值增长8%以上。\n")
    review = "某区2019年政府工作报告\n一、2018年工作回顾\n2018年某区地区生产总值达到10260亿元。\n"
    # the level reached and the earlier report's level give the growth (8.0%)
    row = next(iter(track_documents(_doc(plan, "plan.txt"), _doc(review, "review.txt")).rows()))
    assert row["status"] == "met" and "9500亿元" in row["base_text"]
    # a bound (突破1万亿元) is no level: the growth is not reported
    review = review.replace("达到10260亿元", "突破1万亿元大关")
    row = next(iter(track_documents(_doc(plan, "plan.txt"), _doc(review, "review.txt")).rows()))
    assert row["status"] == "not_reported"
