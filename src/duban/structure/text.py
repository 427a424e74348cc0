"""Small helpers the structure modules share: lines of the normalised view, numerals, tables."""

from __future__ import annotations

import re
from collections import deque
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from duban.clean.lines import LineOffsets
from duban.clean.normalise import half_width, to_simplified
from duban.lang import load_table

CJK_RUN = re.compile(r"[\u3400-\u9fff]+")
YEAR = re.compile(r"(?:19|20)\d{2}")  # a year written in digits (compiled once: read in every heading)
_NEWLINE = re.compile("\n")
SENTENCE_END = "。！？；!?;"
PUNCT = SENTENCE_END + ",，、:：。"
PUNCT_SET = frozenset(PUNCT)  # (a line holds one of them: not PUNCT_SET.isdisjoint(line))

_CN_DIGITS = {ch: i for i, ch in enumerate("〇一二三四五六七八九")}
_CN_DIGITS.update({"零": 0, "○": 0, "两": 2})
_CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"


@dataclass(slots=True)
class NormLine:
    start: int  # offsets into doc.norm
    end: int
    text: str


@dataclass(slots=True)
class Heading:
    """A numbered (or part) heading the outline found in the normalised view."""

    type: str  # marker type from section_markers.tsv, "" for an unnumbered part heading
    n: int  # the ordinal (一 → 1)
    start: int  # offsets into doc.norm: marker start …
    marker_end: int
    title_start: int
    title_end: int  # … title end
    inline: bool = False  # starts inside a line, after a sentence end (…。二是…)
    level: int = 0


_last_lines: tuple[str, list[NormLine]] | None = None
KEEP_LINES_CHARS = 1 << 20


class LongTextLines(LineOffsets[NormLine]):
    """The lines of a very long text as ``str.split("\\n")`` draws them, each `NormLine` made when
    asked for (offsets only are kept)."""

    __slots__ = ()

    def __init__(self, text: str):
        super().__init__(text, _NEWLINE, keep_last=True)

    def line(self, start: int, end: int, stop: int) -> NormLine:
        return NormLine(start, end, self.text[start:end])


def norm_lines(norm: str) -> Sequence[NormLine]:
    """The lines of ``norm`` with their offsets. The structure stage asks for them several times
    over: the last text's lines are kept and given again (shared: read them, do not change them).
    A very long text's are made one at a time as they are read (`LongTextLines`), and not kept."""
    global _last_lines
    last = _last_lines  # (read once: another thread may replace it)
    if last is not None and last[0] is norm:
        return last[1]
    if len(norm) > KEEP_LINES_CHARS:
        _last_lines = None
        return LongTextLines(norm)
    out, pos = [], 0
    for text in norm.split("\n"):
        out.append(NormLine(pos, pos + len(text), text))
        pos += len(text) + 1
    _last_lines = (norm, out)
    return out


def ordinal(text: str) -> int | None:
    """一 → 1, 十二 → 12, 二十 → 20, 3 → 3, ③ → 3."""
    if text.isdecimal():  # not isdigit: ① is a digit to Python but not a decimal int() reads
        return int(text)
    if len(text) == 1 and text in _CIRCLED:
        return _CIRCLED.index(text) + 1
    if "十" in text:
        tens, _, ones = text.partition("十")
        t = _CN_DIGITS.get(tens, 1) if tens else 1
        o = _CN_DIGITS.get(ones, 0) if ones else 0
        return t * 10 + o
    if len(text) == 1 and text in _CN_DIGITS:
        return _CN_DIGITS[text]
    return None


SESSION_MONTHS = 3  # the sessions that hear a year's reports sit in January–March


def planned_year(year: int, month: int) -> int:
    """The year a report given or dated in ``month`` of ``year`` plans: its own in January–March
    (a session's report reviews the year before), the next one later in the year."""
    return year if month <= SESSION_MONTHS else year + 1


def cn_year(text: str) -> str:
    """二〇二五 → 2025 (digit by digit, as years are written)."""
    return "".join(str(_CN_DIGITS[ch]) if ch in _CN_DIGITS else "0" if ch == "O" else ch for ch in text)


def search_before(pattern: re.Pattern[str], anchor: re.Pattern[str], reach: int, text: str) -> re.Match[str] | None:
    """``pattern.search(text)`` for a pattern each match of which ends in a match of ``anchor`` that
    starts at most ``reach`` characters after the match does: the pattern is tried only at those
    positions before each place the anchor matches. (A pattern that opens with a lazy run of
    characters, ``([\u3400-\u9fff]{2,30}?)…第…届人民代表大会``, is otherwise tried, and backtracks, at
    every position of the text.) ``pattern`` must look at nothing before where it starts."""
    tried = 0  # the positions below this have been tried
    at = anchor.search(text)
    while at is not None:
        for p in range(max(tried, at.start() - reach), at.start() + 1):
            if m := pattern.match(text, p):
                return m
        tried = at.start() + 1
        at = anchor.search(text, tried)
    return None


@lru_cache(maxsize=None)
def compiled(table: str, column: str = "pattern") -> tuple[tuple[dict[str, str], re.Pattern[str]], ...]:
    """The rows of a table with their ``column`` compiled as a regular expression."""
    return tuple((row, re.compile(row[column])) for row in load_table(table))


# (the 一 first, the look-behind after it: the engine then looks for 一 alone, not at every position)
ROC_DIGITS = re.compile(r"(一(?<![〇○零一二三四五六七八九十百千0-9O]一)[〇○零0O一][〇○零0O一二三四五六七八九])(?=年)")
ROC_YEAR = re.compile(r"民[国國]\s*([0-9]{1,3}|[〇○零一二三四五六七八九十百]{1,6})\s*年")
ROC_OFFSET = 1911  # 民國1年 = 1912


def _cn_number(text: str) -> int | None:
    """一百一十三 → 113, 九十九 → 99, 一一三 → 113 (digit by digit)."""
    if text.isdecimal():
        return int(text)
    if "百" not in text and "十" not in text:
        digits = cn_year(text)
        return int(digits) if digits.isdecimal() else None
    hundreds, _, rest = text.partition("百") if "百" in text else ("", "", text)
    h = (_CN_DIGITS.get(hundreds, 1) if hundreds else 1) * 100 if "百" in text else 0
    rest = rest.lstrip("零〇○")
    return h + (ordinal(rest) or 0 if rest else 0)


def gregorian(text: str) -> str:
    """ROC years as Gregorian ones: 民國113年 → 2024年, 民国一百一十三年 → 2024年."""
    def year(m: re.Match[str]) -> str:
        n = _cn_number(m.group(1))
        return f"{n + ROC_OFFSET}年" if n else m.group()

    if "民" in text:
        text = ROC_YEAR.sub(year, text)
    if "一" in text:  # 一一四年施政成果報告: a ROC year written a digit at a time (a Gregorian one has four)
        text = ROC_DIGITS.sub(lambda m: f"{int(cn_year(m.group(1))) + ROC_OFFSET}", text)  # 一O七年: typed noughts
    return text


_converted: deque[tuple[str, str]] = deque(maxlen=4)  # (text, its script made simplified) of the last openings
CONVERTED_MIN = 500  # characters of a text kept in `_converted` (an opening, not a title or a field's value)


def _simplified_script(text: str) -> str:
    """``to_simplified(half_width(text))``. The structure stage reads a report's opening at several
    lengths (its first 2,500 characters, then 3,000, 1,500 …): the whole lines that a text shares
    with one converted shortly before are taken from that one's conversion. Both steps keep every
    character in place and convert a text as they convert its lines one by one (OpenCC's words hold
    no line break), so the lines convert alike whatever follows them."""
    cut, done = 0, ""  # text[:cut] is converted already: done
    for seen, out in list(_converted):  # (a copy: another thread may add to it)
        if text.startswith(seen):  # a longer opening: the lines of the shorter one, then the rest
            cut = seen.rfind("\n") + 1
        elif seen.startswith(text):  # a shorter one: its whole lines, then its last line
            cut = text.rfind("\n") + 1
        else:
            continue
        done = out[:cut]
        break
    converted = done + to_simplified(half_width(text[cut:]))
    if len(text) >= CONVERTED_MIN:
        _converted.append((text, converted))
    return converted


PINYIN = re.compile(r"\([a-zA-Zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,7}\)")  # 報(bào)告: reprints gloss characters
# 二〇二五年; 二00五年, 二OO五年 as a page typed its noughts (a Chinese numeral first: 2005年 is read as it is):
# the 年 after such a year, its four characters behind (the engine looks for 年 at once; 一 and 二 stand
# everywhere). Two never overlap: a 年 is none of those characters.
CN_YEAR_END = re.compile(r"年(?<=[一二][〇○零一二三四五六七八九0O]{3}年)")


@lru_cache(maxsize=256)
def simplified(text: str) -> str:
    """Simplified, half-width, readings glossed in brackets left out, years in digits
    (二〇二四年 → 2024年, 民國113年 → 2024年). Remembered: the structure stage asks for the same
    title and opening of a report many times over."""
    text = gregorian(_simplified_script(text))
    if "(" in text:
        text = PINYIN.sub("", text)
    return _digit_years(text)


def _digit_years(text: str) -> str:
    """``text`` with each year written in Chinese numerals before its 年 in digits (二〇二四年 → 2024年)."""
    out, pos = [], 0
    for m in CN_YEAR_END.finditer(text):
        year = m.start() - 4
        out += (text[pos:year], cn_year(text[year : m.start()]))
        pos = m.start()
    if not out:
        return text
    out.append(text[pos:])
    return "".join(out)
