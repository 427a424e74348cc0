"""Who and when, for a page written in English about a Chinese government's work report: a city's
English portal (Report on the Work of the Government 2019 … Nanshan District, Shenzhen Municipality),
a translation (2009 Work Review of the 2010 Chuzhou Municipal People's Government Work Report), a
national daily's English channel (The 3rd session of the 16th Yangquan Municipal People's Congress).

The unit is read off the romanised names of the map (`duban.place.romanised`), weighed by how the
page names it: a level word after it (Zizhou County), the government or congress it names (Guigang
People's Congress, the People's Government of Nanshan District). The years come from the cues of
``english_periods.tsv``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from duban.lang import load_table
from duban.place.divisions import Unit, division_map
from duban.place.locate import describe_unit
from duban.place.romanised import romanised_units, spelling_key
from duban.structure.org import unit_level

OPENING = 3000  # characters of a page read for its unit and years
MIN_LETTERS = 200  # … of which at least so many Latin letters
LETTERS_PER_CJK = 4  # … and more than so many per Chinese character, for a page to read as English
NEAR_BEST = 0.5  # a unit scored at least this share of the best, and lower on the map, is the reporter

_CJK = re.compile(r"[\u4e00-\u9fff]")
_LETTER = re.compile(r"[A-Za-z]")
# a capitalised word, an apostrophe inside it kept (Xi'an), a possessive 's after it left out
_WORD = re.compile(r"[A-Z][a-z]+(?:['’][a-z]+)*")
_POSSESSIVE = re.compile(r"['’]s$")
_GOVERNMENT_AFTER = re.compile(r"(?:\s+(?:[A-Z][a-z]+))?\s+(?:People['’]s\s+)?(?:Government|Congress)\b")
_GOVERNMENT_BEFORE = re.compile(
    r"(?:Government|Congress|[Mm]ayor|[Gg]overnor|[Hh]ead|[Cc]ommittee|[Cc]ity)\s+of\s+(?:the\s+)?$")
_SPACED_YEAR = re.compile(r"\b(19|20) ?(\d) ?(\d)\b")  # 20 10 Government Work Report


def reads_english(text: str) -> bool:
    """Is the opening of ``text`` written in English (Latin letters, few Chinese characters)?"""
    head = text[:OPENING]
    letters = len(_LETTER.findall(head))
    return letters >= MIN_LETTERS and letters > LETTERS_PER_CJK * len(_CJK.findall(head))


@lru_cache(maxsize=1)
def _function_words() -> frozenset[str]:
    """Words that open a sentence or a phrase, not surnames before a given name (In Yangquan, not Zhu Huidong)."""
    return frozenset(row["word"] for row in load_table("english_function_words"))


@lru_cache(maxsize=1)
def _level_words() -> dict[str, tuple[str, ...]]:
    return {row["word"]: tuple(row["levels"].split("|")) for row in load_table("english_levels")}


@dataclass
class _Mention:
    key: str
    level_word: str  # the word after the name (County, District …), or ""
    weight: int


def _mentions(text: str) -> list[_Mention]:
    """The names of the map an English text writes, each with what stands around it."""
    names, levels = romanised_units(), _level_words()
    words = list(_WORD.finditer(text))
    out = []
    skip_to = -1
    for i, m in enumerate(words):
        if m.start() < skip_to:
            continue
        two = words[i + 1] if i + 1 < len(words) and text[m.end() : words[i + 1].start()] == " " else None
        candidates = ([(two.end(), m.group() + two.group())] if two else []) + [(m.end(), m.group())]
        for end, written in candidates:
            key = spelling_key(_POSSESSIVE.sub("", written))
            if key not in names:
                continue
            after = re.match(r"\s+([A-Z][a-z]+)", text[end : end + 20])
            level_word = after.group(1) if after and after.group(1) in levels else ""
            previous = words[i - 1] if i > 0 else None
            if not level_word and previous is not None and previous.end() == m.start() - 1 \
                    and len(previous.group()) <= 5 and previous.group() not in _function_words():
                break  # Zhu Huidong: a person's given name after the surname
            weight = 1 + 2 * bool(level_word)
            if _GOVERNMENT_AFTER.match(text, end) or _GOVERNMENT_BEFORE.search(text[max(0, m.start() - 40) : m.start()]):
                weight += 3  # the Guigang People's Congress, the People's Government of Nanshan District
            out.append(_Mention(key, level_word, weight))
            skip_to = end
            break
    return out


_RANK = {"province": 0, "prefecture": 1, "county": 2}


def _choose(mentions: list[_Mention]) -> Unit | None:
    """The unit the page is about: among the names scored near the best, the lowest on the map; of
    the units a name may be, the one with a level its level words allow, within a unit the page
    also names, the highest on the map otherwise."""
    names, levels = romanised_units(), _level_words()
    score: dict[str, int] = {}
    allowed: dict[str, set[str]] = {}
    for mention in mentions:
        score[mention.key] = score.get(mention.key, 0) + mention.weight
        if mention.level_word:
            allowed.setdefault(mention.key, set()).update(levels[mention.level_word])
    if not score:
        return None
    m = division_map()
    named = {u.id for key in score for u in names[key]}

    def unit_of(key: str) -> Unit:
        units = [u for u in names[key] if u.level in allowed.get(key, {u.level})] or list(names[key])
        within = [u for u in units if any(a.id in named for a in m.lineage(u)[:-1])]
        return min(within or units, key=lambda u: _RANK[u.level])

    best = max(score.values())
    near = [key for key, s in score.items() if s >= NEAR_BEST * best]
    chosen = max(near, key=lambda key: (_RANK[unit_of(key).level], score[key]))
    return unit_of(chosen)


_ORG_LEVEL = {"province": "省", "prefecture": "市"}


def english_organisation(text: str) -> dict[str, Any] | None:
    """The unit an English page is about, as `structure.org.organisation` gives it, or None."""
    unit = _choose(_mentions(text[:OPENING]))
    if unit is None:
        return None
    place = describe_unit(unit)
    level = _ORG_LEVEL.get(unit.level) or (unit_level(unit.name) or ("",))[0]
    return {"name": unit.name, "level": level, "county": place["county"], "prefecture": place["prefecture"],
            "city": place["prefecture"], "province": place["province"], "division_code": place["division_code"],
            "place_confidence": 0.9, "place_candidates": []}


@lru_cache(maxsize=1)
def _cues() -> tuple[tuple[str, re.Pattern[str]], ...]:
    year = r"(?P<y>(?:19|20)\d{2})"
    return tuple((row["kind"], re.compile(row["pattern"].replace("{Y}", year), re.I | re.M))
                 for row in load_table("english_periods"))


def english_periods(text: str, published: str = "") -> dict[str, str]:
    """The years an English page reviews and plans: its first review and plan cues, and the year of
    the report it names for what they leave open (the year before it reviewed, its own planned); a
    session held in January–March reviews the year before the one planned, the page's own year
    (``published``, an ISO date) where no cue names one."""
    text = _SPACED_YEAR.sub(r"\1\2\3", text[:OPENING])
    first: dict[str, tuple[int, int]] = {}
    told: set[str] = set()  # the cues without a year found (past, session)
    for kind, pattern in _cues():
        if (m := pattern.search(text)) is None:
            continue
        if "y" not in pattern.groupindex:
            told.add(kind)
        elif kind not in first or m.start() < first[kind][0]:
            first[kind] = (m.start(), int(m.group("y")))
    review, plan = (first[k][1] if k in first else None for k in ("review", "plan"))
    if "report" in first:
        year = first["report"][1]
        plan = plan or year
        review = review or year - 1
    if plan and not review and told & {"past", "session"}:
        review = plan - 1  # the achievements … in the past year, and the key work … in 2022
    if review and not plan and "session" in told:
        plan = review + 1  # held on Feb 12 … passed the implementation of the city's 2013 plan
    if not review and not plan and "session" in told and published[:4].isdigit():
        review, plan = int(published[:4]) - 1, int(published[:4])  # On January 18th, the 3rd Session … closed
    if review and plan and plan != review + 1:
        return {"review": str(review)}
    return {k: str(v) for k, v in (("review", review), ("plan", plan)) if v}


__all__ = ["english_organisation", "english_periods", "reads_english"]
