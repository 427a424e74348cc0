"""The functional parts of a report: review, problems, plan (parts.tsv).

A part starts at a heading that names it (一、2024年工作总结, （五）存在问题, an unnumbered line
2025年工作计划) or at a paragraph that opens it (在肯定成绩的同时…), and runs to the start of the
next part; text before the first part (the preamble) belongs to none. Top-scope words (总结, 计划 …)
count only in top-level headings, where they name a part rather than a topic; problem words count
at any level, since reports often put 存在问题 inside the review.

A body with no part heading at all (a page holding only the plan of a reprinted report, a plan
published on its own) is read by its wording (`content_plan`, part_cues.tsv): each paragraph is
labelled plan or review by the cues it holds (今年…要, 主要预期目标, 确保/力争 against 过去一年,
比上年, 实现了); the plan part starts at the first plan paragraph after the last review one, when
enough plan paragraphs follow, or when one of them is a lead that announces the year's targets
(2023年…主要预期目标是:, 2024年工作思路和重点任务): a news item quotes a report's target list in a
paragraph or two, or as short lines under the lead. A page that only reviews gets none. A page
that names no year (今年的市政府工作报告…主要预期目标是:) is read by the cues that name none; its
plan part has no period.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from functools import lru_cache

from duban.clean.cell_tables import TaskTable
from duban.document import Document, Part, Span
from duban.lang import load_table
from duban.structure.text import CJK_RUN, YEAR, Heading, NormLine, compiled, norm_lines, planned_year

PARAGRAPH_MIN = 20  # Chinese characters for a line to count as a paragraph of the body (not a menu or title)
NO_YEAR = "(?!)"  # stands for {Y} and {R} when the page names no year: those cues match nothing
PLAN_PARAGRAPHS = 3  # plan paragraphs needed after the last review one for a plan part by content
ALONE_CUES = 3  # plan cues a body run together into one paragraph needs to read as a plan
TARGET_LIST_CUES = 5  # target figures in one paragraph with no review cue that make it a list of targets
PLAN_DOMINANCE = 2  # … and their plan cues must outnumber their review cues this many times
OPENER_WITHIN = 30  # an opener stands within the first characters of its paragraph
KIND_ORDER = ("problems", "review", "plan")  # a heading naming two kinds: problems first, then year, then the last named


@lru_cache(maxsize=64)
def part_patterns(kind: str, scopes: tuple[str, ...]) -> tuple[re.Pattern[str], ...]:
    """The patterns of ``kind`` in ``scopes``; a plan's include the words of a year's work (kind work)."""
    kinds = (kind, "work") if kind == "plan" else (kind,)
    return tuple(p for row, p in compiled("parts") if row["kind"] in kinds and row["scope"] in scopes)


def part_kinds(text: str, scopes: tuple[str, ...]) -> list[str]:
    """The part kinds whose words ``text`` contains, in KIND_ORDER."""
    return [k for k, pattern in _kind_patterns(scopes) if pattern.search(text)]


@lru_cache(maxsize=16)
def _kind_patterns(scopes: tuple[str, ...]) -> tuple[tuple[str, re.Pattern[str]], ...]:
    """`any_part_pattern` of each kind in KIND_ORDER (read for every heading and short line)."""
    return tuple((k, any_part_pattern(k, scopes)) for k in KIND_ORDER)


def heading_kinds(title: str, scopes: tuple[str, ...]) -> list[str]:
    """`part_kinds` of a heading, where a year's work (主要工作) beside review words is the work done
    (一、过去一年的主要工作), not a plan."""
    kinds = part_kinds(title, scopes)
    if "plan" in kinds and "review" in kinds:
        without_work = part_kinds(any_part_pattern("work", scopes).sub("", title), scopes)
        if "plan" not in without_work and "review" in without_work:
            return without_work
    return kinds


@lru_cache(maxsize=64)
def any_part_pattern(kind: str, scopes: tuple[str, ...]) -> re.Pattern[str]:
    """What any of `part_patterns` finds, as one pattern (a text is searched once per kind)."""
    return re.compile("|".join(f"(?:{p.pattern})" for p in part_patterns(kind, scopes)) or "(?!)")


def _kind(title: str, top: bool, periods: dict[str, str]) -> str | None:
    scopes = ("top", "any") if top else ("any",)
    kinds = heading_kinds(title, scopes)
    year = m.group() if (m := YEAR.search(title)) else ""
    if kinds == ["plan"] and year and periods.get("review") == year and not periods.get("plan", "").startswith(year) \
            and not part_kinds(any_part_pattern("work", scopes).sub("", title), scopes):
        return "review"  # 一、2021年主要工作 in a report reviewing 2021: the year's main work, done
    if len(kinds) > 1 and "problems" not in kinds:
        for kind in ("review", "plan"):  # 2021年重点工作 in a report planning 2021 is plan
            if year and periods.get(kind, "").startswith(year):
                return kind
        # no year decides: the words named last (“十三五”时期发展成就和“十四五”时期主要目标任务 goes on
        # to the plan; 主要工作及成效 and 计划执行情况 are reviews)
        return max(kinds, key=lambda k: max(m.end() for m in any_part_pattern(k, scopes).finditer(title)))
    return kinds[0] if kinds else None


def find_parts(doc: Document, headings: list[Heading]) -> list[Part]:
    starts: list[tuple[int, str, int, int]] = []  # (part start, kind, heading start, heading end) in norm
    for h in headings:
        kind = _kind(doc.norm[h.title_start : h.title_end], h.level == 1, doc.periods)
        if kind:
            starts.append((h.start, kind, h.start, h.title_end))
    openers = part_patterns("problems", ("opener",))
    any_opener = any_part_pattern("problems", ("opener",))  # (most lines hold none: one search tells)
    any_end = any_part_pattern("end", ("line",))  # matches a whole line as one of the ends does
    inside = {h.start for h in headings}
    for line in norm_lines(doc.norm):
        if any_end.fullmatch(line.text.strip()):
            starts.append((line.start, "end", line.start, line.start + len(line.text)))
            continue
        if line.start in inside or not any_opener.search(line.text, 0, OPENER_WITHIN + 10):
            continue
        for pattern in openers:
            m = pattern.search(line.text, 0, OPENER_WITHIN + 10)
            if m and m.start() <= OPENER_WITHIN:
                starts.append((line.start, "problems", line.start + m.start(), line.start + m.end()))
                break
    starts.sort()
    merged = [s for i, s in enumerate(starts) if i == 0 or s[1] != starts[i - 1][1]]
    parts = []
    for i, (start, kind, h0, h1) in enumerate(merged):
        if kind == "end":
            continue  # 名词解释: the report is over; what follows belongs to no part
        end = merged[i + 1][0] if i + 1 < len(merged) else len(doc.norm)
        parts.append(Part(kind=kind, span=doc.norm_span(start, end), heading=doc.norm_span(h0, h1)))
    return parts


@lru_cache(maxsize=32)
def _cues(plan_year: str, review_year: str) -> dict[str, tuple[re.Pattern[str], ...]]:
    kinds = ("plan", "review", "lead", "announces", "review_opening")
    out: dict[str, list[re.Pattern[str]]] = {kind: [] for kind in kinds}
    for row in load_table("part_cues"):
        pattern = re.compile(row["pattern"].replace("{Y}", plan_year).replace("{R}", review_year))
        out["lead" if row["kind"] == "lead_list" else row["kind"]].append(pattern)
        if row["kind"] == "lead":
            out["announces"].append(pattern)
    return {k: tuple(v) for k, v in out.items()}


def paragraph_kind(text: str, plan_year: str, review_year: str) -> tuple[str, int, int]:
    """``(kind, plan cues, review cues)`` of one paragraph: kind is plan or review when that
    kind's cues (part_cues.tsv; a lead counts as a plan cue) outnumber the other's, else ""; a
    paragraph that opens on the reviewed year (review_opening) and announces no targets reviews."""
    cues = _cues(plan_year, review_year)
    plan = sum(len(p.findall(text)) for p in cues["plan"] + cues["lead"])
    review = sum(len(p.findall(text)) for p in cues["review"])
    if any(p.match(text) for p in cues["review_opening"]) and not any(p.search(text) for p in cues["announces"]):
        # 去年,该省…社会消费品零售总额增长4%左右: a paragraph opening on the reviewed year reviews it, its
        # estimates written as targets are (增长X%左右)
        return "review", plan, review
    return ("plan" if plan > review else "review" if review > plan else ""), plan, review


def is_lead(text: str, plan_year: str, announcing: bool = False) -> bool:
    """Does a paragraph announce the plan year's targets or tasks (a lead, part_cues.tsv)?
    ``announcing``: in words (主要预期目标是:), not only by a list of target figures (lead_list)."""
    return any(p.search(text) for p in _cues(plan_year, "")["announces" if announcing else "lead"])


def _cue_years(doc: Document) -> tuple[str, str]:
    """The plan and review years the cues' {Y} and {R} stand for (NO_YEAR for both on a news page
    that says 今年 and no year: the cues that name no year still read it)."""
    plan_year = (doc.periods.get("plan") or "")[:4]
    reviewed = doc.periods.get("review") or ""
    if not plan_year.isdigit() and reviewed.isdigit() and len(reviewed) == 4:
        # a page that names the year it reviews and no plan year (东网: 2024年,面对…; 今年GDP增长目标…):
        # its plan is the next year's
        return str(int(reviewed) + 1), reviewed
    if not plan_year.isdigit() and doc.published[:4].isdigit() and not doc.periods:
        # a page that names its year nowhere but in its date (news of the sessions), as `finish` reads it
        plan_year = str(planned_year(int(doc.published[:4]), int(doc.published[5:7] or 12)))
    if not plan_year.isdigit():
        return NO_YEAR, NO_YEAR
    return plan_year, (doc.periods.get("review") or "")[:4] or str(int(plan_year) - 1)


def _paragraphs(doc: Document, title: Sequence[tuple[int, int]]) -> Iterator[NormLine]:
    """The body's paragraphs (lines of at least PARAGRAPH_MIN Chinese characters), the title's left out."""
    for line in norm_lines(doc.norm):
        if len(line.text) >= PARAGRAPH_MIN and not any(a <= line.start < b for a, b in title) \
                and sum(map(len, CJK_RUN.findall(line.text))) >= PARAGRAPH_MIN:
            yield line


def content_plan(doc: Document, title: Sequence[tuple[int, int]] = ()) -> list[Part]:
    """The plan parts of a body without part headings, read from its wording (see the module
    docstring), or a page that is a table of tasks; [] when the body does not read as a plan.
    ``title``: norm ranges of the title's lines, which restate a target (…丨2024年四川地区生产总值预期
    增长6%左右) but are no part of the plan."""
    if (table := _task_table(doc)) is not None:
        return [table]
    plan_year, review_year = _cue_years(doc)
    labelled = [(line, *paragraph_kind(line.text, plan_year, review_year)) for line in _paragraphs(doc, title)]
    period = doc.periods.get("plan", "")
    found = []
    # A news item may quote the year's targets and the last year's results in turn (the targets in
    # the lead, again in the speaker's words, then last year's figures): each run of plan paragraphs
    # before the last review one that reads as a plan with no review cue in it, and either quotes
    # target figures or is followed by a review paragraph straight away (not a page's line
    # announcing 街道工作总结及2023年工作思路 above its review)
    last_review = max((i for i, x in enumerate(labelled) if x[1] == "review"), default=-1)
    for first, after in _plan_runs(labelled[: max(last_review, 0)]):
        run = labelled[first:after]
        if not any(x[3] for x in run) and _reads_as_plan(run, plan_year) and (
                labelled[after][1] == "review" or _quotes_targets(doc.norm, run[0][0].start, labelled[after][0].start)):
            found.append(Part(kind="plan", span=doc.norm_span(labelled[first][0].start, labelled[after][0].start),
                              period=period))
    # … and the plan paragraphs after the last review one (对此,南京将重点做好十个方面工作…), to the end
    stretch = labelled[last_review + 1 :]
    first = next((i for i, x in enumerate(stretch) if x[1] == "plan"), None)
    if first is not None and _reads_as_plan(stretch[first:], plan_year, alone=len(labelled) == 1):
        late = Part(kind="plan", span=doc.norm_span(stretch[first][0].start, len(doc.norm)), period=period)
        # the runs before it stay beside it only where they quote target figures (not a session's
        # news that names the report's parts: 二是2024年总体要求和重点任务)
        found = [p for p in found if _quotes_targets(doc.original, p.span.start, p.span.end)] + [late]
    return found


_TARGET_FIGURE = re.compile(r"\d%")


def _quotes_targets(text: str, lo: int, hi: int) -> bool:
    """Does ``text[lo:hi]`` quote a target figure (a rate)?"""
    return _TARGET_FIGURE.search(text, lo, hi) is not None


def _plan_runs(labelled: list[tuple[NormLine, str, int, int]]) -> Iterator[tuple[int, int]]:
    """``(first, after)`` of each run of consecutive plan paragraphs."""
    i = 0
    while i < len(labelled):
        if labelled[i][1] != "plan":
            i += 1
            continue
        j = i
        while j < len(labelled) and labelled[j][1] == "plan":
            j += 1
        yield i, j
        i = j


def _reads_as_plan(stretch: list[tuple[NormLine, str, int, int]], plan_year: str, alone: bool = False) -> bool:
    """Do labelled paragraphs, from a plan paragraph on, read as a plan part: enough plan
    paragraphs (or one lead that announces the list, or the one paragraph of a body run together:
    ``alone``), their plan cues outnumbering the review ones."""
    plan_cues, review_cues = sum(x[2] for x in stretch), sum(x[3] for x in stretch)
    lead = any(x[1] == "plan" and (is_lead(x[0].text, plan_year) or (x[2] >= TARGET_LIST_CUES and not x[3]))
               for x in stretch)  # (a paragraph of target figures and nothing else is a list of targets)
    # a lead announces the list: the lines under it may be short; a news item printed as one
    # paragraph has no other to count
    needed = 1 if lead or (alone and plan_cues >= ALONE_CUES) else PLAN_PARAGRAPHS
    return sum(x[1] == "plan" for x in stretch) >= needed \
        and plan_cues >= PLAN_DOMINANCE * (review_cues if lead else max(1, review_cues))


def lead_plan(doc: Document, title: Sequence[tuple[int, int]] = ()) -> list[Part]:
    """``doc.parts`` with a plan part cut out where a lead announces in words the plan year's targets
    inside a part of another kind (报告指出,2024年长春市经济社会发展主要预期目标是:… under a news headline or a
    review's items read as part headings): the plan part runs from the lead to the end of the part it
    stands in. The parts as they are when a plan part exists or no lead stands in another part."""
    if any(p.kind == "plan" for p in doc.parts):
        return doc.parts
    plan_year, review_year = _cue_years(doc)
    for line in _paragraphs(doc, title):
        if not is_lead(line.text, plan_year, True) or paragraph_kind(line.text, plan_year, review_year)[0] != "plan":
            continue  # (the few lead patterns first: most lines are none)
        at = doc.norm_span(line.start, line.start + 1).start
        out = []
        for part in doc.parts:
            if part.span.start <= at < part.span.end and at > part.span.start:
                out.append(Part(kind=part.kind, span=Span(part.span.start, at), heading=part.heading, period=part.period))
                out.append(Part(kind="plan", span=Span(at, part.span.end), period=doc.periods.get("plan", "")))
            else:
                out.append(part)
        return out if len(out) > len(doc.parts) else doc.parts
    return doc.parts


TABLE_HEAD_LINES = 5  # a table of tasks opens the page: its header row is among the first lines
TABLE_CELL_MAX = 12  # characters of a header cell (主要工作任务), a row's text being longer


def _task_table(doc: Document) -> Part | None:
    """A page that is a table of the year's tasks (序号 | 主 要 工 作 任 务 | 责任单位 |): a header row
    naming a plan's part (parts.tsv, letters spaced apart or not) and no review's; its rows are the
    plan. A table of what was done (主要指标完成情况) is none."""
    for line in norm_lines(doc.norm)[:TABLE_HEAD_LINES]:
        if line.text.count("|") < 2:
            continue
        cells = ["".join(c.split()) for c in line.text.split("|")]
        kinds = [part_kinds(c, ("top",)) for c in cells if 0 < len(c) <= TABLE_CELL_MAX]
        if ["plan"] in kinds and not any("review" in k for k in kinds):
            return Part(kind="plan", span=doc.norm_span(line.start, len(doc.norm)),
                        heading=doc.norm_span(line.start, line.end), period=doc.periods.get("plan", ""))
        return None  # the first table row names no plan: a table of other things
    return None


TASK_YEAR_REACH = 400  # characters before a table of tasks in which its title names the year (2024年…进展情况汇总表)
_TASK_YEAR = re.compile(f"({YEAR.pattern})年")


def task_parts(doc: Document, tables: Sequence[TaskTable]) -> list[Part]:
    """The parts of the tables of a report's tasks and their progress (`clean.cell_tables.task_tables`):
    each row's task is the plan of the year the title above the table names (2024年区政府工作报告重点工作
    进展情况汇总表), and its progress a review of that year so far. The parts elsewhere stay."""
    made: list[Part] = []
    for table in tables:
        start = table.header[0][0]
        years = _TASK_YEAR.findall(doc.norm, max(0, start - TASK_YEAR_REACH), start)
        year = years[-1] if years else doc.periods.get("plan", "")
        for (ta, tb), (pa, pb) in table.rows:
            made.append(Part(kind="plan", span=doc.norm_span(ta, tb), period=year))
            if pb > pa:
                made.append(Part(kind="review", span=doc.norm_span(pa, pb), period=year))
    if not made:
        return doc.parts
    covered = [doc.norm_span(t.header[0][0], t.end) for t in tables]
    kept = [p for p in doc.parts if not any(c.start <= p.span.start < c.end or p.span.start <= c.start < p.span.end
                                            for c in covered)]
    return sorted(kept + made, key=lambda p: p.span.start)


__all__ = ["any_part_pattern", "content_plan", "find_parts", "heading_kinds", "is_lead", "lead_plan", "paragraph_kind", "part_kinds",
           "part_patterns", "task_parts"]
