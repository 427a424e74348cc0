"""The extractor against the seeds' gold, scored as shared/spec/scoring.md says.

This test is the gate for the targets of the Quantity-facts issue: found F1 ≥ 0.97, strict
F1 ≥ 0.95, subject agreement ≥ 0.80, grounding 100%.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from duban.cli.main import app
from duban.eval.scoring import doc_id_of, match, found_key, score, subject_agrees

from helpers import GOLD, SEEDS


def test_seed_gold_meets_the_targets():
    result = CliRunner().invoke(app, ["eval", "--gold", str(GOLD), "--docs", str(SEEDS), "--json"])
    assert result.exit_code == 0, result.output
    totals = json.loads(result.output)["totals"]
    assert totals["grounding"] == 1.0
    assert totals["found_f1"] >= 0.97
    assert totals["strict_f1"] >= 0.95
    assert totals["subject_agreement"] >= 0.80


def test_eval_prints_per_document_rows_and_a_total_line():
    result = CliRunner().invoke(app, ["eval", "--gold", str(GOLD), "--docs", str(SEEDS)])
    assert result.exit_code == 0
    assert result.output.strip().splitlines()[-1].startswith("TOTAL found F1")
    for doc in ("000", "001", "002", "003", "004"):
        assert doc in result.output


def test_eval_on_a_missing_folder_is_a_usage_error(tmp_path):
    result = CliRunner().invoke(app, ["eval", "--gold", str(tmp_path / "nope"), "--docs", str(tmp_path)])
    assert result.exit_code == 2


def test_matching_pairs_equal_unit_and_value_one_to_one():
    gold = [{"value": 100, "unit": "%"}, {"value": 100, "unit": "%"}, {"value": 5, "unit": "个"}]
    predicted = [{"value": 100.0000001, "unit": "%"}, {"value": 5, "unit": "户"}]
    assert match(gold, predicted, found_key) == [(0, 0)]


def test_scores_count_precision_recall_strict_and_grounding():
    original = "签约率100%,新增5个"
    gold = {"d": [
        {"value": 100, "unit": "%", "kind": "share", "approx": "exact", "subject": "签约率"},
        {"value": 5, "unit": "个", "kind": "amount", "approx": "exact", "subject": ""},
    ]}
    predicted = {"d": [
        {"text": "100%", "start": 3, "end": 7, "value": 100, "unit": "%", "kind": "change", "approx": "exact",
         "subject": "签约率"},
        {"text": "7个", "start": 10, "end": 12, "value": 7, "unit": "个", "kind": "amount", "approx": "exact"},
    ]}
    s = score(gold, predicted, {"d": original})
    assert (s.found_precision, s.found_recall) == (0.5, 0.5)
    assert s.strict_f1 == 0.0  # the one found pair disagrees on kind
    assert s.subject_agreement == 1.0
    assert s.grounding == 0.5  # "7个" is not what stands at 10:12


@pytest.mark.parametrize("gold,predicted,agrees", [
    ("村集体经济总收入", "村集体经济总收入", True),
    ("土地", "重点项目土地", True),  # predicted contains gold
    ("大临用地租赁工作", "大临用地", True),  # contained in gold
    ("大临用地租赁", "斋坛村大临用地", True),  # 3 of 5 bigrams
    ("安置小区", "花田", False),
    ("安置小区", "", False),
])
def test_subject_agreement_rule(gold, predicted, agrees):
    assert subject_agrees(gold, predicted) is agrees


@pytest.mark.parametrize("name,doc", [("000_b6e2129330959370.txt", "000"), ("004.txt", "004"), ("0001.txt", None)])
def test_eval_ids_come_from_the_file_name_prefix(name, doc):
    assert doc_id_of(Path(name), ["000", "004"]) == doc
