"""Stand-ins for the reader and the pipeline, so the store's tests run on their own.

`fake_iter_read` yields the same kind of results as `duban.read.iter_read` (path, doc,
error, skipped) for .txt files only; `fake_process` sets the title and nothing else.
`sample_document()` is a hand-built, fully structured report with literal offsets.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import NamedTuple

import pytest

from duban.document import Document, Fact, MetaField, OffsetMap, Part, Section, Span
from duban.errors import DubanError, E
from duban.store import database as store_database


class FakeRead(NamedTuple):
    path: Path
    doc: Document | None
    error: DubanError | None
    skipped: bool


def fake_iter_read(paths: Iterable[str | Path]) -> Iterator[FakeRead]:
    for path in map(Path, paths):
        files = sorted(f for f in path.rglob("*") if f.is_file()) if path.is_dir() else [path]
        for f in files:
            if not f.exists():
                yield FakeRead(f, None, DubanError(E.E001, file=str(f)), False)
            elif f.suffix != ".txt":
                yield FakeRead(f, None, DubanError(E.E010, file=str(f), suffix=f.suffix, supported=".txt"), True)
            elif not (data := f.read_bytes()):
                yield FakeRead(f, None, DubanError(E.E003, file=str(f)), False)
            else:
                doc = Document(source=str(f), original=data.decode("utf-8"), encoding="utf-8",
                               content_hash=hashlib.sha256(data).hexdigest())
                yield FakeRead(f, doc, None, False)


def fake_process(doc: Document) -> Document:
    doc.title = doc.original.splitlines()[0]
    return doc


def use_fakes(monkeypatch: pytest.MonkeyPatch) -> None:
    """Ingest through the stand-ins instead of duban.read and duban.pipeline."""
    monkeypatch.setattr(store_database, "_iter_read", fake_iter_read)
    monkeypatch.setattr(store_database, "_process", fake_process)


# A short report; the offsets below were counted on this exact text.
SAMPLE_TEXT = (
    "斋坛乡2024年工作总结和2025年工作计划\n"  # [0, 22), newline at 22
    "索引号: 00266476_7/2025-20117\n"  # [23, 49)
    "一、2024年工作总结\n"  # [50, 61)
    "（一）项目建设\n"  # [62, 69)
    "仅用2周时间完成112户136亩租赁工作。\n"  # [70, 91)
    "二、2025年工作计划\n"  # [92, 103)
    "争取资金500余万元。\n"  # [104, 115); 116 characters in all
)


def sample_document() -> Document:
    t = SAMPLE_TEXT
    assert t[23:26] == "索引号" and t[28:49] == "00266476_7/2025-20117"
    facts = [
        Fact("2周", 72, 74, 2, "周", "exact", "duration", subject="时间", part="review",
             section=["2024年工作总结", "项目建设"], sentence=Span(70, 91), domain="projects",
             domain_cues=["项目建设"], year="2024", indicator="时间"),
        Fact("112户", 78, 82, 112, "户", "exact", "amount", subject="租赁", part="review",
             section=["2024年工作总结", "项目建设"], sentence=Span(70, 91), domain="projects",
             domain_cues=["项目建设"], year="2024", indicator="租赁"),
        Fact("136亩", 82, 86, 136, "亩", "exact", "amount", subject="租赁", part="review",
             section=["2024年工作总结", "项目建设"], sentence=Span(70, 91), domain="land",
             domain_cues=["租赁", "亩"], year="2024", indicator="租赁"),
        Fact("500余万元", 108, 114, 5_000_000, "元", "over", "amount", subject="资金", part="plan",
             section=["2025年工作计划"], sentence=Span(104, 115), domain="finance", domain_cues=["资金"],
             year="2025", indicator="资金"),
    ]
    for f in facts:
        assert t[f.start : f.end] == f.text
    body = t[50:]
    return Document(
        source="reports/zhaitan_2024.txt",
        original=t,
        format="txt",
        encoding="utf-8",
        content_hash=hashlib.sha256(t.encode("utf-8")).hexdigest(),
        metadata=[MetaField("index_no", "00266476_7/2025-20117", Span(28, 49), "索引号"),
                  MetaField("source_file", "zhaitan_2024.txt")],
        chrome=[Span(23, 50)],
        norm=body,
        norm_map=OffsetMap([(0, 50)], len(body), len(t)),
        title="斋坛乡2024年工作总结和2025年工作计划",
        org={"name": "斋坛乡人民政府", "level": "township", "county": "龙游县", "province": "浙江省"},
        periods={"review": "2024", "plan": "2025"},
        doc_type="summary_plan",
        published="2025-05-21",
        parts=[Part("review", Span(50, 92), Span(50, 61), "2024"), Part("plan", Span(92, 116), Span(92, 103), "2025")],
        sections=[
            Section("2024年工作总结", "一、", 1, Span(50, 92), Span(50, 61),
                    [Section("项目建设", "（一）", 2, Span(62, 92), Span(62, 69))]),
            Section("2025年工作计划", "二、", 1, Span(92, 116), Span(92, 103)),
        ],
        facts=facts,
        warnings=["no publisher found"],
    )
