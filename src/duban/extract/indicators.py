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
- **Verbs and per-units at the edges are no part of the name** (`trim_name`): a reporting verb
  or a binding or aspiring strength word before it (提出居民消费价格涨幅…, 要求…: ``report``; 确保,
  力争: ``strength``), and after it a verb of reaching (赤字率下降到,
  涨幅回落到, 控制在: ``comparator``), a filler (分别, 预期) or a per-unit (补助标准提高到每人每年,
  最低收购价平均每50公斤: ``per_unit``), all from ``commitment_words.tsv``; for an indicator, a verb of
  change after it too (低保标准分别提高: the change is the figure's kind, not the measure). A word
  that ends a table name (规模以上, 棚户区住房改造) is never cut, and one or two characters are never
  left alone.
- **Otherwise** the indicator is the subject without its prefixes (similarity does the rest).

`canonical_text` replaces every variant in a text by one private-use character per indicator, so
that tracking compares names as single tokens (``duban.link.match``).
"""

from __future__ import annotations

import re
from functools import lru_cache

from duban.clean.normalise import to_simplified
from duban.lang import load_table

__all__ = ["TOKEN_RANGE", "canonical_text", "indicator_of", "split_scope", "table_indicator"]

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
        if row["match"] != "whole":
            to_canon[row["name"]] = row["canonical"]
    pattern = re.compile("|".join(re.escape(n) for n in sorted(to_canon, key=len, reverse=True)))
    return pattern, to_canon, canon


@lru_cache(maxsize=1)
def _whole_names() -> dict[str, str]:
    """The table's names that count only as a whole subject (match ``whole``)."""
    return {r["name"]: r["canonical"] for r in load_table("indicator_synonyms") if r["match"] == "whole"}


@lru_cache(maxsize=1)
def _names_by_last() -> dict[str, tuple[str, ...]]:
    """The table's names by their last character."""
    by_last: dict[str, list[str]] = {}
    for name in _table()[1]:
        if name:
            by_last.setdefault(name[-1], []).append(name)
    return {ch: tuple(names) for ch, names in by_last.items()}


def _may_end_in_name(text: str) -> bool:
    """Does some name of the table end ``text``? Only then can a match of the names' pattern end
    where ``text`` does (most subjects: no name at all, and the pattern is not run)."""
    return bool(text) and text.endswith(_names_by_last().get(text[-1], ()))


_SHARE_OF = re.compile(r"占(?:全[省市县区国]|本[省市县区])?$")  # …占(全省)地区生产总值: the whole of a share
MIN_NAME = 2  # trimming never leaves a name shorter than this
CHANGE_VERBS = ("增长", "提高", "增加", "上升", "下降", "降低", "减少")  # 分别提高7.4元: the kind of the figure


@lru_cache(maxsize=1)
def _edges() -> tuple[re.Pattern, re.Pattern, re.Pattern, re.Pattern]:
    """(reporting verbs at the start, words at the end of a name, … with verbs of change, words
    never cut at the end: 规模以上)."""
    rows = load_table("commitment_words")

    def alternation(ws) -> str:
        return "|".join(re.escape(w) for w in sorted(set(ws), key=len, reverse=True))

    # reporting verbs, and strength words that bind or aspire (确保, 力争: never one-character ones)
    report = [r["word"] for r in rows if r["kind"] == "report"
              or r["kind"] == "strength" and r["value"] in ("binding", "aspirational") and len(r["word"]) > 1]
    # one-character comparators and fillers (约, 共, 达) end too many words (节约, 公共) to be cut
    tail = [r["word"] for r in rows if r["kind"] in ("comparator", "filler") and len(r["word"]) > 1]
    per = [r["word"] for r in rows if r["kind"] == "per_unit"]
    per_nouns = [w[1:] for w in per if w.startswith("每")]  # 每人 → 人: 每 may carry a number (每50公斤)
    per_words = [w for w in per if not w.startswith("每")]
    per_unit = rf"每[\d.]*(?:{alternation(per_nouns)})|{alternation(per_words)}"
    ends = rf"(?:{alternation(tail)}|{per_unit})$"
    with_change = rf"(?:{alternation(tail + list(CHANGE_VERBS))}|{per_unit})$"
    bound = [r["word"] for r in rows if r["kind"] == "bound"]
    return (re.compile(rf"^(?:{alternation(report)})"), re.compile(ends), re.compile(with_change),
            re.compile(rf"(?:{alternation(bound)})$"))


@lru_cache(maxsize=8192)
def trim_name(text: str, change: bool = False) -> str:
    """``text`` without the words at its edges that are no part of a measure's name: a reporting
    verb before it, and after it verbs of reaching, fillers and per-units (``change``: verbs of
    change too). 赤字率下降到 → 赤字率; 城镇居民医保补助标准提高到每人每年 → 城镇居民医保补助标准."""
    lead, ends, with_change, bound = _edges()
    m = lead.match(text)
    while m and len(text) - m.end() >= MIN_NAME:  # 确保…, 要求…, 力争…
        text = text[m.end():]
        m = lead.match(text)
    pattern, names = (with_change if change else ends), _table()[0]
    while True:
        m = pattern.search(text)
        if not m or m.start() < MIN_NAME:
            return text
        kept = bound.search(text)
        if kept and kept.start() < m.start():
            return text  # 规模以上: the comparator closes a word
        hits = [h for h in names.finditer(text) if h.end() == len(text)] if _may_end_in_name(text) else []
        if hits and hits[-1].start() <= m.start():
            return text  # 棚户区住房改造: the word ends a table name
        text = text[: m.start()].rstrip(" 、,")


@lru_cache(maxsize=1)
def _rate_nouns() -> tuple[str, ...]:
    words = [r["word"] for r in load_table("commitment_words") if r["kind"] == "rate_noun"]
    return tuple(sorted(words + ["增长", "下降", "总量", "总额", "规模"], key=len, reverse=True))


@lru_cache(maxsize=1)
def _rate_nouns_by_last() -> dict[str, tuple[str, ...]]:
    """`_rate_nouns` by their last character, each list in the order of `_rate_nouns` (longest first)."""
    by_last: dict[str, list[str]] = {}
    for noun in _rate_nouns():
        by_last.setdefault(noun[-1:], []).append(noun)
    return {ch: tuple(nouns) for ch, nouns in by_last.items()}


@lru_cache(maxsize=1)
def _scopes_by_first() -> dict[str, tuple[str, ...]]:
    """`_scopes` by their first character, each list in the order of `_scopes` (longest first)."""
    by_first: dict[str, list[str]] = {}
    for word in _scopes():
        by_first.setdefault(word[:1], []).append(word)
    return {ch: tuple(words) for ch, words in by_first.items()}


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
    """``text`` with every indicator name replaced by its token (a name of match ``whole`` only when it
    is the whole text: 经济)."""
    pattern, to_canon, canon = _table()
    for name, whole in _whole_names().items():
        if text.endswith(name) and split_scope(text)[1] == name:  # 经济, 全省经济 (not 数字经济)
            return text[: -len(name)] + chr(_TOKEN_BASE + canon.index(whole))
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
        for word in _scopes_by_first().get(text[0], ()):
            if text.startswith(word) and len(text) - len(word) >= 2:
                scope, text, changed = scope + word, text[len(word):], True
                break
    return scope, text


@lru_cache(maxsize=8192)
def indicator_of(subject: str) -> str:
    """The normalised indicator a subject names (see the module docstring); "" for none. A subject
    in traditional script names the same indicator (經濟總量 → 地区生产总值)."""
    subject = _simplified(subject)
    _, rest = split_scope(subject)
    return table_indicator(subject) or trim_name(rest, change=True)


@lru_cache(maxsize=8192)
def _simplified(subject: str) -> str:
    return to_simplified(subject) if subject and not subject.isascii() else subject


@lru_cache(maxsize=8192)
def table_indicator(subject: str) -> str:
    """The canonical name of the table indicator ``subject`` ends in (a rate noun after it
    allowed: 地区生产总值增速), "" when it names none of the table. Two subjects naming two
    different table indicators measure different things (减税 is not 减税降费)."""
    _, rest = split_scope(subject)
    rest = trim_name(rest)
    if not rest:
        return ""
    if whole := _whole_names().get(rest):
        return whole  # 经济 (增长5%左右): the economy itself, as a whole subject only
    pattern, to_canon, _ = _table()
    if (named := to_canon.get(subject)) is not None:
        return named  # 地方财政收入: a name of the table that opens with a scope word (地方)
    core = rest
    for noun in _rate_nouns_by_last().get(core[-1], ()):
        if core.endswith(noun) and len(core) > len(noun) + 1:
            core = trim_name(core[: -len(noun)])  # 广义货币预期增长: a filler before the rate noun
            break
    for text in (rest, core):  # 进出口总额 is a name of its own; 地区生产总值增速 names 地区生产总值
        if not _may_end_in_name(text):
            continue  # no match can end the text
        hits = list(pattern.finditer(text))
        if hits and hits[-1].end() == len(text):
            if _SHARE_OF.search(text, 0, hits[-1].start()):
                return ""  # 教育经费支出占国内生产总值(的4%): the whole of a share, not what is measured
            return to_canon[hits[-1].group()]
    return ""
