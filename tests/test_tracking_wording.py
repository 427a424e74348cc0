"""Tracking across the ways reports word a target and its result (docs/tracking.md).

An invented pair of a county's reports, each case a plan line, the status tracking must give it
and the review's words it must rest on ("": none). Negative cases sit beside the positive ones:
the rule that finds a result must not find one where the review gives none.
"""

from __future__ import annotations

from functools import lru_cache

import pytest

from duban.document import Document
from duban.link.track import track_documents
from duban.pipeline import process

PLAN = """河谷县2024年政府工作报告
一、2023年工作回顾
2023年，全县高新技术企业达到110家，科技型中小企业近1000家，科技创新平台33家，科技企业孵化器16家。
二、2024年工作安排
全年新增高新技术企业10家以上、科技型中小企业100家以上、县级以上创新平台5家。
新增规上工业企业20家。新增专精特新企业8家。
全年再为企业和个人减税8000万元。减税降费2亿元。今年赤字率拟按2.8%左右安排。
新建高标准农田2万亩。改造农村户厕3000座。城镇新增就业5000人。规上工业增加值增长5%。
确保今年入冬前3000户灾损农房新建任务全面完成。抓好500户危旧房重建任务。新建污水处理厂2座。
市级农业产业化龙头企业达到30家。确保粮食总产5亿斤以上。
空气质量优良天数达到250天以上。用3天时间完成排查。
今年再减少农村贫困人口1.2万以上。完成投资1000万。
改造提升11条市政路。完成小麦播种8万亩。新建幼儿园3所、小学2所。建成50个口袋公园。
城乡居民医保财政补助标准由每人每年240元提高到280元。由县财政投资5亿元。去年居民消费价格涨幅回落到2.6%，目前全县企业总数已经超过3000家，蔬菜产量比去年增长2%。继续推进保障性安居工程建设，基本建成400套，新开工600套。科技企业孵化器达到20家。农业示范园区达到15个。建设农村公路100公里。启动新的三年棚改攻坚计划，今年开工5800套。整体通关时间再压缩三分之一。项目审批时间压减一半。人均补助增加40元，一半用于大病保险。
居民消费价格涨幅控制在3%左右。要求森林覆盖率达到35%。农村低保标准提高到每人每月600元。重污染天数下降到5天以内。
细颗粒物平均浓度控制在38微克/立方米以内。全年基础设施、制造业投资分别增长6%、8%。工业生产者出厂价格涨幅控制在2%左右。
将家庭医生签约服务覆盖范围扩大到80%的村。将70%的资金用于民生。
地方公共预算财政收入增长6%。规 模以上工业总产值增长10%。
"""
REVIEW = """河谷县2025年政府工作报告
一、2024年工作回顾
过去一年，全县高新技术企业达到130家、科技型中小企业达到1102家、科技创新平台达到40家。
规上工业企业达到350家。全年空气质量优良天数达到262天。农村贫困人口减少1.3万。改造市政道路11条。超额完成小麦播种8万亩的任务。建成幼儿园3所、小学1所。新建公园8个。货物通关时间压缩一半以上。棚户区住房改造6200套。新增科技企业孵化器5家。城乡居民基本医保财政补助标准增加到人均280元。新开工保障性安居工程650套，基本建成410套。新增农业示范园区3个。恢复重建3000户灾损农房。520户危旧房重建任务全部完成。改造垃圾处理厂3座。全年为企业和个人减税降费约2.1亿元。财政赤字率控制在2.8%。
新增专精特新企业9家，专精特新企业总数达到60家。
居民消费价格涨幅回落到2.1%。森林覆盖率提高到35.2%。农村低保标准提高至每月620元。重污染天数减少至3天。PM
2.5
平均浓度降至35微克/立方米。基础设施投资增长4%，制造业投资增长9%。家庭医生签约服务覆盖85%的村。
一般公共预算收入增长4%。规上工业总产值增长12%。
过去五年，累计新增城镇就业3万人。
这五年，全县规上工业增加值年均增长8%。2024年，在困难挑战增多的情况下，规上工业增加值增长6%，消费品零售总额增长4%。
城镇新增就业5200人。
“十三五”期间，建设农村公路800公里。
五年来，我们主要做了以下工作。
（一）夯实农业基础。新建高标准农田10万亩。粮食产量稳定在5.2亿斤以上。市级农业产业化龙头企业达到28家。
——人居环境明显改善。改造农村户厕1.5万座。
二、2025年工作安排
"""


@lru_cache(maxsize=None)
def rows() -> dict[str, dict]:
    plan = process(Document(source="plan.txt", original=PLAN))
    review = process(Document(source="review.txt", original=REVIEW))
    return {r["text"]: r for r in track_documents(plan, review).rows()}


@pytest.mark.parametrize("text, status, result", [
    # an increase target against a level: the level less the earlier report's level (130 − 110)
    ("全年新增高新技术企业10家以上", "exceeded", "高新技术企业达到130家"),
    ("科技型中小企业100家以上", "met", "科技型中小企业达到1102家"),  # 1102 − 近1000
    ("县级以上创新平台5家", "exceeded", "科技创新平台达到40家"),  # a rank (县级以上) is no territory (全县)
    ("新增规上工业企业20家", "not_reported", ""),  # a level, and no earlier level to subtract
    ("新增专精特新企业8家", "exceeded", "新增专精特新企业9家"),  # the increase itself, not the total
    # a level target against what was added: the earlier report's level plus it (16 + 5)
    ("科技企业孵化器达到20家", "met", "新增科技企业孵化器5家"),
    ("农业示范园区达到15个", "not_reported", ""),  # no earlier level to add to
    # two measures of the indicator table never match: 减税 is not 减税降费
    ("全年再为企业和个人减税8000万元", "not_reported", ""),
    ("减税降费2亿元", "met", "减税降费约2.1亿元"),
    ("今年赤字率拟按2.8%左右安排", "met", "财政赤字率控制在2.8%"),  # 拟按 is no part of the name
    # five-year figures: in a 过去五年 sentence, and in the sections a 五年来…以下工作 paragraph announces
    ("城镇新增就业5000人", "met", "城镇新增就业5200人"),
    ("新建高标准农田2万亩", "not_reported", ""),
    # a sentence of a five-year paragraph that names the reviewed year first speaks of that year
    ("规上工业增加值增长5%", "met", "规上工业增加值增长6%"),
    ("改造农村户厕3000座", "not_reported", ""),  # a dash item of the five-year list
    ("建设农村公路100公里", "not_reported", ""),  # “十三五”期间: a plan period's figure
    # the verb before or after what is built, another verb for it; deadline and filler words aside
    ("确保今年入冬前3000户灾损农房新建任务全面完成", "met", "恢复重建3000户灾损农房"),
    ("抓好500户危旧房重建任务", "met", "520户危旧房重建任务全部完成"),
    ("新建污水处理厂2座", "not_reported", ""),  # another thing, whatever the verbs
    # a level reached (达到) at the end of a five-year passage answers a level target; a flow does not
    ("市级农业产业化龙头企业达到30家", "partly", "市级农业产业化龙头企业达到28家"),
    ("确保粮食总产5亿斤以上", "not_reported", ""),
    ("空气质量优良天数达到250天以上", "met", "空气质量优良天数达到262天"),  # days counted are a measure
    ("今年再减少农村贫困人口1.2万以上", "exceeded", "农村贫困人口减少1.3万"),  # a bare 万 next to 人口
    ("改造提升11条市政路", "met", "改造市政道路11条"),  # a short form of the name
    ("建成50个口袋公园", "not_reported", ""),  # all parks are no pocket parks
    ("完成小麦播种8万亩", "met", "超额完成小麦播种8万亩的任务"),  # the task's size is the result
    ("新建幼儿园3所", "met", "建成幼儿园3所"),  # two targets split by 、, each its own result
    ("小学2所", "partly", "小学1所"),
    # a count without its noun takes the sentence's topic; a verb closing a table name stays in it
    ("今年开工5800套", "exceeded", "棚户区住房改造6200套"),
    # 由240元提高到280元: 240元 is the baseline, no part of the name; 医保 = 医疗保险 (table)
    ("城乡居民医保财政补助标准由每人每年240元提高到280元", "met", "城乡居民基本医保财政补助标准增加到人均280元"),
    # phases of one programme: each target against the figure of its own phase; an elliptical
    # figure takes the topic the one before it took
    ("基本建成400套", "met", "基本建成410套"),
    ("新开工600套", "exceeded", "新开工保障性安居工程650套"),
    # a fraction after a verb of reduction is a fall of that share (三分之一 = 33.3%)
    ("整体通关时间再压缩三分之一", "met", "货物通关时间压缩一半以上"),
    ("项目审批时间压减一半", "not_reported", ""),
    # verbs of reaching, reporting verbs and per-units at a name's edges are no part of it
    ("居民消费价格涨幅控制在3%左右", "met", "居民消费价格涨幅回落到2.1%"),  # a cap, reached from above
    ("工业生产者出厂价格涨幅控制在2%左右", "not_reported", ""),  # another price index
    ("要求森林覆盖率达到35%", "met", "森林覆盖率提高到35.2%"),
    ("农村低保标准提高到每人每月600元", "met", "农村低保标准提高至每月620元"),
    ("重污染天数下降到5天以内", "met", "重污染天数减少至3天"),  # a fall to a level: at most
    # a subscript a page set on a line of its own stays in the name (PM⏎2.5⏎ = PM2.5 = 细颗粒物)
    ("细颗粒物平均浓度控制在38微克/立方米以内", "met", "平均浓度降至35微克/立方米"),
    # a 分别 list: each item its own figure, sharing the measure the last one names
    ("全年基础设施、制造业投资分别增长6%", "partly", "基础设施投资增长4%"),
    ("8%", "met", "制造业投资增长9%"),
    # a share of the units covered is a target
    ("将家庭医生签约服务覆盖范围扩大到80%的村", "met", "家庭医生签约服务覆盖85%的村"),
    # another name of the same indicator, and a name a PDF's line broke with a space
    ("地方公共预算财政收入增长6%", "partly", "一般公共预算收入增长4%"),
    ("规 模以上工业总产值增长10%", "met", "规上工业总产值增长12%"),
])
def test_results_behind_the_wording(text, status, result):
    row = rows()[text]
    assert row["status"] == status, row
    assert result in row["result_text"] and (result or not row["result_text"]), row


def test_an_increase_from_two_levels_shows_the_base():
    row = rows()["全年新增高新技术企业10家以上"]
    assert row["result_value"] == 20
    assert "高新技术企业达到110家" in row["base_text"]
    assert "less 110家 in the earlier report" in row["note"]


def test_a_number_of_days_is_a_target_only_where_days_are_counted():
    targets = {r["target"] for r in rows().values() if r["target"]}
    assert "达到250天以上" in targets
    assert not any("3天" in t for t in targets)  # 用3天时间: a time span


def test_a_bare_number_counts_people_only_next_to_a_noun_of_people():
    targets = {r["target"]: r["target_unit"] for r in rows().values() if r["target"]}
    assert targets["1.2万以上"] == "人"
    assert "1000万" not in targets  # 完成投资1000万: no unit, no people


@pytest.mark.parametrize("a, b, abbreviated", [
    ("市政路", "市政道路", True), ("规上工业", "规模以上工业", True), ("市级平台", "市级创新平台", True),
    ("公园", "口袋公园", False),  # too short to be a short form
    ("工业园", "工业产业园区", False),  # another last character: another thing
    ("市政路", "市政路", False),  # the same name is no short form
])
def test_a_short_form_keeps_the_full_names_characters_in_order(a, b, abbreviated):
    from duban.link.track import abbreviation
    assert (abbreviation(a, b) > 0.5) is abbreviated


def test_a_fraction_is_a_target_only_after_a_verb_of_reduction():
    targets = {r["target"]: r["target_value"] for r in rows().values() if r["target"]}
    assert targets["压缩三分之一"] == -33.33 and targets["压减一半"] == -50
    assert not any(t.startswith("一半") for t in targets)  # 一半用于大病保险: a share of money, no target


def test_a_level_from_what_was_added_shows_the_base():
    row = rows()["科技企业孵化器达到20家"]
    assert row["result_value"] == 21 and "科技企业孵化器16家" in row["base_text"]
    assert "plus 5家 added" in row["note"]


def test_a_baseline_after_by_is_no_target_and_by_alone_makes_none():
    targets = {r["target"]: r["indicator"] for r in rows().values() if r["target"]}
    assert targets["提高到280元"] == "城乡居民医保财政补助标准"
    assert not any(t.endswith("240元") for t in targets)
    assert "5亿元" in targets  # 由县财政投资5亿元: 由 without a level verb after the figure


@pytest.mark.parametrize("text, indicator, measure", [
    ("居民消费价格涨幅控制在3%左右", "居民消费价格", "居民消费价格"),  # the rate noun is the change's cue
    ("要求森林覆盖率达到35%", "森林覆盖率", "森林覆盖率"),  # a reporting verb before the name
    ("农村低保标准提高到每人每月600元", "农村低保标准", "农村低保标准"),  # a per-unit after it
    ("重污染天数下降到5天以内", "重污染天数", "重污染天数"),  # a verb of reaching
    ("全年基础设施、制造业投资分别增长6%", "基础设施投资", "基础设施投资"),  # the list's measure
    ("8%", "制造业投资", "制造业投资"),
])
def test_the_name_of_what_is_measured(text, indicator, measure):
    row = rows()[text]
    assert (row["indicator"], row["measure"]) == (indicator, measure)


def test_a_share_of_money_is_no_target():
    assert not any("70%" in t for t in rows())  # 将70%的资金用于民生: no units covered


def test_a_past_or_present_figure_in_the_plan_is_no_target():
    targets = {r["target"] for r in rows().values() if r["target"]}
    assert "2.6%" not in targets and "超过3000家" not in targets  # 去年…, 目前…已经…
    assert "比去年增长2%" in targets  # 比去年增长2%: compared with last year, a target


def test_a_first_estimate_reckoned_at_comparable_prices_answers_the_target_of_its_indicator():
    plan = process(Document(source="plan.txt", original=(
        "黑龙江省把保增长作为2009年经济工作的首要任务。我们提出,GDP要增长11%以上。"
        "粮食总产要达到850亿斤以上,农民收入增长6%以上。\n")))
    review = process(Document(source="review.txt", original=(
        "初步核算2009年黑龙江省实现地区生产总值8288亿元,按可比价格计算比上年增长11.1%。"
        "今年全省农民人均纯收入有望超过5150元,比去年增长6%以上。\n")))
    assert plan.periods.get("plan") == "2009"  # the year whose first task is set
    found = {r["text"]: (r["status"], r["result_text"]) for r in track_documents(plan, review).rows()}
    assert found["GDP要增长11%以上"][0] == "met"  # 初步核算 and 按可比价格计算 name nothing; 黑龙江省 is the review's own
    assert found["农民收入增长6%以上"][0] == "met"  # 农民人均纯收入, the measure before 2013, is the farmers' income
