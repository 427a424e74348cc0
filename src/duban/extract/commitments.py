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

The same clause reader serves tracking (`duban.link`), which reads the quantities of a review
part as `Statement`s to find what a report says about a commitment's object. Its public surface
is ``__all__``: the records, the stage, `read_outside_plan` (a report's figures and clauses
outside its plan parts) and the wording tables (`words`, `word_pattern`).
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from functools import lru_cache
from operator import attrgetter
from typing import Any, Callable, Iterator

from duban.document import Document
from duban.extract.context import SectionIndex, domain_of
from duban.extract.indicators import indicator_of, trim_name
from duban.lang.words import Words, with_first_chars, words_pattern
from duban.extract.quantities import Quantity, scan_text
from duban.lang import load_table
from duban.place import division_map

__all__ = [
    "Commitment", "Reading", "Statement", "extract_commitments", "plan_like", "read_outside_plan", "unit_dimension",
    "word_pattern", "words",
]

_HARD_END = "。！？!?；;\n"
_SOFT_END = ",:，："
_SEPARATORS = " 、,;:"
_BOUNDARY = re.compile(f"[{re.escape(_HARD_END + _SOFT_END)}]")
_BRACKETS = re.compile(r"\([^()]{0,40}\)|（[^（）]{0,40}）|\^\[\d+\]|\[\d+\]")
_OPEN_BRACKET = re.compile(r"[(（][^()（）]{0,40}$")
_QUOTES = str.maketrans("", "", "“”‘’\"'《》「」『』")
_EXPLICIT_YEAR = re.compile(r"(?:到|至)((?:19|20)\d\d)年|((?:19|20)\d\d)年(?:底|末|前)")
_CJK = re.compile(r"[\u3400-\u9fff]")
_SPACE = re.compile(r"\s+")
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
LIST_CONNECTIVES = "和与及"  # 省定20项民生工程和市定20项民生事项: the next item starts at 和
CONNECTIVE_REACH = 6  # … when a target follows within this many characters
SHORT_ITEM = 3  # list items this short share the head noun of the last one (城镇和农村居民…)
MIN_OBJECT = 2  # an object is never stripped below this many characters
MAGNITUDE_WORDS = ("万", "亿")  # a bare number with one of these counts something (1000万)


# -- the wording tables ----------------------------------------------------------------------
@dataclass(slots=True)
class Wording:
    by_kind: dict[str, dict[str, str]]
    words: dict[str, Words]
    deadlines: list[tuple[re.Pattern, str, bool]]  # pattern, period template, counts in section titles
    deadline_any: re.Pattern
    indicators: Words  # indicator names (indicator_synonyms.tsv): never cut into by stripping
    # rows without {n}: word → (period, counts in section titles)
    deadline_words: dict[str, tuple[str, bool]] = field(default_factory=dict)
    patterns: dict[str, re.Pattern] = field(default_factory=dict)

    def value(self, kind: str, word: str) -> str:
        return self.by_kind.get(kind, {}).get(word, "")

    def at_start(self, kind: str, text: str, pos: int = 0) -> str | None:
        return self.words[kind].starting_at(text, pos)

    def at_end(self, kind: str, text: str, pos: int | None = None) -> str | None:
        return self.words[kind].ending_at(text, len(text) if pos is None else pos)

    def find(self, kind: str, text: str) -> tuple[int, str] | None:
        """The first (longest at that position) word of ``kind`` in ``text``."""
        m = self.pattern(kind).search(text)
        return (m.start(), m.group()) if m else None

    def pattern(self, kind: str) -> re.Pattern:
        """Any word of ``kind``, longest first (for searching a whole text at once)."""
        if kind not in self.patterns:
            words = sorted(self.by_kind.get(kind, {}), key=len, reverse=True)
            self.patterns[kind] = re.compile("|".join(re.escape(x) for x in words) or "(?!)")
        return self.patterns[kind]


@lru_cache(maxsize=1)
def wording() -> Wording:
    by_kind: dict[str, dict[str, str]] = {}
    for row in load_table("commitment_words"):
        by_kind.setdefault(row["kind"], {})[row["word"]] = row["value"]
    words = {kind: Words(table) for kind, table in by_kind.items()}
    deadlines = []
    month = r"(?P<n>1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九])"
    for row in sorted(load_table("deadline_words"), key=lambda r: -len(r["word"])):
        pattern = re.escape(row["word"]).replace(re.escape("{n}"), month)
        deadlines.append((re.compile(pattern), row["period"], row["in_titles"] == "yes"))
    # behind a look-ahead on the characters a deadline word starts with (the same matches; the
    # engine skips every other position at once instead of trying each word there)
    any_pattern = with_first_chars("|".join(p.pattern.replace("?P<n>", "?:") for p, _, _ in deadlines))
    indicators = Words(r["name"] for r in load_table("indicator_synonyms"))
    literal: dict[str, tuple[str, bool]] = {}
    for row in sorted(load_table("deadline_words"), key=lambda r: -len(r["word"])):
        if "{n}" not in row["word"]:
            literal.setdefault(row["word"], (row["period"], row["in_titles"] == "yes"))
    return Wording(by_kind, words, deadlines, any_pattern, indicators, literal)


def words(kind: str) -> dict[str, str]:
    """The words of one kind of ``commitment_words.tsv`` (scope, strength, rate_noun …) → value."""
    return wording().by_kind.get(kind, {})  # read only


def unit_dimension(unit: str) -> str:
    """What a unit measures (units.tsv): count, people, households, money, area …; "" when unknown."""
    return _dimensions().get(unit, "")


def word_pattern(kind: str) -> re.Pattern:
    """Any word of ``kind``, longest first."""
    return wording().pattern(kind)


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
        return "…".join(w for w in (self.before, self.after) if w)


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
            out.extend([(a, b, s0, s1) for a, b in sentence])
            sentence = []
    if hi > start:
        sentence.append((start, hi))
    if sentence:
        s0, s1 = sentence[0][0], sentence[-1][1]
        out.extend([(a, b, s0, s1) for a, b in sentence])
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
_indicator_of = lru_cache(maxsize=CLAUSE_MEMORY)(indicator_of)


@lru_cache(maxsize=CLAUSE_MEMORY)
def _domain(sentence: str) -> str:
    return domain_of(sentence)[0]


@lru_cache(maxsize=CLAUSE_MEMORY)
def _strip(text: str) -> tuple[str, str]:
    """Strip deadline, strength, intent, filler and action words from the start of ``text`` and
    comparators and fillers from its end. Returns ``(rest, first action)``."""
    w = wording()
    action = ""
    text = text.strip(" 、,")
    changed = True
    while changed and text:
        changed = False
        m = w.deadline_any.match(text) or _EXPLICIT_YEAR.match(text)
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
        if not g or len(text) - len(g) < MIN_OBJECT:
            return text
        text = text[: -len(g)].rstrip(" 、,")


def _is_cjk(ch: str) -> bool:
    return bool(ch) and bool(_CJK.match(ch))


DONE_WELL = "好"  # 实施好…: a verb followed by this is done well, not finished
COUNTED_NOUN = 6  # a counted list (甲、乙等5所学校) is a target when its noun is this short and ends the clause


def _counted_by_verb(norm: str, lo: int, q: Quantity) -> bool:
    """新建三所幼儿园: a count in words right after an action verb (a strength word may stand between)
    and followed by what it counts; 建成幼儿园三所: one closing a clause that an action verb opens."""
    if q.dimension not in COUNT_DIMENSIONS or q.unit == "":
        return False
    w = wording()
    if w.at_start("items", norm, q.end):
        return False
    pos = _number_start(norm, q)
    if not _is_cjk(norm[q.end : q.end + 1]):
        # 建成幼儿园三所。: a count in words closing a clause that a verb opens
        head = _strip_lead(norm[lo:pos])
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
    head = _strip_lead(norm[clause[0] : q.start])
    verb = w.at_start("action", head)
    return bool(verb) and w.value("action", verb) == "binding" and "、" in head


_FRACTION = re.compile(r"([一二三四五六七八九十两]+)分之([一二三四五六七八九十]+)|一半")


def reduction_fractions(norm: str, lo: int, hi: int) -> list[Quantity]:
    """审批时间再压减一半, 通关时间压缩三分之一以上: a fraction after a verb of reduction (kind
    ``reduce``) states a fall of that share, as 下降50% would (a change in %)."""
    w = wording()
    out = []
    for m in _FRACTION.finditer(norm, lo, hi):
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
    before = norm[clause[0] : _number_start(norm, q)]
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


_BARE_YEAR = re.compile(r"((?:19|20)\d{2})年(?:度|全年)?")
YEAR_MARK = "年"
_CLAUSE_MARK = re.compile(r"[,，:：]")


def _of_earlier_year(norm: str, s: Statement, year: int | None) -> bool:
    """Does a clause that is a year alone, earlier than the plan's, set the time of the sentence
    before the figure (2023年,郑州地区生产总值增长7.4% in a news item on the 2024 plan)? The figure
    states that year's result, not a target; 到2025年, 比2023年 are no year alone."""
    if year is None or norm.find(YEAR_MARK, s.sentence[0], s.clause[0]) < 0:
        return False  # (a year alone is written with 年)
    pieces = _CLAUSE_MARK.split(norm[s.sentence[0] : s.clause[0]])
    years = [m.group(1) for piece in pieces if (m := _BARE_YEAR.fullmatch(piece.strip()))]
    return bool(years) and int(years[-1]) < year


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
        for u in units:
            line = {x.id for x in self.m.lineage(u)}
            if u.id in self.own or self.unit.id in line:
                return False
        return True

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


PLACE_NAME_MAX = 9  # the longest name of a unit looked for at a clause's start


@lru_cache(maxsize=CLAUSE_MEMORY)
def _place_opening(text: str) -> tuple[tuple, int] | None:
    """`OtherPlaces._place` of a clause's first characters (remembered: clauses open alike; the
    units are a tuple, as a remembered answer must not be changed by whoever gets it)."""
    m = division_map()
    for n in range(min(len(text), PLACE_NAME_MAX), 1, -1):
        ids = (*m.by_name.get(text[:n], ()), *m.by_short.get(text[:n], ()))
        units = tuple(u for u in (m.current_of(m.units[i]) for i in ids) if u.level != "township")
        if units:
            return units, n
    return None


def _counts_days(norm: str, lo: int, q: Quantity) -> bool:
    """Does a duration count days of something (优良天数达到270天, 重污染天数减少到5天: the words
    before it, less a comparator, end in a ``day_count`` noun)?"""
    w = wording()
    text = norm[max(lo, q.start - BASELINE_WINDOW) : _number_start(norm, q)]
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
        before = norm[max(clause[0], q.start - BASELINE_WINDOW) : q.start]
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
            ok = bool(w.at_start("task", norm, q.end + 1)) or _unit_share(norm, q)
        elif w.at_start("items", norm, q.end):
            ok = False  # 八个方面: the report's own items
        elif norm[q.start - 1 : q.start] == "等":
            ok = _counted_list(norm, clause, q)  # 保定、沧州等6个城市: the size of a list just given
        elif w.at_end("descriptor", norm, q.start):
            ok = False  # 总投资5942亿元: the size of the projects named, not something to deliver
        elif later and ("从" in before or _from_by(norm, before, q)):
            ok = False  # 从10万元提高到15万元: the baseline
        elif w.at_start("milestone", norm, q.end):
            ok = True  # 粮食产量跃上1.4万亿斤新台阶: the figure is the level reached
        elif q.dimension not in COUNT_DIMENSIONS and _is_cjk(nxt) and nxt not in "以左上和与及或" and (
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
    out: list[Statement] = []
    previous_in_sentence: Statement | None = None
    last_sentence = None
    for (cs, ce, ss, se), qs in _by_clause(quantities, clauses if clauses is not None else clause_spans(norm, lo, hi)):
        if (ss, se) != last_sentence:
            previous_in_sentence, last_sentence = None, (ss, se)
        qs = [_people_count(norm, (cs, ce), q) for q in qs]
        flags = _target_flags(norm, (cs, ce), qs)
        targets = [q for q, ok in zip(qs, flags) if ok]
        for q, ok in zip(qs, flags):
            if not ok:  # kept for reference, never a target or a result
                out.append(Statement(q, (cs, ce), (ss, se), q.start, q.end, target=False))
        seg_start = cs
        for i, q in enumerate(targets):
            if i:  # 和5元, 、科技型中小企业500家: the connective between two items is no part of either
                while seg_start < q.start and norm[seg_start] in _SEPARATORS + LIST_CONNECTIVES:
                    seg_start += 1
            post_end = _post_end(norm, q, targets[i + 1].start if i + 1 < len(targets) else None, ce)
            pre = norm[seg_start : q.start]
            post = norm[q.end : post_end]
            st = Statement(q, (cs, ce), (ss, se), seg_start, post_end if i + 1 < len(targets) else ce)
            st.before = w.at_end("comparator", norm, _number_start(norm, q)) or ""
            st.after = w.at_end("comparator", norm[q.start : q.end]) or ""
            _fill_object(st, pre, post, previous_in_sentence)
            out.append(st)
            previous_in_sentence = st
            seg_start = post_end
    out.sort(key=lambda s: s.q.start)
    _distribute(out)
    _share_list_modifiers(out)
    return out


def _by_clause(quantities: list[Quantity], clauses: list[tuple[int, int, int, int]],
               ) -> list[tuple[tuple[int, int, int, int], list[Quantity]]]:
    """The clauses that hold a quantity (its start within them), each with its quantities, in
    order; a quantity between two clauses belongs to none. Most clauses hold none: each
    quantity finds its clause (a bisection) instead of each clause being looked at."""
    out: list[tuple[tuple[int, int, int, int], list[Quantity]]] = []
    if not quantities or not clauses:
        return out
    if any(a.start > b.start for a, b in zip(quantities, quantities[1:])):
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
        for separators in ("、", "、和与及"):
            items = [x for x in re.split(f"[{separators}]", obj) if x]
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
        if all(len(x) <= SHORT_ITEM for x in items[:-1]) and len(items[-1]) > SHORT_ITEM:
            tail = items[-1][len(items[-2]) :]
            items = [x + tail for x in items[:-1]] + [items[-1]]
        else:
            items = _share_measure(items)
        items = [items[0]] + [_share_modifier(items[0], x) for x in items[1:]]
        for run in runs:
            for st, item in zip(run, items):
                st.object = item


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


def _number_start(norm: str, q: Quantity) -> int:
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
    dims = _dimensions()
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

    def _order(self) -> None:
        keys = _starts_as_read(self.doc, self.found)
        order = list(range(len(self.found)))
        if any(a > b for a, b in zip(keys, keys[1:])):
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
            self.made.update(zip(missing, _as_read(self.doc, [self.found[i] for i in missing], ordered=False)))
        return [self.made[i] for i in wanted]


def _starts_as_read(doc: Document, found: list[Quantity]) -> list[int]:
    """Where `_as_read` puts the start of each quantity (its start mapped to the original as a
    fact's span is, then back), for all of them at once: the offset map's pieces looked up as
    arrays (`OffsetMap.bounds` and `NormIndex`, element-wise)."""
    m = doc.norm_map
    if m is None or m.is_identity or not found:
        return [q.start for q in found]
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


def _as_read(doc: Document, found: list[Quantity], ordered: bool = True) -> list[Quantity]:
    """Quantities of the extract stage as the facts made of them read (see `doc_quantities`):
    the span mapped to the original as a fact's is, then back; the digits found again in it;
    the dimension of the unit (units.tsv). Sorted by start (``ordered``), else in the order given."""
    norm = doc.norm
    dims = _dimensions()
    numeral = _numeral_run()
    out = []
    if doc.norm_map is None or doc.norm_map.is_identity:
        spans = [(q.start, q.end) for q in found]
    else:
        to_norm, bounds = NormIndex(doc), doc.norm_map.bounds
        spans = []
        for q in found:
            o_start, o_end = bounds(q.start, q.end)  # the fact's span in the original
            spans.append((to_norm(o_start), to_norm(o_end)))
    for q, (a, b) in zip(found, spans):
        m = numeral.search(norm, a, b)
        ns, ne = (m.start(), m.end()) if m else (a, b)
        out.append(Quantity(a, b, q.value, q.unit, q.approx, q.kind, dims.get(q.unit, ""), ns, ne))
    if ordered:
        out.sort(key=_start)
    return out


@lru_cache(maxsize=1)
def _dimensions() -> dict[str, str]:
    from duban.extract.lexicon import lexicon

    dims: dict[str, str] = {}
    for u in lexicon().units.values():
        dims.setdefault(u.unit, u.dimension)
    return dims


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


def _fill_object(st: Statement, pre: str, post: str, previous: Statement | None) -> None:
    w = wording()
    if pre.endswith("的"):  # 降到去年的1.5%, 占国内生产总值的4%: 的 ties the figure to its year or whole
        year = _OWNER_YEAR.search(pre, 0, len(pre) - 1)
        if year:
            pre = pre[: year.start()]
        elif st.q.dimension == "ratio" and SHARE_OF in pre[pre.rfind("的", 0, len(pre) - 1) + 1 :]:
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
    if post.startswith("的") and w.at_start("task", post, 1) or w.at_start("milestone", post):
        post = ""  # 超额完成播种8万亩的任务, 跃上1.4万亿斤新台阶: the task or milestone is no part of the name
    elif post.startswith("的") and w.at_start("unit_share", post, 1):
        post = post[1:]  # 试点范围扩大到60%的县: the units covered name the share
    if pre.endswith("等") and post:
        pre = ""  # 新建实验小学、第二中学等5所学校: the noun counted names the list
    elif pre.endswith("等"):
        pre = pre[:-1]  # 新增企业技术中心、重点实验室等250家: the list names what is counted
    pre_obj, action = _strip(_trim_name(pre))
    pre_obj = _trim_name(clean_object(pre_obj))  # 提出…, …下降到, …每人每年: no part of the name
    post_is_predicate = bool(post) and bool(w.at_start("action", post) or w.at_start("strength", post))
    post_obj = clean_object(_strip(post)[0]) if post else ""
    if pre_obj:
        obj = pre_obj + post_obj if post_obj and not post_is_predicate else pre_obj
    elif post_obj and not post_is_predicate:
        obj = post_obj  # 创建400个美丽乡村: the noun counted
    elif previous is not None:
        # 增长8.1% after 国内生产总值达到114万亿元: the same thing; 200个以上通过省级验收 after 400个美丽乡村
        obj = previous.object + (post_obj if post_is_predicate else "")
        st.context_start = previous.context_start if previous.context_start is not None else previous.seg_start
        action = action or previous.action
    else:
        obj = post_obj
    st.object, st.action = obj, action


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


def read_outside_plan(doc: Document) -> Reading:
    """What a report states outside its plan parts: each figure with its object, and its clauses."""
    norm = doc.norm
    quantities = doc_quantities(doc)
    statements: list[Statement] = []
    clauses: list[tuple[int, int]] = []
    ranges = outside_plan_ranges(doc)
    for lo, hi in ranges:
        spans = clause_spans(norm, lo, hi)
        statements.extend(s for s in read_statements(norm, lo, hi, quantities.between(lo, hi), spans)
                          if s.target and s.object)
        clauses.extend((cs, ce) for cs, ce, _, _ in spans)
    levels: list[Statement] = []
    for lo, hi, _, _ in _plan_ranges(doc):
        levels.extend(_levels(norm, read_statements(norm, lo, hi, quantities.between(lo, hi))))
    return Reading(statements, clauses, ranges, levels)


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
def _plan_ranges(doc: Document) -> Iterator[tuple[int, int, str, str]]:
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
    for cs, ce, ss, se in _future_sentences(norm, within_plan):
        if cs != ss or in_plan(ss):
            continue  # one look per sentence, outside plan parts
        if _title_line(norm, ss, se):
            continue  # a line that is a title (related news, menus, headings): no sentence of the report
        if _plan_like(norm[ss:se]):
            part = part_at(doc.norm_span(ss, ss + 1).start)
            yield ss, se, part.kind if part else "", period


_STOP_CHARS = _HARD_END.replace("\n", "")  # each ends a sentence wherever it stands
_SENTENCE_STOP = re.compile(f"[{re.escape(_STOP_CHARS)}]")


def _future_sentences(norm: str, passed: Callable[[int, int], bool] | None = None,
                      ) -> Iterator[tuple[int, int, int, int]]:
    """The clauses (as `clause_spans` gives them over the whole text) of the sentences in which a
    future word (下半年, 明年 …) starts, in order: only these may be plan-like.

    Each future word is read in the stretch between the sentence stops (。！？；, never a line
    break: a broken line does not end a sentence) around it; `clause_spans` starts afresh after
    such a stop, so the stretch's clauses are those of the whole text. A stretch ``norm[a:b]``
    for which ``passed(a, b)`` holds (the caller reads it otherwise: a plan part's) is not read."""
    future = word_starts(norm, "future")
    if not future:
        return
    covered = 0  # where the last stretch read ended: right after a stop (or the text's start)
    for f in future:
        if f < covered:
            continue
        # the stops around f, each part of the text looked at once (no list of every stop)
        a = max(norm.rfind(ch, covered, f) for ch in _STOP_CHARS) + 1 or covered
        stop = _SENTENCE_STOP.search(norm, f)
        b = stop.start() + 1 if stop else len(norm)
        if passed is not None and passed(a, b):
            covered = b
            continue
        starts_in = bisect.bisect_left(future, a)
        for cs, ce, ss, se in clause_spans(norm, a, b):
            j = bisect.bisect_left(future, ss, lo=starts_in)
            if j < len(future) and future[j] < se:
                yield cs, ce, ss, se
        covered = b


def word_starts(text: str, kind: str) -> list[int]:
    """Where the words of one kind (commitment_words.tsv) start in ``text``, in order (a stretch
    holds such a word only if one of these lies in it: a quick test before the words are looked
    for in the stretch)."""
    return [m.start() for m in _starts_pattern(kind).finditer(text)]


@lru_cache(maxsize=16)
def _starts_pattern(kind: str) -> re.Pattern:
    """Every position where a word of ``kind`` starts (a look-ahead: overlapping words count),
    written as a trie behind a test of the first character, so most positions cost one test."""
    kind_words = [w for w in wording().by_kind.get(kind, {}) if w]
    if not kind_words:
        return re.compile("(?!)")
    first = "".join(re.escape(ch) for ch in sorted({w[0] for w in kind_words}))
    return re.compile(f"(?=[{first}])(?={words_pattern(kind_words)})")


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
    out, start = [], lo
    while start < hi:
        end = norm.find("\n", start, hi)
        end = hi if end < 0 else end
        head = norm[start : start + 12]
        if w.at_start("notes", head.lstrip(" ")):
            break  # 名词解释: notes to the end of the part
        if not _FOOTNOTE.match(head) and not any(w.at_start("retro", head, i) for i in range(min(3, len(head)))):
            out.append((start, end))
        start = end + 1
    return out


def plan_like(sentence: str) -> bool:
    """下半年,我们将…: does a sentence speak of the future (a future word, then an intent word)?"""
    return _plan_like(sentence)


def _plan_like(sentence: str) -> bool:
    """下半年,我们将…: a future word, then an intent word close after it."""
    return bool(_plan_like_pattern().search(sentence))


@lru_cache(maxsize=1)
def _plan_like_pattern() -> re.Pattern:
    w = wording()
    return re.compile(f"(?:{w.pattern('future').pattern}).{{0,{INTENT_WINDOW}}}?(?:{w.pattern('intent').pattern})")


class SectionTitles:
    """Offset in the original → titles of the sections containing it, outermost first.

    The chain only changes at a section's start or end, so it is computed once per stretch
    between two such boundaries."""

    def __init__(self, doc: Document):
        self.index = SectionIndex(doc.sections)  # a file of many reports has thousands of sections
        self.bounds = sorted(doc.section_bounds())
        self.cache: dict[int, list[str]] = {}

    def __call__(self, offset: int) -> list[str]:
        k = bisect.bisect_right(self.bounds, offset)
        if k not in self.cache:
            self.cache[k] = [sec.title for sec in self.index.path(offset)]
        return list(self.cache[k])

    def path(self, offset: int) -> list:
        """The sections (outermost first) holding ``offset``, as `Document.section_path` gives them."""
        return self.index.path(offset)


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


@lru_cache(maxsize=4096)
def deadline_of(text: str, year: int | None, title: bool = False) -> str:
    """The period a deadline word in ``text`` names, "" when none (see deadline_words.tsv).

    In a section ``title`` only words marked ``in_titles`` count (二、明年工作计划 names the part)."""
    m = _EXPLICIT_YEAR.search(text)
    if m:
        return m.group(1) or m.group(2)
    if year is None:
        return ""
    w = wording()
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
    finishing = _starts_pattern("finish")  # a clause without a target is one only with such a verb
    for lo, hi, part_kind, period in _plan_ranges(doc):
        in_range = quantities.between(lo, hi)
        if not in_range and finishing.search(norm, lo, hi) is None and _FRACTION.search(norm, lo, hi) is None:
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
            made = []
            if stated is None:
                c = _without_target(doc, cs, ce, year, titles, finishing)  # cheap when it finds none: most clauses
                if c is None:
                    continue
                clause = norm[cs:ce]
                if _SPACE.sub("", clause) + "|" in seen or _states_means(clause):
                    continue  # the same clause twice, without a target (a page that repeats its body)
                made = [c]
            else:
                clause = norm[cs:ce]
                if _states_means(clause):
                    continue
                for s in stated:
                    if len(s.object) < MIN_OBJECT and cs != ss and not previous_target.get((ss, se)):
                        # 实施“规模以上服务业企业倍增计划”，新增78家: the sentence's topic is counted
                        s.object = _topic(norm, (ss, se), (cs, ce)) or s.object
                    elif len(s.object) < MIN_OBJECT and s.context_start is not None and previous_target.get((ss, se)):
                        # 推进保障性安居工程建设，基本建成500万套，新开工700万套以上: the topic the figure
                        # before took
                        s.object = previous_target[(ss, se)][1].object
                    if len(s.object) < MIN_OBJECT:
                        continue  # 为6%以上: a figure restated, with nothing to say what it measures
                    if _looks_back(norm, s) or _of_earlier_year(norm, s, year):
                        continue  # 去年居民消费价格涨幅回落到2.6%: last year's figure, no target
                    if other_place(norm[s.clause[0] : s.q.start]):
                        continue  # 商丘是7.5%左右 in a news item on 郑州's plan: another government's figure
                    if _range_end(norm, s.q) or _compares_before(norm, cs, s.q):
                        continue  # 增长6%-6.5%: the range's upper end; 比上年增加1868亿元: the figure before again
                    c = _from_statement(doc, s, year, previous_target.get((ss, se)), titles)
                    made.append(c)
                    previous_target[(ss, se)] = (s, c)
            if not made:
                c = _without_target(doc, cs, ce, year, titles, finishing)
                if c is None:
                    continue
                made = [c]
            squeezed = _SPACE.sub("", clause) + "|"
            for n, c in enumerate(made):
                # 新增城镇就业5000人、农村劳动力转移就业5000人: two equal figures of one clause are two
                key = squeezed + c.target_text + (f"|{n}" if n else "")
                if key in seen:
                    continue  # the same clause twice (a page that repeats its body)
                seen.add(key)
                if not c.deadline:
                    c.deadline = _context_deadline(norm, ss, cs, c.section, year)
                if (ss, se) not in domain_cache:
                    domain_cache[(ss, se)] = _domain(norm[ss:se])
                c.domain = domain_cache[(ss, se)]
                c.part, c.period = part_kind, period
                c.indicator = _indicator_of(c.object)
                found.append(c)
                sentence_of[id(c)] = (ss, se)
    found = _without_restatements(found, sentence_of, norm)
    found.sort(key=lambda c: (c.start, c.target_start or 0))
    doc.commitments = found
    return doc


def _clauses_to_read(norm: str, lo: int, hi: int, spans: list[tuple[int, int, int, int]],
                     stated: dict[tuple[int, int], list[Statement]], finishing: re.Pattern,
                     ) -> list[tuple[int, int, int, int]]:
    """The clauses of ``spans`` (over ``norm[lo:hi]``) that may state a commitment, in order: those
    with a target and those in which a verb with an end (``finishing``) starts; the others (most
    of a plan's clauses) can make none. The verbs are looked for once over the whole stretch."""
    if len(stated) == len(spans):
        return spans
    starts = [span[0] for span in spans]
    picked = {bisect.bisect_left(starts, cs) for cs, _ in stated}
    for m in finishing.finditer(norm, lo, hi):
        j = bisect.bisect_right(starts, m.start()) - 1
        if j >= 0 and m.start() < spans[j][1]:
            picked.add(j)
    return [spans[j] for j in sorted(picked)]


RESTATED_NAME = 2  # an indicator this short names too little to tell a restatement from another target
LISTED = 1000  # the weight of a sentence holding a list's lead, against a count of its targets


def _without_restatements(found: list[Commitment], sentence_of: dict[int, tuple[int, int]],
                          norm: str) -> list[Commitment]:
    """A target given again in the same plan (提出居民消费价格涨幅控制在4%左右 after the list of targets; a
    news lead restating the list) is one commitment: of the rows with the same indicator, figure,
    comparator and deadline, the one in the list a lead introduces (主要预期目标为:) is kept, else the one
    whose sentence states the most targets (the first on a tie)."""
    per_sentence: dict[tuple[int, int], int] = {}
    w = wording()
    for c in found:
        if c.target_text:
            ss, se = sentence_of[id(c)]
            if (ss, se) not in per_sentence:  # a list a lead introduces, in its line, outranks a headline
                line_start = norm.rfind("\n", 0, ss) + 1
                per_sentence[(ss, se)] = LISTED if w.find("list_lead", norm[line_start:se]) else 0
            per_sentence[(ss, se)] += 1
    best: dict[tuple, Commitment] = {}
    for c in found:
        if not c.target_text or len(c.indicator) < RESTATED_NAME:
            continue
        key = (c.part, c.period, c.indicator, c.target_value, c.target_unit, c.target_kind, c.comparator, c.deadline)
        kept = best.get(key)
        if kept is None or per_sentence[sentence_of[id(c)]] > per_sentence[sentence_of[id(kept)]]:
            best[key] = c
    kept_ids = {id(c) for c in best.values()}
    return [c for c in found if not c.target_text or len(c.indicator) < RESTATED_NAME or id(c) in kept_ids]


def _context_deadline(norm: str, ss: int, cs: int, titles: list[str], year: int | None) -> str:
    """A deadline stated earlier in the sentence, else in the titles of the sections around."""
    d = deadline_of(norm[ss:cs], year)
    if d:
        return d
    for title in reversed(titles):
        d = deadline_of(title, year, title=True)
        if d:
            return d
    return ""


def _from_statement(
    doc: Document, s: Statement, year: int | None, previous: tuple[Statement, Commitment] | None,
    titles: SectionTitles,
) -> Commitment:
    norm = doc.norm
    q = s.q
    start = s.seg_start
    while start < q.start and norm[start] in _SEPARATORS:
        start += 1  # 、高新技术企业7家: the list's separator is not part of the commitment
    to_original = _to_original(doc)
    a, b = to_original(start, s.seg_end)
    t_start = min(q.start, _number_start(norm, q) - len(s.before))  # 达到8000家: the comparator is written
    ta, tb = to_original(t_start, q.end)
    clause = norm[s.clause[0] : s.clause[1]]
    obj = s.object
    if previous is not None and s.context_start is not None and obj == previous[0].object:
        obj = previous[1].object  # 同比增长10%以上 after 种植规模达6600亩: the same object
    elif _is_attribute(obj):
        topic = previous[1].object if previous is not None else _topic(norm, s.sentence, s.clause)
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
        strength=strength_of(clause, s.action, True),
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
    w = wording()
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
        obj = clean_object(_strip(tail[:i])[0])
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
    raw = _strip(clause[i + len(verb) :])[0]
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
        return True  # 3-5家: the low end, whose unit is written after the high end
    mark = w.at_start("range_mark", norm, i)  # the mark may be read as the figure's sign (-6.5)
    if not mark:
        mark = w.at_end("range_mark", norm, i)
        if not mark:
            return False
        i -= len(mark)
    # the first figure carries the unit itself (6%-6.5%): in 3-5家 and 30-50项 the range is one figure
    return bool(q.unit) and norm[max(0, i - len(q.unit) - 1) : i] in {d + q.unit for d in "0123456789"}


def _compares_before(norm: str, clause_start: int, q: Quantity) -> bool:
    """比上年增加1868亿元, 比去年预算高0.2个百分点: an amount or points compared with last year, in a clause
    of its own, restates the figure before it; a rate so compared (比上年增长7%) stays a target."""
    if q.unit == "%":
        return False
    text = norm[clause_start : q.start].lstrip(" ")  # not _strip_lead: 比上年 is a filler of names
    return bool(wording().at_start("compare_base", text))


def _dated(text: str) -> bool:
    """Does ``text`` name a date within the year (5月底前, 年底前, 三季度)? A year alone does not."""
    m = wording().deadline_any.search(text)
    return bool(m) and any(ch in m.group() for ch in "月季底前")


@lru_cache(maxsize=CLAUSE_MEMORY)
def _states_means(clause: str) -> bool:
    """以…为载体, 依托…: a clause naming the means of other commitments, not one itself."""
    w = wording()
    text = _strip_lead(clause)
    word = w.at_start("means", text)
    return bool(word) and (word != "以" or "为" in text[1:])


def _strip_lead(text: str) -> str:
    w = wording()
    text = text.lstrip(" ")
    while True:
        word = w.at_start("strength", text) or w.at_start("filler", text)
        if not word:
            return text
        text = text[len(word):]


@lru_cache(maxsize=CLAUSE_MEMORY)
def _first_action(text: str) -> str:
    hit = wording().find("action", text)
    return hit[1] if hit else ""


@lru_cache(maxsize=CLAUSE_MEMORY)
def _is_attribute(obj: str) -> bool:
    a = wording().at_end("attribute", obj)
    return bool(a) and len(obj) <= len(a) + 2


def _topic(norm: str, sentence: tuple[int, int], clause: tuple[int, int]) -> str:
    """The thing a sentence is about: the object of its first clause (推动宣莲产业从… → 宣莲产业)."""
    first = clause_spans(norm, sentence[0], sentence[1])[0]
    if first[:2] == clause:
        return ""
    text = norm[first[0] : first[1]]
    text = re.split(r"[从向在为到]", _strip(text)[0], maxsplit=1)[0]
    if "的" in text:
        text = text[text.rindex("的") + 1 :]
    return clean_object(text)

