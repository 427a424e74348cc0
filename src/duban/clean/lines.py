"""Line breaks of a page layout, told from the text's own.

A report copied out of a PDF or a fixed-width page keeps the layout's lines: a sentence runs
to the right margin and goes on on the next line (``同比增长⏎4.58%``). Such a line is
(nearly) as wide as the text's usual full line, does not end a sentence, and the next line
is not indented. Its break belongs to the layout; the PDF reader joins it into the original
text, and the normalised view of a plain-text report leaves it out.
"""

from __future__ import annotations

import math
import re
import unicodedata
from functools import lru_cache

SENTENCE_END = frozenset("。！？：；!?:;")
CLOSERS = "”’」』）)】》"  # may follow the sentence end: 。” still ends the sentence
# A line at least this share of the usual full line width is taken to wrap into the next.
FULL_LINE_SHARE = 0.8
# The usual full line width: this quantile of the widths of the document's lines.
FULL_LINE_QUANTILE = 0.9
# A plain text is taken to be wrapped by its layout when at least this share of its lines wrap:
# a report written as paragraphs (a web page, a DOCX) has next to none.
WRAPPED_SHARE = 0.25
# ... and only when its lines are this short on average (characters): a page's width, not a paragraph's,
# and at least this many of them wrap (one stray break in a short text says nothing of a layout).
WRAPPED_MEAN_LINE = 120
WRAPPED_MIN_LINES = 3


@lru_cache(maxsize=1)
def _wide_runs() -> re.Pattern[str]:
    """Runs of wide characters (East Asian width W or F) of the Basic Multilingual Plane, as a
    character class read off `unicodedata` once."""
    ranges, start = [], None
    for cp in range(0x10000 + 1):
        wide = cp < 0x10000 and unicodedata.east_asian_width(chr(cp)) in "WF"
        if wide and start is None:
            start = cp
        elif not wide and start is not None:
            ranges.append(f"\\u{start:04x}-\\u{cp - 1:04x}")
            start = None
    return re.compile(f"[{''.join(ranges)}]+")


_ASTRAL = re.compile("[\U00010000-\U0010ffff]")


def width(line: str) -> int:
    """Display width: a CJK (wide) character counts two."""
    wide = sum(map(len, _wide_runs().findall(line)))
    if _ASTRAL.search(line):  # beyond the first plane (rare): each character asked
        wide += sum(1 for ch in _ASTRAL.findall(line) if unicodedata.east_asian_width(ch) in "WF")
    return len(line) + wide


def usual_width(lines: list[str]) -> int:
    widths = sorted(width(line) for line in lines if line.strip())
    return widths[math.ceil(FULL_LINE_QUANTILE * (len(widths) - 1))] if widths else 0


def wraps(line: str, following: str, full: int) -> bool:
    """Does ``line`` run on into ``following`` (a layout's break, not a paragraph's)?"""
    if not line.strip() or not following.strip() or following[0].isspace():
        return False
    return line.rstrip(CLOSERS)[-1:] not in SENTENCE_END and width(line) >= FULL_LINE_SHARE * full


def layout_breaks(text: str) -> set[int]:
    """Offsets of the line breaks in ``text`` that its layout made, if the text is wrapped by
    one (``WRAPPED_SHARE`` of its lines wrap); otherwise none."""
    if len(text) > WRAPPED_MEAN_LINE * (text.count("\n") + 1):
        return set()  # paragraphs, not a page's lines (and a 50 MB report is not split up for nothing)
    lines = text.split("\n")
    full = usual_width(lines)
    breaks, pos = set(), 0
    for line, following in zip(lines, lines[1:]):
        pos += len(line)
        if wraps(line.rstrip("\r"), following, full):
            breaks.add(pos)
        pos += 1
    counted = sum(1 for line in lines if line.strip())
    wrapped = len(breaks) >= max(WRAPPED_MIN_LINES, WRAPPED_SHARE * counted)
    return breaks if wrapped else set()
