"""`duban ingest`, `duban docs`, `duban show`: output, JSON, and exit codes 0 / 1 / 2."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from store_fakes import SAMPLE_TEXT, sample_document, use_fakes
from typer.testing import CliRunner

import duban.cli.commands_docs  # noqa: F401  (registers the commands on the app)
import duban.cli.commands_web  # noqa: F401  (registers `search`)
from duban.cli.app import app, console
from duban.store import Database
from duban.store import database as store_database

SEEDS = Path(__file__).resolve().parents[1] / "samples" / "seeds"

runner = CliRunner()


@pytest.fixture(autouse=True)
def wide_console(monkeypatch: pytest.MonkeyPatch) -> None:
    # Not a terminal, rich assumes 80 columns and wraps table cells; widen it so that
    # the tests can look for whole cells.
    monkeypatch.setattr(console, "_width", 200)


@pytest.fixture
def fake_pipeline(monkeypatch: pytest.MonkeyPatch) -> None:
    use_fakes(monkeypatch)


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "duban.db"


@pytest.fixture
def reports(tmp_path: Path) -> Path:
    folder = tmp_path / "reports"
    folder.mkdir()
    for name in ("a", "b"):
        (folder / f"{name}.txt").write_text(f"{name}乡2024年工作总结\n正文。\n", encoding="utf-8")
    return folder


@pytest.fixture
def sample_db(db_path: Path) -> Path:
    with Database(db_path) as db:
        db.ingest_document(sample_document())
    return db_path


def duban(*args: str | Path, env: dict | None = None):
    result = runner.invoke(app, [str(a) for a in args], env=env)
    assert "Traceback" not in result.output
    return result


def documents(db_path: Path) -> list[dict]:
    result = duban("docs", "--db", db_path, "--json")
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


# -- ingest ------------------------------------------------------------------------------
def test_ingest_stores_the_files_and_summarises(reports, db_path, fake_pipeline):
    result = duban("ingest", reports, "--db", db_path)
    assert result.exit_code == 0, result.output
    assert "Documents" in result.stdout and "a乡2024年工作总结" in result.stdout
    assert "ingested" in result.stdout and "unchanged" in result.stdout  # the counts table
    assert [d["title"] for d in documents(db_path)] == ["a乡2024年工作总结", "b乡2024年工作总结"]


def test_ingest_twice_the_second_time_all_unchanged(reports, db_path, fake_pipeline):
    assert duban("ingest", reports, "--db", db_path).exit_code == 0
    with Database(db_path) as db:
        report = db.ingest([reports])
    assert report.counts() == {"ingested": 0, "unchanged": 2, "failed": 0, "skipped": 0}
    result = duban("ingest", reports, "--db", db_path)
    assert result.exit_code == 0
    assert len(documents(db_path)) == 2


def test_a_changed_file_adds_a_version_and_keeps_the_old(reports, db_path, fake_pipeline):
    duban("ingest", reports, "--db", db_path)
    (reports / "a.txt").write_text("a乡2024年工作总结\n改过的正文。\n", encoding="utf-8")
    assert duban("ingest", reports, "--db", db_path).exit_code == 0
    latest = {d["source"]: (d["id"], d["version"], d["supersedes"]) for d in documents(db_path)}
    assert latest == {str(reports / "a.txt"): (3, 2, 1), str(reports / "b.txt"): (2, 1, None)}
    old = duban("show", "1", "--db", db_path, "--text")
    assert old.exit_code == 0 and old.stdout == "a乡2024年工作总结\n正文。\n\n"


def test_a_failing_file_among_good_ones_fails_alone_and_exits_1(reports, db_path, fake_pipeline):
    (reports / "c.txt").write_bytes(b"")
    result = duban("ingest", reports, "--db", db_path)
    assert result.exit_code == 1
    assert f"{reports / 'c.txt'}: file is empty" in result.stderr.splitlines()
    assert [Path(d["source"]).name for d in documents(db_path)] == ["a.txt", "b.txt"]


def test_a_path_that_does_not_exist_is_that_files_failure(reports, db_path, fake_pipeline):
    result = duban("ingest", reports / "a.txt", reports / "nope.txt", "--db", db_path)
    assert result.exit_code == 1
    assert result.stderr.splitlines() == [f"{reports / 'nope.txt'}: file does not exist"]
    assert len(documents(db_path)) == 1


def test_unsupported_files_are_skipped_and_that_is_fine(reports, db_path, fake_pipeline):
    (reports / "table.xlsx").write_bytes(b"PK")
    result = duban("ingest", reports, "--db", db_path)
    assert result.exit_code == 0, result.output
    assert result.stderr == ""
    assert "1 file in the folders given was skipped" in result.stdout


@pytest.mark.parametrize("args", [["--limit", "0"], ["--limit", "101"], ["--offset", "-1"]])
def test_search_refuses_a_page_out_of_range(sample_db, args):
    result = duban("search", "村", "--db", sample_db, *args)
    assert result.exit_code == 2, result.output


def test_an_internal_error_is_one_line_and_exit_1(reports, db_path, fake_pipeline, monkeypatch):
    def process(doc):
        raise ZeroDivisionError("division by zero")

    monkeypatch.setattr(store_database, "_process", process)
    result = duban("ingest", reports / "a.txt", "--db", db_path)
    assert result.exit_code == 1
    assert result.stderr.splitlines() == [f"{reports / 'a.txt'}: internal error: ZeroDivisionError: division by zero"]


def test_many_files_go_through_the_progress_bar(tmp_path, db_path, fake_pipeline):
    folder = tmp_path / "many"
    folder.mkdir()
    for n in range(8):
        (folder / f"{n}.txt").write_text(f"{n}号乡工作总结\n", encoding="utf-8")
    result = duban("ingest", folder, "--db", db_path)
    assert result.exit_code == 0, result.output
    assert len(documents(db_path)) == 8


def test_the_database_comes_from_DUBAN_DB_when_no_option(reports, tmp_path, fake_pipeline):
    env_db = tmp_path / "from_env.db"
    assert duban("ingest", reports, env={"DUBAN_DB": str(env_db)}).exit_code == 0
    assert len(documents(env_db)) == 2


def test_a_database_that_cannot_be_opened_is_one_line_and_exit_1(reports, tmp_path, fake_pipeline):
    result = duban("ingest", reports, "--db", tmp_path / "no" / "such" / "dir" / "x.db")
    assert result.exit_code == 1
    assert len(result.stderr.splitlines()) == 1 and result.stderr.startswith("error: database error:")


@pytest.mark.parametrize("args", [["ingest"], ["ingest", "x.txt", "--bogus"], ["docs", "--nope"], ["show"]])
def test_usage_errors_exit_2(args):
    assert duban(*args).exit_code == 2


# -- docs --------------------------------------------------------------------------------
def test_docs_json_is_one_row_per_document(sample_db):
    [d] = documents(sample_db)
    assert d["doc_key"] == sample_document().content_hash[:16]
    d.pop("doc_key"), d.pop("content_hash"), d.pop("ingested_at")
    assert d == {
        "id": 1, "source": "reports/zhaitan_2024.txt", "version": 1, "supersedes": None, "format": "txt",
        "encoding": "utf-8", "script": "simplified", "title": "斋坛乡2024年工作总结和2025年工作计划",
        "org_name": "斋坛乡人民政府", "org_level": "township", "county": "龙游县", "province": "浙江省",
        "prefecture": None, "division_code": None, "place_confidence": None, "place_candidates": [],
        "review_period": "2024", "plan_period": "2025", "doc_type": "summary_plan", "published": "2025-05-21",
        "chars": 116, "body_chars": 66, "part_count": 2, "section_count": 3, "fact_count": 4, "warning_count": 1,
    }


def test_docs_table(sample_db):
    result = duban("docs", "--db", sample_db)
    assert result.exit_code == 0
    for cell in ("1 document", "斋坛乡人民政府", "township", "龙游县", "2024 → 2025", "2025-05-21", "116"):
        assert cell in result.stdout, cell


def test_docs_on_a_missing_database_is_one_line_exit_1_and_creates_nothing(db_path):
    result = duban("docs", "--db", db_path)
    assert result.exit_code == 1
    assert result.stderr.splitlines() == [
        f"error: database error: no database at {str(db_path)!r}; run `duban ingest PATH...` first"
    ]
    assert not db_path.exists()


# -- show --------------------------------------------------------------------------------
def test_show_json_has_everything(sample_db):
    result = duban("show", "1", "--db", sample_db, "--json")
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert list(data) == ["document", "metadata", "warnings", "parts", "outline"]
    assert data["document"]["org_name"] == "斋坛乡人民政府"
    assert data["metadata"][0] == {"name": "index_no", "label": "索引号", "value": "00266476_7/2025-20117",
                                   "start": 28, "end": 49}
    assert data["warnings"] == ["no publisher found"]
    assert data["parts"][0] == {"kind": "review", "start": 50, "end": 92, "heading_start": 50, "heading_end": 61,
                                "period": "2024"}
    assert [(s["title"], [c["title"] for c in s["children"]]) for s in data["outline"]] == [
        ("2024年工作总结", ["项目建设"]), ("2025年工作计划", []),
    ]


def test_show_json_with_text_adds_the_text(sample_db):
    data = json.loads(duban("show", "1", "--db", sample_db, "--json", "--text").stdout)
    assert data["text"] == SAMPLE_TEXT


def test_show_finds_a_document_by_key_prefix_and_source(sample_db):
    key = sample_document().content_hash[:8]
    for ref in (key, "reports/zhaitan_2024.txt"):
        result = duban("show", ref, "--db", sample_db, "--json")
        assert json.loads(result.stdout)["document"]["id"] == 1


def test_show_prints_metadata_warnings_parts_and_the_outline_tree(sample_db):
    result = duban("show", "1", "--db", sample_db)
    assert result.exit_code == 0, result.output
    out = result.stdout
    for piece in ("斋坛乡人民政府", "index_no", "00266476_7/2025-20117", "no publisher found", "review", "plan",
                  "Outline", "一、2024年工作总结", "（一）项目建设", "二、2025年工作计划", "[62, 92)"):
        assert piece in out, piece
    assert out.index("一、2024年工作总结  [50") < out.index("（一）项目建设") < out.index("二、2025年工作计划  [92")


def test_show_text_prints_the_original(sample_db):
    result = duban("show", "1", "--db", sample_db, "--text")
    assert result.stdout == SAMPLE_TEXT + "\n"


def test_show_an_unknown_document_is_one_line_and_exit_1(sample_db):
    result = duban("show", "nosuch.txt", "--db", sample_db)
    assert result.exit_code == 1
    assert result.stderr.splitlines() == ["error: no document matches 'nosuch.txt'"]


def test_show_on_a_missing_database_exits_1(db_path):
    result = duban("show", "1", "--db", db_path)
    assert result.exit_code == 1 and not db_path.exists()


def test_docs_filtered_by_province_and_county(tmp_path):
    db = tmp_path / "seeds.db"
    assert duban("ingest", *sorted(SEEDS.glob("*.txt")), "--db", db).exit_code == 0
    result = duban("docs", "--db", db, "--province", "浙江", "--json")
    assert result.exit_code == 0
    rows = json.loads(result.stdout)
    assert sorted(d["org_name"] for d in rows) == ["下各镇", "安民乡", "斋坛乡", "柳城畲族镇"]
    assert {d["province"] for d in rows} == {"浙江省"}
    rows = json.loads(duban("docs", "--db", db, "--county", "衡南", "--json").stdout)
    assert [(d["org_name"], d["prefecture"], d["division_code"]) for d in rows] == [("花桥镇", "衡阳市", "430422125000")]
    assert json.loads(duban("docs", "--db", db, "--province", "河北", "--json").stdout) == []


def test_serve_on_a_port_in_use_says_so_in_one_line(tmp_path):
    import socket

    Database(tmp_path / "d.db").close()
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        result = duban("serve", "--db", tmp_path / "d.db", "--port", port)
    assert result.exit_code == 1
    assert f"cannot listen on 127.0.0.1:{port}: the port is in use" in result.output


@pytest.mark.parametrize("port", ["0", "65536"])
def test_serve_refuses_a_port_out_of_range(tmp_path, port):
    assert duban("serve", "--db", tmp_path / "d.db", "--port", port).exit_code == 2
