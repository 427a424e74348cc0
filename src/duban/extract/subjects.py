"""The subject of a quantity: the short phrase of the text that names what it measures.

Chinese reports put the measured thing in one of two places:

- before the number, as the object of a verb: ``实现村集体经济总收入1151.63万元``,
  ``签约率均达100%``;
- after the measure word, as the counted noun: ``930亩土地20幢房屋``, ``发放鸭苗114只``
  (before) vs ``为19户低收入农户`` (after).

So the subject is the counted noun right after the unit when there is one, else the
clause before the number, with the verbs and adverbs that introduce it trimmed
(``lang/zh/subject_trim.tsv``). A change or share with nothing before it in its clause
(``…29.74亿元,同比增长31.3%``) measures the same thing as the fact before it.
"""

from __future__ import annotations

import bisect
from functools import lru_cache
from typing import TYPE_CHECKING

from duban.lang import load_table

if TYPE_CHECKING:
    from duban.extract.quantities import Quantity

CLAUSE_BREAKS = frozenset("，,；;。！？!?：:\n()（）、|“”\"《》")
MAX_LEFT = 16  # characters of the clause before the number
MAX_RIGHT = 10  # characters of the counted noun after the unit


@lru_cache(maxsize=1)
def _trims() -> tuple[list[str], list[str]]:
    rows = load_table("subject_trim")
    head = sorted((r["word"] for r in rows if r["side"] == "head"), key=len, reverse=True)
    tail = sorted((r["word"] for r in rows if r["side"] == "tail"), key=len, reverse=True)
    return head, tail


def trim_head(text: str, start: int, end: int) -> int:
    head, _ = _trims()
    changed = True
    while changed and end > start:
        changed = False
        for w in head:
            if text.startswith(w, start) and end - start > len(w):
                start, changed = start + len(w), True
                break
    while start < end and text[start] in " 的":
        start += 1
    return start


def trim_tail(text: str, start: int, end: int) -> int:
    _, tail = _trims()
    changed = True
    while changed and end > start:
        changed = False
        for w in tail:
            if text.endswith(w, start, end) and end - start > len(w):
                end, changed = end - len(w), True
                break
    while end > start and text[end - 1] in " 的":
        end -= 1
    return end


def trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Shrink ``[start, end)`` of ``text`` past the introducing words at either edge."""
    start = trim_head(text, start, end)
    return start, trim_tail(text, start, end)


def _left(text: str, q: "Quantity", spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The clause before ``q`` as spans, other quantities inside it left out."""
    parts, pos, budget = [], q.start, MAX_LEFT
    k = bisect.bisect_left(spans, (q.start, q.start)) - 1
    while pos > 0 and budget > 0:
        prev_end = spans[k][1] if k >= 0 else -1
        i = pos
        while i > 0 and i > prev_end and text[i - 1] not in CLAUSE_BREAKS and pos - i < budget:
            i -= 1
        if i < pos:
            parts.append((i, pos))
        budget -= pos - i
        if k >= 0 and i == prev_end:
            pos, k = spans[k][0], k - 1  # jump over the quantity before and go on
            continue
        break
    parts.reverse()
    if parts:  # trim the outer edges of the whole phrase
        parts[0] = (trim_head(text, *parts[0]), parts[0][1])
        parts[-1] = (parts[-1][0], trim_tail(text, *parts[-1]))
    return [(a, b) for a, b in parts if b > a]


def _right(text: str, q: "Quantity", spans: list[tuple[int, int]]) -> tuple[int, int]:
    k = bisect.bisect_right(spans, (q.end, q.end))
    limit = spans[k][0] if k < len(spans) else len(text)
    i = q.end
    while i < limit and text[i] not in CLAUSE_BREAKS and i - q.end < MAX_RIGHT:
        i += 1
    return trim(text, q.end, i)


def subject_spans(
    text: str, q: "Quantity", neighbours: list["Quantity"] | None = None
) -> list[tuple[int, int]]:
    """Spans of ``text`` that together name what ``q`` measures (empty when nothing does)."""
    spans = [(n.start, n.end) for n in neighbours] if neighbours else []
    if q.kind in ("amount", "duration"):
        r0, r1 = _right(text, q, spans)
        if r1 > r0 and text[r0] not in "的以":
            return [(r0, r1)]
    left = _left(text, q, spans)
    if left:
        return left
    if q.kind in ("amount", "duration"):
        r0, r1 = _right(text, q, spans)
        while r0 < r1 and text[r0] in "的以":
            r0 += 1
        if r1 > r0:
            return [(r0, r1)]
    return []
