"""Every development and check set of quantity facts under data/dev stays well formed.

Read only: the texts, the gold files and the hand-written lists they were built from. No test
here runs the extractor, so a held-out part or an untouched check set can be checked at every
commit without being scored (each is scored once, by `duban eval`, as its README says).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from helpers import DATA

from duban.read import read_file

SETS = sorted((DATA / "dev").glob("quantities*"))
FIELDS = {"doc": str, "text": str, "value": (int, float), "unit": str, "approx": str, "kind": str,
          "subject": str, "start": int, "end": int}
APPROX = {"exact", "over", "under", "about"}
KINDS = {"amount", "change", "share", "rank", "duration"}


def _documents() -> list[tuple[Path, Path, Path]]:
    """(text, gold file, hand-written list) of every document of every set."""
    out = []
    for root in SETS:
        for gold in sorted((root / "gold").rglob("*.jsonl")):
            part = gold.parent.relative_to(root / "gold")
            folder = root / part if str(part) != "." else root / "docs" if (root / "docs").is_dir() else root
            out.append((folder / f"{gold.stem}.txt", gold, root / "gold_src" / part / f"{gold.stem}.g"))
    return out


DOCUMENTS = _documents()


def _id(doc: tuple[Path, Path, Path]) -> str:
    return str(doc[1].relative_to(DATA / "dev")).replace("/gold", "")


def _gold(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def test_every_set_has_texts_with_gold_and_a_readme():
    assert len(SETS) >= 10 and len(DOCUMENTS) >= 150
    for root in SETS:
        assert (root / "README.md").is_file(), root.name
        texts = {p for p in root.rglob("[0-9][0-9][0-9].txt")}
        assert texts == {doc[0] for doc in DOCUMENTS if doc[0].is_relative_to(root)}, root.name


@pytest.mark.parametrize("doc", DOCUMENTS, ids=_id)
def test_every_gold_line_is_the_slice_of_the_original_at_its_offsets(doc):
    text, gold, _ = doc
    original = read_file(text).original
    assert original == text.read_bytes().decode("utf-8")  # the reader keeps the text the offsets point into
    facts = _gold(gold)
    assert facts, f"{gold}: no gold facts"
    for n, fact in enumerate(facts, 1):
        where = f"{gold.name}:{n}"
        assert set(fact) == set(FIELDS), where
        for name, kind in FIELDS.items():
            assert isinstance(fact[name], kind), f"{where}: {name}"
        assert fact["doc"] == gold.stem and fact["approx"] in APPROX and fact["kind"] in KINDS, where
        assert 0 <= fact["start"] < fact["end"] <= len(original), where
        assert original[fact["start"] : fact["end"]] == fact["text"], where


@pytest.mark.parametrize("doc", DOCUMENTS, ids=_id)
def test_the_gold_file_says_what_the_hand_written_list_says(doc):
    _, gold, hand = doc
    listed = []
    for line in hand.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            text, value, unit, approx, kind, subject = line.split("|")
            listed.append((text.replace("\\n", "\n"), float(value), unit, approx, kind, subject))
    assert [(f["text"], float(f["value"]), f["unit"], f["approx"], f["kind"], f["subject"]) for f in _gold(gold)] == listed
