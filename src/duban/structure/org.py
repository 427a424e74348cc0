"""Who issued a report and where it stands: the organisation, checked against the map and placed on it.

Reads every place a report names its issuer (chrome fields, title, meeting and session lines,
signature, byline, portal, the level the report speaks as, the opening sentence) and keeps whole
names only; the organisation's place comes from `duban.place.locate` with the document's own
evidence (parents written beside it, the code in an index number, names in the text, 县委 /
区委). Language knowledge comes from org_levels.tsv and self_reference.tsv. docs/place.md tells
the rules.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any, Iterator

from duban.document import Document
from duban.lang import load_table
from duban.lang.words import is_cjk
from duban import place as place_module
from duban.place import FORMER_TOWNSHIP, TOWN, Unit, division_map, locate, short_name
from duban.structure.text import CJK_RUN, compiled, search_before, simplified

LEAD_STOP = re.compile(r"[。;!?]")  # the stops that end a sentence of the opening
# the day a news lead dates its event, after which its subject follows (为深入学习…,2025年1月15日,江湾镇街道召开…)
LEAD_DATE = re.compile(r"(?:(?:19|20)\d{2}年)?\d{1,2}月\d{1,2}日(?:上午|下午|晚上|晚)?[,，]")
PURPOSE_OPENERS = ("为", "为了")  # a lead that opens on its purpose names its subject only after it
LEAD_SENTENCES = 2
LEAD_CHARS = 80  # the subject stands near a sentence's start
CONVENES_CHARS = 400  # the opening in which an office is read convening its sector's meeting
HEADLINE_LINES = 4  # the first lines a page's headline is looked for in
SESSION_OF = re.compile(r"([\u3400-\u9fff]{2,30}?)(?:隆重)?(?:(?:召开|举行)了?)?第[一二三四五六七八九十百\d]+届人民代表大会")  # 白玉县第十五届人大…, 景福镇召开(了)第二十一届…
SESSION_OF_ANCHOR = re.compile(r"第[一二三四五六七八九十百\d]+届人民代表大会")  # what SESSION_OF ends with …
SESSION_OF_REACH = 30 + len("隆重") + len("召开了")  # … at most this far after the match's start
# a session written short, 晋州市七届人大一次会议: the unit is the place its name ends with (not 圆满完成市十七届人大…,
# the city speaking of its own session, nor 州十三届人大, a numeral taken into the name)
SESSION_SHORT = re.compile(r"([\u3400-\u9fff]{2,12})(?<![一二三四五六七八九十百第])第?[一二三四五六七八九十百]+届人大[一二三四五六七八九十]+次会议")
SESSION_SHORT_ANCHOR = re.compile(r"[一二三四五六七八九十百]届人大[一二三四五六七八九十]+次会议")  # what it ends with …
SESSION_SHORT_REACH = 12 + len("第") + 3  # … this far at most after its start (the name, 第, a numeral's first characters)
# 在XX镇第十五届人大… (a line may break after 届; a copy that lost the session's numbers keeps 第: 在晋城市城区第⏎人民代表大会)
MEETING = re.compile(r"在([\u3400-\u9fff]{2,30}?)第(?:[一二三四五六七八九十百\d]+届)?\s*人民代表大会")
# 中国人民政治协商会议第九届黄山市徽州区委员会第一次会议: a consultative conference's session names its unit
CPPCC_SESSION = re.compile(r"政治协商会议\s*(?:第[一二三四五六七八九十百\d]+届)?\s*([\u3400-\u9fff]{2,20}?)委员会\s*第[一二三四五六七八九十百\d]+次")
CPPCC_WITHIN = 600  # characters of the opening it is looked for in
# the name a report speaks for: 我代表江苏省人民政府向大会报告工作; 受西城区人民政府委托 (a deputy reads it)
SPEAKER = re.compile(r"(?:我代表|受)((?:(?!人民政府)[\u3400-\u9fff]){2,30}?)(?:人民)?政府(?:[,，]?向大会|的?委托)")
SIGNATURE = re.compile(r"(?:[镇乡县区市省州旗盟]长|主席|主任)[\s　]*([\u3400-\u9fff]{2,4})")  # …人民政府镇长 XX
RUN_BEFORE = re.compile(r"[\u3400-\u9fff]{2,30}$")
PRESIDIUM = "团"  # 主席团: the presidium of a congress, the unit's own body
CREDIT_CODE = re.compile(r"^[1-9A-Y][1-9A-Z](\d{6})[0-9A-Z]{9}[0-9A-Z](?![0-9A-Z])")  # 统一社会信用代码
PARENT_KIND = re.compile(r"([县区市旗])(?:委|政府)")  # 县委、县政府: the parent is a 县
TOWNSHIP_RANK = 2  # org_levels.tsv's rank of townships, and of the state farms that report as they do
OFFICE_STEM = re.compile(r"^[\u3400-\u9fff]{2,12}$")
LEVEL_STEMS = frozenset("省市县区州旗")  # a level's word alone before an office's name (县卫健委, 市疾控中心)
ZONE_LEVELS = frozenset("区场")  # office rows that name zones and farms, which a place's name may open (苏州工业园区)
OFF_MAP_MAX = 8  # the longest run read as a name the map lacks (某某街道, 新设的某某镇)
# the map's levels a unit word may stand for (a 市 may be one of the four municipalities, a province)
MAP_LEVELS = {"省": ("province",), "市": ("province", "prefecture", "county"), "县": ("county",), "区": ("county",),
              "镇": ("township",), "乡": ("township",), "街道": ("township",)}
# the map's levels a unit word may also stand for, asked only when its usual levels have no unit of the
# name or the written parents rule them out: Taiwan's 區 and 縣轄市 are townships (台北市中正区, 员林市)
LATER_LEVELS = {"区": ("township",), "市": ("township",)}
TRUST = ("publisher", "title", "compiled", "meeting", "session", "speaker", "heard", "signature", "byline", "head",
         "source_site")  # most trusted first
# 根据…规定,编制万源市玉带乡2024年政府信息公开工作年度报告: the unit that compiles its own annual report
COMPILED_WITHIN = 600  # the opening sentence of a disclosure report, after the rules it cites
COMPILED = re.compile(r"编制(?:了|完成)?([\u3400-\u9fff]{2,30}?)(?:19|20)\d{2}年度?[^。;；]{0,24}?报告"
                      # 结合来宾市卫生健康委员会政府信息公开工作实际,现编制2023年…报告: the unit whose work it reports
                      r"|结合([\u3400-\u9fff]{2,30}?)(?:政府信息公开|政务公开)?工作实际[,，]?(?:现|特)?编制")


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


@lru_cache(maxsize=1)
def _office_openers() -> tuple[str, ...]:
    """Words that open an office's name though their first character is a generic word (农业农村局)."""
    return tuple(_org_table().get("office_opener", {}))


NAMING_OFFICE_WORD = 4  # characters of an office word that names a body whole after its place (疾控中心)
WHOLE_NAME_LEVELS = frozenset("委")  # office rows that name a body whole however short (海东市发改委, 卫健委)


def _by_suffix(unit: str, kind: str) -> dict[str, str] | None:
    rows, lengths = _suffixes(kind)
    generic = _org_table().get("generic", {})
    if unit.endswith(tuple(_org_table().get("word_end", {}))):
        return None  # 新社区: a community, no district; 政务服务大厅: a room, no department
    for n in lengths:
        row = rows.get(unit[-n:]) if len(unit) > n else None
        if row is None:
            continue
        stem = unit[:-n]
        if kind == "office" and stem in LEVEL_STEMS and n >= 2:
            return row  # 县卫健委, 区政务服务办: the office of the level its word names (its place told elsewhere)
        if stem in generic:
            continue
        if kind == "office" and (not OFFICE_STEM.match(stem) or stem[0] in generic
                                 and not stem.startswith(_office_openers())):
            continue  # 我局, 全区, 近日,XX局: no name (农业农村局, 乡村振兴局 are names)
        if kind == "office" and row["level"] not in ZONE_LEVELS and n < NAMING_OFFICE_WORD \
                and row["level"] not in WHOLE_NAME_LEVELS and division_map().is_place(stem):
            continue  # 临渭区中心城区: a body's name holds words of its own after its place (临渭区自然资源局), unless
            # its office word names it whole (临渭区疾控中心)
        return row
    return None


@lru_cache(maxsize=65536)
def unit_level(unit: str) -> tuple[str, int] | None:
    """(level, rank) of an administrative unit name (柳城畲族镇 → 镇), or None."""
    table = _org_table()
    if unit in table.get("name", {}):
        row = table["name"][unit]
        return row["level"], int(row["rank"])
    row = _by_suffix(unit, "suffix")
    return (row["level"], int(row["rank"])) if row else None


@lru_cache(maxsize=65536)
def office_level(unit: str) -> tuple[str, int] | None:
    """(level, rank) of an office or zone name (松阳县自然资源局 → 局), or None."""
    row = _by_suffix(unit, "office")
    return (row["level"], int(row["rank"])) if row else None


OFFICE_JOINS = frozenset("和与及")  # words of not_in_name that join an office's name (自然资源和规划局)


@lru_cache(maxsize=2)
def _not_in_names(office: bool = False) -> re.Pattern[str]:
    """The words of not_in_name; for an office's name, those but the words that join its parts."""
    words = sorted((w for w in _org_table().get("not_in_name", {}) if not (office and w in OFFICE_JOINS)),
                   key=len, reverse=True)
    return re.compile("|".join(map(re.escape, words)) or r"(?!)")


@lru_cache(maxsize=1)
def _unit_words() -> tuple[str, ...]:
    """The words that end a unit's or an office's name (suffix and office rows), longest first."""
    table = _org_table()
    return tuple(sorted(list(table.get("suffix", {})) + list(table.get("office", {})), key=len, reverse=True))


def _stem(unit: str) -> str:
    """A unit's or an office's name without its longest unit word (熊口农场 → 熊口)."""
    return unit[: len(unit) - len(next((w for w in _unit_words() if unit.endswith(w)), ""))]


def _proper_stem(unit: str) -> bool:
    """Whether a name keeps a proper stem before its longest unit word (自治区, 实验区, 城市, 日在县,
    董奕锋作县 do not)."""
    if _not_in_names().search(unit):
        return False
    table = _org_table()
    stem = _stem(unit)
    return len(stem) >= 2 and stem[0] not in table.get("generic", {}) and stem not in table.get("generic", {})


@lru_cache(maxsize=1)
def _autonomous_ends() -> frozenset[str]:
    """The last characters of autonomous units' words (自治县 → 县, 自治州 → 州, 自治旗 → 旗)."""
    return frozenset(f[-1] for f in _org_table().get("suffix", {}) if f.startswith("自治"))


def official_name(unit: str) -> str:
    """The map's name of a unit written in its short form with its last unit word (通道县 → 通道侗族自治县,
    玉屏县 → 玉屏侗族自治县, 恩施州 → 恩施土家族苗族自治州): the one current unit whose short name is the stem
    and whose own name ends with that word; a street office written 街 for 街道 (市桥街); the name
    itself otherwise."""
    if len(unit) < 3:
        return unit
    m = division_map()
    for row in load_table("short_unit_words"):  # 香港特区 for 香港特别行政区
        written, official = row["written"], row["official"]
        if unit.endswith(written) and m.is_place(whole := unit[: -len(written)] + official):
            return whole
    if not (unit_level(unit) or unit.endswith("街")):
        return unit
    if m.is_place(unit):
        return unit
    if unit.endswith("街") and m.is_place(unit + "道"):
        return unit + "道"  # 市桥街 for 市桥街道
    if unit[-1] in "乡镇" and (ethnic := m.ethnic_township(unit)):
        return ethnic  # 高良乡 for 高良壮族苗族瑶族乡
    if unit[-1] in "旗县" and (winged := m.winged(unit)):
        return winged  # 科右前旗 for 科尔沁右翼前旗
    stem, word = unit[:-1], unit[-1]
    if word not in _autonomous_ends():
        return unit
    # (a county whose stem is an everyday word keeps its short name with the unit word: 通道县)
    units = {m.current_of(m.units[i]).name for i in (*m.by_short.get(stem, ()), *m.by_short.get(unit, ()))}
    fits = [u for u in units if u.endswith(word) and u != unit and unit_level(u) and unit_level(u) == unit_level(unit)]
    return fits[0] if len(fits) == 1 else unit


def _is_unit(unit: str, last: bool, whole: bool) -> bool:
    """A whole unit name: on the map (or a national organ); last in a run, an office or zone; or a
    run of its own between tails (某某街道人民政府, 湖南省衡阳市某某县某某镇) with a proper stem, though the
    map lacks it."""
    if unit in _org_table().get("name", {}):
        return True
    if unit_level(unit) and (division_map().is_place(official_name(unit)) or _became_a_town(unit, "")):
        return True
    if last and office_level(unit) is not None and not _titled(unit):
        return True  # (区长兼经开区: a person's posts, no office)
    return whole and unit_level(unit) is not None and _proper_stem(unit)


RULE_TITLE_MAX = 80  # characters of a rule's title the opening cites


@lru_cache(maxsize=1)
def _rule_title() -> re.Pattern[str]:
    """A rule's or notice's title the opening cites (《河北省实施<…条例>办法》; title_ends.tsv kind rule): its
    units are the rule's, not the reporter's."""
    ends = "|".join(r["pattern"] for r in load_table("title_ends") if r["kind"] == "rule") or "(?!)"
    return re.compile(rf"《[^《》\n]{{0,{RULE_TITLE_MAX}}}?(?:{ends})》")


def _titled(unit: str) -> bool:
    """Does ``unit`` open with a person's title (person_titles.tsv: 区长兼经开区党工委书记)?"""
    titles, lengths = _person_titles()
    return any(unit[:n] in titles for n in lengths)


def _segment(chunk: str, whole: bool = False) -> list[str] | None:
    """Split a run of names into whole units (保定市清苑区 → 保定市, 清苑区), shortest first."""
    found = _segments(chunk, whole)
    return None if found is None else list(found)


@lru_cache(maxsize=8192)
def _segments(chunk: str, whole: bool) -> tuple[str, ...] | None:
    """`_segment`, remembered: reports name the same places over and over, and a run's
    splits share their tails."""
    if not chunk:
        return ()
    for i in range(2, min(len(chunk), 16) + 1):
        if not _is_unit(chunk[:i], i == len(chunk), whole):
            continue
        if _district_of(chunk[:i], chunk[i:]):
            return official_name(chunk[:i]), chunk[i:]  # 晋城市城区 → 晋城市, 城区
        if (rest := _segments(chunk[i:], whole)) is not None:
            return (official_name(chunk[:i]),) + rest
    return None


def _common_word_level(unit: str) -> tuple[str, int] | None:
    """(level, rank) of a district named by a common word (城区 → 区), which unit_level leaves out."""
    row = _org_table().get("common_word", {}).get(unit)
    return (row["level"], int(row["rank"])) if row and row["level"] else None


def _district_of(parent: str, word: str) -> bool:
    """Is ``word`` a district named by a common word (城区, 郊区: org_levels.tsv common_word) that the map
    places right under ``parent``, written just before it (晋城市城区, 铜陵市郊区)?"""
    if word not in _org_table().get("common_word", {}):
        return False
    unit = locate(word, written=[official_name(parent)]).unit
    return unit is not None and unit.name == word and any(
        u.name == official_name(parent) for u in division_map().lineage(unit)[:-1])


@lru_cache(maxsize=1)
def _tail_splitter() -> re.Pattern[str] | None:
    tails = sorted(_org_table().get("tail", {}), key=len, reverse=True)
    return re.compile("|".join(map(re.escape, tails))) if tails else None


@lru_cache(maxsize=1)
def _offices_ending_in_a_tail() -> tuple[str, ...]:
    """Office names that end in a tail word (卫生健康委员会 in 委员会): there the tail ends the office's
    name, and no run of places."""
    tails = tuple(_org_table().get("tail", {}))
    return tuple(o for o in _org_table().get("office", {}) if o.endswith(tails) and o not in tails)


def _chunks(text: str) -> list[str]:
    splitter = _tail_splitter()
    out = []
    for run in CJK_RUN.findall(text):
        if splitter is None:
            out.append(run)
            continue
        start = 0
        for m in splitter.finditer(run):
            if run.endswith(_offices_ending_in_a_tail(), 0, m.end()):
                continue  # 来宾市卫生健康委员会: the commission's whole name, not 来宾市卫生健康 and a tail
            out.append(run[start : m.start()])
            start = m.end()
        out.append(run[start:])
    return [c for c in out if c]


def _tail_chain(chunk: str) -> list[str]:
    """The longest run of whole units that ends ``chunk`` (推进城市建设 has none; 在衡南县花桥镇 → 衡南县, 花桥镇).

    Units on the map first (选举产生了鹿乡镇 → 鹿乡镇); only a short run that is all names (某某街道)
    may hold one the map lacks, or a run that opens on a unit of the map and goes down level by level
    (重庆市渝北区大盛镇, 渝北区 off the map: not 北区 out of it)."""
    whole = _segment(chunk, whole=True) if len(chunk) > OFF_MAP_MAX else None
    if whole and len(whole) >= 2 and division_map().is_place(whole[0]) \
            and all(_rank(a) > _rank(b) for a, b in zip(whole, whole[1:])) \
            and all(len(u) <= OFF_MAP_MAX or division_map().is_place(u) for u in whole):
        return whole  # (a name the map lacks is short: 大数据发展服务中心中畈乡 is an office's name run into a township's)
    for i in range(len(chunk) - 1):
        units = _segment(chunk[i:])
        if units:
            return [] if _inside_a_word(chunk, i, len(chunk), units) else units
    if len(chunk) <= OFF_MAP_MAX:
        return _segment(chunk, whole=True) or []
    return []


YEAR_MARK = "年"


@lru_cache(maxsize=1)
def _place_leads() -> frozenset[str]:
    return frozenset(_org_table().get("place_lead", {}))


def _inside_a_word(run: str, i: int, j: int, units: list[str]) -> bool:
    """Is ``run[i:j]``, read as ``units``, a two-character name that ends a word or a list (地委和县委,
    完成县) rather than a place (在沛县: after a word that leads to a place, org_levels.tsv place_lead; 2023年莒县:
    after the 年 of a year written in digits, which opens the run)?"""
    year_before = i == 1 and run[0] == YEAR_MARK  # (八十年代县委 is no 代县: its 年 is inside the run)
    return i > 0 and j - i == 2 and len(units) == 1 and run[i - 1] not in _place_leads() and not year_before


def org_chain(text: str) -> list[str]:
    """The first run of whole units in ``text`` (simplified): 衡南县花桥镇人民政府 → [衡南县, 花桥镇].

    Every unit is checked against the administrative map; a fragment (自治区, 实验区) or a word
    that only ends like a place (城市) is no unit. A lower unit in the next run goes on the chain:
    (青海省)海南藏族自治州人民政府 → [青海省, 海南藏族自治州], (重庆市)重庆市渝中区 → [重庆市, 渝中区]."""
    return list(_org_chain(text))


@lru_cache(maxsize=4096)
def _org_chain(text: str) -> tuple[str, ...]:
    """`org_chain`, remembered: a report's title and fields are read several times over, and an
    issuer's name recurs in its reports."""
    return tuple(_find_org_chain(text))


def _find_org_chain(text: str) -> list[str]:
    names = _org_table().get("name", {})
    chunks = _chunks(text)
    for k, chunk in enumerate(chunks):
        if chunk in names:
            return [chunk]
        units = _tail_chain(chunk)
        if units:
            for nxt in chunks[k + 1 : k + 4]:
                more = _segment(nxt) or _places_opening(nxt)
                if more and more[0] == units[-1]:
                    more = more[1:]  # (重庆市)2024年重庆市江北区…: the tag written again before the unit under it
                if len(more) == 1 and _rank(more[0]) == _rank(units[-1]) and f"{units[-1]}({nxt})" in text:
                    continue  # 高新区(新市区)六十户乡: the name in brackets is the unit's other name
                if not more or _rank(more[0]) >= _rank(units[-1]):
                    break
                units = units + more
            return units
    for name in names:
        if name in text:
            return [name]
    return []


def _places_opening(chunk: str) -> list[str]:
    """The places on the map that open a run of words, longest run first (六十户乡概况 → 六十户乡)."""
    for j in range(len(chunk) - 1, 1, -1):
        units = _segment(chunk[:j])
        if units and all(unit_level(u) and division_map().is_place(u) for u in units):
            return units
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


PROSE_MIN = 3  # a unit named this often in the opening may be the one reporting


def _prose_org(norm: str) -> list[str]:
    """Last resort: the unit named most often in the opening (过去一年,安民乡在…; 我镇 with the name
    elsewhere), by its name or its short form (市桥街). Where a unit and one under it are both named
    often, the lower one reports (市桥街 … 区委 … 番禺区: the district is the street's parent)."""
    counts: dict[str, int] = {}
    for written, unit in _places_named(norm[:1000], streets=True):
        level = unit_level(unit)
        if level and level[1] <= 4 and unit not in counts:
            counts[unit] = norm.count(written)
    often = sorted((kv for kv in counts.items() if kv[1] >= PROSE_MIN), key=lambda kv: (-kv[1], -len(kv[0])))
    if not often:
        return []
    best = often[0][0]
    for unit, _ in often[1:]:
        if _rank(unit) < _rank(best) and _below(unit, [best]):
            best = unit
    return [best]


def _places_named(text: str, streets: bool = False) -> Iterator[tuple[str, str]]:
    """(as written, map name) of every place ``text`` names by a run of 3–8 characters ending in a unit
    word, in order (and, ``streets``, in 街: 市桥街); the unit word is read before the map is asked."""
    m = division_map()
    for chunk in _chunks(text):
        for i in range(len(chunk)):
            for j in range(i + 3, min(len(chunk), i + 8) + 1):
                written = chunk[i:j]
                if unit_level(written) or (streets and written.endswith("街")):
                    unit = official_name(written)
                    if m.is_place(unit):
                        yield written, unit


SOURCES_JOINED = "、"  # between the several sources a page credits


def _sources(doc: Document) -> list[tuple[str, str]]:
    """(kind, text) of every place that may name the organisation, most trusted first."""
    head = doc.norm[:1500]
    found: list[tuple[str, str]] = []
    for f in doc.metadata:
        if f.name in ("publisher", "signature", "byline", "source_site"):
            value = simplified(f.value)
            if f.name == "source_site" and SOURCES_JOINED in value:
                # 安徽日报、安徽省发展改革委、安徽省人民政府网: the offices among several credits are sources of
                # figures; a government's credit, if any, names the issuer
                value = next((c for c in value.split(SOURCES_JOINED) if (chain := org_chain(c))
                              and not office_level(chain[-1])), value)
            found.append((f.name, value))
    found.append(("title", simplified(doc.title)))
    if m := COMPILED.search(head, 0, COMPILED_WITHIN):
        found.append(("compiled", m.group(1) or m.group(2)))
    if m := MEETING.search(head):
        found.append(("meeting", m.group(1)))
    elif m := CPPCC_SESSION.search(head, 0, CPPCC_WITHIN):
        found.append(("meeting", m.group(1)))
    elif session := _session_of(head[:600]):
        found.append(("session", session))
    if m := SPEAKER.search(head):  # the name the report speaks for, where it writes one (not 我代表县人民政府)
        found.append(("speaker", m.group(1)))
    if m := search_before(*_heard(), head):  # 聆听国务院总理李强所作的政府工作报告: the unit whose head gave the report
        found.append(("heard", m.group(1)))
    for m in SIGNATURE.finditer(head, 0, 600):
        if m.group(1)[0] not in _surnames() and m.group(1)[0] != PRESIDIUM:
            continue  # 各乡镇长踊跃出席: a head's title before no person's name (a name opens with a surname), nor
            # the presidium of the unit's congress (四亩地镇人大主席团)
        if ATTENDING.search(head, m.start(1), m.start(1) + PERSON_NAME + ATTENDING_REACH):
            continue  # 县工业园区管委会主任郭锦伟出席会议: a post among those present, no signature
        if run := RUN_BEFORE.search(head, max(0, m.start() - 30), m.start()):
            found.append(("head", run.group().removesuffix("人民政府")))
    return sorted(found, key=lambda kv: TRUST.index(kv[0]))


def _session_host(head: str, m: re.Match) -> str:
    """The unit a session belongs to, as SESSION_OF read it: after the date's 日 (15日白玉县第十五届…, not
    日喀则市第二届…) and after 在 (上午在景福镇召开第二十一届…)."""
    name = m.group(1)
    if name.startswith("日") and head[m.start(1) - 1 : m.start(1)].isdigit():
        name = name[1:]
    return name.split("在")[-1]


def _session_of(head: str) -> str:
    """The unit whose session the opening names first, written in full or short (晋州市七届人大一次会议 before
    我市出席石家庄市第十四届人民代表大会的代表)."""
    full = search_before(SESSION_OF, SESSION_OF_ANCHOR, SESSION_OF_REACH, head)
    short = search_before(SESSION_SHORT, SESSION_SHORT_ANCHOR, SESSION_SHORT_REACH, head[: full.start() if full else len(head)])
    if short and (name := _short_session_host(short)):
        return name
    return name if full and len(name := _session_host(head, full)) >= 2 else ""


def _short_session_host(m: re.Match[str]) -> str:
    """The place a session written short belongs to (晋州市七届人大一次会议 → 晋州市), if its name ends in one."""
    name = m.group(1)
    return next((name[i:] for i in range(len(name) - 1)
                 if not _inside_a_word(name, i, len(name), [name[i:]])  # 完成县十届人大…: no 成县
                 and unit_level(name[i:]) and division_map().is_place(official_name(name[i:]))), "")


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
    counts = _self_levels(text)
    return max(counts, key=lambda wc: wc[1])[0] if counts else None


@lru_cache(maxsize=4)
def _self_levels(text: str) -> tuple[tuple[str, int], ...]:
    """How often the text uses each level word for its own issuer (self_reference.tsv patterns), in the
    order first found. Remembered: the issuer's readers ask it of the same opening more than once."""
    patterns, _ = _self_table()
    counts: dict[str, int] = {}
    for p in patterns:
        for m in p.finditer(text):
            counts[m.group("w")] = counts.get(m.group("w"), 0) + 1
    return tuple(counts.items())


def _named_most(text: str, levels: tuple[str, ...], endings: tuple[str, ...]) -> str | None:
    """The unit of these levels the text names most, by full or short name (黎平 … → 黎平县): the only one
    named, or one named at least twice and more than any other."""
    m = division_map()
    counts: dict[str, int] = {}
    written_as: dict[str, str] = {}  # a unit counted under its current name → the former name written in full
    named_so: set[str] = set()  # the units counted by a name of the map's, or by a stem with its county named
    townships = "township" in levels
    openings = m.openings()
    regions = tuple(_org_table().get("region", {}))
    common_words = _org_table().get("common_word", {})
    text = _without_person_names(text)  # 代县长曾平原 … 曾平原认真听取: no 平原县
    for run, around in _runs_with_neighbours(text):
        for i in range(len(run) - 1):
            if run[i : i + 2] not in openings:
                continue  # no name, short name or township's name without its unit word starts here
            last = min(len(run), i + 10)
            # the end of the longest full name here: a short name inside it is no name of its own (西安区 of
            # 牡丹江 holds no 西安市, 吉林省 no 吉林市)
            whole = next((j for j in range(last, i + 2, -1) if run[i:j] in m.by_name), i)
            for j in range(i + 2, last + 1):
                sub = run[i:j]
                shorts = m.by_short.get(sub, ()) if j >= whole else ()
                if not shorts and not townships and sub not in m.by_name:
                    continue  # no place's name (most runs of characters)
                if sub in common_words:
                    continue  # 城区基础设施: the urban area, not a district named 城区
                if run.startswith(regions, j):
                    continue  # 融入武汉都市圈: a region named after a place, not the place
                if endings == CITY_WORDS and len(shorts) > 1:
                    # 恩施 in a 市's report (我代表市人民政府): 恩施市, not the 恩施…自治州 around it, which is no 市 (a 区's
                    # report keeps 西安 for 西安市: a district is named in full)
                    shorts = tuple(uid for uid in shorts if m.units[uid].name.endswith(endings)) or shorts
                if any(m.units[uid].level in ("province", "prefecture") for uid in shorts) and not m.by_name.get(sub):
                    shorts = tuple(uid for uid in shorts if m.units[uid].level in ("province", "prefecture"))
                    # 西安 is 西安市, not Liaoyuan's 西安区: a short name a prefecture shares is the prefecture's
                # a two-character name that ends a word or a list (地委和县委, 完成县) is not counted; short
                # forms (大连, 武昌) are
                word_end = _inside_a_word(run, i, j, [sub])
                for uid in (*m.by_name.get(sub, ()), *shorts):
                    u = m.current_of(m.units[uid])
                    ends = not endings or u.name.endswith(endings) or m.units[uid].name.endswith(endings)
                    # (永定县 on a 2009 page that speaks of 县政府: a former county, 永定区 since)
                    if u.level in levels and ends and not (word_end and u.name == sub):
                        counts[u.name] = counts.get(u.name, 0) + 1
                        named_so.add(u.name)
                        if m.units[uid].name == sub != u.name:
                            written_as.setdefault(u.name, sub)
                if townships and j - i >= 2 and not _village_or_item(run, i, j, around):
                    # 推动鹿港发展 under ◎镇长园地: a township the map names alone by this short form
                    # (the map keeps no short forms of townships: most would be words)
                    ids = [uid for e in endings for uid in m.by_name.get(sub + e, ())]
                    written = None
                    if not ids and FORMER_TOWNSHIP in endings and len(sub) >= 2:
                        # 炎山是昭阳区西部的一个贫困乡, the map holding only 炎山镇: the town it became, named as the
                        # report names itself (locate places it), where the text names its county too (not 民政
                        # out of 乡人民政府)
                        ids = [uid for uid in m.by_name.get(sub + TOWN, ()) if _county_named(text, m.units[uid])]
                        written = sub + FORMER_TOWNSHIP
                    if len(ids) == 1 and m.units[ids[0]].level == "township" \
                            and short_name(m.units[ids[0]].name, "township") == sub:
                        name = written or m.units[ids[0]].name
                        counts[name] = counts.get(name, 0) + 1
                        if written:
                            named_so.add(name)  # (its county named too)
    ranked = sorted(counts.items(), key=lambda kv: -kv[1])
    if not ranked:
        return _parent_of_named(text, levels, endings)
    if ranked[0][1] < 2 and ranked[0][0] not in named_so:
        return None  # a township's stem written once without its unit word (南海, 林城): a word as often as a place
    if len(ranked) == 1 or ranked[0][1] >= max(2, ranked[1][1] + 1):
        name = ranked[0][0]  # the one unit of that level named, or the one named clearly most
        # 万盛区 (綦江区 since 2011) on a page of 2010 that never writes 綦江: the unit as the page names it
        return written_as[name] if name in written_as and name not in text else name
    return None


def _runs_with_neighbours(text: str) -> Iterator[tuple[str, tuple[str, str]]]:
    """Each run of Chinese characters in ``text``, with the character before it and the one after (、 around
    大水泊 in a list of places)."""
    for found in CJK_RUN.finditer(text):
        a, b = found.span()
        yield found.group(), (text[a - 1 : a] if a else "", text[b : b + 1])


VILLAGE_WORDS = ("村", "社区", "组")  # a name before these is a village's or a community's


def _village_or_item(run: str, i: int, j: int, around: tuple[str, str]) -> bool:
    """Is ``run[i:j]`` a village's name (大水泊村) or an item of a list of places (河崖、大丘、大水泊、唐家水泊),
    rather than a township's short name? Villages and the places a service reaches are named so."""
    before = run[i - 1] if i > 0 else around[0]
    after = run[j:] if j < len(run) else around[1]
    return before == "、" or after.startswith(("、", ";", "；", *VILLAGE_WORDS))


@lru_cache(maxsize=1)
def _taiwan_cues() -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{r['pattern']})" for r in load_table("taiwan_cues")))


def _written_in_taiwan(doc: Document) -> bool:
    """Does the page's opening speak as Taiwan's pages do (taiwan_cues.tsv: 區公所, 里長, 102年度)?"""
    return _taiwan_cues().search(simplified(doc.norm[:1500])) is not None


def _county_named(text: str, township: Unit) -> bool:
    """Does ``text`` name the county a township lies in, by full or short name?"""
    m = division_map()
    county = next((u for u in m.lineage(township) if u.level == "county"), None)
    return county is not None and (county.name in text or bool(short := m.short(county)) and short in text)


PERSON_NAME = 3  # characters of a name after a title taken as the person's (a two-character name's next one with it)
NAME_MASK = "〇"


def _without_person_names(text: str) -> str:
    """``text`` with the names written after a title (person_titles.tsv: 县长曾平原, 记者张阳) masked wherever they
    stand, so that a place's short name inside a person's name (平原) counts for no place. A name opens with a
    surname (surnames.tsv): 总书记视察东营 holds none."""
    surnames = _surnames()
    # 县政府领导鲁生林、路亚东、刘博: each name of a list after a title (no 亚东县 in 路亚东)
    names = {name for m in _person_after_title().finditer(text) for name in m.group(1).split("、")
             if name[:1] in surnames}
    for name in names:
        text = text.replace(name, NAME_MASK * len(name))
    return _addressed_head().sub(NAME_MASK, text)  # 金县长,您好: a surname before a head's title (no 金县)


@lru_cache(maxsize=1)
def _addressed_head() -> re.Pattern[str]:
    """A surname before a head's title where the person is addressed or quoted (title_address.tsv: 金县长,
    王市长表示): the surname alone, matched."""
    heads = sorted(t for t in _person_titles()[0] if len(t) == 2 and t.endswith(HEAD))
    after = sorted((r["word"] for r in load_table("title_address")), key=len, reverse=True)
    return re.compile("[%s](?=(?:%s)(?:[^\u3400-\u9fff]|$|%s))" % (
        "".join(sorted(_surnames())), "|".join(heads), "|".join(map(re.escape, after))))


HEAD = "长"  # the last character of a head's title (县长, 镇长)


@lru_cache(maxsize=1)
def _surnames() -> frozenset[str]:
    return frozenset(row["surname"] for row in load_table("surnames"))


@lru_cache(maxsize=1)
def _person_after_title() -> re.Pattern[str]:
    titles, _ = _person_titles()
    name = "[\u4e00-\u9fff]{2,%d}" % PERSON_NAME
    title = "|".join(map(re.escape, sorted(titles, key=len, reverse=True)))
    return re.compile(f"(?:{title})({name}(?:、{name})*)")


CITY_WORDS = ("市",)  # the ending of a city's name, prefecture-level or county-level (self_reference.tsv word 市)
CHILD_LEVEL = {"province": "prefecture", "prefecture": "county", "county": "township"}
CHILDREN_AGREEING = 2  # distinct units of the level below, all under one unit, that stand for it


def _parent_of_named(text: str, levels: tuple[str, ...], endings: tuple[str, ...]) -> str | None:
    """The unit of these levels that a text never names but whose units of the level below it names
    (州人民政府 … 陇川, 瑞丽, 芒市 → 德宏傣族景颇族自治州): at least two of them, each one unit on the map,
    all under the same one."""
    m = division_map()
    children: dict[str, str] = {}
    openings = m.openings()
    for run, around in _runs_with_neighbours(text):
        for i in range(len(run) - 1):
            if run[i : i + 2] not in openings:
                continue  # no name nor short name starts here
            for j in range(i + 2, min(len(run), i + 10) + 1):
                if (sub := run[i:j]) not in m.by_name and sub not in m.by_short:
                    continue  # no place's name (most runs of characters)
                ids = {m.current_of(m.units[u]).id for u in (*m.by_name.get(sub, ()), *m.by_short.get(sub, ()))}
                if len(ids) != 1:
                    continue  # not a place, or a name several places share
                unit = m.units[ids.pop()]
                up = m.units[unit.parent] if unit.parent is not None else None
                if up is not None and up.level in levels and CHILD_LEVEL.get(up.level) == unit.level:
                    children[unit.name] = up.name
    parents = set(children.values())
    if len(parents) == 1 and len(children) >= CHILDREN_AGREEING:
        parent = parents.pop()
        return parent if not endings or parent.endswith(endings) else None
    return None


def _zone_speaks(doc: Document, unit: str) -> bool:
    """Is ``unit`` a zone or an office off the map whose own unit word is the level the report speaks
    as (镇江高新区 … 全区上下)?"""
    if office_level(unit) is None or division_map().is_place(unit):
        return False
    word = _self_level(simplified(doc.title) + "\n" + simplified(doc.norm[:3000]))
    return word is not None and unit.endswith(word)


ZONE_SELF_MENTIONS = 2  # times a page calls itself by its zone word alone (高新区实现GDP…) before its name is sought
ZONE_STEM = (2, 4)  # characters of the place a zone's name starts with (高邮 of 高邮高新区)


def _zone_named(doc: Document) -> list[str]:
    """A zone's page that calls itself by its zone word alone (2025年1-9月高新区实现GDP…) and writes its
    full name once, in passing (高邮高新区通用机场项目): [that name], when the page names one zone so."""
    head = simplified(doc.norm[:3000])
    zones = [w for w, row in _org_table().get("office", {}).items() if row["level"] == "区" and w in head]
    for word in sorted(zones, key=len, reverse=True):
        if head.count(word) < ZONE_SELF_MENTIONS:
            continue
        named = set()
        for m in re.finditer(re.escape(word), head):
            for n in range(ZONE_STEM[0], ZONE_STEM[1] + 1):
                name = head[max(0, m.start() - n) : m.end()]
                if len(name) == len(word) + n and CJK_RUN.fullmatch(name) and _host_of(name) is not None:
                    named.add(name)
                    break
        if len(named) == 1:
            return [named.pop()]
    return []


ZONE_SELF = "全区"  # how a zone's page speaks of the whole of it


def _zone_alone(doc: Document) -> list[str]:
    """A zone's page that names it by its zone word alone, as the subject its lead opens with, and speaks of
    the whole zone (9月17日,高新区党工委书记、管委会主任王婧楠主持召开全区经济运行调度会议): [that word]; the
    place is not told."""
    _, sentences = _lead(doc)
    if not any(ZONE_SELF in s for s in sentences[:LEAD_SENTENCES]):
        return []
    opens = _zone_opening()
    for sentence in sentences[:LEAD_SENTENCES]:
        if m := opens.match(sentence):
            return [m.group("zone")]
    return []


@lru_cache(maxsize=1)
def _zone_opening() -> re.Pattern[str]:
    """A sentence opening (after a date or a place's dateline, if any) on a zone word of org_levels.tsv's
    offices of level 区, not inside a longer name."""
    zones = sorted((w for w, row in _org_table().get("office", {}).items() if row["level"] == "区"),
                   key=len, reverse=True)
    return re.compile(r"\s*(?:[^,，。\n]{0,14}[,，])?\s*(?P<zone>" + "|".join(map(re.escape, zones))
                      + r")(?![\u3400-\u9fff]{0,2}区)")


def _self_named(doc: Document) -> list[str]:
    """The issuer a report names only by its level (我代表县人民政府 … 黎平): [黎平县], or []."""
    head = simplified(doc.norm[:3000])
    word = _self_level(simplified(doc.title) + "\n" + head)
    if word is None:
        return []
    levels, endings = _self_table()[1].get(word, ((), ()))
    if "national" in levels:
        return _national()
    # (a portal's breadcrumb may name its place: 首页 > 要闻动态 > 今日滕州 over 市长刘晓璐主持召开…)
    chrome = " ".join(simplified(f.value) for f in doc.metadata
                      if f.name in ("publisher", "source_site", "title", "breadcrumb"))
    name = _named_most(" ".join((chrome, simplified(doc.title), head)), levels, endings)
    return [name] if name else []


PORTAL = ("publisher", "source_site")  # the portal that carries a report may be the level above
REPORTER = ("title", "compiled", "meeting", "session", "speaker", "heard", "byline", "signature")  # name the unit that reports


@lru_cache(maxsize=1)
def _person_titles() -> tuple[frozenset[str], tuple[int, ...]]:
    """The titles of person_titles.tsv, and their lengths."""
    titles = frozenset(r["word"] for r in load_table("person_titles"))
    return titles, tuple(sorted({len(t) for t in titles}))


HEARD_REPORT = "政府工作报告|施政报告"  # the report a `_heard` pattern ends with


@lru_cache(maxsize=1)
def _heard() -> tuple[re.Pattern[str], re.Pattern[str], int]:
    """A report named by who gave it: a unit, its head's title and name (person_titles.tsv), then
    所作的政府工作报告 (国务院总理李强所作的政府工作报告 → 国务院), or 向大会作 (国务院总理李克强向大会作政府工作报告).
    With the report's name it ends with and how far before it the match starts at most (`search_before`)."""
    titles = "|".join(sorted(map(re.escape, _person_titles()[0]), key=len, reverse=True))
    pattern = re.compile(rf"([\u3400-\u9fff]{{2,12}}?)(?:{titles})[\u3400-\u9fff]{{2,3}}(?:同志)?(?:向大会)?所?作的?[《“]?"
                         rf"(?:{HEARD_REPORT})")
    reach = 12 + max(_person_titles()[1], default=0) + 3 + len("同志向大会所作的《")
    return pattern, re.compile(HEARD_REPORT), reach


def first_units(text: str) -> list[str]:
    """The first whole units named in ``text`` (近日,潼关县自然资源局组织召开… → 潼关县, 自然资源局;
    刘媛在廊坊市…的政府工作报告 → 廊坊市), never a person's name after a title (议长张镇荣 is no 张镇:
    person_titles.tsv) nor a surname before one (金县长,您好 is no 金县: title_address.tsv)."""
    titles, lengths = _person_titles()
    addressed = _addressed_head()
    for found in CJK_RUN.finditer(text):
        run, run_at = found.group(), found.start()
        for i in range(len(run) - 1):
            if any(run[i - n : i] in titles for n in lengths if n <= i) or addressed.match(run, i):
                continue  # (金县长,您好: a surname before a head's title)
            for j in range(min(len(run), i + 16), i + 1, -1):
                if run[j - 1 : j + 1] == "乡镇":
                    continue  # 苏木乡镇机构改革: 乡镇 (townships) is a word, no 苏木乡
                units = _segment(run[i:j])
                if units and _inside_a_word(run, i, j, units):
                    continue
                if units and len(units) == 1 and units[0][:1] in LEVEL_WORD_FIRSTS and _post_after(text, run_at + j):
                    continue  # 县工业园区管委会主任郭锦伟出席会议: an office named by its level word in a person's post
                # an office with the place it belongs to (潼关县自然资源局, 常州经开区, 市自然资源和规划局), not a
                # word ending in 局 (社会大局) nor the tail of a longer name (自然资源局 → 资源局)
                if units and (division_map().is_place(units[-1]) or _became_a_town(units[-1], run[j : j + 1]) or (
                        office_level(units[-1]) and (len(units) > 1 or _lone_office(run, i, units[-1]))
                        and not _not_in_names(office=True).search(units[-1]))):  # 审计局在局会议室: the office ends at its 局
                    return units
    return []


# a township written with 乡 followed by one of these is a word (乡村, 乡亲, 乡愁, 乡土, 乡情, 乡贤, 乡镇), not a unit
FORMER_TOWNSHIP_WORDS = frozenset("村亲愁土情贤镇音")
CITY_AND_COUNTRY = "城"  # 县域城乡融合: 城乡 is a word, no 域城乡 for the map's 域城镇


def _became_a_town(name: str, after: str) -> bool:
    """马寨乡 where the map holds only 马寨镇: a township written with the unit word it had before it became a
    town (撤乡设镇, unit_word_changes.tsv), not a word ending in 乡 (和美乡村, 城乡)."""
    if not name.endswith(FORMER_TOWNSHIP) or len(name) < 3 or after in FORMER_TOWNSHIP_WORDS \
            or name[-2] == CITY_AND_COUNTRY or division_map().is_place(name):
        return False
    return any(u.level == "township" and u.is_current for u in division_map().named(name[:-1] + TOWN))


ATTENDING = re.compile("出席|参加|列席|陪同")  # a person's post among those present, not the one who convenes
ATTENDING_REACH = 3  # characters after a post's holder's name that the verb of attending may take
ATTENDING_LIST_REACH = 60  # characters of a list of posts and names the verb of attending may close
LIST_BREAKS = re.compile(r"[。!?！？;；:：\n]|主持|召开|讲话|指出|强调|要求|部署|汇报|带队|调研")  # no list of those present
LEVEL_WORD_FIRSTS = frozenset("省市县区州旗镇乡")  # an office written with its level's word alone (县工业园区, 市财政局)
POST_BODIES = ("管委会", "党工委", "党委", "人大常委会", "政协", "人民政府", "政府")  # the body whose post a title names


def _post_after(text: str, end: int) -> bool:
    """Does a person's post follow the unit ending at ``end`` (…园区管委会主任, …局局长, …县委书记 before a
    name), making the unit that person's affiliation, named among those present, not the page's issuer?
    The verb of attending may close a list of such posts and names (县经开区党工委书记、管委会主任李伟,政府办主任
    张宇锋出席), where nothing in the list convenes or speaks."""
    titles, lengths = _person_titles()
    at = end + next((len(b) for b in POST_BODIES if text.startswith(b, end)), 0)
    at += text.startswith("副", at)
    title = next((n for n in lengths if text[at : at + n] in titles), 0)
    if not title:
        return False
    after = at + title
    if ATTENDING.search(text, after, after + PERSON_NAME + ATTENDING_REACH) is not None:
        return True
    listed = ATTENDING.search(text, after, after + ATTENDING_LIST_REACH)
    return listed is not None and LIST_BREAKS.search(text, after, listed.start()) is None


@lru_cache(maxsize=1)
def _following() -> re.Pattern[str]:
    """The words by which a report follows a higher committee's plan (self_reference.tsv kind follows)."""
    return re.compile("|".join(f"(?:{r['pattern']})" for r in load_table("self_reference") if r["kind"] == "follows"))


@lru_cache(maxsize=1)
def _publishes() -> tuple[re.Pattern[str], ...]:
    return tuple(re.compile(r["pattern"]) for r in load_table("self_reference") if r["kind"] == "publishes")


def _published_by(doc: Document) -> list[str]:
    """The unit a report's opening says it is by (self_reference.tsv kind publishes), as a chain."""
    head = simplified(doc.norm[:REPORT_OF_CHARS])
    for pattern in _publishes():
        if (m := pattern.search(head)) and (chain := org_chain(m.group("name"))):
            return chain
    return []


_COMMITTEE = re.compile(r"(?:党)?委(?![员会])")
COMMITTEE_NAME = 10  # characters looked back over for the name before 委


def _followed(text: str) -> list[str]:
    """The units whose party committees' plans the text follows (紧扣岳阳市委…, 锚定临湘市委市政府…)."""
    found = []
    for m in _COMMITTEE.finditer(text):
        window = text[max(0, m.start() - COMMITTEE_NAME) : m.start()]
        units = _tail_chain(window)
        if not units or not division_map().is_place(units[-1]):
            continue
        name = "".join(units)
        name_start = m.start() - len(name)
        if text[name_start : m.start()] == name and _following().search(text, max(0, name_start - 10), name_start) \
                and units[-1] not in found:
            found.append(units[-1])
    return found


def _under(lower: str, upper: str) -> bool:
    """Does the map place ``lower`` under ``upper`` (临湘市 under 岳阳市)?"""
    unit = locate(lower, written=[upper]).unit
    return unit is not None and unit.name == lower and any(
        u.name == upper for u in division_map().lineage(unit)[:-1])


def _lowest_below(text: str, upper: str) -> str | None:
    """The first unit ``text`` names that stands under ``upper`` on the map, or None."""
    return next((unit for _, unit in _places_named(text) if unit != upper and _under(unit, upper)), None)


def _lone_office(run: str, i: int, office: str) -> bool:
    """Whether an office written alone at run[i:] is a whole name whose place is known: it starts the
    run or follows a word that stands between names (记者从市自然资源和规划局获悉), and its name starts
    with its place (常州经开区) or its level word (市自然资源和规划局)."""
    if i > 0 and not _not_in_names().fullmatch(run[i - 1]):
        return False
    if any(len(word) > 1 and office.startswith(word) for word in _org_table().get("generic", {})):
        return False  # 在国家高新区中排名第22位: a category of offices or zones (org_levels.tsv generic), no name
    if office_level(office)[1] == TOWNSHIP_RANK:
        return True  # 官塘驿林场召开…: a state farm's name is whole without its place
    return office[:1] in _self_table()[1] or _host_of(office) is not None


def _host_of(office: str) -> str | None:
    """The unit an office's or zone's name starts with, by full or short name (常州经开区 → 常州市), the lowest of
    a run of them (山东沾化经济开发区 → 沾化区)."""
    m = division_map()
    for j in range(min(len(office) - 2, 8), 1, -1):
        prefix = office[:j]
        found = {m.current_of(u) for u in m.named(prefix) if u.level != "township"}
        found |= {m.current_of(m.units[i]) for i in m.by_short.get(prefix, ())}
        units = {u.name for u in found}
        if len(units) > 1 and not m.named(prefix):
            # 中山火炬开发区: a short name a prefecture shares with a district is the prefecture's (中山市, not
            # 大连's 中山区), as where a text's names are counted
            units = {u.name for u in found if u.level in ("province", "prefecture")}
        if len(units) == 1:
            host = units.pop()
            lower = _host_of(office[j:])  # 山东沾化经济开发区: the province, then the district under it
            if lower and any(m.is_within(u, h) for u in m.named(lower) for h in m.named(host)):
                return lower
            return host
    return None


@lru_cache(maxsize=1)
def _province_names() -> dict[str, str]:
    """Every province's name and short form (青海省, 青海) → its name (a fixed list read once from the
    map, not a look-up)."""
    m = place_module.division_map()
    names = {}
    for u in m.units.at_level("province"):
        if u.is_current:
            names[u.name] = u.name
            if short := m.short(u):
                names[short] = u.name
    return names


def _province_named(doc: Document) -> str | None:
    """The province a report's own frames name (province_cues.tsv: 习近平总书记对青海工作的重大要求 → 青海省),
    where the organisation gives none: the one named most, or None on a tie."""
    names = _province_names()
    counts: dict[str, int] = {}
    text = simplified(doc.norm[:3000])
    for row in load_table("province_cues"):
        for m in _frame(row["pattern"]).finditer(text):
            province = names[m.group("p")]
            counts[province] = counts.get(province, 0) + 1
    return _named_clearly_most(counts)


PREFECTURE_WORDS = ("市", "州", "盟", "地区")  # the ends of a prefecture's name as {C} of prefecture_cues.tsv reads it
COUNTY_LEVELS = ("县", "旗", "区")  # the levels whose report may name the prefecture above it (not 市: a city may be one)


def _prefecture_named(doc: Document) -> str | None:
    """The prefecture a county-level report's frames name as the level above it (prefecture_cues.tsv:
    自治区、桂林市的部署要求 → 桂林市): the one named most, or None on a tie."""
    m = division_map()
    counts: dict[str, int] = {}
    text = simplified(doc.norm[:3000])
    for row in load_table("prefecture_cues"):
        for found in _prefecture_frame(row["pattern"]).finditer(text):
            run = found.group("c")  # (落实宝鸡市: the words before the name may run into it)
            name = next((run[i:] for i in range(len(run) - 1)
                         if any(u.level == "prefecture" and u.is_current for u in m.named(run[i:]))), None)
            if name:
                counts[name] = counts.get(name, 0) + 1
    return _named_clearly_most(counts)


def _named_clearly_most(counts: dict[str, int]) -> str | None:
    """The name counted most, or None when none is counted or two share the most."""
    ranked = sorted(counts.items(), key=lambda kv: -kv[1])
    if not ranked or (len(ranked) > 1 and ranked[0][1] == ranked[1][1]):
        return None
    return ranked[0][0]


@lru_cache(maxsize=None)
def _prefecture_frame(pattern: str) -> re.Pattern[str]:
    ends = "|".join(PREFECTURE_WORDS)
    return re.compile(pattern.replace("{C}", f"(?P<c>[\u4e00-\u9fff]{{1,10}}?(?:{ends}))"))


@lru_cache(maxsize=None)
def _frame(pattern: str) -> re.Pattern[str]:
    names = _province_names()
    alt = "(?P<p>" + "|".join(map(re.escape, sorted(names, key=len, reverse=True))) + ")"
    return re.compile(pattern.replace("{P}", alt))


def _self_level_only(doc: Document) -> str | None:
    """The level of an issuer the report never names (我代表县人民政府, 县长 桑周 → 县)."""
    word = _self_level(simplified(doc.title) + "\n" + simplified(doc.norm[:3000]))
    if word is None:
        return None
    _, endings = _self_table()[1].get(word, ((), ()))
    row = next((_org_table()["suffix"].get(e) for e in endings if e in _org_table().get("suffix", {})), None)
    return row["level"] if row else None


def _level_host(doc: Document, office: str) -> tuple[str, str] | None:
    """The government of an office written with only its level word (市自然资源和规划局, 区住建局, 县卫健委):
    the unit of that level the text names most (商丘实践 → 商丘市), and the office's name without
    the level word. The word may have been left out of ``office`` but stand before it in the title
    (县林业局 read as 林业局; 本年度报告在旌德县人民政府门户网站全文公开 → 旌德县)."""
    words = _self_table()[1]
    if office[:1] in words and (office_level(office[1:]) or office[1:] in _org_table().get("office", {})):
        word, bare = office[:1], office[1:]
    else:
        title = simplified(doc.title)
        k = title.find(office)
        if k <= 0 or title[k - 1] not in words or (k > 1 and is_cjk(title[k - 2])):
            return None
        word, bare = title[k - 1], office
    levels, endings = words[word]
    chrome = " ".join(simplified(f.value) for f in doc.metadata if f.name in ("publisher", "source_site", "title"))
    host = _named_most(" ".join((chrome, simplified(doc.title), simplified(doc.norm[:3000]))), levels, endings)
    return (host, bare) if host else None


REPORT_OF_CHARS = 1500  # the opening in which a page says whose report it is about


@lru_cache(maxsize=1)
def _report_of() -> tuple[re.Pattern[str], ...]:
    """The patterns of self_reference.tsv of kind report_of, in the table's order."""
    return tuple(pattern for row, pattern in compiled("self_reference") if row["kind"] == "report_of")


def _deliberated(doc: Document) -> list[str]:
    """The unit whose report a page is about, told by its level (self_reference.tsv kind report_of:
    林区代表团…审议省政府工作报告 → 湖北省; 向承强州长作的政府工作报告 → 黔南布依族苗族自治州): [its name], or []."""
    head = simplified(doc.title) + "\n" + simplified(doc.norm[:3000])  # (the opening other readers simplify too)
    for pattern in _report_of():
        if m := pattern.search(head, 0, REPORT_OF_CHARS):
            levels, endings = _self_table()[1].get(m.group("w"), ((), ()))
            if "national" in levels:
                return _national()  # 传达学习国务院《2017年政府工作报告》: the State Council's report, whoever studies it
            name = _named_most(head, levels, endings)
            return [name] if name else []
    return []


def _national() -> list[str]:
    """[国务院], the national government's name (org_levels.tsv's name of level 国家)."""
    return [n for n, row in _org_table().get("name", {}).items() if row["level"] == "国家"][:1]


def _lead(doc: Document) -> tuple[list[str], list[str]]:
    """The units the news lead names first, and its sentences: its first sentence, or the next when the
    first is a slogan or a credit (邵阳新闻网讯 丁酉金鸡展翅去,戊戍瑞狗疾步来。2月22日,…绥宁县统计局召开全体干部会议)."""
    opening = _rule_title().sub(lambda m: " " * len(m.group()), simplified(doc.norm[:600]))
    whole = [s for s in LEAD_STOP.split(opening) if len(s.strip()) >= 4]
    sentences = [s[:LEAD_CHARS] for s in whole]
    found = ((k, units) for k, s in enumerate(sentences[:LEAD_SENTENCES]) if (units := first_units(s)))
    k, units = next(found, (0, []))
    if not units and whole and whole[0].lstrip().startswith(PURPOSE_OPENERS) and (day := LEAD_DATE.search(whole[0])):
        # 为深入学习贯彻…(a purpose of a hundred characters),2025年1月15日,江湾镇街道召开…: who after the day
        return first_units(whole[0][day.end() : day.end() + LEAD_CHARS]), sentences
    if units and (line_end := _dateline(sentences[k], units)) is not None:
        # 开州区:成功召开首届街道议事代表会议 ⏎ 近日,开州区赵家街道第一届…: a place, then who, in the lead after it
        after = first_units(sentences[k][line_end:]) or next(found, (0, []))[1]
        if len(after) > len(units) and after[: len(units)] == units:
            return after, sentences
    return units, sentences


@lru_cache(maxsize=1)
def _convenes() -> re.Pattern[str]:
    """How an office convenes the meeting of its sector across its place, read after its name
    (self_reference.tsv kind convenes: 气象局召开了2017年全市气象工作会议)."""
    return re.compile("|".join(f"(?:{r['pattern']})" for r in load_table("self_reference") if r["kind"] == "convenes"))


DATELINE_MARKS = ":："  # 开州区:成功召开…: a headline opening with a place and a colon says where, not who


def _dateline(sentence: str, units: list[str]) -> int | None:
    """Where the line ends of a headline that opens with its units and a colon (开州区:成功召开…), naming
    where the news is from; None when the units open no such line."""
    start = sentence.rfind("\n", 0, sentence.find(units[-1])) + 1
    if not sentence[start:].lstrip().startswith(tuple("".join(units) + c for c in DATELINE_MARKS)):
        return None
    end = sentence.find("\n", start)
    return len(sentence) if end < 0 else end


def _lead_outranks(lead: list[str], named: str, opening: str) -> bool:
    """Does the lead's chain (四川省攀枝花市米易县麻陇彝族乡) name the report's unit rather than the unit of
    its level counted most by bare stems, never written in full (民族团结进步, 民族团结工作 → 民族团结乡)?
    A unit written in full under its parents is said; a stem inside other words is only guessed."""
    if len(lead) < 2 or named in opening or named in lead:
        return False
    return unit_level(lead[-1]) is not None and unit_level(lead[-1]) == unit_level(named) \
        and division_map().is_place(lead[-1]) and all(division_map().is_place(u) for u in lead[:-1])


def _lead_speaks(doc: Document, lead: list[str], named: list[str]) -> bool:
    """Is the unit the lead names, under the one named most by the level word, the one that speaks of
    itself as 我镇 (专访小街基镇党委书记 … 开鲁县融媒体中心推出…全县上下… 2025年,我镇将…): the page's
    introduction speaks for the county, the interview for the town?"""
    if not lead or lead[-1] == named[-1] or not division_map().is_place(lead[-1]):
        return False
    level = unit_level(lead[-1])
    if level is None or level[0] not in dict(_self_levels(simplified(doc.title) + "\n" + simplified(doc.norm[:3000]))):
        return False
    return _under(lead[-1], named[-1])


def _choose_chain(doc: Document) -> list[str]:
    if deliberated := _deliberated(doc):
        return deliberated  # a delegation's or a delegate's news of a report: the report is its unit's
    chains = [(kind, c) for kind, c in ((k, org_chain(t)) for k, t in _sources(doc)) if c]
    if chains and all(kind == "source_site" for kind, _ in chains) and office_level(chains[0][1][-1]):
        # 来源: 广西壮族自治区农业农村厅 under 资源县农业农村局召开…: an office credited as the source of news
        # another office's lead is the subject of
        lead, _ = _lead(doc)
        if lead and lead[-1] not in chains[0][1] and office_level(lead[-1]):
            return lead
    if not chains:
        lead, sentences = _lead(doc)
        followed = _followed(" ".join(sentences[:LEAD_SENTENCES]))
        lowest = next((u for u in followed if any(v != u and _under(u, v) for v in followed)), None)
        if lead and lead[-1] in followed and lowest is not None:
            # 紧扣岳阳市委“1376”总体思路,锚定临湘市委市政府…: a report that follows the committees of two
            # levels is issued under both: by the unit under them that the opening names (江南镇现有耕地…),
            # if any
            below = _lowest_below(simplified(doc.norm[:1000]), lowest)
            lead = [below] if below else []
        if lead and _zone_speaks(doc, lead[-1]):
            return lead  # 镇江高新区召开…,动员全区上下: the zone the lead names is the 区 the report speaks as
        named = _self_named(doc)
        head = simplified(doc.norm[:CONVENES_CHARS])
        if named and lead and office_level(lead[-1]) and (named[-1] in lead[:-1] or (
                len(lead) == 1 and lead[0].startswith(named[-1]) and lead[0] != named[-1])) \
                and any(_convenes().match(head, m.end()) for m in re.finditer(re.escape(lead[-1]), head)):
            # 朝阳市气象局召开了2017年全市气象工作会议, 哈尔滨市卫健委召开2024全市卫生健康工作会议 (a commission's
            # whole name): the office convenes its sector of the place
            return lead
        if named and (_lead_outranks(lead, named[-1], simplified(doc.norm[:3000])) or _lead_speaks(doc, lead, named)):
            return lead
        return named or _published_by(doc) or lead or _zone_named(doc) \
            or _prose_org(simplified(doc.norm[:3000])) or _zone_alone(doc)
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
            if other_kind in REPORTER and _unplaced_office(chain) and unit_level(other[-1]) \
                    and not office_level(other[-1]):
                # 发布机构: 县财政局 over 阳城县2023年政府决算: an office named only by its level publishes
                # the document of the unit the title names
                chain = other
                break
        else:
            # no reporter's name in the title or meeting line: the report may still speak as a lower
            # unit (全乡上下, 我乡) that it names, under the portal's (发布机构: 松阳县人民政府 … 斋坛乡)
            if (lower := _speaks_below(doc, chain)) is not None:
                chain = chain + [lower]
            elif (headed := _headline_below(doc, chain)) is not None:
                chain = headed
    elif kind == "byline" and (lower := _speaks_below(doc, chain)) is not None:
        # 天津市宝坻区人民政府 over a report saying 我镇 … 黄庄镇: the government a page's head names is the
        # site's, and the report speaks as the lower unit it names
        chain = chain + [lower]
    return _entrusting(doc, chain)


ENTRUSTED = re.compile(r"受(省|市|县|区|州|旗|自治区|自治州|自治县)(?:人民)?政府的?委托")  # 受市人民政府委托,现向…报告


def _entrusting(doc: Document, chain: list[str]) -> list[str]:
    """The government an office reports for, where the report says it is given on that government's behalf
    by its level word alone (温州市发展和改革委员会 … 受市人民政府委托,现向市人大常委会报告…): the unit of that
    level the office's name opens with, not the office; ``chain`` otherwise."""
    if not office_level(chain[-1]) or not (m := ENTRUSTED.search(simplified(doc.norm[:REPORT_OF_CHARS]))):
        return chain
    word = m.group(1)
    if len(chain) > 1 and (unit_level(chain[-2]) or ("",))[0] == word:
        return chain[:-1]  # [东丽区, 发展和改革委员会] → [东丽区]
    host = _host_of(chain[-1])
    return [host] if host and chain[-1].startswith(host) and (unit_level(host) or ("",))[0] == word else chain


def _headline_below(doc: Document, portal: list[str]) -> list[str] | None:
    """南岗区哈西街道办事处认真落实…, on the 南岗区 portal: a page's first line that opens on a unit under the
    portal's, as its subject, names the organisation (the portal's chain with the units below it)."""
    first = next((line for line in doc.norm.split("\n", HEADLINE_LINES) if line.strip()), "")
    run = simplified(first.strip()[:LEAD_CHARS])
    units = org_chain(run) or first_units(run)  # (马湾镇廖湾村“小路灯”…: the town, then its village)
    if not units or not run.startswith(units[0]) or units[-1] in portal or not _below(units[-1], portal):
        return None
    return portal + [u for u in units if u not in portal]


OFFICE_KIND_CHARS = 3  # the last characters of an office's name that say its kind (示范区, 经开区, 高新区, 农业局)


def _owners_host(doc: Document, office: str) -> str | None:
    """The place an office written short belongs to, where the site's owner (主办单位, 发布机构) writes the office of
    that kind in full under it (中共巴中市光雾山诺水河文旅融合发展示范区工作委员会 for 文旅示范区: 巴中市)."""
    for f in doc.metadata:
        if f.name not in ("site_owner", "publisher"):
            continue
        chain = org_chain(simplified(f.value))
        if len(chain) >= 2 and chain[-1].endswith(office[-OFFICE_KIND_CHARS:]) and division_map().is_place(chain[-2]):
            return chain[-2]
    return None


def _unplaced_office(chain: list[str]) -> bool:
    """An office whose place is left unwritten (县财政局 → 财政局)."""
    return len(chain) == 1 and office_level(chain[0]) is not None and unit_level(chain[0]) is None


def _speaks_below(doc: Document, portal: list[str]) -> str | None:
    """The lower unit a report published on ``portal``'s site speaks as and names (全乡上下 … 斋坛乡)."""
    head = simplified(doc.norm[:3000])
    word = _self_level(simplified(doc.title) + "\n" + head)
    if word is None:
        return None
    levels, endings = _self_table()[1].get(word, ((), ()))
    rows = [_org_table().get("suffix", {}).get(e) for e in endings]
    if not rows or not all(rows) or min(int(r["rank"]) for r in rows) >= _rank(portal[-1]):
        return None  # the report speaks as the portal's own level (全县上下) or above
    name = _named_most(head, levels, endings)
    return name if name and _below(name, portal) else None


def _place_evidence(doc: Document) -> tuple[list[str], list[tuple[str, float]], tuple[str, ...]]:
    """Division codes, texts to look for parent names in, and the parent kinds the text names."""
    codes = []
    for f in doc.metadata:
        if f.name == "index_no" and (m := CREDIT_CODE.match(f.value.strip())):
            codes.append(m.group(1))
    chrome = " ".join(simplified(f.value) for f in doc.metadata
                      if f.name in ("publisher", "source_site", "breadcrumb", "site", "url", "title", "signature",
                                    "byline", "author", "original_link", "site_owner"))
    texts = [(chrome, 2.0), (simplified(doc.title), 2.0), (doc.norm[:3000], 1.0)]
    kinds = [m.group(1) for m in PARENT_KIND.finditer(doc.norm[:3000])]
    top = max(dict.fromkeys(kinds), key=kinds.count) if kinds else ""  # ties: the first named
    return codes, texts, ((top,) if top else ())


def _year_spoken_of(doc: Document) -> int | None:
    """The year a document reviews or plans, or failing both the year it was published."""
    when = doc.periods.get("review") or doc.periods.get("plan") or doc.published or ""
    return int(when[:4]) if when[:4].isdigit() else None


def organisation(doc: Document) -> dict[str, Any]:
    """The organisation that issued ``doc`` and its place: name, level, county (the unit directly
    above), prefecture, city (= prefecture), province, division_code, place_confidence,
    place_candidates. Warnings about the place go to ``doc.warnings``."""
    org: dict[str, Any] = {"name": None, "level": None, "county": None, "prefecture": None, "city": None,
                           "province": None, "division_code": None, "place_confidence": None,
                           "place_candidates": []}
    chain = _choose_chain(doc)
    if not chain:
        # no name: the level the report speaks as (我代表县人民政府 → 县) and the province its frames name
        org.update(level=_self_level_only(doc), province=_province_named(doc))
        if org["level"] in COUNTY_LEVELS and (above := _prefecture_named(doc)) is not None:
            # 我县 … 自治区、桂林市的部署要求: the county's prefecture, and that prefecture's province
            unit = next(u for u in division_map().named(above) if u.level == "prefecture" and u.is_current)
            lineage = {u.level: u.name for u in division_map().lineage(unit)}
            org.update(county=above, prefecture=above, city=above, province=lineage.get("province") or org["province"])
        return org
    name = chain[-1]
    office = office_level(name) if not unit_level(name) or not division_map().is_place(name) else None
    level, rank = office or unit_level(name) or _common_word_level(name) or ("", 0)
    written = chain[:-1]
    if not written and level not in ("省", "国家"):
        parent = _parent_before(doc.norm, name, rank)
        while parent and parent not in written:
            written.insert(0, parent)
            parent = _parent_before(doc.norm, parent, unit_level(parent)[1])
    # the units above it (a zone's county may stand at its own rank: 眉县太白山旅游区, 高邮高新区)
    written = [w for w in written if _rank(w) > rank or (office is not None and _rank(w) == rank and unit_level(w))]
    whole = office is not None and rank == TOWNSHIP_RANK  # a state farm's name needs no place before it
    if whole:
        stem = _stem(name)  # 熊口管理区熊口农场: one body's two names, the county-level city above both
        written = [w for w in written if not w.startswith(stem)]
    org.update(name="".join(written[-1:]) + name if office and written and not whole else name, level=level)
    if office and not written and (hosted := _level_host(doc, name)):
        (host, name), written = hosted, [hosted[0]]  # 市自然资源和规划局 … 商丘实践 → 商丘市自然资源和规划局
        org.update(name=host + name)
    if office and not written and (host := _host_of(name)):
        written = [host]  # 常州经开区 → 常州市, 平潭综合实验区 → 平潭县: the place its name starts with
    if office and not written and (host := _owners_host(doc, name)):
        written = [host]  # 文旅示范区 … 主办单位:中共巴中市光雾山诺水河文旅融合发展示范区工作委员会 → 巴中市
    if office and not written and level in ZONE_LEVELS and (own := _self_named(doc)) \
            and division_map().is_place(own[0]):
        written = own  # 白马工业园区 … 推动米易工业经济 … 我县: the county its page calls its own
    place_name = written[-1] if office and written else name
    if office and not written:
        return org
    codes, texts, kinds = _place_evidence(doc)
    lvl = unit_level(place_name)
    levels = MAP_LEVELS.get(lvl[0], ()) if lvl else ()
    simplified_script = doc.script == "simplified"
    later = LATER_LEVELS.get(lvl[0], ()) if lvl else ()
    taiwan = not simplified_script and _written_in_taiwan(doc)
    if taiwan and levels:
        levels = (*levels, *later)  # 中西區公所: a municipality's district, filed as a township on the map
    place = locate(place_name, written=written[:-1] if office else written, codes=codes, texts=texts,
                   levels=levels, parent_kinds=kinds if levels == ("township",) else (), simplified_script=simplified_script,
                   taiwan=taiwan, year=_year_spoken_of(doc))
    if place.unit is None and not place.candidates and any(u.level in later for u in division_map().named(place_name)):
        # no county or city of the name, or none under the parents written: Taiwan's 中正区, 员林市, 台北市中山区
        place = locate(place_name, written=written[:-1] if office else written, codes=codes, texts=texts,
                       levels=later, simplified_script=simplified_script)
    if office and place.unit is not None:  # the office's parent government is the place
        place.county, place.prefecture = place_name, place.prefecture
    elif place.unit is not None and place.unit.level == "province" and level == "市":
        org["level"] = "省"  # 北京市, 重庆市: a municipality is a province
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
    if org["province"] is None and not place.candidates:
        org["province"] = _province_named(doc)
    org["city"] = org["prefecture"]
    doc.warnings.extend(f"place: {w}" for w in place.warnings)
    return org


__all__ = ["organisation", "org_chain", "first_units", "unit_level", "office_level"]
