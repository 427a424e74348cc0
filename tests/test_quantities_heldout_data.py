"""The held-out quantity set (data/dev/quantities_heldout) stays well formed (its gold lines, as
every set's, are checked against their texts and hand-written lists in test_quantity_sets_data.py).

These tests read only the data files: they never run the extractor on the set,
which is scored once, at the end, by `duban eval` (see the set's README).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from helpers import DATA

HELDOUT = DATA / "dev" / "quantities_heldout"
TEXTS = sorted(HELDOUT.glob("[0-9][0-9][0-9].txt"))
GOLDS = sorted((HELDOUT / "gold").glob("*.jsonl"))
APPROX = {"exact", "over", "under", "about"}
KINDS = {"amount", "change", "share", "rank", "duration"}


def _gold(doc: str) -> list[dict]:
    path = HELDOUT / "gold" / f"{doc}.jsonl"
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def test_the_set_has_at_least_twenty_documents_each_with_a_gold_file():
    assert len(TEXTS) >= 20
    assert [p.stem for p in TEXTS] == [p.stem for p in GOLDS]
    assert [p.stem for p in TEXTS] == sorted(p.stem for p in (HELDOUT / "gold_src").glob("*.g"))


@pytest.mark.parametrize("path", TEXTS, ids=lambda p: p.stem)
def test_an_excerpt_is_utf8_text_of_400_to_2500_characters(path: Path):
    text = path.read_bytes().decode("utf-8")  # raises on anything but UTF-8
    assert 400 <= len(text) <= 2500, f"{path.name}: {len(text)} characters"


@pytest.mark.parametrize("path", TEXTS, ids=lambda p: p.stem)
def test_gold_facts_come_in_order_of_appearance_without_overlap(path: Path):
    facts = _gold(path.stem)
    for before, after in zip(facts, facts[1:]):
        assert before["end"] <= after["start"], f"{path.stem}: {before['text']!r} / {after['text']!r}"


def test_the_gold_is_not_just_bare_numbers():
    facts = [f for p in TEXTS for f in _gold(p.stem)]
    assert len(facts) >= 400
    assert {f["kind"] for f in facts} == KINDS
    assert {f["approx"] for f in facts} == APPROX
