"""`duban extract` and `duban facts`: facts for scripts and for people."""

from __future__ import annotations

import csv
import io
import json
import re
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


# -- filters people type, and a table that fits the terminal ------------------------------
import pytest  # noqa: E402


@pytest.fixture(scope="module")
def seeds_db(tmp_path_factory) -> Path:
    db = tmp_path_factory.mktemp("facts") / "seeds.db"
    assert CliRunner().invoke(app, ["ingest", str(SEEDS), "--db", str(db)]).exit_code == 0
    return db


def facts_jsonl(db: Path, *args: str) -> list[dict]:
    result = CliRunner().invoke(app, ["facts", "--db", str(db), *args, "--format", "jsonl"])
    assert result.exit_code == 0, result.output
    return [json.loads(line) for line in result.output.splitlines() if line.strip()]


@pytest.mark.parametrize("chinese, code", [
    (["--kind", "增减"], ["--kind", "change"]), (["--kind", "比例"], ["--kind", "share"]),
    (["--part", "计划"], ["--part", "plan"]), (["--part", "回顾"], ["--part", "review"]),
    (["--part", "问题"], ["--part", "problems"]), (["--kind", "数量", "--part", "工作计划"], ["--kind", "amount", "--part", "plan"]),
])
def test_facts_take_the_chinese_names_of_kinds_and_parts(seeds_db, chinese, code):
    rows = facts_jsonl(seeds_db, *code)
    assert rows and facts_jsonl(seeds_db, *chinese) == rows


@pytest.mark.parametrize("args, listed", [
    (["--kind", "nosuch"], ["amount", "change", "增减", "duration"]),
    (["--part", "结论"], ["review", "problems", "plan", "计划"]),
    (["--domain", "其他"], ["经济与产业", "民生与社会保障"]),
    (["--unit", "斤斤"], ["亩", "元"]),
])
def test_an_unknown_filter_value_is_an_error_listing_the_valid_ones(seeds_db, args, listed):
    result = CliRunner().invoke(app, ["facts", "--db", str(seeds_db), *args])
    assert result.exit_code == 2
    assert "unknown" in result.output or "no fact has" in result.output
    assert all(word in result.output for word in listed), result.output


def test_a_known_unit_no_fact_has_is_an_empty_answer_not_an_error(seeds_db):
    assert facts_jsonl(seeds_db, "--unit", "公顷") == []


@pytest.mark.parametrize("width", [80, 100, 120, 160])
def test_the_facts_table_keeps_text_subject_and_organisation_at_any_width(seeds_db, width):
    result = CliRunner().invoke(app, ["facts", "--db", str(seeds_db), "--org", "下各", "--kind", "change"],
                                env={"COLUMNS": str(width)})
    assert result.exit_code == 0
    lines = result.output.splitlines()
    assert all(len(line) <= width for line in lines), max(map(len, lines))
    header = next(line for line in lines if "text" in line)
    assert all(name in header for name in ("org_name", "text", "subject"))
    assert "同比增长31.3%" in result.output  # the fact's text is shown whole


def test_help_shows_flags_plainly():
    result = CliRunner().invoke(app, ["docs", "--help"], env={"COLUMNS": "100"})
    assert "--json" in result.output and "<bool>" not in result.output


@pytest.mark.parametrize(("command", "whole"), [
    ("ingest", "are counted as skipped, and listed with --verbose"),  # a docstring's line breaks are not kept
    ("extract", "text == original[start:end]"),  # brackets are text, not markup
    ("eval", "one DOC.jsonl per document"),
])
def test_help_reads_as_whole_sentences(command, whole):
    result = CliRunner().invoke(app, [command, "--help"], env={"COLUMNS": "200"})
    assert result.exit_code == 0 and whole in " ".join(result.output.split()), result.output


def test_a_large_ingest_prints_a_summary_and_the_first_rows(tmp_path):
    folder = tmp_path / "many"
    folder.mkdir()
    for i in range(30):
        (folder / f"r{i:02d}.txt").write_text(f"某{i}乡2024年工作总结\n一、2024年工作回顾\n新建道路{i + 2}公里。\n",
                                               encoding="utf-8")
    result = CliRunner().invoke(app, ["ingest", str(folder), "--db", str(tmp_path / "m.db")], env={"COLUMNS": "160"})
    assert result.exit_code == 0, result.output
    assert "the first 20 of 30" in result.output and "10 more" in result.output
    assert result.output.count("2024年工作总结") == 20
    assert "30" in result.output.splitlines()[-2] or "30" in result.output  # the summary counts them all


def test_excel_bytes_are_not_written_to_a_terminal(monkeypatch):
    import types

    import duban.cli.commands_facts as commands

    monkeypatch.setattr(commands, "sys", types.SimpleNamespace(stdout=types.SimpleNamespace(isatty=lambda: True)))
    seed = sorted((Path(__file__).resolve().parents[1] / "samples" / "seeds").glob("*.txt"))[0]
    result = CliRunner().invoke(app, ["extract", str(seed), "-f", "xlsx"])
    assert result.exit_code == 2 and "not for the terminal" in result.output and "PK" not in result.output


def test_the_facts_table_says_how_many_facts_and_when_none_match(tmp_path):
    from duban.store import Database

    seed = sorted((Path(__file__).resolve().parents[1] / "samples" / "seeds").glob("*.txt"))[0]
    with Database(tmp_path / "d.db") as db:
        db.ingest([seed])
    found = CliRunner().invoke(app, ["facts", "--db", str(tmp_path / "d.db"), "--unit", "亩"])
    none = CliRunner().invoke(app, ["facts", "--db", str(tmp_path / "d.db"), "--year", "1900"])
    assert found.exit_code == 0 and none.exit_code == 0
    assert re.fullmatch(r"\d+ facts", found.output.splitlines()[0].strip()), found.output[:200]
    assert "no fact matches these filters" in none.output
