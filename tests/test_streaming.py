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
