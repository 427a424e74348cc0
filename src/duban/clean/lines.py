"""Line breaks of a page layout, told from the text's own.

A report copied out of a PDF or a fixed-width page keeps the layout's lines: a sentence runs
to the right margin and goes on on the next line (``同比增长⏎4.58%``). Such a line is
(nearly) as wide as the text's usual full line, does not end a sentence, and the next line
is not indented. Its break belongs to the layout; the PDF reader joins it into the original
text, and the normalised view of a plain-text report leaves it out.
"""

from __future__ import annotations

import bisect
import math
import re
import unicodedata
from array import array
from collections.abc import Iterator, Sequence
from functools import lru_cache
from itertools import accumulate, chain, islice
from operator import add
from typing import Generic, TypeVar

from duban.lang import load_table
from duban.lang.words import first_chars

LineT = TypeVar("LineT")
# Up to this many characters, a text's lines are cut at "\n" by str.split (faster than a match object
# for each break); a longer one is not held twice over, in its lines.
SPLIT_MAX = 1 << 20


class LineOffsets(Sequence[LineT], Generic[LineT]):
    """The lines of a text as two arrays of offsets, each line's record made when it is asked for
    (`line`): a 50 MB page has half a million lines, and an object and a copy of the text for
    each would hold several times the text. ``breaks`` is what ends a line; ``keep_last`` says
    whether a break at the very end opens one more, empty line (``str.split``) or not
    (``str.splitlines``)."""

    __slots__ = ("text", "_starts", "_ends")

    def __init__(self, text: str, breaks: re.Pattern[str], keep_last: bool):
        self.text = text
        if breaks.pattern == "\n" and len(text) <= SPLIT_MAX:  # the lines' lengths, from str.split
            lengths = list(map(len, text.split("\n")))
            starts = array("q", [0])
            starts.extend(accumulate(n + 1 for n in lengths))  # each line starts after the one before and its break
            starts.pop()
            ends = array("q", map(add, starts, lengths))
            if starts[-1] == len(text) and not keep_last:  # the text ends with a break (or is empty)
                starts.pop()
                ends.pop()
        else:
            starts, ends = array("q", [0]), array("q")
            for m in breaks.finditer(text):
                ends.append(m.start())
                starts.append(m.end())
            if starts[-1] == len(text) and not keep_last:  # the text ends with a break (or is empty)
                starts.pop()
            else:
                ends.append(len(text))
        self._starts, self._ends = starts, ends

    def line(self, start: int, end: int, stop: int) -> LineT:
        """The record of the line ``text[start:end]``, the next line starting at ``stop``."""
        raise NotImplementedError

    def __len__(self) -> int:
        return len(self._starts)

    def __getitem__(self, i):  # type: ignore[override]
        if isinstance(i, slice):
            return [self[k] for k in range(*i.indices(len(self)))]
        if i < 0:
            i += len(self._starts)
            if i < 0:
                raise IndexError("line index out of range")
        return self.line(self._starts[i], self._ends[i], self.stop(i))

    def __iter__(self) -> Iterator[LineT]:
        starts = self._starts
        stops = islice(chain(starts, (len(self.text),)), 1, None)  # each line's stop is the next one's start
        for start, end, stop in zip(starts, self._ends, stops):
            yield self.line(start, end, stop)

    def start(self, i: int) -> int:
        return self._starts[i]

    def text_of(self, i: int) -> str:
        """The text of line ``i`` (without its break), with no record made."""
        return self.text[self._starts[i] : self._ends[i]]

    def holding(self, pattern: re.Pattern[str]) -> list[int]:
        """The indices, in order, of the lines in which ``pattern`` (which matches no line break)
        finds something: one search per such line, none for the others (a pass that looks only at
        the lines holding some character need not make a record of every line)."""
        out: list[int] = []
        starts, text = self._starts, self.text
        pos = 0
        while (m := pattern.search(text, pos)) is not None:
            i = bisect.bisect_right(starts, m.start()) - 1
            out.append(i)
            if i + 1 >= len(starts):
                break
            pos = starts[i + 1]
        return out

    def holding_any(self, chars: str) -> list[int]:
        """`holding` for a pattern finding any one of ``chars`` (none a line break), with `str.find`,
        which goes through a text several times faster than a pattern's search: the next place of
        each character is kept, and looked for again only once the search has passed it."""
        out: list[int] = []
        starts, text = self._starts, self.text
        ahead = {ch: text.find(ch) for ch in chars}  # -1: none left
        while found := [at for at in ahead.values() if at >= 0]:
            i = bisect.bisect_right(starts, min(found)) - 1
            out.append(i)
            if i + 1 >= len(starts):
                break
            pos = starts[i + 1]
            for ch, at in ahead.items():
                if 0 <= at < pos:
                    ahead[ch] = text.find(ch, pos)
        return out

    def stop(self, i: int) -> int:
        """The offset after line ``i``'s break (where the next line starts)."""
        return self._starts[i + 1] if i + 1 < len(self._starts) else len(self.text)


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


def usual_width(lines: list[str], widths: list[int] | None = None) -> int:
    """The usual full line width of ``lines`` (``widths``: their widths, when already known)."""
    if widths is None:
        widths = [width(line) for line in lines]
    counted = sorted(w for w, line in zip(widths, lines) if line.strip())
    return counted[math.ceil(FULL_LINE_QUANTILE * (len(counted) - 1))] if counted else 0


def wraps(line: str, following: str, full: int, line_width: int | None = None) -> bool:
    """Does ``line`` run on into ``following`` (a layout's break, not a paragraph's)?
    (``line_width``: ``width(line)``, when already known.)

    Never when ``following`` opens with a heading's numbering (一、 (二) 三是 1. ① 第二部分,
    from section_markers.tsv): a heading starts a line of its own, even after a full line
    that ends without 。 (a heading itself, or a paragraph ending at the margin)."""
    if not line.strip() or not following.strip() or following[0].isspace():
        return False
    if line.rstrip(CLOSERS)[-1:] in SENTENCE_END or (
            width(line) if line_width is None else line_width) < FULL_LINE_SHARE * full:
        return False
    if opens_heading(following):
        return False
    # A heading line (一、 (一) 第一部分, no sentence in it) that fills the width, then a full line:
    # a heading and its paragraph. A heading that wraps goes on in a short line (…融合⏎提档), or
    # ends a few characters into the next one when the paragraph follows on its line (…项目⏎后劲足。推动…).
    heading_only = opens_heading(line, HEADING_LINE_TYPES) and not any(ch in line for ch in SENTENCE_END)
    if not heading_only or width(following) < FULL_LINE_SHARE * full:
        return True
    tail = next((i for i, ch in enumerate(following) if ch in SENTENCE_END), None)
    return tail is not None and tail <= HEADING_TAIL_MAX


_FULLWIDTH = {cp: cp - 0xFEE0 for cp in range(0xFF01, 0xFF5F)}  # （二） reads as (二), as in the normalised view
HEADING_PROBE = 16  # characters of a line's start looked at for a heading's numbering


# Marker types (section_markers.tsv) that number headings standing on a line of their own; the
# others (一是, 1., ①) as often open a paragraph of prose.
HEADING_LINE_TYPES = ("cn_part", "cn_dun", "cn_paren")
# At most this many characters of a heading run on into the next line before its sentence end.
HEADING_TAIL_MAX = 24


def opens_heading(line: str, types: tuple[str, ...] | None = None) -> bool:
    """Whether ``line`` opens with a heading's numbering (section_markers.tsv), of one of
    ``types`` if given."""
    first = _heading_first(types)
    if first is not None and first.match(line[:1].translate(_FULLWIDTH)) is None:
        return False  # (most lines: no numbering can start with their first character)
    return _heading_start(types).match(line[:HEADING_PROBE].translate(_FULLWIDTH)) is not None


@lru_cache(maxsize=4)
def _heading_start(types: tuple[str, ...] | None) -> re.Pattern[str]:
    rows = [row for row in load_table("section_markers") if types is None or row["type"] in types]
    return re.compile("|".join(f"(?:{row['pattern'].replace('(?P<n>', '(?:')})" for row in rows))


@lru_cache(maxsize=4)
def _heading_first(types: tuple[str, ...] | None) -> re.Pattern[str] | None:
    """The characters a heading's numbering of ``types`` can start with, as a class (None when
    they cannot be told): a line opening with another one is told apart at once."""
    first = first_chars(_heading_start(types).pattern)
    return re.compile(f"[{first}]") if first else None


def layout_breaks(text: str) -> set[int]:
    """Offsets of the line breaks in ``text`` that its layout made, if the text is wrapped by
    one (``WRAPPED_SHARE`` of its lines wrap); otherwise none."""
    if len(text) > WRAPPED_MEAN_LINE * (text.count("\n") + 1):
        return set()  # paragraphs, not a page's lines (and a 50 MB report is not split up for nothing)
    lines = text.split("\n")
    if not _may_wrap(lines):
        return set()
    if _ASTRAL.search(text) is None:  # each line measured once, as `width` measures it:
        # its length, and once more the characters that are wide (not left once they are taken out)
        narrow = _wide_runs().sub("", text).split("\n")
        widths = [2 * len(line) - len(rest) for line, rest in zip(lines, narrow)]
    else:
        widths = [width(line) for line in lines]
    full = usual_width(lines, widths)
    least = FULL_LINE_SHARE * full  # a narrower line does not wrap (`wraps`): not asked
    breaks, pos = set(), 0
    for line, following, line_width in zip(lines, lines[1:], widths):
        pos += len(line)
        if line_width >= least:
            bare = line.rstrip("\r")  # (a "\r" is one column wide)
            if wraps(bare, following, full, line_width - (len(line) - len(bare))):
                breaks.add(pos)
        pos += 1
    counted = sum(1 for line in lines if line.strip())
    wrapped = len(breaks) >= max(WRAPPED_MIN_LINES, WRAPPED_SHARE * counted)
    return breaks if wrapped else set()


def _may_wrap(lines: list[str]) -> bool:
    """Whether enough of ``lines`` may wrap for `layout_breaks` to find a layout, told without
    measuring them: a line is at most twice as wide as it is long and at least as wide, so the
    usual full width is at least the same quantile of the lines' lengths, and a line shorter than
    FULL_LINE_SHARE of that, halved, is too narrow to wrap. Nor does a line wrap that ends a
    sentence, or before an empty or indented one (`wraps`). False: none of the text's breaks is
    a layout's (most texts, written in paragraphs with headings of their own)."""
    lengths = sorted(len(line) for line in lines if line.strip())
    if not lengths:
        return False
    least = FULL_LINE_SHARE * lengths[math.ceil(FULL_LINE_QUANTILE * (len(lengths) - 1))] / 2
    may = sum(1 for line, following in zip(lines, lines[1:])
              if len(line) >= least and following[:1].strip() and line.strip()
              and line.rstrip("\r").rstrip(CLOSERS)[-1:] not in SENTENCE_END)
    return may >= max(WRAPPED_MIN_LINES, WRAPPED_SHARE * len(lengths))


# A page whose lines hold two or more columns side by side (a yearbook page a PDF reader printed line
# by line across the columns): a run of at least COLUMN_GAP spaces stands inside the line between two
# pieces of text on at least COLUMN_LINES lines making COLUMN_SHARE of the lines with text. Looked at
# in the first COLUMN_SAMPLE characters (a layout is the same on every page).
COLUMN_GAP = 6
COLUMN_LINES = 3
COLUMN_SHARE = 0.3
COLUMN_SAMPLE = 200_000
_COLUMN_GAP_LINE = re.compile(r"\S {%d,}\S[^\n]*" % COLUMN_GAP)  # one match a line at most: it eats the rest
_TEXT_LINE = re.compile(r"\S[^\n]*")


def side_by_side_columns(text: str) -> bool:
    """Does ``text`` print columns side by side on its lines (``木里年鉴 … 1685 人次,急诊``)? Indents
    at a line's start do not count, nor a gap on a line or two (a heading and its page number)."""
    sample = text[:COLUMN_SAMPLE]
    if " " * COLUMN_GAP not in sample:
        return False
    gapped = len(_COLUMN_GAP_LINE.findall(sample))
    if gapped < COLUMN_LINES:
        return False
    return gapped >= COLUMN_SHARE * len(_TEXT_LINE.findall(sample))


COLUMN_ALIGN = 4  # characters a column's pieces may stand off its left edge (an indent, a heading's mark)
_COLUMN_PIECE = re.compile(r"\S+(?: {1,%d}\S+)*" % (COLUMN_GAP - 1))  # text up to a gap of COLUMN_GAP spaces


def column_pieces(text: str) -> list[tuple[int, int]]:
    """The pieces of a page printed in columns side by side, in reading order: each column top to
    bottom, the left one first. A piece is a line's text between two gaps of at least COLUMN_GAP
    spaces; its column is told by where it starts on its line, against the left edges that pieces
    of at least COLUMN_LINES lines share. A line flush left of the first column (a page's header,
    ``Page 359``, a heading across the page) ends the columns above it: those below start afresh.
    Empty when fewer than two columns are found."""
    lines: list[list[tuple[int, int, int]]] = []  # per line: (column position, start, end)
    counts: dict[int, int] = {}
    pos = 0
    for line in text.split("\n"):
        pieces = [(m.start(), pos + m.start(), pos + m.end()) for m in _COLUMN_PIECE.finditer(line)]
        lines.append(pieces)
        for col, _, _ in pieces:
            counts[col] = counts.get(col, 0) + 1
        pos += len(line) + 1
    edges: list[int] = []  # each the commonest start of a cluster of starts COLUMN_ALIGN apart at most
    cluster: list[int] = []
    for col in sorted(counts) + [-1]:
        if cluster and col >= 0 and col - cluster[0] <= COLUMN_ALIGN:
            cluster.append(col)
            continue
        if cluster and sum(counts[c] for c in cluster) >= COLUMN_LINES:
            edges.append(max(cluster, key=lambda c: (counts[c], -c)))
        cluster = [col]
    if len(edges) < 2:
        return []
    out: list[tuple[int, int]] = []
    block: list[list[tuple[int, int, int]]] = []

    def flush() -> None:
        for c in range(len(edges)):
            for pieces in block:
                out.extend((a, b) for col, a, b in pieces if _edge(edges, col) == c)
        block.clear()

    for pieces in lines:
        if pieces and pieces[0][0] < edges[0] - COLUMN_ALIGN:
            flush()
            out.extend((a, b) for _, a, b in pieces)
        else:
            block.append(pieces)
    flush()
    return out


def _edge(edges: list[int], col: int) -> int:
    """The column a piece starting at ``col`` on its line stands in."""
    return max(0, bisect.bisect_right(edges, col + COLUMN_ALIGN) - 1)
