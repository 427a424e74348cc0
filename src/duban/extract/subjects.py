"""The subject of a quantity: the short phrase of the text that names what it measures.

In Chinese the number and its measure word sit inside the noun phrase they count:
``完成[后冯区块] 411亩 [征地协议签订工作]``. So the subject is that noun phrase without the
number: the words after the last verb before the number, joined to the counted noun after
the unit (``930亩土地`` → 土地; ``为19户低收入农户`` → 低收入农户). Where no noun follows the
unit, the subject is the clause before the number with its introducing verbs and adverbs
trimmed (``实现村集体经济总收入1151.63万元``, ``签约率均达100%``). A change with nothing
before it in its clause (``…29.74亿元,同比增长31.3%``) measures what the fact before it did:
that is decided by the caller, which knows the sentence.

The word lists are ``lang/zh/subject_trim.tsv``: ``head``/``tail`` words introduce or close
a subject, ``stop`` words start a new predicate (the counted noun ends before them).
"""

from __future__ import annotations

import bisect
import re
from functools import lru_cache
from typing import TYPE_CHECKING

from duban.extract.indicators import table_indicator
from duban.extract.lexicon import lexicon, quote_pairs
from duban.extract.wording import wording
from duban.lang.words import Words, is_cjk, with_first_chars, words_first, words_pattern
from duban.lang import load_table

if TYPE_CHECKING:
    from duban.extract.quantities import Quantity

# What ends the clause a subject is taken from. Quotes, list commas and parentheses do not:
# “群众说事室”28个, 承接研学体验、工会活动、旅游团体等60余批次, 工业性投资(1-9月)1.71亿元.
LEFT_BREAKS = frozenset("，,；;。！？!?：:\n|")
RIGHT_BREAKS = LEFT_BREAKS | frozenset("、()（）")
OPENING, CLOSING = "(（", ")）"
MAX_LEFT = 16  # characters of the clause before the number
LABEL_MAX = 12  # characters of a label before a colon (耕地面积:)
_LINE_ENDS = frozenset("。！？!?；;：:")  # a line that ends so ends its sentence
MAX_RIGHT = 12  # characters of the counted noun after the unit
_SYMBOLS = frozenset("%@#*&^$~×")  # characters that open no counted noun (270米×4米: a dimension's times sign)
_ROUGH = frozenset("余多几")  # 1.4万余: a rough size, not a threshold (超, 以上)
MAX_PAREN = 30  # a parenthetical remark longer than this ends the clause
CUT_LOOKBACK = 3  # where the length limit cuts a clause, a list comma this close before it starts the word
# A number that the clause's length limit cut through, with its 年 or 年度 (2022年, 十三五).
_NUMBERISH = re.compile(r"[\d零一二两三四五六七八九十百千万亿]")
_MAGNITUDES = "十百千万亿"  # (亿元: a magnitude before a unit, a column's unit in a cell)
# A cell that holds a figure or a date, no label: digits, or numerals alone or before 年/月 (十三五, 一月); a
# name that opens on a numeral is a label (九龙城, 三门峡, 一般公共预算收入)
_NUMBER_CELL = re.compile(r"\d|[零〇一二两三四五六七八九十百千万亿]+(?:[年月日号度]|$)")
_CUT_NUMBER = re.compile(r"[\d零一二两三四五六七八九十百千万亿]+(?:年度|年)?")
# The low end of a range written before the number: 300-, 5至, 3~, 十至.
_RANGE_LOW = re.compile(r"(?:\d[\d.,]*|[零一二两三四五六七八九十百千万亿]+)\s*[-~～—–至到]\s*$")
_RANGE_ENDS = frozenset("-~～—–至到 ")  # what such a low end ends with (looked at before the search)


@lru_cache(maxsize=32)
def _side_words(side: str) -> tuple[str, ...]:
    """The words of one side of ``subject_trim.tsv`` (rate, frame, keep, measure_end …), in table order."""
    return tuple(r["word"] for r in load_table("subject_trim") if r["side"] == side)


@lru_cache(maxsize=1)
def _words() -> tuple[Words, Words, Words, Words]:
    rows = load_table("subject_trim")
    head = Words(r["word"] for r in rows if r["side"] == "head")
    tail = Words(r["word"] for r in rows if r["side"] == "tail")
    stop = Words(r["word"] for r in rows if r["side"] in ("stop", "change", "attribute", "own"))
    verbs = Words(r["word"] for r in rows if r["side"] in ("head", "stop"))
    return head, tail, stop, verbs


@lru_cache(maxsize=1)
def _list_marker() -> re.Pattern:
    """A numbering marker (①, 4., (1), 一是 …: ``section_markers.tsv``) at the start of a clause."""
    patterns = [re.sub(r"\(\?P<\w+>", "(?:", row["pattern"]) for row in load_table("section_markers")]
    return with_first_chars("|".join(f"(?:{p})" for p in patterns))


@lru_cache(maxsize=1)
def _last_base_char() -> re.Pattern:
    """Matched from a position: the last character in the window that may open a comparison base."""
    return re.compile("(?s:.*)([" + re.escape("".join(sorted(_bases()[2]))) + "])")


@lru_cache(maxsize=1)
def _rate_nouns() -> Words:
    """Nouns of a change's rate (降幅, 增速) that name what a clause opening with a base compares."""
    return Words(_side_words("rate"))


@lru_cache(maxsize=1)
def _verb_bigrams() -> frozenset[str]:
    """Every pair of characters inside a head or stop word: where a cut may fall inside one."""
    return frozenset(w[j : j + 2] for w in _words()[3] for j in range(len(w) - 1))


@lru_cache(maxsize=1)
def _totals_last() -> frozenset[str]:
    return frozenset(w[-1] for w in _totals())


def total_may_end(text: str, start: int) -> bool:
    """A quick test before `total_word_before`: could a total word end right before ``start``?"""
    return text[start - 1 : start] in _totals_last() or text[start - 2 : start - 1] in _totals_last()


@lru_cache(maxsize=1)
def _bases() -> tuple[Words, Words, frozenset[str]]:
    rows = load_table("subject_trim")
    base = [r["word"] for r in rows if r["side"] == "base"]
    return Words(base), Words(r["word"] for r in rows if r["side"] == "notbase"), frozenset(w[0] for w in base)


@lru_cache(maxsize=1)
def _frame_words() -> Words:
    return Words(share_frames())


@lru_cache(maxsize=1)
def share_frames() -> tuple[str, ...]:
    """Words that open the clause of a share that names a frame (占年计划的, 完成年度任务的)."""
    return _side_words("frame")


@lru_cache(maxsize=1)
def _kept_words() -> Words:
    return Words(_side_words("keep"))


@lru_cache(maxsize=1)
def _measure_ends() -> tuple[str, ...]:
    return _side_words("measure_end")


def names_a_measure(name: str) -> bool:
    """Is ``name`` the name of a measure (常住人口城镇化率, 地区生产总值), not a note (含续建, 下同)?"""
    return bool(table_indicator(name)) or name.endswith(_measure_ends())


# 与2015年相比, 同2013年同期相比: a base naming its year, which a table of words cannot list
_YEAR_BASE = re.compile(r"[与同跟](?:19|20)\d{2}年(?:同期|底|末)?(?:相比|比较)")
_YEAR_BASE_FIRST = frozenset("与同跟")  # (the characters it opens with: most starts are none)


def is_base(text: str, start: int) -> bool:
    """Does a comparison base (比上年, 较1-5月, 高于全省平均增速, 与2015年相比) begin at ``start``?"""
    base, notbase, first = _bases()
    if text[start : start + 1] in first and base.starting_at(text, start) is not None:
        return notbase.starting_at(text, start) is None
    return text[start : start + 1] in _YEAR_BASE_FIRST and _YEAR_BASE.match(text, start) is not None


@lru_cache(maxsize=1)
def _totals() -> Words:
    return Words(_side_words("total"))


def total_word_before(text: str, start: int) -> bool:
    """Does a word of a total (合计, 共计) stand right before ``start``?"""
    return bool(_totals().ending_at(text, start - 1 if text[start - 1 : start] == " " else start))


def in_share_frame(text: str, start: int) -> bool:
    """Does the clause before ``start`` open a share's frame (占年计划的, 完成年度任务)?"""
    clause = text[max(0, start - MAX_LEFT) : start]
    frames = share_frames()
    if not any(w in clause for w in frames):
        return False  # most shares: no frame word at all
    clause = clause[max(clause.rfind(c) for c in LEFT_BREAKS) + 1 :]
    # 占总人口比重为46.5%: a proportion named as such measures a thing, as a rate does, not a plan's part
    return any(w in clause for w in frames) and not any(w in clause for w in _proportions())


@lru_cache(maxsize=1)
def _proportions() -> tuple[str, ...]:
    return _side_words("proportion")


def only_head_words(text: str, start: int, end: int) -> bool:
    """Is ``text[start:end]`` made of head words alone (达, 达到, 实现; spaces aside): a clause that
    names nothing before its figure (…创新高,达1.17万亩)?"""
    head = _words()[0]
    while start < end and text[start] == " ":
        start += 1
    while start < end and (w := head.starting_at(text, start)) and start + len(w) <= end:
        start += len(w)
    return not text[start:end].strip(" ")


def trim_head(text: str, start: int, end: int) -> int:
    marker = _list_marker().match(text, start, end) or (
        _ITEM_BEFORE_YEAR.match(text, start, end) if text[start : start + 1].isdecimal() else None)
    if marker and marker.end() < end:
        start = marker.end()  # ①完成投资3亿元: the marker numbers the item, it names nothing
    while start < end - 1 and text[start] in OPENING:
        start += 1  # (其中外资3家): the bracket opens a remark, the noun follows
    head = _words()[0]
    while end > start:
        year = _LEADING_YEAR.match(text, start, end) if text[start] in "12" else None  # (19xx年, 20xx年)
        if year and year.end() < end:
            start = year.end()  # 在2017年首次突破万元, 2024年粮食产量: the year is a time, no part of a name
            continue
        w = head.starting_at(text, start)
        if not w or end - start <= len(w) or text[start + len(w) : end] in _measure_ends():
            break  # 完成率: the verb is part of the rate's name
        if _kept_words().starting_at(text, start):
            break  # 有色金属, 有效发明专利: a word that begins like 有 and names
        start += len(w)
    while start < end and text[start] in " 的、—-·'.":
        start += 1  # ——贫困发生率: a dash or a stray mark that opened the clause (.煤炭行业: a list number's point
        # left behind where the clause was cut at its length)
    return start


def trim_tail(text: str, start: int, end: int, keep: frozenset[str] = frozenset()) -> int:
    """``end`` moved back over closing words (达, 完成, 降至 …), but for those in ``keep``."""
    tail = _words()[1]
    while end > start:
        w = tail.ending_at(text, end)
        if not w or end - start <= len(w) or w in keep:
            break
        kept = _kept_words().ending_at(text, end)
        if kept and len(kept) > len(w) and end - start >= len(kept):
            break  # 违法行为, 完成设计: a word that ends like 为 or 计 and names
        end -= len(w)
    while end > start and text[end - 1] in " 的、":
        end -= 1
    return end


@lru_cache(maxsize=1)
def _last_stop() -> re.Pattern:
    """Matched from the start of a window: the window's last clause break or closing parenthesis."""
    return re.compile("(?s:.*)[" + re.escape("".join(sorted(LEFT_BREAKS)) + CLOSING) + "]")


def _left(text: str, q: "Quantity", spans: list[tuple[int, int]], index: int | None = None) -> list[tuple[int, int]]:
    """The clause before ``q`` as spans, leaving out other quantities and parenthetical remarks.

    Walks left from the number over at most ``MAX_LEFT`` characters, a stretch at a time: to
    the nearest of a clause break, a closing parenthesis and the end of an earlier quantity.
    """
    parts: list[tuple[int, int]] = []
    k = (bisect.bisect_left(spans, (q.start, q.start)) if index is None else index) - 1  # the quantity before
    pos = i = q.start
    budget = MAX_LEFT
    last_stop = _last_stop()
    while i > 0 and budget > 0:
        lo = i - budget if i > budget else 0
        m = last_stop.match(text, lo, i)
        stop = m.end() if m else lo  # just after the break or parenthesis, if any
        quantity_end = spans[k][1] if k >= 0 else -1  # (beyond i after a remark was left out)
        if lo < quantity_end <= i and quantity_end >= stop:
            budget -= i - quantity_end
            i = quantity_end
            if i < pos:
                break  # 930亩土地20幢: 土地 is what 930亩 counts, not part of this clause
            pos = i = spans[k][0]  # 112户136亩: an adjacent quantity of the same run, jump over it
            k -= 1
            continue
        budget -= i - stop
        i = stop
        if m is None:
            break  # the budget is spent, or the text begins
        if text[i - 1] == "\n" and i >= 2 and text[i - 2] not in _LINE_ENDS and not text[i : q.start].strip(" "):
            # 全年实现地区生产总值⏎5532.4⏎亿元: a PDF text put the number on a line of its own; the
            # line before, which ends inside its sentence, names it
            parts.append((i, pos))
            pos = i = i - 1
            continue
        if text[i - 1] in ":：" and not text[i : q.start].strip(" ") and (label := _label_before(text, i - 1)) is not None:
            parts.append((i, pos))  # 耕地面积: 2.6万亩, an infobox's or a form's line: its label names the figure
            pos, i = i - 1, label
            break
        if text[i - 1] in LEFT_BREAKS:
            break
        # A closing parenthesis: leave the remark out, unless it is long or holds a break.
        j = max(text.rfind("(", max(0, i - MAX_PAREN), i - 1), text.rfind("（", max(0, i - MAX_PAREN), i - 1))
        if j < 0 or any(c in LEFT_BREAKS for c in text[j:i]):
            break
        parts.append((i, pos))
        pos = i = j
    if budget <= 0 and i > 0:
        i = cut_whole(text, i, pos)
    parts.append((i, pos))
    if len(parts) == 1:  # (most clauses: one stretch)
        return parts if i < pos else []
    return [(a, b) for a, b in reversed(parts) if b > a]


def _label_before(text: str, colon: int) -> int | None:
    """Where the label before ``colon`` starts, when it is a short line's or clause's whole opening
    (面 积: 58.13平方千米, 总投资:1.2亿元), or None."""
    lo = max(0, colon - LABEL_MAX - 1)
    m = _last_stop().match(text, lo, colon)
    if m is None and lo > 0:
        return None  # a longer stretch: a sentence whose colon introduces what follows
    start = m.end() if m else lo
    while start < colon and not text[start].isalnum():
        start += 1  # the spaces and the bullet before a label (• 签到天数: 723 天)
    return start if start < colon else None


def _unspaced(text: str, parts: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """``parts`` without the spaces at their edges: 投资 1544.6 万元, a PDF's space before the number,
    is no part of the name."""
    out = []
    for a, b in parts:
        while b > a and text[b - 1] == " ":
            b -= 1
        while a < b and text[a] == " ":
            a += 1
        if b > a:
            out.append((a, b))
    return out


def cut_whole(text: str, i: int, pos: int) -> int:
    """Where a clause the length limit cut at ``i`` starts, so that it does not begin inside a
    number or a word, as far as that can be seen."""
    if _NUMBERISH.match(text, i - 1):
        cut = _CUT_NUMBER.match(text, i)  # 2022年全年… cut as 022年全年…: start after the number
        if cut and cut.end() < pos:
            return cut.end()
        return i
    comma = text.rfind("、", i - CUT_LOOKBACK, i)  # 城镇、牧|区常住居民…: from the listed word
    if comma >= 0:
        return comma + 1
    if text[i - 1 : i + 1] in _verb_bigrams():  # 其|中城镇常住居民…: a word the limit cut through is left out whole
        verbs = _words()[3]
        for j in range(max(0, i - CUT_LOOKBACK), i):
            w = verbs.starting_at(text, j)
            if w and i < j + len(w) < pos:
                return j + len(w)
    return i


_LIST_JOINS = frozenset("和及与、")


def _opens_share_of(text: str, q: "Quantity", left: list[tuple[int, int]], spans: list[tuple[int, int]],
                    index: int) -> bool:
    """Does a percentage open its clause (nothing before it, or only the last item of a list of such
    shares: 93%的村庄和) and go on with 的 and the things it is a share of?"""
    k = q.end
    while text[k : k + 1] == " ":
        k += 1
    if text[k : k + 1] != "的":
        return False
    if index > 0 and text[spans[index - 1][1] : q.start].strip(" ") in _RANGE_ENDS:
        return False  # 空置率30%—50%的“空心村”: the high end of a range, whose name is before it
    if not left or (len(left) == 1 and trim_head(text, *left[0]) >= left[0][1]):
        return True  # (全市95%以上的行政村: a scope word alone opens the clause)
    a, b = left[0][0], left[-1][1]
    return index > 0 and text[b - 1] in _LIST_JOINS and not text[spans[index - 1][1] : a].strip(" 的")


PROJECT_WITHIN = 40  # characters after 的 in which an amount's project is named
_PROJECT_UNITS = ("元", "美元")  # the units of a sum of money that a project may be named after


@lru_cache(maxsize=1)
def _project_heads() -> re.Pattern:
    """The last word naming a project (subject_trim.tsv, side project: 项目, 工程) in a stretch."""
    return re.compile("(?s:.*)(" + words_pattern(_side_words("project")) + ")")


def _project_after(text: str, q: "Quantity", spans: list[tuple[int, int]], index: int) -> tuple[int, int] | None:
    """投资3500万元的30000平方米农产品恒温储藏室项目: a sum of money followed by 的 and, before the
    clause ends, a project's name (the figures of its size between left out) measures that project."""
    if q.unit not in _PROJECT_UNITS or not _side_words("project"):
        return None
    k = q.end
    while text[k : k + 1] == " ":
        k += 1
    if text[k : k + 1] != "的":
        return None
    k += 1
    end = k
    while end < len(text) and end - k < PROJECT_WITHIN and text[end] not in _PROJECT_BREAKS:
        end += 1
    m = _project_heads().match(text, k, end)
    if m is None:
        return None
    start = k
    for a, b in spans[index + 1 :]:
        if a >= m.end(1):
            break
        start = max(start, b)  # the project's size (年产5万吨, 1万亩) is no part of its name
    while start < m.end(1) and text[start] in " 的":
        start += 1
    return (start, m.end(1)) if m.end(1) - start > len(m.group(1)) else None


_PROJECT_BREAKS = frozenset(",，、;；。:：\n")


def _range_pair(text: str, spans: list[tuple[int, int]], low: int, high: int) -> bool:
    """Are the quantities at ``low`` and ``high`` the two ends of one range (3~5年, 2500-2800℃)?"""
    if low < 0 or high >= len(spans):
        return False
    # the one character between, spaces aside, read in place (no copy of a long stretch between two figures)
    a, b = spans[low][1], spans[high][0]
    while a < b and text[a] == " ":
        a += 1
    while b > a and text[b - 1] == " ":
        b -= 1
    return b - a == 1 and text[a] in _RANGE_ENDS


_THRESHOLD_ENDS = ("以上", "以下")
_ONLY_A_TIME = re.compile(
    r"(?:[前后]?[\d一二三四五六七八九十两]{1,3}(?:[-—~至到][\d一二三四五六七八九十]{1,2})?个?(?:月份?|季度)"
    r"|[\d一二三四五六七八九十两]{1,2}年(?:来|间)?"  # 五年年均增长5.2%: the years of an average
    r"|当月|本月|上半年|下半年|全年|今年|本年|同期)+(?:以来)?"
    r"(?:[、和及](?:[前后]?[\d一二三四五六七八九十两]{1,3}(?:[-—~至到][\d一二三四五六七八九十]{1,2})?个?(?:月份?|季度)"
    r"|当月|本月|上半年|下半年|全年))*")  # 1-4月、1-5月、1-6月: the bases of a list compared with, no name
_TO_A_TIME = re.compile(r"[至到]\s*\d")  # …318亿元至2018年度…: the time the figure rose to, no noun it counts


def _right(text: str, q: "Quantity", spans: list[tuple[int, int]], index: int | None = None,
           low_end: bool | None = None) -> tuple[int, int]:
    """The counted noun after the unit: up to a break, the next quantity or a new predicate.
    ``low_end``: whether ``q`` is the low end of a range, where the caller knows it already."""
    k = bisect.bisect_right(spans, (q.end, q.end)) if index is None else index + 1  # the quantity after
    if low_end if low_end is not None else _range_pair(text, spans, k - 1, k):
        return q.end, q.end  # 3~5年: a range's low end, the noun after its high end
    start = q.end
    if k < len(spans) and spans[k][0] == q.end and text[spans[k][1] - 2 : spans[k][1]] in _THRESHOLD_ENDS:
        start, k = spans[k][1], k + 1  # 500个5000万元以上重大项目: the threshold qualifies the noun counted
    limit = min(spans[k][0] if k < len(spans) else len(text), start + MAX_RIGHT)
    pattern, longest = _right_end()
    m = pattern.search(text, start, limit + longest)  # a stop word may run past the limit
    i = m.start() if m else limit
    if i == start < limit and _qualifying_words().starting_at(text, i) \
            and (de := _modifier_end(text, start, limit)) is not None:
        m = pattern.search(text, de, limit + longest)  # 引进2个有实力的企业: 有实力的 qualifies what is counted
        i = m.start() if m else limit
    while i < limit and text[i : i + 2] in _THRESHOLD_ENDS:
        m = pattern.search(text, i + 2, limit + longest)  # 3家规模以上企业: 以 is no verb there
        i = m.start() if m else limit
    i = min(i, limit)
    if text[start : start + 1] in _SYMBOLS:
        return start, start  # 500万吨以上%*@#*: symbols a spam mirror strews after figures name nothing
    if text[start : start + 1] == "/":  # 252.14公斤/亩: the unit is per something, not a noun
        per = lexicon().unit_at(text, start + 1)
        start = min(i, start + 1 + (len(per[0].surface) if per else 0))
    if text[start : start + 1] == " " and q.end > q.number_end and text[q.end - 1] != " ":
        return start, start  # 突破3000亿元 同比增速位居首位: a space after the unit ends the phrase (a headline's)
    while start < i and text[start] in " 的":
        start += 1
    if q.kind == "amount" and (deed := _deed_words().starting_at(text, start)) and _counts_things(q.unit):
        # 对1人予以记大过处分: the deed done to those counted names them
        start += len(deed)
        limit = min(spans[k][0] if k < len(spans) else len(text), start + MAX_RIGHT)
        m = pattern.search(text, start, limit + longest)
        i = min(m.start() if m else limit, limit)
    if q.kind == "duration" and text[start : start + 1] in DURATION_POSTPOSITIONS:
        start += 1  # 3个工作日内办结, 四个月里: within the span, no part of what is done in it
    close = quote_pairs().get(text[q.start - 1 : q.start])
    if close and (c := text.find(close, start, i)) > start:
        i = c  # 实现“零伤亡”: a quoted phrase opened before the figure ends its noun at its closing mark
    low = _RANGE_LOW.search(text, start, i) if text[i - 1 : i] in _RANGE_ENDS else None  # 3批次30-50项
    # A noun may end in what before a number would be a qualifier (12家商超): that is kept.
    end = trim_tail(text, start, low.start() if low else i, keep=lexicon().before_qualifier_set)
    if text[start:end] in PARTICLES_ALONE:
        return start, start  # 已经30多年了: a particle that closes the clause counts nothing
    return start, end


MODIFIER_REACH = 8  # characters of a phrase with 的 that qualifies a counted noun (有实力的, 具有地方特色的)
MODIFIER_MARK = "的"


@lru_cache(maxsize=1)
def _qualifying_words() -> Words:
    return Words(_side_words("qualifying"))


def _modifier_end(text: str, start: int, limit: int) -> int | None:
    """Where a phrase ending in 的 that opens the noun after a count ends (2个有实力的企业 → after 的), when no
    break stands in it; None otherwise."""
    de = text.find(MODIFIER_MARK, start + 1, min(limit, start + MODIFIER_REACH))
    if de < 0 or any(ch in RIGHT_BREAKS for ch in text[start:de]):
        return None
    return de + 1


@lru_cache(maxsize=1)
def _deed_words() -> Words:
    return Words(_side_words("deed"))


@lru_cache(maxsize=1)
def _right_end() -> tuple[re.Pattern, int]:
    """Where a counted noun ends: a break character or the start of a stop word."""
    stops = list(_words()[2])
    breaks = "".join(re.escape(c) for c in sorted(RIGHT_BREAKS))
    first = breaks + words_first(stops) if stops else None
    return with_first_chars(f"[{breaks}]|" + words_pattern(stops), first), max(map(len, stops), default=1)


@lru_cache(maxsize=1)
def _period_ends() -> Words:
    return Words(_side_words("period"))


# what may stand before a word of time in a name that is a time alone: a quoted plan's name, numerals, 过去, 上 …
_TIME_LEAD = re.compile(r"(?:“[^”]{1,8}”|[0-9〇零一二三四五六七八九十两~～\-—至到和、]|过去|近|前|这|上|下|全|半|今|去)*")


def ends_in_time(name: str) -> bool:
    """Is ``name`` a time alone (“十二五”期间, 过去四年), naming no thing measured: a word of time
    (subject_trim.tsv, period) with nothing before it but what counts or names the stretch?"""
    word = _period_ends().ending_at(name, len(name))
    return word is not None and _TIME_LEAD.fullmatch(name, 0, len(name) - len(word)) is not None


def names_a_time(text: str, start: int, end: int) -> bool:
    """Does ``text[start:end]`` name a time (今年以来, 1-4月份, 上半年), or hold a number?"""
    return bool(_period_ends().ending_at(text, end)) or _NUMBERISH.search(text, start, end) is not None


def predicate_start(text: str, start: int, end: int) -> int:
    """Where the predicate of the clause ``text[start:end]`` begins (a stop word: 继续保持, 实现, 完成 …),
    the clause's name before it; ``end`` where none stands after its first two characters."""
    pattern, _ = _right_end()
    m = pattern.search(text, start + 2, end) if end - start > 2 else None
    return m.start() if m else end


@lru_cache(maxsize=1)
def _verb_ends() -> re.Pattern:
    """Every position where a verb starts, with the longest verb there (overlapping matches);
    behind a test of the first character, so that other positions cost one test."""
    verbs = [w for w in _words()[3] if w]
    first = "".join(re.escape(ch) for ch in sorted({w[0] for w in verbs}))
    return re.compile(f"(?=[{first}])(?=(" + words_pattern(verbs) + "))") if verbs else re.compile("(?!)")


@lru_cache(maxsize=1)
def _kept_around() -> dict[str, tuple[tuple[str, int], ...]]:
    """For each verb, the kept words that hold it and where it stands in them (共 in 公共, at 1)."""
    verbs = [w for w in _words()[3] if w]
    return {v: tuple((k, i) for k in _side_words("keep") for i in [k.find(v)] if i >= 0 and k != v) for v in verbs}


def _inside_kept(text: str, pos: int, verb: str) -> bool:
    """Does the verb at ``pos`` stand inside a word that names (一般公共预算收入: no 共 there)?"""
    return any(text.startswith(k, pos - i) for k, i in _kept_around().get(verb, ()) if pos >= i)


def _measured_before(text: str, parts: list[tuple[int, int]]) -> bool:
    """Do ``parts`` name a measure (an indicator of the table, or a name longer than the measure word it ends
    in: 年销售收入, 总投资; not 投资 alone, the verb of 投资1500万元的工程)?"""
    name = "".join(text[a:b] for a, b in parts).strip()
    head = wording().at_end("measure_head", name)
    return bool(table_indicator(name)) or bool(head) and len(name) > len(head)


def object_after_verb(text: str, start: int, end: int) -> tuple[int, int] | None:
    """What a clause that opens with its verb acts on (举办各类文艺演出 → 各类文艺演出), or None."""
    found = _after_last_verb(text, [(start, end)])
    return (found[0][0], found[-1][1]) if found and found[-1][1] - found[0][0] >= 2 else None


ASPECT_AFTER_VERB = ("的", "了")
DURATION_POSTPOSITIONS = frozenset("内里")  # within a span (3天内, 四个月里)
PARTICLES_ALONE = frozenset(("了", "啦", "呢", "吧", "着", "过"))  # a clause's closing particle, alone after a figure


LIST_JOIN = "、"


def _after_a_counts_noun(text: str, neighbours: list["Quantity"], spans: list[tuple[int, int]], index: int) -> bool:
    """Is the clause before a count only the count before's noun and 、 (15个村民小组、620户, 1栋楼、28户)? That
    noun names the count before, not this one (引进企业5家、项目3个: 项目 is no count's noun, and names the 3)."""
    if index == 0 or text[spans[index][0] - 1 : spans[index][0]] != LIST_JOIN or neighbours[index - 1].kind != "amount":
        return False  # (the cheap test first: most counts follow no 、)
    p0, p1 = _right(text, neighbours[index - 1], spans, index - 1)
    return p0 == spans[index - 1][1] < p1 and text[p1 : spans[index][0]] == LIST_JOIN


def _after_last_verb(text: str, parts: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The parts of a left clause after its last verb (完成后冯区块 → 后冯区块), or [] if none."""
    pattern = _verb_ends()
    for n in range(len(parts) - 1, -1, -1):
        a, b = parts[n]
        # The search ends at b, so every verb found ends by b (a shorter one where a longer would not fit).
        last = max((m.start() + len(m.group(1)) for m in pattern.finditer(text, a, b)
                    if not _inside_kept(text, m.start(), m.group(1))), default=None)
        if last is not None:
            last += text[last : last + 1] in ASPECT_AFTER_VERB  # 促进经济较快增长的十项措施: 的 closes the verb's
            # phrase; 新建了3所学校: 了 marks the verb's deed done, no part of what it made
            rest = [(last, b)] + parts[n + 1 :] if last < b else parts[n + 1 :]
            return [(x, y) for x, y in rest if y > x]
    return []


@lru_cache(maxsize=1)
def _naming_words() -> frozenset[str]:
    """Verbs of doing that, alone before a number, name what it measures (投资500万元)."""
    return frozenset(r["word"] for r in load_table("subject_trim") if r["names"] == "yes")


@lru_cache(maxsize=1)
def _lone_words() -> frozenset[str]:
    """Words that, when they are all that is left of a clause, are no name by themselves
    (动员, 其中, 增长为, 由): every word of the table but its naming nouns (增速, 率, 比重 name one)."""
    return frozenset(r["word"] for r in load_table("subject_trim") if r["side"] not in _NAMING_SIDES + _PLACE_SIDES + ("scope",))


HAVING = ("拥有", "共有", "有")  # a place's people who have (全县不足6000人拥有近70万牲畜)


def _ends_a_census(text: str, end: int, spans: list[tuple[int, int]], index: int) -> bool:
    """Does a count of people or households end where ``end`` is as a place's census does: at a clause's end,
    before the next count (全村528户1548人, 全乡7203户、34215人) or before what they have?"""
    after = text[end : end + 1]
    return not after or after in LEFT_BREAKS or after == "、" or text.startswith(HAVING, end) \
        or index + 1 < len(spans) and spans[index + 1][0] == end


@lru_cache(maxsize=1)
def _scope_words() -> frozenset[str]:
    """A place taken whole (全县, 全村), the name of its people or households counted right after it."""
    return frozenset(_side_words("scope"))


_NAMING_SIDES = ("rate", "measure_end", "proportion", "keep", "project", "own")  # rows of words that name (增速, 率, 有色), not trim words
# rows of words that point at a place (辖, 属) or bring a deed to those counted (予以): not trim words either
_PLACE_SIDES = ("governs", "locates", "deed")


@lru_cache(maxsize=1)
def _own_words() -> Words:
    return Words(_side_words("own"))


@lru_cache(maxsize=1)
def _own_word_set() -> frozenset[str]:
    return frozenset(_side_words("own"))  # (a subject looked up whole: one set lookup)


def _named_after_base(text: str, start: int, q: "Quantity") -> tuple[int, int] | None:
    """What an amount right after a comparison base names: an own word (同比减收31430万元: 减收), or
    the period compared with when the base is all there is (较上年同期99895万元: the figure of
    上年同期, the base's own value). None for a base that names nothing (比上年增加3.18万亩)."""
    own = _own_words().ending_at(text, q.start)
    if own:
        return (q.start - len(own), q.start)
    word = _bases()[0].starting_at(text, start) or ""
    if q.kind == "amount" and lexicon().change_bases.starting_at(text, start) == text[start : q.start] and q.start > start + len(word):
        return (start + len(word), q.start)
    return None


def names_only_its_figure(text: str, q: "Quantity", subject: str, spans: list[tuple[int, int]], index: int) -> bool:
    """Does a fact's subject name its own figure and nothing a figure after it could measure? An own
    word (短收7431万元), a base's own value (较上年同期99895万元), and the amount a share's frame holds
    (占预算101032万元的67.3%) do: the change after them (同比下降10.2%) measures what was named before."""
    if subject and subject in _own_word_set():
        return True
    if q.kind != "amount":
        return False
    # (a base that ends in the subject ends where the figure starts: their last characters are one)
    if subject and text[q.start - 1 : q.start] == subject[-1] \
            and (base := lexicon().change_bases.ending_at(text, q.start)) and base.endswith(subject):
        return True
    return _held_by_frame(text, q, spans, index)


def _held_by_frame(text: str, q: "Quantity", spans: list[tuple[int, int]], index: int) -> bool:
    """Is ``q`` the whole a share's frame holds (占预算101032万元的67.3%)?"""
    nxt = index + 1
    return nxt < len(spans) and spans[nxt][0] == q.end + 1 and text[q.end] == "的" and in_share_frame(text, spans[nxt][0])


def subject_spans(
    text: str, q: "Quantity", neighbours: list["Quantity"] | None = None, spans: list[tuple[int, int]] | None = None,
    index: int | None = None,
) -> list[tuple[int, int]]:
    """Spans of ``text`` that together name what ``q`` measures (empty when nothing does).

    ``neighbours`` are all the quantities of the text in order; ``spans`` their ``(start, end)``
    pairs, and ``index`` the place of ``q`` among them, passed in by a caller that asks for many
    subjects so that they are built (and found) once.
    """
    neighbours = neighbours or []
    if spans is None:
        spans = [(n.start, n.end) for n in neighbours]
    if index is None:
        index = bisect.bisect_left(spans, (q.start, q.start))
    # (only where the word after the bracket, 为, 是, 达 or 达到, ends right before the figure)
    alias = _ALIAS_BEFORE.search(text, max(0, q.start - MAX_ALIAS - 6), q.start) \
        if text[q.start - 1 : q.start] in _ALIAS_LAST else None
    if alias and not _NUMBERISH.search(alias.group(1)) and names_a_measure(alias.group(1)):
        return [alias.span(1)]  # 占常住人口比重(常住人口城镇化率)为57.98%: the measure's own name, in brackets
    left = _left(text, q, spans, index)
    if left and left[-1][1] == q.start and text[q.start - 1] in _RANGE_ENDS:
        # 300-500元, 5至8人: the range's low end is no part of the name
        low = _RANGE_LOW.search(text, left[-1][0], q.start)
        if low:
            left[-1] = (left[-1][0], low.start())
    # (asked once, `_right` is told it; first the mark a range's low end is followed by, spaces aside)
    low_end = index + 1 < len(spans) and text[spans[index][1] : spans[index][1] + 1] in _RANGE_ENDS \
        and _range_pair(text, spans, index, index + 1)
    if neighbours and 0 < index and text[spans[index - 1][1] : spans[index - 1][1] + 1] in _RANGE_ENDS \
            and _range_pair(text, spans, index - 1, index):
        # the high end of a range whose low end is a fact of its own (缩短3~5年): the name before the low end
        left = _left(text, neighbours[index - 1], spans, index - 1)
    elif neighbours and low_end:
        return subject_spans(text, neighbours[index + 1], neighbours, spans, index + 1)  # the low end: as the high
    if left and (text[left[-1][1] - 1] == " " or text[left[0][0]] == " "):
        left = _unspaced(text, left)
    if q.kind == "amount" and q.unit in _PROJECT_UNITS and (project := _project_after(text, q, spans, index)) is not None:
        return [project]  # 投资6000万元的1万亩柠檬种植基地项目: the project the money is for
    if q.kind == "share" and q.unit == "%" and _opens_share_of(text, q, left, spans, index):
        r0, r1 = _right(text, q, spans, index, low_end)
        if r1 > r0:
            return [(r0, r1)]  # 93%的村庄和96%的农户实现清洁取暖: the share of the villages, of the households
    if q.kind == "amount" and q.approx in ("over", "under") and left and text[q.end : q.end + 1] == "的" \
            and not _ROUGH.intersection(text[q.number_end : q.end]) \
            and _measured_before(text, named := (_after_last_verb(text, left) or left)):
        # 年收入过10万元的村集体: the threshold bounds what the things after it have, named before it: 村集体年收入
        # (总面积1.4万余平方米的水泥路: a rough size, no threshold, is the road's)
        r0, r1 = _right(text, q, spans, index, low_end)
        return ([(r0, r1)] if r1 > r0 else []) + [(trim_head(text, *named[0]), named[0][1])] + named[1:]
    if q.kind in ("amount", "duration"):
        r0, r1 = _right(text, q, spans, index, low_end)
        if left and left[-1][1] == q.start and text[q.start - 1] in quote_pairs():
            # 实现“零伤亡”: the quote opens the thing counted, no part of what is before
            left[-1] = (left[-1][0], q.start - 1)
            left = [(a, b) for a, b in left if b > a]
        if r1 > r0 and not _TO_A_TIME.match(text, r0):  # (自2014年度318亿元至2018年度405亿元: no counted noun)
            if left and index > 0 and left[0][0] == spans[index - 1][1]:
                return [(r0, r1)]  # 18个市场和安置区、15个写字楼: the clause before is the last count's noun
            if left and text[left[-1][1] - 1 : left[-1][1]] == LIST_JOIN and left[-1][1] == q.start:
                return [(r0, r1)]  # 涉及4个方面、29个单位: the item before 、 is another of the list
            return _after_last_verb(text, left) + [(r0, r1)]
        if r1 <= r0 and neighbours and _after_a_counts_noun(text, neighbours, spans, index):
            return []  # 全村共有15个村民小组、620户: the households are not the groups' (the caller finds whose)
    untrimmed = left[0] if len(left) == 1 else None
    if left:
        left[0] = (trim_head(text, *left[0]), left[0][1])
        left[-1] = (left[-1][0], trim_tail(text, *left[-1]))
        if len(left) > 1 and _words()[1].ending_at(text, left[-1][1]) == text[left[-1][0] : left[-1][1]]:
            left.pop()  # 的县(市、区)达50个: a closing word alone after a bracket is no part of the name
        if text[left[-1][1] - 1] in _TRAILING_YEAR_LAST and (m := _TRAILING_YEAR.search(text, *left[-1])) \
                and (m.group()[0].isdigit() or m.start() > left[-1][0] and not is_base(text, left[-1][0])):
            # 增长到2020年61.95亿元, 粮食产量2023年达到100万吨, 下降到今年的5件: the year is a time, no part of a
            # name (a base named by its period keeps it: 较上年同期99895万元)
            left[-1] = (left[-1][0], trim_tail(text, left[-1][0], m.start()))
        left = [(a, b) for a, b in left if b > a]
        if left and q.kind == "amount" and left[0][1] - left[0][0] > 1 and (frame := _frame_words().starting_at(text, left[0][0])) \
                and _held_by_frame(text, q, spans, index):
            left[0] = (left[0][0] + len(frame), left[0][1])  # 占计划5.2万亩的63.5%: the plan, not the frame's verb
    if left and text[left[0][0]] in _bases()[2] and is_base(text, left[0][0]):
        rate = _rate_nouns().ending_at(text, left[-1][1])
        if rate and left[-1][1] == q.start and (q.kind == "rank" or (q.kind == "change" and q.start < q.number_start)):
            # 比一季度降幅收窄了0.4个百分点: the rate right before the change's cue is what is compared
            # (高于全省平均增速0.73个百分点: there the rate is the base's own); 同比增速位居首位: what is ranked
            return [(left[-1][1] - len(rate), left[-1][1])]
        if left[-1][1] == q.start and (named := _named_after_base(text, left[0][0], q)):
            return [named]
        return []  # 比上年增加3.18万亩, 较1-5月上升1位: a comparison base names nothing
    if (
        len(left) == 1 and index > 0 and left[0][0] == spans[index - 1][1] and neighbours
        and (unit := lexicon().units.get(text[left[0][0] : left[0][1]])) is not None and unit.dimension != "people"
    ):  # 6个批次215亩: 批次 is the run's measure word, the area measures what the run does (60岁以上人口已达
        # 2.5亿: people are what is counted)
        prev_left = _left(text, neighbours[index - 1], spans, index - 1)
        return _after_last_verb(text, prev_left) or prev_left
    if q.kind == "change" and left:
        a, b = left[-1]
        m = _last_base_char().match(text, a + 1, b)
        cut = m.start(1) if m else -1
        if cut > a and is_base(text, cut) and text[a:b] not in _lone_words():
            left[-1] = (a, trim_tail(text, a, cut))  # 增速较1-5月上升1位: the base is no part of the name
            left = [(x, y) for x, y in left if y > x]
    word = text[left[0][0] : left[0][1]] if len(left) == 1 else ""
    lone_word = len(left) == 1 and (
        word in _lone_words()
        or _ONLY_A_TIME.fullmatch(text, *left[0]) is not None  # 其中,10月当月增长5.6%: a time names nothing
        or (untrimmed is not None and text[untrimmed[0] : untrimmed[1]] in _lone_words())  # 两年平均: a period
        or not any(map(str.isalpha, word))  # 2021-2024年年均增长: a range's residue
    )
    if left and not lone_word:
        return left
    k = index + 1
    if k < len(spans) and spans[k][0] == q.end and neighbours:  # 2500余名60周岁以上老年人: the run's noun
        r0, r1 = _right(text, neighbours[k], spans, k)
        if r1 > r0:
            return [(r0, r1)]
    if lone_word and word in _scope_words() and q.kind == "amount" and _ends_a_census(text, q.end, spans, index) \
            and (unit := lexicon().units.get(q.unit)) is not None and unit.dimension in ("people", "households"):
        # 全县不足6000人拥有…: the county's people (全县增长5%: the county names no measure; 全镇3人被评为…: the
        # people a deed counts; 全镇44名(共46名)人大代表: the noun after the remark)
        return left
    if lone_word and word in _naming_words():
        if index > 0 and neighbours and neighbours[index - 1].unit == q.unit and _counts_things(q.unit) \
                and not _SENTENCE_BREAK.search(text, spans[index - 1][1], q.start) \
                and (right := _right(text, neighbours[index - 1], spans, index - 1))[1] > right[0]:
            # 计划新增7条公交线路,现已新增20条: the result counts the noun the plan's count named after it
            # (计划投资44.62亿元,完成投资6.50亿元, 在10-500万元项目中,完成投资14292万元: not money, whose
            # name stands before it)
            return []
        return left  # 投资500万元: the investment
    if not left and text[q.end : q.end + 2].lstrip(" ")[:1] == "|" and (
            not q.unit or text[max(0, q.start - 2) : q.start].rstrip(" ")[-1:] == "|"):
        # (| 度量衡之检定 | $ 120,000.00 |: a figure with its unit alone in its cell too)
        label = _row_label(text, q.start)
        if label:
            return [label]
    return []  # 其中3人, 增长为8亿元: the caller may take the subject of the fact before


CLAUSE_OPENERS = ",，;；:：。！？!?\n"  # what a clause starts after


@lru_cache(maxsize=1)
def _governs_only_named() -> frozenset[str]:
    """Words of governing that govern only where their clause names the place (subject_trim.tsv: names = named)."""
    return frozenset(r["word"] for r in load_table("subject_trim") if r["side"] == "governs" and r["names"] == "named")


def governing_place(text: str, count_start: int, sentence_start: int) -> tuple[int, int] | None:
    """Where a count follows a word of governing (辖12个村民小组), the span naming the place that governs:
    the words before that word in its clause (全村辖…), or else the sentence's opening run before a verb
    that locates it (下龙村属我县…,辖…); ``(a, a)`` where neither names one; None for any other count."""
    word = next((w for w in _side_words("governs") if text.endswith(w, sentence_start, count_start)), None)
    if word is None:
        return None
    at = count_start - len(word)
    opening = max(max(text.rfind(c, sentence_start, at) for c in CLAUSE_OPENERS) + 1, sentence_start)
    if at - (a := trim_head(text, opening, at)) >= 2:
        return a, at
    if word in _governs_only_named():
        return None  # 辖12个村,共612户2325人: 共 with nothing before it in its clause governs nothing
    # the clause before: 下龙村属我县七个极贫村之一,辖…
    before = max(text.rfind(c, sentence_start, opening - 1) for c in CLAUSE_OPENERS) + 1
    verb = min((i for w in _side_words("locates") if (i := text.find(w, max(before, sentence_start), opening)) >= 0),
               default=-1)
    if verb < 0:
        # 全村42平方公里,耕地面积2256亩,共有5个村民小组: the place taken whole that opens the sentence
        scope = next((w for w in _side_words("scope") if text.startswith(w, sentence_start)), None)
        return (sentence_start, sentence_start + len(scope)) if scope else (at, at)
    a = verb
    while a > max(before, sentence_start, verb - MAX_LEFT) and "\u4e00" <= text[a - 1] <= "\u9fff":
        a -= 1  # (一)下龙村…, 街头镇 【概况】 街头镇总面积: the name after a marker or a label
    return (a, verb) if verb - a >= 2 else (at, at)


def _counts_things(unit: str) -> bool:
    """A unit that counts or measures things (个, 条, 亩), not money (元)."""
    known = lexicon().units.get(unit)  # the unit's spelling is one of its surfaces (元, 亩, 个)
    return bool(unit) and (known is None or known.dimension != "money")


MAX_ALIAS = 16
_SENTENCE_BREAK = re.compile(r"[。;；!！?？\n]")
_ALIAS_BEFORE = re.compile(r"\(([\u4e00-\u9fff]{3,%d})\)(?:为|是|达到|达)$" % MAX_ALIAS)
_ALIAS_LAST = frozenset("为是到达\n")  # the last characters of the words after such a bracket ($ also matches before a line end)
_ITEM_BEFORE_YEAR = re.compile(r"\d{1,2}[.、](?=(?:19|20)\d{2}年)")  # 1.2024年我镇…: a list's number glued to a year
_LEADING_YEAR = re.compile(r"(?:19|20)\d{2}年(?:底|末|初|以来)?(?!度)")
# 2023年底; 103年度, a ROC year; a year named relatively (由去年同期的39件下降到今年的5件: 今年, 去年同期)
_TRAILING_YEAR = re.compile(r"(?:(?<![\d.])(?:(?:19|20)\d{2}|1[0-4]\d)年|(?<![一二三四五六七八九十两])[今去上本当明]年)"
                            r"(?:度|底|末|初|同期)?$")
_TRAILING_YEAR_LAST = frozenset("年度底末初期\n")  # what the window of a match ends with ($ also matches before a line end)
MAX_CELLS_BACK = 8  # cells of a flattened table looked back over for a row's label
MAX_CELL = 40
MAX_REMARKED_CELL = 240  # a label's cell with a long remark in brackets (a disclosure report's template rows)
_CELL_REMARK = re.compile(r"[(（][^|]*[)）]\s*$")  # the remark closing such a cell


def _row_label(text: str, pos: int) -> tuple[int, int] | None:
    """社会从业人员 | 人 | 21675 |: the figure of a table flattened into cells measures what the
    row's label names, the nearest cell before it that holds words (not a number, not a unit)."""
    units = lexicon().units
    end = text.rfind("|", max(0, pos - MAX_CELL), pos)
    for _ in range(MAX_CELLS_BACK):
        if end < 0:
            return None
        start = text.rfind("|", max(0, end - MAX_CELL), end) + 1
        if start == 0 and end - MAX_CELL > 0:
            longer = text.rfind("|", max(0, end - MAX_REMARKED_CELL), end) + 1
            remark = _CELL_REMARK.search(text, longer, end) if longer else None
            if remark is None or remark.start() - longer > MAX_CELL:
                return None  # a cell longer than a label: prose, not a table
            start, end = longer, remark.start()  # 规范性文件(行政机关制定发布的决定…) |: the label before its remark
        a, b = start, end
        while a < b and text[a] in " \n#>":  # (a quoted row: > 全省国土面积 | 16.7万平方公里 |)
            a += 1
        while b > a and text[b - 1] in " \n":
            b -= 1
        marker = _list_marker().match(text, a, b)
        if marker and marker.end() < b:
            a = marker.end()  # 二、衣着 | -0.4 |: the row's number in the outline is no part of its name
        if (remark := _CELL_REMARK.search(text, a, b)) and remark.start() - a >= 2:
            b = remark.start()  # 规章(设区的市…应提供相关数据): the label, its remark aside
        cell = text[a:b]
        if cell and any(is_cjk(c) for c in cell) and cell not in units and cell.lstrip(_MAGNITUDES) not in units \
                and not _NUMBER_CELL.match(cell):  # (亿元 |: a column's unit, no label)
            return a, b
        end = start - 1
    return None


# What separates the figures of a list (5%、6%和7%) and the items named before 分别.
_FIGURE_JOINS = frozenset("、,，和及与")
# a figure inside what would be an item (3家企业): no item of a list; a numeral inside a word (零售业, 万达) is
_FIGURE_IN_ITEM = re.compile(r"\d|[零一二两三四五六七八九十百千万亿]{2,}")
_ITEM_JOINS = re.compile("[、和及与]")
_CLAUSE_COMMAS = re.compile("[,，]")
_AMOUNT_JOINS = re.compile("[,，、]")
_LIST_STOPS = "。！？!?；;：:\n"
_LAST_LIST_STOP = re.compile("(?s:.*)[" + re.escape(_LIST_STOPS) + "]")  # matched from a window's start
MAX_ITEMS_SPAN = 80  # characters before 分别 that a list of items may take
RESPECTIVE_REACH = 12  # characters from 分别 to its first figure, a frame between (分别是2011年的1.65倍)
MAX_ITEM = 20  # characters of one item, when the items are separated by commas
SHARED_HEAD = 3  # the first of two items this short before a longer one is a modifier of its noun (城镇、农村居民…)


@lru_cache(maxsize=1)
def _respective() -> tuple[str, ...]:
    return _side_words("respective")


def respective_items(
    text: str, quantities: list["Quantity"], lo: int = 0, hi: int | None = None,
) -> dict[int, list[tuple[int, int]]]:
    """Subjects of the figures of a list that 分别 gives to the items named before it, by index:
    ``医疗器械、钢构网架、文化用品等行业产值分别增长7.9%、15.7%、19.9%`` gives 7.9% 医疗器械 … and
    ``城镇和农村居民人均可支配收入分别达34525元、18352元,分别增长8.5%、9%`` gives each rate the item
    of the amount before it. Only where the number of items is that of the figures. The
    quantities lie in ``text[lo:hi]`` (a stretch of a long text), and only it is searched."""
    found: dict[int, list[tuple[int, int]]] = {}
    marks = []
    hi = len(text) if hi is None else hi
    for w in _respective():  # where 分别 stands: found by the string search, not looked for at each figure
        k = text.find(w, lo, hi)
        while k >= 0:
            marks.append((k, k + len(w)))
            k = text.find(w, k + 1, hi)
    if not marks or len(quantities) < 2:
        return found
    marks.sort()
    number_starts = [q.number_start for q in quantities]
    last_items: list[tuple[int, int]] = []
    last_stop, done, n = -1, -1, len(quantities)
    spans: list[tuple[int, int]] | None = None
    for at, at_end in marks:
        i = bisect.bisect_left(number_starts, at_end)
        if i >= n or i <= done or quantities[i].start - RESPECTIVE_REACH > at or (
            quantities[i].start - 6 > at and any(c in _LIST_STOPS or c in ",，" for c in text[at : quantities[i].start])
        ):
            continue  # no figure right after it (分别为…作了部署); 分别是2011年的1.65倍 reaches over its frame
        members = [i]
        while members[-1] + 1 < n:
            last, following = quantities[members[-1]], quantities[members[-1] + 1]
            between = text[last.end : following.start].strip(" \n")
            if following.start - last.end > 3 or (between not in _FIGURE_JOINS and not (
                    not between and following.start == last.end and text[last.end - 1 : last.end] in "%‰")):
                break  # (-6.1%2.0%-0.3%: a list that lost its 、 goes on)
            members.append(members[-1] + 1)
        done = members[-1]
        if len(members) < 2:
            continue
        lo = max(0, at - MAX_ITEMS_SPAN)
        m = _LAST_LIST_STOP.match(text, lo, at)
        start = m.end() if m else lo
        if i > 0 and quantities[i - 1].end > start:
            start = quantities[i - 1].end
        items = _items(text, start, at, len(members))
        if items is None and last_items and len(last_items) == len(members) and start <= last_stop:
            items = last_items  # ,分别增长8.5%、9%: the items of the amounts before, in one sentence
        if items is None and not last_items:
            earlier = _amounts_before(text, quantities, i, len(members), at)
            if earlier is not None:  # 生产总值12.7亿元,投资7.1亿元,财政收入2.2亿元,同比分别增长3.1%、1.2%、0.8%
                if spans is None:  # made once, where first needed
                    spans = [(q.start, q.end) for q in quantities]
                for k, j in zip(members, earlier):
                    found[k] = subject_spans(text, quantities[j], quantities, spans, j)
                continue
        if items is None:
            items = _listed_opening(text, m.end() if m else lo, at, len(members))
        if items is not None:
            la, lb = items[-1]
            for k, (a, b) in zip(members, items):
                # 城镇、农村常住居民人均可支配收入: a short item shares the noun of the last one
                short = len(items) == 2 and b - a <= SHARED_HEAD and lb - la > b - a + 1
                found[k] = [(a, b), (la + (b - a), lb)] if short and (a, b) != (la, lb) else [(a, b)]
            last_items, last_stop = items, quantities[members[-1]].end
    return found


def _amounts_before(text: str, quantities: list["Quantity"], i: int, count: int, at: int) -> list[int] | None:
    """The indices of the ``count`` amounts right before figure ``i`` when they, and nothing else,
    stand between the last stop of the sentence and 分别 at ``at``, each in a clause of its own
    (生产总值12.7亿元,固定资产投资7.1亿元,财政总收入2.2亿元,同比分别增长…): the figures after
    分别 measure them in order. ``None`` otherwise."""
    if i < count:
        return None
    first = i - count
    m = _LAST_LIST_STOP.match(text, max(0, quantities[first].start - MAX_ITEMS_SPAN), quantities[first].start)
    stop = m.end() if m else 0
    if first > 0 and quantities[first - 1].end > stop:
        return None  # more figures in the stretch than 分别 lists
    if _LAST_LIST_STOP.match(text, quantities[first].start, at) is not None:
        return None  # a stop between the amounts and 分别
    chosen = quantities[first:i]
    if any(q.kind != "amount" for q in chosen):
        return None
    if len({q.unit for q in chosen}) != 1 and (quantities[i].kind != "change" or not all(q.unit for q in chosen)):
        # amounts of different units take changes in turn (接待游客4213.72万人次,实现旅游综合收入233.97亿元,分别增长8.08%
        # 和15.45%), not shares, which measure a frame (…,分别完成年度目标任务的81.73%、111.13%)
        return None
    for a, b in zip(chosen, chosen[1:]):
        if not _AMOUNT_JOINS.search(text, a.end, b.start) or b.start - a.end < 3:
            return None  # 5亿元、6亿元: a list of one clause names its items before 分别 or not at all
    return list(range(first, i))


def _items(text: str, start: int, end: int, count: int) -> list[tuple[int, int]] | None:
    """``count`` items named in ``text[start:end]``: split by 、/和 in the last clause, else the last
    ``count`` short clauses (农副食品加工业,金属制品业,…,专用设备制造业增加值)."""
    end = _before_bases(text, start, end)  # …增加值同比分别增长: the base before 分别 names no item
    clause = text[start:end]
    comma = max(clause.rfind(","), clause.rfind("，"))
    tail = start + comma + 1
    spans, pos = [], tail
    for m in _ITEM_JOINS.finditer(text, tail, end):
        spans.append((pos, m.start()))
        pos = m.end()
    spans.append((pos, end))
    if len(spans) > count:  # 交通运输仓储和邮政业、批发和零售业: 和 inside the items' names, 、 between them
        spans, pos = [], tail
        for k in range(tail, end):
            if text[k] == "、":
                spans.append((pos, k))
                pos = k + 1
        spans.append((pos, end))
    if any(is_base(text, k) for k in range(tail, end) if text[k] in _bases()[2]):
        return None  # 增速较一季度和1-5月分别提高…, 比全国、全市分别高…: the items are bases, not names
    if 1 < len(spans) == count and all(b > a and names_a_time(text, a, b) for a, b in spans[:-1]):
        noun = _after_time(text, *spans[-1])  # 一季度、上半年、全年全市GDP分别增长…: periods, then what they measure
        if noun is not None:
            return [noun] * count
    if len(spans) == count and all(b > a for a, b in spans):
        items = [_trimmed(text, a, b) for a, b in spans]
        # (肉、奶产量: the first of two items, of one character, shares the head noun of the longer last one)
        return items if all((b - a >= 2 or (len(items) == 2 and k == 0 and items[-1][1] - items[-1][0] > 2))
                            and not _FIGURE_IN_ITEM.search(text, a, b) for k, (a, b) in enumerate(items)) else None
    if comma < 0:
        return None
    if len(spans) == 1 and (tail == end or _rate_nouns().ending_at(text, end) == text[tail:end]):
        listed = _listed_before(text, start, start + comma, count)
        if listed is not None:  # 5个行业是A、B、C、D、E,增速分别为…: the rates of the items listed before
            return listed
    pieces, pos = [], start
    for m in _CLAUSE_COMMAS.finditer(text, start, end):
        pieces.append((pos, m.start()))
        pos = m.end()
    pieces.append((pos, end))
    pieces = pieces[-count:]
    if len(pieces) < count or any(not (0 < b - a <= MAX_ITEM) or _FIGURE_IN_ITEM.search(text, a, b) for a, b in pieces):
        return None
    items = [_trimmed(text, a, b) for a, b in pieces]
    return items if all(b - a >= 2 for a, b in items) else None


def _after_time(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The name after the time that opens ``text[start:end]`` (全年全市GDP → GDP, 1-6月规上工业增加值 →
    规上工业增加值), or None where no time opens it or nothing of two characters follows."""
    time_end = max((k for k in range(start + 1, end) if _period_ends().ending_at(text, k)), default=None)
    if time_end is None:
        return None
    a, b = _trimmed(text, time_end, end)
    return (a, b) if b - a >= 2 and not _NUMBERISH.search(text, a, b) else None


def _listed_before(text: str, start: int, end: int, count: int) -> list[tuple[int, int]] | None:
    """``count`` items the clause ``text[start:end]`` lists with 、 after what introduces them
    (最有力的5个行业是A、B、C, 主要有A、B和C): the names of each, or None."""
    # The pieces are contiguous up to ``end``: joined again, they give each piece's place.
    comma = max(text.rfind(",", start, end), text.rfind("，", start, end))
    a = comma + 1 if comma >= 0 else start
    pieces = text[a:end].split("、")
    if len(pieces) == count - 1 and "和" in pieces[-1]:  # A、B和C: the last join is 和
        last = pieces.pop()
        k = last.rfind("和")
        pieces += [last[:k], last[k + 1 :]]
    if len(pieces) != count:
        return None
    opener = _LIST_OPENER.search(pieces[0])
    pieces[0] = pieces[0][opener.end() :] if opener else pieces[0]
    items, pos = [], end - len("、".join(pieces))
    for piece in pieces:
        items.append(_trimmed(text, pos, pos + len(piece)))
        pos += len(piece) + 1
    if any(b - a < 2 or b - a > MAX_ITEM or _NUMBERISH.search(text, a, b) for a, b in items):
        return None
    return items


def _before_bases(text: str, start: int, end: int) -> int:
    """Where ``text[start:end]`` ends without the comparison bases at its end (同比, 比上年)."""
    bases = lexicon().change_bases
    while end > start and (w := bases.ending_at(text, end)):
        end -= len(w)
    return end


def _listed_opening(text: str, start: int, at: int, count: int) -> list[tuple[int, int]] | None:
    """``count`` items that open the sentence at ``start``, listed with 、, when 分别 (at ``at``) opens
    a clause of its own after them: 黔南、铜仁、六盘水、黔西南位于1000亿元至1500亿元之间,分别为…;
    遵义、黔西南、安顺地区生产总值比上年同期保持两位数增长,分别增长…. The last item runs up to its
    verb, its base or its first figure (安顺地区生产总值, the noun the items share). None otherwise."""
    k = _before_bases(text, start, at)  # ,同比分别增长
    if text[k - 1 : k] not in ",，":
        return None
    pos = start
    while pos < k and text[pos] in " \n":
        pos += 1
    items = []
    for _ in range(count - 1):
        j = text.find("、", pos, min(k, pos + MAX_ITEM + 1))
        if j < 0 or not all(is_cjk(ch) for ch in text[pos:j]):
            return None
        items.append((pos, j))
        pos = j + 1
    end = pos
    while end < k and end - pos < MAX_ITEM and is_cjk(text[end]) \
            and not (end - pos >= 2 and text[end] in _bases()[2] and is_base(text, end)):
        end += 1
    if text[end : end + 1] == "、":
        return None  # more items than figures
    if verb := _right_end()[0].search(text, pos + 2, end):
        end = verb.start()  # 黔西南位于…
    elif end >= k or not is_cjk(text[end]):
        return None  # the items name no subject of a predicate (…等重点项目70个,完成投资…,分别增长: the figures are)
    items.append((pos, end))
    if any(b - a < 2 for a, b in items):
        return None  # (a numeral inside a name is kept: 六盘水, 三明)
    return [_trimmed(text, a, b) for a, b in items]


_LIST_OPENER = re.compile(r".*(?:是|为|:|：|包括|主要有)")  # what a list's first item follows (not 最有力的)


def _trimmed(text: str, a: int, b: int) -> tuple[int, int]:
    a = trim_head(text, a, b)
    return a, trim_tail(text, a, b)
