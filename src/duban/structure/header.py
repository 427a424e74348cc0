"""Who issued a report, about which period, of which type, published when, under what title.

Reads the title (the best title-like line at the top of the body, or the scraper's ``title``
field), the metadata the chrome stage kept (发布机构, 发布时间 …, signature) and the first lines
of the body. Language knowledge comes from doc_types.tsv, parts.tsv, period_words.tsv and
org_levels.tsv.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from duban.clean.normalise import half_width, to_simplified
from duban.document import Document
from duban.lang import load_table
from duban.place import division_map, locate
from duban.structure.parts import part_patterns
from duban.structure.text import PUNCT, cn_year, compiled, gregorian, norm_lines, ordinal

HEAD_LINES = 12  # the title stands within the first lines of the body
TWO_LINE_TITLE = 20  # a title broken over two lines has short halves (政府工作报\n告)
DATELINE = re.compile(r"((?:19|20)\d{2})年\d{1,2}月\d{1,2}日在")  # ——2021年3月5日在…人民代表大会…
DATE = re.compile(r"((?:19|20)\d{2})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})")
COMPACT_DATE = re.compile(r"(?<!\d)((?:19|20)\d{2})(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])(?!\d)")  # 20240110
CN_DATE = re.compile(r"([〇○零一二三四五六七八九]{4})年([一二三四五六七八九十]{1,3})月([一二三四五六七八九十]{1,3})日")
CJK_RUN = re.compile(r"[\u3400-\u9fff]+")


def simplified(text: str) -> str:
    """Simplified, half-width, ROC years as Gregorian (民國113年 → 2024年)."""
    return gregorian(to_simplified(half_width(text)))


def _is_prose(text: str) -> bool:
    return len(text) >= 40 or any(ch in "。！？!?" for ch in text)


# -- title ---------------------------------------------------------------------------------


def doc_type_of(title: str) -> str:
    return next((row["type"] for row, p in compiled("doc_types") if p.search(title)), "")


def _title_score(text: str) -> int:
    """0 for a line that is no title; more for one naming a type, a year and an organisation."""
    if not doc_type_of(text):
        return 0
    return 2 + bool(re.search(r"(?:19|20)\d{2}", text)) + bool(org_chain(text))


def _title(doc: Document) -> tuple[str, list[tuple[int, int]]]:
    """The title as written in the original, and the norm ranges it covers (not headings).

    Candidates are the short lines above the first paragraph, pairs of lines a web copy broke
    apart (政府工作报\n告), and the scraper's title field; the best score wins, the body first.
    """
    head = []
    for line in [ln for ln in norm_lines(doc.norm) if ln.text.strip()][:HEAD_LINES]:
        if _is_prose(line.text.strip()):
            break
        head.append(line)
    candidates = []  # (score, -position, norm ranges)
    for i, line in enumerate(head):
        candidates.append((_title_score(line.text.strip()), -i, [(line.start, line.end)]))
        if i + 1 < len(head):
            a, b = line.text.strip(), head[i + 1].text.strip()
            short = max(len(a), len(b)) <= TWO_LINE_TITLE and not any(ch in PUNCT for ch in a + b)
            if short and not _title_score(a) and not _title_score(b):
                ranges = [(line.start, line.end), (head[i + 1].start, head[i + 1].end)]
                candidates.append((_title_score(a + b), -i, ranges))
    best = max(candidates, default=None)
    meta = next((f for f in doc.metadata if f.name == "title" and f.value.strip()), None)
    meta_score = _title_score(simplified(meta.value)) if meta else 0
    if best and best[0] and best[0] >= meta_score:
        span = doc.norm_span(best[2][0][0], best[2][-1][1])
        return re.sub(r"\s*\n\s*", "", span.text_of(doc.original)).strip(), best[2]
    if meta and meta_score:
        return meta.value.strip(), []
    return "", []


# -- periods -------------------------------------------------------------------------------


@lru_cache(maxsize=1)
def _period_words() -> dict[str, dict[str, str]]:
    return {row["word"]: row for row in load_table("period_words")}


def _tokens(text: str) -> list[tuple[int, str, str]]:
    """(position, kind, value) for years, period words and review/plan words, in order."""
    toks = [(m.start(), "year", m.group(1)) for m in re.finditer(r"((?:19|20)\d{2})(?!\d)", text)]
    for word in _period_words():
        toks += [(m.start(), "period", word) for m in re.finditer(re.escape(word), text)]
    for kind in ("review", "plan"):
        for pattern in part_patterns(kind, ("top",)):
            toks += [(m.start(), kind, m.group()) for m in pattern.finditer(text)]
    order = {"year": 0, "period": 1, "review": 2, "plan": 2}
    return sorted(toks, key=lambda t: (t[0], order[t[1]]))


def periods_in(text: str, base_year: int | None = None) -> dict[str, str]:
    """Periods a title or heading names: 2024年上半年工作总结和下半年工作思路 → 2024H1 / 2024H2."""
    year, half, found = base_year, "", {}
    last_year_after = None
    for _, kind, value in _tokens(text):
        if kind == "year":
            year, half = int(value), ""
            last_year_after = year
        elif kind == "period":
            row = _period_words()[value]
            if year is not None:
                year += int(row["shift"] or 0)
            half = row["half"] or half
        elif kind not in found and year is not None:
            found[kind] = f"{year}{half}"
            last_year_after = None
    if "review" in found and "plan" not in found and last_year_after is not None:
        found["plan"] = str(last_year_after)  # 下各镇2023年工作总结和2024 (title cut short)
    return found


def _report_year(doc: Document) -> int | None:
    """The year a 政府工作报告 is delivered: in its title, its dateline, or its publication."""
    if m := re.search(r"(?:19|20)\d{2}", simplified(doc.title)):
        return int(m.group())
    if m := DATELINE.search(gregorian(doc.norm[:400])):
        return int(m.group(1))
    return int(doc.published[:4]) if doc.published else None


# -- published -----------------------------------------------------------------------------


def iso_date(text: str) -> str:
    if m := DATE.search(text):
        return f"{m.group(1)}-{int(m.group(2)):02d}-{int(m.group(3)):02d}"
    if m := CN_DATE.search(text):
        return f"{cn_year(m.group(1))}-{ordinal(m.group(2)):02d}-{ordinal(m.group(3)):02d}"
    if m := COMPACT_DATE.search(text):
        return f"{m.group(1)}-{m.group(2)}-{m.group(3)}"
    return ""


def _published(doc: Document) -> str:
    for name in ("published", "written", "date"):
        for f in doc.metadata:
            if f.name == name and (iso := iso_date(simplified(f.value))):
                return iso
    return ""


# -- organisation --------------------------------------------------------------------------

MEETING = re.compile(r"在([\u3400-\u9fff]{2,30}?)第[一二三四五六七八九十百\d]+届人民代表大会")  # 在XX镇第十五届人大…
SIGNATURE = re.compile(r"([\u3400-\u9fff]{2,30}?)(?:人民政府)?(?:[镇乡县区市省州旗盟]长|主席|主任)[\s　]*[\u3400-\u9fff]{2,4}")
CREDIT_CODE = re.compile(r"^[1-9A-Y][1-9A-Z](\d{6})[0-9A-Z]{9}[0-9A-Z](?![0-9A-Z])")  # 统一社会信用代码
PARENT_KIND = re.compile(r"([县区市旗])(?:委|政府)")  # 县委、县政府: the parent is a 县
MAP_LEVELS = {"省": ("province",), "市": ("prefecture", "county"), "县": ("county",), "区": ("county",),
              "镇": ("township",), "乡": ("township",), "街道": ("township",)}
TRUST = ("publisher", "title", "meeting", "signature", "byline", "head", "source_site")  # most trusted first


@lru_cache(maxsize=1)
def _org_table() -> dict[str, dict[str, dict[str, str]]]:
    by_kind: dict[str, dict[str, dict[str, str]]] = {}
    for row in load_table("org_levels"):
        by_kind.setdefault(row["kind"], {})[row["form"]] = row
    return by_kind


def _by_suffix(unit: str, kind: str) -> dict[str, str] | None:
    table = _org_table()
    generic = table.get("generic", {})
    for suffix in sorted(table.get(kind, {}), key=len, reverse=True):
        stem = unit[: -len(suffix)]
        if unit.endswith(suffix) and stem and stem not in generic:
            if kind == "office" and (len(stem) < 2 or stem[0] in generic):
                continue  # 我局, 全区: no name
            return table[kind][suffix]
    return None


def unit_level(unit: str) -> tuple[str, int] | None:
    """(level, rank) of an administrative unit name (柳城畲族镇 → 镇), or None."""
    table = _org_table()
    if unit in table.get("name", {}):
        row = table["name"][unit]
        return row["level"], int(row["rank"])
    row = _by_suffix(unit, "suffix")
    return (row["level"], int(row["rank"])) if row else None


def office_level(unit: str) -> tuple[str, int] | None:
    """(level, rank) of an office or zone name (松阳县自然资源局 → 局), or None."""
    row = _by_suffix(unit, "office")
    return (row["level"], int(row["rank"])) if row else None


def _proper_stem(unit: str) -> bool:
    """Whether a name keeps a proper stem before its longest unit word (自治区, 实验区, 城市 do not)."""
    table = _org_table()
    words = sorted(list(table.get("suffix", {})) + list(table.get("office", {})), key=len, reverse=True)
    suffix = next((w for w in words if unit.endswith(w)), "")
    stem = unit[: len(unit) - len(suffix)]
    return len(stem) >= 2 and stem[0] not in table.get("generic", {}) and stem not in table.get("generic", {})


def _is_unit(unit: str, last: bool, whole: bool) -> bool:
    """A whole unit name: on the map (or a national organ); last in a run, an office or zone; or a
    run of its own between tails (某某街道人民政府) with a proper stem, though the map lacks it."""
    if unit in _org_table().get("name", {}):
        return True
    if unit_level(unit) and division_map().is_place(unit):
        return True
    if last and office_level(unit) is not None:
        return True
    return whole and last and unit_level(unit) is not None and _proper_stem(unit)


def _segment(chunk: str, whole: bool = False) -> list[str] | None:
    """Split a run of names into whole units (保定市清苑区 → 保定市, 清苑区), shortest first."""
    if not chunk:
        return []
    for i in range(2, min(len(chunk), 16) + 1):
        if _is_unit(chunk[:i], i == len(chunk), whole) and (rest := _segment(chunk[i:])) is not None:
            return [chunk[:i]] + rest
    return None


def _chunks(text: str) -> list[str]:
    tails = sorted(_org_table().get("tail", {}), key=len, reverse=True)
    splitter = re.compile("|".join(map(re.escape, tails))) if tails else None
    out = []
    for run in CJK_RUN.findall(text):
        out += [c for c in (splitter.split(run) if splitter else [run]) if c]
    return out


def _tail_chain(chunk: str) -> list[str]:
    """The longest run of whole units that ends ``chunk`` (推进城市建设 has none; 在衡南县花桥镇 → 衡南县, 花桥镇)."""
    for i in range(len(chunk) - 1):
        units = _segment(chunk[i:], whole=i == 0)
        if units:
            return units
    return []


def org_chain(text: str) -> list[str]:
    """The first run of whole units in ``text`` (simplified): 衡南县花桥镇人民政府 → [衡南县, 花桥镇].

    Every unit is checked against the administrative map; a fragment (自治区, 实验区) or a word
    that only ends like a place (城市) is no unit."""
    names = _org_table().get("name", {})
    for chunk in _chunks(text):
        if chunk in names:
            return [chunk]
        units = _tail_chain(chunk)
        if units:
            return units
    for name in names:
        if name in text:
            return [name]
    return []


def _parent_before(norm: str, name: str, rank: int) -> str | None:
    """A unit written right before ``name`` in the body (衡南县花桥镇): its parent, if higher."""
    generic = _org_table().get("generic", {})
    for m in re.finditer(re.escape(name), norm):
        run = re.search(r"[\u3400-\u9fff]*$", norm[max(0, m.start() - 12) : m.start()]).group()
        if len(run) >= 2 and run[-2] in generic:
            continue  # 在全县花桥镇: 全县 is no name
        for k in range(3, len(run) + 1):  # shortest first: 在保定市 → 保定市
            unit = run[-k:]
            level = unit_level(unit)
            if level and level[1] > rank and division_map().is_place(unit):
                return unit
    return None


def _prose_org(norm: str) -> list[str]:
    """Last resort: the unit named most often in the opening (过去一年,安民乡在…; 我镇 with the name elsewhere)."""
    counts: dict[str, int] = {}
    m = division_map()
    for chunk in _chunks(norm[:1000]):
        for i in range(len(chunk)):
            for j in range(i + 3, min(len(chunk), i + 8) + 1):
                unit = chunk[i:j]
                level = unit_level(unit)
                if level and level[1] <= 4 and unit not in counts and m.is_place(unit):
                    counts[unit] = norm.count(unit)
    best = max(counts.items(), key=lambda kv: (kv[1], len(kv[0])), default=None)
    return [best[0]] if best and best[1] >= 3 else []


def _sources(doc: Document) -> list[tuple[str, str]]:
    """(kind, text) of every place that may name the organisation, most trusted first."""
    head = doc.norm[:1500]
    found: list[tuple[str, str]] = []
    for f in doc.metadata:
        if f.name in ("publisher", "signature", "byline", "source_site"):
            found.append((f.name, simplified(f.value)))
    found.append(("title", simplified(doc.title)))
    if m := MEETING.search(head):
        found.append(("meeting", m.group(1)))
    for m in SIGNATURE.finditer(head[:600]):
        found.append(("head", m.group(1)))
    return sorted(found, key=lambda kv: TRUST.index(kv[0]))


def _rank(unit: str) -> int:
    level = unit_level(unit) or office_level(unit)
    return level[1] if level else 9


def _below(lower: str, upper: list[str]) -> bool:
    """Whether the unit ``lower`` may stand under the chain ``upper`` (its last unit or one above)."""
    if _rank(lower) >= _rank(upper[-1]):
        return False
    place = locate(lower, written=[upper[-1]]) if division_map().is_place(lower) else None
    return place is None or place.unit is not None or bool(place.candidates)


def _choose_chain(doc: Document) -> list[str]:
    chains = [(kind, c) for kind, c in ((k, org_chain(t)) for k, t in _sources(doc)) if c]
    if not chains:
        named = [n for n in _org_table().get("name", {}) if n in doc.norm[:600]]  # 我代表国务院
        return named[:1] or _prose_org(doc.norm)
    chain = chains[0][1]
    for _, other in chains[1:]:
        if other[-1] == chain[-1] and len(other) > len(chain):
            chain = other  # the same unit with its parents written (衡南县花桥镇人民政府)
    for _, other in chains[1:]:
        # the county portal publishes the township's report: the township is the organisation
        if other[-1] != chain[-1] and _below(other[-1], chain):
            chain = other if len(other) > 1 else chain + other
    return chain


def _place_evidence(doc: Document) -> tuple[list[str], list[tuple[str, float]], tuple[str, ...]]:
    """Division codes, texts to look for parent names in, and the parent kinds the text names."""
    codes = []
    for f in doc.metadata:
        if f.name == "index_no" and (m := CREDIT_CODE.match(f.value.strip())):
            codes.append(m.group(1))
    chrome = " ".join(simplified(f.value) for f in doc.metadata
                      if f.name in ("publisher", "source_site", "breadcrumb", "site", "url", "title", "signature",
                                    "byline", "author", "original_link"))
    texts = [(chrome, 2.0), (simplified(doc.title), 2.0), (doc.norm[:3000], 1.0)]
    kinds = [m.group(1) for m in PARENT_KIND.finditer(doc.norm[:3000])]
    top = max(set(kinds), key=kinds.count) if kinds else ""
    return codes, texts, ((top,) if top else ())


def _org(doc: Document) -> dict[str, Any]:
    org: dict[str, Any] = {"name": None, "level": None, "county": None, "prefecture": None, "city": None,
                           "province": None, "division_code": None, "place_confidence": None,
                           "place_candidates": []}
    chain = _choose_chain(doc)
    if not chain:
        return org
    name = chain[-1]
    office = office_level(name) if not unit_level(name) or not division_map().is_place(name) else None
    level, rank = office or unit_level(name) or ("", 0)
    written = chain[:-1]
    if not written and level not in ("省", "国家"):
        parent = _parent_before(doc.norm, name, rank)
        while parent and parent not in written:
            written.insert(0, parent)
            parent = _parent_before(doc.norm, parent, unit_level(parent)[1])
    written = [w for w in written if _rank(w) > rank]
    org.update(name="".join(written[-1:]) + name if office and written else name, level=level)
    place_name = written[-1] if office and written else name
    if office and not written:
        return org
    codes, texts, kinds = _place_evidence(doc)
    lvl = unit_level(place_name)
    levels = MAP_LEVELS.get(lvl[0], ()) if lvl else ()
    place = locate(place_name, written=written[:-1] if office else written, codes=codes, texts=texts,
                   levels=levels, parent_kinds=kinds if levels == ("township",) else ())
    if office and place.unit is not None:  # the office's parent government is the place
        place.county, place.prefecture = place_name, place.prefecture
    elif place.unit is None and not place.candidates and written and not office:
        # a unit the map lacks (new, or renamed since its vintage) under parents it has
        parent = locate(written[-1], written=written[:-1], codes=codes, texts=texts)
        if parent.unit is not None:
            lineage = {u.level: u.name for u in division_map().lineage(parent.unit)}
            place.province, place.prefecture = lineage.get("province"), lineage.get("prefecture")
            place.county, place.confidence = written[-1], round((parent.confidence or 0) / 2, 2)
            place.warnings.append(f"{name} is not on the administrative map; placed under {written[-1]} as written")
    org.update(province=place.province, prefecture=place.prefecture, county=place.county,
               division_code=place.division_code, place_confidence=place.confidence,
               place_candidates=place.candidates)
    if org["county"] is None and written and level not in ("市", "省"):
        org["county"] = written[-1]  # not on the map: the parent as written
    org["city"] = org["prefecture"]
    doc.warnings.extend(f"place: {w}" for w in place.warnings)
    return org


# -- entry points --------------------------------------------------------------------------


def describe(doc: Document) -> list[tuple[int, int]]:
    """Fill title, doc_type, published, periods (as far as the title tells) and org.

    Returns the norm ranges of the title lines, which are not headings.
    """
    doc.title, title_ranges = _title(doc)
    title = simplified(doc.title)
    doc.doc_type = doc_type_of(title)
    doc.published = _published(doc)
    if doc.doc_type == "政府工作报告":
        year = _report_year(doc)
        doc.periods = {"review": str(year - 1), "plan": str(year)} if year else {}
    else:
        doc.periods = periods_in(title)
    doc.org = _org(doc)
    return title_ranges


def title_lines(doc: Document) -> list[tuple[int, int]]:
    """Norm ranges of the lines that repeat the title (not headings)."""
    title = simplified(doc.title)
    if not title:
        return []
    return [(ln.start, ln.end) for ln in norm_lines(doc.norm) if ln.text.strip() == title]


def _delivered(doc: Document) -> tuple[int, int] | None:
    """(year, month) the report was given: its meeting dateline, else its publication date."""
    if m := re.search(r"((?:19|20)\d{2})年(\d{1,2})月\d{1,2}日在", gregorian(doc.norm[:400])):
        return int(m.group(1)), int(m.group(2))
    if doc.published:
        return int(doc.published[:4]), int(doc.published[5:7])
    return None


def _base_year(periods: dict[str, str]) -> int | None:
    for value in periods.values():
        if m := re.match(r"\d{4}", value):
            return int(m.group())
    return None


def finish(doc: Document) -> None:
    """What only the parts tell: missing periods, each part's period, the type of a cut title."""
    base = _base_year(doc.periods)
    for part in doc.parts:
        heading = simplified(part.heading.text_of(doc.original)) if part.heading else ""
        key = "review" if part.kind == "problems" else part.kind
        names_period = re.search(r"(?:19|20)\d{2}", heading) or any(w in heading for w in _period_words())
        own = periods_in(heading, base).get(key, "") if names_period else ""
        if own and part.kind != "problems":
            doc.periods.setdefault(part.kind, own)
        part.period = own
    kinds = {p.kind for p in doc.parts}
    if not doc.periods and (when := _delivered(doc)):
        # no year in the title or headings: a report given in January–March reviews the year
        # before and plans its own; one given later in the year reviews that year
        year, month = when
        title = simplified(doc.title)
        if halves := periods_in(title, year) if any(w in title for w in ("上半年", "下半年")) else {}:
            doc.periods.update(halves)  # 上半年工作总结和下半年工作计划, published in July
        review = year - 1 if month <= 3 else year
        if not halves and ("review" in kinds or doc.doc_type in ("总结", "总结和计划")):
            doc.periods["review"] = str(review)
        if not halves and ("plan" in kinds or doc.doc_type in ("计划", "总结和计划")):
            doc.periods["plan"] = str(review + 1)
    for part in doc.parts:
        part.period = part.period or doc.periods.get("review" if part.kind == "problems" else part.kind, "")
    halves = any("H" in v for v in doc.periods.values())
    if {"review", "plan"} <= kinds and doc.doc_type in ("", "总结", "计划", "半年总结"):
        doc.doc_type = "半年总结和计划" if halves else "总结和计划"
    elif not doc.doc_type and kinds:
        doc.doc_type = "总结" if "review" in kinds else "计划" if "plan" in kinds else ""


__all__ = ["describe", "finish", "title_lines", "org_chain", "unit_level", "periods_in", "iso_date"]
