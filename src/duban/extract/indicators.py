"""Indicators: the statistical measure a figure or a target names, in one normalised form.

A subject as the report writes it (``2023年本区地区生产总值``, ``全省GDP``, ``接待游客``) becomes
the statistics bureaus' name of the measure (``地区生产总值``, ``游客接待量``) through the table
``lang/zh/indicator_synonyms.tsv`` (canonical name, and every variant: synonyms, abbreviations,
word orders). Rules:

- **Prefixes are no part of the name.** A year (2023年, 全年, 上年), and administrative scope
  words (全省, 本区, 我市: ``commitment_words.tsv``, kind ``scope``) at the start are split off;
  the scope is kept apart (`split_scope`).
- **A name counts where the subject ends in it.** Chinese names end in what they name:
  ``全省地区生产总值`` is 地区生产总值, ``地区生产总值增速`` too (a rate noun after the name is
  the same measure), but ``民营经济增加值占地区生产总值比重`` is a share, not GDP, and
  ``单位地区生产总值能耗`` is energy intensity (its own longer name wins).
- **Otherwise** the indicator is the subject without its prefixes (similarity does the rest).

`canonical_text` replaces every variant in a text by one private-use character per indicator, so
that tracking compares names as single tokens (``duban.link.match``).
"""

from __future__ import annotations

import re
from functools import lru_cache

from duban.lang import load_table

_TOKEN_BASE = 0xE000  # private-use characters stand for indicator tokens
TOKEN_RANGE = (_TOKEN_BASE, 0xF900)
_YEAR = re.compile(r"^(?:(?:19|20)\d\d年(?:度|全年)?|全年|今年|去年|上年|当年|年内)")
_KEEP = re.compile(r"[\u3400-\u9fff\ue000-\uf8ffA-Za-z0-9&]+")


@lru_cache(maxsize=1)
def _table() -> tuple[re.Pattern, dict[str, str], list[str]]:
    rows = load_table("indicator_synonyms")
    canon: list[str] = []
    to_canon: dict[str, str] = {}
    for row in rows:
        if row["canonical"] not in canon:
            canon.append(row["canonical"])
        to_canon[row["name"]] = row["canonical"]
    pattern = re.compile("|".join(re.escape(n) for n in sorted(to_canon, key=len, reverse=True)))
    return pattern, to_canon, canon


@lru_cache(maxsize=1)
def _rate_nouns() -> tuple[str, ...]:
    words = [r["word"] for r in load_table("commitment_words") if r["kind"] == "rate_noun"]
    return tuple(sorted(words + ["增长", "下降", "总量", "总额", "规模"], key=len, reverse=True))


@lru_cache(maxsize=1)
def _scopes() -> tuple[str, ...]:
    words = [r["word"] for r in load_table("commitment_words") if r["kind"] == "scope"]
    extra = [r["word"] for r in load_table("commitment_words") if r["kind"] == "scope_lead"]
    return tuple(sorted(set(words + extra), key=len, reverse=True))


def names() -> dict[str, str]:
    """Every variant → its canonical name."""
    return dict(_table()[1])


def token(canonical: str) -> str:
    """The private-use character standing for ``canonical`` in `canonical_text`."""
    return chr(_TOKEN_BASE + _table()[2].index(canonical))


def canonical_text(text: str) -> str:
    """``text`` with every indicator name replaced by its token."""
    pattern, to_canon, canon = _table()
    return pattern.sub(lambda m: chr(_TOKEN_BASE + canon.index(to_canon[m.group()])), text)


def is_token(ch: str) -> bool:
    return TOKEN_RANGE[0] <= ord(ch) < TOKEN_RANGE[1]


@lru_cache(maxsize=8192)
def split_scope(subject: str) -> tuple[str, str]:
    """``(scope, rest)``: 2023年本区地区生产总值 → (本区, 地区生产总值); a year is dropped."""
    text = "".join(_KEEP.findall(subject or ""))
    scope = ""
    changed = True
    while changed and text:
        changed = False
        m = _YEAR.match(text)
        if m and len(text) > m.end():
            text, changed = text[m.end():], True
            continue
        for word in _scopes():
            if text.startswith(word) and len(text) - len(word) >= 2:
                scope, text, changed = scope + word, text[len(word):], True
                break
    return scope, text


@lru_cache(maxsize=8192)
def indicator_of(subject: str) -> str:
    """The normalised indicator a subject names (see the module docstring); "" for none."""
    _, rest = split_scope(subject)
    return table_indicator(subject) or rest


@lru_cache(maxsize=8192)
def table_indicator(subject: str) -> str:
    """The canonical name of the table indicator ``subject`` ends in (a rate noun after it
    allowed: 地区生产总值增速), "" when it names none of the table. Two subjects naming two
    different table indicators measure different things (减税 is not 减税降费)."""
    _, rest = split_scope(subject)
    if not rest:
        return ""
    pattern, to_canon, _ = _table()
    core = rest
    for noun in _rate_nouns():
        if core.endswith(noun) and len(core) > len(noun) + 1:
            core = core[: -len(noun)]
            break
    for text in (rest, core):  # 进出口总额 is a name of its own; 地区生产总值增速 names 地区生产总值
        hits = list(pattern.finditer(text))
        if hits and hits[-1].end() == len(text):
            return to_canon[hits[-1].group()]
    return ""
