"""Scoring plan-against-delivery tracking against hand-made gold pairs.

A gold folder holds ``<pair>.jsonl`` files in the format of ``data/series/README.md``: one line per
plan target with ``plan_doc``, ``target_text``, ``target``, ``result_doc``, ``result_text`` and
``status``. The documents they name sit in a documents folder (by default the gold folder's parent).

Three figures, per pair and over all pairs:

1. Recall of plan targets: share of gold lines whose ``target_text`` (any occurrence in the plan)
   overlaps a commitment that carries a numeric target.
2. Status accuracy: share of gold lines whose tracked row has the gold status. The tracked row of a
   gold line is the row whose commitment overlaps an occurrence of ``target_text``; among several,
   rows with a numeric target first, then those whose target text holds the gold target (without
   its bracketed note), then those whose indicator the gold's names (a target joining two indicators,
   地区生产总值和财政一般预算收入增长10%以上, is a row for each). No row counts as wrong.
3. Status accuracy where the review reports a result: the same over gold lines with a non-empty
   ``result_text``.

Beside them each pair reports how many rows the tracker produced and how many of those are
``not_reported`` (rows that bury the gold targets).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Iterable, Sequence

from duban.eval.gold import GoldError, json_lines

STATUSES = ("met", "exceeded", "partly", "missed", "not_reported", "unmeasurable")
_NOTE = re.compile(r"（.*?）|\(.*?\)")




@dataclass(frozen=True)
class LineScore:
    target_text: str
    gold: str
    got: str | None  # the tracked row's status, None when no row covers the target
    found: bool  # a commitment with a numeric target covers the target text
    reported: bool  # the gold line has a result in the review

    @property
    def right(self) -> bool:
        return self.got == self.gold


@dataclass
class PairScore:
    name: str
    lines: list[LineScore] = field(default_factory=list)
    rows: int = 0
    rows_not_reported: int = 0

    @property
    def recall(self) -> float:
        return _share(sum(l.found for l in self.lines), len(self.lines))

    @property
    def status_accuracy(self) -> float:
        return _share(sum(l.right for l in self.lines), len(self.lines))

    @property
    def reported(self) -> list[LineScore]:
        return [l for l in self.lines if l.reported]

    @property
    def reported_accuracy(self) -> float:
        return _share(sum(l.right for l in self.reported), len(self.reported))


def _share(part: int, whole: int) -> float:
    return part / whole if whole else 0.0


def occurrences(text: str, part: str) -> list[tuple[int, int]]:
    """Every (start, end) of ``part`` in ``text``."""
    return [(m.start(), m.end()) for m in re.finditer(re.escape(part), text)] if part else []


def _overlaps(start: int, end: int, spans: Sequence[tuple[int, int]]) -> bool:
    return any(start < b and a < end for a, b in spans)


def row_for(rows: Iterable[dict[str, Any]], plan_text: str, gold: dict[str, Any]) -> dict[str, Any] | None:
    """The tracked row that answers a gold line (see the module docstring), or None."""
    spans = occurrences(plan_text, gold["target_text"])
    target = _NOTE.sub("", gold.get("target", ""))
    hits = [r for r in rows if _overlaps(r["start"], r["end"], spans)]
    indicator = gold.get("indicator", "")
    hits.sort(key=lambda r: (r.get("target_value") is not None, bool(target) and target in (r.get("target") or ""),
                             bool(indicator) and any(r.get(k) and r[k] in indicator for k in ("indicator", "measure"))),
              reverse=True)
    return hits[0] if hits else None


def target_found(commitments: Iterable[Any], plan_text: str, gold: dict[str, Any]) -> bool:
    """Whether a commitment with a numeric target covers an occurrence of the gold target text."""
    spans = occurrences(plan_text, gold["target_text"])
    return any(c.has_target and _overlaps(c.start, c.end, spans) for c in commitments)


def score_lines(name: str, gold_lines: list[dict[str, Any]], plan_text: str, commitments: Sequence[Any],
                rows: list[dict[str, Any]]) -> PairScore:
    """Score one pair from the plan's text and commitments and the tracker's rows."""
    score = PairScore(name, rows=len(rows), rows_not_reported=sum(r["status"] == "not_reported" for r in rows))
    for g in gold_lines:
        row = row_for(rows, plan_text, g)
        score.lines.append(LineScore(g["target_text"], g["status"], row["status"] if row else None,
                                     target_found(commitments, plan_text, g), bool(g.get("result_text"))))
    return score


def load_pairs(folder: Path) -> dict[str, list[dict[str, Any]]]:
    """Gold lines per pair, checked for the fields and statuses the format requires."""
    if not folder.is_dir():
        raise GoldError(f"{folder}: not a folder")
    pairs: dict[str, list[dict[str, Any]]] = {}
    for path in sorted(folder.glob("*.jsonl")):
        lines = []
        for n, line in json_lines(path):
            missing = [k for k in ("plan_doc", "target_text", "result_doc", "status") if not line.get(k)]
            if missing:
                raise GoldError(f"{path}:{n}: missing {', '.join(missing)}")
            if line["status"] not in STATUSES:
                raise GoldError(f"{path}:{n}: unknown status {line['status']!r}")
            lines.append(line)
        if lines:
            docs = {(l["plan_doc"], l["result_doc"]) for l in lines}
            if len(docs) != 1:
                raise GoldError(f"{path}: lines name more than one plan/review pair")
            pairs[path.stem] = lines
    if not pairs:
        raise GoldError(f"{folder}: no gold pairs (*.jsonl)")
    return pairs


def score_folder(gold: Path, docs: Path | None = None,
                 progress: Callable[[str], None] | None = None) -> list[PairScore]:
    """Run the tracker on every gold pair of ``gold`` (documents from ``docs``) and score it."""
    from duban.link.track import track_documents
    from duban.pipeline import DEFAULT_STAGES, process
    from duban.read import read_file

    docs = docs or gold.parent
    review_stages = tuple(n for n in DEFAULT_STAGES if n != "commitments")
    scores = []
    for name, lines in load_pairs(gold).items():
        plan_path, review_path = docs / lines[0]["plan_doc"], docs / lines[0]["result_doc"]
        for p in (plan_path, review_path):
            if not p.is_file():
                raise GoldError(f"{gold / (name + '.jsonl')}: names {p.name}, which is not in {docs}")
        if progress:
            progress(name)
        plan = process(read_file(plan_path))
        report = track_documents(plan, process(read_file(review_path), review_stages))
        scores.append(score_lines(name, lines, plan.original, plan.commitments, report.rows()))
    return scores


def totals(scores: Sequence[PairScore]) -> dict[str, Any]:
    """The three figures over all lines of all pairs, with the counts behind them."""
    lines = [l for s in scores for l in s.lines]
    reported = [l for l in lines if l.reported]
    return {
        "pairs": len(scores),
        "lines": len(lines),
        "found": sum(l.found for l in lines),
        "recall": round(_share(sum(l.found for l in lines), len(lines)), 4),
        "status_right": sum(l.right for l in lines),
        "status_accuracy": round(_share(sum(l.right for l in lines), len(lines)), 4),
        "reported_lines": len(reported),
        "reported_right": sum(l.right for l in reported),
        "reported_accuracy": round(_share(sum(l.right for l in reported), len(reported)), 4),
        "rows": sum(s.rows for s in scores),
        "rows_not_reported": sum(s.rows_not_reported for s in scores),
    }


def as_json(scores: Sequence[PairScore]) -> dict[str, Any]:
    """Per-pair figures, the misses of each pair and the totals, ready for ``json.dumps``."""
    return {
        "pairs": [{
            "pair": s.name, "lines": len(s.lines), "recall": round(s.recall, 4),
            "status_accuracy": round(s.status_accuracy, 4), "reported_lines": len(s.reported),
            "reported_accuracy": round(s.reported_accuracy, 4), "rows": s.rows,
            "rows_not_reported": s.rows_not_reported,
            "misses": [{"target_text": l.target_text, "gold": l.gold, "got": l.got, "found": l.found}
                       for l in s.lines if not l.right],
        } for s in scores],
        "totals": totals(scores),
    }
