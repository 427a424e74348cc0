"""`duban extract` and `duban facts`: facts for scripts and for people."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

from typer.testing import CliRunner

from duban.cli.main import app

SEEDS = Path(__file__).resolve().parents[1] / "samples" / "seeds"
SEED_003 = next(SEEDS.glob("003_*.txt"))


def test_extract_jsonl_has_the_required_fields_and_grounded_offsets():
    result = CliRunner().invoke(app, ["extract", str(SEED_003), "--format", "jsonl"])
    assert result.exit_code == 0, result.output
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    original = SEED_003.read_text(encoding="utf-8")
    assert len(rows) > 50
    for row in rows:
        assert {"source", "text", "start", "end", "value", "unit", "approx", "kind", "subject"} <= row.keys()
        assert row["source"] == str(SEED_003)
        assert original[row["start"] : row["end"]] == row["text"]
    first = rows[0]
    assert (first["text"], first["value"], first["unit"]) == ("4225.26万元", 42252600, "元")


def test_extract_csv_has_a_header_and_one_row_per_fact():
    result = CliRunner().invoke(app, ["extract", str(SEED_003), "--format", "csv"])
    assert result.exit_code == 0
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert rows[0]["text"] == "4225.26万元" and rows[0]["unit"] == "元"


def test_extract_table_is_for_people():
    result = CliRunner().invoke(app, ["extract", str(SEED_003), "--format", "table"])
    assert result.exit_code == 0
    assert "4225.26万元" in result.stdout


def test_extract_reports_a_bad_file_and_exits_1_but_prints_the_good_ones(tmp_path):
    bad = tmp_path / "empty.txt"
    bad.write_bytes(b"")
    result = CliRunner().invoke(app, ["extract", str(SEED_003), str(bad)])
    assert result.exit_code == 1
    assert "empty.txt: file is empty" in result.stderr
    assert "4225.26万元" in result.stdout


def test_extract_unknown_format_is_a_usage_error():
    result = CliRunner().invoke(app, ["extract", str(SEED_003), "--format", "yaml"])
    assert result.exit_code == 2


def test_facts_filters_the_store(tmp_path):
    db = tmp_path / "t.db"
    runner = CliRunner()
    assert runner.invoke(app, ["ingest", str(SEEDS), "--db", str(db)]).exit_code == 0
    result = runner.invoke(app, ["facts", "--db", str(db), "--org", "柳城", "--kind", "change", "--format", "jsonl"])
    assert result.exit_code == 0, result.output
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r["text"] for r in rows] == ["同比下降54%", "同比下降26%", "同比增长10%以上"]
    assert {r["org_name"] for r in rows} == {"柳城畲族镇"}
    plan = runner.invoke(app, ["facts", "--db", str(db), "--org", "柳城", "--part", "plan", "--unit", "亩", "--format", "jsonl"])
    assert [json.loads(line)["text"] for line in plan.stdout.splitlines()] == ["6600亩"]


def test_facts_without_a_database_is_one_line_and_exit_1(tmp_path):
    result = CliRunner().invoke(app, ["facts", "--db", str(tmp_path / "none.db")])
    assert result.exit_code == 1
    assert "Traceback" not in result.output
