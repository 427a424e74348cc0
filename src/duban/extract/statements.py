"""Statements: each figure of a report read in its clause, in normalised-view offsets.

A `Statement` is a quantity with the clause and sentence it stands in, the stretch of the clause
that is its own (after the previous figure, up to the noun it counts), its object (what it
counts: 地区生产总值, 高标准农田), the verb and comparator around it (达到…以上), and whether it
states something (a target or a result) or only modifies another figure (总投资1000万元的项目),
counts a list (保定、沧州等6个), gives a baseline (从10万元提高到15万元), a rank or a duration.

Two readers use it. The commitments stage (`duban.extract.commitments`) reads the statements of
plan parts and plan-like sentences (`plan_ranges`) as targets. Tracking (`duban.link`) reads the
statements outside the plan parts as results: `read_outside_plan` is its surface (``__all__``),
with `plan_like` (is a sentence about the future?), `pair_members` (城乡… → 城镇…, 农村…),
`joined_members` (A和B → A, B) and `is_share_of` (占…: a share of a whole). The other public names serve the
commitments stage of this package.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from functools import lru_cache
from operator import attrgetter, gt, lt
from typing import Callable, Iterator

from duban.clean.cell_tables import CellIndex, cell_tables
from duban.document import Document
from duban.extract.indicators import trim_name
from duban.extract.quantities import Quantity, scan_text
from duban.extract.wording import starts_pattern, unit_dimensions, word_pattern, word_starts, wording, words
from duban.lang.words import is_cjk

__all__ = ["Reading", "Statement", "is_share_of", "joined_members", "pair_members", "plan_like", "read_outside_plan"]


_HARD_END = "。！？!?；;\n"
_SOFT_END = ",:，："
SEPARATORS = " 、,;:"
_BOUNDARY = re.compile(f"[{re.escape(_HARD_END + _SOFT_END)}]")
_BRACKETS = re.compile(r"\([^()]{0,40}\)|（[^（）]{0,40}）|\^\[\d+\]|\[\d+\]")
_OPEN_BRACKET = re.compile(r"[(（][^()（）]{0,40}$")
_QUOTES = str.maketrans("", "", "“”‘’\"'《》「」『』")
EXPLICIT_YEAR = re.compile(r"(?:到|至)((?:19|20)\d\d)年|((?:19|20)\d\d)年(?:底|末|前)")
_PUNCTUATED = re.compile(f"[{re.escape(_HARD_END + _SOFT_END + '、')}]")
_FOOTNOTE = re.compile(r"\s*\^?\[\d+\]")  # a paragraph of notes: [1]“三步走”战略目标：…
# 培育企业3-5家: the object is not 企业3-; the digits of a name after Latin letters stay (广义货币M2, PM2.5)
_TRAILING_RANGE = re.compile(r"(?<![A-Za-z\d.])[\d.\-－~～]+$")
# Quantity dimensions that count things (个, 家, 人, 户): a count before a noun is that noun's number.
COUNT_DIMENSIONS = frozenset({"count", "people", "households", "places", "events", ""})
# How close (in characters) 从 must stand before a quantity for it to be a baseline.
BASELINE_WINDOW = 10
# How far an intent word may follow a future word for a sentence to be plan-like (下半年,我们将).
INTENT_WINDOW = 8
BROKEN_LINE = 6  # a line this short without punctuation is a fragment of a sentence broken by a page
ITEM_DASHES = "—-―"  # the dash that opens an item of a list of targets (——, --)
LIST_CONNECTIVES = "和与及"  # 省定20项民生工程和市定20项民生事项: the next item starts at 和
CONNECTIVE_REACH = 6  # … when a target follows within this many characters
SHORT_ITEM = 3  # list items this short share the head noun of the last one (城镇和农村居民…)
MIN_OBJECT = 2  # an object is never stripped below this many characters
MAGNITUDE_WORDS = ("万", "亿")  # a bare number with one of these counts something (1000万)


@dataclass(slots=True)
class Statement:
    """A quantity in its clause, in normalised-view offsets: what a target or a result says."""

    q: Quantity  # offsets are into the normalised view
    clause: tuple[int, int]
    sentence: tuple[int, int]
    seg_start: int  # where its stretch of the clause begins (after the previous target)
    seg_end: int  # where it ends (after the noun it counts, if one follows)
    object: str = ""
    action: str = ""
    before: str = ""  # comparator word before the number (达到, 控制在, 不少于)
    after: str = ""  # qualifier closing the quantity (以上, 左右, 以内)
    target: bool = True  # False for modifiers, baselines, counts of a list, ranks, durations
    context_start: int | None = None  # when the object was inherited: where the statement giving it starts

    @property
    def comparator(self) -> str:
        """The comparator words around the figure, joined by …: 达到…以上, 以上."""
        return f"{self.before}…{self.after}" if self.before and self.after else self.before or self.after


# -- reading clauses ---------------------------------------------------------------------------
def clause_spans(norm: str, lo: int, hi: int) -> list[tuple[int, int, int, int]]:
    """``(clause_start, clause_end, sentence_start, sentence_end)`` over ``norm[lo:hi]``, ends excluded.

    A ``,`` or ``:`` between two digits (1,200; 22.7:30.3) does not end a clause.
    """
    out: list[tuple[int, int, int, int]] = []
    sentence: list[tuple[int, int]] = []  # the clauses of the sentence still open
    start = lo
    last = len(norm) - 1
    for m in _BOUNDARY.finditer(norm, lo, hi):
        i = m.start()
        ch = norm[i]
        if ch in ",:" and 0 < i < last and norm[i - 1].isdigit() and norm[i + 1].isdigit():
            continue
        if ch == "\n" and _broken_line(norm, i):
            continue
        if i > start:
            sentence.append((start, i))
        start = i + 1
        if ch in _HARD_END and sentence:
            s0, s1 = sentence[0][0], sentence[-1][1]
            for a, b in sentence:  # (a loop, not a comprehension: a sentence has a few clauses)
                out.append((a, b, s0, s1))
            sentence.clear()
    if hi > start:
        sentence.append((start, hi))
    if sentence:
        s0, s1 = sentence[0][0], sentence[-1][1]
        for a, b in sentence:
            out.append((a, b, s0, s1))
    return out


def _broken_line(norm: str, i: int) -> bool:
    """Is the line break at ``i`` one a web page left inside a sentence (创建省\n级绿色工厂)?

    It is when the line before or after it is a short fragment with no punctuation."""
    start = norm.rfind("\n", 0, i) + 1
    if 0 < i - start <= BROKEN_LINE and not _PUNCTUATED.search(norm, start, i):
        return True
    end = norm.find("\n", i + 1)
    end = len(norm) if end < 0 else end
    return 0 < end - i - 1 <= BROKEN_LINE and not _PUNCTUATED.search(norm, i + 1, end)


# Reports say the same things in the same words (a plan's clauses recur in its review, in the
# next year's report, in the news items that quote it): the clause readers below that depend on
# nothing but their text remember what they made of the last few thousand texts.
CLAUSE_MEMORY = 8192


_trim_name = lru_cache(maxsize=CLAUSE_MEMORY)(trim_name)


@lru_cache(maxsize=CLAUSE_MEMORY)
def strip_frame_words(text: str) -> tuple[str, str]:
    """Strip deadline, strength, intent, filler and action words from the start of ``text`` and
    comparators and fillers from its end. Returns ``(rest, first action)``."""
    w = wording()
    action = ""
    text = text.strip(" 、,").lstrip(ITEM_DASHES)  # ——地区生产总值增长8%左右: the dash opens a list's item
    changed = True
    while changed and text:
        changed = False
        m = w.deadline_any.match(text) or EXPLICIT_YEAR.match(text)
        if m and _may_strip(len(text) - m.end()):
            text, changed = text[m.end():].lstrip(" 、,"), True
            continue
        if w.indicators.starting_at(text, 0):
            break  # 新增城镇就业 is a name: 新增 is not stripped from it
        if text[0] in LIST_CONNECTIVES and w.at_start("action", text, 1):
            text, changed = text[1:], True  # 新建和改造提升高标准农田: 和 joins two verbs
            continue
        for kind in ("strength", "intent", "action", "filler"):
            word = w.at_start(kind, text)
            if word and len(word) == 1 and w.at_start("bound", text):
                continue  # 共富工坊, 要素保障: a one-character word opening a word is part of it
            if word and _may_strip(len(text) - len(word)):
                if kind == "action" and not action:
                    action = word
                text, changed = text[len(word):].lstrip(" 、,"), True
                break
    changed = True
    while changed and text:
        changed = False
        name = w.indicators.ending_at(text, len(text)) or ""
        for kind in ("comparator", "filler", "action", "strength"):
            word = w.at_end(kind, text)
            if word and len(name) > len(word):
                continue  # 棚户区住房改造, 农村危房改造: the verb ends an indicator's name, it stays
            if word and _may_strip(len(text) - len(word)):
                text, changed = text[: -len(word)].rstrip(" 、,"), True
                break
    return text, action


def _may_strip(rest: int) -> bool:
    """Strip a word when nothing, or a real word, is left (完成营造林 must not become 林)."""
    return rest == 0 or rest >= MIN_OBJECT


@lru_cache(maxsize=CLAUSE_MEMORY)
def clean_object(text: str) -> str:
    """An object without brackets, quotes, footnote marks and trailing generic words."""
    text = _BRACKETS.sub("", text).translate(_QUOTES).strip(" 、,")
    text = _OPEN_BRACKET.sub("", text)  # 60%的县(市、区): a remark cut by the list separator
    text = _TRAILING_RANGE.sub("", text)
    w = wording()
    while True:
        g = w.at_end("generic", text)
        if not g or len(text) - len(g) < MIN_OBJECT or _names_a_measure(w, text, g):
            return text
        text = text[: -len(g)].rstrip(" 、,")


def _names_a_measure(w, text: str, generic: str) -> bool:
    """Does a generic end word close the name of a measure (经济总量, 排放总量: amount_noun,
    measure_head)? Then it is part of the name, not a word to strip (经济总量 is no 经济)."""
    return any(len(m or "") > len(generic) for m in (w.at_end("amount_noun", text), w.at_end("measure_head", text)))


COUNTED_NOUN = 6  # a counted list (甲、乙等5所学校) is a target when its noun is this short and ends the clause


def _counted_by_verb(norm: str, lo: int, q: Quantity) -> bool:
    """新建三所幼儿园: a count in words right after an action verb (a strength word may stand between)
    and followed by what it counts; 建成幼儿园三所: one closing a clause that an action verb opens."""
    if q.dimension not in COUNT_DIMENSIONS or q.unit == "":
        return False
    w = wording()
    if w.at_start("items", norm, q.end):
        return False
    pos = number_start(norm, q)
    if not is_cjk(norm[q.end : q.end + 1]):
        # 建成幼儿园三所。: a count in words closing a clause that a verb opens
        head = strip_lead(norm[lo:pos])
        return bool(w.at_start("action", head)) and len(head) > len(w.at_start("action", head) or "") + 1
    verb = w.at_end("action", norm, pos)
    return bool(verb) and pos - len(verb) >= lo


def _counted_list(norm: str, clause: tuple[int, int], q: Quantity) -> bool:
    """新建实验小学、第二中学等5所学校: the list is what the verb delivers, counted, when a binding
    verb opens it and a short noun after the count ends the clause. 抓好保定、沧州等6个国家物流枢纽
    承载城市建设 is no target: the count qualifies a longer name."""
    if q.dimension not in COUNT_DIMENSIONS or q.unit == "":
        return False
    w = wording()
    rest = clean_object(norm[q.end : clause[1]].strip())
    if len(rest) > COUNTED_NOUN or rest != norm[q.end : clause[1]].strip():
        return False  # (nothing after the count: 新增企业技术中心、重点实验室等250家 counts the list itself)
    head = strip_lead(norm[clause[0] : q.start])
    verb = w.at_start("action", head)
    return bool(verb) and w.value("action", verb) == "binding" and "、" in head


FRACTION = re.compile(r"([一二三四五六七八九十两]+)分之([一二三四五六七八九十]+)|一半")


def may_hold_fraction(norm: str, lo: int, hi: int) -> bool:
    """Can ``FRACTION`` match in ``norm[lo:hi]``? Only where 分之 or 一半 is, one of which each of its
    matches holds (a search for a word passes over the text at once; the pattern, opening on a
    group, is tried at each position). Each word's rarer character is looked for first: the
    search for one character is many times quicker than for two."""
    return (norm.find("之", lo, hi) >= 0 and norm.find("分之", lo, hi) >= 0
            or norm.find("半", lo, hi) >= 0 and norm.find("一半", lo, hi) >= 0)


def reduction_fractions(norm: str, lo: int, hi: int) -> list[Quantity]:
    """审批时间再压减一半, 通关时间压缩三分之一以上: a fraction after a verb of reduction (kind
    ``reduce``) states a fall of that share, as 下降50% would (a change in %)."""
    if not may_hold_fraction(norm, lo, hi):
        return []
    w = wording()
    out = []
    for m in FRACTION.finditer(norm, lo, hi):
        verb = w.at_end("reduce", norm, m.start())
        if not verb:
            continue
        if m.group() == "一半":
            share = 0.5
        else:
            from duban.extract.numerals import parse_chinese

            whole, part = parse_chinese(m.group(1)), parse_chinese(m.group(2))
            if not whole or not part or part >= whole:
                continue
            share = part / whole
        end = m.end()
        qualifier = w.at_start("comparator", norm, end)
        approx = "exact"
        if qualifier and words("comparator").get(qualifier) in ("at_least", "about"):
            end += len(qualifier)
            approx = "over" if words("comparator")[qualifier] == "at_least" else "about"
        out.append(Quantity(m.start() - len(verb), end, -round(share * 100, 2), "%", approx, "change", "ratio",
                            m.start(), m.end()))  # the verb is part of it, as 下降 is of 下降50%
    return out


PEOPLE_UNIT = "人"
PEOPLE_REACH = 8  # characters after a bare number in which the people it counts may be named


def _people_count(norm: str, clause: tuple[int, int], q: Quantity) -> Quantity:
    """减少农村贫困人口1000万以上, 近1400万农业转移人口: a bare number in 万 or 亿 next to a noun of
    people (kind ``people_noun``: 人口, 劳动力) counts people, as 1000万人 would."""
    if q.unit or q.kind != "amount" or not any(m in norm[q.number_start : q.end] for m in MAGNITUDE_WORDS):
        return q
    w = wording()
    before = norm[clause[0] : number_start(norm, q)]
    after = norm[q.end : min(clause[1], q.end + PEOPLE_REACH)]
    named_after = any(w.at_end("people_noun", after, i) for i in range(2, len(after) + 1))
    # 农村贫困人口减少1386万: a verb of two characters may stand between the people and the number
    named_before = any(w.at_end("people_noun", before, len(before) - k) for k in range(0, 3) if len(before) > k)
    if not (named_before or named_after):
        return q
    return Quantity(q.start, q.end, q.value, PEOPLE_UNIT, q.approx, q.kind, "people", q.number_start, q.number_end)


BY = "由"  # 由240元提高到280元: a baseline, as 从 is, when a level verb follows the figure


def _from_by(norm: str, before: str, q: Quantity) -> bool:
    """由每人每年240元提高到280元: 由 before a figure that a level verb (提高到, kind stock) follows."""
    return BY in before and bool(wording().at_start("stock", norm, q.end))


def _opens_baseline(norm: str, clause_start: int, q: Quantity) -> bool:
    """Does 从 (or 由 with a level verb after the figure) stand just before the figure, in its clause?"""
    before = norm[max(clause_start, q.start - BASELINE_WINDOW) : q.start]
    return "从" in before or _from_by(norm, before, q)


def _counts_days(norm: str, lo: int, q: Quantity) -> bool:
    """Does a duration count days of something (优良天数达到270天, 重污染天数减少到5天: the words
    before it, less a comparator, end in a ``day_count`` noun)?"""
    w = wording()
    text = norm[max(lo, q.start - BASELINE_WINDOW) : number_start(norm, q)]
    comparator = w.at_end("comparator", text)
    if comparator:
        text = text[: -len(comparator)]
    return bool(w.at_end("day_count", text))


def _unit_share(norm: str, q: Quantity) -> bool:
    """扩大到60%的县, 覆盖90%以上的行政村: a share before 的 and a noun of units (kind ``unit_share``)."""
    return q.unit == "%" and norm[q.end : q.end + 1] == "的" and bool(wording().at_start("unit_share", norm, q.end + 1))


def _target_flags(norm: str, clause: tuple[int, int], qs: list[Quantity]) -> list[bool]:
    """Which quantities of one clause state a target (see the module docstring, step 2)."""
    flags = []
    w = wording()
    for i, q in enumerate(qs):
        later = i + 1 < len(qs)
        nxt = norm[q.end : q.end + 1]
        if q.kind == "duration" and _counts_days(norm, clause[0], q):
            ok = True  # 优良天数达到270天以上: a number of days is the measure, not a time span
        elif q.kind in ("rank", "duration") or (q.unit == "" and q.kind == "amount"):
            ok = False
        elif q.approx == "exact" and q.dimension != "ratio" and not any(
                map(str.isdigit, norm[q.number_start : q.number_end])):
            # 八个方面, 北三县, 百人计划: numbers in words count a report's items or name things;
            # 新建三所幼儿园: a count in words straight after a verb is a target
            ok = _counted_by_verb(norm, clause[0], q)
        elif nxt == "的":
            # 总投资152.8亿元的32个项目: describes the thing counted next; 超额完成播种8万亩的任务: the task's
            # size; 扩大到60%的县: a share of the units covered
            # 实现20%以上的增长: a rate before the change it is names the target itself
            ok = bool(w.at_start("task", norm, q.end + 1)) or _unit_share(norm, q) or (
                q.kind == "change" and bool(w.at_start("rate_noun", norm, q.end + 1)))
        elif w.at_start("items", norm, q.end):
            ok = False  # 八个方面: the report's own items
        elif norm[q.start - 1 : q.start] == "等":
            ok = _counted_list(norm, clause, q)  # 保定、沧州等6个城市: the size of a list just given
        elif w.at_end("descriptor", norm, q.start):
            ok = False  # 总投资5942亿元: the size of the projects named, not something to deliver
        elif later and _opens_baseline(norm, clause[0], q):
            ok = False  # 从10万元提高到15万元: the baseline
        elif w.at_start("milestone", norm, q.end):
            ok = True  # 粮食产量跃上1.4万亿斤新台阶: the figure is the level reached
        elif q.dimension not in COUNT_DIMENSIONS and is_cjk(nxt) and nxt not in "以左上和与及或" and (
                later or q.approx in ("over", "under") and norm[q.end - 2 : q.end] in ("以上", "以下")):
            ok = False  # 超百亿元特色产业集群达到90个, 3岁以下婴幼儿: a measure used as an adjective
        else:
            ok = True
        flags.append(ok)
    return flags


def read_statements(
    norm: str, lo: int, hi: int, quantities: list[Quantity] | None = None,
    clauses: list[tuple[int, int, int, int]] | None = None,
) -> list[Statement]:
    """Every quantity of ``norm[lo:hi]`` as a `Statement` with its object, in text order.

    ``quantities`` (normalised-view offsets, sorted) and ``clauses`` (from `clause_spans`) save a
    scan when the caller has them."""
    w = wording()
    if quantities is None:
        quantities = [_shift(q, lo) for q in scan_text(norm[lo:hi])]
    else:
        a = bisect.bisect_left(quantities, lo, key=_start)
        quantities = quantities[a : bisect.bisect_left(quantities, hi, lo=a, key=_start)]
    fractions = reduction_fractions(norm, lo, hi)
    if fractions:
        taken = [(q.start, q.end) for q in quantities]
        fractions = [f for f in fractions if not any(a < f.end and f.start < b for a, b in taken)]
        quantities = sorted(quantities + fractions, key=_start)
    if not quantities:
        return []  # no figure (half the paragraphs of a plan part): no statement
    out: list[Statement] = []
    stating = 0  # how many of them state something
    previous_in_sentence: Statement | None = None
    last_sentence = None
    for (cs, ce, ss, se), qs in _by_clause(quantities, clauses if clauses is not None else clause_spans(norm, lo, hi)):
        clause, sentence = (cs, ce), (ss, se)  # (one pair each, shared by the clause's statements)
        if sentence != last_sentence:
            previous_in_sentence, last_sentence = None, sentence
        qs = [q if q.unit else _people_count(norm, clause, q) for q in qs]  # (a unit says what is counted)
        flags = _target_flags(norm, clause, qs)
        targets = [q for q, ok in zip(qs, flags) if ok]
        stating += len(targets)
        seg_start = cs
        for q, ok in zip(qs, flags):
            if not ok:  # kept for reference, never a target or a result
                st = Statement(q, clause, sentence, q.start, q.end, target=False)
                if _names_the_next(norm, q, targets):
                    # 经济总量迈上3000亿台阶,增速达到6.5%: a level without its unit measures nothing
                    # comparable, but the growth after it is of what it names
                    _fill_object(st, norm[seg_start : q.start], "", None)
                    previous_in_sentence, seg_start = st, q.end
                out.append(st)
        for i, q in enumerate(targets):
            if i:  # 和5元, 、科技型中小企业500家: the connective between two items is no part of either
                while seg_start < q.start and norm[seg_start] in SEPARATORS + LIST_CONNECTIVES:
                    seg_start += 1
            post_end = _post_end(norm, q, targets[i + 1].start if i + 1 < len(targets) else None, ce)
            pre = norm[seg_start : q.start]
            if (cut := pre.rfind("、")) > 0 and w.at_end("settled", pre[:cut].rstrip(" ")):
                # 居民人均可支配收入增长与经济增长基本同步、粮食产量500亿斤左右: an aim stated without a figure is
                # an item of its own, no part of the next figure's name
                seg_start += cut + 1
                pre = norm[seg_start : q.start]
            post = norm[q.end : post_end]
            st = Statement(q, clause, sentence, seg_start, post_end if i + 1 < len(targets) else ce)
            st.before = w.at_end("comparator", norm, number_start(norm, q)) or ""
            st.after = w.at_end("comparator", norm[q.start : q.end]) or ""
            _fill_object(st, pre, post, previous_in_sentence)
            out.append(st)
            previous_in_sentence = st
            seg_start = post_end
    out.sort(key=lambda s: s.q.start)
    if stating > 1:  # each of these shares a name between two figures stating something, or more
        _distribute(out)
        _respectively_back(norm, out)
        _share_list_modifiers(out)
    return out


MAGNITUDES_WRITTEN = ("万", "亿")


def _names_the_next(norm: str, q: Quantity, targets: list[Quantity]) -> bool:
    """A level written without its unit (3000亿, 1.2万亿) before the clause's targets: what it names is
    what a figure after it without a name of its own measures."""
    return (q.kind == "amount" and not q.unit and any(m in norm[q.number_start : q.end] for m in MAGNITUDES_WRITTEN)
            and not any(t.start < q.start for t in targets))


def _by_clause(quantities: list[Quantity], clauses: list[tuple[int, int, int, int]],
               ) -> list[tuple[tuple[int, int, int, int], list[Quantity]]]:
    """The clauses that hold a quantity (its start within them), each with its quantities, in
    order; a quantity between two clauses belongs to none. Most clauses hold none: each
    quantity finds its clause (a bisection) instead of each clause being looked at."""
    out: list[tuple[tuple[int, int, int, int], list[Quantity]]] = []
    if not quantities or not clauses:
        return out
    q_starts = list(map(_start, quantities))
    if any(map(gt, q_starts, q_starts[1:])):
        return _by_clause_in_turn(quantities, clauses)
    starts = [c[0] for c in clauses]
    last = -1
    for q in quantities:
        j = bisect.bisect_right(starts, q.start) - 1
        if j < 0 or q.start >= clauses[j][1]:
            continue
        if j == last:
            out[-1][1].append(q)
        else:
            out.append((clauses[j], [q]))
            last = j
    return out


def _by_clause_in_turn(quantities: list[Quantity], clauses: list[tuple[int, int, int, int]],
                       ) -> list[tuple[tuple[int, int, int, int], list[Quantity]]]:
    """`_by_clause` for quantities out of text order: the clauses and the quantities read side by side."""
    out = []
    k = 0
    for cs, ce, ss, se in clauses:
        while k < len(quantities) and quantities[k].start < cs:
            k += 1
        qs = []
        while k < len(quantities) and quantities[k].start < ce:
            qs.append(quantities[k])
            k += 1
        if qs:
            out.append(((cs, ce, ss, se), qs))
    return out


def _share_list_modifiers(statements: list[Statement]) -> None:
    """单位GDP能耗下降5%以上、二氧化碳排放下降5.8%: an item of a list that names no table indicator
    takes the modifier of the item before when that makes one (单位GDP二氧化碳排放)."""
    w = wording()
    previous = None
    for st in statements:
        if not st.target:
            continue
        if (previous is not None and previous.clause == st.clause and st.object and previous.object
                and st.context_start is None and not w.indicators.starting_at(st.object, 0)):
            first = previous.object
            for j in range(len(first) - 1, 0, -1):
                name = first[:j] + st.object
                if w.indicators.starting_at(name, 0) == name:
                    st.object = name
                    break
        previous = st


_LIST_SEPARATORS = (re.compile("[、]"), re.compile("[、和与及]"))  # what separates listed names: 、, then any joining word


def _distribute(statements: list[Statement]) -> None:
    """规上工业增加值、固定资产投资分别增长8%、10%: one listed name per figure, in order.

    When a statement's object lists names and exactly that many figures share it (the later ones
    inheriting it), each figure takes its own name. Short items share the last one's head noun:
    城镇和农村居民人均可支配收入 → 城镇居民人均可支配收入, 农村居民人均可支配收入."""
    groups: dict[int, list[Statement]] = {}
    for st in statements:
        if st.target:
            origin = st.context_start if st.context_start is not None else st.seg_start
            groups.setdefault(origin, []).append(st)
    for group in groups.values():
        if len(group) < 2:
            continue
        obj = group[0].object
        runs = [group]
        if (pair := pair_members(obj)) is not None:
            by_clause = {}
            for st in group:
                by_clause.setdefault(st.clause, []).append(st)
            if all(len(run) % 2 == 0 and all(a.q.unit == b.q.unit for a, b in zip(run[::2], run[1::2]))
                   for run in by_clause.values()):
                # 城乡居民人均可支配收入分别增长10%和13%: 城镇…, 农村…; 城乡居民收入达到34446元和13094元,分别增长
                # 8.3%和9.7%: each clause's figures two by two (…达到23292元和7750元、分别增长8.8%和10%: one clause)
                for run in by_clause.values():
                    for k, st in enumerate(run):
                        st.object = pair[k % 2]
                continue
        if _LIST_SEPARATORS[-1].search(obj) is None:
            continue  # a single name (most objects): nothing to share out
        for separators in _LIST_SEPARATORS:
            items = [x for x in separators.split(obj) if x]
            if len(items) == len(group):
                break
            # 城镇和农村居民人均可支配收入分别达到4.5万元和2.1万元，分别增长5.1%和7.2%: a run a clause
            by_clause: dict[tuple[int, int], list[Statement]] = {}
            for st in group:
                by_clause.setdefault(st.clause, []).append(st)
            if len(items) > 1 and all(len(run) == len(items) for run in by_clause.values()):
                runs = list(by_clause.values())
                break
        else:
            continue
        items = _named_items(items)
        for run in runs:
            for st, item in zip(run, items):
                st.object = item


RESPECTIVELY = "分别"


def _respectively_back(norm: str, statements: list[Statement]) -> None:
    """财政总收入达到540.6亿元,其中地方财政收入316.1亿元,分别增长10.2%和10.1%: a clause opening on 分别 whose
    figures name nothing of their own takes, in order, the names of as many figures just before it in
    the sentence (each a name of its own, all of one unit): the growth of each level."""
    targets = [st for st in statements if st.target]
    i, n = 0, len(targets)
    while i < n:
        # the run of targets of one clause (in text order, a clause's figures follow one another)
        st = targets[i]
        j = i + 1
        while j < n and targets[j].clause == st.clause:
            j += 1
        run = targets[i:j]
        i = j
        if len(run) < 2 or not norm[st.clause[0] : st.q.start].strip(" 、,").startswith(RESPECTIVELY):
            continue  # (the cheap tests first: most runs are one figure)
        earlier = [t for t in targets[: j - len(run)] if t.sentence == st.sentence and t.clause[1] <= st.clause[0]
                   ][-len(run):]
        if (all(r.context_start is not None for r in run)
                and len(earlier) == len(run) and all(t.context_start is None and t.object for t in earlier)
                and len({t.object for t in earlier}) == len(run) and len({t.q.unit for t in earlier}) == 1):
            for r, t in zip(run, earlier):
                r.object, r.context_start = t.object, t.seg_start


def pair_members(obj: str) -> tuple[str, str] | None:
    """The two names of an object that holds a word naming two things (commitment_words.tsv, kind
    pair: 西藏城乡居民收入 → 西藏城镇居民收入, 西藏农村居民收入), or None."""
    found = wording().find("pair", obj)
    if found is None or len(obj) <= len(found[1]):
        return None
    at, word = found
    first, second = words("pair")[word].split("|")
    return obj[:at] + first + obj[at + len(word) :], obj[:at] + second + obj[at + len(word) :]


def _named_items(items: list[str]) -> list[str]:
    """Each item of a list of names as a whole name: short items share the last one's tail (城镇、农村居民
    人均可支配收入), items naming things the measure the last ends in, a short item after a longer one
    its start (粮食播种面积和产量 → 粮食产量)."""
    if all(len(x) <= SHORT_ITEM for x in items[:-1]) and len(items[-1]) > SHORT_ITEM:
        tail = items[-1][len(items[-2]) :]
        items = [x + tail for x in items[:-1]] + [items[-1]]
    else:
        items = _share_measure(items)
    return [items[0]] + [_share_modifier(items[0], x) for x in items[1:]]


def joined_members(obj: str) -> list[str]:
    """The names an object joins with 和, 与, 及 or 、 (地区生产总值和财政一般预算收入增长10%以上: one target for
    地区生产总值 and for 财政一般预算收入), each a whole name (`_named_items`); [] for a single name."""
    items = [x for x in re.split("[、和与及]", obj) if x]
    if len(items) < 2:
        return []
    items = _named_items(items)
    return items if all(len(x) >= MIN_OBJECT for x in items) else []


def _share_measure(items: list[str]) -> list[str]:
    """基础设施、制造业投资分别增长9.4%、9.1% → 基础设施投资: items naming things share the measure
    the last one ends in (``measure_head``), or what follows a per-unit in it (居民医保和基本公共卫生
    服务经费人均财政补助标准 → 居民医保人均财政补助标准); an item naming a measure of its own keeps it."""
    w = wording()
    last = items[-1]
    per = w.find("per_unit", last)
    if per and per[0] > 0:
        tail = last[per[0] :]
    else:
        head = w.at_end("measure_head", last)
        if not head or len(last) - len(head) < MIN_OBJECT:
            return items
        tail = head
    return [x if w.at_end("measure_head", x) or x.endswith(tail) else x + tail for x in items[:-1]] + [last]


def _share_modifier(first: str, item: str) -> str:
    """粮食播种面积和产量 → 粮食产量, 一般公共预算收入和支出 → 一般公共预算支出: a short item after a
    longer one takes the start of the first when that makes an indicator name of the table."""
    if len(item) > SHORT_ITEM or len(first) <= len(item):
        return item
    w = wording()
    for j in range(len(first) - 1, 0, -1):
        name = first[:j] + item
        if w.indicators.starting_at(name, 0) == name:
            return name
    return item


def _post_end(norm: str, q: Quantity, next_target: int | None, clause_end: int) -> int:
    """Where the noun after a number ends: at the next 、 (新增企业60家、科技型中小企业500家) or, when
    another target follows closely, at the 和 that starts its item; else at the clause end."""
    stop = clause_end if next_target is None else next_target
    item_start = q.end
    marks = _ITEM_MARKS if next_target is not None else _ITEM_ENDS  # only these characters can end it
    m = marks.search(norm, q.end, stop)
    while m is not None:
        i = m.start()
        ch = norm[i]
        if ch == "、" and i - item_start == 1:
            item_start = i + 1  # 32个省、市重点项目: a list of single characters inside one name
        elif ch in "、,;":
            return i
        elif ch in LIST_CONNECTIVES and next_target is not None and next_target - i <= CONNECTIVE_REACH:
            return i
        m = marks.search(norm, i + 1, stop)
    return stop


_ITEM_ENDS = re.compile("[、,;]")
_ITEM_MARKS = re.compile(f"[、,;{LIST_CONNECTIVES}]")


def number_start(norm: str, q: Quantity) -> int:
    return q.number_start if q.number_start >= q.start else q.start


_start = attrgetter("start")  # a quantity's start (the key its lists are sorted and searched by)
_end = attrgetter("end")


class Quantities:
    """A document's quantities in normalised-view offsets, as the commitments read them: those of
    a stretch at a time (`between`), so that a long report's are never all held at once."""

    def between(self, lo: int, hi: int) -> list[Quantity]:  # pragma: no cover - an interface
        raise NotImplementedError


class QuantityList(Quantities):
    """All of them in one sorted list (a report of ordinary length)."""

    def __init__(self, quantities: list[Quantity]):
        self.quantities = quantities

    def between(self, lo: int, hi: int) -> list[Quantity]:
        qs = self.quantities
        a = bisect.bisect_left(qs, lo, key=_start)
        return qs[a : bisect.bisect_left(qs, hi, lo=a, key=_start)]


class QuantityStream(Quantities):
    """A long report's, made a stretch of lines at a time by its `FactStream` (the same stretches,
    so the same quantities as its facts) and held one stretch at a time. Stretches asked for in
    text order are read once; asking again for an earlier one starts over from the top."""

    def __init__(self, doc: Document, chunks):
        self.doc, self.chunks = doc, chunks  # chunks(): an iterator of (start, end, quantities)
        self._iter = None
        # stretches read, not yet passed: (start, end, quantities, their starts when in text order)
        self._held: list[tuple[int, int, list[Quantity], list[int] | None]] = []

    def between(self, lo: int, hi: int) -> list[Quantity]:
        if self._iter is None or (self._held and lo < self._held[0][0]) or (not self._held and lo < self._read_to):
            self._iter, self._held, self._read_to = self.chunks(), [], 0
        while self._held and self._held[0][1] <= lo:
            self._held.pop(0)  # passed: every later stretch asked for starts after it
        while self._read_to < hi or not self._held:
            piece = next(self._iter, None)
            if piece is None:
                break
            start, end, found = piece
            self._read_to = end
            if end > lo:
                qs = _as_read(self.doc, found)
                starts = [q.start for q in qs]  # in text order (as they come): found by bisection
                self._held.append((start, end, qs, starts if starts == sorted(starts) else None))
        out: list[Quantity] = []
        for _, _, qs, starts in self._held:
            if starts is None:
                out += [q for q in qs if lo <= q.start < hi]
            else:
                out += qs[bisect.bisect_left(starts, lo) : bisect.bisect_left(starts, hi)]
        return out

    _read_to = 0


def doc_quantities(doc: Document) -> Quantities:
    """The document's quantities in normalised-view offsets: those the extract stage found (kept
    on the document, or made again a stretch at a time for a long report), each as its fact
    reads (its span mapped to the original and back), or a scan of the normalised view when it
    has none."""
    from duban.extract.context import FactStream

    if isinstance(doc.facts, FactStream) and doc.norm_map is not None:
        stream = doc.facts
        if any(found for _, _, found in stream.quantity_chunks()):  # (a fact per quantity: no facts made)
            return QuantityStream(doc, stream.quantity_chunks)
        return QuantityList(scan_text(doc.norm))
    if not doc.facts or doc.norm_map is None:
        return QuantityList(scan_text(doc.norm))
    if doc.quantities is not None and len(doc.quantities) == len(doc.facts):
        return QuantitiesAsRead(doc, doc.quantities)
    to_norm = NormIndex(doc)
    dims = unit_dimensions()
    numeral = _numeral_run()
    out = []
    for f in doc.facts:
        a, b = to_norm(f.start), to_norm(f.end)
        m = numeral.search(doc.norm, a, b)
        ns, ne = (m.start(), m.end()) if m else (a, b)
        out.append(Quantity(a, b, f.value, f.unit, f.approx, f.kind, dims.get(f.unit, ""), ns, ne))
    out.sort(key=lambda q: q.start)
    return QuantityList(out)


class QuantitiesAsRead(Quantities):
    """`_as_read` of a document's quantities, each made when a stretch that holds it is asked
    for: the commitments read the plan parts only, most of a report's figures lie elsewhere.
    Where each one starts is worked out for all at once (that orders them, as `_as_read` does)."""

    def __init__(self, doc: Document, found: list[Quantity]):
        self.doc, self.found = doc, found
        self.made: dict[int, Quantity] = {}
        self.keys: list[int] | None = None  # worked out when first asked for (a report without a plan never is)
        self.order: list[int] = []
        self.kept: int | None = None  # see `_kept_below`

    def _order(self) -> None:
        self.kept = _kept_below(self.doc)
        keys = _starts_as_read(self.doc, self.found, self.kept)
        order = list(range(len(self.found)))
        if keys != sorted(keys):
            order.sort(key=keys.__getitem__)
            keys = [keys[i] for i in order]
        self.keys, self.order = keys, order

    def between(self, lo: int, hi: int) -> list[Quantity]:
        if self.keys is None:
            self._order()
        a = bisect.bisect_left(self.keys, lo)
        b = bisect.bisect_left(self.keys, hi, lo=a)
        wanted = self.order[a:b]
        missing = [i for i in wanted if i not in self.made]
        if missing:
            self.made.update(zip(missing, _as_read(self.doc, [self.found[i] for i in missing], ordered=False,
                                                   kept=self.kept)))
        return [self.made[i] for i in wanted]


def _kept_below(doc: Document) -> int | None:
    """The offset below which a span of the normalised view, mapped to the original as a fact's
    span is (`OffsetMap.bounds`) and back (`NormIndex`), comes back unchanged; None when the map
    may move one. It comes back unchanged when the map's pieces follow one another in the
    original without overlapping (no character was inserted: an inserted one maps back after
    itself), as in most reports: the round trip need not be made then."""
    m = doc.norm_map
    if m is None or m.is_identity:
        return None
    derived, original = m._derived, m._original  # (OffsetMap keeps its pieces private; see NormIndex)
    if not derived or derived[0] != 0 or not all(
            d1 > d0 and o1 - o0 >= d1 - d0 for d0, d1, o0, o1 in zip(derived, derived[1:], original, original[1:])):
        return None
    return min(m._derived_len, len(doc.norm))


def _starts_as_read(doc: Document, found: list[Quantity], kept: int | None = None) -> list[int]:
    """Where `_as_read` puts the start of each quantity (its start mapped to the original as a
    fact's span is, then back), for all of them at once: the offset map's pieces looked up as
    arrays (`OffsetMap.bounds` and `NormIndex`, element-wise). ``kept``: `_kept_below`."""
    m = doc.norm_map
    if m is None or m.is_identity or not found:
        return [q.start for q in found]
    if kept is not None:
        starts, ends = list(map(_start, found)), list(map(_end, found))
        if min(starts) >= 0 and max(ends) <= kept and all(map(lt, starts, ends)):
            return starts  # the round trip keeps each span
    import numpy as np

    derived = np.asarray(m._derived, dtype=np.int64)  # (OffsetMap keeps its pieces private; see NormIndex)
    original = np.asarray(m._original, dtype=np.int64)
    starts = np.array(list(map(_start, found)), dtype=np.int64)
    ends = np.array(list(map(_end, found)), dtype=np.int64)
    n = m._derived_len
    if derived[0] != 0 or not ((0 <= starts) & (starts < ends) & (ends <= n)).all():
        to_norm = NormIndex(doc)  # a span the arrays do not cover as `bounds` does: one at a time
        return [to_norm(m.bounds(q.start, q.end)[0]) for q in found]
    k = np.searchsorted(derived, starts, side="right") - 1
    at = original[k] + (starts - derived[k])  # bounds(start, end)[0]
    k = np.searchsorted(original, at, side="right") - 1  # NormIndex: the piece the offset falls in
    before = k < 0
    k = np.maximum(k, 0)
    piece_end = np.append(derived[1:], len(doc.norm))[k]
    keys = np.minimum(derived[k] + (at - original[k]), piece_end)
    keys[before] = 0
    return keys.tolist()


def _as_read(doc: Document, found: list[Quantity], ordered: bool = True, kept: int | None = None,
             ) -> list[Quantity]:
    """Quantities of the extract stage as the facts made of them read (see `doc_quantities`):
    the span mapped to the original as a fact's is, then back; the digits found again in it;
    the dimension of the unit (units.tsv). Sorted by start (``ordered``), else in the order given.
    ``kept``: `_kept_below`, when the caller has it."""
    norm = doc.norm
    dims = unit_dimensions()
    numeral = _numeral_run()
    out = []
    identity = doc.norm_map is None or doc.norm_map.is_identity
    if not identity:
        to_norm, bounds = NormIndex(doc), doc.norm_map.bounds
    for q in found:
        if identity or kept is not None and 0 <= q.start < q.end <= kept:
            a, b = q.start, q.end  # (the round trip keeps the span)
        else:
            o_start, o_end = bounds(q.start, q.end)  # the fact's span in the original
            a, b = to_norm(o_start), to_norm(o_end)
        m = numeral.search(norm, a, b)
        ns, ne = (m.start(), m.end()) if m else (a, b)
        out.append(Quantity(a, b, q.value, q.unit, q.approx, q.kind, dims.get(q.unit, ""), ns, ne))
    if ordered:
        out.sort(key=_start)
    return out


@lru_cache(maxsize=1)
def _numeral_run() -> re.Pattern:
    from duban.extract.numerals import numeral_chars

    return re.compile(rf"[\d.,]*\d|[{numeral_chars()}]+")


def _shift(q: Quantity, by: int) -> Quantity:
    return Quantity(q.start + by, q.end + by, q.value, q.unit, q.approx, q.kind, q.dimension,
                    q.number_start + by, q.number_end + by)


_OWNER_YEAR = re.compile(r"(?:(?:19|20)\d\d年(?:底|末)?|去年|上年|当年|同期|上年同期)$")
SHARE_OF = "占"  # 财政赤字占国内生产总值的比重: the 的 of a share's whole is inside its name
SHARE_NOUNS = ("比重", "比例")


def is_share_of(obj: str) -> bool:
    """Does an object open on 占, a share of the whole it names (占江西全省经济总量的22.81%), the thing
    measured named elsewhere?"""
    return obj.startswith(SHARE_OF)


def _modifier_end(pre: str) -> int:
    """Just after the last 的 that closes a modifier of the noun counted (总投资152.8亿元的), 0 when
    none: the 的 of 占国内生产总值的比重 belongs to the share's name."""
    i = pre.rfind("的")
    while i >= 0:
        frame = pre[pre.rfind("的", 0, i) + 1 : i]
        if not (SHARE_OF in frame and pre.startswith(SHARE_NOUNS, i + 1)):
            return i + 1
        i = pre.rfind("的", 0, i)
    return 0


_QUOTED_BEFORE = re.compile("“([^“”]*)$")  # an opening quote not closed before the figure


def _fill_object(st: Statement, pre: str, post: str, previous: Statement | None) -> None:
    """The object and the verb of ``st``: what the words before its figure (``pre``) and after it
    (``post``) name, else what the figure before it in the sentence (``previous``) measured."""
    obj, action, post_obj, post_is_predicate = _object_of(pre, post, st.q.kind, st.q.dimension)
    if obj is None and previous is not None:
        # 增长8.1% after 国内生产总值达到114万亿元: the same thing; 200个以上通过省级验收 after 400个美丽乡村
        obj = previous.object + (post_obj if post_is_predicate else "")
        st.context_start = previous.context_start if previous.context_start is not None else previous.seg_start
        action = action or previous.action
    elif obj is None:
        obj = post_obj
    st.object, st.action = obj, action


# 在 and a place before the verb (在城区, 在全县, 在中心城区): where a deed is done; not 在建, 在校, 在岗 … (a state)
_WHERE_DONE = re.compile(r"在(?![建册校岗职线编读押营用])[\u4e00-\u9fff]{1,6}")


@lru_cache(maxsize=CLAUSE_MEMORY)
def _object_of(pre: str, post: str, kind: str, dimension: str) -> tuple[str | None, str, str, bool]:
    """What `_fill_object` reads in the words around a figure of ``kind`` and ``dimension``, alone:
    ``(object, verb, name after the figure, whether that name is a predicate)``, the object None
    when the words name nothing and the figure before must say. Remembered: the same words stand
    around the figures of a report's every version (only the figures change)."""
    w = wording()
    if (quoted := _QUOTED_BEFORE.search(pre)) is not None and post.lstrip(" ").startswith("”"):
        # 报告将“生产总值增长5.5%左右”列入…目标: the quoted target is the whole of its name
        pre, post = quoted.group(1), ""
    if pre.endswith("的"):  # 降到去年的1.5%, 占国内生产总值的4%: 的 ties the figure to its year or whole
        year = _OWNER_YEAR.search(pre, 0, len(pre) - 1)
        if year:
            pre = pre[: year.start()]
        elif dimension == "ratio" and SHARE_OF in pre[pre.rfind("的", 0, len(pre) - 1) + 1 :]:
            pre = pre[:-1]
    if (lead := w.find("list_lead", pre)) is not None:
        pre = pre[lead[0] + len(lead[1]) :]  # 主要预期目标是地区生产总值增长6%以上: the list's lead names nothing
    if "从" in pre:  # 起征点从月销售额10万元提高到15万元: the baseline is no part of the name
        pre = pre[: pre.rindex("从")]
    elif BY in pre and re.search(r"\d", pre[pre.rindex(BY) :]):  # 补助标准由每人每年240元提高到280元
        pre = pre[: pre.rindex(BY)]
    cut = _modifier_end(pre)
    if cut:  # 总投资152.8亿元的32个项目: what precedes 的 describes the noun after the number
        pre = pre[cut:]
    post = post.strip(" 、,")
    if post.startswith("等") and w.at_start("generic", post, 1):
        post = ""  # 力争服务业增加值增长5.5%左右等内容: the list's items, no name after the figure
    if post.startswith("的") and kind == "change" and w.at_start("rate_noun", post, 1):
        post = ""  # 实现20%以上的增长: the change is the figure's own, the thing changing is named before
    if post.startswith("的") and w.at_start("task", post, 1) or w.at_start("milestone", post):
        post = ""  # 超额完成播种8万亩的任务, 跃上1.4万亿斤新台阶: the task or milestone is no part of the name
    elif post.startswith("的") and w.at_start("unit_share", post, 1):
        post = post[1:]  # 试点范围扩大到60%的县: the units covered name the share
    if pre.endswith("等") and post:
        pre = ""  # 新建实验小学、第二中学等5所学校: the noun counted names the list
    elif pre.endswith("等"):
        pre = pre[:-1]  # 新增企业技术中心、重点实验室等250家: the list names what is counted
    pre = _after_aim(pre)
    pre_obj, action = strip_frame_words(_trim_name(pre))
    pre_obj = _trim_name(clean_object(pre_obj))  # 提出…, …下降到, …每人每年: no part of the name
    if pre_obj and w.at_start("adjusted", pre_obj) == pre_obj:
        pre_obj = ""  # 按可比价格计算比上年增长11.1%: how the growth is reckoned names nothing (the figure before does)
    post_is_predicate = bool(post) and bool(w.at_start("action", post) or w.at_start("strength", post))
    post_obj = clean_object(strip_frame_words(post)[0]) if post else ""
    if pre_obj and post_obj and not post_is_predicate and _WHERE_DONE.fullmatch(pre_obj):
        pre_obj = ""  # 计划在城区建设3个口袋公园: where it is built, no part of what is built
    if pre_obj:
        obj = pre_obj + post_obj if post_obj and not post_is_predicate else pre_obj
    elif post_obj and not post_is_predicate:
        obj = post_obj  # 创建400个美丽乡村: the noun counted
    else:
        obj = None
    return obj, action, post_obj, post_is_predicate


def _after_aim(pre: str) -> str:
    """The text after the last word of aiming inside ``pre`` (commitment_words.tsv, aim) when a name
    follows it: 全市经济社会发展力争实现地区生产总值 → 实现地区生产总值; 粮食生产力争 stays."""
    found = [m for m in word_pattern("aim").finditer(pre) if m.start() > 0]
    if not found:
        return pre
    rest = pre[found[-1].end() :]
    name = _trim_name(clean_object(strip_frame_words(_trim_name(rest))[0]))
    return rest if len(name) >= MIN_OBJECT else pre


@dataclass(slots=True)
class Reading:
    """A report's figures and clauses outside its plan parts, in normalised-view offsets."""

    statements: list[Statement]  # every figure stating something (no modifiers, baselines …)
    clauses: list[tuple[int, int]]
    ranges: list[tuple[int, int]]
    # 将低保标准从每月210元提高到230元 in a plan part: the level reached when the report was written
    # (210元), with the object of the figure it is raised to
    levels: list[Statement] = field(default_factory=list)


def outside_plan_ranges(doc: Document) -> list[tuple[int, int]]:
    """Normalised-view ranges outside the plan parts: the review, problems, and any text the
    structure stage left unlabelled (an opening summary of the year's figures)."""
    to_norm = NormIndex(doc)
    plan = sorted((to_norm(p.span.start), to_norm(p.span.end)) for p in doc.parts if p.kind == "plan")
    out, pos = [], 0
    for a, b in plan:
        if a > pos:
            out.append((pos, a))
        pos = max(pos, b)
    if pos < len(doc.norm):
        out.append((pos, len(doc.norm)))
    return out


def sentence_topic(norm: str, sentence: tuple[int, int], clause: tuple[int, int]) -> str:
    """The thing a sentence is about: the object of its first clause (推动宣莲产业从… → 宣莲产业)."""
    first = clause_spans(norm, sentence[0], sentence[1])[0]
    if first[:2] == clause:
        return ""
    return _topic_of(norm[first[0] : first[1]])


def topic_before(norm: str, sentence: tuple[int, int], clause: tuple[int, int]) -> str:
    """The object of the clause right before ``clause`` in its sentence (2024年,固定资产投资方面,
    比上年增长2.5% → 固定资产投资): what a clause that names nothing speaks of."""
    spans = clause_spans(norm, sentence[0], clause[0])
    return _topic_of(norm[spans[-1][0] : spans[-1][1]]) if spans else ""


def _topic_of(text: str) -> str:
    text = strip_frame_words(text)[0]
    text = re.split(r"[从向在为到]", text[1:] if text[:1] == "在" else text, maxsplit=1)[0]  # (在…方面: the frame's 在)
    if "的" in text:
        text = text[text.rindex("的") + 1 :]
    return clean_object(text)


def read_outside_plan(doc: Document) -> Reading:
    """What a report states outside its plan parts: each figure with its object, and its clauses."""
    norm = doc.norm
    quantities = doc_quantities(doc)
    statements: list[Statement] = []
    clauses: list[tuple[int, int]] = []
    ranges = outside_plan_ranges(doc)
    cells = CellIndex(cell_tables(norm))
    w = wording()
    for lo, hi in ranges:
        spans = clause_spans(norm, lo, hi)
        read = read_statements(norm, lo, hi, quantities.between(lo, hi), spans)
        if cells:
            read = [st for st in read if _in_its_row(norm, st, cells)]
        for s in read:
            if s.target and not s.object and s.context_start is None and w.at_start("compare_base", norm, s.clause[0]):
                # 固定资产投资方面,比上年增长2.5%: a comparison alone in its clause measures the sentence's topic
                s.object = topic_before(norm, s.sentence, s.clause)
        statements.extend(s for s in read if s.target and s.object)
        clauses.extend((cs, ce) for cs, ce, _, _ in spans)
    levels: list[Statement] = []
    for lo, hi, _, _ in plan_ranges(doc):
        levels.extend(_levels(norm, read_statements(norm, lo, hi, quantities.between(lo, hi))))
    return Reading(statements, clauses, ranges, levels)


def _in_its_row(norm: str, st: Statement, cells: CellIndex) -> bool:
    """Give a figure in a table printed one cell a line (``clean.cell_tables``) the name of its row
    as its object; False for a cell of a column of targets beside a column of what was done (全年目标
    ⏎全年完成: the target cell restates the plan, it reports nothing)."""
    found = cells.at(st.q.start)
    if found is None or found[2] == 0:
        return True
    table, row, column = found
    if "result" in table.kinds and "target" in table.kinds and table.kinds[column] != "result":
        return False
    a, b = table.rows[row][0]
    st.object, st.target = norm[a:b], True
    return True


def _levels(norm: str, statements: list[Statement]) -> list[Statement]:
    """Baselines (从X提高到Y) with the object of the figure that follows them in their clause."""
    out = []
    for i, st in enumerate(statements):
        before = norm[max(st.clause[0], st.q.start - BASELINE_WINDOW) : st.q.start]
        if st.target or ("从" not in before and not _from_by(norm, before, st.q)):
            continue
        nxt = next((x for x in statements[i + 1 :] if x.clause == st.clause and x.target), None)
        if nxt is None or not nxt.object or nxt.q.unit != st.q.unit:
            continue
        out.append(Statement(st.q, st.clause, st.sentence, nxt.seg_start, st.q.end, object=nxt.object,
                             action=nxt.action))
    return out


# -- the stage --------------------------------------------------------------------------------
def plan_ranges(doc: Document) -> Iterator[tuple[int, int, str, str]]:
    """Normalised-view ranges to read: plan parts, then plan-like sentences elsewhere, in that
    order, made as they are read (a long report's clauses are never all listed at once).

    Yields ``(lo, hi, part kind, period)``.
    """
    norm = doc.norm
    to_norm = NormIndex(doc)
    plan_spans = sorted((to_norm(part.span.start), to_norm(part.span.end)) for part in doc.parts if part.kind == "plan")
    plan_starts = [a for a, _ in plan_spans]
    part_at = doc.part_finder()  # a file of many reports has thousands of parts: no scan per sentence

    nested = any(a[1] > b[0] for a, b in zip(plan_spans, plan_spans[1:]))

    def in_plan(offset: int) -> bool:
        if nested:  # spans that overlap: look at them all
            return any(a <= offset < b for a, b in plan_spans)
        k = bisect.bisect_right(plan_starts, offset) - 1
        return k >= 0 and offset < plan_spans[k][1]

    for part in doc.parts:
        if part.kind == "plan":
            lo, hi = to_norm(part.span.start), to_norm(part.span.end)
            for a, b in _forward_paragraphs(norm, lo, hi):
                yield a, b, "plan", part.period
    def within_plan(a: int, b: int) -> bool:  # every sentence of norm[a:b] starts in a plan part
        if nested:
            return any(x <= a and b <= y for x, y in plan_spans)
        k = bisect.bisect_right(plan_starts, a) - 1
        return k >= 0 and b <= plan_spans[k][1]

    period = doc.periods.get("plan", "")
    read: set[int] = set()
    for ss, se in _future_sentences(norm, within_plan):
        if in_plan(ss):
            continue  # sentences outside plan parts
        if _title_line(norm, ss, se):
            continue  # a line that is a title (related news, menus, headings): no sentence of the report
        if _plan_like(norm[ss:se]):
            part = part_at(doc.norm_span(ss, ss + 1).start)
            read.add(ss)
            yield ss, se, part.kind if part else "", period
    for ss, se in _year_target_sentences(norm, period[:4]):
        if ss in read or in_plan(ss) or _title_line(norm, ss, se):
            continue
        part = part_at(doc.norm_span(ss, ss + 1).start)
        yield ss, se, part.kind if part else "", period


def _year_target_sentences(norm: str, year: str) -> Iterator[tuple[int, int]]:
    """The stretches of sentences, from the plan year on, that give that year's target with its
    figure (透露,2024年,天津市地区生产总值预期目标增长4.5%左右。): a news item states a plan so, outside
    any plan part, with no word of the future. What the sentence said before the year (2020年…增长3.7%,)
    is another year's; a headline (no stop ends it on its line) restates the body."""
    if not year.isdigit():
        return
    for start, end in _year_targets(norm, year):
        stop = _SENTENCE_STOP.search(norm, end)
        line_end = norm.find("\n", end)
        if stop is None or (line_end >= 0 and stop.start() > line_end):
            continue
        yield start, stop.start() + 1


# What follows the year of a target given with its figure (the target's rate may be a range, 7-7.5%之间; a
# word of doing between 目标 and the rate makes it a result: 2018年目标完成率98%)
_YEAR_TARGET = re.compile(r"[^。!?！？\n]{0,24}?(?:预期目标|目标)(?:(?!完成|实现|达成)[^。!?！？\n]){0,12}?"
                          r"\d+(?:\.\d+)?(?:\s*[-~—至到]\s*\d+(?:\.\d+)?)?%(?:左右|以上|以内|之间|上下)?")


def _year_targets(norm: str, year: str) -> Iterator[tuple[int, int]]:
    """The spans of ``year``年 followed by a target (`_YEAR_TARGET`), in order and not overlapping,
    as one pattern opening on the year would find them: the year is found by a search for it, the
    rest matched from there (one pattern for every year, compiled once)."""
    head = f"{year}年"
    pos = norm.find(head)
    while pos >= 0:
        m = _YEAR_TARGET.match(norm, pos + len(head))
        if m:
            yield pos, m.end()
            pos = norm.find(head, m.end())
        else:
            pos = norm.find(head, pos + 1)


_STOP_CHARS = _HARD_END.replace("\n", "")  # each ends a sentence wherever it stands
_SENTENCE_STOP = re.compile(f"[{re.escape(_STOP_CHARS)}]")


def _future_sentences(norm: str, passed: Callable[[int, int], bool] | None = None,
                      ) -> Iterator[tuple[int, int]]:
    """The sentences (as `clause_spans` gives them over the whole text) in which a future word
    (下半年, 明年 …) starts, in order: only these may be plan-like.

    Each future word is read in the stretch between the sentence stops (。！？；, never a line
    break: a broken line does not end a sentence) around it; `clause_spans` starts afresh after
    such a stop, so the stretch's clauses are those of the whole text. A stretch ``norm[a:b]``
    for which ``passed(a, b)`` holds (the caller reads it otherwise: a plan part's) is not read."""
    future = word_starts(norm, "future")
    if "年" in norm and (bracketed := [m.start() for m in _future_year_bracketed().finditer(norm)]):
        future = sorted(future + bracketed)  # 今(2024)年将…
    if "目标" in norm and (opening := word_starts(norm, "targets")):
        future = sorted(future + opening)  # 主要预期目标是:…: the plan year's targets, a future word or none
    if not future:
        return
    covered = 0  # where the last stretch read ended: right after a stop (or the text's start)
    for f in future:
        if f < covered:
            continue
        # the stops around f, each part of the text looked at once (no list of every stop)
        a = _last_stop(norm, covered, f) + 1 or covered
        stop = _SENTENCE_STOP.search(norm, f)
        b = stop.start() + 1 if stop else len(norm)
        if passed is not None and passed(a, b):
            covered = b
            continue
        starts_in = bisect.bisect_left(future, a)
        for cs, _, ss, se in clause_spans(norm, a, b):
            if cs != ss:
                continue  # (a sentence's first clause starts where it does)
            j = bisect.bisect_left(future, ss, lo=starts_in)
            if j < len(future) and future[j] < se:
                yield ss, se
        covered = b


_LAST_STOP = re.compile(f"(?s:.*)[{re.escape(_STOP_CHARS)}]")  # matched from a stretch's start


def _last_stop(norm: str, lo: int, hi: int) -> int:
    """Where the last sentence stop (。！？；…) of ``norm[lo:hi]`` is, -1 when there is none: the
    stretch is read once (to its end, then back to the stop), not once for each kind of stop."""
    m = _LAST_STOP.match(norm, lo, hi)
    return m.end() - 1 if m else -1


def _title_line(norm: str, ss: int, se: int) -> bool:
    """Is a sentence a whole line without punctuation (a link's title, a heading: 我市将新建10所学校)?"""
    line_start = norm.rfind("\n", 0, ss) + 1
    line_end = norm.find("\n", se)
    line_end = len(norm) if line_end < 0 else line_end
    return line_start == ss and se >= line_end - 1 and not _PUNCTUATED.search(norm, ss, se) and not any(
        ch in "。！？!?" for ch in norm[se : line_end])


def _forward_paragraphs(norm: str, lo: int, hi: int) -> list[tuple[int, int]]:
    """The paragraphs of a plan part, less those that open looking back (过去五年…)."""
    w = wording()
    retro = w.words["retro"].starting_at
    retro_first = w.first_chars["retro"]
    out, start = [], lo
    while start < hi:
        end = norm.find("\n", start, hi)
        end = hi if end < 0 else end
        head = norm[start : start + 12]
        if w.at_start("notes", head.lstrip(" ")):
            break  # 名词解释: notes to the end of the part
        # (a retro word among the first three characters: one past the head's end finds none; none
        # can where none of them is a retro word's first character, as in most paragraphs)
        if not _FOOTNOTE.match(head) and (retro_first.isdisjoint(head[:3])
                                          or not (retro(head, 0) or retro(head, 1) or retro(head, 2))):
            out.append((start, end))
        start = end + 1
    return out


def plan_like(sentence: str) -> bool:
    """下半年,我们将…: does a sentence speak of the future (a future word, then an intent word; or the
    words that open the plan year's targets)?"""
    return _plan_like(sentence)


def _plan_like(sentence: str) -> bool:
    """下半年,我们将…: a future word, then an intent word close after it; 主要预期目标是:…: the words that
    open the list of the plan year's targets (commitment_words.tsv kind targets)."""
    return bool(_plan_like_pattern().search(sentence)) or bool(starts_pattern("targets").search(sentence))


_BRACKETED_YEAR = r"(?:[(（](?:19|20)\d\d[)）])?"  # 今(2024)年: the year the word stands for, in brackets


def _names_a_year(word: str) -> bool:
    """Is a future word one that names a year (今年, 明年, 来年: commitment_words.tsv), which may be written
    with that year inside it (今(2024)年)?"""
    return len(word) == 2 and word.endswith("年")


@lru_cache(maxsize=1)
def _future_year_bracketed() -> re.Pattern:
    """Where a future word naming a year starts with that year written inside it (今(2024)年)."""
    firsts = "".join(sorted({x[0] for x in words("future") if _names_a_year(x)}))
    return re.compile(f"[{re.escape(firsts)}](?=[(（](?:19|20)\\d\\d[)）]年)")


@lru_cache(maxsize=1)
def _plan_like_pattern() -> re.Pattern:
    w = wording()
    future = "|".join(re.escape(x[:-1]) + _BRACKETED_YEAR + "年" if _names_a_year(x) else re.escape(x)
                      for x in sorted(words("future"), key=len, reverse=True))
    return re.compile(f"(?:{future}).{{0,{INTENT_WINDOW}}}?(?:{w.pattern('intent').pattern})")


class NormIndex:
    """Original offset → the first normalised-view offset at or after it.

    Reads the offset map's pieces (both texts advance together within one) instead of
    searching, so a lookup is one bisect."""

    def __init__(self, doc: Document):
        self.doc = doc
        m = doc.norm_map
        # OffsetMap keeps its breakpoints private; they are what makes the inverse a bisect.
        self._derived = m._derived if m is not None else None
        self._original = m._original if m is not None else None

    def __call__(self, original: int) -> int:
        doc = self.doc
        if self._derived is None:
            return min(original, len(doc.norm))
        k = bisect.bisect_right(self._original, original) - 1
        if k < 0:
            return 0
        piece_end = self._derived[k + 1] if k + 1 < len(self._derived) else len(doc.norm)
        return min(self._derived[k] + (original - self._original[k]), piece_end)


def strip_lead(text: str) -> str:
    w = wording()
    text = text.lstrip(" ")
    while True:
        word = w.at_start("strength", text) or w.at_start("filler", text)
        if not word:
            return text
        text = text[len(word):]
