"""Indicators: the statistical measure a subject names, through lang/zh/indicator_synonyms.tsv."""

from __future__ import annotations

import ast
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
    ("地区生产总值增速", "地区生产总值"),  # a rate noun after the name: the same measure
    ("接待游客", "游客接待量"),  # word order
    ("住宿床位数", "住宿床位"),
    ("空气质量达标率", "空气质量优良天数比例"),
    ("城镇居民人均可支配收入", "城镇居民人均可支配收入"),
    ("农村居民人均可支配收入", "农村居民人均可支配收入"),
    # negative cases: a name inside a longer measure does not decide
    ("单位地区生产总值能耗", "能耗强度"),  # the longer name wins
    ("民营经济增加值占地区生产总值比重", "民营经济增加值占地区生产总值比重"),  # a share, not GDP
    ("高新技术产业增加值", "高新技术产业增加值"),  # no name in the table: the subject itself
    ("", ""),
])
def test_indicator_of(subject, indicator):
    assert indicator_of(subject) == indicator


@pytest.mark.parametrize("subject, scope, rest", [
    ("2023年本区地区生产总值", "本区", "地区生产总值"),
    ("全省一般公共预算收入", "全省", "一般公共预算收入"),
    ("全年新增城镇就业", "", "新增城镇就业"),
    ("全域", "", "全域"),  # a scope word alone is kept: nothing would be left
])
def test_split_scope(subject, scope, rest):
    assert split_scope(subject) == (scope, rest)


def test_link_uses_only_the_public_surface_of_commitments():
    """A stage uses another's small public surface: link imports from commitments only ``__all__``."""
    used = set()
    for path in (SRC / "link").glob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.module == "duban.extract.commitments":
                used |= {(path.name, a.name) for a in node.names}
    assert used, "link reads commitments"
    assert [u for u in used if u[1] not in commitments.__all__] == []
    assert all(not n.startswith("_") for n in commitments.__all__)
