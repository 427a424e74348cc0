"""Place an organisation on the map: score every unit of its name by the document's evidence.

One township name stands in many counties (花桥镇 in 11, 新华街道 in 26). Each candidate scores
by what the document itself says about it:

- parents written before the name (衡南县花桥镇, 保定市清苑区): a candidate whose lineage holds
  them wins outright, one whose lineage contradicts them is out;
- a division code (the 统一社会信用代码 at the head of an index number carries the issuing
  organ's county code: ``11330723…`` → 330723 武义县);
- the names of its county, prefecture and province, full (松阳县) or short (松阳, 丽水), in the
  chrome fields, the title and the body (县委 with 丽水).

The best candidate is taken when it leads the next by a clear margin; otherwise no unit is
chosen, the candidates are kept and the fields they all agree on (the province, say) are
filled — never a guess presented as a fact.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from duban.lang import load_table
from duban.place.divisions import DivisionMap, Unit, division_map

WRITTEN = 10.0  # a parent written before the name
CODE = {6: 8.0, 4: 4.0, 2: 1.0}  # a division code matching the county, the prefecture, the province
FULL, SHORT = 3.0, 1.0  # an ancestor's full / short name in one evidence text (times the text's weight)
PARENT_KIND = 1.0  # the parent is the kind of unit the text's 县委 / 区委 / 市委 names
MARGIN = 1.0  # the lead the best candidate needs over the next
EXACT_NAME = 0.5  # a unit of the name as written, over an ethnic township written short so
SCRIPT = 1.0  # a text in simplified script, outside Taiwan (which writes traditional): breaks a tie of names
TAIWAN = "台湾省"
MAX_CANDIDATES = 12


@dataclass(slots=True)
class Place:
    """Where an organisation stands: its unit (None when undecided) and the fields to show."""

    unit: Unit | None = None
    province: str | None = None
    prefecture: str | None = None
    county: str | None = None  # the unit directly above a township or a county
    division_code: str | None = None
    confidence: float | None = None
    candidates: list[dict[str, Any]] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    def fields(self) -> dict[str, Any]:
        return {"province": self.province, "prefecture": self.prefecture, "county": self.county,
                "division_code": self.division_code, "place_confidence": self.confidence,
                "place_candidates": self.candidates}


def display_code(unit: Unit) -> str:
    """12 digits for a township, 6 for a county, prefecture or province; "" without a code."""
    if not unit.code:
        return ""
    return unit.code if unit.level == "township" else unit.code[:6]


def describe_unit(unit: Unit, m: DivisionMap | None = None) -> dict[str, str | None]:
    """A unit's name, level and place fields: province, prefecture, the unit directly above a county or a
    township (county), and its display code."""
    m = m or division_map()
    lineage = m.lineage(unit)
    by_level = {u.level: u.name for u in lineage}
    parent = lineage[-2].name if len(lineage) > 1 and unit.level in ("township", "county") else None
    code = next((display_code(u) for u in reversed(lineage) if u.code), "")
    return {"name": unit.name, "level": unit.level, "province": by_level.get("province"),
            "prefecture": by_level.get("prefecture"), "county": parent, "division_code": code or None}


def _score(m: DivisionMap, unit: Unit, written: list[str], codes: list[str],
           texts: list[tuple[str, float]], parent_kinds: tuple[str, ...]) -> float | None:
    """A candidate's score, or None when the written parents rule it out."""
    ancestors = m.lineage(unit)[:-1]
    score = 0.0
    for name in written:
        if any(name in (a.name, m.short(a)) for a in ancestors):
            score += WRITTEN
        elif m.is_place(name):
            return None  # 衡南县花桥镇 is no 花桥镇 of another county
    for code in codes:
        for digits, weight in CODE.items():
            if any(a.code[:digits] == code[:digits] and code[digits:6].strip("0") == "" for a in ancestors + [unit]
                   if a.code and a.level != "township"):
                score += weight
                break
    if ancestors and parent_kinds and ancestors[-1].name.endswith(parent_kinds):
        score += PARENT_KIND
    for a in ancestors:
        short = m.short(a)
        for text, weight in texts:
            if a.name in text:
                score += FULL * weight
            elif short and short in text:
                score += SHORT * weight
    return score


@lru_cache(maxsize=1)
def _unit_word_changes() -> tuple[tuple[str, str, str, bool], ...]:
    """(before, after, level, needs evidence) of ``unit_word_changes.tsv``."""
    return tuple((r["before"], r["after"], r["level"], r["evidence"] == "yes") for r in load_table("unit_word_changes"))


# a township's unit word before and after it became a town (撤乡设镇: 乡, 镇), the table's township row
FORMER_TOWNSHIP, TOWN = next((before, after) for before, after, level, _ in _unit_word_changes() if level == "township")


def _became(m: DivisionMap, name: str) -> tuple[list[Unit], bool]:
    """The current units a name off the map became by a change of its unit word alone (庙岗乡 →
    庙岗镇, 黔西县 → 黔西市), and whether the text must place them (``unit_word_changes.tsv``)."""
    units: list[Unit] = []
    needs_evidence = False
    for before, after, level, evidence in _unit_word_changes():
        if name.endswith(before) and len(name) > len(before) + 1:
            found = [u for u in m.named(name[: -len(before)] + after) if u.level == level and u.is_current]
            units += found
            needs_evidence = needs_evidence or (evidence and bool(found))
    return units, needs_evidence


NAME_LINGERS = 1  # years a former name may still be written after it ended (a report reviewing that year)


def _ended_before(unit: Unit, year: int) -> bool:
    """Did ``unit``'s name, a former one, end more than NAME_LINGERS years before ``year``?"""
    return not unit.is_current and unit.year.isdigit() and int(unit.year) + NAME_LINGERS < year


def locate(name: str, *, written: list[str] | None = None, codes: list[str] | None = None,
           texts: list[tuple[str, float]] | None = None, levels: tuple[str, ...] = (),
           parent_kinds: tuple[str, ...] = (), simplified_script: bool = False, taiwan: bool = False,
           year: int | None = None) -> Place:
    """Place the unit called ``name`` (a full official name, simplified).

    ``written``: parents the document writes before the name; ``codes``: 6-digit division codes
    it carries; ``texts``: (text, weight) pairs to look for ancestors' names in; ``levels``: the
    map levels the name may have (empty: any); ``parent_kinds``: unit words the parent's name may
    end with, from the text's 县委 / 区委 (a township under a 县, not a 区); ``simplified_script``: the
    text is written in simplified characters, as the mainland writes and Taiwan does not (罗东镇 of 南安
    over 罗东镇 of 宜兰县 when nothing else tells them apart); ``taiwan``: the page speaks as Taiwan's do
    (區公所, 里長, 102年度: 中西区 of 台南市 over 中西区 of 香港); ``year``: the year the document speaks of,
    after which a name that ended years before is no longer what it means (铜陵市郊区 in 2026, not the 郊区 of
    合肥 that became 包河区 in 2002), unless every unit of the name so ended."""
    m = division_map()
    written, codes, texts = written or [], codes or [], texts or []
    units = [u for u in m.named(name) if not levels or u.level in levels]
    if year is not None and len(units) > 1:
        units = [u for u in units if not _ended_before(u, year)] or units
    became = needs_evidence = False
    # 铜厂乡 may be written for 铜厂彝族乡 of 易门县 though 金平县 has a 铜厂乡: a short-written ethnic
    # township is a candidate too, taken only where the text names something of its place
    short_written = [u for e in (m.ethnic_townships(name) if name[-1:] in "乡镇" and units else ())
                     for u in m.named(e) if not levels or u.level in levels]
    if not units:  # 庙岗乡, 黔西县 on an older page: the unit word has changed since (撤乡设镇, 撤县设市)
        units, needs_evidence = _became(m, name)
        units = [u for u in units if not levels or u.level in levels]
        became = bool(units)
    if not units:
        return Place()
    scored: dict[int, tuple[float, Unit, Unit]] = {}  # current unit id → (score, current, as named)
    for u, exact in [(u, True) for u in units] + [(u, False) for u in short_written]:
        current = m.current_of(u)
        s = _score(m, current, written, codes, texts, parent_kinds)
        if s is None or ((needs_evidence or not exact) and not s):
            continue  # (a town of the same stem with nothing of its place in the text is not taken for it)
        s += EXACT_NAME if exact else 0.0  # the name as written before another's short form, all else equal
        s += 0.5 if u.is_current else 0.0  # a current name before a former one, all else equal
        if simplified_script and m.lineage(current)[0].name != TAIWAN:
            s += SCRIPT
        if taiwan and m.lineage(current)[0].name == TAIWAN:
            s += SCRIPT  # 區公所, 里長, 102年度: a page of Taiwan's (taiwan_cues.tsv)
        if current.id not in scored or s > scored[current.id][0]:
            scored[current.id] = (s, current, u)
    if not scored:
        return Place(warnings=[f"{name}: no unit of this name under {'、'.join(written)} in the administrative map"])
    ranked = sorted(scored.values(), key=lambda t: -t[0])
    best, named_as = ranked[0][1], ranked[0][2]
    lead = ranked[0][0] - (ranked[1][0] if len(ranked) > 1 else 0.0)
    place = Place()
    if len(ranked) == 1 or lead >= MARGIN:
        d = describe_unit(best, m)
        place.unit = best
        place.province, place.prefecture, place.county = d["province"], d["prefecture"], d["county"]
        place.division_code = d["division_code"]
        place.confidence = 0.95 if len(ranked) == 1 else round(min(0.95, 0.6 + 0.05 * lead), 2)
        if not named_as.is_current:
            when = f" ({named_as.year})" if named_as.year else ""
            place.warnings.append(f"{name} is a former name{when}; placed as today's {best.name}")
        if became:
            place.warnings.append(f"{name} is not on the administrative map; placed as {best.name}, the unit it became")
        return place
    # undecided: keep the candidates, fill only what they all agree on
    tied = [t for t in ranked if ranked[0][0] - t[0] < MARGIN]
    described = [describe_unit(t[1], m) for t in tied]
    for key in ("province", "prefecture", "county"):
        values = {d[key] for d in described}
        if len(values) == 1:
            setattr(place, key, values.pop())
    place.candidates = [dict(describe_unit(t[1], m), score=round(t[0], 1)) for t in ranked[:MAX_CANDIDATES]]
    place.confidence = round(1 / len(tied), 2)
    place.warnings.append(f"{name}: {len(tied)} units of this name fit the document equally well "
                          f"({'、'.join(filter(None, (d['county'] for d in described[:5])))}…); kept as candidates")
    return place
