"""`duban extract`, `duban eval`, `duban facts`: quantity facts from files, their score, the store."""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path
from typing import Annotated, Any

import typer
from rich import box
from rich.console import Console
from rich.table import Table
from rich.text import Text

from duban.cli.app import DbOpt, FormatOpt, app, console, err_console, printable, resolve_db
from duban.cli.commands_docs import _error, _one_line_errors, skipped_files
from duban.errors import DubanError

FACT_COLUMNS = ("source", "text", "start", "end", "value", "unit", "approx", "kind", "subject", "part", "domain", "year")
# Columns of prose, and the widest each may take in a terminal table (in cells).
PROSE_COLUMNS = {"text": 40, "result_text": 36, "evidence": 30, "subject": 24, "object": 16, "target_text": 16,
                 "sentence": 40, "org_name": 12}
# What fits a terminal: the fact, what it measures and where it stands.
TABLE_COLUMNS = ("text", "value", "unit", "approx", "kind", "subject", "start")


# Formats whose bytes are a file, not text: refused on a terminal (where they would garble it).
BINARY_FORMATS = ("xlsx", "parquet")


def print_rows(rows: list[dict[str, Any]], fmt: str, columns: tuple[str, ...] = FACT_COLUMNS, title: str = "",
               width: int | None = None) -> None:
    """Rows as a rich table (for people, ``width`` cells wide if given) or through an exporter
    (csv, jsonl) on stdout."""
    if fmt == "table":
        table = Table(box=box.SIMPLE_HEAD, title=title or None)
        for c in columns:
            if c in PROSE_COLUMNS:  # long Chinese text folds within a bounded width …
                table.add_column(c, overflow="fold", max_width=PROSE_COLUMNS[c], min_width=min(PROSE_COLUMNS[c], 8))
            else:  # … so that short fields never wrap one character per line
                table.add_column(c, no_wrap=True, overflow="ellipsis", min_width=len(c),
                                 justify="right" if c in ("start", "end", "value", "score") else "left")
        for row in rows:
            table.add_row(*(Text("" if row.get(c) is None else printable(row.get(c))) for c in columns))
        (console if width is None else Console(width=width)).print(table)
        return
    from duban.export import export
    from duban.registry import exporters

    if fmt not in exporters:
        _error(f"error: unknown format {fmt!r}; available: table, {', '.join(exporters.names())}")
        raise typer.Exit(2)
    if fmt in BINARY_FORMATS and sys.stdout.isatty():
        _error(f"error: {fmt} is a file format, not for the terminal: redirect it (> rows.{fmt})")
        raise typer.Exit(2)
    export(rows, fmt, sys.stdout)


@app.command()
def extract(
    files: Annotated[list[Path], typer.Argument(help="Report files (.txt .html .docx .pdf .doc .wps) or folders.")],
    format: FormatOpt = "jsonl",
    verbose: Annotated[bool, typer.Option("--verbose", "-v", help="List every file skipped, with the reason.")] = False,
) -> None:
    """Print every quantity fact of the given files (no database needed).

    Each fact carries ``start``/``end`` offsets into the file's text as read, so that
    ``text == original[start:end]``. A file that cannot be read is named on stderr with the
    reason (exit status 1); files in a folder that duban does not read are counted there.
    """
    from duban.pipeline import process
    from duban.read import iter_read

    rows: list[dict[str, Any]] = []
    failed = 0
    skipped: list[str] = []
    named = {str(f) for f in files}
    with _one_line_errors():
        for result in iter_read(files):
            if result.skipped and result.path not in named:
                skipped.append(f"skipped {result.path}: {result.error.reason if result.error else 'not read'}")
                continue
            if result.error is not None:
                _error(str(result.error))
                failed += 1
                continue
            doc = process(result.doc)
            rows.extend({"source": result.path, **f.as_dict()} for f in doc.facts)
        print_rows(rows, format, TABLE_COLUMNS if format == "table" else FACT_COLUMNS)
        for line in skipped if verbose else []:
            _error(line)
        if skipped and not verbose:
            _error(f"{skipped_files(len(skipped))} (not a report type or not a regular "
                   "file); --verbose lists them")
    if failed:
        raise typer.Exit(1)


@app.command("eval")
def eval_(
    gold: Annotated[Path | None, typer.Option("--gold", help="Folder of gold facts, one DOC.jsonl per document.")] = None,
    docs: Annotated[Path | None, typer.Option("--docs", help="Folder of the documents the gold files name "
                                                             "(with --pairs: default the pairs folder's parent).")] = None,
    pairs: Annotated[Path | None, typer.Option("--pairs", help="Score tracking instead: a folder of gold pairs "
                                                               "(PAIR.jsonl, as data/series/README.md).")] = None,
    structure: Annotated[Path | None, typer.Option(
        "--structure", help="Score who/where/when instead, against this gold.jsonl (data/structure/README.md).")] = None,
    part: Annotated[str | None, typer.Option(
        "--part", help="With --structure: score only the documents under this folder of the gold (e.g. dev).")] = None,
    show_errors: Annotated[bool, typer.Option("--errors", help="List missed, spurious and mismatched facts.")] = False,
    as_json: Annotated[bool, typer.Option("--json", help="Print the scores as JSON.")] = False,
) -> None:
    """Score the extractor against gold facts (docs/spec/scoring.md); with --pairs the tracker
    against gold pairs (recall of plan targets, status accuracy, and status accuracy where the
    review reports a result); with --structure the organisation, place, periods and date of each
    document against structure gold."""
    if pairs is not None:
        _eval_tracking(pairs, docs, show_errors, as_json)
        return
    if structure is not None:
        _eval_structure(structure, docs, part, show_errors, as_json)
        return
    if gold is None or docs is None:
        _error("error: give --gold and --docs (quantity facts), --pairs (tracking) or --structure (who/where/when)")
        raise typer.Exit(2)
    if part is not None:
        _error("error: --part goes with --structure")
        raise typer.Exit(2)
    from duban.eval.scoring import doc_id_of, load_gold, score
    from duban.pipeline import process
    from duban.read import read_file

    with _one_line_errors():
        if not gold.is_dir() or not docs.is_dir():
            _error(f"error: not a folder: {gold if not gold.is_dir() else docs}")
            raise typer.Exit(2)
        gold_facts = load_gold(gold)
        predicted, originals = {}, {}
        for path in sorted(docs.iterdir()):
            doc_id = doc_id_of(path, gold_facts)
            if doc_id is None or not path.is_file():
                continue
            try:
                doc = process(read_file(path))
            except DubanError as exc:
                _error(str(exc))
                continue
            predicted[doc_id] = [f.as_dict() for f in doc.facts]
            originals[doc_id] = doc.original
        scores = score(gold_facts, predicted, originals)
    if as_json:
        out = {"documents": [
            {"doc": d.doc, "gold": d.gold, "predicted": d.predicted, "found_f1": round(d.found_f1, 4),
             "strict_f1": round(d.strict_f1, 4)} for d in scores.docs
        ], "totals": scores.totals()}
        print(json.dumps(out, ensure_ascii=False, indent=2))
        return
    table = Table(box=box.SIMPLE_HEAD, title="Quantity facts against gold")
    for c in ("doc", "gold", "predicted", "found", "strict", "found F1", "strict F1", "subject", "grounded"):
        table.add_column(c, justify="left" if c == "doc" else "right")
    for d in scores.docs:
        table.add_row(d.doc, str(d.gold), str(d.predicted), str(d.found), str(d.strict), f"{d.found_f1:.3f}",
                      f"{d.strict_f1:.3f}", f"{d.subject_agree}/{d.subject_pairs}", f"{d.grounded}/{d.predicted}")
    console.print(table)
    if show_errors:
        for d in scores.docs:
            for g in d.missed:
                console.print(f"[red]{d.doc} missed[/]   {g['text']!r} {g['value']} {g['unit']!r} {g['kind']} {g['approx']}", highlight=False)
            for p in d.spurious:
                console.print(f"[yellow]{d.doc} spurious[/] {p['text']!r} {p['value']} {p['unit']!r} {p['kind']} {p['approx']} @{p['start']}", highlight=False)
            for g, p in d.strict_misses:
                console.print(f"[magenta]{d.doc} strict[/]   {g['text']!r} gold {g['kind']}/{g['approx']} got {p['kind']}/{p['approx']}", highlight=False)
            for g, p in d.subject_misses:
                console.print(f"[cyan]{d.doc} subject[/]  {g['text']!r} gold {g['subject']!r} got {p['subject']!r}", highlight=False)
    t = scores.totals()
    print(
        f"TOTAL found F1 {t['found_f1']:.4f} (P {t['found_precision']:.4f} R {t['found_recall']:.4f})"
        f"  strict F1 {t['strict_f1']:.4f}  subject {t['subject_agreement']:.4f}  grounding {t['grounding']:.4f}"
    )


def _eval_structure(gold_path: Path, docs_root: Path | None, part: str | None, show_errors: bool,
                    as_json: bool) -> None:
    """`duban eval --structure GOLD`: each gold line's document run through the pipeline and its
    who/where/when fields scored (``duban.eval.structure``)."""
    from duban.eval.structure import (GoldError, fields_of_document, load_structure_gold, resolve_document,
                                      score_structure, select_part)
    from duban.pipeline import process
    from duban.read import read_file

    with _one_line_errors():
        if not gold_path.is_file():
            _error(f"error: {gold_path}: no such gold file")
            raise typer.Exit(2)
        if docs_root is not None and not docs_root.is_dir():
            _error(f"error: {docs_root}: not a folder")
            raise typer.Exit(2)
        try:
            gold = select_part(load_structure_gold(gold_path), part)
        except GoldError as exc:
            _error(f"error: {exc}")
            raise typer.Exit(1) from None
        if not gold:
            _error(f"error: {gold_path}: no gold lines under {part}/")
            raise typer.Exit(2)
        predicted, errors = {}, {}
        for line in gold:
            path = resolve_document(gold_path, line["file"], docs_root)
            if path is None:
                errors[line["file"]] = "document not found"
                _error(f"error: {gold_path}: document {line['file']} not found")
                continue
            try:
                predicted[line["file"]] = fields_of_document(process(read_file(path)))
            except DubanError as exc:
                errors[line["file"]] = str(exc)
                _error(f"error: {exc}")
        scores = score_structure(gold, predicted, errors)
    if as_json:
        print(json.dumps(scores.as_dict(), ensure_ascii=False, indent=2))
    else:
        table = Table(box=box.SIMPLE_HEAD, title="Who, where and when against gold")
        for c in ("field", "right", "scored", "accuracy"):
            table.add_column(c, justify="left" if c == "field" else "right")
        for name, (right, scored) in scores.per_field().items():
            table.add_row(name, str(right), str(scored), f"{right / scored:.3f}")
        console.print(table)
        if show_errors:
            for d in scores.docs:
                for r in d.results:
                    if not r.right:
                        console.print(Text(f"{d.file} {r.field}: gold {r.gold!r} got {r.predicted!r}"), highlight=False)
        right, scored = scores.total()
        print(f"TOTAL {right}/{scored} fields right, accuracy {scores.accuracy():.4f}")
    if errors:
        raise typer.Exit(1)


@app.command()
def facts(
    db: DbOpt = None,
    org: Annotated[str | None, typer.Option(help="Part of the organisation's name, e.g. 斋坛.")] = None,
    unit: Annotated[str | None, typer.Option(help="Unit as the spec writes it: 元, 亩, %, 人 …")] = None,
    kind: Annotated[str | None, typer.Option(
        help="amount, change, share, rank or duration (or 数量, 增减, 比例, 排名, 时长).")] = None,
    domain: Annotated[str | None, typer.Option(help="Policy domain, e.g. 民生与社会保障.")] = None,
    part: Annotated[str | None, typer.Option(help="review, problems or plan (or 回顾, 问题, 计划).")] = None,
    year: Annotated[str | None, typer.Option(help="The year a fact is tied to, e.g. 2024.")] = None,
    doc: Annotated[str | None, typer.Option(help="A document: id, key prefix or source path.")] = None,
    format: FormatOpt = "table",
) -> None:
    """Query the facts in the store, with filters."""
    from duban.store import Database

    with _one_line_errors():
        kind, part = filter_value("kind", kind), filter_value("part", part)
        if domain is not None:
            domains = _domains()
            if domain not in domains:
                _usage_error(f"unknown --domain {domain!r}; valid: {', '.join(domains)}")
        database = Database.open_for_reading(resolve_db(db))
        if unit is not None and unit not in _units() and not database.conn.execute(
                "SELECT 1 FROM facts WHERE unit = ? LIMIT 1", (unit,)).fetchone():
            known = [r[0] for r in database.conn.execute(
                "SELECT unit FROM facts WHERE unit != '' GROUP BY unit ORDER BY count(*) DESC LIMIT 40")]
            _usage_error(f"no fact has --unit {unit!r}; units in this store: {', '.join(known) or '(none)'}")
        rows = database.facts(org=org, unit=unit, kind=kind, domain=domain, part=part, year=year, doc=doc)
        columns = ("doc_key", "org_name", "text", "value", "unit", "approx", "kind", "subject", "part", "domain", "year")
        width = None
        if format == "table":
            width = terminal_width()
            columns = fact_table_columns(width)
        title = (f"{len(rows)} {'fact' if len(rows) == 1 else 'facts'}" if rows
                 else "no fact matches these filters")
        print_rows(rows, format, columns if format == "table" else tuple(rows[0]) if rows else columns, title=title,
                   width=width)


def _eval_tracking(pairs: Path, docs: Path | None, show_errors: bool, as_json: bool) -> None:
    """`duban eval --pairs`: the tracker against gold pairs (duban.eval.tracking)."""
    from duban.eval.tracking import GoldError, as_json as scores_json, score_folder, totals

    with _one_line_errors():
        if docs is not None and not docs.is_dir():
            _error(f"error: not a folder: {docs}")
            raise typer.Exit(2)
        try:
            scores = score_folder(pairs, docs)
        except GoldError as exc:
            _error(f"error: {exc}")
            raise typer.Exit(2) from None
    if as_json:
        print(json.dumps(scores_json(scores), ensure_ascii=False, indent=2))
        return
    table = Table(box=box.SIMPLE_HEAD, title="Tracking against gold pairs")
    for c in ("pair", "lines", "recall", "status", "reported", "status where reported", "rows", "not_reported rows"):
        table.add_column(c, justify="left" if c == "pair" else "right")
    for s in scores:
        table.add_row(s.name, str(len(s.lines)), f"{s.recall:.3f}", f"{s.status_accuracy:.3f}", str(len(s.reported)),
                      f"{s.reported_accuracy:.3f}", str(s.rows), str(s.rows_not_reported))
    console.print(table)
    if show_errors:
        for s in scores:
            for line in s.lines:
                if not line.right:
                    console.print(f"[red]{s.name}[/] {line.target_text!r} gold {line.gold} got {line.got or 'no row'}"
                                  f"{'' if line.found else ' (target not found)'}", highlight=False)
    t = totals(scores)
    print(f"TOTAL recall {t['recall']:.4f} ({t['found']}/{t['lines']})  status {t['status_accuracy']:.4f} "
          f"({t['status_right']}/{t['lines']})  where reported {t['reported_accuracy']:.4f} "
          f"({t['reported_right']}/{t['reported_lines']})  rows {t['rows']} (not_reported {t['rows_not_reported']})")


def terminal_width() -> int:
    """The terminal's width: $COLUMNS when set, else what the console found."""
    given = os.environ.get("COLUMNS", "")
    return int(given) if given.isdecimal() and int(given) > 20 else console.width


def fact_table_columns(width: int) -> tuple[str, ...]:
    """The columns of `duban facts` that fit ``width`` terminal cells: the fact's text, its
    subject and organisation are always kept (they wrap); codes and offsets go first."""
    if width >= 150:
        return ("doc_key", "org_name", "text", "value", "unit", "approx", "kind", "subject", "part", "domain", "year")
    if width >= 110:
        return ("org_name", "text", "value", "unit", "kind", "subject", "part", "year")
    return ("org_name", "text", "value", "unit", "kind", "subject")


def _usage_error(message: str) -> None:
    _error(f"error: {message}")
    raise typer.Exit(2)


def filter_value(field: str, given: str | None) -> str | None:
    """The stored code for a ``--kind``/``--part`` value given as a code or a Chinese name
    (``filter_names.tsv``); an unknown one is a usage error listing the valid values."""
    if given is None:
        return None
    from duban.lang import load_table

    rows = [r for r in load_table("filter_names") if r["field"] == field]
    names = {r["name"]: r["value"] for r in rows}
    if given.strip() in names:
        return names[given.strip()]
    valid: dict[str, list[str]] = {}
    for r in rows:
        if r["name"] != r["value"]:
            valid.setdefault(r["value"], []).append(r["name"])
    listed = "; ".join(f"{code} ({', '.join(zh)})" for code, zh in valid.items())
    _usage_error(f"unknown --{field} {given!r}; valid: {listed}")
    return None


def _units() -> set[str]:
    from duban.lang import load_table

    return {r["unit"] for r in load_table("units")}


def _domains() -> list[str]:
    from duban.lang import load_table

    return list(dict.fromkeys(r["domain"] for r in load_table("domains")))
