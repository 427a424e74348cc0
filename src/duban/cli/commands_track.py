"""`duban track`, `duban commitments`: what a plan promised and what the next report says of it."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated, Any

import typer

from duban.cli.app import DbOpt, FormatOpt, app, resolve_db
from duban.cli.commands_docs import _error, _one_line_errors
from duban.cli.commands_facts import filter_value, print_rows

# A name ending so is taken for a file that is missing, not for a document in the store.
READ_SUFFIXES = (".txt", ".htm", ".html", ".docx", ".pdf", ".doc", ".wps")
TRACK_COLUMNS = ("text", "target", "result_text", "status", "confidence", "evidence")
COMMITMENT_COLUMNS = ("text", "action", "object", "target_text", "comparator", "strength", "deadline")


def _process(path: Path, *, commitments: bool = True):
    from duban.pipeline import DEFAULT_STAGES, process
    from duban.read import read_file

    # A review document's own commitments are not needed to track a plan against it.
    names = DEFAULT_STAGES if commitments else tuple(n for n in DEFAULT_STAGES if n != "commitments")
    return process(read_file(path), names)


@app.command()
def track(
    refs: Annotated[list[str], typer.Argument(
        help="ORG (an organisation in the store, e.g. 花桥镇) or PLAN_FILE REVIEW_FILE (no database needed).",
        metavar="ORG | PLAN_FILE REVIEW_FILE")],
    db: DbOpt = None,
    status: Annotated[str | None, typer.Option(help="Show only this status: met, exceeded, partly, missed, "
                                                    "not_reported, unmeasurable (or 完成, 超额完成, 部分完成, "
                                                    "未完成, 未报告, 无量化目标).")] = None,
    targets_only: Annotated[bool, typer.Option("--targets", help="Only commitments with a numeric target.")] = False,
    format: Annotated[str, typer.Option("--format", "-f", help="Output format: table, csv, jsonl or xlsx.")] = "table",
    output: Annotated[Path | None, typer.Option("--output", "-o", help="Write to this file instead of standard "
                                                "output (csv, jsonl, xlsx).")] = None,
    force: Annotated[bool, typer.Option("--force", help="Track PLAN_FILE against REVIEW_FILE even when the second "
                                        "does not review the first's period and organisation.")] = False,
) -> None:
    """Track each commitment of a plan against the report that reviews its period.

    Every row carries the commitment's span in the plan (start/end) and the result's span in the
    review (result_start/result_end), so each status can be checked in the two texts, and a
    confidence (0–1) for its status. Two files are checked first: the second must review the
    first's plan period, of the same organisation (--force to track them anyway).
    """
    from duban.link.track import pairing_problem, track_documents, track_org

    with _one_line_errors():
        status = filter_value("status", status)
        if output is not None and format == "table":
            _error("error: --output needs --format csv, jsonl or xlsx")
            raise typer.Exit(2)
        if format == "xlsx" and output is None and sys.stdout.isatty():
            _error("error: an Excel file is not for the terminal: add --output FILE.xlsx (-o)")
            raise typer.Exit(2)
        if len(refs) == 2:
            missing = [r for r in refs if not Path(r).is_file()]
            if missing:
                _error(f"error: not a file: {missing[0]}")
                raise typer.Exit(2)
            plan_doc, review_doc = _process(Path(refs[0])), _process(Path(refs[1]), commitments=False)
            problem = pairing_problem(plan_doc, review_doc)
            if problem and not force:
                _error(f"error: {refs[1]} does not review {refs[0]}: {problem} (--force to track them anyway)")
                raise typer.Exit(1)
            report = track_documents(plan_doc, review_doc)
        elif len(refs) == 1:
            from duban.store import Database

            report = track_org(Database.open_for_reading(resolve_db(db)), refs[0])
            if not report.pairs:
                _error(f"error: no plan of {refs[0]!r} in the store is paired with a report reviewing it")
                raise typer.Exit(1)
        else:
            _error("error: give ORG, or PLAN_FILE REVIEW_FILE")
            raise typer.Exit(2)
        rows = [r for r in report.rows()
                if (status is None or r["status"] == status) and (not targets_only or r["target"])]
        title = "  ".join(f"{k} {v}" for k, v in report.counts().items() if v)
        if format == "table":  # where to check: the commitment's offsets in the plan → the result's in the review
            rows = [r | {"evidence": _evidence(r)} for r in rows]
            print_rows(rows, format, TRACK_COLUMNS, title)
        elif output is not None or format in ("csv", "xlsx"):  # the spreadsheet columns, to a file or stdout
            _write(rows, format, output)
        else:
            print_rows(rows, format, _all_columns(rows, TRACK_COLUMNS))


@app.command()
def commitments(
    ref: Annotated[str, typer.Argument(help="A report file, or a stored document (id, key prefix or source path).",
                                       metavar="FILE|DOC")],
    db: DbOpt = None,
    targets_only: Annotated[bool, typer.Option("--targets", help="Only commitments with a numeric target.")] = False,
    format: FormatOpt = "table",
) -> None:
    """List a document's commitments: action, object, target, strength, deadline, with offsets."""
    with _one_line_errors():
        path = Path(ref)
        if path.is_file():
            doc = _process(path)
            rows = [{"source": str(path), **c.as_dict()} for c in doc.commitments]
        else:
            from duban.store import Database

            from duban.errors import DubanError

            database = Database.open_for_reading(resolve_db(db))
            try:
                source = database.document(ref)["source"]
            except DubanError:
                if path.suffix.lower() in READ_SUFFIXES:  # a file's name: the file is what is missing
                    _error(f"error: {ref}: no such file, and no stored document has this source")
                    raise typer.Exit(1) from None
                raise
            rows = [{"source": source, **r} for r in database.commitments(ref)]
        if targets_only:
            rows = [r for r in rows if r["target_text"]]
        print_rows(rows, format, COMMITMENT_COLUMNS if format == "table" else _all_columns(rows, COMMITMENT_COLUMNS))


def _write(rows: list[dict[str, Any]], fmt: str, output: Path | None) -> None:
    from duban.export import export
    from duban.link.track import export_rows
    from duban.registry import exporters

    if fmt not in exporters:
        _error(f"error: unknown format {fmt!r}; available: table, {', '.join(exporters.names())}")
        raise typer.Exit(2)
    table = export_rows(rows) if fmt in ("csv", "xlsx") else rows
    if output is None:
        export(table, fmt, sys.stdout)
        return
    try:
        text = {"encoding": "utf-8-sig" if fmt == "csv" else "utf-8", "newline": ""}  # a BOM: spreadsheets read UTF-8
        with output.open("wb" if fmt == "xlsx" else "w", **({} if fmt == "xlsx" else text)) as fh:
            export(table, fmt, fh)
    except OSError as exc:
        _error(f"error: cannot write {output}: {exc.strerror or exc}")
        raise typer.Exit(1) from None
    _error(f"{len(rows)} rows written to {output}")


def _evidence(row: dict[str, Any]) -> str:
    plan = f"{row['start']}-{row['end']}"
    return f"{plan} → {row['result_start']}-{row['result_end']}" if row["result_start"] is not None else plan


def _all_columns(rows: list[dict[str, Any]], default: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(rows[0]) if rows else default
