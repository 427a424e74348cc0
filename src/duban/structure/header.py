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
CN_DATE = re.compile(r"([〇○零一二三四五六七八九]{4}|(?:19|20)\d{2})年([一二三四五六七八九十]{1,3})月([一二三四五六七八九十]{1,3})日")
CJK_RUN = re.compile(r"[\u3400-\u9fff]+")


PINYIN = re.compile(r"\([a-zA-Zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,7}\)")  # 報(bào)告: reprints gloss characters
CN_YEAR = re.compile(r"([〇○零一二三四五六七八九]{4})(?=年)")


def simplified(text: str) -> str:
    """Simplified, half-width, readings glossed in brackets left out, years in digits
    (二〇二四年 → 2024年, 民國113年 → 2024年)."""
    text = gregorian(to_simplified(half_width(text)))
    if "(" in text:
        text = PINYIN.sub("", text)
    return CN_YEAR.sub(lambda m: cn_year(m.group(1)), text)


def _is_prose(text: str) -> bool:
    return len(text) >= 40 or any(ch in "。！？!?" for ch in text)


# -- title ---------------------------------------------------------------------------------


def doc_type_of(title: str) -> str:
    return next((row["type"] for row, p in compiled("doc_types") if p.search(title)), "")


def _title_score(text: str) -> int:
    """0 for a line that is no title; more for one naming a type, a year and an organisation."""
    if not doc_type_of(PINYIN.sub("", text) if "(" in text else text):
        return 0
    text = PINYIN.sub("", text)
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


@lru_cache(maxsize=1)
def _period_re() -> re.Pattern[str]:
    return re.compile("|".join(map(re.escape, sorted(_period_words(), key=len, reverse=True))))


def _tokens(text: str) -> list[tuple[int, str, str]]:
    """(position, kind, value) for years, period words and review/plan words, in order."""
    toks = [(m.start(), "year", m.group(1)) for m in re.finditer(r"((?:19|20)\d{2})(?!\d)", text)]
    toks += [(m.start(), "period", m.group()) for m in _period_re().finditer(text)]
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
    if found.get("review", "").endswith("H1") and "plan" not in found:
        found["plan"] = found["review"][:4] + "H2"  # a first-half report plans the second half
    return found


def _report_year(doc: Document) -> int | None:
    """The year a 政府工作报告 is delivered: in its title, its dateline, or its publication."""
    if m := re.search(r"(?:19|20)\d{2}", simplified(doc.title)):
        return int(m.group())
    if m := DATELINE.search(gregorian(doc.norm[:400])):
        return int(m.group(1))
    return int(doc.published[:4]) if doc.published else None


SESSION = re.compile(r"人民代表大会|人大[一二三四五六七八九十0-9]*次会议|人代会")  # the people's congress
MEETING_AT = re.compile(r"在[^。\n]{0,40}?第[一二三四五六七八九十百0-9]+届\s*人民代表大会")
LATE_MONTH = 10  # a session from October on reviews its own year and plans the next
HALF_REPORT = re.compile(r"((?:19|20)\d{2})年上半年[^。]{0,12}?(?:报告|总结)")
MID_YEAR = (6, 9)  # a session in these months that speaks of 上半年 hears a half-year report
REVIEW_YEAR = re.compile(r"(?:总结|回顾)了?((?:19|20)\d{2})年|((?:19|20)\d{2})年(?:度)?(?:工作)?(?:总结|回顾)")
PLAN_YEAR = re.compile(r"(?:部署|谋划|安排)了?((?:19|20)\d{2})年|((?:19|20)\d{2})年(?:度)?(?:工作)?(?:计划|谋划|部署|务虚|思路|要点|打算)")
REPORTING = re.compile(r"(?:现将|现就|下面将|我代表[^。]{0,20}?向大会报告)[^。;]{0,60}?(?:如下|报告|汇报)")  # 现将2023年工作情况报告如下
YEAR_RANGE = re.compile(r"(?:19|20)\d{2}\s*年?\s*[-—~至到]\s*(?:19|20)?\d{2}")


def _meeting_date(doc: Document) -> tuple[int, int] | None:
    """(year, month) of the people's congress session a report is given at: the date beside the
    meeting line (——2024年1月16日在…会议上, or a date line just before or after it)."""
    head = simplified(doc.norm[:2500])
    if m := DATELINE.search(head):
        d = DATE.search(head, m.start(), m.end() + 1)
        return (int(d.group(1)), int(d.group(2))) if d else None
    if not (m := MEETING_AT.search(head)):
        return None
    best = None
    for d in DATE.finditer(head, max(0, m.start() - 80), min(len(head), m.end() + 160)):
        distance = m.start() - d.end() if d.end() <= m.start() else d.start() - m.end()
        if best is None or distance < best[0]:
            best = (distance, int(d.group(1)), int(d.group(2)))
    return best[1:] if best else None


def _session_periods(doc: Document) -> dict[str, str]:
    """Review and plan of a report given at (or a news item about) a people's congress session:
    a session in January–September of Y reviews Y−1 and plans Y, one from October on reviews Y and
    plans Y+1; with no dated session, the latest year the opening names is the plan year."""
    head = simplified(doc.norm[:3000])
    if not SESSION.search(simplified(doc.title) + head):
        return {}
    if m := HALF_REPORT.search(head):  # 听取了安海镇人民政府2024年上半年工作报告
        return {"review": f"{m.group(1)}H1", "plan": f"{m.group(1)}H2"}
    when = _meeting_date(doc)
    if when is None and doc.published:
        when = int(doc.published[:4]), int(doc.published[5:7])
    if when is not None and MID_YEAR[0] <= when[1] <= MID_YEAR[1] and "上半年" in head:
        return {"review": f"{when[0]}H1", "plan": f"{when[0]}H2"}  # a mid-year session hears the first half
    if when is not None:
        review = when[0] if when[1] >= LATE_MONTH else when[0] - 1
        return {"review": str(review), "plan": str(review + 1)}
    years = sorted({int(y) for y in re.findall(r"((?:19|20)\d{2})年", head)})
    years = [y for y in years if y - years[0] <= 2]  # not 2035年远景目标
    if not years:
        return {}
    month = re.search(r"(?<!\d)(\d{1,2})月\d{1,2}日", head[:300])  # 8月8日,千垛镇第二届人民代表大会…
    if month and MID_YEAR[0] <= int(month.group(1)) <= MID_YEAR[1] and "上半年" in head:
        return {"review": f"{years[-1]}H1", "plan": f"{years[-1]}H2"}
    return {"review": str(years[-1] - 1), "plan": str(years[-1])}


def _reporting_periods(doc: Document) -> dict[str, str]:
    """Periods of the sentence that announces the report (现将2023年工作开展情况报告如下), or of a news
    item's words for it (2024年工作总结暨2025年工作谋划部署会; 总结了2023年…, 部署2024年工作)."""
    head = simplified(doc.norm[:1500])
    if (m := REPORTING.search(head)) and (found := periods_in(m.group())):
        return found
    review = [int(a or b) for a, b in REVIEW_YEAR.findall(head)]
    plan = [int(a or b) for a, b in PLAN_YEAR.findall(head)]
    for r in review:
        if r + 1 in plan or not plan:
            return {"review": str(r), "plan": str(r + 1)} if r + 1 in plan else {"review": str(r)}
    return {}


# -- published -----------------------------------------------------------------------------


def iso_date(text: str) -> str:
    if m := DATE.search(text):
        return f"{m.group(1)}-{int(m.group(2)):02d}-{int(m.group(3)):02d}"
    if m := CN_DATE.search(text):
        return f"{cn_year(m.group(1))}-{ordinal(m.group(2)):02d}-{ordinal(m.group(3)):02d}"
    if m := COMPACT_DATE.search(text):
        return f"{m.group(1)}-{m.group(2)}-{m.group(3)}"
    return ""


PAGE_LINES = 20  # a page's own date stands within its first lines, before the first sentence
MEETING_LINE = re.compile(r"在[^。]{0,40}(?:人民代表大会|人大)[^。]{0,20}会议上|会议上$")


def _page_date(doc: Document) -> str:
    """A page's own date where no field names it: a date on a short line of the page head
    (2020年01月14日来源:…, • 2015-11-22, 创建于2024-05-17, a newspaper's 2024年1月11日), not the
    session's date next to the meeting line."""
    lines = [ln.strip() for ln in simplified(doc.original[:3000]).splitlines()]
    lines = [ln for ln in lines if ln][:PAGE_LINES]
    meeting = [i for i, ln in enumerate(lines) if MEETING_LINE.search(ln)]
    session = _session_dates(doc)
    for i, line in enumerate(lines):
        if "。" in line:
            break
        if line.startswith(("—", "-", "(")):
            continue
        if iso := iso_date(line):
            alone = not CJK_RUN.search(DATE.sub("", CN_DATE.sub("", line)).replace("日", ""))
            if (alone and any(abs(i - k) <= 3 for k in meeting)) or iso in session:
                continue  # the session's date on a line of its own beside the meeting line
            return iso
    return ""


def _session_dates(doc: Document) -> set[str]:
    """The session's date written beside the meeting line (never the page's publication date)."""
    head = simplified(doc.norm[:2500])
    if m := DATELINE.search(head):
        return {iso_date(head[m.start() : m.end()])}
    if not (m := MEETING_AT.search(head)):
        return set()
    best = None
    for d in (*DATE.finditer(head, max(0, m.start() - 80), m.end() + 160),
              *CN_DATE.finditer(head, max(0, m.start() - 80), m.end() + 160)):
        distance = m.start() - d.end() if d.end() <= m.start() else d.start() - m.end()
        if best is None or distance < best[0]:
            best = (distance, iso_date(d.group()))
    return {best[1]} if best else set()


def _published(doc: Document) -> str:
    for name in ("published", "written", "date"):
        for f in doc.metadata:
            if f.name == name and (iso := iso_date(simplified(f.value))):
                if name == "date" and iso in _session_dates(doc):
                    continue  # a date line under the title that is the session's date
                return iso
    return _page_date(doc)


# -- organisation --------------------------------------------------------------------------

OPENING = re.compile(r"^[^。;!?]{4,80}")  # the opening sentence, up to its first stop
SESSION_OF = re.compile(r"([\u3400-\u9fff]{2,30}?)第[一二三四五六七八九十百\d]+届人民代表大会")  # 白玉县第十五届人大…
MEETING = re.compile(r"在([\u3400-\u9fff]{2,30}?)第[一二三四五六七八九十百\d]+届人民代表大会")  # 在XX镇第十五届人大…
SIGNATURE = re.compile(r"(?:[镇乡县区市省州旗盟]长|主席|主任)[\s　]*[\u3400-\u9fff]{2,4}")  # …人民政府镇长 XX
RUN_BEFORE = re.compile(r"[\u3400-\u9fff]{2,30}$")
CREDIT_CODE = re.compile(r"^[1-9A-Y][1-9A-Z](\d{6})[0-9A-Z]{9}[0-9A-Z](?![0-9A-Z])")  # 统一社会信用代码
PARENT_KIND = re.compile(r"([县区市旗])(?:委|政府)")  # 县委、县政府: the parent is a 县
OFFICE_STEM = re.compile(r"^[\u3400-\u9fff]{2,12}$")
NOT_IN_NAMES = re.compile(r"[在日的了是于为对从向和与及等年月]")  # words that stand between names, not in them
OFF_MAP_MAX = 8  # the longest run read as a name the map lacks (某某街道, 新设的某某镇)
MAP_LEVELS = {"省": ("province",), "市": ("prefecture", "county"), "县": ("county",), "区": ("county",),
              "镇": ("township",), "乡": ("township",), "街道": ("township",)}
TRUST = ("publisher", "title", "meeting", "session", "signature", "byline", "head", "source_site")  # most trusted first


@lru_cache(maxsize=1)
def _org_table() -> dict[str, dict[str, dict[str, str]]]:
    by_kind: dict[str, dict[str, dict[str, str]]] = {}
    for row in load_table("org_levels"):
        by_kind.setdefault(row["kind"], {})[row["form"]] = row
    return by_kind


@lru_cache(maxsize=None)
def _suffixes(kind: str) -> tuple[dict[str, dict[str, str]], tuple[int, ...]]:
    """The rows of one kind by form, and the forms' lengths, longest first."""
    rows = _org_table().get(kind, {})
    return rows, tuple(sorted({len(f) for f in rows}, reverse=True))


def _by_suffix(unit: str, kind: str) -> dict[str, str] | None:
    rows, lengths = _suffixes(kind)
    generic = _org_table().get("generic", {})
    for n in lengths:
        row = rows.get(unit[-n:]) if len(unit) > n else None
        if row is None:
            continue
        stem = unit[:-n]
        if stem in generic:
            continue
        if kind == "office" and (not OFFICE_STEM.match(stem) or stem[0] in generic):
            continue  # 我局, 全区, 近日,XX局: no name
        return row
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
    """Whether a name keeps a proper stem before its longest unit word (自治区, 实验区, 城市, 日在县 do not)."""
    if NOT_IN_NAMES.search(unit):
        return False
    table = _org_table()
    words = sorted(list(table.get("suffix", {})) + list(table.get("office", {})), key=len, reverse=True)
    suffix = next((w for w in words if unit.endswith(w)), "")
    stem = unit[: len(unit) - len(suffix)]
    return len(stem) >= 2 and stem[0] not in table.get("generic", {}) and stem not in table.get("generic", {})


def _is_unit(unit: str, last: bool, whole: bool) -> bool:
    """A whole unit name: on the map (or a national organ); last in a run, an office or zone; or a
    run of its own between tails (某某街道人民政府, 湖南省衡阳市某某县某某镇) with a proper stem, though the
    map lacks it."""
    if unit in _org_table().get("name", {}):
        return True
    if division_map().is_place(unit) and unit_level(unit):
        return True
    if last and office_level(unit) is not None:
        return True
    return whole and unit_level(unit) is not None and _proper_stem(unit)


def _segment(chunk: str, whole: bool = False) -> list[str] | None:
    """Split a run of names into whole units (保定市清苑区 → 保定市, 清苑区), shortest first."""
    if not chunk:
        return []
    for i in range(2, min(len(chunk), 16) + 1):
        if _is_unit(chunk[:i], i == len(chunk), whole) and (rest := _segment(chunk[i:], whole)) is not None:
            return [chunk[:i]] + rest
    return None


@lru_cache(maxsize=1)
def _tail_splitter() -> re.Pattern[str] | None:
    tails = sorted(_org_table().get("tail", {}), key=len, reverse=True)
    return re.compile("|".join(map(re.escape, tails))) if tails else None


def _chunks(text: str) -> list[str]:
    splitter = _tail_splitter()
    out = []
    for run in CJK_RUN.findall(text):
        out += [c for c in (splitter.split(run) if splitter else [run]) if c]
    return out


def _tail_chain(chunk: str) -> list[str]:
    """The longest run of whole units that ends ``chunk`` (推进城市建设 has none; 在衡南县花桥镇 → 衡南县, 花桥镇).

    Units on the map first (选举产生了鹿乡镇 → 鹿乡镇); only a short run that is all names (某某街道)
    may hold one the map lacks."""
    for i in range(len(chunk) - 1):
        units = _segment(chunk[i:])
        if units:
            return units
    if len(chunk) <= OFF_MAP_MAX:
        return _segment(chunk, whole=True) or []
    return []


def org_chain(text: str) -> list[str]:
    """The first run of whole units in ``text`` (simplified): 衡南县花桥镇人民政府 → [衡南县, 花桥镇].

    Every unit is checked against the administrative map; a fragment (自治区, 实验区) or a word
    that only ends like a place (城市) is no unit. A lower unit in the next run goes on the chain:
    (青海省)海南藏族自治州人民政府 → [青海省, 海南藏族自治州]."""
    names = _org_table().get("name", {})
    chunks = _chunks(text)
    for k, chunk in enumerate(chunks):
        if chunk in names:
            return [chunk]
        units = _tail_chain(chunk)
        if units:
            for nxt in chunks[k + 1 : k + 3]:
                more = _segment(nxt) or []
                if not more or _rank(more[0]) >= _rank(units[-1]):
                    break
                units = units + more
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
    elif (m := SESSION_OF.search(head[:600])) and len(name := re.split(r"[在日]", m.group(1))[-1]) >= 2:
        found.append(("session", name))
    for m in SIGNATURE.finditer(head, 0, 600):
        if run := RUN_BEFORE.search(head, max(0, m.start() - 30), m.start()):
            found.append(("head", run.group().removesuffix("人民政府")))
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


@lru_cache(maxsize=1)
def _self_table() -> tuple[list[re.Pattern[str]], dict[str, tuple[tuple[str, ...], tuple[str, ...]]]]:
    rows = load_table("self_reference")
    patterns = [re.compile(r["pattern"]) for r in rows if r["kind"] == "pattern"]
    words = {r["form"]: (tuple(r["levels"].split("+")), tuple(filter(None, r["endings"].split("+"))))
             for r in rows if r["kind"] == "word"}
    return patterns, words


def _self_level(text: str) -> str | None:
    """The level word a report uses for its own issuer (我代表县人民政府, 县长 XX, 我州 → 县, 州)."""
    patterns, _ = _self_table()
    counts: dict[str, int] = {}
    for p in patterns:
        for m in p.finditer(text):
            counts[m.group("w")] = counts.get(m.group("w"), 0) + 1
    return max(counts, key=lambda w: counts[w]) if counts else None


def _named_most(text: str, levels: tuple[str, ...], endings: tuple[str, ...]) -> str | None:
    """The unit of these levels the text names most, by full or short name (黎平 … → 黎平县): the only one
    named, or one named at least twice and more than any other."""
    m = division_map()
    counts: dict[str, int] = {}
    for run in CJK_RUN.findall(text):
        for i in range(len(run) - 1):
            for j in range(i + 2, min(len(run), i + 10) + 1):
                sub = run[i:j]
                for uid in (*m.by_name.get(sub, ()), *m.by_short.get(sub, ())):
                    u = m.current_of(m.units[uid])
                    if u.level in levels and (not endings or u.name.endswith(endings)):
                        counts[u.name] = counts.get(u.name, 0) + 1
    ranked = sorted(counts.items(), key=lambda kv: -kv[1])
    if not ranked:
        return None
    if len(ranked) == 1 or ranked[0][1] >= max(2, ranked[1][1] + 1):
        return ranked[0][0]  # the one unit of that level named, or the one named clearly most
    return None


def _self_named(doc: Document) -> list[str]:
    """The issuer a report names only by its level (我代表县人民政府 … 黎平): [黎平县], or []."""
    head = simplified(doc.norm[:3000])
    word = _self_level(simplified(doc.title) + "\n" + head)
    if word is None:
        return []
    levels, endings = _self_table()[1].get(word, ((), ()))
    if "national" in levels:
        return [n for n, row in _org_table().get("name", {}).items() if row["level"] == "国家"][:1]
    chrome = " ".join(simplified(f.value) for f in doc.metadata if f.name in ("publisher", "source_site", "title"))
    name = _named_most(" ".join((chrome, simplified(doc.title), head)), levels, endings)
    return [name] if name else []


PORTAL = ("publisher", "source_site")  # the portal that carries a report may be the level above
REPORTER = ("title", "meeting", "session", "byline", "signature")  # name the unit that reports


def _leading_units(text: str) -> list[str]:
    """The first whole units in an opening sentence (近日,潼关县自然资源局组织召开… → 潼关县, 自然资源局)."""
    for run in CJK_RUN.findall(text):
        for i in range(len(run) - 1):
            for j in range(min(len(run), i + 16), i + 1, -1):
                units = _segment(run[i:j])
                if units and (division_map().is_place(units[-1]) or office_level(units[-1])):
                    return units
    return []


def _host_of(office: str) -> str | None:
    """The unit an office's or zone's name starts with, by full or short name (常州经开区 → 常州市)."""
    m = division_map()
    for j in range(min(len(office) - 2, 8), 1, -1):
        prefix = office[:j]
        units = {m.current_of(u).name for u in m.named(prefix) if u.level != "township"}
        units |= {m.current_of(m.units[i]).name for i in m.by_short.get(prefix, ())}
        if len(units) == 1:
            return units.pop()
    return None


def _choose_chain(doc: Document) -> list[str]:
    chains = [(kind, c) for kind, c in ((k, org_chain(t)) for k, t in _sources(doc)) if c]
    if not chains:
        opening = OPENING.search(simplified(doc.norm[:400]))
        lead = _leading_units(opening.group()) if opening else []
        return _self_named(doc) or lead or _prose_org(simplified(doc.norm[:3000]))
    kind, chain = chains[0]
    for _, other in chains[1:]:
        if other[-1] == chain[-1] and len(other) > len(chain):
            chain = other  # the same unit with its parents written (衡南县花桥镇人民政府)
    if kind in PORTAL:
        for other_kind, other in chains[1:]:
            # the county portal publishes the township's report: the township is the organisation
            if other_kind in REPORTER and other[-1] != chain[-1] and _below(other[-1], chain):
                chain = other if len(other) > 1 else chain + other
                break
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
    top = max(dict.fromkeys(kinds), key=kinds.count) if kinds else ""  # ties: the first named
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
    if office and not written and (host := _host_of(name)):
        written = [host]  # 常州经开区 → 常州市, 平潭综合实验区 → 平潭县: the place its name starts with
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
        for k in range(len(written), 0, -1):  # the nearest written parent the map has
            parent = locate(written[k - 1], written=written[: k - 1], codes=codes, texts=texts)
            if parent.unit is not None:
                lineage = {u.level: u.name for u in division_map().lineage(parent.unit)}
                place.province, place.prefecture = lineage.get("province"), lineage.get("prefecture")
                place.county, place.confidence = written[-1], round((parent.confidence or 0) / 2, 2)
                place.warnings.append(f"{name} is not on the administrative map; placed under {written[-1]} as written")
                break
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
        when = _meeting_date(doc)
        year = (when[0] + (when[1] >= LATE_MONTH)) if when else _report_year(doc)
        doc.periods = {"review": str(year - 1), "plan": str(year)} if year else {}
    else:
        doc.periods = periods_in(title) or _session_periods(doc) or _reporting_periods(doc)
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
    if doc.doc_type == "政府工作报告" and _meeting_date(doc) is None:
        # no dated session: the year the review heading names (2015年工作回顾 in 塔洋镇2015年政府工作报告)
        for part in doc.parts:
            heading = simplified(part.heading.text_of(doc.original)) if part.heading else ""
            years = re.findall(r"(?:19|20)\d{2}", heading)
            if part.kind == "review" and len(years) == 1 and not YEAR_RANGE.search(heading):
                doc.periods = {"review": years[0], "plan": str(int(years[0]) + 1)}
                break
    if "review" in doc.periods and "plan" not in doc.periods and "plan" in kinds:
        review = doc.periods["review"]  # a plan part with no period of its own plans what follows the review
        doc.periods["plan"] = review[:4] + "H2" if review.endswith("H1") else str(int(review[:4]) + 1)
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
