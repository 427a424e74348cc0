"""`duban track`, `duban commitments`: what a plan promised and what the next report says of it."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Any

import typer

from duban.cli.app import DbOpt, FormatOpt, app, resolve_db
from duban.cli.commands_docs import _error, _one_line_errors
from duban.cli.commands_facts import print_rows

TRACK_COLUMNS = ("text", "target", "result_text", "status", "score", "evidence")
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
                                                    "not_reported, unmeasurable.")] = None,
    targets_only: Annotated[bool, typer.Option("--targets", help="Only commitments with a numeric target.")] = False,
    format: FormatOpt = "table",
) -> None:
    """Track each commitment of a plan against the report that reviews its period.

    Every row carries the commitment's span in the plan (start/end) and the result's span in the
    review (result_start/result_end), so each status can be checked in the two texts.
    """
    from duban.link.track import track_documents, track_org

    with _one_line_errors():
        if len(refs) == 2:
            missing = [r for r in refs if not Path(r).is_file()]
            if missing:
                _error(f"error: not a file: {missing[0]}")
                raise typer.Exit(2)
            report = track_documents(_process(Path(refs[0])), _process(Path(refs[1]), commitments=False))
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

            database = Database.open_for_reading(resolve_db(db))
            source = database.document(ref)["source"]
            rows = [{"source": source, **r} for r in database.commitments(ref)]
        if targets_only:
            rows = [r for r in rows if r["target_text"]]
        print_rows(rows, format, COMMITMENT_COLUMNS if format == "table" else _all_columns(rows, COMMITMENT_COLUMNS))


def _evidence(row: dict[str, Any]) -> str:
    plan = f"{row['start']}-{row['end']}"
    return f"{plan} → {row['result_start']}-{row['result_end']}" if row["result_start"] is not None else plan


def _all_columns(rows: list[dict[str, Any]], default: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(rows[0]) if rows else default
