"""Scoring extracted quantity facts against gold, exactly as ``docs/spec/scoring.md`` says.

1. Grounding: share of predicted facts with ``original[start:end] == text``.
2. Matching, per document: a predicted fact matches a gold fact when ``unit`` is equal and
   ``value`` is equal within a relative tolerance of 1e-6; one-to-one, the largest pairing,
   in order of appearance for equal keys.
3. Found F1 over all documents: precision = matched / predicted, recall = matched / gold.
4. Strict F1: the same, where a pair also needs equal ``kind`` and ``approx``.
5. Subject agreement over found pairs whose gold subject is not empty: the predicted subject
   contains the gold one, is contained in it, or shares at least half of its character bigrams.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable

REL_TOL = 1e-6


def _values_equal(a: float, b: float) -> bool:
    return math.isclose(float(a), float(b), rel_tol=REL_TOL, abs_tol=0.0) or (a == b)


def match(gold: list[dict], predicted: list[dict], same: Callable[[dict, dict], bool]) -> list[tuple[int, int]]:
    """Pairs ``(gold_index, predicted_index)``: each gold fact takes the first free predicted
    fact (in order of appearance) that is ``same``. Because ``same`` compares keys, pairing in
    order gives the largest matching."""
    pairs, used = [], set()
    by_unit: dict[str, list[int]] = {}
    for j, p in enumerate(predicted):
        by_unit.setdefault(str(p.get("unit", "")), []).append(j)
    for i, g in enumerate(gold):
        for j in by_unit.get(str(g.get("unit", "")), []):
            if j not in used and same(g, predicted[j]):
                used.add(j)
                pairs.append((i, j))
                break
    return pairs


def found_key(g: dict, p: dict) -> bool:
    return g.get("unit", "") == p.get("unit", "") and _values_equal(g["value"], p["value"])


def strict_key(g: dict, p: dict) -> bool:
    return found_key(g, p) and g.get("kind") == p.get("kind") and g.get("approx") == p.get("approx")


def _bigrams(s: str) -> list[str]:
    return [s[i : i + 2] for i in range(len(s) - 1)]


def subject_agrees(gold_subject: str, predicted_subject: str) -> bool:
    g, p = gold_subject or "", predicted_subject or ""
    if not p:
        return False
    if g in p or p in g:
        return True
    gb = _bigrams(g)
    if not gb:
        return False
    pb = set(_bigrams(p))
    return sum(1 for b in gb if b in pb) * 2 >= len(gb)


def _f1(matched: int, predicted: int, gold: int) -> tuple[float, float, float]:
    p = matched / predicted if predicted else 0.0
    r = matched / gold if gold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


@dataclass
class DocScore:
    doc: str
    gold: int
    predicted: int
    found: int
    strict: int
    subject_pairs: int
    subject_agree: int
    grounded: int
    missed: list[dict] = field(default_factory=list)
    spurious: list[dict] = field(default_factory=list)
    strict_misses: list[tuple[dict, dict]] = field(default_factory=list)
    subject_misses: list[tuple[dict, dict]] = field(default_factory=list)

    @property
    def found_f1(self) -> float:
        return _f1(self.found, self.predicted, self.gold)[2]

    @property
    def strict_f1(self) -> float:
        return _f1(self.strict, self.predicted, self.gold)[2]


@dataclass
class Scores:
    docs: list[DocScore]

    def _sum(self, name: str) -> int:
        return sum(getattr(d, name) for d in self.docs)

    @property
    def gold(self) -> int:
        return self._sum("gold")

    @property
    def predicted(self) -> int:
        return self._sum("predicted")

    @property
    def found_precision(self) -> float:
        return _f1(self._sum("found"), self.predicted, self.gold)[0]

    @property
    def found_recall(self) -> float:
        return _f1(self._sum("found"), self.predicted, self.gold)[1]

    @property
    def found_f1(self) -> float:
        return _f1(self._sum("found"), self.predicted, self.gold)[2]

    @property
    def strict_f1(self) -> float:
        return _f1(self._sum("strict"), self.predicted, self.gold)[2]

    @property
    def subject_agreement(self) -> float:
        pairs = self._sum("subject_pairs")
        return self._sum("subject_agree") / pairs if pairs else 0.0

    @property
    def grounding(self) -> float:
        return self._sum("grounded") / self.predicted if self.predicted else 1.0

    def totals(self) -> dict[str, float]:
        return {
            "gold": self.gold,
            "predicted": self.predicted,
            "found_precision": round(self.found_precision, 4),
            "found_recall": round(self.found_recall, 4),
            "found_f1": round(self.found_f1, 4),
            "strict_f1": round(self.strict_f1, 4),
            "subject_agreement": round(self.subject_agreement, 4),
            "grounding": round(self.grounding, 4),
        }


def score_document(doc: str, gold: list[dict], predicted: list[dict], original: str | None) -> DocScore:
    found = match(gold, predicted, found_key)
    strict = match(gold, predicted, strict_key)
    subject_pairs = [(gold[i], predicted[j]) for i, j in found if gold[i].get("subject")]
    agree = [subject_agrees(g.get("subject", ""), p.get("subject", "")) for g, p in subject_pairs]
    grounded = sum(
        1 for p in predicted
        if original is not None and isinstance(p.get("start"), int) and isinstance(p.get("end"), int)
        and original[p["start"] : p["end"]] == p.get("text")
    )
    matched_gold = {i for i, _ in found}
    matched_pred = {j for _, j in found}
    strict_gold = {i for i, _ in strict}
    return DocScore(
        doc=doc,
        gold=len(gold),
        predicted=len(predicted),
        found=len(found),
        strict=len(strict),
        subject_pairs=len(subject_pairs),
        subject_agree=sum(agree),
        grounded=grounded,
        missed=[g for i, g in enumerate(gold) if i not in matched_gold],
        spurious=[p for j, p in enumerate(predicted) if j not in matched_pred],
        strict_misses=[(gold[i], predicted[j]) for i, j in found if i not in strict_gold],
        subject_misses=[(g, p) for (g, p), ok in zip(subject_pairs, agree) if not ok],
    )


def score(
    gold: dict[str, list[dict]], predicted: dict[str, list[dict]], originals: dict[str, str] | None = None
) -> Scores:
    """Score per document; ``originals`` (doc id → original text) is needed for grounding."""
    originals = originals or {}
    return Scores([score_document(d, gold[d], predicted.get(d, []), originals.get(d)) for d in sorted(gold)])


def load_gold(directory: str | Path) -> dict[str, list[dict]]:
    """``DIR/<doc>.jsonl`` files → {doc id: [facts]}."""
    gold: dict[str, list[dict]] = {}
    for path in sorted(Path(directory).glob("*.jsonl")):
        with path.open(encoding="utf-8") as fh:
            gold[path.stem] = [json.loads(line) for line in fh if line.strip()]
    return gold


def doc_id_of(path: Path, known: Iterable[str]) -> str | None:
    """The eval id of a document file: the gold id its name starts with (000_b6e2….txt → 000)."""
    stem = path.stem
    for doc in sorted(known, key=len, reverse=True):
        if stem == doc or stem.startswith(doc + "_") or stem.startswith(doc + "-") or stem.startswith(doc + "."):
            return doc
    return None
