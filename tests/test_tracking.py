"""Tracking: each commitment of a plan against what the next report says (docs/tracking.md).

The gold lines of ``shared/series/pairs`` are decided from the two texts alone; the status rules
are those of ``shared/series/README.md``.
"""

from __future__ import annotations

import json
import re
from functools import lru_cache
from pathlib import Path

import pytest
from helpers import SERIES

from duban.document import Document
from duban.extract.commitments import Commitment
from duban.link.match import similarity
from duban.link.orgs import org_key, same_org
from duban.link.periods import covers, due_by
from duban.link.status import Result, decide
from duban.link.track import TrackReport, pair_documents, track_documents, track_org
from duban.pipeline import process
from duban.read import read_file
from duban.store import Database

PAIRS = sorted((SERIES / "pairs").glob("*.jsonl"))


# -- the status rules ----------------------------------------------------------------------------
def commitment(value: float, unit: str, kind: str = "amount", comparator: str = "", obj: str = "指标") -> Commitment:
    return Commitment(text="", start=0, end=0, object=obj, target_text="x", target_value=value, target_unit=unit,
                      target_kind=kind, comparator=comparator)


@pytest.mark.parametrize("target, result, status", [
    # rates: reached, or within 0.5 points of a 左右 target; never exceeded
    (commitment(6, "%", "change", "左右"), 5.5, "met"),
    (commitment(6, "%", "change", "左右"), 5.4, "partly"),
    (commitment(8, "%", "change", "以上"), 3.8, "partly"),
    (commitment(6.5, "%", "change"), 6.6, "met"),
    (commitment(6, "%", "change", "以上"), 9.6, "met"),
    (commitment(7, "%", "change"), -17.7, "missed"),  # a fall where growth was promised
    # ceilings: CPI, unemployment, 控制在…以内, a fall to achieve
    (commitment(3, "%", "change", "左右", "居民消费价格"), 0.9, "met"),
    (commitment(5.5, "%", "share", "左右", "城镇调查失业率"), 5.9, "met"),
    (commitment(5.5, "%", "share", "左右", "城镇调查失业率"), 6.2, "missed"),
    (commitment(5, "%", "share", "控制在…以内"), 5.0, "met"),
    (commitment(-2, "%", "change", "", "单位GDP能耗"), -3.1, "met"),
    (commitment(-2, "%", "change", "", "单位GDP能耗"), -1.0, "partly"),
    # amounts: met when reached, exceeded above 105 %, 左右 within 5 %
    (commitment(320e4, "亩"), 332e4, "met"),
    (commitment(7000, "公里"), 7716, "exceeded"),
    (commitment(2e4, "亩"), 1.27e4, "partly"),
    (commitment(100, "所", "amount", "左右"), 96, "met"),
    (commitment(100, "所"), 0, "missed"),
])
def test_status_rules(target, result, status):
    assert decide(target, Result(result, target.target_unit, target.target_kind)) == status


def test_no_figure_is_not_reported_and_a_review_that_says_so_is_missed():
    c = commitment(10, "个")
    assert decide(c, None) == "not_reported"
    assert decide(c, Result(12, "个", "amount", said_missed=True)) == "missed"
    assert decide(Commitment(text="", start=0, end=0, object="换届"), Result(0, "", "")) == "unmeasurable"


# -- matching pieces -------------------------------------------------------------------------------
def test_org_names_are_compared_normalised():
    assert org_key("花橋鎮人民政府") == org_key("花桥镇") == "花桥镇"
    assert same_org("清苑区人民政府", "清苑区") and not same_org("清苑区", "保定市")


def test_periods():
    assert covers("2024", "2024H2") and covers("2024", "2024") and not covers("2024H1", "2024")
    assert due_by("", "2023") and due_by("2023Q3", "2023") and not due_by("2027", "2023")


def test_indicator_names_are_compared_through_the_synonym_table():
    assert similarity("全省生产总值", "地区生产总值") == 1.0
    assert similarity("新增城镇就业", "城镇新增就业") == 1.0
    assert similarity("单位国内生产总值能耗", "国内生产总值") == 0.0  # energy intensity is not GDP
    assert similarity("美丽乡村", "和美乡村示范村") < 0.5  # a different programme


def test_each_plan_period_is_paired_with_the_report_that_reviews_it():
    docs = [
        {"id": 1, "review_period": "2022", "plan_period": "2023"},
        {"id": 2, "review_period": "2023", "plan_period": "2024"},
        {"id": 3, "review_period": "2024H1", "plan_period": "2024H2"},
        {"id": 4, "review_period": "2024", "plan_period": "2025"},
    ]
    assert [(p["id"], r["id"]) for p, r in pair_documents(docs)] == [(1, 2), (2, 4), (3, 4)]


# -- the gold lines of the series ------------------------------------------------------------------
@lru_cache(maxsize=None)
def read(name: str):
    return process(read_file(SERIES / name))


@lru_cache(maxsize=None)
def tracked(plan: str, review: str) -> TrackReport:
    return track_documents(read(plan), read(review))


def occurrences(text: str, part: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in re.finditer(re.escape(part), text)]


def row_for(report: TrackReport, text: str, gold: dict) -> dict | None:
    """The tracked row whose commitment overlaps an occurrence of the gold target_text; among
    several, the one with a target whose text holds the gold target."""
    spans = occurrences(text, gold["target_text"])
    target = re.sub(r"（.*?）|\(.*?\)", "", gold["target"])
    rows = [r for r in report.rows() if any(r["start"] < b and a < r["end"] for a, b in spans)]
    rows.sort(key=lambda r: (r["target_value"] is not None, target in r["target"]), reverse=True)
    return rows[0] if rows else None


def gold_lines() -> list[dict]:
    return [json.loads(line) for path in PAIRS for line in path.read_text(encoding="utf-8").splitlines() if line]


def test_gold_statuses_from_the_two_texts():
    right, misses = 0, []
    for g in gold_lines():
        row = row_for(tracked(g["plan_doc"], g["result_doc"]), read(g["plan_doc"]).original, g)
        got = row["status"] if row else "no row"
        if got == g["status"]:
            right += 1
        else:
            misses.append(f"{g['plan_doc']} {g['target_text']}: gold {g['status']}, got {got}")
    print(f"\nstatus right for {right}/{right + len(misses)} gold lines", *misses, sep="\n  ")
    assert right / (right + len(misses)) >= 0.9


@pytest.mark.parametrize("pair", PAIRS, ids=lambda p: p.stem)
def test_gold_statuses_per_pair(pair: Path):
    lines = [json.loads(line) for line in pair.read_text(encoding="utf-8").splitlines() if line]
    report = tracked(lines[0]["plan_doc"], lines[0]["result_doc"])
    plan_text = read(lines[0]["plan_doc"]).original
    right = sum((row_for(report, plan_text, g) or {}).get("status") == g["status"] for g in lines)
    assert right / len(lines) >= 0.8, f"{right}/{len(lines)}"


def test_recall_of_gold_targets():
    found = 0
    lines = gold_lines()
    for g in lines:
        doc = read(g["plan_doc"])
        spans = occurrences(doc.original, g["target_text"])
        found += any(c.has_target and c.start < b and a < c.end for c in doc.commitments for a, b in spans)
    assert found / len(lines) >= 0.9


def test_every_status_comes_with_evidence_in_both_documents():
    report = tracked("qingyuan_2023.txt", "qingyuan_2024.txt")
    plan, review = read("qingyuan_2023.txt"), read("qingyuan_2024.txt")
    for r in report.rows():
        assert plan.original[r["start"] : r["end"]] == r["text"]
        if r["status"] == "not_reported":
            assert r["result_start"] is None and r["result_text"] == ""
        else:
            assert review.original[r["result_start"] : r["result_end"]] == r["result_text"]
    json.dumps(report.as_dict(), ensure_ascii=False)  # JSON-ready, for the web page


def test_a_growth_target_with_a_level_result_takes_its_base_from_the_earlier_report():
    report = tracked("qingyuan_2023.txt", "qingyuan_2024.txt")
    row = next(r for r in report.rows() if r["text"].endswith("工业技改投资增长5%"))
    assert row["status"] == "met" and "6.6亿元" in row["result_text"]
    assert "4.9亿元" in row["base_text"]
    assert read("qingyuan_2023.txt").original[row["base_start"] : row["base_end"]] == row["base_text"]


def test_five_year_targets_are_not_due_in_a_one_year_review():
    report = tracked("hebei_2023.txt", "hebei_2024.txt")
    assert all(due_by(r["deadline"], "2023") for r in report.rows())
    assert any(c.deadline == "2027" for c in read("hebei_2023.txt").commitments)  # 今后五年 …


def test_track_org_from_the_store(tmp_path: Path):
    with Database(tmp_path / "duban.db") as db:
        db.ingest([SERIES / "qingyuan_2023.txt", SERIES / "qingyuan_2024.txt"])
        report = track_org(db, "清苑区人民政府")
        stored = db.commitments(db.documents()[0]["id"])
    assert len(report.pairs) == 1 and report.pairs[0]["plan_period"] == "2023"
    direct = tracked("qingyuan_2023.txt", "qingyuan_2024.txt")
    assert [(r["start"], r["status"]) for r in report.rows()] == [(r["start"], r["status"]) for r in direct.rows()]
    assert stored and {"text", "start", "end", "object", "target_text", "strength"} <= set(stored[0])


# -- evidence ranked by indicator, unit, period, scope and size ---------------------------------------
PLAN_2023 = """柳河县2023年政府工作报告
一、2022年工作回顾
全县地区生产总值完成100亿元，一般公共预算收入完成10亿元。
二、2023年工作安排
2023年主要预期目标是：地区生产总值增长6%左右，一般公共预算收入增长5%，税收收入增长4%，城镇新增就业6000人，公益岗位超6000个。
新建污水处理能力2万吨/日。接待游客200万人次。旅游住宿床位达到3000张。新建三所幼儿园。实施重点项目50个。竣工项目25个。
城乡低保标准提高到每月210元。农村危房改造300户。引进亿元以上项目10个。高龄老人人均补贴达到1000元。粮食总产量达到5亿斤。
"""
REVIEW_2024 = """柳河县2024年政府工作报告
一、2023年工作回顾
2023年本县地区生产总值增长5.8%。一般公共预算收入、税收收入分别增长6.1%、4.2%。城镇新增就业6300人。
过去五年，累计新增城镇就业3.1万人。
新增垃圾处理能力2.5万吨/日。游客接待量达到230万人次。住宿床位新增至3200张。
建成幼儿园3所。新开工重点项目30个，竣工项目25个。完成农村危房改造320套。
发放高龄老人补贴1200万元，惠及1.1万人。
2024年预期目标：粮食总产量稳定在5.2亿斤。
二、2024年工作安排
公益岗位超9000个。将城乡低保标准从每月210元提高到230元。
"""


@lru_cache(maxsize=None)
def invented_pair() -> dict[str, dict]:
    plan = process(Document(source="plan.txt", original=PLAN_2023))
    review = process(Document(source="review.txt", original=REVIEW_2024))
    return {r["text"]: r for r in track_documents(plan, review).rows()}


@pytest.mark.parametrize("text, status, result", [
    ("地区生产总值增长6%左右", "met", "2023年本县地区生产总值增长5.8%"),  # a year and scope prefix
    ("税收收入增长4%", "met", "4.2%"),  # 分别: each name its own figure
    ("粮食总产量达到5亿斤", "not_reported", ""),  # next year's target written in the review part
    ("城镇新增就业6000人", "met", "城镇新增就业6300人"),  # not the five-year total (累计…)
    ("公益岗位超6000个", "not_reported", ""),  # the review's own plan for next year is no result
    ("新建污水处理能力2万吨/日", "not_reported", ""),  # refuse capacity is no sewage capacity
    ("接待游客200万人次", "exceeded", "游客接待量达到230万人次"),  # word order, through the indicator table
    ("旅游住宿床位达到3000张", "exceeded", "住宿床位新增至3200张"),
    ("新建三所幼儿园", "met", "建成幼儿园3所"),  # a target in Chinese numerals
    ("实施重点项目50个", "exceeded", "新开工重点项目30个，竣工项目25个"),  # parts summed
    ("竣工项目25个", "met", "竣工项目25个"),  # one phase: its own figure, no sum
    ("城乡低保标准提高到每月210元", "met", "从每月210元"),  # the "from" of next year's raise is the level
    ("农村危房改造300户", "exceeded", "完成农村危房改造320套"),  # 户 / 套 count the same things
    ("引进亿元以上项目10个", "not_reported", ""),
    ("高龄老人人均补贴达到1000元", "exceeded", "1200万元，惠及1.1万人"),  # a total over people
])
def test_evidence_is_ranked_by_indicator_unit_period_scope_and_size(text, status, result):
    row = invented_pair()[text]
    assert row["status"] == status, row
    assert result in row["result_text"] and (result or not row["result_text"])
    assert 0 <= row["confidence"] <= 1


def test_arithmetic_and_conversions_are_shown_in_the_note():
    rows = invented_pair()
    assert rows["实施重点项目50个"]["note"] == "parts summed: 30 + 25 = 55 个"
    assert rows["实施重点项目50个"]["result_value"] == 55
    assert "套 counted as 户" in rows["农村危房改造300户"]["note"]
    assert rows["高龄老人人均补贴达到1000元"]["note"] == "per head: 1.2e+07 元 / 11000 人 = 1090.91 元"
    assert "below confidence" in rows["新建污水处理能力2万吨/日"]["note"]


@pytest.mark.parametrize("target, value, rate, plausible", [
    (100, 120, False, 1.0), (100, 1500, False, 0.6), (10e8, 2e8 * 50, False, 0.6), (1e4, 5e8, False, 0.25),
    (6, 5.5, True, 1.0),
    # a rate beyond its target in its direction, up to five times it, is a result (a 10% cut met by 44.6%)
    (15, 52, True, 0.8), (-10, -44.6, True, 0.8),
    # farther, or the other way by more than 30 points, it is less likely the target's
    (15, 80, True, 0.6), (15, -20, True, 0.6),
])
def test_plausibility_of_a_result_size(target, value, rate, plausible):
    from duban.link.track import plausibility
    assert plausibility(target, value, rate) == plausible


def test_a_low_confidence_match_is_not_reported_and_every_status_has_a_confidence():
    from duban.link.track import CONFIDENCE_MIN, confidence
    assert confidence(0.95, True, 1.0, 1.0, "year", True) == 1.0
    assert confidence(0.7, False, 1.0, 1.0, "year", True, contrast=True) < CONFIDENCE_MIN
    assert confidence(0.7, False, 1.0, 0.25, "year", True) < CONFIDENCE_MIN  # implausible size
    for g in gold_lines():
        row = row_for(tracked(g["plan_doc"], g["result_doc"]), read(g["plan_doc"]).original, g)
        assert 0 < row["confidence"] <= 1


def test_one_report_stored_twice_counts_once(tmp_path: Path):
    copy = tmp_path / "qingyuan_2024_copy.txt"  # the same report, laid out otherwise (another format's text)
    copy.write_text((SERIES / "qingyuan_2024.txt").read_text(encoding="utf-8").replace("\n", "\n\n"), encoding="utf-8")
    with Database(tmp_path / "duban.db") as db:
        db.ingest([SERIES / "qingyuan_2023.txt", SERIES / "qingyuan_2024.txt", copy])
        assert len(db.documents()) == 3
        report = track_org(db, "清苑区")
    assert len(report.pairs) == 1
    assert len(report.rows()) == len(tracked("qingyuan_2023.txt", "qingyuan_2024.txt").rows())


def test_pairing_problem_names_why():
    from duban.link.track import pairing_problem
    assert pairing_problem(read("qingyuan_2023.txt"), read("qingyuan_2024.txt")) == ""
    assert pairing_problem(read("hebei_2023.txt"), read("hebei_2024.txt")) == ""
    assert "covers" in pairing_problem(read("qingyuan_2024.txt"), read("qingyuan_2023.txt"))


@pytest.mark.parametrize("a, b, same", [
    ("雄安新区管委会", "雄安新区管理委员会", True),  # two spellings of one organisation
    ("花橋鎮人民政府", "花桥镇", True),
    ("河北省", "河北省雄安新区", False),  # a unit and one inside it
    ("保定市", "保定市清苑区", False),
    ("清苑区", "河北省", False),
])
def test_the_pairing_check_compares_organisations(a, b, same):
    from duban.link.track import _same_org
    assert _same_org(org_key(a), org_key(b)) == same


def test_results_named_before_the_achievement_they_make_are_read_by_the_items_they_give():
    from duban.extract.statements import read_outside_plan
    from duban.pipeline import process
    text = "刚刚过去的2022年,取得了地区生产总值预计增长4.2%、城乡居民人均可支配收入分别增长4%和6.5%左右的好成绩。"
    doc = process(Document(source="r.txt", original=text))
    read = [(st.object, st.q.value) for st in read_outside_plan(doc).statements]
    assert read[-2:] == [("城镇居民人均可支配收入", 4.0), ("农村居民人均可支配收入", 6.5)]


@pytest.mark.parametrize("text, want", [
    # a comparison alone in its clause measures the topic of the sentence's first clause (方面 aside)
    ("2024年,固定资产投资方面,比上年增长2.5%。", [("固定资产投资", 2.5)]),
    ("2024年,全市一般公共预算收入,较上年增长3.1%。", [("全市一般公共预算收入", 3.1)]),
    # a name of a measure keeps its generic last word: 经济总量 is no 经济
    ("2024年,全市经济总量9.2万亿元,增长6%。", [("全市经济总量", 9.2e12), ("全市经济总量", 6.0)]),
    # a comparison after a figure of its own is that figure's (nothing to take from the topic)
    ("2024年,粮食总产量达到52万吨,比上年增长1.5%。", [("粮食总产量", 520000.0), ("粮食总产量", 1.5)]),
])
def test_results_whose_clause_names_nothing_take_the_name_the_sentence_gives(text, want):
    from duban.extract.statements import read_outside_plan
    from duban.pipeline import process
    doc = process(Document(source="r.txt", original=text))
    assert [(st.object, st.q.value) for st in read_outside_plan(doc).statements] == want


def _plan_of(year: int) -> Document:
    return process(Document(source="plan.txt", original=(
        f"广州市{year}年政府工作报告\n今年经济社会发展主要预期目标是:地区生产总值增长7.5%左右,固定资产投资增长11%左右。\n")))


@pytest.mark.parametrize("plan_year, review, result, status", [
    # the city's own figure, its GDP written in lower case; the province's figure beside it is the province's
    (2018, "2018年广州市经济运行情况\n2018年广州市gdp实现地区生产总值22859.35亿元,比上年增长6.2%。"
     "2018年广东省地区生产总值达9.73万亿元,其中广州占了超过五分之一。\n", "6.2", "partly"),
    # a headline restating the year's target (今年…预期增长) reports nothing; the review's figure does
    (2017, "广州市政府工作报告\n今年GDP预期增长7%左右\n报告回顾了2017年工作。2017年,预计全年地区生产总值2.15万亿元,"
     "比上年增长7.8%以上。\n", "7.8", "met"),
])
def test_a_result_is_the_organisations_own_figure_of_the_year_reviewed(plan_year, review, result, status):
    report = track_documents(_plan_of(plan_year), process(Document(source="review.txt", original=review)))
    rows = [r for r in report.items if r.indicator == "地区生产总值"]
    assert [(result in r.result_text, r.status) for r in rows] == [(True, status)]


@pytest.mark.parametrize("text, want", [
    # a pair word's two levels, then its two rates: each clause's figures are urban, then rural
    ("2019年,城乡居民人均可支配收入达到34446元和13094元,分别增长8.3%和9.7%。",
     [("城镇居民人均可支配收入", 34446.0), ("农村居民人均可支配收入", 13094.0),
      ("城镇居民人均可支配收入", 8.3), ("农村居民人均可支配收入", 9.7)]),
    # … or two by two in one clause (…达到23292元和7750元、分别增长8.8%和10%)
    ("2015年,城乡居民收入达到23292元和7750元、分别增长8.8%和10%。",
     [("城镇居民收入", 23292.0), ("农村居民收入", 7750.0), ("城镇居民收入", 8.8), ("农村居民收入", 10.0)]),
    # … but a level and a rate, one a clause, are the pair's together
    ("2019年,城乡居民人均可支配收入达到34446元,增长8.3%。",
     [("城乡居民人均可支配收入", 34446.0), ("城乡居民人均可支配收入", 8.3)]),
])
def test_a_pair_words_figures_are_its_members_clause_by_clause(text, want):
    from duban.extract.statements import read_outside_plan
    doc = process(Document(source="r.txt", original=text))
    assert [(st.object, st.q.value) for st in read_outside_plan(doc).statements] == want


@pytest.mark.parametrize("plan_text, review_text, result, status", [
    # a target of the pair word is answered by its first member when the review gives the two apart
    ("某区2023年政府工作报告\n今年主要预期目标是:城乡居民人均可支配收入增长7%,地区生产总值增长6%左右。\n",
     "某区2024年政府工作报告\n2023年,城乡居民人均可支配收入分别达到42469元和26000元,分别同比增长5.8%和6.8%。\n",
     "5.8", "partly"),
    # a word of aiming ends the topic before the target's name (全市经济社会发展力争实现地区生产总值…)
    ("宝鸡市2020年政府工作报告\n报告提出,2020年,全市经济社会发展力争实现地区生产总值增长6.5%左右,全社会固定资产投资增长8%。\n",
     "宝鸡市2021年政府工作报告\n2020年,全市地区生产总值增长3.3%,高于全省1.1个百分点。\n", "3.3", "partly"),
    # a share of the whole a target names is no result of it (南昌 is 22.81% of the province's economy)
    ("江西省2024年政府工作报告\n今年主要预期目标是:地区生产总值增长5%左右,城镇调查失业率5.5%左右。\n",
     "江西省2025年政府工作报告\n2024年,省会南昌市GDP总量为7800.37亿元,占江西全省经济总量的22.81%。\n", "", "not_reported"),
    # a city's figure in its province's review, the second one named only in the clause before, answers no
    # province target
    ("江西省2024年政府工作报告\n今年主要预期目标是:地区生产总值增长5%左右,城镇调查失业率5.5%左右。\n",
     "江西省2025年政府工作报告\n2024年,南昌市GDP名义增速4.87%,GDP实际增速4.9%。\n", "", "not_reported"),
    # a city's plan names it short (临沂GDP), its province's review in full with the year's word after it
    ("临沂市2014年国民经济和社会发展计划\n《计划》提出,今年临沂GDP增长将保持10%的增幅。\n",
     "山东省十二届人大四次会议\n2014年,临沂市全年实现地区生产总值3569.8亿元,增长10.1%。\n", "10.1", "met"),
    # a figure given exactly answers before a bound the headline gives (突破万亿元)
    ("贵州省2015年政府工作报告\n今年主要预期目标是:地区生产总值突破1万亿元。\n",
     "贵州GDP首次突破万亿元大关\n2015年贵州省地区生产总值达到10502.56亿元。\n", "10502.56", "exceeded"),
])
def test_results_of_pair_words_aimed_targets_shares_and_places(plan_text, review_text, result, status):
    report = track_documents(process(Document(source="p.txt", original=plan_text)),
                             process(Document(source="r.txt", original=review_text)))
    row = next(r for r in report.items if "可支配收入" in r.indicator or r.measure == "地区生产总值")
    assert (result in row.result_text, row.status) == (True, status)



@pytest.mark.parametrize("plan, review, rows", [
    # a target joining two indicators (地区生产总值和财政一般预算收入增长10%以上) is a row for each
    ("宁波市2007年政府工作报告\n今年主要预期目标是:地区生产总值和财政一般预算收入增长10%以上。\n",
     "宁波市2008年政府工作报告\n2007年,宁波GDP增速为14.8%。\n",
     [("地区生产总值", "met"), ("财政一般预算收入", "not_reported")]),
    # a date in a results sentence (2019年1月30日公布的) is no later year: the figures are still 2018's
    ("广州市2018年政府工作报告\n今年主要预期目标是:地区生产总值增长7.5%左右。\n",
     "根据广州市统计局2019年1月30日公布的2018年广州市经济运行情况显示,2018年广州市实现地区生产总值22859.35亿元,比上年增长6.2%。\n",
     [("地区生产总值", "partly")]),
    # an adjusted figure (扣除减税降费因素) measures the same revenue
    ("大连市2022年政府工作报告\n今年主要预期目标是:一般公共预算收入增长5%。\n",
     "大连市2023年政府工作报告\n2022年,全市一般公共预算收入扣除减税降费因素增长8%左右。\n",
     [("一般公共预算收入", "met")]),
    # a page lays out the year's results under 2025年 and next year's targets under 2026年
    ("辽宁省2025年政府工作报告\n今年主要预期目标是:一般公共预算收入增长4%,粮食产量500亿斤左右。\n",
     "辽宁省2026年政府工作报告\n一、报告原文\n辽宁亮点\n\n2025年\n\n城镇新增就业48万人\n\n粮食产量515.6亿斤、创历史新高\n\n"
     "辽宁落点\n\n2026年\n\n城镇新增就业45万人以上\n\n一般公共预算收入增长2.5%左右\n",
     [("一般公共预算收入", "not_reported"), ("粮食产量", "met")]),
])
def test_joined_targets_dated_releases_and_pages_laid_out_by_year(plan, review, rows):
    report = track_documents(process(Document(source="p.txt", original=plan)),
                             process(Document(source="r.txt", original=review)))
    assert [(r.indicator, r.status) for r in report.items] == rows


@pytest.mark.parametrize("obj, members", [
    ("地区生产总值和财政一般预算收入", ["地区生产总值", "财政一般预算收入"]),
    ("城镇和农村居民人均可支配收入", ["城镇居民人均可支配收入", "农村居民人均可支配收入"]),
    ("规上工业增加值", []),  # one name
])
def test_the_names_an_object_joins(obj, members):
    from duban.extract.statements import joined_members
    assert joined_members(obj) == members


RESTATED_PLAN = "某区2023年国民经济和社会发展计划\n今年主要预期目标是:地区生产总值增长6.5%,实施重大项目215项,年度计划投资300亿元以上。\n"
RESTATED_REVIEW = ("某区2023年国民经济和社会发展计划执行情况\n——全年计划实施重大项目215项,年度计划投资300亿元以上:预计全年实施"
                   "重大项目230项,实现投资350亿元以上。\n")


def test_a_target_restated_in_a_review_is_no_result():
    # a dash item restates the year's targets (全年计划…) before its results: the restated figures answer nothing
    report = track_documents(process(Document(source="p.txt", original=RESTATED_PLAN)),
                             process(Document(source="r.txt", original=RESTATED_REVIEW)))
    rows = {r.indicator: r for r in report.items}
    assert ("230项" in rows["重大项目"].result_text, rows["重大项目"].status) == (True, "exceeded")
    assert "300亿元" not in rows["年度计划投资"].result_text


def test_a_review_pages_headline_aiming_at_this_years_target_is_no_result_of_last_years():
    # 力争GDP增长6%: the page's headline restates the new year's aim; last year's result is 增长3.3%
    plan = "深圳市2022年政府工作报告\n2022年主要预期目标是:地区生产总值增长6%左右。\n"
    review = ("力争GDP增长6%!一分钟带你看深圳政府工作报告\n2022年工作回顾\n全市地区生产总值3.24万亿元,增长3.3%。\n"
              "2023年工作安排\n今年经济社会发展主要预期目标是:地区生产总值增长6%。\n")
    report = track_documents(process(Document(source="p.txt", original=plan)),
                             process(Document(source="r.txt", original=review)))
    (row,) = [r for r in report.items if r.target == "增长6%左右"]
    assert ("3.3%" in row.result_text, row.status) == (True, "partly")


def test_a_share_of_the_plan_done_is_no_restated_target():
    from duban.link.track import _restates_target
    assert _restates_target("——全年计划实施重大项目") and _restates_target("预期目标增长")
    assert not _restates_target("全区实施重大项目完成计划的") and not _restates_target("全年实施重大项目")
    assert _restates_target("力争GDP增长") and not _restates_target("经过努力,GDP增长")


def test_a_share_of_a_plan_done_answers_no_growth_target():
    # 完成序时进度的81.34%: how much of the year's plan was done, no growth to set against 增长6%
    plan = process(Document(source="p.txt", original="2024年主要预期目标\n主要预期目标是:一般公共预算收入增长6%,固定资产投资增长10%。\n"))
    review = process(Document(source="r.txt", original="2024年工作回顾\n一般公共预算收入7.26亿元,完成序时进度的81.34%。"
                                                       "固定资产投资完成34.02亿元,同比增长11.9%。\n"))
    rows = {r.indicator: r for r in track_documents(plan, review).items}
    assert rows["一般公共预算收入"].status == "not_reported"
    assert rows["固定资产投资"].status == "met"
