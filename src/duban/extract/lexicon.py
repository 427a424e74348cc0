"""The tables of ``lang/zh/`` compiled into lookup structures for the quantity engine.

Everything the engine knows about how Chinese reports write quantities comes from here;
the engine itself names no unit, qualifier or cue word.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from duban.lang import load_table


@dataclass(frozen=True, slots=True)
class Unit:
    surface: str
    unit: str
    dimension: str
    kind: str  # amount | duration | share | points | none
    needs: str  # "" | digits | cue
    bare_magnitude: bool


def _longest_first(words) -> list[str]:
    return sorted(set(words), key=len, reverse=True)


class Lexicon:
    def __init__(self) -> None:
        self.units: dict[str, Unit] = {}
        for row in load_table("units"):
            self.units[row["surface"]] = Unit(
                row["surface"], row["unit"], row["dimension"], row["kind"], row["needs"], row["bare_magnitude"] == "yes"
            )
        self.unit_lengths = sorted({len(s) for s in self.units}, reverse=True)
        self.non_units = _longest_first(r["word"] for r in load_table("non_units"))

        self.magnitudes = {row["word"]: int(row["factor"]) for row in load_table("magnitudes")}

        quals = load_table("qualifiers")
        self.before_qualifiers = [
            (q["surface"], q["approx"], q["condition"]) for q in sorted(quals, key=lambda q: -len(q["surface"]))
            if q["position"] == "before"
        ]
        self.after_number_qualifiers = {
            q["surface"]: (q["approx"], q["condition"]) for q in quals if q["position"] == "after_number"
        }
        self.after_unit_qualifiers = [
            (q["surface"], q["approx"]) for q in sorted(quals, key=lambda q: -len(q["surface"]))
            if q["position"] == "after_unit"
        ]

        self.change_cues = sorted(
            ((c["surface"], int(c["sign"])) for c in load_table("change_cues")), key=lambda c: -len(c[0])
        )
        self.change_fillers = _longest_first(r["word"] for r in load_table("change_fillers"))
        self.change_bases = _longest_first(r["surface"] for r in load_table("change_bases"))
        self.change_idioms = {r["surface"]: r for r in load_table("change_idioms")}

        ranks = load_table("rank_words")
        self.rank_scopes = _longest_first(r["word"] for r in ranks if r["role"] == "scope")
        self.rank_verbs = _longest_first(r["word"] for r in ranks if r["role"] == "verb")

        self.context: dict[tuple[str, str], list[str]] = {}
        for row in load_table("number_context"):
            self.context.setdefault((row["side"], row["applies"]), []).append(row["word"])
        for key, words in self.context.items():
            self.context[key] = _longest_first(words)

        literals, patterns = [], []
        for row in load_table("named_terms"):
            p = row["pattern"]
            if p.startswith("re:"):
                patterns.append(p[3:])
            else:
                literals.append(re.escape(p))
        self.named_terms = re.compile("|".join(patterns + _longest_first(literals)))

    def unit_at(self, text: str, pos: int) -> list[Unit]:
        """Units that start at ``pos``, longest first."""
        found = []
        for n in self.unit_lengths:
            u = self.units.get(text[pos : pos + n])
            if u is not None:
                found.append(u)
        if found and any(text.startswith(w, pos) for w in self.non_units):
            # 组织 is not 组 + 织: drop units that the word swallows
            word = next(w for w in self.non_units if text.startswith(w, pos))
            found = [u for u in found if len(u.surface) >= len(word) and text.startswith(u.surface, pos)]
        return found

    def context_words(self, side: str, applies: str) -> list[str]:
        return self.context.get((side, applies), [])


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    return Lexicon()
