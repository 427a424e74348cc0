"""Indicators: the statistical measure a subject names, through lang/zh/indicator_synonyms.tsv."""

from __future__ import annotations

import ast
import importlib
from pathlib import Path

import pytest

import duban.extract.commitments as commitments
from duban.extract.indicators import indicator_of, split_scope

SRC = Path(__file__).resolve().parents[1] / "src" / "duban"


@pytest.mark.parametrize("subject, indicator", [
    ("地区生产总值", "地区生产总值"),
    ("2023年本区地区生产总值", "地区生产总值"),  # year and scope prefixes are no part of the name
    ("全省GDP", "地区生产总值"),
    ("全市粮食产量", "粮食总产量"),
    ("农牧民人均可支配收入", "农村居民人均可支配收入"),  # as pastoral provinces name rural residents
    ("进出口贸易总额", "进出口总额"),
    ("规模以上工业产值", "规模以上工业总产值"),  # 产值 of industry is its gross output
    ("服务业增加值", "第三产业增加值"),  # the service sector is the tertiary one
    ("全省第三产业增加值", "第三产业增加值"),
    ("地区生产总值增速", "地区生产总值"),  # a rate noun after the name: the same measure
    ("接待游客", "游客接待量"),  # word order
    ("住宿床位数", "住宿床位"),
    ("空气质量达标率", "空气质量优良天数比例"),
    ("城镇居民人均可支配收入", "城镇居民人均可支配收入"),
    ("农村居民人均可支配收入", "农村居民人均可支配收入"),
    ("农业转移人口在城镇落户", "进城落户"),
    ("地表水国省考断面水质优良比例", "地表水水质优良比例"),
    ("棚户区住房改造", "棚户区改造"),
    ("为企业和个人减税降费", "减税降费"),
    # negative cases: a name inside a longer measure does not decide
    ("单位地区生产总值能耗", "能耗强度"),  # the longer name wins
    ("民营经济增加值占地区生产总值比重", "民营经济增加值占地区生产总值比重"),  # a share, not GDP
    ("高新技术产业增加值", "高新技术产业增加值"),  # no name in the table: the subject itself
    ("财政性教育经费支出占国内生产总值", "财政性教育经费支出占国内生产总值"),  # 占…的4%: the whole of a share
    ("研发投入占全省生产总值", "研发投入占全省生产总值"),
    ("为企业和个人减税", "减税"),  # 减税 is not 减税降费: the longer name is its own measure
    # verbs and per-units at the edges are no part of the name
    ("赤字率下降到", "赤字率"),  # a verb of reaching before the figure
    ("财政赤字占国内生产总值的比重", "赤字率"),  # the statistical definition of the same measure
    ("提出居民消费价格涨幅控制在", "居民消费价格"),  # a reporting verb before the name
    ("居民消费价格涨幅回落到", "居民消费价格"),
    ("城镇居民医保和新农合补助标准提高到每人每年", "城镇居民医保和新农合补助标准"),  # a per-unit
    ("稻谷最低收购价平均每50公斤分别提高", "稻谷最低收购价"),  # 每 with a number; a verb of change
    ("广义货币M2预期增长", "广义货币供应量"),
    ("预期寿命", "人均预期寿命"),  # 预期 is a filler only where it is no part of a name
    # negative cases: words that only look like edges
    ("规模以上", "规模以上"),  # 以上 closes the word
    ("年节约", "年节约"),  # a one-character comparator (约) ends too many words to be cut
    ("基本公共", "基本公共"),  # … and a one-character filler (共)
    ("棚户区住房改造", "棚户区改造"),  # a verb ending a table name stays
    ("提出", "提出"),  # nothing would be left
    ("", ""),
])
def test_indicator_of(subject, indicator):
    assert indicator_of(subject) == indicator


@pytest.mark.parametrize("text, trimmed", [
    ("赤字率下降到", "赤字率"), ("补助标准增加到人均", "补助标准"), ("要求粮食产量", "粮食产量"),
    ("要求确保森林覆盖率", "森林覆盖率"), ("力争新增企业数", "新增企业数"),  # strength words that bind or aspire
    ("持续时间", "持续时间"),  # an ongoing word (持续) may open a name: kept
    ("地区生产总值增长", "地区生产总值增长"),  # a verb of change stays in an object (a growth's name)
    ("人均", "人均"), ("规模以上", "规模以上"),  # nothing would be left; 以上 closes the word
])
def test_trim_name(text, trimmed):
    from duban.extract.indicators import trim_name
    assert trim_name(text) == trimmed


@pytest.mark.parametrize("subject, named", [
    ("全省减税降费", "减税降费"), ("出口总额", "出口总额"), ("进出口总额", "进出口总额"),
    ("高新技术产业增加值", ""),  # a name outside the table: no table indicator
    # 经济 is the economy's output only as the whole subject, its scope aside
    ("经济", "地区生产总值"), ("全省经济", "地区生产总值"), ("数字经济", ""), ("民营经济", ""),
    # a name of the table that opens with a scope word is read whole (地方 is a scope elsewhere)
    ("地方财政收入", "一般公共预算收入"),
])
def test_table_indicator(subject, named):
    from duban.extract.indicators import table_indicator
    assert table_indicator(subject) == named


@pytest.mark.parametrize("subject, scope, rest", [
    ("2023年本区地区生产总值", "本区", "地区生产总值"),
    ("全省一般公共预算收入", "全省", "一般公共预算收入"),
    ("全年新增城镇就业", "", "新增城镇就业"),
    ("全域", "", "全域"),  # a scope word alone is kept: nothing would be left
])
def test_split_scope(subject, scope, rest):
    assert split_scope(subject) == (scope, rest)


def test_other_stages_use_only_the_public_surface_of_extract():
    """A stage uses another's small public surface: a module outside ``extract`` imports from an
    extract module only the names of that module's ``__all__``, none of them private."""
    used: dict[str, set[tuple[str, str]]] = {}
    for path in SRC.rglob("*.py"):
        if "extract" in path.relative_to(SRC).parts:
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("duban.extract."):
                used.setdefault(node.module, set()).update((path.name, a.name) for a in node.names)
    assert {"duban.extract.commitments", "duban.extract.statements"} <= set(used), "link reads plans and results"
    for module, names in used.items():
        surface = importlib.import_module(module).__all__
        assert [u for u in sorted(names) if u[1] not in surface] == [], module
        assert all(not n.startswith("_") for n in surface)


@pytest.mark.parametrize("sentence, indicator", [
    ("居民消费价格涨幅回落到2.6%。", "居民消费价格"),  # the verb of reaching is no part of it
    ("农村低保标准提高到每人每月600元。", "农村低保标准"),  # nor the per-unit
    ("提出居民消费价格涨幅控制在4%左右。", "居民消费价格"),  # nor the reporting verb
    ("规模以上工业增加值增长6%。", "规模以上工业增加值"),
])
def test_facts_carry_the_same_indicator_as_commitments(sentence, indicator):
    from duban.document import Document, Part, Span
    from duban.pipeline import process
    doc = process(Document(source="x.txt", original=sentence))
    assert [f.indicator for f in doc.facts] == [indicator]  # facts.indicator
    doc.parts, doc.periods = [Part("plan", Span(0, len(sentence)), period="2025")], {"plan": "2025"}
    assert [c.indicator for c in commitments.extract_commitments(doc).commitments if c.has_target] == [indicator]
