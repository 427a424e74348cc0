"""The wording of plans and of what reports say about them: ``commitment_words.tsv`` and
``deadline_words.tsv`` as look-ups (a kind of word → its words and their values), and what each
unit measures (``units.tsv``, through the facts' lexicon).

The statement reader (`duban.extract.statements`), the commitments stage and tracking
(`duban.link`) all read plans in these words. The words are data a linguist can review; this
module only indexes them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from duban.lang import load_table
from duban.lang.words import Words, with_first_chars, words_pattern

__all__ = ["Wording", "unit_dimension", "unit_dimensions", "word_pattern", "word_starts", "wording", "words"]

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
    # any of a few characters one of which every deadline word holds (年, 季, 月 …): a text with none of
    # them holds no deadline word, and the pattern need not be run over it
    deadline_anchor: re.Pattern = re.compile("(?!)")

    def value(self, kind: str, word: str) -> str:
        return self.by_kind.get(kind, {}).get(word, "")

    # each kind's first and last characters: at most positions no word of the kind starts (ends),
    # and one set lookup says so, without the call into `Words`
    first_chars: dict[str, frozenset[str]] = field(default_factory=dict)
    last_chars: dict[str, frozenset[str]] = field(default_factory=dict)

    def at_start(self, kind: str, text: str, pos: int = 0) -> str | None:
        if text[pos : pos + 1] not in self.first_chars[kind]:
            return None
        return self.words[kind].starting_at(text, pos)

    def at_end(self, kind: str, text: str, pos: int | None = None) -> str | None:
        if pos is None:
            pos = len(text)
        if pos <= 0 or text[pos - 1 : pos] not in self.last_chars[kind]:
            return None
        return self.words[kind].ending_at(text, pos)

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
    return Wording(by_kind, words, deadlines, any_pattern, indicators, literal,
                   deadline_anchor=_anchor_pattern([row["word"] for row in load_table("deadline_words")]),
                   first_chars={kind: frozenset(w[0] for w in table if w) for kind, table in by_kind.items()},
                   last_chars={kind: frozenset(w[-1] for w in table if w) for kind, table in by_kind.items()})


def _anchor_pattern(deadline_words: list[str]) -> re.Pattern:
    """Any of the characters `_anchors` picks for the deadline words (written without their month
    number, {n}); any character at all when a word is a month number alone."""
    literal = [w.replace("{n}", "") for w in deadline_words]
    if not all(literal):
        return re.compile("(?s:.)")
    return re.compile(f"[{re.escape(_anchors(literal))}]")


def _anchors(words: list[str]) -> str:
    """A few characters, one of which each of ``words`` holds: the one most words hold, then the
    one most of the others hold, and so on (year, season, month words share 年, 季, 月)."""
    left = [set(w) for w in words if w]
    chosen = ""
    while left:
        counts: dict[str, int] = {}
        for chars in left:
            for ch in chars:
                counts[ch] = counts.get(ch, 0) + 1
        best = min(counts, key=lambda ch: (-counts[ch], ch))
        chosen += best
        left = [chars for chars in left if best not in chars]
    return chosen


def words(kind: str) -> dict[str, str]:
    """The words of one kind of ``commitment_words.tsv`` (scope, strength, rate_noun …) → value."""
    return wording().by_kind.get(kind, {})  # read only


def unit_dimension(unit: str) -> str:
    """What a unit measures (units.tsv): count, people, households, money, area …; "" when unknown."""
    return unit_dimensions().get(unit, "")


def word_pattern(kind: str) -> re.Pattern:
    """Any word of ``kind``, longest first."""
    return wording().pattern(kind)


@lru_cache(maxsize=1)
def unit_dimensions() -> dict[str, str]:
    from duban.extract.lexicon import lexicon

    dims: dict[str, str] = {}
    for u in lexicon().units.values():
        dims.setdefault(u.unit, u.dimension)
    return dims


def word_starts(text: str, kind: str) -> list[int]:
    """Where the words of one kind (commitment_words.tsv) start in ``text``, in order (a stretch
    holds such a word only if one of these lies in it: a quick test before the words are looked
    for in the stretch)."""
    return [m.start() for m in starts_pattern(kind).finditer(text)]


@lru_cache(maxsize=16)
def starts_pattern(kind: str) -> re.Pattern:
    """Every position where a word of ``kind`` starts: a match is the word's first character,
    the rest of a word behind a look-ahead (overlapping words count). Written as one branch per
    first character (下(?=半年|一步)|明(?=年)), which the engine reads as a set of first
    characters: it passes over every other position in one test, where a pattern opening with
    a look-ahead would be entered at each one."""
    rests: dict[str, list[str]] = {}
    for w in wording().by_kind.get(kind, {}):
        if w:
            rests.setdefault(w[0], []).append(w[1:])
    if not rests:
        return re.compile("(?!)")
    return re.compile("|".join(re.escape(ch) if "" in rest else f"{re.escape(ch)}(?={words_pattern(rest)})"
                               for ch, rest in sorted(rests.items())))
