"""`duban ingest`, `duban docs`, `duban show`: the store's commands, forwarding to `Database`.

Every expected failure is one line on stderr and an exit code, never a traceback:
0 all went in, 1 something failed (a file, a missing database, an unknown document),
2 a usage error (typer's own, for bad options or missing arguments).
"""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Annotated, Any

import typer
from rich import box
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn
from rich.table import Table
from rich.text import Text
from rich.tree import Tree

from duban.cli.app import DbOpt, JsonOpt, app, console, err_console, printable, resolve_db
from duban.errors import DubanError
from duban.store import Database, IngestReport
from duban.store.database import internal_error

# Above this many files, `ingest` shows a progress bar (on stderr, gone when done).
PROGRESS_MIN_FILES = 3
# After a large ingest, the table of documents shows this many (the summary counts them all).
INGEST_ROWS_SHOWN = 20


def skipped_files(n: int) -> str:
    """``1 file in the folders given was skipped``, ``3 files … were skipped``."""
    return f"{n} {'file' if n == 1 else 'files'} in the folders given {'was' if n == 1 else 'were'} skipped"


@contextmanager
def _one_line_errors() -> Iterator[None]:
    """Turn any failure into one line on stderr and exit code 1."""
    try:
        yield
    except (typer.Exit, typer.Abort):
        raise
    except BrokenPipeError:  # the reader went away (`| head`): stop quietly, as Unix tools do
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        raise typer.Exit(0) from None
    except DubanError as exc:
        _error(f"error: {exc}")
        raise typer.Exit(1) from None
    except Exception as exc:  # a bug: still one line, never a traceback
        _error(f"error: {internal_error(exc)}")
        raise typer.Exit(1) from None


def _error(line: str) -> None:
    # Text, not markup: paths and reasons may hold '[' ; soft_wrap keeps it one line, and
    # printable() keeps a file name's control characters (ESC, newline) from the terminal.
    err_console.print(Text(printable(line)), soft_wrap=True, highlight=False)


def _echo_json(data: Any) -> None:
    typer.echo(json.dumps(data, ensure_ascii=False, indent=2))


def _dash(value: Any) -> str:
    return "—" if value in (None, "") else printable(value)


def _periods(row: dict[str, Any]) -> str:
    review, plan = row.get("review_period"), row.get("plan_period")
    if review and plan:
        return f"{review} → {plan}"
    return review or (f"→ {plan}" if plan else "—")


def _county(row: dict[str, Any]) -> str | None:
    """The county, or the candidates' count when the map left the place open (花桥镇: 11 candidates)."""
    if row.get("county"):
        return row["county"]
    candidates = row.get("place_candidates") or []
    return f"? {len(candidates)} candidates" if candidates else None


def _place(row: dict[str, Any]) -> str:
    parts = [row.get(k) for k in ("province", "prefecture", "county")]
    text = " › ".join(dict.fromkeys(p for p in parts if p))
    if row.get("division_code"):
        text += f"  ({row['division_code']}, confidence {row['place_confidence']})"
    candidates = row.get("place_candidates") or []
    if candidates:
        names = "、".join(f"{c['province'] or ''}{c['prefecture'] or ''}{c['county'] or ''}" for c in candidates[:6])
        text += f"  undecided among {len(candidates)}: {names}" + ("…" if len(candidates) > 6 else "")
    return text or "—"


def _table(title: str, text_columns: tuple[str, ...], number_columns: tuple[str, ...]) -> Table:
    # No vertical rules and no edge padding: a listing of eleven columns should fit a
    # 120-column terminal. Nothing wraps (a name folded one character per line cannot be
    # read); on a narrow terminal the longest cells are cut with an ellipsis instead.
    table = Table(title=title, box=box.SIMPLE_HEAD, show_edge=False, collapse_padding=True, pad_edge=False)
    for name in text_columns:
        table.add_column(name, overflow="ellipsis", no_wrap=True, min_width=min(len(name), 6))
    for name in number_columns:
        table.add_column(name, justify="right", no_wrap=True, min_width=len(name))
    return table


def _count_files(paths: list[Path]) -> int:
    """Roughly how many files ``paths`` hold, only to size the progress bar."""
    total = 0
    for path in paths:
        if path.is_dir():
            total += sum(1 for f in path.rglob("*") if f.is_file() and not f.name.startswith("."))
        else:
            total += 1
    return total


# -- ingest ------------------------------------------------------------------------------
@app.command()
def ingest(
    paths: Annotated[list[Path], typer.Argument(help="Report files or folders of them.", show_default=False)],
    db: DbOpt = None,
    verbose: Annotated[bool, typer.Option("--verbose", "-v", help="List every file skipped, with the reason.")] = False,
) -> None:
    """Read report files into the database; a file already stored is left unchanged.

    Files in a folder that duban does not read (other types, FIFOs, devices) are counted as
    skipped, and listed with --verbose; a file named on the command line that is not read is
    named with the reason, and the exit status is 1."""
    with _one_line_errors():
        database = Database(resolve_db(db))
        total = _count_files(paths)
        if total > PROGRESS_MIN_FILES:
            columns = (TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn())
            with Progress(*columns, console=err_console, transient=True) as progress:
                task = progress.add_task("ingesting", total=total)
                report = database.ingest(paths, on_progress=lambda r: progress.advance(task))
        else:
            report = database.ingest(paths)
        _print_ingested(database, report)
        _print_counts(report)
        named = {str(p) for p in paths}
        skipped = [r for r in report if r.status == "skipped"]
        named_skips = [r for r in skipped if r.path in named]
        for result in skipped:
            if verbose and result.path not in named:
                console.print(Text(printable(f"skipped {result.path}: {result.reason or 'not read'}")),
                              soft_wrap=True, highlight=False)
        if len(skipped) > len(named_skips) and not verbose:
            console.print(Text(f"{skipped_files(len(skipped) - len(named_skips))} "
                               "(not a report type or not a regular file); --verbose lists them"), highlight=False)
        for failure in report.failed + named_skips:
            _error(f"{failure.path}: {failure.reason}")
    raise typer.Exit(0 if report.ok and not named_skips else 1)


def _print_ingested(database: Database, report: IngestReport) -> None:
    ids = list(dict.fromkeys(r.doc_id for r in report if r.doc_id is not None))
    if not ids:
        return
    shown = ids[:INGEST_ROWS_SHOWN]
    more = len(ids) - len(shown)
    table = _table("Documents" if not more else f"Documents (the first {len(shown)} of {len(ids)})",
                   ("id", "organisation", "level", "county", "periods", "type"),
                   ("parts", "sections", "facts", "warnings"))
    if more:
        table.caption = f"… and {more} more: `duban docs` lists them all"
    for doc_id in shown:
        d = database.document(doc_id)
        table.add_row(
            str(d["id"]), _dash(d["org_name"] or d["title"]), _dash(d["org_level"]), _dash(d["county"]), _periods(d),
            _dash(d["doc_type"]), str(d["part_count"]), str(d["section_count"]), str(d["fact_count"]),
            str(d["warning_count"]),
        )
    console.print(table)


def _print_counts(report: IngestReport) -> None:
    counts = report.counts()
    table = _table("Ingest", (), tuple(counts))
    table.add_row(*(str(n) for n in counts.values()))
    console.print(table)


# -- docs --------------------------------------------------------------------------------
@app.command()
def docs(
    db: DbOpt = None,
    as_json: JsonOpt = False,
    province: Annotated[str | None, typer.Option("--province", help="Only this province (浙江 or 浙江省).")] = None,
    county: Annotated[str | None, typer.Option(
        "--county", help="Only this county (松阳 or 松阳县), or the city above a district.")] = None,
) -> None:
    """List the documents in the database (the newest version of each)."""
    with _one_line_errors():
        rows = Database.open_for_reading(resolve_db(db)).documents(province=province, county=county)
        if as_json:
            _echo_json(rows)
            return
        table = _table(f"{len(rows)} document{'s' if len(rows) != 1 else ''}",
                       ("id", "organisation", "level", "county", "province", "periods", "type", "published"),
                       ("chars", "sections", "facts", "warnings"))
        for d in rows:
            table.add_row(
                str(d["id"]), _dash(d["org_name"] or d["title"]), _dash(d["org_level"]), _dash(_county(d)),
                _dash(d["province"]), _periods(d), _dash(d["doc_type"]), _dash(d["published"]), str(d["chars"]),
                str(d["section_count"]),
                str(d["fact_count"]), str(d["warning_count"]),
            )
        console.print(table)


# -- show --------------------------------------------------------------------------------
@app.command()
def show(
    ref: Annotated[str, typer.Argument(metavar="DOC", help="A document id, a doc_key prefix or a source path.")],
    db: DbOpt = None,
    text: Annotated[bool, typer.Option("--text", help="Print the document's original text.")] = False,
    as_json: JsonOpt = False,
) -> None:
    """Show one document: metadata, warnings, parts and the outline of its sections."""
    with _one_line_errors():
        database = Database.open_for_reading(resolve_db(db))
        doc_id = database.resolve(ref)
        if text and not as_json:
            typer.echo(database.text(doc_id))
            return
        data = {
            "document": database.document(doc_id),
            "metadata": database.metadata(doc_id),
            "warnings": database.warnings(doc_id),
            "parts": database.parts(doc_id),
            "outline": database.outline(doc_id),
        }
        if text:
            data["text"] = database.text(doc_id)
        if as_json:
            _echo_json(data)
            return
        _print_document(data)


def _span(start: Any, end: Any) -> str:
    return "" if start is None else f"[{start}, {end})"


def _print_document(data: dict[str, Any]) -> None:
    d = data["document"]
    head = Table(show_header=False, box=None, title=Text(printable(d["title"] or d["source"])), title_justify="left")
    head.add_column(style="bold")
    head.add_column()
    for label, value in (
        ("id", f"{d['id']}  (key {d['doc_key']}, version {d['version']})"),
        ("source", printable(d["source"])),
        ("organisation", _dash(d["org_name"])),
        ("level", _dash(d["org_level"])),
        ("county", _dash(d["county"])),
        ("province", _dash(d["province"])),
        ("place", _place(d)),
        ("periods", _periods(d)),
        ("type", _dash(d["doc_type"])),
        ("published", _dash(d["published"])),
        ("characters", f"{d['chars']} ({d['body_chars']} in the body)"),
    ):
        head.add_row(label, Text(value))
    console.print(head)

    if data["metadata"]:
        table = Table(title="Metadata", title_justify="left")
        for name in ("name", "label", "value", "span"):
            table.add_column(name)
        for m in data["metadata"]:
            table.add_row(Text(m["name"]), Text(m["label"]), Text(m["value"]), _span(m["start"], m["end"]))
        console.print(table)

    if data["warnings"]:
        console.print(Text("Warnings", style="bold"))
        for warning in data["warnings"]:
            console.print(Text(printable(f"  ! {warning}")), soft_wrap=True)

    if data["parts"]:
        table = Table(title="Parts", title_justify="left")
        for name in ("kind", "period", "span", "heading"):
            table.add_column(name)
        for p in data["parts"]:
            table.add_row(p["kind"], _dash(p["period"]), _span(p["start"], p["end"]),
                          _span(p["heading_start"], p["heading_end"]))
        console.print(table)

    tree = Tree(Text("Outline", style="bold"))

    def add(branch: Tree, node: dict[str, Any]) -> None:
        label = Text(f"{node['marker']}{node['title']}")
        label.append(f"  {_span(node['start'], node['end'])}", style="dim")
        sub = branch.add(label)
        for child in node["children"]:
            add(sub, child)

    for node in data["outline"]:
        add(tree, node)
    if not data["outline"]:
        tree.add(Text("(no sections found)", style="dim"))
    console.print(tree)
