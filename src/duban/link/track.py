"""Plan against delivery: each commitment of a plan matched with what the next report says.

`track_documents(plan_doc, review_doc)` pairs two processed documents; `track_org(db, org)` finds
an organisation's reports in the store, pairs each plan period with the report reviewing it and
tracks every pair. Both return a `TrackReport` whose ``rows()`` are plain, JSON-ready dicts.

Matching, per commitment (docs/tracking.md has the rules as a table):

1. The later report's quantities outside its plan parts are read clause by clause
   (`read_statements`), each with the object it measures. Those of a compatible unit and kind
   (a growth rate for a growth target, 亩 for 亩, 万吨 for 亿斤) are scored against the
   commitment's object (`duban.link.match`); the best one scoring at least `MATCH_THRESHOLD` is
   the result.
2. A growth target with only a level in the review (一般公共预算收入完成13.24亿元) takes its base
   from the earlier report (the plan document outside its plan part): the growth is computed.
3. A commitment without a target is ``unmeasurable`` when a review clause speaks of its object
   (shown as evidence), else ``not_reported``.
4. `duban.link.status.decide` gives the status.
"""

from __future__ import annotations

import re
import time
from dataclasses import dataclass, field, replace
from typing import Any

from duban.document import Document
from duban.extract.commitments import Commitment, extract_commitments
from duban.extract.statements import Statement, is_share_of, joined_members, pair_members, plan_like, read_outside_plan
from duban.extract.wording import unit_dimension, word_pattern, wording, words
from duban.extract.indicators import indicator_of, split_scope, table_indicator
from duban.link.match import Index, features, head, key, rarity
from duban.link.orgs import org_key
from duban.link.periods import covers, due_by, months
from duban.link.status import Result, convert, decide, is_rate, rate_kind
from duban.place import PLACE_NAME_MAX, division_map, short_name

MATCH_THRESHOLD = 0.5  # weighted Dice of two objects for a figure to count as the result
HEAD_BONUS = 0.3  # preference for a figure whose name ends in the same head noun
CLAUSE_THRESHOLD = 0.6  # for a review clause to count as speaking of a commitment without target
PARAGRAPH_OPENING = 8  # characters at the start of a paragraph that can say it covers several years
DASH_ITEM = ("——", "--", "―")  # a paragraph opening with a dash is an item of the one before
STRETCH_OPENING = 16  # … that can open a stretch of paragraphs on several years (各位代表!过去五年…) or one
SHORTFALL_WINDOW = 24  # characters after a result in which 未完成 … says it was missed
TALLY_WINDOW = 400  # characters after a result in which a tally of the targets met may close its paragraph
RATE_OVERSHOOT = 5  # a rate this many times its target, in its direction, is still a plausible result
CONFIDENCE_MIN = 0.45  # below this a match is no result: not_reported rather than a wrong status
NO_CANDIDATE_CONFIDENCE = 0.8  # not_reported with no figure near the object at all
RANK_FIT = 0.2  # weight of unit fit and plausibility when ranking candidates
BOUND_PENALTY = 0.05  # a figure given as a bound (突破万亿元) answers less well than one given exactly (10502.56亿元)
CLASSIFIER_DIMENSIONS = frozenset({"count", "households"})  # 户 / 套 / 座 / 个 count the same things
CLASSIFIER_FIT = 0.8
PERIOD_FACTOR = {"level": 0.85, "level_end": 0.85}
CONTRAST_FACTOR = 0.5
SCOPE_FACTOR = 0.7  # the target and the figure name different scopes (全省 / 雄安新区)
BASE_FACTOR = 0.9  # a growth computed from the earlier report's base
ABBREVIATION_MIN = 3  # characters of a short form compared with a full name
ABBREVIATION_FACTOR = 0.9
NOUN_FACTOR = 0.85  # a match of the objects without their verbs counts this much of a full one
SUM_FACTOR = 0.9
STOCK_WINDOW = 6  # characters before a review figure in which 达到 / 总数 make it a level (kind stock)
STOCK_FACTOR = 0.9  # an increase computed as a level less the earlier report's level  # a result summed from its parts (or a total divided by people)
PER_HEAD = "人均"
BOUNDS = ("over", "under")  # the approx of a figure that states a bound, not a level
SAME_ORG = 0.67  # Dice over character pairs above which two organisation names are one
_NOT_WORD = re.compile(r"[\W_]+")
_YEAR_ANY = re.compile(r"((?:19|20)\d\d)年(?!\s*(?:1[0-2]|0?[1-9])月)")  # a year, not a date (2019年1月30日公布的…)
_YEAR_PREFIX = re.compile(r"^((?:19|20)\d\d)年")


@dataclass(slots=True)
class TrackRow:
    """One commitment and what the review says about it, with evidence spans in both documents."""

    plan_source: str
    review_source: str
    text: str
    start: int
    end: int
    indicator: str  # the commitment's object as written
    measure: str  # its normalised indicator (地区生产总值 for 全省GDP)
    action: str
    strength: str
    deadline: str
    section: str
    domain: str
    target: str
    target_value: float | None
    target_unit: str
    comparator: str
    status: str
    score: float = 0.0
    result_text: str = ""
    result_start: int | None = None
    result_end: int | None = None
    result_value: float | None = None
    result_unit: str = ""
    base_text: str = ""  # a base figure from the plan document, when growth was computed from it
    base_start: int | None = None
    base_end: int | None = None
    note: str = ""
    confidence: float = 0.0  # how sure the status is, 0–1 (docs/tracking.md, Confidence)
    target_start: int | None = None
    checked: str = ""  # a status a person confirmed or chose (track_checks), "" when unchecked
    machine_status: str = ""  # duban's own status when a person changed it

    def as_dict(self) -> dict[str, Any]:
        return {name: _plain(getattr(self, name)) for name in self.__slots__}


def _plain(v: Any) -> Any:
    if isinstance(v, float):
        return int(v) if v.is_integer() else round(v, 4)
    return v


@dataclass(slots=True)
class TrackReport:
    """The tracking table for one organisation (or one pair of documents)."""

    org: str = ""
    pairs: list[dict[str, str]] = field(default_factory=list)
    items: list[TrackRow] = field(default_factory=list)
    seconds: float = 0.0

    def rows(self) -> list[dict[str, Any]]:
        return [r.as_dict() for r in self.items]

    def counts(self) -> dict[str, int]:
        from duban.link.status import STATUSES

        out = dict.fromkeys(STATUSES, 0)
        for r in self.items:
            out[r.status] += 1
        return out

    def as_dict(self) -> dict[str, Any]:
        return {"org": self.org, "pairs": self.pairs, "counts": self.counts(), "rows": self.rows()}


# -- reading the review ----------------------------------------------------------------------
@dataclass(slots=True)
class Measure:
    """What a target or a review figure states: the indicator layer of tracking.

    ``indicator`` is the normalised name (`duban.extract.indicators`), ``scope`` the
    administrative scope written before it (全省, 本区), ``period`` one of ``year`` (the year
    reviewed), ``level`` (a level reached, read from a baseline 从X提高到Y of the review's own
    plan), ``multiyear`` (累计…, 五年…, 年均…), ``plan`` (the review's plan for the next year) or
    ``other`` (a figure of another year); ``kind`` is amount, change or share."""

    indicator: str
    scope: str
    period: str
    value: float
    unit: str
    kind: str


def measure_of(c: Commitment) -> Measure:
    scope, _ = split_scope(c.object)
    return Measure(c.indicator or indicator_of(c.object), scope, c.deadline or c.period, float(c.target_value or 0),
                   c.target_unit, c.target_kind)


@dataclass(slots=True)
class _Side:
    """One document's statements (figures) and clauses, indexed by object."""

    doc: Document
    statements: list[Statement]
    index: Index
    clauses: list[tuple[int, int]]
    clause_index: Index
    periods: list[str] = field(default_factory=list)  # Measure.period of each statement
    noun_index: Index = field(default_factory=Index)  # the statements' objects without edge verbs
    places: list[str] = field(default_factory=list)  # the unit below the organisation a figure is of, or ""


def _read_side(doc: Document, with_clauses: bool = True) -> _Side:
    norm = doc.norm
    reading = read_outside_plan(doc)
    year = (doc.periods.get("review") or "")[:4]
    stretches = multiyear_stretches(norm, reading.ranges, year)
    headed = year_headed_stretches(norm) if "年\n" in norm else []
    statements, periods = [], []
    elsewhere = _Elsewhere(doc)
    places: list[str] = []
    last_place = (None, "", "")  # the sentence of the last figure of another place or a unit below, and which
    for st in reading.statements:
        whose, place = elsewhere.place_of(st.object)
        if whose:
            last_place = (st.sentence, whose, place)
        if whose == "elsewhere":
            continue  # 2018年广东省地区生产总值达9.73万亿元 in a review of 广州市: the province's figure
        if not whose and st.sentence == last_place[0] and elsewhere.names_no_place(st.object):
            # 南昌市GDP名义增速4.87%,GDP实际增速4.9%: the second figure is 南昌's too
            if last_place[1] == "elsewhere":
                continue
            place = last_place[2]
        period = _period(norm, st, year, stretches, headed)
        if period == "year" or not with_clauses and period == "multiyear" and _level_at_end(norm, st):
            # a base may be a level at the end of a five-year review (科技型中小企业近10000家)
            statements.append(st)
            periods.append(period)
            places.append(place)
        elif with_clauses and period == "multiyear" and _level_at_end(norm, st, written=True):
            # 国家科技型中小企业达到2912家 in a five-year review: the level at its end, for a level target
            statements.append(st)
            periods.append("level_end")
            places.append(place)
    for st in reading.levels:  # 从每月210元提高到230元 in the review's plan: 210元 is the level reached
        statements.append(st)
        periods.append("level")
        places.append("")
    clauses = reading.clauses
    statement_keys = [key(st.object) for st in statements]
    nouns = Index.build([noun_key(st.object) for st in statements])
    if not with_clauses:  # bases only: figures, weighed among themselves
        return _Side(doc, statements, Index.build(statement_keys), [], Index(), periods, nouns, places)
    clause_keys = [key(norm[a:b]) for a, b in clauses]
    weights = rarity(clause_keys)  # how rare a bigram is among the report's clauses
    return _Side(doc, statements, Index.build(statement_keys, weights), clauses, Index.build(clause_keys, weights),
                 periods, nouns, places)


class _Elsewhere:
    """Does an object open with the name of a place that is neither the review's organisation nor
    one below it (its province, a neighbouring city), as the subject of an indicator of the table or
    of a place_subject word (commitment_words.tsv)? Then the figure is that place's, no result of the
    organisation's plan. The figures of its own counties stay (a target may name one), and so does a
    name of a thing that opens with a place's (北京大兴国际机场临空经济区)."""

    def __init__(self, doc: Document):
        code = (doc.org or {}).get("division_code") if isinstance(doc.org, dict) else None
        self.map = division_map()
        self.unit = self.map.with_code(code) if code else None

    def place_of(self, obj: str) -> tuple[str, str]:
        """Whose figure ``obj`` names, by the place it opens with (one look-up of the map): ("elsewhere", name)
        for a place neither the organisation nor below it; ("below", name) for a unit below it before an
        indicator of the table (南昌市GDP名义增速 in Jiangxi's review); ("", "") otherwise."""
        if self.unit is None:
            return "", ""
        text = _YEAR_PREFIX.sub("", obj, count=1)
        found = self.map.opening(text[:PLACE_NAME_MAX])
        if found is None:
            return "", ""
        units, n = found
        rest, w = text[n:], wording()
        if not any(self.map.is_within(unit, self.unit) for unit in units):
            named = w.indicators.starting_at(rest, 0) or w.at_start("place_subject", rest)
            return ("elsewhere", text[:n]) if named else ("", "")
        if all(self.map.is_within(u, self.unit) and u.id != self.unit.id for u in units) \
                and w.indicators.starting_at(rest, 0):
            return "below", text[:n]
        return "", ""

    @staticmethod
    def names_no_place(obj: str) -> bool:
        """Does ``obj`` open on an indicator of the table, with no place or scope before it (GDP实际增速)?"""
        return bool(wording().indicators.starting_at(_YEAR_PREFIX.sub("", obj, count=1), 0))


def noun_key(obj: str) -> str:
    """The key of an object without the verbs at its edges (灾损农房新建, 恢复重建灾损农房 → 灾损农房):
    reports put the verb before or after what is built, and change it (新建 / 恢复重建)."""
    verbs = words("action")
    text = obj
    changed = True
    while changed:
        changed = False
        for word in sorted(verbs, key=len, reverse=True):
            if len(word) > 1 and len(text) - len(word) >= 2:
                if text.startswith(word):
                    text, changed = text[len(word):], True
                    break
                if text.endswith(word):
                    text, changed = text[: -len(word)], True
                    break
    return key(text)


def multiyear_stretches(norm: str, ranges: list[tuple[int, int]], year: str) -> list[tuple[int, int]]:
    """Paragraphs that review several years without saying so themselves: those after a paragraph
    opening with a multi-year word (过去五年, 五年来) that announces them (…主要做了以下工作。, a
    closing colon: kind ``introduces``), up to the next paragraph opening with a one-year word
    (过去一年, 去年, 刚刚过去的2022年: kind ``one_year``, or the year reviewed); and the dash items
    (——经济发展再上新台阶…) right after such a paragraph. A 过去五年 sentence standing alone in a
    one-year review starts no stretch."""
    many, one, intro = word_pattern("multiyear"), word_pattern("one_year"), word_pattern("introduces")
    reviewed = re.compile(f"{year}年") if year else None
    out = []
    for lo, hi in ranges:
        start, state = None, ""  # state: "" | "items" (dash items follow) | "all" (every paragraph)
        pos = lo
        while pos < hi:
            end = norm.find("\n", pos, hi)
            end = hi if end < 0 else end
            text = norm[pos:end].strip()
            if not text:
                pos = end + 1
                continue
            window = min(end, pos + STRETCH_OPENING)
            hits = [m.start() for m in (many.search(norm, pos, window),) if m]
            ones = [m.start() for m in (one.search(norm, pos, window),
                                        reviewed.search(norm, pos, window) if reviewed else None) if m]
            if hits and (not ones or min(hits) < min(ones)):
                last = re.split(r"[。!?！？]", text.rstrip("。!?！？"))[-1]
                state = "all" if intro.search(last) or text[-1] in ":：" else state or "items"
                start = pos if start is None else start
            elif ones or not (state == "all" or state == "items" and text.startswith(DASH_ITEM)):
                if start is not None:
                    out.append((start, pos))
                start, state = None, ""
            pos = end + 1
        if start is not None:
            out.append((start, hi))
    return out


_YEAR_LINE = re.compile(r"^[ \t\u3000]*((?:19|20)\d{2})[ \t\u3000]*年度?[ \t\u3000]*$", re.M)
_OUTLINE_LINE = re.compile(r"^[ \t\u3000]*[一二三四五六七八九十]+、", re.M)


def year_headed_stretches(norm: str) -> list[tuple[int, int, str]]:
    """Lines under a line that is a year alone (辽宁亮点⏎2025年⏎…粮食产量515.6亿斤⏎辽宁落点⏎2026年⏎…一般公共
    预算收入增长2.5%左右): the year each stretch speaks of, up to the next such line or outline heading."""
    heads = list(_YEAR_LINE.finditer(norm))
    out = []
    for k, m in enumerate(heads):
        end = heads[k + 1].start() if k + 1 < len(heads) else len(norm)
        if (outline := _OUTLINE_LINE.search(norm, m.end(), end)) is not None:
            end = outline.start()
        out.append((m.end(), end, m.group(1)))
    return out


def _period(norm: str, s: Statement, year: str, stretches: list[tuple[int, int]] = (),
            headed: list[tuple[int, int, str]] = ()) -> str:
    """Which period a review figure speaks of (see `Measure`)."""
    under = next((y for a, b, y in headed if a <= s.q.start < b), "")
    if year and under and under != year:
        return "plan" if under > year else "other"  # under a line 2026年 in a review of 2025: its plan
    one_year = _names_one_year(norm, s, year)
    if _multiyear(norm, s, one_year) or (not one_year and any(a <= s.q.start < b for a, b in stretches)):
        return "multiyear"
    m = _YEAR_PREFIX.match(s.object)
    if m and year and m.group(1) != year:
        return "other"  # 2022年全县地区生产总值… in a review of 2023
    if plan_like(norm[s.sentence[0] : s.q.start]):
        return "plan"  # 下一步，我们将…: the review's own plan, outside a plan part
    if _restates_target(norm[s.clause[0] : s.q.start]):
        return "plan"  # ——全年计划实施重大项目215项:预计…230项: the target restated beside its result
    if year and any(y > year for y in _YEAR_ANY.findall(norm, s.sentence[0], s.q.start)):
        return "plan"  # 2024年主要预期目标：… in a review of 2023, outside a plan part
    return "year"


def _restates_target(before: str) -> bool:
    """Does the clause before a review's figure name it as the year's target (commitment_words.tsv,
    restates: 全年计划实施, 预期目标增长), no verb with an end (kind finish) before that word (完成计划的105%)?"""
    m = word_pattern("restates").search(before)
    return m is not None and word_pattern("finish").search(before, 0, m.start()) is None


def _multiyear(norm: str, s: Statement, one_year: bool = False) -> bool:
    """Does ``s`` give a figure over several years (五年城镇新增就业445万人, a paragraph opening
    这五年…, 年均增长10%, 累计… in a paragraph that speaks of five years)? Such a figure is no
    result of a one-year plan. A sentence of such a paragraph that names the one year before its
    figure (2012年,…城镇新增就业1266万人; 从2009年的2.8%降到去年的1.5%) speaks of that year."""
    pattern = word_pattern("multiyear")
    paragraph = norm.rfind("\n", 0, s.q.start) + 1
    if pattern.search(norm, s.sentence[0], s.q.end):
        return True
    if one_year:
        return False
    if pattern.search(norm, paragraph, min(s.q.start, paragraph + PARAGRAPH_OPENING)):
        return True
    # 累计完成投资… after 过去五年 earlier in the same paragraph
    return bool(word_pattern("cumulative").search(norm, s.sentence[0], s.q.end)
                and pattern.search(norm, paragraph, s.sentence[0]))


def _names_one_year(norm: str, s: Statement, year: str) -> bool:
    """Does the sentence name the one year reviewed before its figure (2012年,…; 降到去年的1.5%)?"""
    before = norm[s.sentence[0] : s.q.start]
    return bool(word_pattern("one_year").search(before)
                or year and re.search(f"{year}年(?![以来]|前)", before))


def _level_at_end(norm: str, s: Statement, written: bool = False) -> bool:
    """Is a figure of a multi-year passage a level reached at its end (高新技术企业达到1100家,
    科技型中小企业近10000家), not a flow over the years (累计…, 年均…, 新增…, 五年…)? ``written``:
    only one a level word puts before (达到, 提高至: kind stock), a share (比例提高至100%) too."""
    if written:
        if s.q.kind == "change" or not word_pattern("stock").search(
                norm, max(s.seg_start, s.q.start - STOCK_WINDOW), s.q.start):
            return False
    elif s.q.kind != "amount" or is_rate(s.q.unit):
        return False
    if word_pattern("multiyear").search(norm, s.sentence[0], s.q.end) or word_pattern("cumulative").search(
            norm, s.sentence[0], s.q.end):
        return False
    return not added(norm, s.seg_start, s.q.start)


def _phase_of(text: str) -> str:
    """The phase (start, ongoing, finish) of the last phase word in ``text``, "" when none."""
    found = word_pattern("phase").findall(text)
    return words("phase").get(found[-1], "") if found else ""


def _level_target(c: Commitment) -> bool:
    """Is a target a level to reach (达到3000家, 从75%提高到100%: a kind stock word before it)?"""
    stock = words("stock")
    return c.has_target and any(w in stock for w in c.comparator.split("…") if w)


def added(text: str, lo: int, hi: int) -> bool:
    """Does ``text[lo:hi]`` say what is added (新增, kind ``increase``), not a level it rose to
    (新增至3200张, 增加到: kind ``stock`` starting at the same place)?"""
    stock = word_pattern("stock")
    for m in word_pattern("increase").finditer(text, lo, hi):
        level = stock.match(text, m.start())
        if level is None or level.end() <= m.end():
            return True
    return False


def is_increase(doc: Document, c: Commitment) -> bool:
    """Does a target count what is added within the year (全年新增高新技术企业100家以上、科技型中小企业
    1000家以上: 新增 opens the list the figure is an item of), not a level to reach?"""
    if c.target_start is None or not c.has_target or is_rate(c.target_unit):
        return False
    text = doc.original
    lo = max(text.rfind(ch, 0, c.target_start) for ch in "，,。；;：:\n") + 1
    return added(text, lo, c.target_start)


def is_stock(doc: Document, s: Statement) -> bool:
    """Is a review figure a level (科技型中小企业达到11042家, 总数达2.49万家), not what was added?"""
    if s.q.kind != "amount" or is_rate(s.q.unit):
        return False
    norm = doc.norm
    if added(norm, s.seg_start, s.q.start):
        return False  # 新增城镇就业达到9.56万人: what was added
    return bool(word_pattern("stock").search(norm, max(s.seg_start, s.q.start - STOCK_WINDOW), s.q.start))


def _unit_fit(c: Commitment, s: Statement) -> float:
    """How well a figure's unit and kind fit the target: 1 the same, 0.95 converted (万吨 → 亿斤),
    0.8 another measure word for the same things (户 / 套 / 座), 0 none."""
    q = s.q
    if is_rate(c.target_unit):
        ok = is_rate(q.unit) and rate_kind(c.target_kind, c.target_unit, c.object) == rate_kind(
            q.kind, q.unit, s.object)
        return 1.0 if ok else 0.0
    if q.kind != "amount" and not (q.kind == "duration" == c.target_kind):  # 优良天数: days counted
        return 0.0
    if q.unit == c.target_unit:
        return 1.0
    if _comparable(q.unit, c.target_unit):
        return 0.95
    dims = {unit_dimension(q.unit), unit_dimension(c.target_unit)}
    if q.unit and c.target_unit and dims <= CLASSIFIER_DIMENSIONS:
        return CLASSIFIER_FIT
    return 0.0


def _comparable(unit: str, other: str) -> bool:
    return convert(1.0, unit, other) is not None


def _value_in(c: Commitment, s: Statement) -> float:
    value = convert(s.q.value, s.q.unit, c.target_unit)
    return s.q.value if value is None else value


def plausibility(target: float, value: float, rate: bool) -> float:
    """Is a result of this size a result of this target? An amount: 1 within a factor of 5, 0.6
    within a factor of 20, else 0.25 (one project's investment is no district's total). A rate: 1
    within 10 points, 0.8 within 30 or beyond the target in its direction up to RATE_OVERSHOOT times
    it (a 10% cut of emissions met by 44.6%), else 0.6."""
    if rate:  # a county's growth may overshoot its target by far: a rate is never quite implausible
        gap = abs(value - target)
        overshoot = target * value > 0 and abs(target) <= abs(value) <= RATE_OVERSHOOT * abs(target)
        return 1.0 if gap <= 10 else 0.8 if gap <= 30 or overshoot else 0.6
    if target <= 0 or value <= 0:
        return 1.0 if value == 0 or target == 0 else 0.6
    ratio = max(value / target, target / value)
    return 1.0 if ratio <= 5 else 0.6 if ratio <= 20 else 0.25


@dataclass(slots=True)
class Evidence:
    """The best figure of the review for a commitment, and how sure the match is."""

    statement: Statement
    score: float  # weighted Dice of the two objects
    confidence: float
    value: float  # in the target's unit
    parts: list[Statement] = field(default_factory=list)  # figures summed (started + completed)
    note: str = ""
    plausible: float = 1.0  # the plausibility of its size, part of the confidence
    base: Statement | None = None  # the earlier report's level subtracted from a level (an increase)
    added: bool = False  # True: ``base`` plus the figure (a level from what was added), else the figure less it


def confidence(score: float, same_head: bool, unit_fit: float, plausible: float, period: str,
               same_scope: bool, contrast: bool = False) -> float:
    """A number in [0, 1] from the features of a match (docs/tracking.md, Confidence).

    The name match gives the base (0.5 at the threshold 0.5, 1 from 0.9 up, +0.1 for the same
    head noun); the unit fit, the plausibility of the size, the period (a level from a baseline
    0.85), a different explicit scope (0.7) and a contrasting modifier (0.5: 污水处理能力 is no
    垃圾处理能力) scale it."""
    base = 0.5 + 0.5 * min(1.0, max(0.0, (score - MATCH_THRESHOLD) / 0.4))
    base = min(1.0, base + (0.1 if same_head else 0.0))
    factor = unit_fit * plausible * (PERIOD_FACTOR.get(period, 1.0)) * (1.0 if same_scope else SCOPE_FACTOR)
    factor *= CONTRAST_FACTOR if contrast else 1.0
    return round(base * factor, 3)


def contrast(a: str, b: str) -> bool:
    """Do two keys name the same kind of thing with different modifiers (污水处理能力 /
    垃圾处理能力, 小学 / 中学)? They share an ending of two or more characters and each has a
    modifier of two or more before it, with no character in common."""
    n = 0
    while n < min(len(a), len(b)) and a[-1 - n] == b[-1 - n]:
        n += 1
    if n < 2:
        return False
    pa, pb = a[: len(a) - n], b[: len(b) - n]
    return len(pa) >= 2 and len(pb) >= 2 and not set(pa) & set(pb)


def _scope_fits(c: Commitment, s: Statement) -> bool:
    """Do the scopes written before two objects agree? Territories (全省 / 雄安新区) and ranks
    (省级 / 国家级) are compared each with its own kind; a side that names none agrees."""
    a, b = _scope_kinds(split_scope(c.object)[0]), _scope_kinds(split_scope(s.object)[0])
    return all(not a.get(k) or not b.get(k) or a[k] == b[k] for k in ("territory", "rank"))


def _scope_kinds(scope: str) -> dict[str, str]:
    """全市市级以上 → {territory: 全市, rank: 市级以上} (commitment_words.tsv, kind scope)."""
    kinds = words("scope")
    out: dict[str, str] = {}
    while scope:
        word = next((w for w in sorted(kinds, key=len, reverse=True) if scope.startswith(w)), None)
        if word is None:
            out["territory"] = out.get("territory", "") + scope  # a scope split_scope read otherwise
            break
        kind = kinds[word] or "territory"
        out[kind] = out.get(kind, "") + word
        scope = scope[len(word):]
    return out


def _names_place(obj: str, place: str) -> bool:
    """Does an object name ``place``, in full or by its short name (临沂GDP增长 names 临沂市)?"""
    short = short_name(place, "")
    return place in obj or bool(short) and short in obj


def _candidates(side: _Side, c: Commitment, accept) -> list[Evidence]:
    """Every statement naming ``c``'s object at least `MATCH_THRESHOLD`, best first: ranked by the
    match (+`HEAD_BONUS` for the same head noun: 和美乡村, not 和美乡村示范区), the unit fit and the
    plausibility of the size; ties go to the earlier figure."""
    query = key(c.object)
    rate = is_rate(c.target_unit)
    named = table_indicator(c.object)
    ranked = []
    scores = side.index.scores(query)
    for i, noun_score in side.noun_index.scores(noun_key(c.object)).items():
        scores[i] = max(scores.get(i, 0.0), NOUN_FACTOR * noun_score)  # the same thing, another verb
    for i, score in scores.items():
        if score < MATCH_THRESHOLD:
            scores[i] = max(score, abbreviation(query, side.index.keys[i]))  # 市政路 for 市政道路
    level_target = _level_target(c)
    phase = _phase_of(c.text[: max(0, (c.target_start or c.end) - c.start)])
    for i, score in sorted(scores.items()):
        st = side.statements[i]
        if score < MATCH_THRESHOLD or not accept(st):
            continue
        if side.periods[i] == "level_end" and not level_target:
            continue  # a level at the end of five years answers only a level to reach
        if phase and _phase_of(side.doc.norm[st.seg_start : st.q.start]) not in ("", phase):
            continue  # 基本建成470万套 and 新开工666万套: two phases of a programme
        if named and table_indicator(st.object) not in ("", named):
            continue  # 减税 and 减税降费, 出口总额 and 进出口总额: two measures of the table
        if side.places and side.places[i] and not _names_place(c.object, side.places[i]):
            continue  # 南昌市GDP增速 in a province's review: a city's figure answers only a target naming it
        if is_share_of(st.object) and c.target_kind != "share":
            continue  # 占江西全省经济总量的22.81%: a share of the whole the target names, of something else
        if c.target_kind == "change" and st.q.kind == "share" and _share_of_plan_done(side.doc.norm[st.seg_start : st.q.start]):
            continue  # 完成序时进度的81.34%: how much of a plan was done, no growth to set against 增长6%
        fit = _unit_fit(c, st) if c.has_target else 1.0
        if fit == 0.0:
            continue
        same_head = head(side.index.keys[i]) == head(query)
        value = _value_in(c, st)
        plausible = plausibility(float(c.target_value), value, rate) if c.has_target else 1.0
        conf = confidence(score, same_head, fit, plausible, side.periods[i], _scope_fits(c, st),
                          contrast(query, side.index.keys[i]))
        rank = score + (HEAD_BONUS if same_head else 0.0) + RANK_FIT * (fit + plausible) \
            - (BOUND_PENALTY if st.q.approx in ("over", "under") else 0.0)
        ranked.append((-rank, i, Evidence(st, score, conf, value, plausible=plausible)))
    ranked.sort(key=lambda t: (t[0], t[1]))
    return [e for _, _, e in ranked]


PLAN_DONE_REACH = 14  # characters between a verb with an end and the 的 before a share of a plan done


def _share_of_plan_done(before: str) -> bool:
    """Does the clause before a share close on what a verb with an end did of a plan (完成序时进度的, 完成年度预算
    的: commitment_words.tsv kind finish)?"""
    if not before.endswith("的"):
        return False
    tail = before[-PLAN_DONE_REACH:]
    return any(not any(ch in ",，;；。" for ch in tail[m.end() :]) for m in word_pattern("finish").finditer(tail))


def abbreviation(a: str, b: str) -> float:
    """How far the shorter key is the longer one abbreviated: Chinese short forms keep characters
    of the full name in order, with its first and last (市政路 / 市政道路, 规上 / 规模以上). The share
    of the longer name kept, times `ABBREVIATION_FACTOR`; 0 when not an abbreviation."""
    short, full = sorted((a, b), key=len)
    if len(short) < ABBREVIATION_MIN or len(short) == len(full) or short[0] != full[0] or short[-1] != full[-1]:
        return 0.0
    rest = iter(full)
    if not all(ch in rest for ch in short):
        return 0.0
    return ABBREVIATION_FACTOR * len(short) / len(full)


def _summed(side: _Side, c: Commitment) -> Evidence | None:
    """新开工重点项目30个，竣工项目25个 for 实施重点项目50个: figures of one sentence naming the
    commitment's object, each written after a different phase word (新开工, 竣工, 续建 …), summed."""
    if is_rate(c.target_unit) or not c.has_target or word_pattern("phase").search(c.text):
        return None  # 开工项目30个 is one phase: its own figure, not the sum of all phases
    query = key(_drop_phase(c.object))
    if len(query) < 2:
        return None
    norm = side.doc.norm
    by_sentence: dict[tuple[int, int], list[tuple[str, Statement]]] = {}
    for st, period in zip(side.statements, side.periods):
        if period != "year" or _unit_fit(c, st) < 0.95:
            continue
        phase = word_pattern("phase").search(norm, st.seg_start, st.q.start)
        rest = key(_drop_phase(st.object))
        named = rest and (rest.endswith(head(query)) or query.endswith(rest))
        if phase and named and similarity_keys(rest, query) >= MATCH_THRESHOLD:
            by_sentence.setdefault(st.sentence, []).append((phase.group(), st))
    for found in by_sentence.values():
        parts = [st for _, st in found]
        if len(parts) >= 2 and len({p for p, _ in found}) == len(parts):
            total = sum(_value_in(c, p) for p in parts)
            figures = " + ".join(f"{_value_in(c, p):g}" for p in parts)
            conf = confidence(0.8, True, 1.0, plausibility(float(c.target_value), total, False), "year", True)
            return Evidence(parts[0], 0.8, round(conf * SUM_FACTOR, 3), total, parts,
                            f"parts summed: {figures} = {total:g} {c.target_unit}")
    return None


def _per_head(side: _Side, c: Commitment) -> Evidence | None:
    """人均补助标准达到4000元 and 发放补助2.4亿元，惠及6万人: a total over the people of its sentence."""
    if not c.has_target or is_rate(c.target_unit) or PER_HEAD not in c.object:
        return None
    query = key(c.object.replace(PER_HEAD, ""))
    if len(query) < 2:
        return None
    for st, period in zip(side.statements, side.periods):
        if period != "year" or PER_HEAD in st.object or _unit_fit(c, st) < 0.95:
            continue
        if similarity_keys(key(st.object), query) < MATCH_THRESHOLD:
            continue
        people = next((p for p, pp in zip(side.statements, side.periods) if pp == "year" and p.sentence == st.sentence
                       and unit_dimension(p.q.unit) == "people" and p.q.value > 0), None)
        if people is None:
            continue
        total = _value_in(c, st)
        value = total / people.q.value
        conf = confidence(similarity_keys(key(st.object), query), False, 1.0,
                          plausibility(float(c.target_value), value, False), "year", True)
        first, last = sorted((st, people), key=lambda x: x.q.start)
        return Evidence(first, 0.7, round(conf * SUM_FACTOR, 3), value, [first, last],
                        f"per head: {total:g} {c.target_unit} / {people.q.value:g} {people.q.unit}"
                        f" = {value:g} {c.target_unit}")
    return None


def _drop_phase(obj: str) -> str:
    m = word_pattern("phase").match(obj)
    rest = obj[m.end():] if m else obj
    verb = word_pattern("finish").match(rest) or word_pattern("action").match(rest)
    return rest[verb.end():] if verb and len(rest) - verb.end() >= 2 else rest


def similarity_keys(a: str, b: str) -> float:
    fa, fb = dict(features(a)), dict(features(b))
    if not fa or not fb:
        return 0.0
    shared = sum(min(fa[f], fb[f]) for f in fa.keys() & fb.keys())
    return 2 * shared / (sum(fa.values()) + sum(fb.values()))


def _said_missed(doc: Document, s: Statement) -> bool:
    """Does the review say, around the result, that the target was not reached (未完成 …), or leave it
    out of a tally's targets met (其他6项指标距离全年目标存在一定差距)?"""
    end = min(s.sentence[1], s.q.end + SHORTFALL_WINDOW)
    return word_pattern("shortfall").search(doc.norm, s.seg_start, end) is not None or _tallied_short(doc.norm, s)


# 2项指标, 三项主要目标: a count of a tally's items; 固定资产投资、一般公共预算收入2项指标: the items named, then how many
_TALLY_COUNT = r"(?:\d{1,2}|[一二两三四五六七八九十]{1,3})项(?:主要)?(?:经济)?(?:指标|目标)"
_COUNTED = re.compile(_TALLY_COUNT)
_TALLIED = re.compile(r"([^。;；:：,，\n]{2,80}?)" + _TALLY_COUNT)
_TALLY_ITEMS = re.compile(r"[、和及与]")


def _tallied_short(norm: str, s: Statement) -> bool:
    """其中,固定资产投资、一般公共预算收入2项指标完成全年目标任务;…其他6项指标距离全年目标存在一定差距: a
    figure of the paragraph before such a tally fell short unless the tally names it among those met."""
    line_end = norm.find("\n", s.q.end)
    stop = min(line_end if line_end >= 0 else len(norm), s.q.end + TALLY_WINDOW)
    others = word_pattern("others")
    for m in others.finditer(norm, s.q.end, stop):
        rest = _COUNTED.match(norm, m.end())
        if rest is None:
            continue  # 其他6项指标, 其余三项目标: the count follows the word at once
        if word_pattern("shortfall").search(norm, rest.end(), min(stop, rest.end() + SHORTFALL_WINDOW)) is None:
            continue
        met = list(_TALLIED.finditer(norm, s.q.end, m.start()))
        if not met:
            return False  # no list of those met: which ones fell short is not said
        named = [n.strip() for n in _TALLY_ITEMS.split(met[-1].group(1).rsplit("其中", 1)[-1]) if n.strip()]
        measured = s.object or norm[s.seg_start : s.q.start]
        return not any(n in measured or measured in n or indicator_of(n) == indicator_of(measured) for n in named)
    return False


def _evidence(doc: Document, s: Statement, last: Statement | None = None) -> tuple[str, int, int]:
    start = s.context_start if s.context_start is not None else s.seg_start
    while start < s.q.start and doc.norm[start] in " 、,;:":
        start += 1
    end = max(s.seg_end, s.q.end) if last is None else max(last.seg_end, last.q.end)
    span = doc.norm_span(start, end)
    return doc.original[span.start : span.end], span.start, span.end


def _row(c: Commitment, plan_doc: Document, review_doc: Document, status: str, score: float = 0.0) -> TrackRow:
    return TrackRow(
        plan_source=plan_doc.source, review_source=review_doc.source, text=c.text, start=c.start, end=c.end,
        indicator=c.object, measure=c.indicator or indicator_of(c.object), action=c.action, strength=c.strength,
        deadline=c.deadline, section=" > ".join(c.section), domain=c.domain, target=c.target_text,
        target_value=c.target_value, target_unit=c.target_unit, comparator=c.comparator, status=status,
        score=round(score, 3), target_start=c.target_start,
    )


def _not_reported(row: TrackRow, rejected: Evidence | None) -> TrackRow:
    """``not_reported``; its confidence is how unlikely the best figure set aside is the result."""
    row.status = "not_reported"
    row.confidence = NO_CANDIDATE_CONFIDENCE if rejected is None else round(1 - rejected.confidence, 3)
    if rejected is not None:
        row.note = (f"best figure below confidence ({rejected.confidence:g}): "
                    f"{rejected.statement.object} {rejected.statement.q.value:g}{rejected.statement.q.unit}")
    return row


def _indicator_members(obj: str) -> list[str]:
    """The members of a joined object when each names an indicator of the table (地区生产总值和财政一般预算
    收入); none for other joins (取消和下放行政审批事项, 省级和美乡村), whose parts name no measure."""
    members = joined_members(obj)
    return members if all(table_indicator(m) for m in members) else []


def _track_one(c: Commitment, plan_doc: Document, review: _Side, base: _Side) -> TrackRow:
    review_doc = review.doc
    if not c.has_target:
        row = _row(c, plan_doc, review_doc, "not_reported")
        scores = review.clause_index.scores(key(c.object))
        if scores:
            i, score = max(scores.items(), key=lambda kv: kv[1])
            if score >= CLAUSE_THRESHOLD:
                row.status, row.score = "unmeasurable", round(score, 3)
                row.confidence = round(min(1.0, 0.5 + (score - CLAUSE_THRESHOLD)), 3)
                a, b = review.clauses[i]
                span = review_doc.norm_span(a, b)
                row.result_text, row.result_start, row.result_end = (
                    review_doc.original[span.start : span.end], span.start, span.end)
                return row
            row.confidence = round(1 - score / 2, 3)
        else:
            row.confidence = NO_CANDIDATE_CONFIDENCE
        return row

    row = _row(c, plan_doc, review_doc, "not_reported")
    found = _candidates(review, c, lambda s: True)
    if not found and (members := pair_members(c.object)):
        # 城乡居民人均可支配收入增长7% against 城乡…分别增长5.8%和6.8%, read as 城镇…, 农村…: the first member's
        found = _candidates(review, replace(c, object=members[0]), lambda s: True)
    if found and is_increase(plan_doc, c):
        # 新增科技型中小企业1000家 against 科技型中小企业达到11042家: the level less the earlier report's
        found = [_as_increase(c, e, review_doc, base) for e in found]
    elif found and _level_target(c):
        # 高新技术企业达到1300家 against 新增高新技术企业206家: the earlier report's level plus it
        found = [_as_level(c, e, review_doc, base) for e in found]
    best = found[0] if found else None
    growth_from_base, prior = None, None
    if best is None and c.target_kind == "change" and is_rate(c.target_unit):
        # a growth target and only a level in the review: take the base from the earlier report
        # (a level stated as a bound, 突破1万亿元 or 超过4000亿元, gives no growth to compute)
        levels = _candidates(review, _as_amount(c), lambda s: s.q.kind == "amount" and not is_rate(s.q.unit)
                             and s.q.approx not in BOUNDS)
        level = levels[0] if levels else None
        if level is not None:
            unit = level.statement.q.unit
            priors = _candidates(base, _as_amount(c, unit),
                                 lambda s: s.q.kind == "amount" and _comparable(s.q.unit, unit))
            prior = priors[0].statement if priors else None
            if prior is not None and prior.q.value:
                base_value = convert(prior.q.value, prior.q.unit, unit)
                growth_from_base = (level.statement.q.value / base_value - 1) * 100
                best = Evidence(level.statement, level.score,
                                round(min(level.confidence, priors[0].confidence) * BASE_FACTOR, 3), growth_from_base)
    increase_base = best.base if best is not None else None
    if growth_from_base is None and (best is None or best.confidence < CONFIDENCE_MIN):
        per_head = _per_head(review, c)  # a total whose size is implausible may be over people
        if per_head is not None and (best is None or per_head.confidence > best.confidence):
            best = per_head
    summed = None
    if growth_from_base is None and (best is None or not best.parts):
        summed = _summed(review, c)
    if summed is not None and (best is None or any(best.statement is p for p in summed.parts)):
        best = summed  # the parts of one total, rather than one of them
    if best is None or best.confidence < CONFIDENCE_MIN:
        return _not_reported(row, best)
    found_st = best.statement
    said = any(_said_missed(review_doc, p) for p in (best.parts or [found_st]))
    if growth_from_base is not None:
        result = Result(growth_from_base, "%", "change", said)
    elif increase_base is not None:
        result = Result(best.value, c.target_unit, "amount", said)
    else:
        result = Result(best.value, c.target_unit, found_st.q.kind, said)
    row.status, row.score, row.confidence = decide(c, result), round(best.score, 3), best.confidence
    last = best.parts[-1] if best.parts else None
    row.result_text, row.result_start, row.result_end = _evidence(review_doc, found_st, last)
    if best.parts or increase_base is not None:
        row.result_value, row.result_unit = best.value, c.target_unit
    else:
        row.result_value, row.result_unit = found_st.q.value, found_st.q.unit
    notes = []
    if best.parts:
        notes.append(best.note)
    if growth_from_base is not None:
        row.base_text, row.base_start, row.base_end = _evidence(plan_doc, prior)
        notes.append(f"growth {growth_from_base:.1f}% computed from the base in the earlier report")
    elif increase_base is not None:
        row.base_text, row.base_start, row.base_end = _evidence(plan_doc, increase_base)
        if best.added:
            notes.append(f"level {best.value:g} {c.target_unit}: {increase_base.q.value:g}{increase_base.q.unit} in the "
                         f"earlier report plus {found_st.q.value:g}{found_st.q.unit} added")
        else:
            notes.append(f"increase {best.value:g} {c.target_unit}: the level {found_st.q.value:g}{found_st.q.unit} "
                         f"less {increase_base.q.value:g}{increase_base.q.unit} in the earlier report")
    elif not best.parts and found_st.q.unit != c.target_unit:
        how = "converted" if _comparable(found_st.q.unit, c.target_unit) else "counted as"
        notes.append(f"{found_st.q.unit} {how} {c.target_unit}: {result.value:g}")
    period = review.periods[review.statements.index(found_st)] if found_st in review.statements else "year"
    if period == "level":
        notes.append("the level reached, from the review's plan (从…提高到…)")
    row.note = "; ".join(notes)
    return row


def _as_increase(c: Commitment, e: Evidence, review_doc: Document, base: _Side) -> Evidence:
    """A candidate for an increase target: a level (kind stock) becomes the level less the
    earlier report's level, its size judged again; a level with no earlier one is no result."""
    if not is_stock(review_doc, e.statement):
        return e
    prior = _stock_base(base, c, e)
    if prior is None:
        return Evidence(e.statement, e.score, 0.0, e.value, note="a level for an increase, no earlier level",
                        plausible=e.plausible)
    value = e.value - _value_in(c, prior)
    plausible = plausibility(float(c.target_value), value, False)
    conf = e.confidence / e.plausible * plausible * STOCK_FACTOR if e.plausible else 0.0
    return Evidence(e.statement, e.score, round(min(1.0, conf), 3), value, plausible=plausible, base=prior)


def _as_level(c: Commitment, e: Evidence, review_doc: Document, base: _Side) -> Evidence:
    """A candidate for a level target: what was added (新增…206家) becomes the earlier report's
    level plus it, its size judged again; an increase with no earlier level is no result."""
    st = e.statement
    if st.q.kind != "amount" or is_rate(st.q.unit) or not added(review_doc.norm, st.seg_start, st.q.start):
        return e
    prior = _stock_base(base, c, e, below=False)
    if prior is None:
        return Evidence(st, e.score, 0.0, e.value, note="an increase for a level, no earlier level",
                        plausible=e.plausible)
    value = e.value + _value_in(c, prior)
    plausible = plausibility(float(c.target_value), value, False)
    conf = e.confidence / e.plausible * plausible * STOCK_FACTOR if e.plausible else 0.0
    return Evidence(st, e.score, round(min(1.0, conf), 3), value, plausible=plausible, base=prior, added=True)


def _stock_base(base: _Side, c: Commitment, level: Evidence, below: bool = True) -> Statement | None:
    """The earlier report's level of what ``level`` measures (same object, a unit comparable with
    it, not itself an increase; ``below``: smaller than it), for a figure computed from a level."""
    st = level.statement
    probe = Commitment(text=c.text, start=c.start, end=c.end, object=st.object, indicator="",
                       target_value=st.q.value, target_unit=st.q.unit, target_kind="amount")
    norm = base.doc.norm
    for e in _candidates(base, probe, lambda s: s.q.kind == "amount" and _comparable(s.q.unit, st.q.unit)):
        prior = e.statement
        if added(norm, prior.seg_start, prior.q.start):
            continue  # 新增高新技术企业206家 is no level
        value = convert(prior.q.value, prior.q.unit, st.q.unit)
        if e.confidence >= CONFIDENCE_MIN and value is not None and 0 < value and (not below or value <= st.q.value):
            return prior
    return None


def _as_amount(c: Commitment, unit: str = "") -> Commitment:
    """``c`` as an amount target (for reading a level and its base): no target figure, any unit."""
    return Commitment(text=c.text, start=c.start, end=c.end, object=c.object, indicator=c.indicator)


# The tracking table as a spreadsheet (csv, xlsx): what a supervision office reads and checks.
EXPORT_COLUMNS = ("plan_source", "review_source", "section", "text", "indicator", "measure", "target", "deadline",
                  "strength", "status", "confidence", "checked", "machine_status", "result_text", "result_value",
                  "result_unit", "note",
                  "score", "start", "end", "result_start", "result_end", "base_text", "domain")


def export_rows(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Tracking rows in the spreadsheet's columns (`EXPORT_COLUMNS`), in that order."""
    return [{c: r.get(c) for c in EXPORT_COLUMNS} for r in rows]


# -- entry points ----------------------------------------------------------------------------
def track_documents(plan_doc: Document, review_doc: Document) -> TrackReport:
    """Track the commitments of ``plan_doc`` against ``review_doc`` (both processed)."""
    t0 = time.perf_counter()
    if not plan_doc.commitments:
        extract_commitments(plan_doc)
    review_period = review_doc.periods.get("review", "")
    review = _read_side(review_doc)
    base = _read_side(plan_doc, with_clauses=False)  # the earlier report's own review: bases
    report = TrackReport(org=(plan_doc.org or {}).get("name", "") or "")
    report.pairs.append({"plan_source": plan_doc.source, "review_source": review_doc.source,
                         "plan_period": plan_doc.periods.get("plan", ""), "review_period": review_period})
    for c in plan_doc.commitments:
        if review_period and not due_by(c.deadline, review_period):
            continue  # a five-year target is not due in a one-year review
        # 地区生产总值和财政一般预算收入增长10%以上: one target for each indicator it joins, a row each
        members = _indicator_members(c.object) if c.has_target else []
        for one in [replace(c, object=m, indicator=table_indicator(m)) for m in members] or [c]:
            report.items.append(_track_one(one, plan_doc, review, base))
    report.seconds = time.perf_counter() - t0
    return report


def pairing_problem(plan_doc: Document, review_doc: Document) -> str:
    """Why ``review_doc`` does not follow ``plan_doc`` ("" when it does, or when it cannot be told):
    the same report twice, another organisation, or a review of another period (a 2025 plan
    against a review of 2023). Names are compared normalised (花橋鎮人民政府 = 花桥镇)."""
    if same_text(plan_doc.norm, review_doc.norm):
        return "the two files hold the same report"
    plan_org = (plan_doc.org or {}).get("name") or ""
    review_org = (review_doc.org or {}).get("name") or ""
    if plan_org and review_org and not _same_org(org_key(plan_org), org_key(review_org)):
        return f"the plan is {plan_org}'s, the review {review_org}'s"
    plan_period = plan_doc.periods.get("plan", "")
    review_period = review_doc.periods.get("review", "")
    if not plan_period:
        return "the plan report has no plan part (no period to track)" if not any(
            p.kind == "plan" for p in plan_doc.parts) else ""
    if review_period and months(plan_period) and months(review_period) and not covers(review_period, plan_period):
        return f"the plan is for {plan_period}, the review covers {review_period}"
    if not review_period and review_doc.periods.get("plan") and months(review_doc.periods["plan"]):
        return f"the second report reviews no period (it plans {review_doc.periods['plan']})"
    return ""


def _same_org(a: str, b: str) -> bool:
    """Names of one organisation as the structure stage may write them: equal once normalised, or
    two spellings sharing most character pairs (雄安新区 / 雄安新区管理). A unit and one inside it
    (河北省 / 河北省雄安新区, 保定市 / 保定市清苑区) are two organisations."""
    if a == b:
        return True
    pa = {a[i : i + 2] for i in range(len(a) - 1)}
    pb = {b[i : i + 2] for i in range(len(b) - 1)}
    return bool(pa and pb) and 2 * len(pa & pb) / (len(pa) + len(pb)) >= SAME_ORG


def same_text(a: str, b: str) -> bool:
    """Do two normalised texts hold the same report (formats aside: spaces, breaks, punctuation)?"""
    return bool(a) and _squeeze(a) == _squeeze(b)


def _squeeze(text: str) -> str:
    return _NOT_WORD.sub("", text)


def pair_documents(docs: list[dict[str, Any]]) -> list[tuple[dict[str, Any], dict[str, Any]]]:
    """``(plan, review)`` rows of the store: each plan period with the report that reviews it."""
    pairs = []
    for plan in docs:
        period = plan.get("plan_period") or ""
        if months(period) is None:
            continue
        reviews = [d for d in docs if d["id"] != plan["id"] and covers(d.get("review_period") or "", period)]
        if reviews:  # the tightest review period, then the newest document
            review = min(reviews, key=lambda d: (_length(d["review_period"]), -d["id"]))
            pairs.append((plan, review))
    return pairs


def distinct_documents(db: Any, docs: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """One report stored twice (a DOCX and a web page of it, the same text) counts once: the
    newest is kept. Only reports with the same periods are compared."""
    groups: dict[tuple[str, str], list[dict[str, Any]]] = {}
    for d in docs:
        groups.setdefault((d.get("review_period") or "", d.get("plan_period") or ""), []).append(d)
    keep: list[dict[str, Any]] = []
    for group in groups.values():
        if len(group) == 1:
            keep.extend(group)
            continue
        seen: set[str] = set()
        for d in sorted(group, key=lambda d: -d["id"]):
            original, norm = db.texts(d["id"])
            text = _squeeze(norm or original or "")
            if text in seen:
                continue
            seen.add(text)
            keep.append(d)
    return sorted(keep, key=lambda d: d["id"])


def _length(period: str) -> int:
    m = months(period)
    return m[1] - m[0] if m else 1 << 30


def track_org(db: Any, org: str) -> TrackReport:
    """Track every plan of ``org`` (a name, compared after normalising) in the store ``db``."""
    t0 = time.perf_counter()
    wanted = org_key(org)
    docs = [d for d in db.documents() if wanted and org_key(d.get("org_name") or "") == wanted]
    if not docs:  # a part of the name, as `duban facts --org` takes it
        docs = [d for d in db.documents() if wanted and wanted in org_key(d.get("org_name") or "")]
    docs = distinct_documents(db, docs)
    report = TrackReport(org=docs[0]["org_name"] if docs else org)
    loaded: dict[int, Document] = {}

    def load(d: dict[str, Any]) -> Document:
        if d["id"] not in loaded:
            loaded[d["id"]] = db.load_document(d["id"])
        return loaded[d["id"]]

    for plan, review in pair_documents(docs):
        one = track_documents(load(plan), load(review))
        checks = db.track_checks(plan["id"], review["id"]) if hasattr(db, "track_checks") else {}
        for row in one.items:  # a status a person confirmed or corrected, beside the machine's
            check = checks.get((row.start, -1 if row.target_start is None else row.target_start))
            if check is not None:
                row.checked, row.machine_status = check["status"], row.status
        report.pairs.extend(one.pairs)
        report.items.extend(one.items)
    report.seconds = time.perf_counter() - t0
    return report


