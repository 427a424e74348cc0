"""`duban batch`, `duban sql`, `duban import`: scale-out to Parquet, DuckDB over it, back to the store."""

from __future__ import annotations

import json
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Annotated

import typer
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

from duban.cli.app import DbOpt, FormatOpt, app, err_console, printable, resolve_db
from duban.cli.commands_docs import _error, _one_line_errors


@contextmanager
def _batch_errors() -> Iterator[None]:
    """A `BatchError` (a bad INPUT or OUTPUT, no pyspark, bad SQL) as one line and exit code 2."""
    from duban.batch.output import BatchError

    try:
        yield
    except BatchError as exc:
        _error(f"error: {exc}")
        raise typer.Exit(2) from None


@app.command()
def batch(
    input: Annotated[str, typer.Argument(help="A folder of report files, or a Parquet file with columns `id` and "
                                              "`path`, `content` (bytes) or `text` (with --engine spark also a "
                                              "URL Spark reads, e.g. s3a://bucket/records.parquet).",
                                         show_default=False)],
    output: Annotated[Path, typer.Argument(help="The output folder: Parquet tables documents, sections, facts, "
                                                "commitments, errors.", show_default=False)],
    engine: Annotated[str, typer.Option(
        help="local (a process pool) or spark (needs pyspark: the spark extra of duban).")] = "local",
    processes: Annotated[int | None, typer.Option(
        "--processes", "-j", help="local: worker processes (default: all cores).", show_default=False)] = None,
    master: Annotated[str | None, typer.Option(
        help="spark: the master URL, e.g. local[4] or spark://host:7077 (default: the active session or local[*]).",
        show_default=False)] = None,
    partitions: Annotated[int | None, typer.Option(
        help="spark: input partitions (default: twice the cluster's cores).", show_default=False)] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print the run's summary as JSON.")] = False,
) -> None:
    """Process many reports into a partitioned Parquet dataset, on all local cores or on Spark.

    Bad documents do not stop the job: they land in the `errors` table with file and reason.
    The same input always gives the same output (ids come from content hashes).
    """
    from duban.batch import ENGINES, run_batch

    if engine not in ENGINES:
        _error(f"error: unknown engine {engine!r}; available: {', '.join(ENGINES)}")
        raise typer.Exit(2)
    with _one_line_errors(), _batch_errors():
        if engine == "local":
            with Progress(TextColumn("[progress.description]{task.description}"), BarColumn(), MofNCompleteColumn(),
                          TimeRemainingColumn(), console=err_console, transient=True) as progress:
                task = progress.add_task("processing", total=None)
                report = run_batch(input, output, engine="local", processes=processes,
                                   on_progress=lambda n, total: progress.update(task, completed=n, total=total))
        else:
            report = run_batch(input, output, engine="spark", master=master, partitions=partitions)
    summary = report.as_dict()
    if as_json:
        typer.echo(json.dumps(summary, ensure_ascii=False, indent=2))
    else:
        rows = summary["rows"]
        typer.echo(f"{summary['records']} records in {summary['seconds']:.1f} s ({summary['docs_per_second']} docs/s, "
                   f"{report.engine}) → {output}")
        typer.echo("  " + ", ".join(f"{name} {n}" for name, n in rows.items()))
        if summary["skipped"]:
            n = summary["skipped"]
            typer.echo(f"  {n} {'file' if n == 1 else 'files'} skipped (no reader for their type)")
        if summary["error_codes"]:
            codes = ", ".join(f"{code} ×{n}" for code, n in summary["error_codes"].items())
            typer.echo(printable(f"  errors: {codes} — see {output}/errors"))


@app.command()
def sql(
    query: Annotated[str, typer.Argument(help='The query, e.g. "SELECT year, count(*) FROM documents GROUP BY 1".',
                                         show_default=False)],
    parquet: Annotated[Path | None, typer.Option(
        "--parquet", help="A `duban batch` output folder.", show_default=False)] = None,
    db: DbOpt = None,
    format: FormatOpt = "table",
) -> None:
    """Run DuckDB SQL over a batch output (--parquet) or the SQLite store (--db, the default).

    Tables: documents, sections, facts, commitments, errors (Parquet); the store's tables
    (documents, facts, sections, parts, …) with --db. See docs/batch.md for examples.
    """
    from duban.batch.sql import query as run_query
    from duban.cli.commands_facts import print_rows

    if parquet is not None and db is not None:
        _error("error: give one of --parquet DIR or --db FILE, not both")
        raise typer.Exit(2)
    with _one_line_errors(), _batch_errors():
        if parquet is not None:
            columns, rows = run_query(query, parquet=parquet)
        else:
            columns, rows = run_query(query, db=resolve_db(db))
    with _one_line_errors():
        print_rows(rows, format, tuple(columns))


@app.command("import")
def import_(
    output: Annotated[Path, typer.Argument(help="A `duban batch` output folder.", show_default=False)],
    db: DbOpt = None,
) -> None:
    """Load a batch output into the SQLite store, so `duban docs`, `facts` and the web UI show it."""
    from duban.batch.importer import import_batch
    from duban.store import Database

    with _one_line_errors(), _batch_errors():
        with Database(resolve_db(db)) as database:
            report = import_batch(database, output)
    counts = report.counts()
    typer.echo(f"{counts['ingested']} documents imported, {counts['unchanged']} already in the store "
               f"→ {resolve_db(db)}")
