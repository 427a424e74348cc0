"""The lines of a long text as compact sequences (offsets only, each line made when read) give
exactly the lines a list would: chrome's `Lines` those of ``str.splitlines``, the structure
stage's `LongTextLines` those of ``str.split("\\n")``."""

from __future__ import annotations

import pytest

from duban.clean.chrome import Line, Lines
from duban.structure.text import LongTextLines, NormLine

TEXTS = [
    "",
    "\n",
    "一行",
    "一行\n",
    "一行\n二行",
    "一行\r\n二行\r三行\n",
    "\n\n空行之间\n\n",
    "分页\x0c符\x0b竖表\x1c\x1d\x1e分隔\x85下一行\u2028行分隔\u2029段分隔",
    "\r\r\n\n\r",
    "末尾无换行，全县新增就业1200人。",
]


def _splitlines(view: str) -> list[Line]:
    lines, pos = [], 0
    for raw in view.splitlines(keepends=True):
        body = raw.rstrip("\r\n\u2028\u2029\x0b\x0c\x1c\x1d\x1e\x85")
        lines.append(Line(pos, pos + len(body), pos + len(raw), body))
        pos += len(raw)
    return lines


def _split(text: str) -> list[NormLine]:
    out, pos = [], 0
    for line in text.split("\n"):
        out.append(NormLine(pos, pos + len(line), line))
        pos += len(line) + 1
    return out


@pytest.mark.parametrize("text", TEXTS)
def test_chrome_lines_are_those_of_splitlines(text):
    lines, expected = Lines(text), _splitlines(text)
    assert len(lines) == len(expected)
    assert list(lines) == expected
    assert [lines[i] for i in range(-len(lines), 0)] == expected  # negative indices too
    assert lines[1:3] == expected[1:3]
    assert [(lines.start(i), lines.stop(i)) for i in range(len(lines))] == [(x.start, x.stop) for x in expected]


@pytest.mark.parametrize("text", TEXTS)
def test_long_text_lines_are_those_of_split(text):
    lines, expected = LongTextLines(text), _split(text)
    assert len(lines) == len(expected)
    assert list(lines) == expected
    assert lines[-1] == expected[-1] and lines[:2] == expected[:2]


def test_an_index_past_the_end_is_an_index_error():
    with pytest.raises(IndexError):
        Lines("a\nb")[2]
    with pytest.raises(IndexError):
        LongTextLines("a\nb")[2]
    with pytest.raises(IndexError):
        Lines("a\nb")[-3]
    with pytest.raises(IndexError):
        LongTextLines("a\nb")[-3]


def test_a_report_is_structured_alike_with_its_lines_made_as_read(monkeypatch):
    from pathlib import Path

    import duban.structure.text as text
    from duban.pipeline import process
    from duban.read import read_file

    seed = sorted(Path(__file__).resolve().parents[1].joinpath("samples", "seeds").glob("*.txt"))[0]
    kept = process(read_file(seed))
    monkeypatch.setattr(text, "KEEP_LINES_CHARS", 10)  # every text's lines made one at a time
    text._last_lines = None
    streamed = process(read_file(seed))
    assert (streamed.title, streamed.org, streamed.periods, streamed.parts, streamed.sections) == \
        (kept.title, kept.org, kept.periods, kept.parts, kept.sections)
    assert [f.as_dict() for f in streamed.facts] == [f.as_dict() for f in kept.facts]
