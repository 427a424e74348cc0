"""`duban import`: a batch output → the SQLite store, so the web UI can browse it.

Each document of the output is rebuilt as a `Document` (text, metadata, chrome, parts,
section tree, facts, commitments, warnings) and stored through `Database.ingest_document`,
the same path as `duban ingest`: content already in the store is ``unchanged``. Nothing the
output holds is re-processed; the normalised view, which the output does not keep (it would
double its size), is made again from the text and its chrome by the same function as in the
batch (`duban.clean.normalise.normalise_text`), so search, tracking and the document pages
work on an imported store exactly as on an ingested one. The output is read one partition
(province, year) at a time, so memory stays bounded.

This module uses the store's public surface only (`duban.store`); the store knows nothing of
batch outputs.
"""

from __future__ import annotations

import dataclasses
import json
from collections import defaultdict
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from duban.batch.output import BatchError
from duban.batch.records import SECTION_SEP
from duban.batch.schema import PARTITION_KEYS, TABLES, UNKNOWN, dataset
from duban.clean.normalise import normalise_text
from duban.document import Document, Fact, MetaField, Part, Section, Span
from duban.store import IngestReport, IngestResult


def iter_documents(output: str | Path) -> Iterator[tuple[Document, dict[str, Any]]]:
    """Every document of a batch output as a `Document`, with its ``documents`` row."""
    import pyarrow.compute as pc

    out = Path(output)
    if not (out / "documents").is_dir() and not (out / "errors").is_dir():
        raise BatchError(f"{out}: not a batch output (no documents folder); run `duban batch INPUT {out}` first")
    docs = dataset(out, "documents")
    keys = docs.to_table(columns=list(PARTITION_KEYS)).group_by(list(PARTITION_KEYS)).aggregate([])
    for key in sorted(keys.to_pylist(), key=lambda k: (k["province"], k["year"])):
        where = (pc.field("province") == key["province"]) & (pc.field("year") == key["year"])
        sections = _by_doc(_rows(out, "sections", where))
        facts = _by_doc(_rows(out, "facts", where))
        commitments = _by_doc(_rows(out, "commitments", where))
        rows = docs.to_table(filter=where).sort_by("record_id").to_pylist()
        for row in rows:
            doc_id = row["doc_id"]
            yield to_document(row, sections.get(doc_id, []), facts.get(doc_id, []), commitments.get(doc_id, [])), row


def _rows(out: Path, table: str, where: Any) -> list[dict[str, Any]]:
    """A table's rows of one partition; none when the output has no such table (no rows at all)."""
    if not (out / table).is_dir():
        return []
    return dataset(out, table).to_table(filter=where).to_pylist()


def _by_doc(rows: list[dict[str, Any]]) -> dict[str, list[dict[str, Any]]]:
    grouped: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for r in rows:
        grouped[r["doc_id"]].append(r)
    for group in grouped.values():
        group.sort(key=lambda r: r["ord"])
    return grouped


def _span(start: int | None, end: int | None) -> Span | None:
    return Span(start, end) if start is not None and end is not None else None


def to_document(row: dict[str, Any], sections: list[dict[str, Any]], facts: list[dict[str, Any]],
                commitments: list[dict[str, Any]] = ()) -> Document:
    """Rebuild the `Document` a ``documents`` row (and its sections, facts and commitments)
    came from. The normalised view is made again from the text and the chrome; should its
    length differ from the row's ``body_chars`` (an output written by another version of
    duban), a warning says so."""
    province = row.get("province")
    org = {"name": row["org_name"], "level": row["org_level"], "county": row["county"], "city": row["city"],
           "province": None if province in (None, UNKNOWN) else province}
    for key in ("prefecture", "division_code", "place_confidence"):
        if row.get(key) is not None:
            org[key] = row[key]
    if candidates := json.loads(row.get("place_candidates") or "[]"):
        org["place_candidates"] = candidates
    nodes: dict[int, Section] = {}
    roots: list[Section] = []
    for s in sections:  # pre-order: a parent always comes before its children
        node = Section(title=s["title"], marker=s["marker"], level=s["level"], span=Span(s["start"], s["end"]),
                       heading=Span(s["heading_start"], s["heading_end"]))
        nodes[s["ord"]] = node
        (nodes[s["parent_ord"]].children if s["parent_ord"] is not None else roots).append(node)
    chrome = [Span(c["start"], c["end"]) for c in row["chrome"] or []]
    norm, norm_map, _script = normalise_text(row["original"], chrome)
    warnings = list(row["warnings"] or [])
    if row["body_chars"] is not None and len(norm) != row["body_chars"]:
        warnings.append(f"normalised view rebuilt on import: {len(norm)} characters, the batch output says "
                        f"{row['body_chars']} (written by another version of duban)")
    return Document(
        source=row["source"], original=row["original"], format=row["format"] or "", encoding=row["encoding"] or "",
        content_hash=row["content_hash"],
        metadata=[MetaField(m["name"], m["value"], _span(m["start"], m["end"]), m["label"] or "")
                  for m in row["metadata"] or []],
        chrome=chrome, norm=norm, norm_map=norm_map,
        script=row["script"] or "", title=row["title"] or "", org=org,
        periods={k: row[c] for k, c in (("review", "review_period"), ("plan", "plan_period")) if row[c] is not None},
        doc_type=row["doc_type"] or "", published=row["published"] or "",
        parts=[Part(p["kind"], Span(p["start"], p["end"]), _span(p["heading_start"], p["heading_end"]),
                    p["period"] or "") for p in row["parts"] or []],
        sections=roots,
        facts=[Fact(text=f["text"], start=f["start"], end=f["end"], value=f["value"], unit=f["unit"] or "",
                    approx=f["approx"] or "", kind=f["kind"] or "", subject=f["subject"] or "",
                    part=f["part"] or "", section=f["section_path"].split(SECTION_SEP) if f["section_path"] else [],
                    sentence=_span(f["sentence_start"], f["sentence_end"]), domain=f["domain"] or "",
                    domain_cues=list(f["domain_cues"] or []), year=f["fact_year"] or "",
                    indicator=f["indicator"] or "")
               for f in facts],
        commitments=[_commitment(c) for c in commitments],
        warnings=warnings,
    )


def _commitment(row: dict[str, Any]) -> Any:
    """A `Commitment` from its ``commitments`` row (its fields are the row's ``data``)."""
    from duban.extract.commitments import Commitment

    data = json.loads(row["data"])
    known = {f.name for f in dataclasses.fields(Commitment)}
    fields = {k: v for k, v in data.items() if k in known}
    if fields.get("target_value") is not None:
        fields["target_value"] = float(fields["target_value"])
    fields["section"] = list(fields.get("section") or [])
    return Commitment(**fields)


def import_batch(database: Any, output: str | Path,
                 on_progress: Callable[[IngestResult], None] | None = None) -> IngestReport:
    """Store every document of the batch output ``output`` in ``database`` (a
    `duban.store.Database`), each through its ``ingest_document``: one result per document,
    ``ingested`` or ``unchanged``."""
    report = IngestReport()
    for doc, row in iter_documents(output):
        status, doc_id = database.ingest_document(doc)
        result = IngestResult(row["source"], status, doc_id)
        report.results.append(result)
        if on_progress is not None:
            on_progress(result)
    return report


__all__ = ["TABLES", "import_batch", "iter_documents", "to_document"]
