"""Which period a report reviews and plans, of which type, published when, under what title.

Reads the title (the best title-like line at the top of the body, or the scraper's ``title``
field), the metadata the chrome stage kept (发布时间 …), the meeting line and the part headings;
who issued the report and where it stands come from `duban.structure.org`. Language knowledge
comes from doc_types.tsv, parts.tsv and period_words.tsv. docs/place.md tells the rules.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from functools import lru_cache
from itertools import islice

from duban.document import Document
from duban.lang import load_table
from duban.structure.english import english_organisation, english_periods, reads_english
from duban.structure.org import first_units, org_chain, organisation
from duban.structure.parts import any_part_pattern, part_patterns
from duban.structure.text import (CJK_RUN, PINYIN, PUNCT_SET, YEAR, NormLine, cn_year, compiled, gregorian, norm_lines,
                                  ordinal, planned_year, simplified)

HEAD_LINES = 12  # the title stands within the first lines of the body
FULL_TITLE = 4  # the score of a title naming its type, its year and its unit (_title_score)
TWO_LINE_TITLE = 20  # a title broken over two lines has short halves (政府工作报\n告)
DATELINE = re.compile(r"((?:19|20)\d{2})年\d{1,2}月\d{1,2}日在")  # ——2021年3月5日在…人民代表大会…
DATE = re.compile(r"((?:19|20)\d{2})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})")
COMPACT_DATE = re.compile(r"(?<!\d)((?:19|20)\d{2})(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])(?!\d)")  # 20240110
# the date a news item or a newspaper's page gives itself where its text begins: 深圳新闻网2024年8月23日讯,
# 新华社北京3月5日电 has no year; 商洛日报/2024 年/2 月/6 日/第 001 版 (an e-paper's page line)
NEWS_DATE = re.compile(r"^[^。\n]{0,16}?((?:19|20)\d{2})年(\d{1,2})月(\d{1,2})日(?:讯|电)"
                       r"|报\s*/\s*((?:19|20)\d{2})\s*年\s*/\s*(\d{1,2})\s*月\s*/\s*(\d{1,2})\s*日\s*/")
CN_DATE = re.compile(r"([〇○零一二三四五六七八九]{4}|(?:19|20)\d{2})年([一二三四五六七八九十]{1,3})月([一二三四五六七八九十]{1,3})日")
DAY_FIRST = re.compile(r"(?<![\d.])(0?[1-9]|[12]\d|3[01])\.(0?[1-9]|1[0-2])\.((?:19|20)\d{2})(?![\d.])")  # 02.03.2015: an aggregator's day.month.year
ROC_SLASH = re.compile(r"(?<![\d/])(1[01]\d)/(\d{1,2})/(\d{1,2})(?![\d/])")  # 新聞稿:113/10/29 (a ROC year)
# 2025 年 3 月 5 日 (PDF text); the space first, what stands before it looked behind for, so that the
# engine looks for a space alone and skips other positions at once
SPACED_DATE = re.compile(r"[ \u3000](?:(?<=\d[ \u3000])[ \u3000]*(?=[年月日])|(?<=[年月][ \u3000])[ \u3000]*(?=\d))")
SPACED_YEAR = re.compile(r"(?<=[\u4e00-\u9fff])[ \u3000]+(?=(?:19|20)\d{2}年)")  # 总结 2024年: the space before a year
FIELD_BEFORE = re.compile(r"[:：|]\s*$")  # 发布时间:2024-01-03, | 发布时间 | 2024-01-03
CLOCK_AFTER = re.compile(r"\s*\d{1,2}:\d{2}")  # 2023-03-10 14:38:52: a page's time stamp


def compact_dates(text: str) -> str:
    """Dates without the spaces a PDF copy puts between digits and 年 / 月 / 日."""
    if " " not in text and "\u3000" not in text:
        return text  # (nothing to do: no space)
    return SPACED_DATE.sub("", text)


def _page_stamp(text: str, start: int, end: int) -> bool:
    """Whether the date at text[start:end] is a field's value or a time stamp (a page's own date,
    never a session's): after a label on its line, or followed by a clock time."""
    line_start = text.rfind("\n", 0, start) + 1
    return bool(FIELD_BEFORE.search(text[line_start:start]) or CLOCK_AFTER.match(text, end))


LOST_STOP = re.compile(r"[?？]。[?？]?")  # (陜西?。?023年: a converter's lost characters, not a sentence's end


def _is_prose(text: str) -> bool:
    text = LOST_STOP.sub("", text)
    return len(text) >= 40 or any(ch in "。！？!?" for ch in text)


# -- title ---------------------------------------------------------------------------------


def doc_type_of(title: str) -> str:
    return next((row["type"] for row, p in compiled("doc_types") if p.search(title)), "")


SALUTATION_CHARS = 400  # the salutation and the first sentence of a report read out at a session


@lru_cache(maxsize=1)
def _salutations() -> tuple[re.Pattern[str], ...]:
    return tuple(re.compile(row["pattern"], re.M) for row in load_table("session_address"))


def addresses_session(text: str) -> bool:
    """Whether a text with no title is a report read out to a people's congress (session_address.tsv:
    各位代表: … 我代表国务院,向大会报告政府工作); a news item about the session is not."""
    text = simplified(text)
    return any(p.search(text) for p in _salutations())


def _title_score(text: str) -> int:
    """0 for a line that is no title; more for one naming a type, a year and an organisation."""
    if not doc_type_of(PINYIN.sub("", text) if "(" in text else text):
        return 0
    text = PINYIN.sub("", text)
    if any(p.search(text) for row, p in compiled("title_ends") if row["kind"] == "clause"):
        return 0  # 对2025年的工作安排: a line of prose that a page's layout broke off
    return 2 + bool(YEAR.search(text)) + bool(org_chain(text) or first_units(text))


LONG_TITLE = 80  # characters: a longer line without a stop is prose, whatever it ends with


def _long_title(text: str) -> bool:
    """A line too long for `_is_prose` that still reads as a title: no sentence stop, a document
    type named, a title's ending (title_ends.tsv: …计划执行情况与…计划(草案)的报告)."""
    if len(text) > LONG_TITLE or any(ch in "。！？!?" for ch in text):
        return False
    plain = PINYIN.sub("", text) if "(" in text else text
    return bool(doc_type_of(plain)) and any(p.search(plain) for row, p in compiled("title_ends") if row["kind"] == "title")


def notice_end(text: str) -> bool:
    """Does a line end like the title of a notice carrying a document (…计划的通知: title_ends.tsv)?"""
    return any(p.search(text) for row, p in compiled("title_ends") if row["kind"] == "notice")


_CARRIED = re.compile(r"(?:印发|转发|公布|下达)《?(.+?)》?的(?:通知|决定)")


_DATE_AFTER_TITLE = re.compile(r"(?<=\S)\s*[(（]\s*(?:19|20)\d{2}\s*[-年./]\s*\d{1,2}\s*[-月./]\s*\d{1,2}\s*日?\s*[)）]\s*$")


def _without_date_after(text: str) -> str:
    """``text`` without a date in brackets at its end (…计划草案的报告 ( 2025年01月23日 )). (A line with no
    bracket has none: the pattern, which may start at any position, is not tried on it.)"""
    return _DATE_AFTER_TITLE.sub("", text) if "(" in text or "（" in text else text


_SITE_PREFIX = re.compile(r"\s*[\u4e00-\u9fff]{2,24}?(?:人民政府|政府网|门户网站?)\s*[-—_|｜]+\s*")  # a portal's name before a page's title


TITLE_JOINS = ("和", "与", "及", "暨")  # a title line ending in one goes on in the next


def _title(doc: Document) -> tuple[str, list[tuple[int, int]]]:
    """The title as written in the original, and the norm ranges it covers (not headings).

    Candidates are the short lines above the first paragraph, pairs of lines a web copy broke
    apart (政府工作报\n告), and the scraper's title field; the best score wins, the body first.
    """
    head, lines = [], (ln for ln in norm_lines(doc.norm) if ln.text.strip())
    for line in islice(lines, HEAD_LINES):
        text = _without_date_after(line.text).strip()  # …计划草案的报告 ( 2025年01月23日 ): a date after it
        if _is_prose(text) and not _long_title(text):
            break
        head.append(line)
    candidates = []  # (score, -position, norm ranges)
    if len(head) == HEAD_LINES and (addressed := _title_before_salutation(lines, head[-1])):
        candidates.append((_title_score(addressed.text.strip()) + 1, -HEAD_LINES, [(addressed.start, addressed.end)]))
    for i, line in enumerate(head):
        candidates.append((_title_score(line.text.strip()), -i, [(line.start, line.end)]))
        if i + 1 < len(head):
            a, b = line.text.strip(), head[i + 1].text.strip()
            short = max(len(a), len(b)) <= TWO_LINE_TITLE and PUNCT_SET.isdisjoint(a + b)
            joined = a.endswith(TITLE_JOINS)  # 南开区2023年预算执行情况和⏎2024年预算草案的报告: broken after its 和
            if short and (joined or not _title_score(a) and not _title_score(b)):
                ranges = [(line.start, line.end), (head[i + 1].start, head[i + 1].end)]
                candidates.append((_title_score(a + b) + joined, -i, ranges))
    best = max(candidates, default=None)
    if best and 0 < best[0] < FULL_TITLE and len(head) < HEAD_LINES:
        # 政府信息公开年报 in a portal's menu, the page's own title after the menu's notice: a title that
        # names its year and its unit, within the next lines, over a bare type
        for i, line in enumerate(islice(lines, HEAD_LINES - len(head)), start=len(head)):
            text = _without_date_after(line.text).strip()
            if not _is_prose(text) and _title_score(text) >= FULL_TITLE:
                best = (FULL_TITLE, -i, [(line.start, line.end)])
                break
    if best and best[0] and len(best[2]) == 1:
        a, b = best[2][0]
        site = _SITE_PREFIX.match(doc.norm, a, b)  # 永顺县人民政府-2016年上半年润雅乡…自查报告: the portal's name
        if site and _title_score(doc.norm[site.end() : b].strip()):
            best = (best[0], best[1], [(site.end(), b)])
    meta = next((f for f in doc.metadata if f.name == "title" and f.value.strip()), None)
    meta_score = _title_score(simplified(meta.value)) if meta else 0
    if best and best[0] and best[0] >= meta_score:
        span = doc.norm_span(best[2][0][0], best[2][-1][1])
        return re.sub(r"\s*\n\s*", "", span.text_of(doc.original)).strip(), best[2]
    if meta and meta_score:
        return meta.value.strip(), []
    if chrome_title := _title_in_chrome(doc):
        return chrome_title, []
    if m := _NOTICE_CARRIES.search(doc.norm, 0, NOTICE_CHARS):
        # 《兴平市2023年国民经济和社会发展计划》已经…审议通过,现印发给你们: the notice's document names itself
        carried = doc.norm_span(m.start(1), m.end(1)).text_of(doc.original).strip()
        if _title_score(simplified(carried)):
            return carried, []
    return "", []


CONTENTS_LINES = 80  # a table of contents printed before a report's title is at most this long


def _title_before_salutation(lines: Iterator[NormLine], last: NormLine) -> NormLine | None:
    """A document site's copy may print the report's table of contents first (一、…回顾 (一)… 二、…),
    its title only after: the title is then the line just above the salutation (2026年通城县政府工作报告⏎
    各位代表:), read on from ``last`` through the contents' short lines to the first line of prose."""
    salutation = _salutations()[0]
    for line in islice(lines, CONTENTS_LINES):
        if salutation.match(simplified(line.text)):
            return last if _title_score(last.text.strip()) else None
        if _is_prose(line.text.strip()):
            return None
        last = line
    return None


CHROME_TITLE_SCORE = 4  # a line left out as chrome is the title only when it names a type, a year and a unit


def _title_in_chrome(doc: Document) -> str:
    """A title a disclosure page prints between its fields (索引号 … 发布机构 …⏎南昌县农业农村局2023年工作总结和
    2024年工作计划⏎• 浏览量:), left out with them as chrome: the first line of the chrome before the body
    that is no field and names a document type, a year and a unit."""
    for span in doc.chrome:
        if span.start > HEAD_CHROME_CHARS:
            break
        for line in doc.original[span.start : span.end].splitlines():
            text = line.strip()
            if text and not _FIELD_MARK.search(text) and len(text) <= LONG_TITLE \
                    and _title_score(simplified(text)) >= CHROME_TITLE_SCORE:
                return text
    return ""


HEAD_CHROME_CHARS = 2000  # chrome that starts this far into the page is no page head
_FIELD_MARK = re.compile(r"[:：|]")
NOTICE_CHARS = 600  # a notice's opening sentence, after its addressees
_NOTICE_CARRIES = re.compile(r"《([^《》\n]{4,60})》[^。\n]{0,80}?(?:现|特|予以)(?:印发|转发|下发|发)给你们")


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
    kinds = [kind for kind in ("review", "plan") if any_part_pattern(kind, ("top",)).search(text)]  # (most have none)
    words = [(m.start(), m.end(), kind, m.group()) for kind in kinds
             for pattern in part_patterns(kind, ("top",)) for m in pattern.finditer(text)]
    # a word inside a longer one is part of it: 计划 in 计划执行情况 (a review) names no plan
    toks += [(a, kind, value) for a, b, kind, value in words
             if not any(c <= a and b <= d and d - c > b - a for c, d, _, _ in words)]
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


@lru_cache(maxsize=1)
def _cues() -> tuple[tuple[str, re.Pattern[str]], ...]:
    year = r"(?P<y>(?:19|20)\d{2})"
    return tuple((row["kind"], re.compile(row["pattern"].replace("{Y}", year), re.M)) for row in load_table("period_cues"))


def _cue(kind: str, text: str) -> re.Match[str] | None:
    """The first cue of this kind of period_cues.tsv that ``text`` holds (2024年中期工作推动会: midyear), if any."""
    return next((m for k, p in _cues() if k == kind and (m := p.search(text))), None)


def _cued(kind: str, text: str) -> bool:
    """Does ``text`` hold a cue of this kind of period_cues.tsv (下半年工作安排: secondhalf)?"""
    return _cue(kind, text) is not None


@lru_cache(maxsize=1)
def _year_cues() -> tuple[tuple[str, re.Pattern[str]], ...]:
    """The cues `cued_periods` reads a reviewed or planned year off, the plan cues last (a plan
    cue's year inside a review cue's match is none)."""
    skipped = ("budget", "past", "multiyear", "midyear", "draft", "secondhalf", "deploys", "halfsofar", "firstheading",
               "lookback", "lookahead", "budgetyear")
    return tuple(sorted(((kind, p) for kind, p in _cues() if kind not in skipped), key=lambda kp: kp[0] == "plan"))


WORK_REPORT = re.compile(r"政府[^。,，《》]{0,10}?工作报告")  # 政府工作报告, 宝山镇人民政府2024年度工作报告


def cued_periods(text: str) -> dict[str, str]:
    """The years an opening's own sentences give as reviewed and planned (period_cues.tsv):
    刚刚过去的2024年 → review 2024; 部署2024年工作 → plan 2024; 过去的一年 … 谋划好2018年工作 → review
    2017, plan 2018. Only what the cues say: a review alone stays alone, a plan alone stays alone
    unless 过去的一年 stands beside it."""
    text = SPACED_YEAR.sub("", compact_dates(simplified(text)))  # 报告总结 2024 年工作成果: a copy's spaces
    if m := _cue("midyear", text):
        return {"review": f"{m.group('y')}H1", "plan": f"{m.group('y')}H2"}  # 2024年中期工作推动会
    first: dict[str, tuple[int, int]] = {}
    reviewed: list[tuple[int, int]] = []  # where review cues stand: 总结2022年度重点工作 plans nothing
    for kind, pattern in _year_cues():
        matches = list(pattern.finditer(text))
        if not matches:
            continue  # (most cues, in most texts)
        m = next((m for m in matches if kind != "plan" or not any(a <= m.start("y") < b for a, b in reviewed)), None)
        if kind == "review":
            reviewed.extend(m.span() for m in matches)
        if m and (kind not in first or m.start() < first[kind][0]):
            first[kind] = (m.start(), int(m.group("y")))
    review, plan = first.get("review"), first.get("plan")
    if (half := first.get("firsthalf")) and (not review or half[0] <= review[0]):
        # 2023年1-6月份,全县财政总收入完成…: the first half so far (and 下半年工作安排, the second planned)
        if _cued("secondhalf", text):
            return {"review": f"{half[1]}H1", "plan": f"{half[1]}H2"}
        return {"review": f"{half[1]}H1"}
    if (accounts := first.get("accounts")) and not review and not WORK_REPORT.search(text):
        # (a session that hears the work report and last year's final accounts reviews the report's year)
        if "上半年工作" in text:  # 评议区政府上半年工作 … 审议了2004年决算的报告: a July meeting of 2005 (not 上半年预算执行)
            return {"review": f"{accounts[1] + 1}H1", "plan": f"{accounts[1] + 1}H2"}
        review = accounts
    if review and (not plan or plan[1] == review[1]) and (budget := _cue("budgetyear", text)) \
            and int(budget.group("y")) == review[1] + 1:
        # 2023年财政决算情况 … 2024年财政预算(草案) (a plan cue naming the year reviewed restates that year's plan:
        # 2023年镇财政预算安排和工作的总体思路是 in its final accounts)
        return {"review": str(review[1]), "plan": budget.group("y")}
    if review and (not plan or plan[1] != review[1] + 1):
        return {"review": str(review[1])}
    if review and plan:
        return {"review": str(review[1]), "plan": str(plan[1])}
    if plan:
        past = _cued("past", text)
        return {"review": str(plan[1] - 1), "plan": str(plan[1])} if past else {"plan": str(plan[1])}
    if m := _cue("firstheading", text):
        return {"review": m.group("y")}  # 一、2023年主要工作, where nothing else names a year: the year reviewed
    return {}


MULTIYEAR_SPAN = 6  # a five-year review names its base year (比2007年) and the years up to the last one
FUTURE_YEAR = "(?:到|至){y}年(?![的底末])|{y}年(?:前|以前|远景|目标)"  # 到2020年, 2035年远景目标
PAST_YEAR = "(?:从|比|较|于){y}年|{y}年(?:底|末|的|[,，])"  # 比2007年增加, 2012年底, 2012年,在…


def _multiyear(text: str) -> bool:
    return _cued("multiyear", text)


def _future_year(text: str, year: int) -> bool:
    """Is the year written only as a deadline or a goal (到2020年, 2035年远景目标), never as a point
    passed (增加到2012年的1923亿元, 2012年底)?"""
    return bool(re.search(FUTURE_YEAR.format(y=year), text)) and not re.search(PAST_YEAR.format(y=year), text)


def _draft(text: str) -> bool:
    return _cued("draft", text)


def _budget(text: str) -> bool:
    return _cued("budget", text)


def _report_year(doc: Document) -> int | None:
    """The year a 政府工作报告 is delivered: in its title, its dateline, or its publication."""
    if m := YEAR.search(simplified(doc.title)):
        return int(m.group())
    if m := DATELINE.search(compact_dates(gregorian(doc.norm[:400]))):
        return int(m.group(1))
    if not doc.published:
        return None
    year = int(doc.published[:4])
    opening = simplified(doc.title + "\n" + doc.norm[:400])
    if _draft(opening) and (month := YEARLESS_DATE.search(opening)) and int(month.group(1)) >= LATE_MONTH \
            and int(month.group(1)) <= int(doc.published[5:7]):
        return year + 1  # 12月24日,卓尼县召开《政府工作报告》征求意见座谈会: the draft of next year's report
    return year


YEARLESS_DATE = re.compile(r"(?<![\d年])(1[0-2]|[1-9])月[0-3]?\d日")
# the people's congress (第十五届人大会第七次会议 too), and the consultative conference's plenary session held
# beside it (政治协商会议第八届留坝县委员会第三次会议, 县政协八届三次会议; not its standing committee's meetings)
SESSION = re.compile(r"人民代表大会|人大会?第?[一二三四五六七八九十0-9]*次会议|人代会"
                     r"|政治协商会议[^。\n]{0,20}?(?<!常务)委员会第[一二三四五六七八九十0-9]+次会议"
                     r"|政协[^。\n常]{0,12}?届[一二三四五六七八九十0-9]+次会议")
MEETING_AT = re.compile(r"在[^。\n]{0,40}?第[一二三四五六七八九十百0-9]+届\s*人民代表大会")
LATE_MONTH = 10  # a session from October on reviews its own year and plans the next
HALF_REPORT = re.compile(r"((?:19|20)\d{2})年上半年[^。]{0,12}?(?:报告|总结)")
# the report read out names both halves of its year: 向大会作2024年财政预算上半年执行情况与下半年财政工作安排的报告
HALVES_DELIVERED = re.compile(r"向大会(?:作|报告)[^。]{0,6}?((?:19|20)\d{2})年[^。]{0,12}?上半年[^。]{0,30}?下半年")
MID_YEAR = (6, 9)  # a session in these months that speaks of 上半年 hears a half-year report
# … or one that hears how the year's work is going (项目进度工作报告, 进展情况, 今年以来) reviews the year so far
PROGRESS = re.compile(r"进度|进展情况|今年以来|年初以来")
PROGRESS_CHARS = 600
# a half-year account of the work (半年工作通报会, 上半年工作情况汇报) in a title or a page's first lines
HALF_YEAR_WORK = re.compile(r"(?<!下)半年度?(?:政府)?工作(?:情况)?(?:通报|汇报|报告|总结)")
HALF_YEAR_CHARS = 300
SO_FAR = re.compile(r"(?:总结|回顾|通报)[^。]{0,6}?(?:今年以来|年初以来)")  # a meeting that sums up the year so far
SO_FAR_FROM = 3  # from March on: 今年以来 in January or February is hardly a stretch of the year
REPORTING = re.compile(r"(?:现将|现就|下面将|我代表[^。]{0,20}?向大会报告)[^。;]{0,60}?(?:如下|报告|汇报)")  # 现将2023年工作情况报告如下
YEAR_RANGE = re.compile(r"(?:19|20)\d{2}\s*年?\s*[-—~至到]\s*(?:19|20)?\d{2}")


def _meeting_date(doc: Document) -> tuple[int, int] | None:
    """(year, month) of the people's congress session a report is given at: the date beside the
    meeting line (——2024年1月16日在…会议上, or a date line just before or after it)."""
    return _meeting_date_in(doc.norm[:2500])


@lru_cache(maxsize=4)
def _meeting_date_in(opening: str) -> tuple[int, int] | None:
    """`_meeting_date` of a report's opening (asked for several times over a report)."""
    head = compact_dates(simplified(opening))
    if m := _REPORT_DATED.search(head, 0, REPORT_DATED_WITHIN):
        return int(m.group(1)), int(m.group(2))  # 沙河口区人民政府工作报告(2022年12月24日): the day it was given
    if m := DATELINE.search(head):
        d = DATE.search(head, m.start(), m.end() + 1)
        return (int(d.group(1)), int(d.group(2))) if d else None
    if not (m := MEETING_AT.search(head)):
        return None
    best = None
    for d in DATE.finditer(head, max(0, m.start() - 80), min(len(head), m.end() + 160)):
        if _page_stamp(head, d.start(), d.end()):
            continue
        distance = m.start() - d.end() if d.end() <= m.start() else d.start() - m.end()
        if best is None or distance < best[0]:
            best = (distance, int(d.group(1)), int(d.group(2)))
    return best[1:] if best else None


# a work report's title with the date it was given in brackets after it
_REPORT_DATED = re.compile(r"工作报告\s*[(（]\s*((?:19|20)\d{2})\s*年\s*(\d{1,2})\s*月\s*\d{1,2}\s*日\s*[)）]")
REPORT_DATED_WITHIN = 300
_YEARLESS_DATELINE = re.compile(YEARLESS_DATE.pattern + "电")  # a news agency's dateline (天津1月23日电)
DATELINE_CHARS = 600


def _session_periods(doc: Document) -> dict[str, str]:
    """Review and plan of a report given at (or a news item about) a people's congress session:
    a session in January–September of Y reviews Y−1 and plans Y, one from October on reviews Y and
    plans Y+1; with no dated session, the latest year the opening names is the plan year."""
    head = simplified(doc.norm[:3000])
    if not (SESSION.search(simplified(doc.title) + head) or addresses_session(doc.norm[:SALUTATION_CHARS])):
        return {}  # 各位代表:…向大会报告工作 addresses a session without naming it
    half = HALVES_DELIVERED.search(head, 0, SALUTATION_CHARS) or next(
        (m for m in HALF_REPORT.finditer(head) if not _budget(m.group())), None)
    if half:  # 听取了安海镇人民政府2024年上半年工作报告 (not 2024年上半年预算执行情况的报告, unless it is the one read)
        return {"review": f"{half.group(1)}H1", "plan": f"{half.group(1)}H2"}
    when = _meeting_date(doc)
    if when is None and doc.published:
        cued = cued_periods(head[:1500])
        if "review" in cued and "plan" in cued and not cued["review"].endswith("H1"):
            # 书面听取了延津县2021年…计划执行情况与2022年计划(草案)的报告: the years the session's reports name,
            # over a page date that may be a portal's stale clock
            return cued
        when = int(doc.published[:4]), int(doc.published[5:7])
        if (dateline := _YEARLESS_DATELINE.search(head, 0, DATELINE_CHARS)) and int(dateline.group(1)) <= when[1]:
            when = when[0], int(dateline.group(1))  # 中新网 天津1月23日电 on a page reposted in November: the session's month
    if when is not None and MID_YEAR[0] <= when[1] <= MID_YEAR[1] and "上半年" in head:
        return {"review": f"{when[0]}H1", "plan": f"{when[0]}H2"}  # a mid-year session hears the first half
    if when is not None and MID_YEAR[0] <= when[1] <= MID_YEAR[1] and PROGRESS.search(head, 0, PROGRESS_CHARS):
        # 7月22日…会议听取和审议了…《2022年民生实事项目进度工作报告》: the year so far, no year's plan
        return {"review": str(when[0])}
    if when is not None:
        review = when[0] if when[1] >= LATE_MONTH else when[0] - 1
        return {"review": str(review), "plan": str(review + 1)}
    cued = cued_periods(head[:1500])
    if (pair := _session_budget_pair(head[:1500])) and not ("review" in cued and "plan" in cued):
        return pair  # 5月29日,…会议… 审议了《甘棠镇2023年财政预算执行情况和2024年财政预算报告》: over 2024年,甘棠镇坚持…
    if cued:  # 刚刚过去的2024年; 会议指出,2022年,在区委…领导下
        if cued.get("review", "").endswith("H1"):
            return cued  # a mid-year meeting
        review = int(cued["review"]) if "review" in cued else int(cued["plan"]) - 1
        return {"review": str(review), "plan": str(review + 1)}
    years = sorted({int(y) for y in re.findall(r"((?:19|20)\d{2})年", YEAR_RANGE.sub("", head))})
    if years and _multiyear(head[:1500]):  # 过去五年: 从2007年的…增加到2012年的…, 2012年底…
        past = [y for y in years if y - years[0] <= MULTIYEAR_SPAN and not _future_year(head, y)]
        return {"review": str(past[-1]), "plan": str(past[-1] + 1)} if past else {}
    years = _years_of_the_session(head)
    if not years:
        return {}
    month = re.search(r"(?<!\d)(\d{1,2})月\d{1,2}日", head[:300])  # 8月8日,千垛镇第二届人民代表大会…
    if month and MID_YEAR[0] <= int(month.group(1)) <= MID_YEAR[1] and "上半年" in head:
        return {"review": f"{years[-1]}H1", "plan": f"{years[-1]}H2"}
    if month and int(month.group(1)) >= LATE_MONTH:  # 10月29日,…会议: the year so far is reviewed
        # (…2025年财政预算执行情况和2026年财政预算报告: the later of two years, named for its budget, is planned)
        planned = years[-1] - 1 in years and re.search(PLANNED_AT_LATE_SESSION.format(y=years[-1]), head)
        review = years[-1] - 1 if planned else years[-1]
        return {"review": str(review), "plan": str(review + 1)}
    return {"review": str(years[-1] - 1), "plan": str(years[-1])}


# a session's budget report names the year whose budget was carried out and the year it budgets for:
# 2023年财政预算执行情况和2024年财政预算 reviews 2023 and plans 2024, whatever the month (a December
# session hears 2025年…执行情况和2026年…预算)
SESSION_BUDGET_PAIR = re.compile(r"((?:19|20)\d{2})年度?(?!上半年)[^。,，《》]{0,12}?预算执行情况[^。,，《》]{0,4}?(?:和|及|与|暨)\s*"
                                 r"((?:19|20)\d{2})年度?[^。,，《》]{0,12}?预算")


def _session_budget_pair(head: str) -> dict[str, str]:
    for m in SESSION_BUDGET_PAIR.finditer(head):
        if int(m.group(2)) == int(m.group(1)) + 1:
            return {"review": m.group(1), "plan": m.group(2)}
    return {}


SESSION_YEARS = 2  # the years a session's news speaks of lie this close together (预计2017年…, 2018年…目标)


def _years_of_the_session(head: str) -> list[int]:
    """The years a session's news is about: of the years it names, the stretch of SESSION_YEARS + 1 named
    most often (ties: the one named first), so that neither a goal far ahead (2035年远景目标) nor an event
    recalled (2008年爆发的太湖蓝藻事件) takes the session's place."""
    named = [int(y) for y in re.findall(r"((?:19|20)\d{2})年", YEAR_RANGE.sub("", head))]
    if not named:
        return []
    counts = Counter(named)
    def weight(first: int) -> tuple[int, int]:
        return sum(counts[y] for y in range(first, first + SESSION_YEARS + 1)), -named.index(first)
    start = max(counts, key=weight)
    return sorted(y for y in counts if start <= y <= start + SESSION_YEARS)


PLANNED_AT_LATE_SESSION = r"{y}年度?(?!上半年)[^。,，、《》]{{0,8}}?(?:预算(?!执行)|民生实事(?:项目)?(?:候选|计划))"


def _reporting_periods(doc: Document) -> dict[str, str]:
    """Periods of the sentence that announces the report (现将2023年工作开展情况报告如下), or of a news
    item's words for it (2024年工作总结暨2025年工作谋划部署会; 总结了2023年…, 部署2024年工作)."""
    head = simplified(doc.norm[:1500])
    if (m := REPORTING.search(head)) and (found := periods_in(m.group())):
        return found
    return cued_periods(head)


DRAFT_REPORT = re.compile(r"政府工作报告[》\s]*[(（][^)）\n]{0,4}(?:讨论稿|征求意见稿|送审稿)")
SESSION_MONTHS = range(1, 4)  # sessions that hear a government's work report meet from January to March


def _draft_periods(doc: Document) -> dict[str, str]:
    """The years of the report whose draft a meeting's news discusses (市政府第五次全体会议…讨论研究
    《政府工作报告(讨论稿)》), dated in its opening: late in a year the draft is next year's report, early in a
    year this year's, delivered at the session to come."""
    opening = compact_dates(gregorian(simplified(doc.title + "\n" + doc.norm[:600])))
    if not DRAFT_REPORT.search(opening) or not (m := DATE.search(opening)):
        return {}
    year, month = int(m.group(1)), int(m.group(2))
    plan = year + 1 if month >= LATE_MONTH else year if month in SESSION_MONTHS else None
    return {"review": str(plan - 1), "plan": str(plan)} if plan else {}


# -- published -----------------------------------------------------------------------------


def iso_date(text: str) -> str:
    if m := DATE.search(text):
        return f"{m.group(1)}-{int(m.group(2)):02d}-{int(m.group(3)):02d}"
    if m := CN_DATE.search(text):
        return f"{cn_year(m.group(1))}-{ordinal(m.group(2)):02d}-{ordinal(m.group(3)):02d}"
    if m := COMPACT_DATE.search(text):
        return f"{m.group(1)}-{m.group(2)}-{m.group(3)}"
    if (m := ROC_SLASH.search(text)) and 1 <= int(m.group(2)) <= 12 and 1 <= int(m.group(3)) <= 31:
        return f"{int(m.group(1)) + 1911}-{int(m.group(2)):02d}-{int(m.group(3)):02d}"
    if m := DAY_FIRST.search(text):
        return f"{m.group(3)}-{int(m.group(2)):02d}-{int(m.group(1)):02d}"
    return ""


PAGE_LINES = 20  # a page's own date stands within its first lines, before the first sentence
# a site's banner above the page (its notice of cookies and privacy, a line in Japanese): its full stop is
# not the body's first sentence, below which no page date is looked for
BANNER = re.compile(r"[\u3040-\u30ff]{2}|隐私|cookie|Cookie|COOKIE")
NAVIGATION_ITEM = re.compile(r"[•·▪●◆■□►»*-]\s*[^\d\s]{1,8}$")  # • 藝術人文: a menu's item, not counted among those lines
MEETING_LINE = re.compile(r"在[^。]{0,40}(?:人民代表大会|人大)[^。]{0,20}会议上|会议上$")
# a portal's banner: the site's name at the top of the page (天津市宁河区人民政府, 天津政务网)
PORTAL_BANNER = re.compile(r"(?:人民政府|政府网|政务网|门户网站?)\s*$")
# a date with its weekday (2019年12月3日星期二): beside or under a portal's banner it is the portal's clock,
# the day the page was shown (or a template's stale day), never the page's own date; a newspaper's
# masthead (人民日报海外版 2019年01月01日 星期二) or a blog's date header is not a banner and keeps its date
WEEKDAY_DATE = re.compile(r"((?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日|(?:19|20)\d{2}-\d{1,2}-\d{1,2})"
                          r"\s*(?:星期|周|礼拜)[一二三四五六日天]")


@lru_cache(maxsize=1)
def _chrome_tokens() -> tuple[re.Pattern[str], ...]:
    return tuple(p for row, p in compiled("page_chrome") if row["extent"] == "token")


def _without_tokens(line: str) -> str:
    """A page-head line without its buttons and top-bar tokens (page_chrome.tsv, extent token)."""
    for p in _chrome_tokens():
        line = p.sub(" ", line)
    return line.strip()


def _page_date(doc: Document) -> str:
    """A page's own date where no field names it: a date on a short line of the page head
    (2020年01月14日来源:…, • 2015-11-22, 创建于2024-05-17, a newspaper's 2024年1月11日), not the
    session's date next to the meeting line."""
    lines = [ln.strip() for ln in simplified(doc.original[:3000]).splitlines()]
    lines = [ln for ln in lines if ln and not NAVIGATION_ITEM.match(ln)][:PAGE_LINES]
    for line in lines:
        if (m := NEWS_DATE.search(line)) is not None:
            y, mo, d = (g for g in m.groups() if g is not None)
            return f"{y}-{int(mo):02d}-{int(d):02d}"  # 深圳新闻网2024年8月23日讯: the item's own date
        if (m := _date_label().search(line)) and (iso := iso_date(line[m.end() :])):
            return iso  # 发表于 2024-6-20: the post's own date, whatever panel stands above it
        if (m := _date_field().match(line)) and (iso := iso_date(line[m.end() : m.end() + 20])):
            return iso  # 日期: 2023-01-05 09:49:22 来源:… on a page whose fields and body share one line
        if (m := _date_field(PUBLICATION_LABEL_MIN).search(line)) and (iso := iso_date(line[m.end() : m.end() + 20])):
            return iso  # 青岛政务网 发布日期 : 2005-01-27: the label after the site's name, the date the session's too
        if "。" in line and not BANNER.search(line):
            break
    meeting = [i for i, ln in enumerate(lines) if MEETING_LINE.search(ln)]
    session = _session_dates(doc)
    for i, line in enumerate(lines):
        if "。" in line and not BANNER.search(line):
            break
        line = _without_tokens(line)  # 今天是西元 2025 年 06 月 22 日: the portal's clock, not the page's date
        if _portal_clock(line, lines[i - 1] if i else ""):
            continue
        if line.startswith(("—", "-", "(")) and not re.search(r"[:：]", line) and (
                not line.startswith("- ") or MEETING_LINE.search(line)):
            continue  # a meeting line's date (——2024年1月16日在…, (2023年1月10日在…); not "- 时间:2023-02-24",
            # nor a list's bulleted date alone ("- 2012年04月16日" under a newspaper page's headline)
        if iso := iso_date(line):
            alone = not CJK_RUN.search(DATE.sub("", CN_DATE.sub("", line)).replace("日", ""))
            stamped = bool(re.search(r"\d{1,2}:\d{2}", line))  # 2023-03-10 14:38:52: the page's time stamp
            if not stamped and ((alone and any(abs(i - k) <= 3 for k in meeting)) or iso in session):
                continue  # the session's date on a line of its own beside the meeting line
            return iso
    return ""


def _portal_clock(line: str, line_above: str) -> bool:
    """Whether ``line`` is a portal's clock: a date with its weekday after the site's banner on its line
    (天津市宁河区人民政府 2019年12月3日星期二) or alone under the banner's line (天津政务网⏎2019年12月3日星期二)."""
    if not (m := WEEKDAY_DATE.search(line)):
        return False
    before, after = line[: m.start()].strip(), line[m.end() :].strip(" |")
    if after:
        return False
    return bool(PORTAL_BANNER.search(before)) if before else bool(PORTAL_BANNER.search(line_above))


PUBLICATION_LABEL_MIN = 4  # a label this long says publication wherever it stands (发布日期; not 日期, 时间)


@lru_cache(maxsize=2)
def _date_field(shortest: int = 1) -> re.Pattern[str]:
    """A page's date label (metadata_fields.tsv, published) with its colon, of ``shortest`` characters or
    more: 日期:, 发布时间: opening a line; a label of PUBLICATION_LABEL_MIN anywhere in a line of the
    page head (青岛政务网 发布日期 : 2005-01-27)."""
    words = sorted((r["label"] for r in load_table("metadata_fields")
                    if r["name"] == "published" and len(r["label"]) >= shortest), key=len, reverse=True)
    return re.compile("(?:" + "|".join(map(re.escape, words)) + r")\s*[:：]\s*")


@lru_cache(maxsize=1)
def _date_label() -> re.Pattern[str]:
    words = sorted((r["word"] for r in load_table("date_labels")), key=len, reverse=True)
    return re.compile("(?:" + "|".join(map(re.escape, words)) + r")\s*(?=(?:19|20)\d{2}\s*[-/.年])")


def _session_dates(doc: Document) -> set[str]:
    """The session's date written beside the meeting line (never the page's publication date)."""
    head = compact_dates(simplified(doc.norm[:2500]))
    if m := DATELINE.search(head):
        return {iso_date(head[m.start() : m.end()])}
    if not (m := MEETING_AT.search(head)):
        return set()
    best = None
    for d in (*DATE.finditer(head, max(0, m.start() - 80), m.end() + 160),
              *CN_DATE.finditer(head, max(0, m.start() - 80), m.end() + 160)):
        if _page_stamp(head, d.start(), d.end()):
            continue
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


# -- entry points --------------------------------------------------------------------------


def describe(doc: Document) -> list[tuple[int, int]]:
    """Fill title, doc_type, published, periods (as far as the title tells) and org.

    Returns the norm ranges of the title lines, which are not headings.
    """
    doc.title, title_ranges = _title(doc)
    title = simplified(doc.title)
    doc.doc_type = doc_type_of(title)
    doc.published = _published(doc)
    if not doc.doc_type and addresses_session(doc.norm[:SALUTATION_CHARS]):
        # a report read out at a session, with no title: the session and the opening's cues give its
        # periods (a half-year report too); its 今年 counts from the year it plans
        doc.doc_type = "政府工作报告"
        doc.periods = _session_periods(doc) or _reporting_periods(doc)
    elif doc.doc_type == "政府工作报告":
        when = _meeting_date(doc)
        cued = {} if when else cued_periods(doc.norm[:1500])
        title_year = int(m.group()) if (m := YEAR.search(title)) else None
        if "review" in cued and title_year and int(cued["review"][:4]) not in (title_year, title_year - 1):
            cued = {}  # 乐亭县2007年政府工作报告 … 2003年以来,十三届政府…: the term's first year, not the one reviewed
        if "review" in cued:  # 《2023年精武镇政府工作报告》… 2023年工作回顾: the title's year is the one reviewed
            year = int(cued["review"][:4]) + 1
        else:
            year = (when[0] + (when[1] >= LATE_MONTH)) if when else _report_year(doc)
        doc.periods = {"review": str(year - 1), "plan": str(year)} if year else {}
        doc.periods = doc.periods or _session_periods(doc) or _reporting_periods(doc)  # news of the report
    else:
        titled, cued = periods_in(title), cued_periods(title)
        if titled.keys() == {"plan"} and cued.get("plan") == titled["plan"]:
            titled = cued  # 召开2016年工作会议安排部署2016年工作任务: the year's work meeting reviews the one before
        doc.periods = titled or cued or _session_periods(doc) or _reporting_periods(doc) or _draft_periods(doc)
        from_title = titled or cued
        if from_title.keys() == {"review"} and from_title["review"].isdigit() and cued_periods(doc.norm[:1500]) == {
                "review": from_title["review"], "plan": str(int(from_title["review"]) + 1)}:
            # 2019年度总结表彰大会 … 回顾总结2019年工作成绩,安排部署2020年重点任务: a summing-up that plans the next year;
            # 2023年财政决算情况及2024年 (a title cut at its line's end) … 2024年财政预算(草案): the budget's year too
            doc.periods = {**from_title, "plan": str(int(from_title["review"]) + 1)}
    # a page written in English (asked only where the Chinese readers found nothing)
    if not doc.periods and reads_english(doc.norm):
        doc.periods = english_periods(doc.norm, doc.published)  # Review of Work in 2018, the new targets … in 2023
    doc.org = organisation(doc)
    if doc.org["name"] is None and reads_english(doc.norm):
        doc.org = english_organisation(doc.norm) or doc.org  # Zizhou County, the Guigang People's Congress
    return title_ranges


TITLE_PIECES = 5  # lines a page may break a repeated title into
TITLE_REPEAT_LINES = 60  # … among the first lines of the page


def title_lines(doc: Document) -> list[tuple[int, int]]:
    """Norm ranges of the lines that repeat the title, or give the title of the document a notice
    carries (关于印发新乡市2023年国民经济和社会发展计划的通知 … 新乡市2023年国民经济和社会发展计划):
    not headings."""
    title = simplified(doc.title)
    if not title:
        return []
    whole = _without_date_after(title)  # (…计划草案的报告, its date left out)
    names = {title, whole}
    if m := _CARRIED.search(title):
        names.add(m.group(1))
    found = [line for name in names for line in _lines_reading(doc.norm, name)]
    # the first lines that hold text, as many as the pieces of a title broken over them may reach
    lines = list(islice((ln for ln in norm_lines(doc.norm) if ln.text.strip()),
                        TITLE_REPEAT_LINES + TITLE_PIECES - 1))
    texts = [ln.text.strip() for ln in lines]
    for i in range(min(len(lines), TITLE_REPEAT_LINES)):  # the title again, broken over lines by a page's layout
        if not whole.startswith(texts[i]):
            continue  # (most lines: no piece of the title)
        joined = ""
        for k in range(i, min(i + TITLE_PIECES, len(lines))):
            joined += texts[k]
            if not whole.startswith(joined):
                break
            if joined == whole and k > i:
                found.extend((ln.start, ln.end) for ln in lines[i : k + 1])
                break
    return sorted(set(found))


def _lines_reading(norm: str, name: str) -> Iterator[tuple[int, int]]:
    """(start, end) of each line of ``norm`` that reads ``name`` and nothing else but white space and
    《》 around it: the lines where the name stands are looked at, not every line of the text."""
    at = norm.find(name)
    while at >= 0:
        start, end = norm.rfind("\n", 0, at) + 1, norm.find("\n", at)
        end = len(norm) if end < 0 else end
        if norm[start:end].strip().strip("《》") == name:
            yield start, end
        at = norm.find(name, max(end, at + 1))  # (on the next line: this one is read)


DECEMBER = 12
TURN_OF_YEAR_CHARS = 600  # the opening read for a look back on the year and ahead to the next
LEAD_DATE_WITHIN = 120  # a news item's lead opens on its date (2025年2月6日,…召开…)


def _dated_lead(doc: Document) -> tuple[int, int] | None:
    """(year, month) of the date a news item's body opens on (2025年2月6日,新化县荣华乡召开…), or None."""
    head = compact_dates(gregorian(doc.norm[:LEAD_DATE_WITHIN]))
    m = DATE.search(head)
    return (int(m.group(1)), int(m.group(2))) if m and 1 <= int(m.group(2)) <= DECEMBER else None


def _delivered(doc: Document) -> tuple[int, int] | None:
    """(year, month) the report was given: its meeting dateline, else its publication date."""
    if m := re.search(r"((?:19|20)\d{2})年(\d{1,2})月\d{1,2}日在", compact_dates(gregorian(doc.norm[:400]))):
        return int(m.group(1)), int(m.group(2))
    if doc.published:
        return int(doc.published[:4]), int(doc.published[5:7])
    return None


def _base_year(periods: dict[str, str]) -> int | None:
    for value in periods.values():
        if m := re.match(r"\d{4}", value):
            return int(m.group())
    return None


def _given_year(doc: Document) -> int | None:
    """The year a report is given in, which its 今年 / 明年 / 去年 count from: the session's year; for
    a government work report, its plan year (it is given early in the year it plans); else the
    reviewed year (a summary is written at the end of the year it reviews, though often published
    in the next)."""
    if when := _meeting_date(doc):
        return when[0]
    if doc.doc_type == "政府工作报告" and (m := re.match(r"\d{4}", doc.periods.get("plan", ""))):
        return int(m.group())
    return _base_year(doc.periods)


def dated_periods(doc: Document) -> None:
    """The periods a report's parts and date tell, where nothing else named them, and each part's
    period: a plan part plans what follows the reviewed period; a report given in January–March
    reviews the year before and plans its own, one given later in the year reviews that year (a
    plan part found by its wording after `finish` gets its period here too)."""
    kinds = {p.kind for p in doc.parts}
    if "review" in doc.periods and "plan" not in doc.periods and "plan" in kinds:
        review = doc.periods["review"]  # a plan part with no period of its own plans what follows the review
        doc.periods["plan"] = review[:4] + "H2" if review.endswith("H1") else str(int(review[:4]) + 1)
    elif doc.periods.get("review", "").endswith("H1") and "plan" not in doc.periods \
            and _cued("secondhalf", simplified(doc.norm[:HALF_YEAR_CHARS])):
        doc.periods["plan"] = doc.periods["review"][:4] + "H2"  # 下半年,我街道将…: the second half planned
    elif (review := doc.periods.get("review", "")).isdigit() and "plan" not in doc.periods \
            and (doc.published or "")[:4] == str(int(review) + 1) \
            and _cued("deploys", simplified(doc.norm[:HALF_YEAR_CHARS])):
        doc.periods["plan"] = str(int(review) + 1)  # a work meeting given in the year after the one it reviews
    if not doc.periods and (when := _delivered(doc)):
        year, month = when
        title = simplified(doc.title)
        opening = simplified(doc.norm[:HALF_YEAR_CHARS])
        if halves := periods_in(title, year) if any(w in title for w in ("上半年", "下半年")) else {}:
            doc.periods.update(halves)  # 上半年工作总结和下半年工作计划, published in July
        elif MID_YEAR[0] <= month <= MID_YEAR[1] and HALF_YEAR_WORK.search(title or opening):
            # 李家镇人大召开政府半年工作通报会, dated in August: the first half told, the second planned
            halves = {"review": f"{year}H1", "plan": f"{year}H2"}
            doc.periods.update(halves)
        review = planned_year(year, month) - 1
        if not halves and not kinds and not doc.doc_type and month >= SO_FAR_FROM and SO_FAR.search(opening):
            # 9月25日,…会议召开。会议总结今年以来政府工作: the year so far is reviewed
            doc.periods["review"] = str(year)
        if not halves and ("review" in kinds or doc.doc_type in ("总结", "总结和计划")):
            doc.periods["review"] = str(review)
        if not halves and ("plan" in kinds or doc.doc_type in ("计划", "总结和计划")):
            doc.periods["plan"] = str(review + 1)
    if not doc.periods and (when := _delivered(doc) or _dated_lead(doc)) and (
            when[1] in SESSION_MONTHS or when[1] == DECEMBER):
        # 2025年2月6日,荣华乡召开春节节后收心会…肯定了过去一年…投入新一年工作: a page at the turn of the year
        # that looks back on one year and ahead to the next
        opening = simplified(doc.norm[:TURN_OF_YEAR_CHARS])
        review = planned_year(*when) - 1
        if _cued("lookback", opening):
            doc.periods["review"] = str(review)
        if _cued("lookahead", opening):
            doc.periods["plan"] = str(review + 1)
    if "review" not in doc.periods and (when := _delivered(doc)) and MID_YEAR[0] <= when[1] <= MID_YEAR[1] \
            and _cued("halfsofar", opening := simplified(doc.norm[:HALF_YEAR_CHARS])):
        # 上半年,我市认真落实…, dated in July: that year's first half (the year itself is not what it plans)
        if doc.periods.get("plan") == str(when[0]):
            del doc.periods["plan"]
        doc.periods["review"] = f"{when[0]}H1"
        if "plan" not in doc.periods and ("plan" in kinds or _cued("secondhalf", opening)):
            doc.periods["plan"] = f"{when[0]}H2"
    for part in doc.parts:
        part.period = part.period or doc.periods.get("review" if part.kind == "problems" else part.kind, "")


def _heading_base(doc: Document, key: str, given: int | None, words: list[str]) -> int | None:
    """The year a heading's period words count from when it names no year: the year of the
    report's own period of the part's kind when every word names a stretch of that year (全年,
    上半年: period_words.tsv counts_from part), else the year the report is given in (今年, 明年)."""
    own = doc.periods.get(key, "")[:4]
    if own.isdigit() and all(_period_words()[w]["counts_from"] == "part" for w in words):
        return int(own)
    return given


def finish(doc: Document) -> None:
    """What only the parts tell: missing periods, each part's period, the type of a cut title."""
    base = _given_year(doc)
    for part in doc.parts:
        heading = simplified(part.heading.text_of(doc.original)) if part.heading else ""
        key = "review" if part.kind == "problems" else part.kind
        names_year = YEAR.search(heading)
        words = _period_re().findall(heading)
        own = periods_in(heading, _heading_base(doc, key, base, words) if not names_year else base).get(key, "") \
            if names_year or words else ""
        reviewed, planned = doc.periods.get("review", ""), doc.periods.get("plan", "")
        if part.kind == "plan" and own.isdigit() and reviewed.isdigit() and own <= reviewed and planned.isdigit() \
                and not names_year:
            own = planned  # 今年各项预期目标 in news of the session that reviews 2023: its 今年 is the year planned
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
                # (2024年上半年工作回顾: a half-year report, which plans the second half)
                half = part.period if part.period.endswith("H1") else ""
                doc.periods = {"review": half, "plan": years[0] + "H2"} if half else \
                    {"review": years[0], "plan": str(int(years[0]) + 1)}
                break
    dated_periods(doc)
    halves = any("H" in v for v in doc.periods.values())
    if {"review", "plan"} <= kinds and doc.doc_type in ("", "总结", "计划", "半年总结"):
        doc.doc_type = "半年总结和计划" if halves else "总结和计划"
    elif not doc.doc_type and kinds:
        doc.doc_type = "总结" if "review" in kinds else "计划" if "plan" in kinds else ""


__all__ = ["dated_periods", "describe", "finish", "title_lines", "periods_in", "iso_date", "simplified"]
