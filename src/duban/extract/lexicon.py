"""The tables of ``lang/zh/`` compiled into lookup structures for the quantity engine.

Everything the engine knows about how Chinese reports write quantities comes from here;
the engine itself names no unit, qualifier or cue word.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from duban.lang import load_table
from duban.lang.words import Words, with_first_chars, words_regex


@dataclass(frozen=True, slots=True)
class Unit:
    surface: str
    unit: str
    dimension: str
    kind: str  # amount | duration | share | points | none
    needs: str  # "" | digits | cue | list
    bare_magnitude: bool


def _latin(ch: str) -> bool:
    return ch.isascii() and ch.isalpha()


# unit_at remembers this many windows of text before it starts afresh (a few MB at most).
UNIT_CACHE_SIZE = 50_000


class Lexicon:
    def __init__(self) -> None:
        self.units: dict[str, Unit] = {}
        for row in load_table("units"):
            self.units[row["surface"]] = Unit(
                row["surface"], row["unit"], row["dimension"], row["kind"], row["needs"], row["bare_magnitude"] == "yes"
            )
        self.unit_lengths = sorted({len(s) for s in self.units}, reverse=True)
        self.non_units = Words(r["word"] for r in load_table("non_units"))
        self.currency_signs = {r["sign"]: r["unit"] for r in load_table("currency_signs")}
        self.currency_sign_words = Words(self.currency_signs)
        self.unit_first_chars = frozenset(u[0] for u in self.units)
        self._unit_cache: dict[str, list[Unit]] = {}
        lengths_by_first: dict[str, set[int]] = {}
        for u in self.units:
            lengths_by_first.setdefault(u[0], set()).add(len(u))
        self._unit_lengths_by_first = {ch: sorted(ns, reverse=True) for ch, ns in lengths_by_first.items()}
        # unit_at reads no further than this from a unit's first character: the longest unit that
        # starts with it (one character more: what follows a unit written in Latin letters) or word
        # that is not one; the shorter the key it remembers an answer by, the more often it recurs
        non_unit_longest: dict[str, int] = {}
        for w in self.non_units:
            non_unit_longest[w[0]] = max(len(w), non_unit_longest.get(w[0], 0))
        self._unit_window_by_first = {ch: max(ns[0] + 1, non_unit_longest.get(ch, 0))
                                      for ch, ns in self._unit_lengths_by_first.items()}

        self.magnitudes = {row["word"]: int(row["factor"]) for row in load_table("magnitudes")}

        quals = load_table("qualifiers")
        self.before_qualifiers = {q["surface"]: (q["approx"], q["condition"]) for q in quals if q["position"] == "before"}
        self.before_qualifier_words = Words(self.before_qualifiers)
        self.before_qualifier_set = frozenset(self.before_qualifiers)
        self.after_number_qualifiers = {
            q["surface"]: (q["approx"], q["condition"]) for q in quals if q["position"] == "after_number"
        }
        self.after_unit_qualifiers = {
            q["surface"]: (q["approx"], q["condition"]) for q in quals if q["position"] == "after_unit"
        }
        self.after_unit_qualifier_words = Words(self.after_unit_qualifiers)
        self.after_unit_qualifier_chars = frozenset(w[0] for w in self.after_unit_qualifiers)

        self.change_cues = {c["surface"]: int(c["sign"]) for c in load_table("change_cues")}
        self.change_cue_words = Words(self.change_cues)
        self.change_fillers = Words(r["word"] for r in load_table("change_fillers"))
        self.change_bases = Words(r["surface"] for r in load_table("change_bases"))
        self.change_idioms = {r["surface"]: r for r in load_table("change_idioms")}
        self.change_frames = {r["word"]: int(r["sign"]) for r in load_table("change_frames")}
        self.change_frame_words = Words(self.change_frames)
        self.comparatives = {r["word"]: int(r["sign"]) for r in load_table("comparatives")}
        self.change_after = {r["word"]: int(r["sign"]) for r in load_table("change_after")}
        self.change_after_words = Words(self.change_after)

        zero = load_table("zero_words")
        self.zero_verbs = Words(r["word"] for r in zero if r["role"] == "verb")
        self.zero_nouns = Words(r["word"] for r in zero if r["role"] == "noun")
        self.zero_nots = Words(r["word"] for r in zero if r["role"] == "not")
        self.not_classifiers = frozenset(r["char"] for r in load_table("not_classifiers"))
        lost = load_table("lost_signs")
        self.lost_sign_verbs = [r["word"] for r in lost if r["role"] == "verb"]
        self.lost_sign_ends = Words(r["word"] for r in lost if r["role"] == "end")
        self.lost_sign_amounts = Words(r["word"] for r in lost if r["role"] == "amount")
        multiple = load_table("multiple_frames")
        self.multiple_verbs = [r["word"] for r in multiple if r["role"] == "verb"]
        self.multiple_ends = Words(r["word"] for r in multiple if r["role"] == "end")
        self.column_kinds = {r["word"]: r["kind"] for r in load_table("table_headers") if r["kind"] in ("change", "share")}
        marks = load_table("number_marks")
        self.point_marks = frozenset(r["mark"] for r in marks if r["role"] == "point")
        self.group_marks = frozenset(r["mark"] for r in marks if r["role"] == "group")
        below = load_table("below_zero")
        self.below_zero_words = Words(r["word"] for r in below)
        self.signed_dimensions = frozenset(r["dimension"] for r in below)
        pages = load_table("page_numbers")
        self.page_number_line = re.compile("|".join(f"(?:{r['pattern']})" for r in pages if r["form"] == "line"))
        self.page_number_tail = re.compile("|".join(f"(?:{r['pattern']})" for r in pages if r["form"] == "tail"))

        leads = load_table("period_leads")
        self.period_leads = Words(r["word"] for r in leads if r["role"] == "period")
        self.period_lead_nots = Words(r["word"] for r in leads if r["role"] == "not")
        self.score_words = tuple(r["word"] for r in load_table("score_words"))
        self.back_reference_nouns = Words(r["word"] for r in load_table("back_references"))
        self.recent_leads = Words(r["word"] for r in leads if r["role"] in ("recent", "ahead"))
        self.ahead_leads = frozenset(r["word"] for r in leads if r["role"] == "ahead")
        self.recent_frames = Words(r["word"] for r in leads if r["role"] == "recent_frame")
        self.recent_afters = Words(r["word"] for r in leads if r["role"] == "recent_after")
        self.year_namers = Words(r["word"] for r in leads if r["role"] == "named")
        self.year_namer_nots = Words(r["word"] for r in leads if r["role"] == "named_not")
        self.counted_time_nouns = tuple(r["word"] for r in leads if r["role"] == "counted")
        ones = load_table("one_counts")
        self.one_after_verbs = Words(r["word"] for r in ones if r["role"] == "verb")
        self.one_unit_nots = frozenset(r["word"] for r in ones if r["role"] == "unit_not")
        self.two_count_units = frozenset(r["word"] for r in ones if r["role"] == "two")
        self.one_span_leads = Words(r["word"] for r in ones if r["role"] == "span")
        ranks = load_table("rank_words")
        self.rank_scopes = Words(r["word"] for r in ranks if r["role"] == "scope")
        self.rank_verbs = Words(r["word"] for r in ranks if r["role"] == "verb")
        self.rank_nots = Words(r["word"] for r in ranks if r["role"] == "not")
        self.rank_place_ends = frozenset(r["word"] for r in ranks if r["role"] == "place_end")
        self.rank_firsts = frozenset(r["word"] for r in ranks if r["role"] == "first")
        self.rank_firsts_of = frozenset(r["word"] for r in ranks if r["role"] == "first_of")
        self.rank_first_nots = Words(r["word"] for r in ranks if r["role"] == "notfirst")
        self.rank_move_sign = {r["word"]: (1 if r["role"] == "up" else -1) for r in ranks if r["role"] in ("up", "down")}
        self.rank_moves = Words(self.rank_move_sign)
        self.rank_vias = Words(r["word"] for r in ranks if r["role"] == "via")
        self.rank_joins = Words(r["word"] for r in ranks if r["role"] == "join")

        grouped: dict[tuple[str, str], list[str]] = {}
        for row in load_table("number_context"):
            grouped.setdefault((row["side"], row["applies"]), []).append(row["word"])
        self.context: dict[tuple[str, str], Words] = {key: Words(words) for key, words in grouped.items()}

        # Last characters of the words that can stand right before a numeral and make it count
        # without a unit after it: qualifiers (超万, 破万) and rank markers (第二, 后三名).
        self.number_lead_chars = frozenset(
            w[-1] for w, (approx, condition) in self.before_qualifiers.items() if approx != "none" and condition != "digits"
        ) | frozenset("第前后")
        # Two passes over a text, each behind a look-ahead (positions where nothing can start are
        # skipped at once): the terms written out, as a trie behind their first two characters
        # (`words_regex`), and the patterns behind their first characters.
        rows = [r["pattern"] for r in load_table("named_terms")]
        terms = [p for p in rows if not p.startswith("re:")]
        self.named_terms = [
            words_regex(terms),
            with_first_chars("|".join(p[3:] for p in rows if p.startswith("re:"))),
        ]

    def unit_at(self, text: str, pos: int) -> list[Unit]:
        """Units that start at ``pos``, longest first."""
        width = self._unit_window_by_first.get(text[pos : pos + 1])
        if width is None:
            return []
        # The answer depends on the next few characters only, and reports repeat their units:
        # it is remembered by those characters.
        window = text[pos : pos + width]
        found = self._unit_cache.get(window)
        if found is None:
            if len(self._unit_cache) >= UNIT_CACHE_SIZE:
                self._unit_cache.clear()
            found = self._unit_cache[window] = self._units_starting(window)
        return found

    def _units_starting(self, text: str, pos: int = 0) -> list[Unit]:
        lengths = self._unit_lengths_by_first.get(text[pos : pos + 1])
        if lengths is None:
            return []
        found = []
        for n in lengths:
            u = self.units.get(text[pos : pos + n])
            if u is not None and not (_latin(text[pos + n - 1 : pos + n]) and _latin(text[pos + n : pos + n + 1])):
                found.append(u)  # (not the m of 2024 mentioned: a Latin unit is a whole word)
        if found:
            word = self.non_units.starting_at(text, pos)
            if word:  # 组织 is not 组 + 织: drop the units that the word swallows
                found = [u for u in found if len(u.surface) >= len(word)]
        return found

    def context_words(self, side: str, applies: str) -> Words:
        return self.context.get((side, applies), _NO_WORDS)


_NO_WORDS = Words([])


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    return Lexicon()


@lru_cache(maxsize=1)
def quote_pairs() -> dict[str, str]:
    """Each opening quotation mark and the mark that closes it (quotes.tsv; not the ASCII " that does both)."""
    return {r["open"]: r["close"] for r in load_table("quotes") if r["open"] != r["close"]}

