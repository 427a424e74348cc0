"""`duban sql`: DuckDB over a batch output (--parquet) and over the SQLite store (--db)."""

from __future__ import annotations

import csv
import io
import json
import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

import duban.cli.commands_batch  # noqa: F401  (registers the commands on the app)
from duban.batch import read_table, run_batch
from duban.batch.sql import connect_sqlite, query
from duban.cli.app import app, console
from duban.store import Database

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "samples" / "seeds"
runner = CliRunner()


@pytest.fixture(autouse=True)
def wide_console(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(console, "_width", 200)


@pytest.fixture(scope="module")
def out(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("sql") / "out"
    run_batch(SEEDS, folder, processes=2)
    return folder


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("sql") / "duban.db"
    with Database(path) as database:
        database.ingest([SEEDS])
    return path


def jsonl(result) -> list[dict]:
    assert result.exit_code == 0, result.output
    return [json.loads(line) for line in result.output.splitlines() if line.strip()]


def test_parquet_counts_match_the_tables(out: Path) -> None:
    rows = jsonl(runner.invoke(app, ["sql", "SELECT count(*) AS n FROM facts", "--parquet", str(out), "-f", "jsonl"]))
    assert rows == [{"n": read_table(out, "facts").num_rows}]
    rows = jsonl(runner.invoke(app, ["sql", "SELECT year, count(*) AS docs FROM documents GROUP BY year ORDER BY year",
                                     "--parquet", str(out), "-f", "jsonl"]))
    assert rows == [{"year": "2023", "docs": 2}, {"year": "2024", "docs": 3}]  # year is text, as partitioned


def test_empty_tables_keep_their_columns(out: Path) -> None:
    columns, rows = query("SELECT record_id, code, reason FROM errors", parquet=out)
    assert columns == ["record_id", "code", "reason"] and rows == []


def test_db_gives_the_same_answers_as_parquet(out: Path, db: Path) -> None:
    sql = "SELECT unit, count(*) AS n, round(sum(value), 3) AS total FROM facts GROUP BY unit ORDER BY unit"
    by_unit_parquet = query(sql, parquet=out)
    by_unit_db = query(sql, db=db)
    assert by_unit_parquet == by_unit_db
    _, rows = query('SELECT d.org_name, count(*) AS n FROM facts f JOIN documents d ON d.id = f.doc_id '
                    'GROUP BY 1 ORDER BY 1', db=db)
    assert sum(r["n"] for r in rows) == read_table(out, "facts").num_rows


def test_db_loads_only_the_tables_a_query_names(db: Path) -> None:
    con = connect_sqlite(db, "SELECT count(*) FROM facts")
    names = {r[0] for r in con.execute("SELECT table_name FROM duckdb_tables() UNION ALL "
                                       "SELECT view_name FROM duckdb_views() WHERE NOT internal").fetchall()}
    assert "documents" not in names
    assert con.execute("SELECT count(*) FROM facts").fetchone()[0] > 0


def test_formats(out: Path) -> None:
    sql = "SELECT org_name, fact_count FROM documents ORDER BY org_name"
    result = runner.invoke(app, ["sql", sql, "--parquet", str(out), "-f", "csv"])
    assert result.exit_code == 0
    rows = list(csv.DictReader(io.StringIO(result.output)))
    assert len(rows) == 5 and set(rows[0]) == {"org_name", "fact_count"}
    result = runner.invoke(app, ["sql", sql, "--parquet", str(out)])
    assert result.exit_code == 0 and "fact_count" in result.output and "斋坛乡" in result.output


def test_errors_are_one_line(out: Path, db: Path, tmp_path: Path) -> None:
    result = runner.invoke(app, ["sql", "SELECT nothing FROM facts", "--parquet", str(out)])
    assert result.exit_code == 2 and result.output.startswith("error: SQL:") and "Traceback" not in result.output
    result = runner.invoke(app, ["sql", "SELECT 1", "--parquet", str(out), "--db", str(db)])
    assert result.exit_code == 2 and "not both" in result.output
    result = runner.invoke(app, ["sql", "SELECT 1", "--db", str(tmp_path / "none.db")])
    assert result.exit_code == 2 and "no database" in result.output
    result = runner.invoke(app, ["sql", "SELECT 1", "--parquet", str(tmp_path)])
    assert result.exit_code == 2 and "not a batch output" in result.output


def researcher_queries() -> list[tuple[str, str]]:
    """The ```sql blocks of docs/batch.md, each after a ``<!-- query: parquet|db -->`` label."""
    text = (ROOT / "docs" / "batch.md").read_text(encoding="utf-8")
    found = re.findall(r"<!-- query: (parquet|db) -->\s*```sql\n(.*?)```", text, flags=re.S)
    return [(kind, sql.strip()) for kind, sql in found]


def test_the_documented_queries_run(out: Path, db: Path) -> None:
    queries = researcher_queries()
    assert len([k for k, _ in queries if k == "parquet"]) >= 3
    for kind, sql in queries:
        columns, rows = query(sql, parquet=out) if kind == "parquet" else query(sql, db=db)
        assert columns, sql
        assert rows or "FROM errors" in sql, f"no rows from the documented query:\n{sql}"  # the seeds read fine


def readme_sql_commands() -> list[list[str]]:
    """The ``duban sql "…" --parquet out/`` commands of the README, each as its arguments."""
    import shlex

    text = (ROOT / "README.md").read_text(encoding="utf-8")
    commands = []
    for block in re.findall(r"```sh\n(.*?)```", text, flags=re.S):
        for command in re.findall(r'^duban sql ".*?" --parquet \S+', block, flags=re.S | re.M):
            commands.append(shlex.split(command)[1:])
    return commands


def test_the_readme_researcher_questions_run_and_answer(out: Path) -> None:
    commands = readme_sql_commands()
    assert len(commands) >= 3
    for args in commands:
        args = [str(out) if a == "out/" else a for a in args]
        rows = jsonl(runner.invoke(app, [*args, "--format", "jsonl"]))
        assert rows, f"no rows from the README's query:\n{args[1]}"
