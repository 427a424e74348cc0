"""`duban track` and `duban commitments`: for scripts (jsonl, csv) and for people (table)."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from helpers import SERIES, seed
from typer.testing import CliRunner

from duban.cli.app import console
from duban.cli.main import app
from duban.store import Database

PLAN, REVIEW = SERIES / "qingyuan_2023.txt", SERIES / "qingyuan_2024.txt"
ROW_KEYS = {"plan_source", "text", "start", "end", "indicator", "target", "status", "review_source", "result_text",
            "result_start", "result_end", "score"}


@pytest.fixture(autouse=True)
def wide_console(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(console, "_width", 250)


def duban(*args: str | Path):
    result = CliRunner().invoke(app, [str(a) for a in args])
    assert "Traceback" not in result.output
    return result


def test_track_two_files_as_jsonl_rows_grounded_in_both_texts():
    result = duban("track", PLAN, REVIEW, "--format", "jsonl")
    assert result.exit_code == 0, result.output
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    plan, review = PLAN.read_text(encoding="utf-8"), REVIEW.read_text(encoding="utf-8")
    assert rows and all(ROW_KEYS <= row.keys() for row in rows)
    for row in rows:
        assert plan[row["start"] : row["end"]] == row["text"]
        if row["status"] == "not_reported":
            assert row["result_start"] is None and row["result_end"] is None and row["result_text"] == ""
        else:
            assert review[row["result_start"] : row["result_end"]] == row["result_text"]
    gdp = next(r for r in rows if r["text"] == "地区生产总值增长7%")
    assert (gdp["target"], gdp["status"], gdp["plan_source"], gdp["review_source"]) == (
        "增长7%", "partly", str(PLAN), str(REVIEW))


def test_track_filters_and_csv():
    # a status by its code or by the name the tracking page shows (filter_names.tsv)
    result = duban("track", PLAN, REVIEW, "--targets", "--status", "超额完成", "--format", "csv")
    assert result.exit_code == 0, result.output
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert rows and {r["status"] for r in rows} == {"exceeded"} and all(r["target"] for r in rows)


def test_track_table_is_for_people():
    result = duban("track", PLAN, REVIEW, "--targets")
    assert result.exit_code == 0
    assert "新增设施农业2万亩" in result.stdout and "partly" in result.stdout and "status" in result.stdout


def test_track_an_organisation_from_the_store(tmp_path: Path):
    db = tmp_path / "duban.db"
    with Database(db) as store:
        store.ingest([PLAN, REVIEW])
    result = duban("track", "清苑区", "--db", db, "--format", "jsonl", "--targets")
    assert result.exit_code == 0, result.output
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert any(r["text"] == "新增设施农业2万亩" and r["status"] == "partly" for r in rows)
    unknown = duban("track", "不存在镇", "--db", db)
    assert unknown.exit_code == 1 and len(unknown.output.strip().splitlines()) == 1


def test_track_usage_errors_are_one_line(tmp_path: Path):
    assert duban("track", "a", "b", "c").exit_code == 2
    missing = duban("track", tmp_path / "nope.txt", tmp_path / "nope2.txt")
    assert missing.exit_code == 2 and "not a file" in missing.output
    no_db = duban("track", "花桥镇", "--db", tmp_path / "none.db")
    assert no_db.exit_code == 1 and len(no_db.output.strip().splitlines()) == 1


def test_commitments_of_a_file():
    path = seed("003")
    result = duban("commitments", path, "--format", "jsonl")
    assert result.exit_code == 0, result.output
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    original = path.read_text(encoding="utf-8")
    assert all(original[r["start"] : r["end"]] == r["text"] for r in rows)
    (row,) = [r for r in rows if r["target_text"] == "达6600亩"]
    assert (row["strength"], row["comparator"], row["target_value"]) == ("binding", "达", 6600)
    assert row["source"] == str(path)
    table = duban("commitments", path, "--targets")
    assert table.exit_code == 0 and "种植规模" in table.stdout


def test_commitments_of_a_stored_document(tmp_path: Path):
    db = tmp_path / "duban.db"
    with Database(db) as store:
        store.ingest([seed("003")])
        doc_id = store.documents()[0]["id"]
    result = duban("commitments", str(doc_id), "--db", db, "--format", "csv")
    assert result.exit_code == 0, result.output
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert any(r["target_text"] == "达6600亩" and r["object"].endswith("种植规模") for r in rows)


@pytest.mark.parametrize("plan, review, reason", [
    (PLAN, SERIES / "hebei_2024.txt", "the plan is 清苑区's, the review 河北省's"),  # another organisation
    (REVIEW, PLAN, "the plan is for 2024, the review covers 2022"),  # files swapped
    (PLAN, PLAN, "the two files hold the same report"),
])
def test_track_refuses_a_review_that_does_not_follow_the_plan(plan, review, reason):
    result = duban("track", plan, review)
    assert result.exit_code == 1 and reason in result.output and "--force" in result.output
    assert duban("track", plan, review, "--force", "-f", "jsonl").exit_code == 0


@pytest.mark.parametrize("fmt", ["csv", "xlsx"])
def test_track_exports_the_tracking_table(tmp_path, fmt):
    out = tmp_path / f"track.{fmt}"
    result = duban("track", PLAN, REVIEW, "--format", fmt, "--output", out)
    assert result.exit_code == 0, result.output
    if fmt == "csv":
        rows = list(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8-sig"))))
    else:
        from openpyxl import load_workbook

        sheet = load_workbook(out).active
        values = list(sheet.values)
        rows = [dict(zip(values[0], r)) for r in values[1:]]
    gdp = next(r for r in rows if r["text"] == "地区生产总值增长7%")
    assert gdp["status"] == "partly" and float(gdp["confidence"]) > 0.5 and gdp["measure"] == "地区生产总值"
    assert f"rows written to {out}" in result.output


def test_track_output_needs_a_file_format():
    assert duban("track", PLAN, REVIEW, "--output", "x.txt").exit_code == 2


@pytest.mark.parametrize("status", ["done", "完成了", ""])
def test_track_refuses_an_unknown_status_naming_the_valid_ones(status):
    result = duban("track", PLAN, REVIEW, "--status", status)
    assert result.exit_code == 2
    assert "unknown --status" in result.output and "not_reported (未报告)" in result.output


def test_track_writes_no_excel_bytes_to_a_terminal(monkeypatch):
    import types

    import duban.cli.commands_track as commands

    monkeypatch.setattr(commands, "sys", types.SimpleNamespace(stdout=types.SimpleNamespace(isatty=lambda: True)))
    result = duban("track", PLAN, REVIEW, "--format", "xlsx")
    assert result.exit_code == 2 and "--output" in result.output and "PK" not in result.output


def test_commitments_of_a_missing_file_say_the_file_is_missing(tmp_path):
    Database(tmp_path / "d.db").close()
    result = duban("commitments", tmp_path / "plan.txt", "--db", tmp_path / "d.db")
    assert result.exit_code == 1 and "plan.txt: no such file" in result.output
