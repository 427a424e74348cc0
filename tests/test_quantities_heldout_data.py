"""The held-out quantity set (data/dev/quantities_heldout) stays well formed.

These tests read only the data files and the reader: they never run the extractor on the set,
which is scored once, at the end, by `duban eval` (see the set's README).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from helpers import DATA

from duban.read import read_file

HELDOUT = DATA / "dev" / "quantities_heldout"
TEXTS = sorted(HELDOUT.glob("[0-9][0-9][0-9].txt"))
GOLDS = sorted((HELDOUT / "gold").glob("*.jsonl"))
FIELDS = {"doc": str, "text": str, "value": (int, float), "unit": str, "approx": str, "kind": str,
          "subject": str, "start": int, "end": int}
APPROX = {"exact", "over", "under", "about"}
KINDS = {"amount", "change", "share", "rank", "duration"}


def _gold(doc: str) -> list[dict]:
    path = HELDOUT / "gold" / f"{doc}.jsonl"
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def _hand_list(doc: str) -> list[tuple]:
    """The hand-written list the gold was built from: text|value|unit|approx|kind|subject."""
    rows = []
    for line in (HELDOUT / "gold_src" / f"{doc}.g").read_text(encoding="utf-8").splitlines():
        if line.strip():
            text, value, unit, approx, kind, subject = line.split("|")
            rows.append((text.replace("\\n", "\n"), float(value), unit, approx, kind, subject))
    return rows


def test_the_set_has_at_least_twenty_documents_each_with_a_gold_file():
    assert len(TEXTS) >= 20
    assert [p.stem for p in TEXTS] == [p.stem for p in GOLDS]
    assert [p.stem for p in TEXTS] == sorted(p.stem for p in (HELDOUT / "gold_src").glob("*.g"))


@pytest.mark.parametrize("path", TEXTS, ids=lambda p: p.stem)
def test_an_excerpt_is_utf8_text_of_400_to_2500_characters(path: Path):
    text = path.read_bytes().decode("utf-8")  # raises on anything but UTF-8
    assert 400 <= len(text) <= 2500, f"{path.name}: {len(text)} characters"


@pytest.mark.parametrize("path", TEXTS, ids=lambda p: p.stem)
def test_every_gold_line_is_the_slice_of_the_original_at_its_offsets(path: Path):
    original = path.read_text(encoding="utf-8")
    facts = _gold(path.stem)
    assert facts, f"{path.stem}: no gold facts"
    for n, fact in enumerate(facts, 1):
        where = f"{path.stem}.jsonl:{n}"
        assert set(fact) == set(FIELDS), where
        for name, kind in FIELDS.items():
            assert isinstance(fact[name], kind), f"{where}: {name}"
        assert fact["doc"] == path.stem, where
        assert fact["approx"] in APPROX and fact["kind"] in KINDS, where
        assert 0 <= fact["start"] < fact["end"] <= len(original), where
        assert original[fact["start"]:fact["end"]] == fact["text"], where


@pytest.mark.parametrize("path", TEXTS, ids=lambda p: p.stem)
def test_gold_facts_come_in_order_of_appearance_without_overlap(path: Path):
    facts = _gold(path.stem)
    for before, after in zip(facts, facts[1:]):
        assert before["end"] <= after["start"], f"{path.stem}: {before['text']!r} / {after['text']!r}"


@pytest.mark.parametrize("path", TEXTS, ids=lambda p: p.stem)
def test_the_gold_file_says_what_the_hand_written_list_says(path: Path):
    built = [(f["text"], float(f["value"]), f["unit"], f["approx"], f["kind"], f["subject"])
             for f in _gold(path.stem)]
    assert built == _hand_list(path.stem)


@pytest.mark.parametrize("path", TEXTS, ids=lambda p: p.stem)
def test_the_reader_keeps_the_original_the_offsets_point_into(path: Path):
    assert read_file(path).original == path.read_text(encoding="utf-8")


def test_the_gold_is_not_just_bare_numbers():
    facts = [f for p in TEXTS for f in _gold(p.stem)]
    assert len(facts) >= 400
    assert {f["kind"] for f in facts} == KINDS
    assert {f["approx"] for f in facts} == APPROX
