"""One input record → the rows it contributes to every table: the unit both engines map.

`process_record` is pure: the same record always gives the same rows, whichever machine,
process or engine runs it, and it never raises: a bad document becomes one ``errors`` row.
The local engine calls it in a process pool; Spark calls it in each task of its one job
(`duban.batch.spark.process_partition`). Neither engine has any processing of its own.

A record is a dict with ``id`` (unique within the input) and one of ``content`` (the file's
bytes), ``text`` (its text) or ``path`` (a file to read); ``name`` is what the document is
called (its ``source``) and, by its suffix, which reader reads it.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

from duban.batch.schema import TABLES, UNKNOWN
from duban.document import Document, Section, Span
from duban.errors import DubanError, E

SECTION_SEP = " > "  # as facts.section_path in the SQLite store
DUPLICATE = "duplicate"
DUPLICATE_REASON = "same content as record "  # + the id of the record that was kept
INTERNAL = "internal"
WORKER_DIED = "worker_died"  # the process working on a record died (killed: out of memory, a signal)

Rows = dict[str, list[dict[str, Any]]]

_pipeline = None


def _process(doc: Document) -> Document:
    # One Pipeline per process: building it loads the stages once, not once per document.
    global _pipeline
    if _pipeline is None:
        from duban.pipeline import Pipeline

        _pipeline = Pipeline()
    return _pipeline(doc)


def warm_up() -> None:
    """A pool worker's initializer: load the pipeline and its tables now, not on the first
    record, and keep libraries' warnings (pypdf's on a broken file) off the terminal: what
    matters about a bad file is its row in ``errors``."""
    import logging

    logging.getLogger("pypdf").setLevel(logging.ERROR)
    _process(Document(source="warm-up.txt", original="某乡2024年工作总结\n一、主要工作\n完成投资1.2亿元。\n"))


def empty_rows() -> Rows:
    return {name: [] for name in TABLES}


def process_record(record: dict[str, Any]) -> Rows:
    """Read, process and flatten one record into rows of ``documents``, ``sections``,
    ``facts``, ``commitments`` and ``errors`` (see `duban.batch.schema`)."""
    rows = empty_rows()
    record_id = "" if record.get("id") is None else str(record["id"])
    name = str(record.get("name") or record.get("path") or record_id)
    doc_id = None
    try:
        doc = _read(record, name)
        doc_id = doc.content_hash[:16]
        doc = _process(doc)
        _flatten(doc, record_id, doc_id, rows)
    except DubanError as exc:
        rows = empty_rows()
        rows["errors"].append(_error(record_id, name, doc_id, exc.code_name, exc.reason))
    except Exception as exc:  # a bug in a stage: this record's failure, never the job's
        rows = empty_rows()
        rows["errors"].append(_error(record_id, name, doc_id, INTERNAL, f"{type(exc).__name__}: {exc}"))
    return rows


def _error(record_id: str, source: str, doc_id: str | None, code: str, reason: str) -> dict[str, Any]:
    return {"record_id": record_id, "source": source, "doc_id": doc_id, "code": code, "reason": reason}


def worker_died_error(record: dict[str, Any], how: str) -> Rows:
    """The rows of a record whose worker process died under it each time it was tried."""
    record_id = "" if record.get("id") is None else str(record["id"])
    name = str(record.get("name") or record.get("path") or record_id)
    rows = empty_rows()
    rows["errors"].append(_error(record_id, name, None, WORKER_DIED,
                                 f"the worker process died while processing it ({how}), twice; "
                                 "the record was given up (too large for the memory?)"))
    return rows


def duplicate_error(record_id: str, source: str, doc_id: str, kept: str) -> dict[str, Any]:
    """The ``errors`` row of a record whose content an earlier record (by id) already had."""
    return _error(record_id, source, doc_id, DUPLICATE, DUPLICATE_REASON + kept)


def _read(record: dict[str, Any], name: str) -> Document:
    """The record read into a `Document` whose ``source`` is ``name``, as `read_file` would."""
    from duban.read import read_bytes, read_file, supported_suffixes

    known = Path(name).suffix.lower() in supported_suffixes()
    if record.get("content") is not None:
        raw = bytes(record["content"])
        return read_bytes(raw, name, suffix=None if known else _sniff(raw))
    if record.get("text") is not None:
        return read_bytes(str(record["text"]).encode("utf-8"), name, suffix=None if known else ".txt")
    if record.get("path"):
        doc = read_file(str(record["path"]))  # sets content_hash from the file's bytes
        doc.source = name
        return doc
    raise DubanError(E.E003, file=name)  # nothing to read: an empty record


def _sniff(raw: bytes) -> str:
    """The reader for bytes whose name has no known suffix: by their first bytes."""
    head = raw[:1024].lstrip().lower()
    if head.startswith(b"%pdf"):
        return ".pdf"
    if head.startswith(b"pk\x03\x04"):
        return ".docx"
    if head.startswith((b"<!doctype html", b"<html")) or b"<html" in head:
        return ".html"
    return ".txt"


_PATH_UNSAFE = re.compile(r"[\x00-\x1f/\\:=%?*\"<>|#{}\[\]^~`'\s]")


def partition_value(value: Any) -> str:
    """A partition folder's value: the text, or ``unknown`` when missing or not path-safe."""
    text = str(value or "").strip()
    return text if text and not _PATH_UNSAFE.search(text) and text not in (".", "..") else UNKNOWN


def document_year(doc: Document) -> str:
    """The year a report is about: its review period's, else its plan's, else publication's."""
    for candidate in (doc.periods.get("review"), doc.periods.get("plan"), doc.published):
        match = re.match(r"((?:19|20)\d\d)", str(candidate or ""))
        if match:
            return match.group(1)
    return UNKNOWN


def _ends(span: Span | None) -> tuple[int | None, int | None]:
    return (span.start, span.end) if span is not None else (None, None)


def _flatten(doc: Document, record_id: str, doc_id: str, rows: Rows) -> None:
    org = doc.org or {}
    keys = {"province": partition_value(org.get("province")), "year": document_year(doc)}
    commitments = [c.as_dict() for c in (getattr(doc, "commitments", None) or []) if hasattr(c, "as_dict")]
    sections: list[dict[str, Any]] = []

    def walk(section: Section, parent: int | None) -> None:
        ord_ = len(sections)
        sections.append({
            "section_id": f"{doc_id}:{ord_}", "doc_id": doc_id, "ord": ord_, "parent_ord": parent,
            "level": section.level, "marker": section.marker, "title": section.title,
            "start": section.span.start, "end": section.span.end,
            "heading_start": section.heading.start, "heading_end": section.heading.end, **keys,
        })
        for child in section.children:
            walk(child, ord_)

    for top in doc.sections:
        walk(top, None)

    rows["documents"].append({
        "doc_id": doc_id, "record_id": record_id, "source": doc.source, "format": doc.format,
        "encoding": doc.encoding, "content_hash": doc.content_hash, "script": doc.script, "title": doc.title,
        "org_name": org.get("name"), "org_level": org.get("level"), "county": org.get("county"),
        "city": org.get("city"), "prefecture": org.get("prefecture"), "division_code": org.get("division_code"),
        "place_confidence": org.get("place_confidence"),
        "place_candidates": json.dumps(org.get("place_candidates") or [], ensure_ascii=False),
        "review_period": doc.periods.get("review"), "plan_period": doc.periods.get("plan"),
        "doc_type": doc.doc_type, "published": doc.published, "chars": len(doc.original),
        "body_chars": len(doc.norm), "part_count": len(doc.parts), "section_count": len(sections),
        "fact_count": None, "commitment_count": len(commitments), "warnings": list(doc.warnings),
        "metadata": [{"name": m.name, "label": m.label, "value": m.value, "start": _ends(m.span)[0],
                      "end": _ends(m.span)[1]} for m in doc.metadata],
        "parts": [{"kind": p.kind, "start": p.span.start, "end": p.span.end, "heading_start": _ends(p.heading)[0],
                   "heading_end": _ends(p.heading)[1], "period": p.period} for p in doc.parts],
        "chrome": [{"start": s.start, "end": s.end} for s in doc.chrome],
        "original": doc.original, **keys,
    })
    rows["sections"] = sections
    for ord_, f in enumerate(doc.facts):  # once: a long report's facts are made as they are read
        sentence = getattr(f, "sentence", None)
        rows["facts"].append({
            "fact_id": f"{doc_id}:{ord_}", "doc_id": doc_id, "ord": ord_, "text": f.text, "start": f.start,
            "end": f.end, "value": None if f.value is None else float(f.value), "unit": f.unit, "approx": f.approx,
            "kind": f.kind, "subject": f.subject, "part": f.part, "section_path": SECTION_SEP.join(f.section),
            "sentence_start": _ends(sentence)[0], "sentence_end": _ends(sentence)[1], "domain": f.domain,
            "domain_cues": list(f.domain_cues), "fact_year": str(f.year or ""),
            "indicator": f.indicator, **keys,
        })
    rows["documents"][0]["fact_count"] = len(rows["facts"])
    rows["documents"][0]["warnings"] = list(doc.warnings)  # with any the facts' pass added (a long report)
    for ord_, c in enumerate(commitments):
        start, end = c.get("start"), c.get("end")
        rows["commitments"].append({
            "commitment_id": f"{doc_id}:{ord_}", "doc_id": doc_id, "ord": ord_, "text": str(c.get("text") or ""),
            "start": start if isinstance(start, int) else None, "end": end if isinstance(end, int) else None,
            "data": json.dumps(c, ensure_ascii=False, sort_keys=True, default=str), **keys,
        })


# -- Arrow ---------------------------------------------------------------------------------
def to_arrow(name: str, rows: list[dict[str, Any]]):  # -> pyarrow.RecordBatch
    import pyarrow as pa

    return pa.RecordBatch.from_pylist(rows, schema=TABLES[name].schema)

