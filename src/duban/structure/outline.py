"""Stage ``structure``: title, organisation, periods, type, parts and the section tree.

Works on the normalised view (``doc.norm``: simplified, half-width, chrome left out) and maps
everything it finds back to ``doc.original`` with ``doc.norm_span``. The order matters: the
title is read first (it must not count as a heading), then the periods it names (they decide
headings such as ``三、2021年重点工作``), then headings, parts, and what the parts add.

Headings (section_markers.tsv) are numbered (一、 (一) 一是 1. 1、 (1) ① 第一,) and may stand at the
start of a line or inside a line after a sentence end, as in one-line web bodies
(``…红榜”。 一、工作开展情况 (一)盘活存量…``). A marker type's level is not fixed: it is the
depth at which the type nests in this document, like outline numbering in a word processor.
Short unnumbered lines naming a part (``2024年工作总结``) are headings too, with marker "".
"""

from __future__ import annotations

import bisect
import re
from functools import lru_cache

from duban.clean.cell_tables import cell_tables, task_tables
from duban.document import Document, Part, Section, Span
from duban.lang.words import first_chars
from duban.structure.header import dated_periods, describe, finish, notice_end, title_lines
from duban.structure.parts import content_plan, find_parts, heading_kinds, lead_plan, task_parts
from duban.structure.text import PUNCT_SET, SENTENCE_END, Heading, compiled, norm_lines, ordinal

TITLE_SOFT_MAX = 40  # a longer heading title is cut at its first comma (一是以更快步伐…,推动…)
TITLE_HARD_MAX = 60
PART_LINE_MAX = 25  # an unnumbered part heading is a short line (2025年工作计划)
OPENING = "“‘(《「【、,，"  # a line ending with these goes on in the next line
CLOSING = "”’)》」】、,，。.;；:：!！?？"  # a line starting with these goes on from the previous one


def _title_end(norm: str, p: int, line_end: int) -> tuple[int, bool]:
    """Where a heading title starting at ``p`` ends, and whether a space ended it.

    A title runs to the sentence end or the line end; in one-line bodies a space after at
    least two characters ends it too (``一、工作开展情况 (一)盘活存量``).
    """
    m = _TITLE_STOP.search(norm, p, line_end)
    while m is not None:
        i = m.start()
        if norm[i] != " ":
            return i, False
        if i - p >= 2:
            return i, True
        m = _TITLE_STOP.search(norm, i + 1, line_end)
    return line_end, False


_TITLE_STOP = re.compile(f"[{re.escape(SENTENCE_END)} ]")  # what may end a heading's title
_TITLE_CUT = re.compile(r"[,，:：]")


def _trim_title(norm: str, start: int, end: int) -> int:
    if end - start > TITLE_SOFT_MAX:
        m = _TITLE_CUT.search(norm, start + 4, end)
        if m:
            end = m.start()
    return min(end, start + TITLE_HARD_MAX)


def _candidate_starts(norm: str) -> list[int]:
    """Offsets where a numbered heading may start: line starts and sentence ends (past the white
    space after them), where a character a marker can start with stands (most have none)."""
    text_start, line_start, after_stop = _start_patterns()
    starts = {m.end() for m in line_start.finditer(norm)}
    if m := text_start.match(norm):
        starts.add(m.end())
    starts.update(m.end() for m in after_stop.finditer(norm))
    return sorted(starts)


@lru_cache(maxsize=1)
def _start_patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """The text's start past its white space, a line break past the white space after it, and a
    sentence end past the white space after it, each followed by a character a marker of
    section_markers.tsv can start with (all positions when those cannot be told). (A line's start
    is found by its break, which the engine looks for at once, not by ^ at every position.)"""
    first = first_chars(_any_marker().pattern)
    ahead = f"(?=[{first}])" if first else ""
    return (re.compile(rf"[^\S\n]*{ahead}"), re.compile(rf"\n[^\S\n]*{ahead}"),
            re.compile(rf"[。！？；!?;:]\s*{ahead}"))


def _numbered(norm: str) -> list[Heading]:
    """Every numbered heading candidate, in order (sequence checks come later)."""
    markers, types = _markers()
    starts = _candidate_starts(norm)
    found: list[Heading] = []
    i = 0
    while i < len(starts):
        p = starts[i]
        i += 1
        if not (m := markers.match(norm, p)):
            continue  # no marker of any type here (most sentence ends)
        marker_type, number = types[m.lastgroup]
        line_end = norm.find("\n", p)  # (looked for only where a marker stands: a few per report)
        if line_end < 0:
            line_end = len(norm)
        t0 = _past_spaces(norm, m.end(), line_end)
        t1, by_space = _title_end(norm, t0, line_end)
        t1 = _trim_title(norm, t0, t1)
        n = ordinal(m.group(number))
        if t1 > t0 and n is not None:
            found.append(Heading(marker_type, n, p, m.end(), t0, t1, inline=not _opens_line(norm, p)))
            if by_space:  # an inline heading may follow right after this one
                nxt = _past_spaces(norm, t1, line_end)
                k = bisect.bisect_left(starts, nxt, lo=i)  # (starts[i:] are in order)
                if nxt < line_end and (k == len(starts) or starts[k] != nxt):
                    starts.insert(k, nxt)
    return found


@lru_cache(maxsize=1)
def _markers() -> tuple[re.Pattern[str], dict[str, tuple[str, str]]]:
    """The markers of section_markers.tsv as one pattern, each in a group of its own, and by group
    the marker's type and the group of its number: at a position, the pattern finds what the first
    marker in the table's order that matches there finds (one match a position, not one a type)."""
    groups, types = [], {}
    for k, (row, pattern) in enumerate(compiled("section_markers")):
        groups.append(f"(?P<marker{k}>{pattern.pattern.replace('(?P<n>', f'(?P<n{k}>')})")
        types[f"marker{k}"] = (row["type"], f"n{k}")
    return re.compile("|".join(groups)), types


_SPACES = re.compile(" *")
_WHITE_SPACE = re.compile(r"\s*")


def _past_spaces(norm: str, i: int, end: int) -> int:
    """Where the spaces from ``i`` on end (``end`` at most): a match, not a copy of the rest of a
    line, which may be a whole one-line body."""
    return _SPACES.match(norm, i, end).end()


CONTENTS_SEPARATORS = frozenset(";；,，、")


def _without_contents_lists(norm: str, found: list[Heading]) -> list[Heading]:
    """``found`` without the inline lists of a report's contents (报告共分为四个部分:一、政府工作回顾;二、…;
    三、…): two or more inline headings of one type counting on, each title followed by nothing but a
    separator before the next marker. Headings have a body between them; a list of contents has none."""
    listed: set[int] = set()
    for h, g in zip(found, found[1:]):
        if h.inline and g.inline and g.type == h.type and g.n == h.n + 1 \
                and g.start - h.title_end == 1 and norm[h.title_end] in CONTENTS_SEPARATORS:
            listed.update((id(h), id(g)))
    return [h for h in found if id(h) not in listed] if listed else found


def _opens_line(norm: str, p: int) -> bool:
    """Is ``p`` where its line's text starts (nothing but white space before it on the line)?"""
    line_start = norm.rfind("\n", 0, p) + 1
    return line_start == p or _WHITE_SPACE.match(norm, line_start, p).end() == p  # (no copy of the line)


@lru_cache(maxsize=1)
def _any_marker() -> re.Pattern[str]:
    """Any marker of section_markers.tsv: one test before each pattern is tried in turn."""
    return re.compile("|".join(f"(?:{pattern.pattern.replace('(?P<n>', '(?:')})"
                               for _, pattern in compiled("section_markers")))


def _fragment(prev: str, nxt: str) -> bool:
    """A short line cut out of a sentence (web copies break lines at links: 研发\n百人计划\n，开展)."""
    prev, nxt = prev.strip(), nxt.strip()
    return (prev[-1:] != "" and prev[-1:] in OPENING) or (nxt[:1] != "" and nxt[:1] in CLOSING)


LABEL_MAX = 12  # characters of a news subheading's label before its colon (2023年成绩单:…)
HEADLINE_MAX = 40  # … and of the whole subheading
_SENTENCE_PUNCT = frozenset("。；;!?！？")


def _labelled_headline(s: str) -> str | None:
    """The label of a news item's subheading written label:headline (2023年成绩单:产业集群壮大 开启…新篇章),
    or None: a short label, then a headline without a sentence's stops, on a line of its own."""
    if ":" not in s and "：" not in s:
        return None  # (most lines: no label)
    at = min((i for i in (s.find(":"), s.find("：")) if i > 0), default=-1)
    if at < 0 or at > LABEL_MAX or len(s) > HEADLINE_MAX or not _SENTENCE_PUNCT.isdisjoint(s) \
            or not s[at + 1 :].strip():
        return None  # (重点工作任务: with nothing after it leads a list, as before)
    return s[:at]


def _part_lines(doc: Document, skip: list[tuple[int, int]]) -> list[Heading]:
    """Short unnumbered lines that name exactly one part (2024年工作总结, 2023年主要工作)."""
    found = []
    lines = norm_lines(doc.norm)
    for i, line in enumerate(lines):
        s = line.text.strip()
        if len(s) > HEADLINE_MAX:
            continue  # too long for a part's line, or a subheading whose label would name one
        if (label := _labelled_headline(s)) is not None:
            s = label  # 2024预期目标:五大产业集群总产值突破1100亿, a news item's subheading: its label names the part
        if not s or len(s) > PART_LINE_MAX or not PUNCT_SET.isdisjoint(s):
            continue
        if any(a <= line.start < b for a, b in skip):
            continue
        if _fragment(lines[i - 1].text if i else "", lines[i + 1].text if i + 1 < len(lines) else ""):
            continue
        if notice_end(s):
            continue  # 社会发展计划的通知: the end of a notice's title, not a part
        if len(heading_kinds(s, ("top", "any"))) == 1:
            start = line.start + len(line.text) - len(line.text.lstrip())
            found.append(Heading("", 0, start, start, start, start + len(s)))
    return found


def _outline(headings: list[Heading]) -> list[Heading]:
    """Keep headings whose numbering counts on, and give each its depth.

    A marker type already open on the stack continues it (n = previous + 1) or restarts it
    (n = 1); a new type must start at 1 and nests one deeper, except that it first closes
    inline list items (…。五是… then a line （一）) and types it has been seen above before.
    A part heading closes everything.
    """
    stack: list[Heading] = []
    above: set[tuple[str, str]] = set()  # (ancestor type, descendant type) seen so far
    kept = []
    for h in sorted(headings, key=lambda h: h.start):
        if h.type == "":
            stack = []
        else:
            k = next((i for i, s in enumerate(stack) if s.type == h.type), None)
            if k is not None:
                if h.n not in (stack[k].n + 1, 1):
                    continue
                del stack[k:]
            elif h.n != 1 and (kept or h.inline):  # an excerpt may open with 二、; nothing else may
                continue
            else:
                while stack and ((stack[-1].inline and not h.inline) or (h.type, stack[-1].type) in above):
                    stack.pop()
        above.update((s.type, h.type) for s in stack)
        stack.append(h)
        h.level = len(stack)
        kept.append(h)
    return kept


def _sections(doc: Document, headings: list[Heading]) -> list[Section]:
    end_of_body = len(doc.norm)
    roots: list[Section] = []
    open_: list[Section] = []
    # A section ends where the next heading of its level or above starts: one pass, a stack of
    # the headings still open (their levels rise from the bottom up).
    ends = [end_of_body] * len(headings)
    waiting: list[int] = []
    for j, g in enumerate(headings):
        while waiting and headings[waiting[-1]].level >= g.level:
            ends[waiting.pop()] = g.start
        waiting.append(j)
    to_original = doc.norm_map.bounds if doc.norm_map is not None else lambda a, b: (a, b)
    for i, h in enumerate(headings):
        end = ends[i]
        t0, t1 = to_original(h.title_start, h.title_end)
        m0, m1 = to_original(h.start, h.marker_end) if h.type else (0, 0)
        section = Section(
            title=doc.original[t0:t1].strip(),
            marker=doc.original[m0:m1] if h.type else "",
            level=h.level,
            span=Span(*to_original(h.start, end)),  # (as doc.norm_span maps them)
            heading=Span(*to_original(h.start, h.title_end)),
        )
        del open_[h.level - 1 :]
        (open_[-1].children if open_ else roots).append(section)
        open_.append(section)
    return roots


PLAN_TYPE = "计划"  # doc_types.tsv: a plan, a work outline (计划, 思路, 要点, 安排)


def structure(doc: Document) -> Document:
    """Stage ``structure``: fill title, org, periods, doc_type, published, parts and sections."""
    skip = describe(doc) + title_lines(doc)  # title, periods, type, published date, organisation
    # a table printed a cell a line: its header cells (2021年预期目标) and row names are no headings; nor
    # are the cells of a table of a report's tasks (序号⏎重点工作⏎责任单位⏎进展情况)
    skip += [(table.start, table.end) for table in cell_tables(doc.norm)]
    tasks = task_tables(doc.norm)
    skip += [(table.header[0][0], table.end) for table in tasks]
    numbered = [h for h in _without_contents_lists(doc.norm, _numbered(doc.norm))
                if not any(a <= h.start < b for a, b in skip)]
    numbered_starts = {n.start for n in numbered}  # made once: a file of many reports has thousands
    unnumbered = [h for h in _part_lines(doc, skip) if h.start not in numbered_starts]
    headings = _outline(numbered + unnumbered)
    doc.sections = _sections(doc, headings)
    doc.parts = find_parts(doc, headings)
    finish(doc)  # periods and type that only the parts tell
    if not doc.parts and (plans := content_plan(doc, skip)):
        doc.parts = plans  # a body without part headings that reads as a plan (a plan-only page)
        dated_periods(doc)  # … whose date may be all that tells its year
    doc.parts = lead_plan(doc, skip)  # the year's targets announced inside a review or a headline's part
    if not doc.parts and doc.doc_type == PLAN_TYPE and "plan" in doc.periods and "review" not in doc.periods:
        # 某镇2023年工作计划 ⏎ 一、农业 …: a plan whose headings name no part is a plan throughout
        doc.parts = [Part(kind="plan", span=doc.norm_span(0, len(doc.norm)), period=doc.periods["plan"])]
    if tasks:
        doc.parts = task_parts(doc, tasks)  # each row: a task planned for the title's year, its progress so far
        years = {p.period for p in doc.parts if p.kind == "plan" and p.period}
        if len(years) == 1:
            doc.periods = {"review": next(iter(years)), "plan": next(iter(years))}
    return doc


__all__ = ["structure"]
