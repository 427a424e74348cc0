"""Converting to simplified script skips a text that holds nothing OpenCC's t2s converts: every
entry of its dictionaries that changes what it matches holds one of the marks (`t2s_marks`), so a
text without any is one OpenCC gives back unchanged, and the view is the same either way."""

from __future__ import annotations

import importlib
import random

import opencc
import pytest

from duban.clean import t2s_marks
from helpers import SEEDS, SERIES

n = importlib.import_module("duban.clean.normalise")  # the module, not the stage function of that name

same_version = pytest.mark.skipif(getattr(opencc, "__version__", None) != t2s_marks.OPENCC_VERSION,
                                  reason="the marks are of another OpenCC (and not used with this one)")


def _entries() -> list[str]:
    try:
        return t2s_marks.changing_entries()
    except Exception as exc:  # the wheel's opencc_dict tool missing or not runnable here
        pytest.skip(f"OpenCC's dictionaries cannot be written out as text: {exc}")


@same_version
def test_every_entry_that_changes_a_text_is_found_by_the_marks():
    marks = n._change_marks()
    keys = _entries()
    assert len(keys) > 5000
    missed = [key for key in keys if marks.search(key) is None]
    assert not missed


def test_with_another_opencc_every_text_is_converted(monkeypatch):
    n._change_marks.cache_clear()
    monkeypatch.setattr(t2s_marks, "OPENCC_VERSION", "0.0-not-installed")
    try:
        assert n._change_marks() is None
        assert n.to_simplified("經濟\n回覆") == "经济\n回复"
    finally:
        n._change_marks.cache_clear()


def _texts() -> list[str]:
    rng = random.Random(11)
    pieces = ["经济", "發展", "覆盖", "回覆", "反", "覆", "破坏", "土地", "沈阳", "沈思", "想像", "瞭望", "瞭解", "\n", "。",
              "\U0002a6a5", "\ufa5a", "乾隆", "乾淨", "答", "重覆", "打坏", "坏土", "著名", "\ud800"]
    texts = ["".join(rng.choice(pieces) for _ in range(rng.randrange(1, 12))) for _ in range(500)]
    texts += ["\n".join(chr(cp) for cp in range(0x3400, 0xA000))]  # every common Chinese character
    texts += [p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt")) + sorted(SERIES.glob("*.txt"))]
    return texts


def test_skipping_a_text_without_marks_gives_what_converting_it_gives(monkeypatch):
    texts = _texts()
    quick = [n.to_simplified(text) for text in texts]
    marks = n._change_marks()
    skipped = sum(1 for text in texts if marks is not None and marks.search(text) is None)
    monkeypatch.setattr(n, "_change_marks", lambda: None)  # every text handed to OpenCC
    assert quick == [n.to_simplified(text) for text in texts]
    assert skipped > 20 or marks is None  # (the texts try both ways)
