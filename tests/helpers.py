"""Shared by the test modules: where the sample reports are, and a Document built from text."""

from __future__ import annotations

from pathlib import Path

from duban.document import Document

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "samples" / "seeds"
SHARED = ROOT.parent / "shared"  # the contracts beside the repository (gold, series)
SERIES = SHARED / "series"


def seed(prefix: str) -> Path:
    """A sample report by its three-digit prefix: seed("004")."""
    return next(SEEDS.glob(f"{prefix}_*.txt"))


def document(path_or_text: Path | str, *stages) -> Document:
    """A Document from a file (read as UTF-8) or a string, run through ``stages`` in order."""
    if isinstance(path_or_text, Path):
        doc = Document(source=str(path_or_text), original=path_or_text.read_text(encoding="utf-8"))
    else:
        doc = Document(source="<text>", original=path_or_text)
    for stage in stages:
        doc = stage(doc)
    return doc
