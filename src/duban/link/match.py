"""How alike two objects are: character bigrams of their names, weighted by how rare they are.

An object is first reduced to a *key*: indicator names become one token each
(``indicator_synonyms.tsv``: 全省生产总值 and 地区生产总值 share the token for 生产总值, and
单位GDP能耗 is a different token), administrative scope words are dropped (省级, 全市), and so are
strength and intent words (确保, 力争). Two keys are compared by a weighted Dice coefficient over
their bigrams (a token counts as a word of its own, with extra weight); a bigram's weight is its
inverse frequency among the review's clauses, so 中小企业 says less than 专精特新.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from functools import lru_cache

from duban.extract.wording import words
from duban.extract.indicators import TOKEN_RANGE, canonical_text
from duban.lang import load_table
from duban.place import PLACE_NAME_MAX, division_map

TOKEN_WEIGHT = 3.0  # an indicator name weighs as much as three ordinary bigrams
_TOKEN_MIN = chr(TOKEN_RANGE[0])
_YEAR = re.compile(r"^(?:19|20)\d\d年(?:度)?")  # 2023年本区地区生产总值: the year is no part of the name
_SPACES = re.compile(r"\s+")
_KEEP = re.compile(r"[\u3400-\u9fff\ue000-\uf8ffA-Za-z0-9]+")


@lru_cache(maxsize=None)
def _drop_pattern(kinds: tuple[str, ...]) -> re.Pattern:
    found = [x for kind in kinds for x in words(kind)]
    found = [x for x in found if len(x) > 1]  # one-character words (省, 将) are too often parts of names
    return re.compile("|".join(re.escape(x) for x in sorted(found, key=len, reverse=True)))


ADJUSTMENT_SPAN = 12  # characters between the words that open and close an adjustment (扣除减税降费因素)


@lru_cache(maxsize=1)
def _adjustment() -> re.Pattern:
    """How a figure is adjusted (commitment_words.tsv adjust_open … adjust_close, adjusted)."""
    opens, closes = (sorted(words(k), key=len, reverse=True) for k in ("adjust_open", "adjust_close"))
    alone = sorted(words("adjusted"), key=len, reverse=True)
    parts = []
    if opens and closes:
        opening, closing = "|".join(map(re.escape, opens)), "|".join(map(re.escape, closes))
        parts.append(f"(?:{opening})[^,，;；。]{{1,{ADJUSTMENT_SPAN}}}?(?:{closing})")
    parts += [re.escape(x) for x in alone]
    return re.compile("|".join(parts) or "(?!)")


def canonical(text: str) -> str:
    """``text`` with indicator names replaced by their tokens."""
    return canonical_text(text)


@lru_cache(maxsize=4096)
def key(obj: str) -> str:
    """The comparable form of an object (see the module docstring). Spaces are no part of a name
    (规 模以上工业增加值: a PDF's line broke inside it)."""
    text = _adjustment().sub("", _SPACES.sub("", obj))  # 一般公共预算收入扣除减税降费因素: the revenue, adjusted
    text = _drop_pattern(("strength", "intent")).sub("", _YEAR.sub("", text))  # (初步核算2009年…: the year after)
    text = _place_written_short(text)
    text = _drop_pattern(("scope",)).sub("", canonical(text))
    return "".join(_KEEP.findall(text))


@lru_cache(maxsize=1)
def _year_words() -> tuple[str, ...]:
    """Words naming the whole year a figure is of (period_words.tsv: 全年, 今年, 去年), longest first."""
    return tuple(sorted((r["word"] for r in load_table("period_words") if not r["half"] and r["counts_from"]),
                        key=len, reverse=True))


def _place_written_short(text: str) -> str:
    """An object that opens with a place, its place by its short name and no word of the year after it:
    临沂市全年实现地区生产总值 and 临沂GDP name one thing, and so do 临沂市 and 临沂."""
    m = division_map()
    found = m.opening(text[:PLACE_NAME_MAX]) if len(text) > 2 else None
    if found is None:
        return text
    units, n = found
    short = next((m.short(u) for u in units if m.short(u)), text[:n])
    rest = text[n:]
    rest = rest[len(next((w for w in _year_words() if rest.startswith(w)), "")):]
    return short + rest


def tokens(k: str) -> set[str]:
    return {ch for ch in k if TOKEN_RANGE[0] <= ord(ch) < TOKEN_RANGE[1]}


def head(k: str) -> str:
    """The head of a key: Chinese names end in what they name (宜居宜业和美乡村 → 乡村)."""
    return k[-1] if k and TOKEN_RANGE[0] <= ord(k[-1]) < TOKEN_RANGE[1] else k[-2:]


def is_indicator(obj: str, indicator: str) -> bool:
    """Does ``obj`` name ``indicator`` (either may be a synonym of the other)?"""
    return canonical(indicator) in canonical(obj)


@lru_cache(maxsize=8192)
def features(k: str) -> tuple[tuple[str, float], ...]:
    """Bigrams of a key, plus each indicator token alone (weighted)."""
    out = dict.fromkeys((k[i : i + 2] for i in range(len(k) - 1)), 1.0)
    if k and max(k) >= _TOKEN_MIN:
        out.update((ch, TOKEN_WEIGHT) for ch in tokens(k))
    elif len(k) == 1:
        out[k] = 1.0
    return tuple(out.items())


@dataclass(slots=True)
class Index:
    """Items (review statements or clauses) by key, for the best match of a query key."""

    keys: list[str] = field(default_factory=list)
    postings: dict[str, list[int]] = field(default_factory=dict)
    weights: dict[str, float] = field(default_factory=dict)  # feature → weight × inverse frequency
    norms: list[float] = field(default_factory=list)
    unseen: float = 1.0  # the inverse frequency of a feature no item has

    @classmethod
    def build(cls, keys: list[str], weights: tuple[dict[str, float], float] | None = None) -> "Index":
        """Index ``keys``; feature weights come from `rarity` (over ``keys`` unless given)."""
        idx = cls(keys=list(keys))
        idx.weights, idx.unseen = weights if weights is not None else rarity(keys)
        weights, unseen, postings = idx.weights, idx.unseen, idx.postings
        for i, k in enumerate(keys):
            total = 0.0
            for f, w in features(k):
                postings.setdefault(f, []).append(i)
                total += w * weights.get(f, unseen)
            idx.norms.append(total)
        return idx

    def scores(self, query: str) -> dict[int, float]:
        """Weighted Dice of ``query`` with every item that shares a feature with it."""
        q_norm = 0.0
        shared: dict[int, float] = {}
        weights, unseen, postings = self.weights, self.unseen, self.postings
        for f, w in features(query):
            weight = w * weights.get(f, unseen)
            q_norm += weight
            for i in postings.get(f, ()):
                shared[i] = shared.get(i, 0.0) + weight
        norms = self.norms
        return {i: 2 * s / (q_norm + norms[i]) for i, s in shared.items()}


def rarity(keys: list[str]) -> tuple[dict[str, float], float]:
    """Each feature's inverse document frequency over ``keys``, and the weight of an unseen one."""
    df: dict[str, int] = {}
    for k in keys:
        for f, _ in features(k):
            df[f] = df.get(f, 0) + 1
    n = max(1, len(keys))
    return {f: 1.0 + math.log((n + 1) / (d + 1)) for f, d in df.items()}, 1.0 + math.log(n + 1)


def similarity(a: str, b: str) -> float:
    """Unweighted Dice of two objects' keys (for tests and quick checks)."""
    fa, fb = dict(features(key(a))), dict(features(key(b)))
    if not fa or not fb:
        return 0.0
    shared = sum(min(fa[f], fb[f]) for f in fa.keys() & fb.keys())
    return 2 * shared / (sum(fa.values()) + sum(fb.values()))
