"""`Database.compare`: what 2–10 documents have in common, and where their attention goes.

- **Shared indicators**: like compared with like — facts of the same *part* (plan
  targets with plan targets, results with results), the same kind and the same unit
  dimension (元 with 万元, 亩 with 公顷: ``units.tsv``), whose indicators are the same (the
  facts' ``indicator`` column where the store has one; otherwise their subjects, with the
  names of ``indicator_synonyms.tsv`` made one, equal once punctuation is dropped, one
  containing most of the other, or sharing most of their character pairs), found in at
  least two of the documents.
- **Attention by domain**: the share of each document's sentences (of its body, the
  normalised view) that `duban.extract.context.domain_of` assigns to each policy domain.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache
from typing import Any

from duban.store.rows import Store, texts

MIN_DOCS, MAX_DOCS = 2, 10
SIMILARITY = 0.6  # Dice coefficient over character bigrams above which two subjects are alike
MAX_INDICATORS = 300

_NOT_WORD = re.compile(r"[\W_]+")


def subject_key(subject: str) -> str:
    """A subject without spaces and punctuation: what similarity is measured on."""
    return _NOT_WORD.sub("", subject or "")


@lru_cache(maxsize=4096)
def _bigrams(text: str) -> Counter:
    return Counter(text[i : i + 2] for i in range(len(text) - 1)) if len(text) > 1 else Counter([text])


def similar(a: str, b: str) -> bool:
    """Whether two subject keys name the same indicator."""
    if not a or not b:
        return False
    if a == b:
        return True
    short, long_ = sorted((a, b), key=len)
    # one containing the other: only when the shorter is most of the longer (新建道路 ~ 新建道路里程;
    # 面积 is not 造林面积, 收入 is not 村集体经济收入)
    if len(short) >= 2 and short in long_ and len(short) * 3 >= len(long_) * 2:
        return True
    na, nb = max(1, len(a) - 1), max(1, len(b) - 1)  # their numbers of bigrams
    if 2 * min(na, nb) < SIMILARITY * (na + nb):  # even all of the shorter's shared would not do
        return False
    ba, bb = _bigrams(a), _bigrams(b)
    overlap = sum((ba & bb).values())
    return 2 * overlap / (sum(ba.values()) + sum(bb.values())) >= SIMILARITY


def compare(db: Store, doc_refs: list[int | str]) -> dict[str, Any]:
    """Compare the documents ``doc_refs`` name (2 to 10 of them, each once).

    Returns ``{"documents": [document rows], "domains": [domain names],
    "attention": [{"doc_id", "sentences", "counts": {domain: n}, "shares": {domain: share},
    "unassigned"}], "indicators": [{"part" (plan | result), "kind", "dimension", "unit" (the
    most common), "subject", "indicator" (the normalised indicator, else the subject), "docs",
    "values": [{"doc_id", "facts": [fact rows]}]}]}`` with ``values`` in the order of
    ``documents``. Raises
    ``ValueError`` for too few or too many documents and `DubanError` (E015) for a
    reference that names none.
    """
    if len({str(ref).strip() for ref in doc_refs}) > MAX_DOCS:  # before looking any of them up
        raise ValueError(f"最多选择 {MAX_DOCS} 份文件 (compare takes at most {MAX_DOCS} documents)")
    ids = list(dict.fromkeys(db.resolve(ref) for ref in doc_refs))
    if not MIN_DOCS <= len(ids) <= MAX_DOCS:
        raise ValueError(f"请选择 {MIN_DOCS}–{MAX_DOCS} 份不同的文件 (compare needs {MIN_DOCS} to {MAX_DOCS} "
                         f"different documents, got {len(ids)})")
    documents = [db.document(doc_id) for doc_id in ids]
    domains = _domain_order()
    attention = [_attention(db, doc_id, domains) for doc_id in ids]
    used = {d for a in attention for d, n in a["counts"].items() if n}
    return {
        "documents": documents,
        "domains": [d for d in domains if d in used],
        "attention": attention,
        "indicators": _shared_indicators(db, ids),
    }


def _domain_order() -> list[str]:
    from duban.lang import load_table

    return list(dict.fromkeys(row["domain"] for row in load_table("domains")))


def _attention(db: Store, doc_id: int, domains: list[str]) -> dict[str, Any]:
    from duban.extract.context import domain_of, sentence_spans

    original, norm = texts(db.conn, doc_id)
    body = (norm if norm is not None else original) or ""
    del original
    counts = dict.fromkeys(domains, 0)
    total = unassigned = 0
    for start, end in sentence_spans(body):
        sentence = body[start:end]
        if not sentence.strip():
            continue
        total += 1
        domain, _ = domain_of(sentence)
        if domain:
            counts[domain] = counts.get(domain, 0) + 1
        else:
            unassigned += 1
    shares = {d: (n / total if total else 0.0) for d, n in counts.items()}
    return {"doc_id": doc_id, "sentences": total, "counts": counts, "shares": shares,
            "unassigned": unassigned / total if total else 0.0}


PART_SIDES = {"plan": "plan"}  # every other part (review, problems, the opening) states results


def part_side(part: str | None) -> str:
    """``plan`` for a plan target, ``result`` for a figure that reports what is."""
    return PART_SIDES.get(part or "", "result")


def _dimensions() -> dict[str, str]:
    from duban.lang import load_table

    return {row["unit"]: row["dimension"] for row in load_table("units") if row.get("dimension")}


def _synonyms() -> list[tuple[str, str]]:
    from duban.lang import load_table

    pairs = [(row["name"], row["canonical"]) for row in load_table("indicator_synonyms") if row.get("name")]
    return sorted(pairs, key=lambda p: -len(p[0]))


def indicator_key(fact: dict[str, Any], synonyms: list[tuple[str, str]]) -> str:
    """What names a fact's indicator: its ``indicator`` when the store has that column,
    else its subject with the synonyms of one indicator made one name."""
    if fact.get("indicator"):
        return subject_key(fact["indicator"])
    key = subject_key(fact["subject"])
    for name, canonical in synonyms:
        if name in key:
            key = key.replace(name, canonical)
    return key


def _shared_indicators(db: Store, ids: list[int]) -> list[dict[str, Any]]:
    # Clusters per (part side, kind, unit dimension); a fact joins the first cluster whose
    # indicator is like its own.
    dimensions, synonyms = _dimensions(), _synonyms()
    clusters: dict[tuple[str, str, str], list[dict[str, Any]]] = {}
    # The cluster each key joined, per bucket: clusters are only appended, so the first cluster
    # like a key stays the first one; a key seen before needs no new comparison.
    joined: dict[tuple[tuple[str, str, str], str], dict[str, Any]] = {}
    order = 0
    for doc_id in ids:
        for fact in db.facts(doc=doc_id):
            key = indicator_key(fact, synonyms)
            if not key:
                continue
            side = part_side(fact["part"])
            dimension = dimensions.get(fact["unit"], fact["unit"])
            where = (side, fact["kind"], dimension)
            bucket = clusters.setdefault(where, [])
            cluster = joined.get((where, key)) or next((c for c in bucket if similar(c["key"], key)), None)
            if cluster is None:
                cluster = {"key": key, "subjects": Counter(), "indicators": Counter(), "units": Counter(), "facts": {},
                           "order": order}
                order += 1
                bucket.append(cluster)
            joined[(where, key)] = cluster
            cluster["subjects"][fact["subject"]] += 1
            cluster["indicators"][fact.get("indicator") or fact["subject"]] += 1
            cluster["units"][fact["unit"]] += 1
            cluster["facts"].setdefault(doc_id, []).append(_fact_brief(fact))
    indicators = []
    for (side, kind, dimension), bucket in clusters.items():
        for c in bucket:
            if len(c["facts"]) < MIN_DOCS:
                continue
            indicators.append({
                "part": side, "kind": kind, "dimension": dimension, "unit": c["units"].most_common(1)[0][0],
                "subject": c["subjects"].most_common(1)[0][0],
                "indicator": c["indicators"].most_common(1)[0][0],
                "docs": len(c["facts"]), "order": c["order"],
                "values": [{"doc_id": doc_id, "facts": c["facts"].get(doc_id, [])} for doc_id in ids],
            })
    indicators.sort(key=lambda i: (-i["docs"], -sum(len(v["facts"]) for v in i["values"]), i["order"]))
    for indicator in indicators:
        del indicator["order"]
    return indicators[:MAX_INDICATORS]


def _fact_brief(fact: dict[str, Any]) -> dict[str, Any]:
    keys = ("id", "text", "start", "end", "value", "unit", "approx", "kind", "subject", "part", "domain", "year",
            "indicator")
    return {k: fact.get(k) for k in keys}
