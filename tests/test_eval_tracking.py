"""Scoring tracking against gold pairs (duban.eval.tracking, `duban eval --pairs`).

The figures: recall of plan targets (a commitment with a numeric target covers the gold target
text), status accuracy (the row covering the target has the gold status) and status accuracy over
the gold lines whose review reports a result.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

import pytest
from typer.testing import CliRunner

from duban.cli.main import app
from duban.eval.tracking import GoldError, load_pairs, row_for, score_lines, target_found, totals

PLAN = "今年目标：地区生产总值增长6%左右，新建学校10所。另建公园3个。"


def gold(target_text: str, status: str, result_text: str = "", target: str = "") -> dict:
    return {"plan_doc": "p.txt", "result_doc": "r.txt", "target_text": target_text, "target": target,
            "result_text": result_text, "status": status}


def row(start: int, end: int, status: str, target: str = "", value: float | None = None) -> dict:
    return {"start": start, "end": end, "status": status, "target": target, "target_value": value}


@dataclass
class Commitment:
    start: int
    end: int
    has_target: bool


GDP = PLAN.index("地区生产总值")
SCHOOL = PLAN.index("新建学校")


def test_row_for_prefers_the_row_of_the_gold_indicator_among_rows_of_one_joined_target():
    joined = "地区生产总值和财政一般预算收入增长10%以上。"
    rows = [dict(row(0, 22, "met", "增长10%以上", 10), indicator="地区生产总值", measure="地区生产总值"),
            dict(row(0, 22, "not_reported", "增长10%以上", 10), indicator="财政一般预算收入", measure="一般公共预算收入")]
    line = dict(gold("财政一般预算收入增长10%以上", "not_reported", target="10%以上"), indicator="财政一般预算收入增长")
    assert row_for(rows, joined, line)["status"] == "not_reported"


@pytest.mark.parametrize("rows, expected", [
    ([], None),  # no row at all
    ([row(0, 3, "met")], None),  # a row elsewhere in the plan
    ([row(GDP, GDP + 12, "met", "6%左右", 6)], "met"),  # the row over the target
    ([row(GDP - 2, GDP + 1, "partly")], "partly"),  # overlapping at one end is enough
    # two rows over the target: the one with a numeric target wins …
    ([row(GDP, GDP + 12, "not_reported"), row(GDP + 4, GDP + 12, "met", "6%左右", 6)], "met"),
    # … and among those, the one whose target holds the gold target
    ([row(GDP, GDP + 12, "exceeded", "10所", 10), row(GDP, GDP + 12, "met", "6%左右", 6)], "met"),
])
def test_row_for(rows, expected):
    got = row_for(rows, PLAN, gold("地区生产总值增长6%左右", "met", target="6%左右（可比）"))
    assert (got or {}).get("status") == expected


@pytest.mark.parametrize("commitments, found", [
    ([], False),
    ([Commitment(GDP, GDP + 12, False)], False),  # a commitment without a numeric target does not count
    ([Commitment(SCHOOL, SCHOOL + 6, True)], False),  # another target
    ([Commitment(GDP + 3, GDP + 20, True)], True),
])
def test_target_found(commitments, found):
    assert target_found(commitments, PLAN, gold("地区生产总值增长6%左右", "met")) is found


def test_score_lines_gives_the_three_figures_and_the_row_counts():
    lines = [gold("地区生产总值增长6%左右", "met", "增长6.5%"),  # found, right, reported
             gold("新建学校10所", "exceeded", "新建学校12所"),  # found, wrong, reported
             gold("另建公园3个", "not_reported")]  # not found, no row: wrong, not reported
    rows = [row(GDP, GDP + 12, "met", "6%左右", 6), row(SCHOOL, SCHOOL + 6, "met", "10所", 10),
            row(0, 4, "not_reported")]
    commitments = [Commitment(GDP, GDP + 12, True), Commitment(SCHOOL, SCHOOL + 6, True)]
    s = score_lines("p", lines, PLAN, commitments, rows)
    assert (s.recall, s.status_accuracy, s.reported_accuracy) == (2 / 3, 1 / 3, 1 / 2)
    assert (s.rows, s.rows_not_reported) == (3, 1)
    t = totals([s, s])
    assert (t["lines"], t["found"], t["status_right"], t["reported_lines"], t["reported_right"]) == (6, 4, 2, 4, 2)
    assert [l.got for l in s.lines] == ["met", "met", None]


@pytest.mark.parametrize("content, message", [
    ("{not json", "x.jsonl:1: not a JSON line"),
    (json.dumps({"plan_doc": "p.txt", "result_doc": "r.txt", "status": "met"}), "x.jsonl:1: missing target_text"),
    (json.dumps(gold("a", "done")), "x.jsonl:1: unknown status 'done'"),
    (json.dumps(gold("a", "met")) + "\n" + json.dumps(gold("b", "met") | {"result_doc": "s.txt"}),
     "x.jsonl: lines name more than one plan/review pair"),
])
def test_bad_gold_names_the_file_and_the_reason(tmp_path: Path, content: str, message: str):
    (tmp_path / "x.jsonl").write_text(content, encoding="utf-8")
    with pytest.raises(GoldError, match=message.replace("(", r"\(").replace(")", r"\)")):
        load_pairs(tmp_path)


def test_an_empty_folder_is_an_error(tmp_path: Path):
    with pytest.raises(GoldError, match="no gold pairs"):
        load_pairs(tmp_path)


# -- `duban eval --pairs` on a small real pair ---------------------------------------------------------
PLAN_TEXT = ("2024年政府工作报告\n二、2024年主要目标任务\n今年主要预期目标是：地区生产总值增长6%左右，"
             "城镇新增就业2万人。全年新建学校10所。\n")
REVIEW_TEXT = ("2025年政府工作报告\n一、2024年工作回顾\n全年地区生产总值增长6.5%，城镇新增就业2.4万人，"
               "新建学校12所。\n")


def _pair_folder(tmp_path: Path) -> Path:
    (tmp_path / "plan_2024.txt").write_text(PLAN_TEXT, encoding="utf-8")
    (tmp_path / "plan_2025.txt").write_text(REVIEW_TEXT, encoding="utf-8")
    pairs = tmp_path / "pairs"
    pairs.mkdir()
    lines = [
        {"plan_doc": "plan_2024.txt", "result_doc": "plan_2025.txt", "target_text": "地区生产总值增长6%左右",
         "target": "6%左右", "result_text": "全年地区生产总值增长6.5%", "status": "met"},
        {"plan_doc": "plan_2024.txt", "result_doc": "plan_2025.txt", "target_text": "全年新建学校10所",
         "target": "10所", "result_text": "新建学校12所", "status": "exceeded"},
    ]
    (pairs / "plan_2024-2025.jsonl").write_text("\n".join(json.dumps(l, ensure_ascii=False) for l in lines) + "\n",
                                                encoding="utf-8")
    return pairs


def test_cli_scores_a_folder_of_pairs(tmp_path: Path):
    result = CliRunner().invoke(app, ["eval", "--pairs", str(_pair_folder(tmp_path)), "--json"])
    assert result.exit_code == 0, result.output
    out = json.loads(result.output)
    [pair] = out["pairs"]
    assert (pair["pair"], pair["lines"], pair["reported_lines"]) == ("plan_2024-2025", 2, 2)
    assert out["totals"]["lines"] == 2 and 0 <= out["totals"]["recall"] <= 1
    assert pair["rows"] >= 1  # the tracker produced rows for the plan's commitments


def test_cli_table_ends_with_the_totals(tmp_path: Path):
    result = CliRunner().invoke(app, ["eval", "--pairs", str(_pair_folder(tmp_path))])
    assert result.exit_code == 0, result.output
    assert "TOTAL recall" in result.output and "/2)" in result.output


@pytest.mark.parametrize("setup, message", [
    (lambda p: (p.parent / "plan_2025.txt").unlink(), "names plan_2025.txt, which is not in"),
    (lambda p: (p / "plan_2024-2025.jsonl").write_text("{", encoding="utf-8"), "plan_2024-2025.jsonl:1: not a JSON line"),
])
def test_cli_bad_input_is_one_line_and_exit_2(tmp_path: Path, setup, message: str):
    pairs = _pair_folder(tmp_path)
    setup(pairs)
    result = CliRunner().invoke(app, ["eval", "--pairs", str(pairs)])
    assert result.exit_code == 2
    assert message in result.output and "Traceback" not in result.output


def test_cli_eval_without_gold_or_pairs_says_what_it_needs():
    result = CliRunner().invoke(app, ["eval"])
    assert result.exit_code == 2 and "--pairs" in result.output
