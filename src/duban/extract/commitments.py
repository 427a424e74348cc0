"""Commitments: what a report promises to do, grounded in its original text.

How it works (the rules, as a table, are in ``docs/tracking.md``):

1. **Where.** Every clause of a plan part (a clause ends at ，：；。 or a line break), and of
   plan-like sentences elsewhere (a future word followed by an intent word: 下半年将…, 明年要…).
   A paragraph of a plan part that opens looking back (过去五年…) is skipped.
2. **Targets.** In a clause, a quantity states a target unless it is a modifier (总投资1000万元的
   项目: 的 follows; 超百亿元特色产业集群: a measure straight before a noun, another quantity to come),
   a baseline (从10万元提高到15万元), an enumeration count (保定、沧州等6个), a rank or a duration.
   Each target gives one commitment: its stretch of the clause, up to the noun it counts.
3. **Without a target.** A clause with an action verb or a strength word and no target is a
   commitment without one (推进村级组织换届工作).
4. **Wording.** Action, object, strength, comparator and deadline come from the tables
   ``commitment_words.tsv`` and ``deadline_words.tsv``; the domain from the facts' lexicon.

Clauses are read into `Statement`s by `duban.extract.statements`, which tracking reads too; the
words come from `duban.extract.wording`. Other stages use ``__all__``: the record and the stage.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any, Callable

from duban.clean.cell_tables import cell_tables, pipe_tables
from duban.document import Document
from duban.extract.context import SectionIndex, domain_of
from duban.extract.indicators import indicator_of
from duban.extract.quantities import Quantity
from duban.extract.statements import (
    CLAUSE_MEMORY, EXPLICIT_YEAR, MIN_OBJECT, SEPARATORS, Statement, clause_spans, clean_object,
    doc_quantities, may_hold_fraction, number_start, plan_ranges, read_statements, sentence_topic,
    strip_frame_words, strip_lead,
)
from duban.extract.wording import starts_pattern, unit_dimension, wording
from duban.place import PLACE_NAME_MAX, division_map

__all__ = ["Commitment", "extract_commitments"]

_CLAUSE_MARK = re.compile(r"[,，:：]")
YEAR_MARK = "年"


_BARE_YEAR = re.compile(r"((?:19|20)\d{2})年(?:度|全年)?")


def _of_earlier_year(norm: str, s: Statement, year: int | None) -> bool:
    """Does a clause that is a year alone, earlier than the plan's, set the time of the sentence
    before the figure (2023年,郑州地区生产总值增长7.4% in a news item on the 2024 plan)? The figure
    states that year's result, not a target; 到2025年, 比2023年 are no year alone."""
    if year is None or norm.find(YEAR_MARK, s.sentence[0], s.clause[0]) < 0:
        return False  # (a year alone is written with 年)
    pieces = _CLAUSE_MARK.split(norm[s.sentence[0] : s.clause[0]])
    years = [m.group(1) for piece in pieces if (m := _BARE_YEAR.fullmatch(piece.strip()))]
    return bool(years) and int(years[-1]) < year


@lru_cache(maxsize=CLAUSE_MEMORY)
def _domain(sentence: str) -> str:
    return domain_of(sentence)[0]
_indicator_of = lru_cache(maxsize=CLAUSE_MEMORY)(indicator_of)


def _squeezed(text: str) -> str:
    """``text`` without its white space (str.split's white space is the regular expressions' \\s)."""
    return "".join(text.split())


# -- records ------------------------------------------------------------------------------------
@dataclass(slots=True)
class Commitment:
    """One thing a report commits to; ``original[start:end] == text`` (the clause stating it)."""

    text: str
    start: int
    end: int
    action: str = ""
    object: str = ""  # what: 高标准农田, 地区生产总值, 村级组织换届
    target_text: str = ""  # the target quantity as written (with a comparator before it), "" if none
    target_start: int | None = None
    target_end: int | None = None
    target_value: float | None = None
    target_unit: str = ""
    target_kind: str = ""  # amount | change | share
    comparator: str = ""  # as written: 以上, 左右, 达到, 不低于, 控制在…左右
    strength: str = ""  # binding | aspirational | ongoing
    deadline: str = ""  # a period: 2024, 2024Q3, 2024-06, 2027
    domain: str = ""
    section: list[str] = field(default_factory=list)
    part: str = ""  # plan, or the part a plan-like sentence stands in
    period: str = ""  # the period of the plan it belongs to
    indicator: str = ""  # the normalised indicator of the object (duban.extract.indicators)

    @property
    def has_target(self) -> bool:
        return self.target_value is not None

    def as_dict(self) -> dict[str, Any]:
        value = self.target_value
        if value is not None and float(value).is_integer():
            value = int(value)
        return {
            "text": self.text, "start": self.start, "end": self.end, "action": self.action, "object": self.object,
            "target_text": self.target_text, "target_start": self.target_start, "target_end": self.target_end,
            "target_value": value, "target_unit": self.target_unit, "target_kind": self.target_kind,
            "comparator": self.comparator, "strength": self.strength, "deadline": self.deadline,
            "domain": self.domain, "section": list(self.section), "part": self.part, "period": self.period,
            "indicator": self.indicator,
        }


DONE_WELL = "好"  # 实施好…: a verb followed by this is done well, not finished


COMPARED_WITH = "比较"  # 比去年增长, 较上年: a base of comparison, not a look back


def _looks_back(norm: str, s: Statement) -> bool:
    """Does the clause before a figure of a plan say it is a past or present state (去年…, 目前…已经,
    kind ``past``), not a target? 比去年增长8% compares with last year: that is a target."""
    return _looks_back_in(norm[s.clause[0] : s.q.start])


@lru_cache(maxsize=CLAUSE_MEMORY)
def _looks_back_in(text: str) -> bool:
    """`_looks_back` of the stretch of a clause before its figure."""
    for m in wording().pattern("past").finditer(text):
        if m.start() == 0 or text[m.start() - 1] not in COMPARED_WITH:
            return True
    return False


_PLACE_RUN = re.compile(r"[\u3400-\u9fff]{2,}")


class OtherPlaces:
    """Is a figure another government's? A news item on a plan often compares places (开封、洛阳等市
    也将2023年GDP增速目标定为7%, 商丘是7.5%左右): a clause that opens with the name of a place
    that is neither the report's organisation, one above it nor one below it, as the clause's
    subject (another place's name, 等市, a year or a copula after it: commitment_words.tsv, kind
    place_subject), states that place's figure. 北京大兴国际机场…完成投资 in Hebei's plan opens with
    a name of a thing, not a subject: it stays; so do the figures of the organisation's own counties."""

    def __init__(self, doc: Document):
        code = (doc.org or {}).get("division_code") if isinstance(doc.org, dict) else None
        self.m = division_map() if code else None
        unit = self.m.with_code(code) if self.m else None
        self.own = {u.id for u in self.m.lineage(unit)} if unit else set()
        self.unit = unit

    def _place(self, text: str) -> tuple[object, int] | None:
        """The current unit (province to county) whose full or short name ``text`` opens with, and its length."""
        return _place_opening(text[:PLACE_NAME_MAX])

    def _foreign(self, units) -> bool:
        """Every unit of the name lies outside the organisation's line (not it, above it or below it)."""
        return not any(u.id in self.own or self.m.is_within(u, self.unit) for u in units)

    def __call__(self, clause: str) -> bool:
        if self.unit is None:
            return False
        text = clause.lstrip(" ,，").removeprefix("而")
        first = self._place(text)
        if first is None or not self._foreign(first[0]):
            return False
        rest = text[first[1]:]
        if rest[:1] == "、":
            nxt = self._place(rest[1:])
            return nxt is not None and self._foreign(nxt[0])
        if re.match(r"(?:19|20)\d{2}年", rest):
            return True
        return wording().at_start("place_subject", rest) is not None


@lru_cache(maxsize=CLAUSE_MEMORY)
def _place_opening(text: str) -> tuple[tuple, int] | None:
    """`OtherPlaces._place`, remembered: clauses open alike."""
    return division_map().opening(text)


class SectionTitles:
    """Offset in the original → titles of the sections containing it, outermost first.

    The chain only changes at a section's start or end, so it is computed once per stretch
    between two such boundaries."""

    def __init__(self, doc: Document):
        self.doc = doc
        self.index: SectionIndex | None = None  # made when first asked for: many reports state no commitment
        self.bounds: list[int] = []
        self.cache: dict[int, list[str]] = {}
        self.deadlines: dict[tuple[int, int | None], str] = {}

    def _index(self) -> SectionIndex:
        if self.index is None:
            self.index = SectionIndex(self.doc.sections)  # a file of many reports has thousands of sections
            self.bounds = sorted(self.doc.section_bounds())
        return self.index

    def __call__(self, offset: int) -> list[str]:
        if self.index is None:
            self._index()
        k = bisect.bisect_right(self.bounds, offset)
        if k not in self.cache:
            self.cache[k] = [sec.title for sec in self.index.path(offset)]
        return list(self.cache[k])

    def deadline(self, offset: int, year: int | None) -> str:
        """The deadline the titles around ``offset`` set, the innermost first ("" for none), once
        per stretch between two boundaries."""
        if self.index is None:
            self._index()
        key = (bisect.bisect_right(self.bounds, offset), year)
        if key not in self.deadlines:
            self.deadlines[key] = next(
                (d for title in reversed(self(offset)) if (d := deadline_of(title, year, title=True))), "")
        return self.deadlines[key]

    def path(self, offset: int) -> list:
        """The sections (outermost first) holding ``offset``, as `Document.section_path` gives them."""
        return self._index().path(offset)


def deadline_of(text: str, year: int | None, title: bool = False) -> str:
    """The period a deadline word in ``text`` names, "" when none (see deadline_words.tsv).

    In a section ``title`` only words marked ``in_titles`` count (二、明年工作计划 names the part)."""
    if YEAR_MARK not in text and wording().deadline_anchor.search(text) is None:
        return ""  # no year (written with 年), no deadline word (each holds one of these characters): most texts
    return _deadline_in(text, year, title)


@lru_cache(maxsize=4096)
def _deadline_in(text: str, year: int | None, title: bool) -> str:
    """`deadline_of` a text that may hold a deadline."""
    m = EXPLICIT_YEAR.search(text) if YEAR_MARK in text else None  # (a year is written with 年)
    if m:
        return m.group(1) or m.group(2)
    if year is None:
        return ""
    w = wording()
    if w.deadline_anchor.search(text) is None:
        return ""  # no deadline word: each holds one of these characters
    for hit in w.deadline_any.finditer(text):
        row = w.deadline_words.get(hit.group())
        if row is not None:  # a word written as in the table
            row_hit, template, in_titles = None, row[0], row[1]
        else:
            for pattern, template, in_titles in w.deadlines:  # which row matched (longest first, as the search)
                row_hit = pattern.fullmatch(hit.group())
                if row_hit:
                    break
            else:
                continue
        if in_titles or not title:
            break
    else:
        return ""
    period = template
    for shift in re.findall(r"\{Y([+-]\d+)?\}", template):
        period = period.replace("{Y%s}" % shift, str(year + int(shift or 0)))
    if "{n}" in period:
        n = row_hit.group("n")
        from duban.extract.numerals import parse_chinese

        month = int(n) if n.isdecimal() else int(parse_chinese(n) or 0)
        period = period.replace("{n}", f"{month:02d}")
    return period


@lru_cache(maxsize=CLAUSE_MEMORY)
def strength_of(clause: str, action: str, has_target: bool) -> str:
    """Aspirational words win over binding ones, binding over ongoing; else the verb decides."""
    w = wording()
    found = {w.value("strength", word) for word in w.pattern("strength").findall(clause)}
    for level in ("aspirational", "binding"):
        if level in found:
            return level
    if has_target:
        return "binding"  # a figure to reach has an end, whatever the verb
    if action and w.value("action", action):
        return w.value("action", action)
    return "ongoing" if "ongoing" in found else ""


_HAS_CJK = re.compile("[\u3400-\u9fff]")
_LATIN_WORD = re.compile("[A-Za-z]{2,}")


def extract_commitments(doc: Document) -> Document:
    """Stage ``commitments``: fill ``doc.commitments`` from the plan parts (and plan-like sentences)."""
    if doc.norm_map is None and not doc.norm:
        from duban.clean.normalise import normalise

        normalise(doc)
    norm = doc.norm
    seen: set[str] = set()
    found: list[Commitment] = []
    sentence_of: dict[int, tuple[int, int]] = {}
    domain_cache: dict[tuple[int, int], str] = {}
    quantities = doc_quantities(doc)
    titles = SectionTitles(doc)
    other_place = OtherPlaces(doc)
    finishing = starts_pattern("finish")  # a clause without a target is one only with such a verb
    for lo, hi, part_kind, period in plan_ranges(doc):
        in_range = quantities.between(lo, hi)
        if not in_range and finishing.search(norm, lo, hi) is None and not may_hold_fraction(norm, lo, hi):
            continue  # no figure and no verb with an end: no clause of the stretch states a commitment
        year = int(period[:4]) if period[:4].isdigit() else None
        spans = clause_spans(norm, lo, hi)
        by_clause: dict[tuple[int, int], list[Statement]] = {}
        previous_target: dict[tuple[int, int], tuple[Statement, Commitment]] = {}  # by sentence
        for s in read_statements(norm, lo, hi, in_range, spans):
            if s.target:
                by_clause.setdefault(s.clause, []).append(s)
        for cs, ce, ss, se in _clauses_to_read(norm, lo, hi, spans, by_clause, finishing):
            if not _HAS_CJK.search(norm, cs, ce) and _LATIN_WORD.search(norm, cs, ce):
                continue  # a translation line, a URL: a report's commitments are written in Chinese (figures
                # alone stay: 15%、15%、 of a 分别 list broken across lines)
            stated = by_clause.get((cs, ce))
            sentence = (ss, se)
            made = []
            if stated is None:
                clause = norm[cs:ce]
                if finishing.search(norm, cs, ce) is None or deliverable(clause) is None:
                    continue  # no deliverable (most clauses): `_without_target` would find none
                c = _without_target(doc, cs, ce, year, titles)
                if c is None:
                    continue
                if _squeezed(clause) + "|" in seen or _states_means(clause):
                    continue  # the same clause twice, without a target (a page that repeats its body)
                made = [c]
            else:
                clause = norm[cs:ce]
                if _states_means(clause):
                    continue
                listed: list[str] = []  # the things a topic lists, one for each figure of a 分别 list
                for i, s in enumerate(stated):
                    previous = previous_target.get(sentence)
                    if len(s.object) < MIN_OBJECT and listed:
                        s.object = listed[i]
                    if len(s.object) < MIN_OBJECT:
                        if cs != ss and not previous:
                            # 实施“规模以上服务业企业倍增计划”，新增78家: the sentence's topic is counted
                            s.object = sentence_topic(norm, sentence, (cs, ce)) or s.object
                            members = _TOPIC_MEMBERS.split(s.object)
                            if len(members) == len(stated) > 1 and _RESPECTIVELY in clause:
                                # 在投资、消费、进出口方面,分别保持增长20%、13%和14%以上: one thing for each figure
                                listed, s.object = members, members[i]
                        elif s.context_start is not None and previous:
                            # 推进保障性安居工程建设，基本建成500万套，新开工700万套以上: the topic the figure
                            # before took
                            s.object = previous[1].object
                        if len(s.object) < MIN_OBJECT:
                            continue  # 为6%以上: nothing says what the figure measures
                    if _YEAR_ONLY.fullmatch(s.object):
                        continue  # 2023年预期目标增长9.5%左右: nothing says what the figure measures
                    if _looks_back(norm, s) or _of_earlier_year(norm, s, year):
                        continue  # 去年居民消费价格涨幅回落到2.6%: last year's figure, no target
                    if other_place.unit is not None and other_place(norm[s.clause[0] : s.q.start]):
                        continue  # 商丘是7.5%左右 in a news item on 郑州's plan: another government's figure
                    if _range_end(norm, s.q) or _compares_before(norm, cs, s.q):
                        continue  # 增长6%-6.5%: the range's upper end; 比上年增加1868亿元: the figure before again
                    c = _from_statement(doc, s, year, previous, titles)
                    made.append(c)
                    previous_target[sentence] = (s, c)
            if not made:
                c = _without_target(doc, cs, ce, year, titles, finishing)
                if c is None:
                    continue
                made = [c]
            squeezed = _squeezed(clause) + "|"
            said_before = None  # the deadline the sentence states before the clause, when asked for
            for n, c in enumerate(made):
                # 新增城镇就业5000人、农村劳动力转移就业5000人: two equal figures of one clause are two
                key = squeezed + c.target_text + (f"|{n}" if n else "")
                c.indicator = _indicator_of(c.object)
                if key in seen and not (c.target_text and len(c.indicator) >= RESTATED_NAME):
                    continue  # the same clause twice (a page that repeats its body); a target with a name is
                    # left to `_without_restatements`, which keeps the one of the fullest list
                seen.add(key)
                if not c.deadline:
                    # a deadline stated earlier in the sentence, else in the titles of the sections around
                    if said_before is None:
                        said_before = (cs > ss and deadline_of(norm[ss:cs], year)) or ""
                    c.deadline = said_before or titles.deadline(c.start, year)
                domain = domain_cache.get(sentence)
                if domain is None:
                    domain = domain_cache[sentence] = _domain(norm[ss:se])
                c.domain = domain
                c.part, c.period = part_kind, period
                found.append(c)
                sentence_of[id(c)] = sentence
    found = _without_restatements(found, sentence_of, norm)
    tabled = _table_targets(doc, quantities, titles)
    if tabled:  # a table's target column: its rows name what the targets measure, its cells say nothing
        taken = {c.target_start for c in tabled}
        found = [c for c in found if c.target_start not in taken] + tabled
    found.sort(key=lambda c: (c.start, c.target_start or 0))
    doc.commitments = found
    return doc


_YEAR_IN_HEADER = re.compile(r"((?:19|20)\d{2})年")
_YEAR_ONLY = re.compile(r"(?:19|20)\d{2}年度?")


def _table_targets(doc: Document, quantities, titles: SectionTitles) -> list[Commitment]:
    """Commitments from the column of targets of a table printed as text (``clean.cell_tables``:
    序号 | 指标名称 | 单位 | 目标 | 上半年实绩 |, or a cell a line), wherever it stands: a half year's
    report restates the year's targets beside what was done. Each row's name is the object, its
    target cell's figure the target; the year is the header's (2024年目标) or the report's."""
    norm = doc.norm
    tables = (pipe_tables(norm) if "|" in norm else []) + cell_tables(norm)  # (a | line needs a |)
    out: list[Commitment] = []
    plan_year = doc.periods.get("plan", "")[:4]
    part_at = doc.part_finder()
    w = wording()
    for table in tables:
        for column, kind in enumerate(table.kinds):
            if kind != "target":
                continue
            named = _YEAR_IN_HEADER.search(norm, *table.header[column])
            part = part_at(doc.norm_span(*table.header[column]).start)
            year = named.group(1) if named else (part.period if part else "")[:4] or plan_year
            if plan_year.isdigit() and year.isdigit() and year < plan_year:
                continue  # a year-end review's table of the reviewed year's targets: met or not, no longer ahead
            for row in table.rows:
                (na, nb), (a, b) = row[table.name_column], row[column]
                q = next((q for q in quantities.between(a, b) if q.end <= b), None)
                if q is None or b <= a:
                    continue
                st = Statement(q, (row[0][0] or na, b), (row[0][0] or na, b), na, b,
                               object=norm[na:nb].lstrip("#＃* "))
                st.before = w.at_end("comparator", norm, number_start(norm, q)) or ""
                st.after = w.at_end("comparator", norm[q.start : q.end]) or ""
                c = _from_statement(doc, st, int(year) if year.isdigit() else None, None, titles)
                c.deadline = c.deadline or year
                c.domain = _domain(norm[na:b])
                c.part, c.period = (part.kind if part else ""), year
                c.indicator = _indicator_of(c.object)
                out.append(c)
    return out


_TOPIC_MEMBERS = re.compile("[、和及与]")  # what joins the things a topic lists
_RESPECTIVELY = "分别"  # the figures after it go one to one with the things listed before


def _clauses_to_read(norm: str, lo: int, hi: int, spans: list[tuple[int, int, int, int]],
                     stated: dict[tuple[int, int], list[Statement]], finishing: re.Pattern,
                     ) -> list[tuple[int, int, int, int]]:
    """The clauses of ``spans`` (over ``norm[lo:hi]``) that may state a commitment, in order: those
    with a target and those in which a verb with an end (``finishing``) starts; the others (most
    of a plan's clauses) can make none. The verbs are looked for once over the whole stretch,
    passing over the rest of a clause once one is found in it."""
    if len(stated) == len(spans):
        return spans
    starts = [span[0] for span in spans]
    picked = {bisect.bisect_left(starts, cs) for cs, _ in stated}
    pos = lo
    while (m := finishing.search(norm, pos, hi)) is not None:
        at = m.start()
        j = bisect.bisect_right(starts, at) - 1
        if j >= 0 and at < spans[j][1]:
            picked.add(j)
            pos = spans[j][1]  # one verb is enough
        else:
            pos = at + 1
    return [spans[j] for j in sorted(picked)]


RESTATED_NAME = 2  # an indicator this short names too little to tell a restatement from another target


def _without_restatements(found: list[Commitment], sentence_of: dict[int, tuple[int, int]],
                          norm: str) -> list[Commitment]:
    """A target given again in the same plan (提出居民消费价格涨幅控制在4%左右 after the list of targets; a
    news lead restating the list) is one commitment: of the rows with the same indicator, figure,
    comparator and deadline, the one in the list a lead introduces (主要预期目标为:) is kept, else the one
    whose line, then whose sentence, states the most targets (the first on a tie): a news item's lead
    quotes two targets of the list its speaker's paragraph gives whole."""
    list_lead = wording().pattern("list_lead")
    line_of: dict[tuple[int, int], tuple[int, int]] = {}
    led: dict[tuple[int, int], bool] = {}
    per_line: Counter[tuple[int, int]] = Counter()
    per_sentence: Counter[tuple[int, int]] = Counter()
    for c in found:
        if c.target_text:
            sentence = sentence_of[id(c)]
            if sentence not in line_of:
                ss, se = sentence
                line_start = norm.rfind("\n", 0, ss) + 1
                line_end = norm.find("\n", se)
                line_of[sentence] = (line_start, len(norm) if line_end < 0 else line_end)
                # a list a lead introduces, in its line, outranks a headline
                led[sentence] = list_lead.search(norm, line_start, se) is not None  # (in place: no copy of the line)
            per_line[line_of[sentence]] += 1
            per_sentence[sentence] += 1

    def weight(c: Commitment) -> tuple[bool, int, int]:
        sentence = sentence_of[id(c)]
        return led[sentence], per_line[line_of[sentence]], per_sentence[sentence]

    best: dict[tuple, Commitment] = {}
    for c in found:
        if not c.target_text or len(c.indicator) < RESTATED_NAME:
            continue
        deadline = "" if c.deadline == c.period else c.deadline  # 今年…目标是 restated as 2018年…目标是
        key = (c.part, c.period, c.indicator, c.target_value, c.target_unit, c.target_kind, c.comparator, deadline)
        kept = best.get(key)
        if kept is not None and sentence_of[id(kept)] == sentence_of[id(c)] and kept.action != c.action:
            key += (c.action,)  # 新建5个公厕,改造5个公厕: two deeds of one sentence, no target said twice
            kept = best.get(key)
        if kept is None or weight(c) > weight(kept):
            best[key] = c
    kept_ids = {id(c) for c in best.values()}
    return [c for c in found if not c.target_text or len(c.indicator) < RESTATED_NAME or id(c) in kept_ids]


def _from_statement(
    doc: Document, s: Statement, year: int | None, previous: tuple[Statement, Commitment] | None,
    titles: SectionTitles,
) -> Commitment:
    norm = doc.norm
    q = s.q
    start = s.seg_start
    while start < q.start and norm[start] in SEPARATORS:
        start += 1  # 、高新技术企业7家: the list's separator is not part of the commitment
    to_original = _to_original(doc)
    a, b = to_original(start, s.seg_end)
    t_start = min(q.start, number_start(norm, q) - len(s.before))  # 达到8000家: the comparator is written
    ta, tb = to_original(t_start, q.end)
    clause = norm[s.clause[0] : s.clause[1]]
    obj = s.object
    if previous is not None and s.context_start is not None and obj == previous[0].object:
        obj = previous[1].object  # 同比增长10%以上 after 种植规模达6600亩: the same object
    elif _is_attribute(obj):
        topic = previous[1].object if previous is not None else sentence_topic(norm, s.sentence, s.clause)
        if topic and topic not in obj:
            obj = topic + obj  # 完成工程量60%以上 after 推进…美术研学基地项目: 美术研学基地项目工程量
    seg_text = norm[s.seg_start : s.seg_end]
    return Commitment(
        text=doc.original[a:b],
        start=a,
        end=b,
        action=s.action or _first_action(seg_text),
        object=obj,
        target_text=doc.original[ta:tb],
        target_start=ta,
        target_end=tb,
        target_value=q.value,
        target_unit=q.unit,
        target_kind=q.kind,
        comparator=s.comparator,
        strength=strength_of(clause, "", True),  # (the verb does not count for a figure to reach)
        deadline=deadline_of(seg_text, year),
        section=titles(a),
    )


def _to_original(doc: Document) -> Callable[[int, int], tuple[int, int]]:
    """A normalised-view span → its span in the original, as a pair (`Document.norm_span`'s, with
    no `Span` made: a report has thousands of commitments)."""
    return doc.norm_map.bounds if doc.norm_map is not None else _same_span


def _same_span(start: int, end: int) -> tuple[int, int]:
    return start, end


def _without_target(doc: Document, cs: int, ce: int, year: int | None, titles: SectionTitles,
                    finishing: re.Pattern | None = None) -> Commitment | None:
    """A concrete deliverable without a figure, else None (see `deliverable`)."""
    if finishing is not None and finishing.search(doc.norm, cs, ce) is None:
        return None  # no verb with an end starts in the clause: `deliverable` would find none
    norm = doc.norm
    clause = norm[cs:ce]
    found = deliverable(clause)
    if found is None:
        return None
    verb, obj = found
    lead = len(clause) - len(clause.lstrip(" "))
    span = doc.norm_span(cs + lead, ce)
    if len(span) < 4:
        return None  # a heading's stub, not a commitment
    if any(sec.heading is not None and sec.heading.start <= span.start < sec.heading.end
           for sec in titles.path(span.start)):
        return None  # a section heading (（一）持续抓项目园区) announces commitments, it is none
    return Commitment(
        text=doc.original[span.start : span.end],
        start=span.start,
        end=span.end,
        action=verb,
        object=obj,
        strength=strength_of(clause, verb, False) or "binding",  # a deliverable has an end
        deadline=deadline_of(clause, year),
        section=titles(span.start),
    )


@lru_cache(maxsize=CLAUSE_MEMORY)
def deliverable(clause: str) -> tuple[str, str] | None:
    """``(verb, object)`` when a clause without a figure commits to a concrete deliverable.

    A deliverable is a thing that is finished or not: a verb with an end (``finish``: 建成, 开工,
    出台, 完成 …) followed by an object whose head noun names something built, opened, issued
    or held (``deliverable``: 幼儿园, 公园, 项目, 方案, 条例 …), not an abstraction
    (体系, 机制, 格局, 水平 …: slogans and policy lines such as 加快构建新发展格局 are none)."""
    w = wording()
    masked = w.pattern("no_word").sub(lambda m: "\x00" * len(m.group()), clause)  # 建设性方案, 可持续
    hit = w.find("finish", masked)
    if hit is None:
        return None
    i, verb = hit
    if w.find("soft", clause[:i]):
        return None  # 支持国际陆港建设, 谋划保障性安居工程建设: support or planning, no delivery
    if w.find("carried_on", masked[:i]):
        return None  # 继续推进保障性安居工程建设, 深入实施…规划: a programme carried on, never finished
    tail = clause.rstrip(" ")
    end_verb = w.at_end("finish", tail)
    if end_verb and i == len(tail) - len(end_verb) or (end_verb and i > 0 and w.at_start("finish", tail, i)
                                                         and clause[i:].rstrip(" ") in w.by_kind["finish"]):
        # 河北中国医学科学院肿瘤医院建成投用: the thing first, the verb with an end closing the clause
        obj = clean_object(strip_frame_words(tail[:i])[0])
        if (len(obj) >= MIN_OBJECT and w.at_end("deliverable", obj) and not w.at_end("abstract", obj)
                and not _kind_only(obj) and not _category_only(obj)):
            return verb, obj
    if clause[i + len(verb) : i + len(verb) + 1] in DONE_WELL:
        return None  # 实施好, 建设好: doing something well has no end
    before = clause[:i].rstrip(" ")
    if w.at_end("manner", before):
        return None  # 合理制定…标准, 科学编制…规划, 大规模建设…农田: how work is done, nothing finished
    ongoing = w.at_end("strength", before) or w.at_end("action", before)
    if ongoing and (w.value("strength", ongoing) or w.value("action", ongoing)) == "ongoing":
        return None  # 继续实施老旧小区改造, 深入实施乡村建设行动: carried on, never finished
    raw = strip_frame_words(clause[i + len(verb) :])[0]
    obj = clean_object(raw)
    if "的" in obj:
        obj = obj[obj.rindex("的") + 1 :] or obj
    if w.at_end("abstract", raw.rstrip(" ")):
        return None  # 乡村建设行动: what is named before the generic ending decides nothing
    if len(obj) < MIN_OBJECT or w.at_end("abstract", obj) or _kind_only(obj) or _category_only(raw):
        return None
    if not w.at_end("deliverable", obj) and not _dated(before):
        return None  # 5月底前完成二期项目签约、腾退、拆迁: a finish with a date is concrete whatever it names
    return verb, obj


def _kind_only(obj: str) -> bool:
    """建设美丽乡村: a kind of place no place names (``named_only``), unlike 南山村美丽乡村."""
    w = wording()
    word = w.at_end("named_only", obj)
    if not word:
        return False
    rest = obj[: -len(word)]
    return not (rest and w.at_end("place_end", rest))


NAMED_MEMBERS = "等"  # 中科锂电新能源、河北同光科技碳化硅等140项重点项目: the members are named before it


def _category_only(obj: str) -> bool:
    """国家重大项目, 人才重点项目: a category of projects (``category``) none of which is named."""
    w = wording()
    word = w.at_end("category", obj.rstrip(" "))
    return bool(word) and NAMED_MEMBERS not in obj[: -len(word)]


def _range_end(norm: str, q: Quantity) -> bool:
    """增长6%-6.5%: a figure right after another figure and a ``range_mark`` is the range's upper end;
    in 3-5家 and 30-50项 the range is one figure, its upper end, and the bare low end (3) is none."""
    w = wording()
    i = q.start
    mark_after = w.at_start("range_mark", norm, q.end)
    if mark_after and norm[q.end - 1 : q.end].isdigit() and norm[q.end + len(mark_after) : q.end + len(mark_after) + 1].isdigit():
        # 3-5家: the low end, whose unit is written after the high end (7-7.5%: a rate's low end is the target;
        # a range of rates is two figures)
        return unit_dimension(q.unit) != "ratio"
    mark = w.at_start("range_mark", norm, i)  # the mark may be read as the figure's sign (-6.5)
    if not mark:
        mark = w.at_end("range_mark", norm, i)
        if not mark:
            return False
        i -= len(mark)
    # the first figure carries the unit itself (6%-6.5%), or is a rate sharing it (7-7.5%): in 3-5家 and
    # 30-50项 the range is one figure
    return bool(q.unit) and (norm[max(0, i - len(q.unit) - 1) : i] in {d + q.unit for d in "0123456789"}
                             or (unit_dimension(q.unit) == "ratio" and norm[i - 1 : i].isdigit()))


def _compares_before(norm: str, clause_start: int, q: Quantity) -> bool:
    """比上年增加1868亿元, 比去年预算高0.2个百分点: an amount or points compared with last year, in a clause
    of its own, restates the figure before it; a rate so compared (比上年增长7%) stays a target."""
    if q.unit == "%":
        return False
    text = norm[clause_start : q.start].lstrip(" ")  # not strip_lead: 比上年 is a filler of names
    return bool(wording().at_start("compare_base", text))


def _dated(text: str) -> bool:
    """Does ``text`` name a date within the year (5月底前, 年底前, 三季度)? A year alone does not."""
    m = wording().deadline_any.search(text)
    return bool(m) and any(ch in m.group() for ch in "月季底前")


@lru_cache(maxsize=CLAUSE_MEMORY)
def _states_means(clause: str) -> bool:
    """以…为载体, 依托…: a clause naming the means of other commitments, not one itself."""
    w = wording()
    text = strip_lead(clause)
    word = w.at_start("means", text)
    return bool(word) and (word != "以" or "为" in text[1:])


@lru_cache(maxsize=CLAUSE_MEMORY)
def _first_action(text: str) -> str:
    hit = wording().find("action", text)
    return hit[1] if hit else ""


@lru_cache(maxsize=CLAUSE_MEMORY)
def _is_attribute(obj: str) -> bool:
    a = wording().at_end("attribute", obj)
    return bool(a) and len(obj) <= len(a) + 2
