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

import time
from dataclasses import dataclass, field
from typing import Any

from duban.document import Document
from duban.extract.commitments import Commitment, Statement, extract_commitments, read_outside_plan, word_pattern
from duban.link.match import Index, head, key, rarity
from duban.link.orgs import org_key
from duban.link.periods import covers, due_by, months
from duban.link.status import Result, convert, decide, is_rate, rate_kind

MATCH_THRESHOLD = 0.5  # weighted Dice of two objects for a figure to count as the result
HEAD_BONUS = 0.3  # preference for a figure whose name ends in the same head noun
CLAUSE_THRESHOLD = 0.6  # for a review clause to count as speaking of a commitment without target
PARAGRAPH_OPENING = 8  # characters at the start of a paragraph that can say it covers several years
SHORTFALL_WINDOW = 24  # characters after a result in which 未完成 … says it was missed


@dataclass(slots=True)
class TrackRow:
    """One commitment and what the review says about it, with evidence spans in both documents."""

    plan_source: str
    review_source: str
    text: str
    start: int
    end: int
    indicator: str
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
class _Side:
    """One document's statements (figures) and clauses, indexed by object."""

    doc: Document
    statements: list[Statement]
    index: Index
    clauses: list[tuple[int, int]]
    clause_index: Index


def _read_side(doc: Document, with_clauses: bool = True) -> _Side:
    norm = doc.norm
    reading = read_outside_plan(doc)
    statements = [s for s in reading.statements if not _multiyear(norm, s)]
    clauses = reading.clauses
    statement_keys = [key(s.object) for s in statements]
    if not with_clauses:  # bases only: figures, weighed among themselves
        return _Side(doc, statements, Index.build(statement_keys), [], Index())
    clause_keys = [key(norm[a:b]) for a, b in clauses]
    weights = rarity(clause_keys)  # how rare a bigram is among the report's clauses
    return _Side(doc, statements, Index.build(statement_keys, weights), clauses, Index.build(clause_keys, weights))


def _multiyear(norm: str, s: Statement) -> bool:
    """Does ``s`` give a figure over several years (五年城镇新增就业445万人, a paragraph opening
    这五年…, 年均增长10%)? Such a figure is no result of a one-year plan."""
    pattern = word_pattern("multiyear")
    paragraph = norm.rfind("\n", 0, s.q.start) + 1
    return bool(pattern.search(norm, s.sentence[0], s.q.end)
                or pattern.search(norm, paragraph, min(s.q.start, paragraph + PARAGRAPH_OPENING)))


def _compatible(c: Commitment, s: Statement) -> bool:
    q = s.q
    if is_rate(c.target_unit):
        return is_rate(q.unit) and rate_kind(c.target_kind, c.target_unit, c.object) == rate_kind(
            q.kind, q.unit, s.object)
    return q.kind == "amount" and _comparable(q.unit, c.target_unit)


def _comparable(unit: str, other: str) -> bool:
    return convert(1.0, unit, other) is not None


def _best(side: _Side, c: Commitment, accept) -> tuple[Statement | None, float]:
    """The statement naming ``c``'s object best; among those above the threshold, one that names
    the same head noun (the end of the name: 和美乡村, not 和美乡村示范区) is preferred."""
    query = key(c.object)
    best, best_rank, best_score = None, 0.0, 0.0
    for i, score in sorted(side.index.scores(query).items()):
        s = side.statements[i]
        if score < MATCH_THRESHOLD or not accept(s):
            continue
        rank = score + (HEAD_BONUS if head(side.index.keys[i]) == head(query) else 0.0)
        if rank > best_rank:
            best, best_rank, best_score = s, rank, score
    return best, best_score


def _said_missed(doc: Document, s: Statement) -> bool:
    """Does the review say, around the result, that the target was not reached (未完成 …)?"""
    end = min(s.sentence[1], s.q.end + SHORTFALL_WINDOW)
    return word_pattern("shortfall").search(doc.norm, s.seg_start, end) is not None


def _evidence(doc: Document, s: Statement) -> tuple[str, int, int]:
    start = s.context_start if s.context_start is not None else s.seg_start
    while start < s.q.start and doc.norm[start] in " 、,;:":
        start += 1
    span = doc.norm_span(start, max(s.seg_end, s.q.end))
    return doc.original[span.start : span.end], span.start, span.end


def _row(c: Commitment, plan_doc: Document, review_doc: Document, status: str, score: float = 0.0) -> TrackRow:
    return TrackRow(
        plan_source=plan_doc.source, review_source=review_doc.source, text=c.text, start=c.start, end=c.end,
        indicator=c.object, action=c.action, strength=c.strength, deadline=c.deadline,
        section=" > ".join(c.section), domain=c.domain, target=c.target_text, target_value=c.target_value,
        target_unit=c.target_unit, comparator=c.comparator, status=status, score=round(score, 3),
    )


def _track_one(c: Commitment, plan_doc: Document, review: _Side, base: _Side) -> TrackRow:
    review_doc = review.doc
    if not c.has_target:
        scores = review.clause_index.scores(key(c.object))
        if scores:
            i, score = max(scores.items(), key=lambda kv: kv[1])
            if score >= CLAUSE_THRESHOLD:
                row = _row(c, plan_doc, review_doc, "unmeasurable", score)
                a, b = review.clauses[i]
                span = review_doc.norm_span(a, b)
                row.result_text, row.result_start, row.result_end = (
                    review_doc.original[span.start : span.end], span.start, span.end)
                return row
        return _row(c, plan_doc, review_doc, "not_reported")

    found, score = _best(review, c, lambda s: _compatible(c, s))
    growth_from_base, prior = None, None
    if found is None and c.target_kind == "change" and is_rate(c.target_unit):
        # a growth target and only a level in the review: take the base from the earlier report
        level, level_score = _best(review, c, lambda s: s.q.kind == "amount" and not is_rate(s.q.unit))
        if level is not None:
            prior, _ = _best(base, c, lambda s: s.q.kind == "amount" and _comparable(s.q.unit, level.q.unit))
            if prior is not None and prior.q.value:
                base_value = convert(prior.q.value, prior.q.unit, level.q.unit)
                growth_from_base = (level.q.value / base_value - 1) * 100
                found, score = level, level_score
    if found is None:
        return _row(c, plan_doc, review_doc, "not_reported")
    if growth_from_base is not None:
        result = Result(growth_from_base, "%", "change", _said_missed(review_doc, found))
    else:
        value = convert(found.q.value, found.q.unit, c.target_unit)
        result = Result(value, c.target_unit, found.q.kind, _said_missed(review_doc, found))
    row = _row(c, plan_doc, review_doc, decide(c, result), score)
    row.result_text, row.result_start, row.result_end = _evidence(review_doc, found)
    row.result_value, row.result_unit = found.q.value, found.q.unit
    if growth_from_base is not None:
        row.base_text, row.base_start, row.base_end = _evidence(plan_doc, prior)
        row.note = f"growth {growth_from_base:.1f}% computed from the base in the earlier report"
    elif found.q.unit != c.target_unit:
        row.note = f"{found.q.unit} converted to {c.target_unit}: {result.value:g}"
    return row


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
        report.items.append(_track_one(c, plan_doc, review, base))
    report.seconds = time.perf_counter() - t0
    return report


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
    report = TrackReport(org=docs[0]["org_name"] if docs else org)
    loaded: dict[int, Document] = {}

    def load(d: dict[str, Any]) -> Document:
        if d["id"] not in loaded:
            loaded[d["id"]] = db.load_document(d["id"])
        return loaded[d["id"]]

    for plan, review in pair_documents(docs):
        one = track_documents(load(plan), load(review))
        report.pairs.extend(one.pairs)
        report.items.extend(one.items)
    report.seconds = time.perf_counter() - t0
    return report


