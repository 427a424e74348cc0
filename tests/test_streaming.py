"""A long report is read a piece at a time, and the pieces give what the whole would give.

Peak memory on a 50 MB report stays bounded because normalising converts a block of lines at a
time and the extract stage reads a stretch of lines at a time (``benchmarks/bench_quantities.py``
measures the peak). These tests hold the result to the one of reading the text at once.
"""

from __future__ import annotations

import dataclasses
import importlib

import pytest

import duban
from duban.clean.normalise import normalise_text
from duban.extract.quantities import iter_normalised_facts

from helpers import SEEDS, SERIES


def _texts():
    return [p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt")) + sorted(SERIES.glob("*.txt"))]


@pytest.mark.parametrize("chunk", [500, 5_000, 50_000])
def test_facts_read_a_stretch_of_lines_at_a_time_are_those_of_the_whole_text(chunk):
    norm = "\n".join(normalise_text(t)[0] for t in _texts())
    whole = [dataclasses.asdict(f) for f in iter_normalised_facts(norm, chunk=len(norm) + 1)]
    assert [dataclasses.asdict(f) for f in iter_normalised_facts(norm, chunk=chunk)] == whole
    assert len(whole) > 1000


@pytest.mark.parametrize("block", [64, 1_000])
def test_normalising_a_block_of_lines_at_a_time_gives_the_view_of_the_whole(monkeypatch, block):
    for path in sorted(SEEDS.glob("*.txt")):
        doc = duban.read(path)
        whole, whole_map, script = normalise_text(doc.original, doc.chrome)
        # (the module, not the stage function of the same name that duban.clean exports)
        monkeypatch.setattr(importlib.import_module("duban.clean.normalise"), "CONVERT_BLOCK", block)
        norm, offset_map, script_in_blocks = normalise_text(doc.original, doc.chrome)
        monkeypatch.undo()
        assert (norm, script_in_blocks) == (whole, script)
        assert all(offset_map.to_original(i) == whole_map.to_original(i) for i in range(0, len(norm), 7))


@pytest.mark.parametrize("chunk", [300, 20_000])
def test_a_long_reports_facts_are_made_as_they_are_read_and_equal_the_whole(monkeypatch, tmp_path, chunk):
    from duban.extract import quantities
    from duban.extract.context import FactStream
    from duban.pipeline import process
    from duban.read import read_file
    from duban.store import Database

    paths = sorted(SEEDS.glob("*.txt")) + sorted(SERIES.glob("*.txt"))[:2]
    whole = [process(read_file(p)) for p in paths]
    monkeypatch.setattr(quantities, "STREAM_CHARS", 0)  # every document counts as long
    monkeypatch.setattr(quantities, "CHUNK", chunk)
    streamed = [process(read_file(p)) for p in paths]
    for a, b in zip(whole, streamed):
        assert isinstance(b.facts, FactStream) and not isinstance(a.facts, FactStream)
        assert [f.as_dict() for f in b.facts] == [f.as_dict() for f in a.facts]
        assert [f.sentence for f in b.facts] == [f.sentence for f in a.facts]
        assert len(b.facts) == len(a.facts) and bool(b.facts) == bool(a.facts)
        assert b.facts[-1] == a.facts[-1]
        assert [c.as_dict() for c in b.commitments] == [c.as_dict() for c in a.commitments]
    # and the store writes the stream as it comes: the same rows
    rows = []
    for name, docs in (("whole", whole), ("streamed", streamed)):
        with Database(tmp_path / f"{name}.db") as db:
            for doc in docs:
                db.ingest_document(doc)
            rows.append(db.conn.execute('SELECT * FROM facts ORDER BY id').fetchall())
    assert [tuple(r) for r in rows[0]] == [tuple(r) for r in rows[1]] and len(rows[0]) > 500


def test_commitments_read_the_quantities_the_extract_stage_kept_and_equal_those_read_from_the_facts():
    from duban.extract.commitments import extract_commitments
    from duban.pipeline import process
    from duban.read import read_file

    for path in sorted(SEEDS.glob("*.txt")) + sorted(SERIES.glob("*.txt"))[:3]:
        doc = process(read_file(path))
        assert doc.quantities is not None and len(doc.quantities) == len(doc.facts)
        kept = [c.as_dict() for c in doc.commitments]
        doc.quantities = None  # as a document whose quantities were not kept: its facts are mapped back
        assert [c.as_dict() for c in extract_commitments(doc).commitments] == kept


def test_a_long_reports_commitments_read_its_quantities_a_stretch_at_a_time_without_making_facts(monkeypatch):
    from duban.extract import context, quantities
    from duban.extract.commitments import extract_commitments
    from duban.extract.statements import QuantityList, QuantityStream, doc_quantities
    from duban.pipeline import process
    from duban.read import read_file

    paths = sorted(SERIES.glob("*.txt"))[:2]
    whole = [process(read_file(p)) for p in paths]
    monkeypatch.setattr(quantities, "STREAM_CHARS", 0)
    monkeypatch.setattr(quantities, "CHUNK", 400)
    for path, a in zip(paths, whole):
        doc = process(read_file(path), names=("chrome", "normalise", "structure", "quantities"))
        stream = doc_quantities(doc)
        assert isinstance(stream, QuantityStream)
        listed = QuantityList([q for _, _, qs in doc.facts.quantity_chunks() for q in qs])
        n = len(doc.norm)
        # stretches in text order, then from the top again, across the stretches' edges
        for lo, hi in [(0, n // 3), (n // 3, n // 2), (n // 2 - 50, n), (0, n), (n // 4, n // 4 + 700)]:
            assert [q.start for q in stream.between(lo, hi)] == \
                [q.start for q in doc_quantities(a).between(lo, hi)]
        assert len(listed.quantities) == len(a.facts)

        def no_facts(*args, **kwargs):
            raise AssertionError("the commitments stage made facts")

        monkeypatch.setattr(context, "iter_facts", no_facts)
        got = [c.as_dict() for c in extract_commitments(doc).commitments]
        monkeypatch.undo()
        monkeypatch.setattr(quantities, "STREAM_CHARS", 0)
        monkeypatch.setattr(quantities, "CHUNK", 400)
        assert got == [c.as_dict() for c in a.commitments] and got


@pytest.mark.parametrize("spans", [
    [(0, 10), (10, 25), (40, 60)],  # in order, a gap between two
    [(5, 5), (5, 9), (9, 30)],  # an empty part
    [(0, 30), (10, 20)],  # overlapping: the first that holds the offset, as part_at gives
    [(20, 30), (0, 10)],  # out of order
    [],
])
def test_the_part_of_many_offsets_is_the_part_at_each(spans):
    from duban.document import Document, Part, Span

    doc = Document(source="t.txt", original="x" * 70)
    doc.parts = [Part("review" if i % 2 else "plan", Span(a, b)) for i, (a, b) in enumerate(spans)]
    at = doc.part_finder()
    assert [at(i) for i in range(-1, 71)] == [doc.part_at(i) for i in range(-1, 71)]


def test_a_report_of_many_parts_finds_each_facts_part_by_bisection():
    """Thousands of parts (a file of many reports): each offset's part, as part_at gives it."""
    from duban.document import Document, Part, Span

    doc = Document(source="t.txt", original="x" * 40_000)
    doc.parts = [Part("review", Span(i, i + 10)) for i in range(0, 40_000, 10)]
    at = doc.part_finder()
    assert [at(i).span.start for i in range(5, 40_000, 997)] == [i // 10 * 10 for i in range(5, 40_000, 997)]
    assert at(40_000) is None and all(at(i) is doc.part_at(i) for i in range(0, 40_000, 613))
