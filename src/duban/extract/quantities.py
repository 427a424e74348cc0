"""Quantity facts: every number in a report that measures something, grounded in the original.

How it works (the contract is ``docs/spec/quantities.md``):

1. **Tokenise numbers** in the normalised view with one linear regex: Arabic numbers
   (``1,200``, ``29.74``), runs of Chinese numeral characters (``二十``, ``千万``), ``百分之…``
   and change idioms (``翻一番``). No pattern fixes a digit count.
2. **Read around each number** with table lookups (``lang/zh/``): a qualifier before it
   (近, 约, 超 …), 余/多 and magnitude words after it (``2000余万``), the longest unit
   (``批次`` before ``批``), a qualifier after the unit (以上, 左右 …), a change cue before it
   (``同比增长``), or a ranking context (``全县第二``).
3. **Reject what is not a quantity**: dates (``2024年``), ordinals (``第三批``), numbers in
   short quoted slogans (``“1412”``), fixed terms (``八项规定``), context words
   (``90后``, ``五大工程``), 一/二 before a measure word (an article or an ordinal).
4. **Ground** each fact by mapping its span in the normalised view back to the original
   text, so ``original[start:end] == text`` always holds.

Every step is bounded and linear in the length of the text: no nested quantifiers, and a
number token longer than a limit is skipped, not parsed.
"""

from __future__ import annotations

import bisect
import re
from decimal import Decimal
from dataclasses import dataclass
from typing import ClassVar, Iterator
from functools import lru_cache
from itertools import islice

from duban.clean.cell_tables import figure_alone, numbered_tables, year_only
from duban.document import Document, Fact
from duban.extract.lexicon import Lexicon, Unit, lexicon, quote_pairs
from duban.lang.words import Words, is_cjk, open_bracket_before, with_first_chars
from duban.extract.numerals import (
    digits_read_one_by_one, is_bare_magnitude, numeral_chars, numerals, parse_chinese, read_digit_by_digit,
    starts_with_magnitude,
)
from duban.lang import load_table

# Tokens longer than these are identifiers or noise, not quantities (and are never parsed).
MAX_ARABIC_DIGITS = 15
LONG_NUMERAL = 3  # characters of a numeral (二百三十, 五百多) that no name holds before a measure word
GROUP_MAGNITUDE = 10_000  # 万: it and 亿 close a group of four digits; 十, 百, 千 stand inside one
MAX_CHINESE_NUMERAL = 24  # 玖仟玖佰玖拾玖亿玖仟玖佰玖拾玖万玖仟玖佰玖拾玖: a formal amount in full
# A number with neither unit nor magnitude is kept (unit "") only when it is this short.
MAX_BARE_DIGITS = 3
RESPECTIVE_REACH = 40  # characters of a list of bare figures between its opening word (分别为) and a figure
_LIST_FIGURE = frozenset("0123456789,")  # a bare figure of a list, written with a thousands comma or not
_LIST_JOINERS = frozenset("、及和与 ")  # what stands between a list's figures
_THOUSANDS = re.compile(r",\d{3}(?!\d)")  # a comma that groups thousands (11,816)
# A magnitude word standing alone (千名党员) counts; from 万 up it needs a qualifier with it
# (超万人, 上亿元, 亿元以上): alone it is a name (万元户) or a template's blank (XX亿元).
BARE_MAGNITUDE_NEEDS_QUALIFIER = 10_000
# How far a quotation mark may stand from a number for the number to count as quoted.
QUOTE_WINDOW = 12
QUOTE_WINDOW_NUMERALS = 24  # … and for a number written in numerals (一, 两, 三 …)

Number = float | Decimal  # a value read: Decimal where digits were written, float where computed

_JOINS = frozenset("和与及、")
# A range's mark: its lower end shares the unit written after the upper (缩短3~5年, 增长3-5个百分点,
# 新增3至5家: two facts, 3 and 5年), and a dash after a figure is no minus sign (增长6%-6.5%).
_RANGE_MARKS = frozenset("-~至到—–")
ROW_NUMBER = "row number"  # what a numbered table's first column holds (QuantityScanner._numbered_cell)
_RANGE_LOW_ENDS = "-~至—–"  # after a range's low end (18至60岁, 18—60岁), a mark that otherwise names a period (1至9月)
_RANGE_DATE_UNITS = frozenset(("月", "日", "号", "月份", "时", "点"))  # 1-9月, 3-5日: a period or a date, no range
# 和/与/及/、 or a range's mark, then a number, with the spaces or one line break a PDF text puts around them;
# a dash with a space before it and none after is the next figure's minus sign (a row's 52.89 -18.0)
_NEXT_JOINED = re.compile(r" *\n? *(?:[和与及、~至到—–]|(?<![ \n])-|(?<=[ \n])- ) *\n? *(\d+(?:\.\d+)?)(?: *\n)? *")
MAX_SHARED = 6  # numbers of a list that one unit written after the last may serve
MAX_GAP = 8  # spaces around a line break inside a quantity
_HAS_DIGIT = re.compile(r"\d")
_RUN_ON = "连续"  # 连续第5年: the years on end
_NEXT_RANK = re.compile(r"(?:第[\d一二三四五六七八九十]{1,3}[、和])*第[\d一二三四五六七八九十]{1,3}[位名]")  # 第2、第1、第3位
_NOUNS_ENDING_IN_BI = ("占比",)  # nouns whose 比 is no base of comparison
_COMPARED_WITH = ("比", "较")  # a base of comparison opens with one (比上年, 较一季度)
_SHARE_NOUNS = re.compile("比[重例率值]|占比")  # 比 in a noun of shares opens no base (比重高5%)
RANK_PLACE_ALIAS = 6  # characters of a bracket after a place (市(州), 县(市、区))
MAX_RANKED_PLACE = 8  # characters of a place named between a ranking verb and 第 (位居黔东南州第三)
_RANK_MOVES = frozenset("升降跃提上下前后")  # how a rank moves from one place to another (由第六升至第五)
MAX_RANK_STEPS = 8  # words walked back from a place written without 第 to its ranking verb (排名由24位升至19位)
MAX_RANK_LIST = 60  # characters of a list of ranked items after its verb (位居…第3、…第4、…第5)
MAX_SPACED_WORD = 4  # characters of a cue or a unit that a PDF converter's spaces may set apart (增 長, 個百 分點)
_SPACED_STARTS = frozenset(" .")
_GAP_CHARS = frozenset(" \n")
_HOUSEHOLDS, _VILLAGE, _VILLAGERS = "户", "村", "民"
_NAME_DIRECTIONS = frozenset("东西南北前后头中上下")  # 东七百户, 头百户: a place's name may open with one
_LIST_OPENERS = frozenset("、辖")  # what stands before an item of a list of villages
PARALLEL_ONES = 8  # characters either side in which a second 一 and the same measure word make the two deeds in step
COUNTED_TIME_REACH = 24  # characters back to look for a noun of time counted in a clause (优良天数从149天增加到)
_CLAUSE_ENDS = frozenset(",，。;；、\n)）")  # what closes a clause after a count of one (河流有弯沟河一条,)
_SPACED_GROUPS = re.compile(r"(?: \d{3})+(?:\.\d+)?(?![\d.,])")  # 23[ 000]平方米, 1[ 791.3] km2
# A page that lost every decimal point to a space (5 9亿元, 108 3%): the second digit run of a pair
# before a unit is the fraction. Told from the page: no decimal point anywhere, and at least
# MIN_LOST_POINTS such pairs before a unit or a magnitude.
_LOST_POINT = re.compile(r" (\d{1,2})(?![\d.,])")
# Digits set apart one by one, as an OCR or a PDF converter prints them (林地面积8 5 8万公顷, 职工3 5.9万人):
# single digits between single spaces, the last run with its decimals, a unit or a magnitude right after
_SPACED_DIGITS = re.compile(r"(?: \d)+(?:\.\d+)?(?![\d.,])")
# (a page's evidence that it does so: three digits or more so set, or two with decimals; written to start
# with a digit and a space, which the engine looks for at once)
_DIGITS_SPACED_PAGE = re.compile(r"\d (?<=[\u3400-\u9fff]\d )\d(?: \d)*(?:(?<=\d \d \d)|\.\d)")
_LOST_POINT_PAIRS = re.compile(r"(?<![\d.,])(?<!\d )\d{1,4} \d{1,2}(?![\d.,])")
_ANY_DECIMAL = re.compile(r"\d[.．]\d")
_MARKED_POINT = re.compile(r"\d+(?![\d.,])")  # 1·[8]%: the digits after a mark printed for the point
_MARKED_GROUP = re.compile(r"\d{3}(?:\.\d+)?(?![\d,])")  # 1…[544.6]: the group after a lost separator
_DOUBLED_POINT = re.compile(r"\.\.(\d+)(?![\d.,])")  # 14[..3]%: a point typed twice
MIN_LOST_POINTS = 2
# A table printed one cell a line (统计公报: 全区生产总值⏎3453.93⏎7.8⏎农林牧渔业⏎276.64⏎4.3): a line
# that is only a figure, next to another such line (the cells of one row's columns), is a cell. Its
# unit is in the column's header, never on the next line (3.7⏎批发和零售业 is no 3.7批).
# A converter that keeps a table's cell borders ends each cell's line with a | (21675 |).
_FIGURE_LINE = re.compile(r"[ \t]*[-+−]?\d+(?:\.\d+)?[ \t]*\|?[ \t]*(?:\n|$)")
_BRACKETED_UNIT_LINE = re.compile(r"[(（][^()（）]{1,6}[)）]")  # (亿元), (%): a header cell's unit on a line of its own
MAX_ROW_LABELS = 3  # a row's words before its figures: its name, and a unit cell or two (社会从业人员⏎人)
_BRACKET_UNITS = re.compile(r"([^()（）\n,，。;；:：]{1,16}?)(?:[)）]|$|\n|(?=[,，。;；]))")  # (头、只、匹), left open too
_NEXT_LIST_ITEM = re.compile(r"(\S)、(?:[一二三四五六七八九十]{1,3}|\d{1,2})(?=\1)")  # 三次、四次会议: 次, then 四
_BRACKET_UNIT_SEPARATORS = re.compile("[、/]")  # (头、只、匹), (头/只/匹)
_DECIMAL_AFTER = frozenset("、,，;；:：(（")  # what a figure in prose may follow, besides a word
_BARE_AFTER = frozenset("、,，;；:：(（“\"")  # … and a bare count that lost its measure word
_SPACED_DECIMAL = re.compile(r"\. \d+(?![\d.,])")  # 6835[. 27]亿元
_SPACED_POINT_IN_PROSE = re.compile(r"(?<=[\u3400-\u9fff、,，])\s?\d+\. \d+(?![\d.,])")  # 总值 60132. 9 (a unit after)
MIN_SPACED_POINTS = 2  # such decimals a page writes before its others so written are read as decimals
_LIST_JOINS = frozenset("、,，")  # between the figures of a list that share the unit after the last
_SPACED_POINT = re.compile(r" \. ?\d+(?![\d.,])")  # 2[ .7]倍, 5[ . 3]亿元: a space before the point too
_ARABIC_PART = re.compile(r"\d{1,3}(?:,\d{3})+(?![\d,])|\d{1,8}(?![\d.])")  # 2000 or 9,000: a whole part
_MONTH = re.compile(r"(?:\d{1,2}|[一二三四五六七八九十]{1,2})月")  # after N年, N年 is a year: 99年9月
_PERCENT_SIGNS = ("%", "‰")
_SCOPED_SHARE = re.compile(r"(.[占佔])[\u3400-\u9fff]{1,12}?的?$")  # 约占|全镇总户数的|60%: a share's verb, its scope
SCOPED_SHARE_REACH = 15  # characters looked back over for the verb of a share before its scope
_SENTENCE_END = "。！？!?；;\n"
# A text that writes dates in the years of the Republic of China (民国105年, 114年2月25日, 105年度).
# 民国112年, 112年3月, 111年度; 自111年至114年: a run of years from one to another, no two spans of a century
_ROC_DATED = re.compile(r"民国 ?\d{2,3} ?年|(?<!\d)1[0-4]\d ?年 ?(?:\d{1,2} ?月|度|底|初|施政|预算|决算"
                        r"|动工|开工|完工|竣工|启用|通车|(?:至|到) ?1[0-4]\d ?年)")  # (預計115年動工: a work starts then)
_ROC_YEAR = re.compile(r"(?<![\d.])(1[0-4]\d) ?年")
ROC_OFFSET = 1911  # ROC year 1 is 1912
ROC_YEARS = (80, 150)  # in such a text a number in this range before 年 is a year (與107年相較), not a span
# 比2019年同期, 较2023年: a comparison base with a year, before a change cue
_YEAR_BASE = re.compile(r"[比较]\d{4}年(?:同期)?$")
_LOST_BEFORE_FIGURE = re.compile(r"[\u3400-\u9fff]\?\d")
MIN_LOST_CHARACTERS = 3
_YEAR_DIGITS = re.compile(r"(?:19|20)\d{2}")
_NUMBERED_YEAR = re.compile(r"\d{1,2}\." + _YEAR_DIGITS.pattern)  # 1.2024年我镇…: a list item's number glued to a year
# 第二、三批, 第1、2期: the later items of a list of ordinals share the first one's 第
_SHARED_ORDINAL = re.compile(r"第\s*[零一二三四五六七八九十百\d]+(?:、\s*[零一二三四五六七八九十百\d]+)*、$")
SHARED_ORDINAL_WINDOW = 16
# 较上年同期(3.2%), 较一季度(-10.8%): a rate in brackets right after a comparison base with a period
# (年, 季度, 月, 同期) is that period's rate of growth; 比重(45%) names no period
_BRACKETED_BASE = re.compile(r"[比较][^,，;；。:：()（）\n]{0,6}(?:年|季度|月|月份|同期)[(（]$")
_CLAUSE_BREAKS = "，,；;。！？!?：:\n"
MINUS = "-−"
BACK_REFERENCE_WINDOW = 80  # how far back a count that refers back (两项指标) looks for the figures
# How far before a number in percentage points a comparing word may stand (高于全市平均水平1.6个百分点).
FRAME_WINDOW = 30


@dataclass(slots=True)
class Quantity:
    """A quantity found in a text, with offsets into that text."""

    start: int
    end: int
    value: float
    unit: str
    approx: str
    kind: str
    dimension: str
    number_start: int  # the digits themselves, for subjects and explanations
    number_end: int


@lru_cache(maxsize=1)
def _numeral_digits() -> frozenset[str]:
    return frozenset(ch for ch, n in numerals().items() if n.role == "digit")


@lru_cache(maxsize=1)
def _formal_numerals() -> frozenset[str]:
    return frozenset(ch for ch, n in numerals().items() if n.formal)


@lru_cache(maxsize=1)
def _quotes() -> tuple[str, str, str]:
    rows = load_table("quotes")
    opening = "".join(r["open"] for r in rows if r["open"] != r["close"])
    closing = "".join(r["close"] for r in rows if r["open"] != r["close"])
    neutral = "".join(r["open"] for r in rows if r["open"] == r["close"])
    return opening, closing, neutral


@lru_cache(maxsize=1)
def _quote_marks() -> tuple[re.Pattern, re.Pattern]:
    """The last quotation mark or sentence end in a window (matched from the window's start),
    and the first one (searched)."""
    marks = re.escape(_SENTENCE_END + "".join(_quotes()))
    return re.compile(f"(?s:.*)([{marks}])"), re.compile(f"[{marks}]")


@lru_cache(maxsize=1)
def _quote_openers() -> re.Pattern:
    """A quotation mark that may open a phrase: an opening one, or one that both opens and closes."""
    opening, _, neutral = _quotes()
    return re.compile(f"[{re.escape(opening + neutral)}]") if opening + neutral else re.compile("(?!)")


@lru_cache(maxsize=1)
def _token_pattern() -> re.Pattern:
    lex = lexicon()
    digits = "".join(ch for ch, n in numerals().items() if n.role == "digit")
    idioms = "|".join(re.escape(s) for s in sorted(lex.change_idioms, key=len, reverse=True))
    first_words = sorted(lex.rank_firsts | lex.rank_firsts_of, key=len, reverse=True)
    firsts = "|".join(re.escape(s) for s in first_words) or "(?!)"
    arabic = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?(?![\d,])|\d+(?:\.\d+)?"
    numeral, point = f"[{numeral_chars()}]", f"(?:点[{digits}]+)"
    # A lone numeral (一是, 统一, 进一步: most of them are words) is a token only where
    # QuantityScanner._may_count can pass it, or it is 零 (实现零火灾, read by _read_zero): the engine
    # passes over the others, sparing each a call into Python that would read nothing.
    follows = _char_class(lex.unit_first_chars | set(lex.after_number_qualifiers) | set(lex.magnitudes) | {" "})
    lone = rf"{numeral}(?=[{follows}])|(?<=[{_char_class(lex.number_lead_chars)}]){numeral}|零" \
        rf"|[{digits}](?=、[{digits}])"  # 五、六千萬元: a range's low end (QuantityScanner._listed_range_low)
    return with_first_chars(
        rf"(?P<pct>百分之|千分之)|(?P<idiom>{idioms})|(?P<first>{firsts})|(?P<ar>{arabic})"
        rf"|(?P<cn>{numeral}{{2,}}{point}?|{numeral}{point}|{lone})"
    )


def _char_class(chars) -> str:
    """The one-character members of ``chars``, escaped for a character class."""
    return "".join(re.escape(ch) for ch in sorted(chars) if len(ch) == 1)


class _CellRows:
    """Where a cell of a table printed one cell a line stands: each row one or more lines of words
    (its name, a unit cell) and then one figure a line per column. ``column`` is the cell's column
    among the figures (0 the first), or None when the rows around it are not of one width;
    ``first_row`` the offset of the table's first row, found by walking up over rows of the same
    shape."""

    MAX_ROWS = 200  # a table longer than this is read from its nearest 200 rows

    def __init__(self, text: str, s: int):
        self.text = text
        self.column = None
        self.first_row = -1
        starts = []  # the line starts above the cell, nearest first, up to the row's words
        start = text.rfind("\n", 0, s) + 1
        while start > 0 and _FIGURE_LINE.match(text, start):
            starts.append(start)
            start = text.rfind("\n", 0, start - 1) + 1
        if not starts or _FIGURE_LINE.match(text, start):
            return
        width = len(starts)
        end = text.find("\n", s)
        while end >= 0 and _FIGURE_LINE.match(text, end + 1):
            width += 1
            end = text.find("\n", end + 1)
        labels = self._labels(start, end)
        self.column = len(starts) - 1
        self.width = width
        row = self._label_start(start, labels)
        for _ in range(self.MAX_ROWS):  # up over whole rows: `width` figure lines, then its words
            above = self._lines_above(row, width + labels)
            if above is None or not all(_FIGURE_LINE.match(text, k) for k in above[:width]) \
                    or any(_FIGURE_LINE.match(text, k) for k in above[width:]):
                break
            row = above[-1]
        self.first_row = row

    def _labels(self, name: int, end: int) -> int:
        """How many lines of words a row has before its figures (社会从业人员⏎人⏎21675: two): counted
        between the figures of the row above and the line at ``name``, or else between this row's
        last figure (its line ends at ``end``) and the next row's figures; one when neither tells."""
        text = self.text
        up, k = 1, name
        while up <= MAX_ROW_LABELS and k > 0:
            k = text.rfind("\n", 0, k - 1) + 1
            if _FIGURE_LINE.match(text, k):
                return up
            up += 1
        down, k = 0, end
        while down <= MAX_ROW_LABELS and k >= 0 and k + 1 < len(text):
            if _FIGURE_LINE.match(text, k + 1):
                return down if down else 1
            down += 1
            k = text.find("\n", k + 1)
        return 1

    def _label_start(self, last: int, labels: int) -> int:
        """The start of a row's first line of words, its last line of words starting at ``last``."""
        above = self._lines_above(last, labels - 1) if labels > 1 else []
        return above[-1] if above else last

    def _lines_above(self, start: int, n: int, partial: bool = False) -> list[int] | None:
        """The starts of the ``n`` lines above the line at ``start``, nearest first (None when
        fewer stand above it, or, ``partial``, those there are)."""
        out: list[int] = []
        for _ in range(n):
            if start <= 0:
                return out if partial else None
            start = self.text.rfind("\n", 0, start - 1) + 1
            out.append(start)
        return out

    def _line(self, k: int) -> str:
        end = self.text.find("\n", k)
        return self.text[k : end if end >= 0 else len(self.text)]

    def header(self) -> list[str]:
        """The headers of the figure columns, first column first: the ``width`` header cells right
        above the first row. A header cell is a line; where the header's lines end with the cell
        border | (规模工业增加值⏎增长速度 |), a cell is the lines down to one that ends with it."""
        above = self._lines_above(self.first_row, self.width * 3, partial=True)
        if len(above) < self.width:
            return []
        lines = [self._line(k) for k in above]  # nearest first
        if any(_FIGURE_LINE.match(line) for line in lines[: self.width]):
            return []
        if not lines[0].rstrip().endswith("|"):
            cells_up: list[str] = []  # nearest first; a unit in brackets on its own line ends the cell above it
            k = 0
            while len(cells_up) < self.width and k < len(lines):
                line = lines[k].strip()
                if _BRACKETED_UNIT_LINE.fullmatch(line) and k + 1 < len(lines) \
                        and not _FIGURE_LINE.match(lines[k + 1]):
                    line, k = lines[k + 1].strip() + line, k + 1  # 绝对数⏎(亿元), 比上年同期增长⏎(%)
                cells_up.append(line)
                k += 1
            return list(reversed(cells_up)) if len(cells_up) == self.width else []
        cells: list[list[str]] = []
        for line in lines:
            if line.rstrip().endswith("|"):
                if len(cells) == self.width:
                    break
                cells.append([])
            elif len(cells) == self.width and len(cells[-1]) >= max(map(len, cells[:-1] or [cells[-1]])):
                break  # the top cell takes no more lines than the cells below it
            if _FIGURE_LINE.match(line):
                return []
            cells[-1].insert(0, line.rstrip().rstrip("|").strip())
        return [" ".join(c) for c in reversed(cells)] if len(cells) == self.width else []


_PIPE_CELL = re.compile(r"[^|\n]*")
_PIPE_FIGURE = re.compile(r"[-+−]?\d+(?:\.\d+)? ?[%％]?")  # (5.7 %: a rate's cell is a figure's too)
_PIPE_RULE = re.compile(r"[-:=\s]*")  # |---|:---:| a markdown table's rule under its header
_PIPE_NO_VALUE = re.compile(r"-{1,2}|—{1,2}|－{1,2}")  # 分产业 | -- | -- |: a cell that holds no value, a figure's place
_PIPE_TABLE_STOPS = "。！？!?；;"
BROKEN_CELL_MAX = 12  # characters of a line a table's cell was broken onto (比上年增长⏎(%) |)


NOTE_REACH = 18  # characters of a note in brackets between a change cue and its rate, brackets included
_NOTE_CLOSERS = ")）"
_NOTE_BEFORE = re.compile(r"[(（][^()（）。;；\n\d%]{1,16}[)）]$")  # (按可比口径计算), (比上年,下同): no figure inside
MAX_RATE_CELL = 100  # a bare figure in a column of rates above this is a level, not a rate (| 365 | under (增速))
_ZERO_BETWEEN = "零"  # 1萬零24人 (10,024): the parts of an amount with an empty place between them


class _PipeTable:
    """A table flattened into ``|`` cells, one row a line or every row on one line: its cells in
    order, each a figure or words (empty cells and a markdown rule left out). A row is one or more
    cells of words (its name, a unit) and then its figures; the header is the run of word cells
    before the first figure, less the first row's words. The figures of a row take the header's
    last cells, one each (指标名称 | 增加值 | 同比增长% over 地区生产总值 | 90.39 | 9.8)."""

    MAX_LINES: ClassVar[int] = 400  # a table's lines looked at above a cell
    MAX_CELLS = 4000

    def __init__(self, text: str, start: int):
        self.start = start
        self._text = text
        self.cells: list[tuple[int, bool, str]] = []  # (start, is a figure, the cell's text)
        k = start
        n = len(text)
        bordered = text[start : start + 1] == "|"  # rows between borders: a line that ends in none goes on
        carried: tuple[int, str] | None = None  # a cell's words a line break cut, waiting for the rest
        while k < n and len(self.cells) < self.MAX_CELLS:
            m = _PIPE_CELL.match(text, k)
            cell = m.group()
            stripped = cell.strip()
            if stripped and _PIPE_NO_VALUE.fullmatch(stripped) and carried is None:
                self.cells.append((k + len(cell) - len(cell.lstrip()), True, stripped))  # (a row's shape, no figure)
            elif stripped and not _PIPE_RULE.fullmatch(stripped):
                lead = k + len(cell) - len(cell.lstrip())
                if carried is not None:
                    lead, stripped = carried[0], carried[1] + stripped  # 绝对数⏎(亿元) |: one header cell
                    carried = None
                if bordered and m.end() < n and text[m.end()] == "\n" and not _PIPE_FIGURE.fullmatch(stripped):
                    carried = (lead, stripped)  # | 绝对数⏎: no border ends the line, the cell goes on
                else:
                    self.cells.append((lead, _PIPE_FIGURE.fullmatch(stripped) is not None, stripped))
            k = m.end()
            if k >= n:
                break
            if text[k] == "\n":
                line_end = text.find("\n", k + 1)
                line = text[k + 1 : line_end if line_end >= 0 else n]
                if "|" not in line and not self._broken_cell(text, line, line_end):
                    break  # the table's last line
            if any(c in cell for c in _PIPE_TABLE_STOPS) and text[k] != "|":
                break
            k += 1
        if carried is not None:
            self.cells.append((carried[0], False, carried[1]))
        self._starts = [c[0] for c in self.cells]
        first = next((i for i, c in enumerate(self.cells) if c[1]), None)
        self.header: list[str] = []
        if first is None:
            return
        labels = 1  # a row's word cells: counted between the first row's figures and the second's
        i = first
        while i < len(self.cells) and self.cells[i][1]:
            i += 1
        j = i
        while j < len(self.cells) and not self.cells[j][1]:
            j += 1
        if i < len(self.cells) and j < len(self.cells) and j - i <= MAX_ROW_LABELS:
            labels = j - i
        self.header = [c[2] for c in self.cells[: max(0, first - labels)]]

    @staticmethod
    def _broken_cell(text: str, line: str, line_end: int) -> bool:
        """Is a line without a border a short piece of a cell broken across lines, a line with borders
        after it (| 绝对数⏎(亿元) |⏎比上年增长⏎(%) |: the header cells of a PDF's table)?"""
        if line_end < 0 or not 0 < len(line.strip()) <= BROKEN_CELL_MAX or _PIPE_FIGURE.fullmatch(line.strip()):
            return False
        following = text.find("\n", line_end + 1)
        return "|" in text[line_end + 1 : following if following >= 0 else len(text)]

    def header_of(self, s: int) -> str | None:
        """The header cell of the column of the figure that starts at ``s``."""
        i = bisect.bisect_right(self._starts, s) - 1
        if i < 0 or self.cells[i][0] != s and self.cells[i][0] != s - 1 or not self.cells[i][1] or not self.header:
            return None
        first = i
        while first > 0 and self.cells[first - 1][1]:
            first -= 1
        last = i
        while last + 1 < len(self.cells) and self.cells[last + 1][1]:
            last += 1
        # 房产税 | 1 | 1 | 1 | 100 | |: a row's last cells left empty are columns too, under the header's last
        end = self.cells[last][0] + len(self.cells[last][2])
        line_end = self._text.find("\n", end)
        rest = self._text[end : len(self._text) if line_end < 0 else line_end]
        empty_after = rest.count("|") - 1 if rest.strip(" \t|") == "" else 0
        width = last - first + 1 + max(0, empty_after)
        if width > len(self.header):
            return None
        return self.header[len(self.header) - width + (i - first)]


# A row of a table flattened with spaces between its cells (企业所得税 52.89 -18.0): a name that starts
# with a Chinese character or a bracket (a #, * or indent before it) and holds no figure, then only
# figures, each after a space, to the line's end.
# a row's figure: signed, grouped by thousands (739,516,285), or in an account's brackets for a deduction
_ROW_FIGURE_PATTERN = r"[-+−]?\d{1,3}(?:,\d{3})+(?:\.\d+)?|[-+−]?\d+(?:\.\d+)?|\(\d{1,3}(?:,\d{3})*(?:\.\d+)?\)"
_SPACED_ROW = re.compile(
    r"[ \t]*[#*]?[ \t]*[\u3400-\u9fff(（][^\d|\n。;；,，]*?((?:[ \t]+(?:%s))+)[ \t]*(?=\n|$)" % _ROW_FIGURE_PATTERN)
_ROW_FIGURE = re.compile(_ROW_FIGURE_PATTERN)


class _SpacedRows:
    """The rows of tables flattened with spaces between their cells, as they are asked for. A line is
    such a row when it reads as one (`_SPACED_ROW`) and the row next to it (a blank line between
    allowed) does too, with as many figures: one line alone that ends in figures is a sentence that
    a PDF's line break cut (全年地区生产总值 3157.30⏎亿元). The header is the line of words above the
    first row; a row's figures take its last cells, one each (指标 累计(亿元) 同比(%))."""

    def __init__(self, text: str):
        self.text = text
        self._rows: dict[int, tuple[int, ...] | None] = {}  # line start → figure starts, None: no row
        self._headers: dict[int, list[str]] = {}  # a row's line start → its table's header cells

    def _figures(self, start: int) -> tuple[int, ...] | None:
        if start in self._rows:
            return self._rows[start]
        m = _SPACED_ROW.match(self.text, start)
        found = tuple(f.start() for f in _ROW_FIGURE.finditer(self.text, m.start(1), m.end(1))) if m else None
        self._rows[start] = found
        return found

    def _neighbour(self, start: int, up: bool) -> int | None:
        """The start of the line above (below) ``start``'s, over one blank line at most."""
        text = self.text
        for _ in range(2):
            if up:
                if start == 0:
                    return None
                start = text.rfind("\n", 0, start - 1) + 1
            else:
                end = text.find("\n", start)
                if end < 0:
                    return None
                start = end + 1
            end = text.find("\n", start)
            if text[start : end if end >= 0 else len(text)].strip():
                return start
        return None

    def row_of(self, s: int) -> tuple[int, tuple[int, ...]] | None:
        """(line start, figure starts) of the row whose figure starts at ``s``, else None. A row of one
        figure needs a header of its own above (名称 金额): two lines that each end in one figure may
        be a sentence that a PDF broke twice (生产总值 3157.30⏎亿元同比增长 5.9⏎%)."""
        start = self.text.rfind("\n", 0, s) + 1
        figures = self._figures(start)
        if not figures or s not in figures:
            return None
        for up in (True, False):
            other = self._neighbour(start, up)
            if other is not None and (row := self._figures(other)) is not None and len(row) == len(figures):
                if len(figures) > 1 or len(self._header(start)) > 1:
                    return start, figures
                return None
        return None

    def _header(self, start: int) -> list[str]:
        """The cells of the header line above the rows around the row at ``start`` ([] where the line
        above them holds a figure: no header)."""
        header = self._headers.get(start)
        if header is None:
            walked, first = [start], start  # every row passed on the way up shares the header found
            while (up := self._neighbour(first, True)) is not None and self._figures(up) is not None:
                first = up
                if (known := self._headers.get(first)) is not None:
                    header = known
                    break
                walked.append(first)
            if header is None:
                above = self._neighbour(first, True)
                end = self.text.find("\n", above) if above is not None else -1
                line = self.text[above : end if end >= 0 else len(self.text)] if above is not None else ""
                header = [] if _ROW_FIGURE.search(line) else line.split()
            for row in walked:
                self._headers[row] = header
        return header

    def header_of(self, s: int) -> str | None:
        """The header cell over the figure at ``s`` of a row, or None."""
        row = self.row_of(s)
        if row is None:
            return None
        start, figures = row
        header = self._header(start)
        if len(header) < len(figures):
            return None
        return header[len(header) - len(figures) + figures.index(s)]


_YEAR_POINTS = ("年底", "年初", "年末", "年度")  # a line opening on a point of the year: no span's unit 年
_TIME_NOUNS = ("时间", "的时间")  # after a span of time and its 多: the span named, no word 多 begins


class QuantityScanner:
    """Finds quantities in one text. Create one per text: it keeps that text's masks."""

    def __init__(self, text: str, masked: list[tuple[int, int]] | None = None, lex: Lexicon | None = None,
                 columns: bool = False):
        self.text = text
        # a page whose lines hold columns side by side (clean.lines.side_by_side_columns): a figure
        # that ends its line may have had its unit pushed behind the other column's text
        self.columns = columns
        self._points_lost: bool | None = None
        self._points_spaced: bool | None = None
        self._chars_lost: bool | None = None
        self._digits_spaced: bool | None = None
        self.lex = lex = lex or lexicon()
        self._before_all, self._before_chinese = lex.context_words("before", "all"), lex.context_words("before", "chinese")
        self._after_all, self._after_chinese = lex.context_words("after", "all"), lex.context_words("after", "chinese")
        self._threshold_after = lex.context_words("after", "threshold")
        self._before_year_glued = lex.context_words("before", "year_glued")  # 表12017年: 表1, then 2017年
        self._after_bare = lex.context_words("after", "bare")
        self._kept_before = lex.context_words("before", "kept")  # 由过去30天: a base, though 过去 names a period
        self._unitless_before = lex.context_words("before", "unitless")  # 综合指数为4.03: a value with no unit
        self._counted_before = lex.context_words("before", "counted")  # 劳动力资源数13208: a count with no unit
        self._counted_not = lex.context_words("before", "counted_not")  # 多数, 指数: a 数 that counts nothing
        self._respective = lex.context_words("before", "respective")  # 分别为11,816、332及2972: counts with no unit
        self._respective_firsts = frozenset(w[0] for w in self._respective)
        self._numbering = lex.context_words("before", "numbering")  # 栏次, 序号: a table's ordinal numbers
        # first characters of the words after a figure, last characters of the qualifiers before one:
        # where neither stands, _read_number spares the look-ups
        self._after_all_firsts = frozenset(w[0] for w in self._after_all)
        self._before_all_lasts = frozenset(w[-1] for w in self._before_all)
        self._before_qualifier_lasts = frozenset(w[-1] for w in lex.before_qualifier_words)
        spans = [m.span() for pattern in self.lex.named_terms for m in pattern.finditer(text)] + list(masked or [])
        spans.sort()
        self._roc: bool | None = None  # does the text write ROC dates? (looked at only when needed)
        self.dropped: list[int] = []  # numbers left out for want of a unit (decimals, long numbers)
        self._guessed: dict[str, Unit] = {}
        self._pipe_tables: dict[int, _PipeTable] = {}  # a table flattened into | cells, by its start
        self._pipe_starts: dict[int, int] = {}  # a line of such a table → the table's start
        self._cell_headers: dict[int, list[str]] = {}  # a table printed a cell a line: its first row → column headers
        self._numbered_cells: dict[tuple[int, int], str] | None = None  # a numbered table's cells (see _numbered_cell)
        self._spaced_rows = _SpacedRows(text)  # tables flattened with spaces between their cells
        self._mask_starts = [s for s, _ in spans]
        self._mask_ends = [e for _, e in spans]
        self._mask_max_end = []  # running max of ends, so one bisect answers "does anything cover i?"
        running = -1
        for e in self._mask_ends:
            running = max(running, e)
            self._mask_max_end.append(running)

    # -- context helpers ---------------------------------------------------------------
    def _figure_with_unit_ends(self, i: int) -> bool:
        """Does a figure written with its unit end at ``i`` (5万元 before -8万元: the dash joins a range)?"""
        text, lex = self.text, self.lex
        for n in lex.unit_lengths:
            if n < i and text[i - n : i] in lex.units:
                j = i - n
                while j > 0 and text[j - 1] in lex.magnitudes:
                    j -= 1
                return j > 0 and text[j - 1].isdigit()
        return False

    def _masked(self, start: int, end: int) -> bool:
        k = bisect.bisect_right(self._mask_starts, end - 1) - 1
        return k >= 0 and self._mask_max_end[k] > start

    def _quoted(self, start: int, end: int) -> bool:
        """Is ``[start, end)`` inside a short quoted phrase (a name or slogan)?"""
        text = self.text
        # a count in numerals inside quotes is a slogan's however long the list (“一个中心、两条主线、三项重点”)
        window = QUOTE_WINDOW_NUMERALS if text[start : start + 1] in _numeral_digits() else QUOTE_WINDOW
        lo = start - window if start > window else 0
        if _quote_openers().search(text, lo, start) is None:
            return False  # (most numbers) no quotation mark that could open a phrase before it
        opening, closing, neutral = _quotes()
        last_mark, next_mark = _quote_marks()
        # The nearest mark before the number: a sentence end or a closing quote says no.
        m = last_mark.match(text, lo, start)
        if m is None:
            return False
        ch, i = m.group(1), m.start(1)
        if ch in _SENTENCE_END or ch in closing:
            return False
        if ch in neutral:
            # An ASCII quote opens when an even number of them stand before it on the line.
            line_start = text.rfind("\n", 0, i) + 1
            if text.count(ch, line_start, i) % 2:
                return False
        # The nearest mark after it must close the phrase, past one phrase quoted inside it (“九个‘区域性强市’先进县”)
        limit = min(len(text), end + window)
        m = next_mark.search(text, end, limit)
        if m is not None and m.group() in opening and (inner := next_mark.search(text, m.end(), limit)) is not None \
                and inner.group() == quote_pairs()[m.group()]:
            m = next_mark.search(text, inner.end(), limit)
        return m is not None and (m.group() in closing or m.group() in neutral)

    # -- the pieces around a number ----------------------------------------------------
    def _space_before(self, pos: int) -> int:
        """``pos`` moved back over one space: text copied from PDFs writes 约 200 人, 增长 7%."""
        return pos - 1 if self.text[pos - 1 : pos] == " " else pos

    def _gap_before(self, pos: int) -> int:
        """``pos`` moved back over one space, or over one line break (with the spaces around it)
        where the number starts its line: a PDF reader that puts every run of text on a line of
        its own writes 增长⏎5%, 超⏎9.5⏎亿元. A blank line between is a paragraph's end, not this."""
        text = self.text
        if text[pos - 1 : pos] not in _GAP_CHARS:
            return pos
        k = self._spaces_back(pos, pos)
        if text[k - 1 : k] != "\n":
            return self._space_before(pos)
        k = self._spaces_back(k - 1, pos)
        return pos if text[k - 1 : k] in ("\n", "") else k

    def _spaces_back(self, k: int, origin: int) -> int:
        """``k`` moved back over spaces, at most ``MAX_GAP`` characters from ``origin``."""
        text = self.text
        while k > 0 and origin - k < MAX_GAP and text[k - 1] == " ":
            k -= 1
        return k

    def _spaces_on(self, k: int, origin: int) -> int:
        """``k`` moved on over spaces, at most ``MAX_GAP`` characters from ``origin``."""
        text = self.text
        while k < len(text) and k - origin < MAX_GAP and text[k] == " ":
            k += 1
        return k

    def _names_after(self, pos: int) -> bool:
        """A word at ``pos`` that makes the figure before it part of a name (五大工程, 50亿级), though
        not one naming a threshold the figure is (突破60亿大关, 迈过千亿大关: amounts, unit left out)."""
        text = self.text
        if text[pos : pos + 1] == " " and is_cjk(text[pos + 1 : pos + 2]):
            pos += 1  # 两 年累计: a PDF's space between the number and the word
        if self._after_all.starting_at(text, pos):
            return not self._threshold_after.starting_at(text, pos)
        if text[pos + 1 : pos + 2] != "、":
            return False  # (most figures: no list item after them)
        item = _NEXT_LIST_ITEM.match(text, pos)  # 人大三次、四次会议: the list's last item names them all
        if item is None:
            return False
        word = self._after_all.starting_at(text, item.end())
        return bool(word) and word.startswith(item.group(1)) and not self._threshold_after.starting_at(text, item.end())

    def _gap_after(self, pos: int) -> int:
        """``pos`` moved on over one line break (with the spaces around it), where one follows:
        5532.4⏎亿元, 7860⏎亩. Not over a blank line (a page number stands between paragraphs)."""
        text = self.text
        k = self._spaces_on(pos, pos)
        if text[k : k + 1] != "\n":
            return pos
        k = self._spaces_on(k + 1, pos)
        return pos if text[k : k + 1] in ("\n", "") else k

    def _before_qualifier(self, s: int, magnitude_first: bool, chinese: bool = False,
                          scaled: bool = False, percent: bool = False) -> tuple[int, str] | None:
        if self.text[s - 1 : s] in _GAP_CHARS:  # (most numbers: nothing to step over)
            s = self._space_before(s) if chinese else self._gap_before(s)
        surface = self.lex.before_qualifier_words.ending_at(self.text, s)
        if surface is None and percent and (share := _SCOPED_SHARE.search(self.text, max(0, s - SCOPED_SHARE_REACH), s)):
            # 约占全镇总户数的60%: the share's scope between its qualified verb and the rate
            s = share.start() + len(share.group(1))
            surface = self.lex.before_qualifier_words.ending_at(self.text, s)
        start = s - len(surface) if surface else s
        if self.text[s - 2 : s - 1] == " " and (spaced := self._spaced_ending(self.lex.before_qualifier_words, s)) \
                and len(spaced[0]) > len(surface or ""):
            surface, start = spaced  # 年产值突 破200亿元: a PDF's space inside the word
        if surface is None:
            return None
        approx, condition = self.lex.before_qualifiers[surface]
        if approx == "none":
            return None  # 签约215户: 约 closes a word, it is no qualifier
        if condition == "digits" and chinese:
            return None  # 约有 before Arabic digits only (为一体 is no number)
        if condition == "magnitude" and not magnitude_first:
            return None  # 上 before 13 is the verb 上升's, not 上千's qualifier
        if condition == "scaled" and not scaled:
            return None  # 跨越3个乡镇: a span, not a threshold crossed (跨越5000亿元)
        if condition == "bound" and not (scaled or percent):
            return None  # 低于2个百分点 compares two rates; 低于91.7%, 低于1000亿元 bound one
        return start, approx

    def _change_cue(self, pos: int) -> tuple[int, int] | None:
        """A change cue ending at ``pos`` (allowing 了/达 between): ``(start, sign)``."""
        text = self.text
        k = self._gap_before(pos) if text[pos - 1 : pos] in _GAP_CHARS else pos
        if text[k - 1 : k] in _NOTE_CLOSERS and (note := _NOTE_BEFORE.search(text, max(0, k - NOTE_REACH), k)):
            k = note.start()  # 增长(比上年,下同)3.2%, 增長(按可比口徑計算)2.3%: a note between the cue and its rate
        filler = self.lex.change_fillers.ending_at(text, k)
        while filler:  # 增幅均超过10%, 下降了5%
            k -= len(filler)
            filler = self.lex.change_fillers.ending_at(text, k)
        surface = self.lex.change_cue_words.ending_at(text, k)
        if surface is not None:
            start = k - len(surface)
        else:  # 同比增 長 17.3%: a PDF converter's space inside the cue
            spaced = self._spaced_ending(self.lex.change_cue_words, k)
            if spaced is None:
                return None  # also 提高到65%: the new level, not the change (no cue ends in 到, 至; 增幅为 does)
            surface, start = spaced
        if not self.lex.change_cues[surface]:
            return None  # 人口自然增长率9.71%: a rate, not a change
        base = self.lex.change_bases.ending_at(text, start)
        if base == "比" and text[start - 2 : start] in _NOUNS_ENDING_IN_BI:
            base = None  # 低收入人口占比提高0.5个百分点: 占比 is the share, no base before the cue
        if (base is None or base in "比较") and text[start - 1 : start] in "年期":
            year_base = _YEAR_BASE.search(text, max(0, start - 10), start)  # 比2019年同期增长13.5%
            if year_base:
                return year_base.start(), self.lex.change_cues[surface]
        return (start - len(base) if base else start), self.lex.change_cues[surface]

    def _spaced_ending(self, words: Words, k: int) -> tuple[str, int] | None:
        """A word of ``words`` ending at ``k`` whose characters a PDF converter set apart with single
        spaces (增 長 2.7%, 同比增 長): ``(the word, where it starts)``. Every gap inside it is one space
        between two Chinese characters, and one at least stands inside it; two words a space apart
        where neither is such a word glue into nothing (产值 增 5% keeps 增, 比上 降 5% reads no 上降)."""
        text = self.text
        if not is_cjk(text[k - 1 : k]) or " " not in text[max(0, k - MAX_SPACED_WORD) : k]:
            return None
        chars: list[str] = []
        starts: list[int] = []
        i = k
        while i > 0 and len(chars) < MAX_SPACED_WORD:
            ch = text[i - 1]
            if ch == " " and chars and is_cjk(text[i - 2 : i - 1]):
                i -= 1
                continue
            if not is_cjk(ch):
                break
            chars.append(ch)
            starts.append(i - 1)
            i -= 1
        compact = "".join(reversed(chars))
        word = words.ending_at(compact, len(compact))
        if word is None or len(word) < 2 or " " not in text[starts[len(word) - 1] : k]:
            return None
        return word, starts[len(word) - 1]

    def _frame(self, pos: int) -> int | None:
        """The sign of a comparing word earlier in the clause that ends at ``pos`` (高于 +1, 低于 -1)."""
        text = self.text
        lo = max(0, pos - FRAME_WINDOW)
        window = text[lo:pos]
        cut = max(window.rfind(c) for c in _CLAUSE_BREAKS) + 1
        words = self.lex.change_frame_words
        sign = None
        for i in range(lo + cut, pos):
            w = words.starting_at(text, i)
            if w:
                sign = self.lex.change_frames[w]  # the last one before the number decides
        return sign

    def _comparative(self, pos: int, base_written: bool = False) -> int | None:
        """The sign of a comparative right before ``pos`` after a base of comparison earlier in its
        clause (比上年低0.21个千分点 −1, 比全国高1.2个百分点 +1: comparatives.tsv), or None.
        ``base_written``: the 比 of a noun of shares is no base (a rate in % after 比重高 is the share's)."""
        sign = self.lex.comparatives.get(self.text[pos - 1 : pos]) if pos > 0 else None
        if sign is None:
            return None
        clause = self._clause_before(pos - 1)
        if base_written:
            clause = _SHARE_NOUNS.sub("", clause)
        return sign if any(w in clause for w in _COMPARED_WITH) else None

    def _in_clause(self, pos: int, words: tuple[str, ...]) -> bool:
        """Does one of ``words`` stand in the clause that ends at ``pos`` (``FRAME_WINDOW`` back at most)?"""
        clause = self._clause_before(pos)
        return any(w in clause for w in words)

    def _clause_before(self, pos: int) -> str:
        """The clause that ends at ``pos``, ``FRAME_WINDOW`` characters back at most."""
        window = self.text[max(0, pos - FRAME_WINDOW) : pos]
        return window[max(window.rfind(c) for c in _CLAUSE_BREAKS) + 1 :]

    def _after_list(self, pos: int) -> bool:
        """Does an enumeration (丙、丁) stand before ``pos`` in the same clause?"""
        window = self.text[max(0, pos - 12) : pos]
        i = window.rfind("、")
        return i >= 0 and not any(c in _CLAUSE_BREAKS for c in window[i:])

    def _roc_dated(self) -> bool:
        """Does the text write years as the ROC counts them: 民國112年, 112年3月, 111年度, 111年底, 112年施政; or a
        year 1xx年 whose Gregorian year (+1911) it also writes (109年 on a page dated 2020-04-27)?"""
        if self._roc is None:
            text = self.text
            self._roc = _ROC_DATED.search(text) is not None or any(
                str(int(m.group(1)) + ROC_OFFSET) in text for m in _ROC_YEAR.finditer(text))
        return self._roc

    def _unit(self, pos: int, chinese: bool, cue_at: int) -> Unit | None:
        text = self.text
        if text[pos : pos + 1] not in self.lex.unit_first_chars:
            return None  # (no unit starts here, spaced or not)
        units = self.lex.unit_at(text, pos)
        ahead = text[pos + 1 : pos + MAX_SPACED_WORD + 1]
        if " " in ahead or "\n" in ahead:  # (_GAP_CHARS)
            units = self._spaced_units(pos, len(units[0].surface) if units else 0) + units
        for unit in units:
            if not unit.needs:
                return unit  # (most units: no condition)
            if unit.needs == "digits" and chinese and not self._long_numeral_before(pos):
                continue  # 十里荷花, 八百里秦川: names (二百三十斤, 五百多斤: weights)
            if unit.needs == "cue" and self._change_cue(cue_at) is None:
                continue
            if unit.needs == "score" and not self._in_clause(cue_at, self.lex.score_words):
                continue  # 最高分 554.4 分 is a score; 3分 of a clock or a part is not
            if unit.needs == "list" and chinese and not self._after_list(cue_at):
                continue  # 两区三地 (a slogan), but 丙、丁两市
            return unit
        return None

    def _long_numeral_before(self, pos: int) -> bool:
        """Does a numeral written in characters of LONG_NUMERAL or more (二百三十, 五百多 with its qualifier)
        end at ``pos``? Names with a numeral take one or two of them (十里铺, 八百里, 三十里铺)."""
        text, digits, k = self.text, numerals(), pos
        qualifiers = self.lex.after_number_qualifiers  # (余, 多; 来 only before a magnitude, never here)
        while k > 0 and pos - k < LONG_NUMERAL and (
                text[k - 1] in digits or qualifiers.get(text[k - 1], ("", "magnitude"))[1] != "magnitude"):
            k -= 1
        return pos - k >= LONG_NUMERAL

    def _spaced_units(self, pos: int, longest: int) -> list[Unit]:
        """Units longer than ``longest`` that start at ``pos`` once the spaces or the one line break a
        PDF converter put between their characters are read through (37.9 個百 分點, 2.5 平方⏎米); the
        unit's ``surface`` keeps them. Only a unit of the table is glued (3个 村民 stays 3个), and
        across a line break no span of time (完成3个⏎月度任务 stays 3个)."""
        text = self.text
        chars: list[str] = []
        ends: list[int] = []
        i = pos
        while i < len(text) and len(chars) < MAX_SPACED_WORD + 2:
            ch = text[i]
            if ch in _GAP_CHARS and chars and is_cjk(text[i + 1 : i + 2]) and (
                    ch == " " or text[i - 1 : i] != " "):
                i += 1
                continue
            if not is_cjk(ch):
                break
            chars.append(ch)
            ends.append(i + 1)
            i += 1
        out = []
        for unit in self.lex.unit_at("".join(chars), 0):
            n = len(unit.surface)
            if n <= longest:
                break
            surface = text[pos : ends[n - 1]]
            if "\n" in surface and (surface.count("\n") > 1 or unit.kind in ("duration", "none")):
                continue  # 3个⏎月度任务: across a line break a span of time is no safer than a word's start
            if _GAP_CHARS.intersection(surface):
                out.append(Unit(surface, unit.unit, unit.dimension, unit.kind, unit.needs, unit.bare_magnitude))
        return out

    def _after_unit_qualifier(self, pos: int) -> tuple[int, str] | None:
        if self.text[pos : pos + 1] == " " and self.text[pos + 1 : pos + 2] in self.lex.after_unit_qualifier_chars:
            pos += 1  # 80% 以上
        surface = self.lex.after_unit_qualifier_words.starting_at(self.text, pos)
        if surface is None:
            return None
        approx, condition = self.lex.after_unit_qualifiers[surface]
        after = pos + len(surface)
        if condition == "boundary" and is_cjk(self.text[after : after + 1]) \
                and not self.text.startswith(_TIME_NOUNS, after):
            return None  # 上下游 is not 上下 (一年多时间 is more than a year: 时间 names the span itself)
        return pos + len(surface), approx

    # -- readers ------------------------------------------------------------------------
    def scan(self) -> list[Quantity]:
        found: list[Quantity] = []
        pattern = _token_pattern()
        pos, n = 0, len(self.text)
        while pos < n:
            m = pattern.search(self.text, pos)
            if m is None:
                break
            q = self._read(m)
            if q is not None:
                if found:
                    if found[-1].kind in ("share", "change"):  # (_inherit_change follows no other kind)
                        _inherit_change(self.text, found[-1], q, self._respective)
                    if q.kind == "share" and q.unit == "%":  # (_bracketed_rate reads no other rate)
                        _bracketed_rate(self.text, found, q)
                found.append(q)
                pos = q.end if q.end > m.end() or q.end == q.number_end < m.end() else m.end()
                # (五六户: the low end alone, read up to its own end; the high end is the next token)
            else:
                pos = m.end()
        return found

    def _read(self, m: re.Match) -> Quantity | None:
        kind = m.lastgroup
        s, e = m.span()
        if kind == "cn":
            if e - s > 1 and self.text[e - 1] in self.lex.magnitudes and (units := self.lex.unit_at(self.text, e - 1)) \
                    and len(units[0].surface) > 1:
                e -= 1  # 千万千瓦, 三千米: the last 千 begins the unit (千瓦, 千米), as after digits (1500万千瓦)
            if e - s == 2 and (low := self._contracted_range(s, e)) is not None:
                return low  # 五六户: the low end alone (五); 六户 is read next as any count
            if e - s == 1 and self.text[e : e + 1] == "、" and (low := self._listed_range_low(s, e)) is not None:
                return low  # 五、六千萬元: the low end (五千萬元); 六千萬元 is read next
            if not self._may_count(s, e):  # 进一步, 一是, 统一: most runs of numeral characters are words
                return self._read_zero(s, e) if e - s == 1 and self.text[s] == "零" else None  # 实现零火灾
            if e - s == 1 and self.text[s] in _formal_numerals():
                return None  # 大陆台胞, 收拾家园: a financial form alone is a character of a word
        if kind in ("idiom", "pct") and (self._masked(s, e) or self._quoted(s, e)):
            return None
        if kind == "idiom":
            row = self.lex.change_idioms[m.group()]
            end, approx = e, "exact"
            qual = self.lex.after_number_qualifiers.get(self.text[e : e + 1])
            if qual and qual[1] != "magnitude":
                end, approx = e + 1, qual[0]  # 翻了两番多
            return Quantity(s, end, float(row["value"]), row["unit"], approx, row["kind"], "ratio", s, e)
        if kind == "pct":
            return self._read_percent_words(m)
        if kind == "first":
            return self._read_first_place(s, e)
        chinese = kind == "cn"
        raw = self.text[s:e] if chinese else m.group()
        value: Number | None
        if chinese:
            if len(raw) > MAX_CHINESE_NUMERAL:
                return None
            value = parse_chinese(raw)
            if value is None and (count := self._counted_digit_by_digit(e, raw)) is not None:
                value = float(count)
        else:
            nxt = self.text[e : e + 1]
            if "," not in raw and "." not in raw:  # (one with a point or a group mark of its own reads no further)
                if nxt in self.lex.point_marks:
                    raw, e = self._marked_point(e, raw)
                elif nxt in self.lex.group_marks and len(raw) <= 3:
                    raw, e = self._marked_group(e, raw)
                elif nxt in _SPACED_STARTS:
                    if self.text[e : e + 2] == "..":
                        raw, e = self._doubled_point(e, raw)
                    else:
                        raw, e = self._spaced_number(s, e, raw)
            if len(raw.split(".")[0].replace(",", "")) > MAX_ARABIC_DIGITS:
                return None
            value = Decimal(raw.replace(",", ""))
        if value is None or self._masked(s, e):
            return None  # a masked number (八项规定, a template's residue) is none, whatever follows it
        q = self._read_number(s, e, raw, value, chinese)
        if q is not None and not (q.kind == "change" and q.unit) and self._quoted(s, e):
            return None  # “1412”行动: looked at only for what would be a quantity (“生产总值增长5.5%左右” is one)
        return q

    def _counted_digit_by_digit(self, e: int, raw: str) -> int | None:
        """一〇三件, 一一二件, 二〇%左右: a numeral written digit by digit before a measure word or a per cent
        sign, as Taiwan's documents write counts, is that number; before a unit of time it is a year or a
        date (二〇二四年, 一一二年度), not read here."""
        number = digits_read_one_by_one(raw)
        if number is None:
            return None
        if self.text[e : e + 1] in _PERCENT_SIGNS:
            return number
        units = self.lex.unit_at(self.text, e)
        return number if units and units[0].kind != "none" and units[0].dimension != "time" else None

    def _contracted_range(self, s: int, e: int) -> Quantity | None:
        """五六户, 四五个小时: two digits one apart, written together before a measure word, are a
        range's two ends (5 户 and 6 户, as 5-6户 gives them): the low end, with the unit after the
        high one. Not a number of its own (五六 is no 56), nor a word (三四线城市 has no unit after it)."""
        low = self._range_low_digit(s, s + 1)
        if low is None:
            return None
        unit = self._unit(e, True, s)
        if unit is None or unit.kind == "none" or unit.needs:
            return None
        return Quantity(s, s + 1, float(low), unit.unit, "exact", unit.kind, unit.dimension, s, s + 1)

    def _range_low_digit(self, s: int, h: int) -> int | None:
        """The digit at ``s`` when it and the digit at ``h`` are a range's two ends (five and six, one apart;
        not 〇 nor a financial form), not an ordinal's (第五六批); else None."""
        text, digits = self.text, numerals()
        low, high = digits.get(text[s]), digits.get(text[h : h + 1])
        if low is None or high is None or low.role != "digit" or high.role != "digit" or low.formal \
                or high.value != low.value + 1 or low.value == 0:
            return None
        if self._before_all.ending_at(text, s) or self._before_chinese.ending_at(text, s):
            return None  # 第五六批, 第五、六批: ordinals
        return int(low.value)

    def _listed_range_low(self, s: int, e: int) -> Quantity | None:
        """五、六千萬元, 三、四十人: a range's two ends, digits one apart with 、 between, the high end written
        with the scale and the unit both share: the low end at that scale (五千萬元). A scale of one is a
        list (一、二级, 五、六月份), not read here; nor an ordinal's (第五、六批)."""
        low = self._range_low_digit(s, e + 1)
        if low is None:
            return None
        run = _token_pattern().match(self.text, e + 1)
        if run is None or run.lastgroup != "cn" or (top := parse_chinese(run.group())) is None:
            return None
        scale = top / (low + 1)
        if scale < 10 or scale != int(scale):
            return None
        unit = self._unit(run.end(), True, s)
        if unit is not None and (unit.kind == "none" or unit.needs):
            return None
        value = float(low * scale)
        if unit is None:
            return Quantity(s, s + 1, value, "", "exact", "amount", "", s, s + 1)
        return Quantity(s, s + 1, value, unit.unit, "exact", unit.kind, unit.dimension, s, s + 1)

    def _spaced_number(self, s: int, e: int, raw: str) -> tuple[str, int]:
        """23 000平方米, 1 791.3 km2 (thousands set apart by spaces, as Hong Kong and SI texts write
        them), 6835. 27亿元 and 2 .7倍 (a converter's space after or before the decimal point): one number, when a unit
        or a magnitude follows it (a space aside) and no other number runs into it. A list's 1. 20个村
        is no decimal: the number must follow a word (值6835. 27, 总值 60132. 9), not start a line. Digits set
        apart one by one after a word (面积8 5 8万公顷, 职工3 5.9万人) are one number. On a page that
        lost every decimal point to a space, 5 9亿元 and 108 3% are 5.9 and 108.3 (``_page_lost_points``);
        never after 第 (第3 2), nor before a unit of time (2023 5月). Returns the number and its end."""
        text = self.text
        before = text[s - 2 : s - 1] if text[s - 1 : s] == " " else text[s - 1 : s]
        if text[e : e + 2] == " ." and (is_cjk(before) or before in _DECIMAL_AFTER):
            m = _SPACED_POINT.match(text, e)  # 是2010年的2 .7倍: a converter's space before the point
            if m is not None and self._unit_follows(m.end(), space=True):
                return raw + m.group().replace(" ", ""), m.end()
        if text[e : e + 1] == " ":
            if len(raw) == 1 and is_cjk(text[s - 1 : s]) and text[s - 1 : s] != "第":
                m = _SPACED_DIGITS.match(text, e)
                if m is not None and self._unit_follows(m.end()) and (
                        m.group().count(" ") > 1 or "." in m.group() or self._page_spaces_digits()) \
                        and not self._page_lost_points():
                    # (a lone pair, 5 9亿元, says nothing on a page that sets no digits apart elsewhere; on a
                    # page that lost its decimal points it is 5.9, below)
                    return raw + m.group().replace(" ", ""), m.end()
            if len(raw) <= 3 and not text[s - 1 : s].isdigit():
                m = _SPACED_GROUPS.match(text, e)
                if m is not None and (self._unit_follows(m.end(), space=True, qualified=True)
                                      or self._whole_cell(s, m.end())):
                    return raw + m.group().replace(" ", ""), m.end()  # (| 98 592 |: a cell's figure grouped by spaces)
            if len(raw) <= 4 and text[s - 1 : s] != "第" and not (text[s - 1 : s] == " " and text[s - 2 : s - 1].isdigit()):
                m = _LOST_POINT.match(text, e)
                if m is not None and self._point_unit(m.end()) and self._page_lost_points():
                    return raw + "." + m.group(1), m.end()
            return raw, e
        if text[e : e + 2] == ". " and (is_cjk(before) or before in _DECIMAL_AFTER or (
                before in ("\n", "") and self._page_spaces_points())):
            m = _SPACED_DECIMAL.match(text, e)  # 值6835. 27亿元; 总值 60132. 9 亿元, 、29. 9% with spaces around
            if m is not None and (self._unit_follows(m.end(), space=True) or (
                    text[m.end() : m.end() + 1] in _LIST_JOINS and self._page_spaces_points())):
                # (on a page that writes its decimals so, one at a line's start, ⏎24. 3 亿元, and one
                # listed before the unit they share, 增长 36. 8、25%、33. 3%, are decimals too)
                return raw + m.group().replace(" ", ""), m.end()
        return raw, e

    def _page_spaces_points(self) -> bool:
        """Does this page write its decimals with a space after the point (总值 60132. 9 亿元), at least
        ``MIN_SPACED_POINTS`` times after a word and before a unit? Looked at once, where needed."""
        if self._points_spaced is None:
            found = (m for m in _SPACED_POINT_IN_PROSE.finditer(self.text) if self._unit_follows(m.end(), space=True))
            self._points_spaced = len(list(islice(found, MIN_SPACED_POINTS))) == MIN_SPACED_POINTS
        return self._points_spaced

    def _doubled_point(self, e: int, raw: str) -> tuple[str, int]:
        """同比下降14..3%: a point typed twice between two digit runs is one decimal point, where a unit
        or a magnitude follows the second run (a range 1..3 has none)."""
        m = _DOUBLED_POINT.match(self.text, e)
        if m is None or not self._unit_follows(m.end()):
            return raw, e
        return raw + "." + m.group(1), m.end()

    def _marked_point(self, e: int, raw: str) -> tuple[str, int]:
        """上涨1·8%: a mark that OCR prints for the decimal point (``number_marks.tsv``) between two digit
        runs is the point, where a unit of measure or a magnitude follows the second run (5·12地震 and
        3·15晚会 name days)."""
        m = _MARKED_POINT.match(self.text, e + 1)
        if m is None or not self._point_unit(m.end()):
            return raw, e
        return raw + "." + m.group(), m.end()

    def _marked_group(self, e: int, raw: str) -> tuple[str, int]:
        """投资 1…544.6 万元: a mark printed for a lost thousands separator (``number_marks.tsv``) between
        a short digit run and exactly three digits, a decimal point, a unit or a magnitude after them."""
        m = _MARKED_GROUP.match(self.text, e + 1)
        if m is None or not ("." in m.group() or self._unit_follows(m.end(), space=True)):
            return raw, e
        return raw + m.group(), m.end()

    def _unit_follows(self, k: int, space: bool = False, qualified: bool = False) -> bool:
        """Does a unit or a magnitude start at ``k`` (or, with ``space``, after one space there; with
        ``qualified``, after 多 or 余: 7 800多名)?"""
        text, lex = self.text, self.lex
        if space and text[k : k + 1] == " ":
            k += 1
        if qualified and (qual := lex.after_number_qualifiers.get(text[k : k + 1])) and qual[1] != "magnitude":
            k += 1
        return text[k : k + 1] in lex.magnitudes or bool(lex.unit_at(text, k))

    def _point_unit(self, k: int) -> bool:
        """A magnitude or a unit of measure (not of time, not a date's or a name's) at ``k``."""
        text, lex = self.text, self.lex
        if text[k : k + 1] in lex.magnitudes:
            return True
        units = lex.unit_at(text, k)
        return bool(units) and units[0].kind not in ("none", "duration") and units[0].dimension != "time"

    def _page_lost_characters(self) -> bool:
        """Has this page lost characters to ``?`` where a figure begins (总收?8.8亿元, 占?0.5%: a Chinese
        character and the digit after it, lost together by a wrong decoding)? ``MIN_LOST_CHARACTERS``
        times at least: a question mark before a figure once is a question. Looked at once."""
        if self._chars_lost is None:
            found = _LOST_BEFORE_FIGURE.finditer(self.text)
            self._chars_lost = sum(1 for _ in islice(found, MIN_LOST_CHARACTERS)) >= MIN_LOST_CHARACTERS
        return self._chars_lost

    def _page_spaces_digits(self) -> bool:
        """Does this page set the digits of its numbers apart (林地面积8 5 8万公顷, 职工3 5.9万人)? A run of
        three digits or more, or of digits and decimals, spaced apart after a word, somewhere on it.
        Looked at once, and only where a pair of spaced digits is read."""
        if self._digits_spaced is None:
            self._digits_spaced = _DIGITS_SPACED_PAGE.search(self.text) is not None
        return self._digits_spaced

    def _page_lost_points(self) -> bool:
        """Has this page lost its decimal points to spaces? No decimal point in the text, and
        ``MIN_LOST_POINTS`` pairs of digit runs set apart by one space before a unit or a magnitude
        (5 9亿元, 108 3%, 1 3亿元). Looked at once, and only where such a pair is read."""
        if self._points_lost is None:
            text = self.text
            self._points_lost = False
            if _ANY_DECIMAL.search(text) is None:
                count = 0
                for m in _LOST_POINT_PAIRS.finditer(text):
                    if self._point_unit(m.end()):
                        count += 1
                        if count >= MIN_LOST_POINTS:
                            self._points_lost = True
                            break
        return self._points_lost

    def _may_count(self, s: int, e: int) -> bool:
        """A quick test that a run of Chinese numerals could be a quantity at all: something
        that follows numbers stands after it (a unit, 余/多, a magnitude), or a word that makes
        a bare numeral count stands before it (超万, 第二, 后三名). (`_token_pattern` applies the
        same test to a lone numeral: keep the two alike.)"""
        lex, text = self.lex, self.text
        nxt = text[e : e + 1]
        if nxt in lex.unit_first_chars or nxt in lex.after_number_qualifiers or nxt in lex.magnitudes or nxt == " ":
            return True
        if self._scaled_alone(s, e):
            return True
        prev = text[s - 1 : s]
        return bool(prev) and prev in lex.number_lead_chars

    def _one_after_its_noun(self, s: int, e: int, raw: str) -> bool:
        """河流有弯沟河一条, 变压器一台。: a count of one written after the noun it counts, its measure
        word closing the clause, is a quantity; before a noun (一座电站, 一批项目) 一 is an article,
        and after a verb (干一件成一件) the count is of the verb's doing."""
        text = self.text
        if raw != "一" or not is_cjk(text[s - 1 : s]) or self.lex.change_cue_words.ending_at(text, s):
            return False
        units = self.lex.unit_at(text, e)
        if not units or units[0].dimension != "count" or len(units[0].surface) != 1 \
                or units[0].surface in self.lex.one_unit_nots or self.lex.one_after_verbs.ending_at(text, s):
            return False
        if _in_step(text, s, e + 1, "一" + units[0].surface):
            return False  # 收完一块翻埋一块: deeds in step, one plot after another, no count (水库一座,泵站一座 counts)
        return e + 1 >= len(text) or text[e + 1] in _CLAUSE_ENDS  # (one_counts.tsv)

    def _points_of_one(self, e: int, raw: str) -> bool:
        """上升一个百分点, 下降了一个百分点: one percentage point is a measure, never an article."""
        units = self.lex.unit_at(self.text, e) if raw == "一" else None
        return bool(units) and units[0].kind == "points" and not units[0].needs

    def _span_of_one(self, s: int, e: int, raw: str) -> bool:
        """提前一年完成, 历时一年, 为期一个月: 一 and a measure of time after a word of a span
        (one_counts.tsv role span) are a span of one, as 提前3个月 is; so are 一周左右, 一个月以上, which a
        qualifier after the unit bounds (not 一年多来: 多 is no such word of the table), and 一个半小时, 一年半; 一年来,
        一年一度 are not."""
        if raw != "一":
            return False
        units = self.lex.unit_at(self.text, e)
        if units and self._and_a_half(e, units[0]):
            return True  # 一个半小时, 一年半: the half a unit more measures the span
        if not units or units[0].kind != "duration":
            return False
        if self.lex.one_span_leads.ending_at(self.text, s):
            return True
        qualifier = self.lex.after_unit_qualifier_words.starting_at(self.text, e + len(units[0].surface))
        return qualifier is not None and len(qualifier) > 1

    def _named_by_households(self, s: int, end: int) -> bool:
        """Is a count of households in Chinese numerals a village's name: before 村 (驻五百户村), or an item of a
        list that holds nothing else (辖土山、四百户、三百户, 、东七百户、)? A count in a list comes with its noun
        (脱贫户三百户、五保户二十户)."""
        text = self.text
        if text[end : end + 1] == _VILLAGE and text[end + 1 : end + 2] != _VILLAGERS:
            return True  # 镇政府驻五百户村 (not 帮助三百户村民: households of villagers)
        k = s - 1 if text[s - 1 : s] in _NAME_DIRECTIONS else s  # 东七百户, 头百户
        return text[k - 1 : k] in _LIST_OPENERS and text[end : end + 1] == "、"

    def _counted_time(self, lead: int) -> bool:
        """Does a noun of time counted (优良天数) stand earlier in the clause of a span ending at ``lead``?"""
        text = self.text
        clause = max(text.rfind(ch, max(0, lead - COUNTED_TIME_REACH), lead) for ch in _CLAUSE_ENDS) + 1
        return any(text.find(noun, clause, lead) >= 0 for noun in self.lex.counted_time_nouns)

    def _two_as_count(self, e: int, raw: str) -> bool:
        """二个基地, 二个月: 二 before a measure word it counts with (one_counts.tsv role two), as 两 does."""
        if raw != "二":
            return False
        units = self.lex.unit_at(self.text, e)
        return bool(units) and units[0].surface in self.lex.two_count_units

    def _more_than_one(self, e: int, raw: str) -> bool:
        """一亩多土地, 一年多: one and more of a measure (多 or 余 after the measure word) is a count, no
        article; not 一个多月 (the month is the measure, 个 only its classifier)."""
        if raw != "一":
            return False
        units = self.lex.unit_at(self.text, e)
        if not units or units[0].surface == "个":
            return False
        after = e + len(units[0].surface)
        qual = self.lex.after_number_qualifiers.get(self.text[after : after + 1])
        return qual is not None and qual[1] != "magnitude" and not self.lex.unit_at(self.text, after + 1)

    def _scaled_alone(self, s: int, e: int) -> bool:
        """资金四十三万,: a run of numerals that ends in 万 or 亿 with no word glued after it is a
        scaled amount even with no unit written, as 43万 is (十万企业 is a name)."""
        text = self.text
        return (
            e - s > 1 and self.lex.magnitudes.get(text[e - 1], 1) >= BARE_MAGNITUDE_NEEDS_QUALIFIER
            and not is_cjk(text[e : e + 1])
        )

    def _read_zero(self, s: int, e: int) -> Quantity | None:
        """零火灾, 零事故: nothing of it happened, a quantity 0 (unit ""), after a result verb or
        before a word of incidents; never 零售, 零基预算, 零星 (``zero_words.tsv``)."""
        text, lex = self.text, self.lex
        if not is_cjk(text[e : e + 1]) or lex.zero_nots.starting_at(text, e):
            return None
        if not (lex.zero_nouns.starting_at(text, e) or lex.zero_verbs.ending_at(text, s)):
            return None
        if self._masked(s, e):
            return None
        verb_end = s - 2 if text[s - 2 : s - 1] == " " else s - 1  # (实现 “零伤亡”)
        if self._quoted(s, e) and not (text[s - 1 : s] in _quotes()[0] and lex.zero_verbs.ending_at(text, verb_end)):
            return None  # “零跑腿”服务: a slogan; not 实现“零伤亡”, the result quoted
        return Quantity(s, e, 0.0, "", "exact", "amount", "", s, e)

    def _currency_sign_before(self, s: int) -> tuple[int, str] | None:
        """$ 120,000.00, US$5亿: a currency sign right before the number (one space between allowed),
        not inside a word of Latin letters (ABC$5); where it starts and the unit it stands for."""
        text, lex = self.text, self.lex
        end = s - 1 if text[s - 1 : s] == " " else s
        sign = lex.currency_sign_words.ending_at(text, end)
        glued = text[end - len(sign) - 1 : end - len(sign)] if sign else ""
        if not sign or (glued.isascii() and glued.isalpha()):
            return None
        return end - len(sign), lex.currency_signs[sign]

    def _change_after(self, end: int) -> str | None:
        """The word after a rate that makes it a change (实现8%的增长; change_after.tsv), one space before it
        allowed, or after the last of the rates listed with it (分别实现14.2%、5.2%、157.3% 的同比增长)."""
        text, words = self.text, self.lex.change_after_words
        for _ in range(MAX_LISTED_RATES):
            k = end + 1 if text[end : end + 1] == " " else end
            if (word := words.starting_at(text, k)) is not None:
                return word
            listed = _LISTED_RATE.match(text, end)
            if listed is None:
                return None
            end = listed.end()
        return None

    def _guessed_unit(self, pos: int) -> Unit | None:
        """办理3案, 11国的买主: one Chinese character that no table knows, after a number and before
        the end of the word, is the measure word (not a function word: ``not_classifiers.tsv``)."""
        text, lex = self.text, self.lex
        ch = text[pos : pos + 1]
        if not is_cjk(ch) or ch in lex.not_classifiers or ch in numerals() or ch in lex.magnitudes:
            return None
        nxt = text[pos + 1 : pos + 2]
        if is_cjk(nxt) and nxt != "的" and not lex.after_unit_qualifier_words.starting_at(text, pos + 1):
            return None  # 0事故, 198组织, 12案件: the character begins a word
        if self._after_bare.starting_at(text, pos) or self._after_all.starting_at(text, pos):
            return None
        unit = self._guessed.get(ch)
        if unit is None:
            unit = self._guessed[ch] = Unit(ch, ch, "count", "amount", "", False)
        return unit

    def _lost_sign(self, s: int, e: int, cue_at: int, value: Number) -> Quantity | None:
        """占年计划的58.2, / 同比增长17.8; : a rate whose % sign was lost (``lost_signs.tsv``)."""
        text, lex = self.text, self.lex
        nxt = text[e : e + 1]
        if nxt and nxt not in _CLAUSE_BREAKS and nxt not in "(（)）":
            return None
        cue = self._change_cue(cue_at)
        if cue is not None:
            if lex.lost_sign_amounts.ending_at(text, self._gap_before(cue_at)) and "." not in text[s:e]:
                return Quantity(s, e, float(value), "", "exact", "amount", "", s, e)  # 同比增加6219(头): a count
            return Quantity(cue[0], e, cue[1] * float(value), "", "exact", "change", "ratio", s, e)
        end_word = lex.lost_sign_ends.ending_at(text, s)
        if end_word is None:
            return None
        clause = text[max(0, s - 16) : s - len(end_word)]
        clause = clause[max(clause.rfind(c) for c in _CLAUSE_BREAKS) + 1 :]
        if not any(v in clause for v in lex.lost_sign_verbs):
            return None
        return Quantity(s, e, float(value), "", "exact", "share", "ratio", s, e)

    def _range_unit(self, e: int) -> Unit | None:
        """The unit of a range whose low end ends at ``e`` (3~5年, 2500-2800℃): a measure's, never a
        date's (1-9月, 3-5日, 1-2号楼), nor a span of years (2021-2025年)."""
        unit = self._shared_unit(e)
        if unit is None or unit.kind == "none" or unit.surface in _RANGE_DATE_UNITS:
            return None
        high = _NEXT_JOINED.match(self.text, e)
        if unit.surface == "年" and high is not None and len(high.group(1)) == 4:
            return None
        return unit

    def _shared_unit(self, e: int) -> Unit | None:
        """分别提高15.5和2.2个百分点, 提高9.6、32.6和21.7个百分点: a number joined to the next ones by
        和/与/、 shares the unit written after the last (line breaks of a PDF text may stand between)."""
        shared = self._shared_measure(e)
        return shared[0] if shared is not None and shared[1] == 1 else None

    def _breakdown_measure(self, s: int, e: int) -> tuple[Unit, int] | None:
        """The measure written after a bracket that breaks a total into its parts, for the total before
        the bracket and for each part inside it (2699(国税1636、地税1036)万元: all three 万元), or None."""
        text = self.text
        if text[e : e + 1] in "(（":
            opening = e
        else:
            opening = max(text.rfind("(", max(0, s - BREAKDOWN_REACH), s), text.rfind("（", max(0, s - BREAKDOWN_REACH), s))
            if opening < 0 or not text[opening - 1 : opening].isdigit() or any(ch in text[opening:s] for ch in ")）"):
                return None  # (a bracket after a total: the total's digits right before it)
        close = next((k for k in range(opening + 1, min(len(text), opening + BREAKDOWN_REACH)) if text[k] in ")）"), None)
        if close is None or close < e or not _BREAKDOWN.fullmatch(text, opening + 1, close):
            return None
        k, factor, lex = close + 1, 1, self.lex
        while k < len(text) and text[k] in lex.magnitudes and not lex.unit_at(text, k):
            factor *= lex.magnitudes[text[k]]
            k += 1
        units = lex.unit_at(text, k)
        if not units or units[0].kind in ("none", "duration") or units[0].needs:
            return None
        return units[0], factor

    def _per(self, unit: Unit, end: int) -> tuple[Unit, int]:
        """323万元/亩, 252.14公斤/亩: an amount per something, where a unit ending at ``end`` is followed
        by a slash and the unit it is per; the unit and where it ends (as they were when none follows)."""
        text, lex = self.text, self.lex
        if text[end : end + 1] != "/" or unit.kind != "amount" or "/" in unit.unit:
            return unit, end
        alone = text[end + 1 : end + 2] in _PER_ALONE and not text[end + 2 : end + 3].isdigit()
        per = lex.unit_at(text, end + 1) or ([_PER_ALONE[text[end + 1]]] if alone else [])
        if per and (per[0].kind == "amount" or per[0].kind == "duration") \
                and per[0].dimension not in ("ratio", "money") \
                and (not per[0].needs or per[0].dimension in _MEASURED_PER):  # (100元/月: money per month)
            per_unit = Unit(unit.surface + "/" + per[0].surface, unit.unit + "/" + per[0].unit, unit.dimension,
                            "amount", "", False)
            return per_unit, end + 1 + len(per[0].surface)
        return unit, end

    def _shared_measure(self, e: int) -> tuple[Unit, int] | None:
        """The unit a list's numbers share (`_shared_unit`) with the magnitudes written before it,
        which scale every number of the list (分别为1310.35、1098.90亿元): the unit and their factor."""
        text, lex = self.text, self.lex
        for _ in range(MAX_SHARED):
            m = _NEXT_JOINED.match(text, e)
            if m is None:
                return None
            k, factor = m.end(), 1
            while k < len(text) and text[k] in lex.magnitudes and not lex.unit_at(text, k):
                factor *= lex.magnitudes[text[k]]
                k += 1
            units = lex.unit_at(text, k)
            if units and units[0].surface == "年" and k == m.end() and _YEAR_DIGITS.fullmatch(m.group(1)):
                return None  # 1、2024年我镇…: a list's number before a year, which shares nothing
            if units:
                if units[0].kind == "none" or units[0].needs:
                    return None
                # 400-500亩/天: the low end is per day too
                return self._per(units[0], k + len(units[0].surface))[0], factor
            if k > m.end():
                return None  # a magnitude alone (分别为3、5万): nothing shared
            e = m.end(1)
        return None

    def _read_percent_words(self, m: re.Match) -> Quantity | None:
        """百分之十五, 千分之三, 百分之15."""
        text, (s, e) = self.text, m.span()
        nm = re.compile(rf"\d+(?:\.\d+)?|[{numeral_chars()}]+(?:点[{numeral_chars()}]+)?").match(text, e)
        if not nm or len(nm.group()) > MAX_CHINESE_NUMERAL:
            return None
        raw = nm.group()
        value = float(raw) if raw[0].isdigit() else parse_chinese(raw)
        if value is None:
            return None
        unit = "%" if m.group() == "百分之" else "‰"
        cue = self._change_cue(s)
        start, sign = (cue[0], cue[1]) if cue else (s, 1)
        end, approx = nm.end(), "exact"
        after = self._after_unit_qualifier(end)
        if after:
            end, approx = after
        after_word = None if cue else self.lex.change_after_words.starting_at(text, end)
        if after_word:
            sign = self.lex.change_after[after_word]  # 保持百分之二十增速: the rate of a change
        return Quantity(start, end, sign * value, unit, approx, "change" if cue or after_word else "share", "ratio",
                        s, nm.end())

    def _read_number(self, s: int, e: int, raw: str, value: Number, chinese: bool) -> Quantity | None:
        text, lex = self.text, self.lex
        prev = text[s - 1] if s > 0 else ""
        nxt = text[e : e + 1]  # (read once: most of the tests below look at it)
        if prev.isascii() and prev.isalpha() and nxt not in lex.magnitudes:
            return None  # PM2.5, G20, No1 (not 减排COD1.2万吨: a figure scaled by a magnitude after a letter)
        if prev and (prev in ".．" or prev.isdigit()):
            return None
        if (prev in lex.point_marks or prev in lex.group_marks) and text[s - 2 : s - 1].isdigit():
            return None  # 1·8%: the decimals of a figure whose point was printed as a dot, or 5·12's day
        if prev == ":" and text[s - 2 : s - 1].isdigit():
            return None  # 09:30:15, 19:37:44: a time of day or a ratio, not a count
        if prev == "?" and not chinese and self._page_lost_characters():
            return None  # 总收?8.8亿元, 增长13.9%?86.9%: the figure lost its first digit with what stood before it
        minus = plus = False
        deduction = prev == "(" and nxt == ")" and "," in raw and self._spaced_rows.row_of(s - 1) is not None
        if deduction:
            minus = True  # (478,478,986) in a row of an account's figures: a deduction, as accounts print one
        elif prev and prev in MINUS and not chinese:  # 增长-12.7%, (-10.8%); not 1-9月, A-3
            before_minus = text[s - 2 : s - 1]
            minus = not (before_minus.isdigit() or before_minus in "%‰" or (before_minus.isascii() and before_minus.isalpha())
                         or self._figure_with_unit_ends(s - 1))  # 5万元-8万元, 50岁-60岁: a range's low end
            if before_minus in "%‰" and (low := _RATE_BEFORE.search(text, max(0, s - 12), s - 1)) is not None:
                minus = float(low.group(1)) > float(value)  # 2.0%-0.3%: a range runs upwards (增长6%-6.5%)
        elif prev == "+" and not chinese:  # 同比+19.82%、+80.46%: a rate with its sign is a change; not 1+3+N
            before_plus = text[s - 2 : s - 1]
            plus = not (before_plus.isdigit() or (before_plus.isascii() and before_plus.isalpha()))

        # Ordinals and ranks: 第三批 is not a quantity, 全县第二 is a rank (第 2 名 too).
        lead = s - 1 if prev == " " else s  # (_space_before)
        marker = text[lead - 1] if lead > 0 else ""
        context = self._before_all.ending_at(text, lead) if marker in self._before_all_lasts else None
        if context and self._kept_before.ending_at(text, lead):
            context = None
        if (context and not (plus and context == "+")) or (  # a sign, not a formula's + (1+3+N)
            chinese and self._before_chinese.ending_at(text, lead) and not read_digit_by_digit(raw)
        ):  # 预算数二五○点五○亿元: a figure read digit by digit is no vague 数十
            return self._read_rank(s, e, value) if marker == "第" else None
        if marker == "、" and nxt not in ("位", "名") \
                and _SHARED_ORDINAL.search(text, max(0, lead - SHARED_ORDINAL_WINDOW), lead):
            return None  # 第二、三批: an ordinal, as the first item is
        place = e + 1 if nxt == " " and lead < s else e  # 位列 38 位: spaced on both sides alike
        if text[place : place + 1] in ("位", "名") and value == int(value) and value > 0 \
                and self._ranked_without_ordinal(lead):
            return Quantity(s, place + 1, float(value), "名", "exact", "rank", "rank", s, e)  # 排名由24位升至19位
        if marker and marker in "前后":
            rank = self._read_rank(s, e, value)
            if rank is not None:
                return rank
        # (_names_after looks for nothing where neither a space, a word of its table nor a list's 、 follows)
        names_after = (nxt == " " or nxt in self._after_all_firsts or text[e + 1 : e + 2] == "、") and self._names_after(e)
        if (names_after and not (nxt in _RANGE_LOW_ENDS and not chinese and self._range_unit(e))) or (
                chinese and self._after_chinese.starting_at(text, e)):
            return None  # (缩短3~5年, 积温2500-2800℃: a range's low end, its unit after the high one)

        bare_magnitude = chinese and is_bare_magnitude(raw)
        magnitude_first = chinese and starts_with_magnitude(raw)
        scaled_figure = nxt in lex.magnitudes or (chinese and any(ch in lex.magnitudes for ch in raw)) or (
            nxt == " " and text[e + 1 : e + 2] in lex.magnitudes)  # 过 10 亿元: a PDF's space before 亿
        percent = nxt in _PERCENT_SIGNS or (nxt == " " and text[e + 1 : e + 2] in _PERCENT_SIGNS)
        if minus or plus or (prev not in _GAP_CHARS and prev not in self._before_qualifier_lasts
                             and text[s - 2 : s - 1] != " " and not (percent and is_cjk(prev))):
            before = None  # (no qualifier's last character, nor a space to step over: _before_qualifier finds none)
        else:
            before = self._before_qualifier(s, magnitude_first, chinese, scaled_figure, percent)
        if chinese and len(raw) == 1 and before is None and not bare_magnitude and not numerals()[raw].count_alone \
                and not self._one_after_its_noun(s, e, raw) and not self._more_than_one(e, raw) \
                and not self._span_of_one(s, e, raw) and not self._two_as_count(e, raw) \
                and not self._points_of_one(e, raw):
            return None  # 一座 (an article), 二期 (an ordinal)
        cue_at = before[0] if before else s - 1 if minus or plus else s  # a change cue would end here (looked up only when needed)

        # What follows: a unit straight away (千瓦 before 千), or 余/多, magnitudes, 余/多, unit.
        pos = e
        if text[pos : pos + 1] == " " and (
            text[pos + 1 : pos + 2] in lex.magnitudes or text[pos + 1 : pos + 2] in lex.after_number_qualifiers
            or lex.unit_at(text, pos + 1)
        ):
            pos += 1  # reports copied from the web keep a space: 1.71 亿元, 93.63 %, 2000 余人
        elif not chinese and text[pos : pos + 1] == "." and text[pos + 1 : pos + 2] in _PERCENT_SIGNS:
            pos += 1  # 增长48.%: a rate whose decimals were lost keeps its point (not 1.项目, a list's number)
        elif not chinese and (text[pos : pos + 1] == "\n" or text[pos : pos + 2] == " \n"):
            k = self._gap_after(pos)  # 5532.4⏎亿元: a PDF reader put the unit on a line of its own
            if k > pos and (self._in_a_row(s - 1 if minus else s) or text.startswith(_YEAR_POINTS, k)):
                pass  # a table's cell: the next line is the next row's name (年底可作分派的净资产, a point of the year)
            elif k > pos and (text[k : k + 1] in lex.magnitudes or lex.unit_at(text, k) or (
                    text[k : k + 1] in lex.after_number_qualifiers and (
                        text[k + 1 : k + 2] in lex.magnitudes or lex.unit_at(text, k + 1)))):
                pos = k  # (8000⏎余人次: a figure on a line of its own, 余 and the unit on the next)
            elif k > pos:
                pos = self._past_page_number(k, line=True) or pos  # 4022⏎- 1 -⏎万元
        elif not chinese and text[pos : pos + 1] == " ":
            pos = self._past_page_number(pos, line=False, decimal="." in raw) or pos  # 16.11 1⏎⏎亿元
        factor, after_number = 1, None
        unit = self._unit(pos, chinese, cue_at)
        if unit is not None and (half := self._and_a_half(pos, unit)):
            unit, pos, value = half[0], half[1] - len(half[0].surface), value + type(value)(0.5)  # 两个半月: 2.5
        if unit is None:  # a unit that starts with a magnitude word (千瓦, 千米) was taken first
            k = pos
            qual = lex.after_number_qualifiers.get(text[k : k + 1])
            if qual and (qual[1] != "magnitude" or raw.endswith(("0", "十", "百", "千", "万"))):
                after_number, k = qual[0], k + 1
            mags = 0
            while k < len(text) and text[k] in lex.magnitudes and not lex.unit_at(text, k):
                factor *= lex.magnitudes[text[k]]  # 1500万千瓦: 万 scales, 千瓦 is the unit
                k, mags = k + 1, mags + 1
            if mags and after_number is None:
                qual = lex.after_number_qualifiers.get(text[k : k + 1])
                if qual and qual[1] != "magnitude":
                    after_number, k = qual[0], k + 1
                    while k < len(text) and text[k] in lex.magnitudes and not lex.unit_at(text, k):
                        factor *= lex.magnitudes[text[k]]  # 1千多万, 3百余万: 余/多 between two magnitudes
                        k += 1
            unit = self._unit(k, chinese, cue_at)
            if unit is None and mags and text[k : k + 1] == " " and (spaced := self._unit(k + 1, chinese, cue_at)):
                unit, k = spaced, k + 1  # 443.16萬(wan) 畝, 5万 人: one space at this joint too, as at the others
            elif unit is None and mags and not chinese and not self.columns and text[k : k + 1] == "\n" \
                    and self._gap_after(k) == (g := k + 1) and not self._in_a_row(s - 1 if minus else s) \
                    and (broken := self._unit(g, chinese, cue_at)):
                unit, k = broken, g  # 为1.09万⏎人减免税费: a PDF's line broken between the magnitude and the unit
                # (not on a page of columns side by side: there the unit follows the other column's line)
            elif unit is None and mags and not chinese and after_number is None:
                unit = self._guessed_unit(k)  # 发电量5800万度。: a measure word no table knows, as after digits
            lower = self._lower_part(k, factor) if unit is None and mags and after_number is None else None
            if lower is not None:  # 1亿2000万元: one amount written in two parts
                value, factor, unit, k, after_number = Decimal(value) * factor + lower[0], 1, *lower[1:]
            elif unit is None and mags and after_number is None and factor < GROUP_MAGNITUDE and not chinese \
                    and (inner := self._inside_group(k, Decimal(value) * factor)):
                (value, k), factor = inner, 1  # 2仟396萬元: 2396万
                unit = self._unit(k, chinese, cue_at)
            if unit is not None:
                end = k + len(unit.surface)
            elif mags or after_number is not None:
                end = k  # (500多留守老人, 招生90余: 多 and 余 qualify a count written without its measure word)
            else:
                end = e
        else:
            end = pos + len(unit.surface)
        if unit is None and end == e and not chinese and (
                nxt in _JOINS or nxt in _RANGE_MARKS or nxt in " \n") \
                and not (nxt in " \n" and self._spaced_rows.row_of(s - 1 if minus else s)):
            # 15.5和2.2个百分点: the text stays the number (not a row's next cell); 分别为1310.35、1098.90亿元:
            # the magnitude is shared with the unit
            unit, factor = self._shared_measure(e) or (None, factor)
        elif unit is not None and unit.surface == "个" and not chinese and text[end : end + 1] in _JOINS:
            shared = self._shared_unit(end)  # 分别高0.5个、1.4个百分点: 个 is the first word of the list's unit
            if shared is not None and shared.surface.startswith("个") and shared.surface != "个":
                unit = shared

        if unit is not None and text[end : end + 1] == "/":
            unit, end = self._per(unit, end)
        if unit is not None and after_number is None and text[end : end + 1] in lex.after_number_qualifiers:
            inside = self._qualifier_inside(unit, end)
            if inside is not None:
                unit, after_number, end = inside
        if unit is None and end > e and self._names_after(end):
            return None  # 50亿级: a magnitude inside a name
        if unit is not None and unit.kind == "none":
            return None  # 75周年, 三季度, 2024年度
        if unit is not None and unit.surface in ("年", "年半") and not chinese and factor == 1 and (
            (len(raw) == 4 and 1000 <= value <= 2999) or raw.startswith("0") or _MONTH.match(text, end)
            or (len(raw) in (2, 3) and ROC_YEARS[0] <= value <= ROC_YEARS[1] and self._roc_dated())
            or (len(raw) in (5, 6) and raw[:2] in ("19", "20") and "." not in raw)  # 202223年: a year run into
            # the next one's digits by copy damage (2022-23), no span of two hundred thousand years
            or (len(raw) in (5, 6) and 1900 <= int(raw[-4:]) <= 2100 and self._before_year_glued.ending_at(text, s))
            or (len(raw) == 2 and text[s - 3 : s] in ("19 ", "20 ") and not text[s - 4 : s - 3].isdigit())
            or _NUMBERED_YEAR.fullmatch(raw)
        ):
            return None  # a year: 2024年, 08年, 99年9月, 20 11年 split by a PDF; a table's number glued to one
            # (表12017年), a list's (1.2024年)
        if unit is not None and unit.dimension == "places" and not chinese and factor == 1 and len(raw) == 4 \
                and 1900 <= value <= 2100 and before is None:
            return None  # 喜迎2025市两会: a year written without 年 before a place's name (no one counts 2025 cities)
        if bare_magnitude and before is None and after_number is None and not (unit is not None and unit.bare_magnitude):
            return None  # 千亩方, 百万员工, 千万工程: a magnitude word inside a name (千余份 is a count)
        if bare_magnitude and value >= BARE_MAGNITUDE_NEEDS_QUALIFIER and before is None and after_number is None \
                and not lex.after_unit_qualifier_words.starting_at(text, end):
            return None  # 万元户, or a template's blank (XX亿元, 生产总值亿元); 超万人, 亿元以上 are counts
        if chinese and value == 0 and len(raw) > 1:
            return None  # ○○人: a blank in a template, not nought
        if unit is None and not chinese and not minus and (currency := self._currency_sign_before(s)) is not None:
            # $978,651,900.00, HK$3.5亿: the sign before the amount is its unit
            amount = float(Decimal(value) * factor)
            return Quantity(before[0] if before else currency[0], end, amount, currency[1], before[1] if before else "exact",
                            "amount", "money", s, e)
        scaled = factor > 1 or (chinese and not bare_magnitude and self._scaled_alone(s, e))
        if unit is None and not scaled:
            if chinese and not (bare_magnitude and before):
                return None  # 三治一提升, 十四五
            if not chinese:
                cell = self._numbered_cell(s, e) if not minus else None
                if cell == ROW_NUMBER:
                    return None  # 序号⏎…⏎1: a row's number counts nothing
                if cell is not None:
                    # 整合资金⏎…⏎130: a figure alone in its cell, its unit (单位:万元) over the table
                    return Quantity(s, e, float(value), "", "exact", cell, "", s, e)
                if self.columns and not minus:
                    column = self._column_end(s, e, raw, value, before)
                    if column is not None:
                        return column
                shared = self._breakdown_measure(s, e) if not minus else None
                if shared is not None:
                    # 完成税收2699(国税1636、地税1036)万元: a total and its parts in brackets share the measure after them
                    unit, factor = shared
                    return Quantity(before[0] if before else s, e, float(Decimal(value) * factor), unit.unit,
                                    before[1] if before else "exact", unit.kind, unit.dimension, s, e)
                bracketed = self._units_in_brackets(e + 1) if nxt in "(（" else None
                if bracketed is not None and len(bracketed) > 1:
                    # 牲畜存栏总头数149875(头、只、匹), 牲畜出栏3323(头/只): several measure words, none the number's own
                    return Quantity(before[0] if before else s, e, float(value), "", before[1] if before else "exact",
                                    "amount", "", s, e)
                close = e + 1 + len(bracketed[0].surface) if bracketed is not None else -1
                if bracketed is not None and text[close : close + 1] in (")", "）"):
                    # 奶产量6789.20(吨), 皮张3761(张): a flattened table's row keeps its column's unit in brackets
                    unit, end = bracketed[0], close + 1
                    return Quantity(before[0] if before else s, end, float(value), unit.unit,
                                    before[1] if before else "exact", unit.kind, unit.dimension, s, e)
                guessed = None if (len(raw) == 4 and 1900 <= value <= 2100) else self._guessed_unit(end)
                if guessed is not None:
                    unit, end = guessed, end + 1
                elif ("." in raw or len(raw) > MAX_BARE_DIGITS or minus) and (
                        self._table_cell(s - 1 if minus else s, e) or self._cell_line(s - 1 if minus else s)
                        or self._spaced_rows.row_of(s - 1 if minus else s)) \
                        and not (len(raw) == 4 and 1900 <= value <= 2100):
                    # a table flattened into cells (社会从业人员 | 人 | 21675 | 21537 | -0.6 |, or 企业所得税 52.89
                    # -18.0 with spaces between): a figure alone in its cell, its unit in another, or a fall
                    # (-16 |); a row's number (1 |) stays out, as bare counts do
                    start = s - 1 if minus else s
                    spaced = self._spaced_rows.header_of(start)
                    kind = "change" if minus and not deduction else self._header_kind(spaced) if spaced is not None \
                        else self._pipe_column_kind(start) or self._column_kind(start)
                    return Quantity(start, e + deduction, -float(value) if minus else float(value), "", "exact", kind, "",
                                    s, e)
                elif len(raw) <= MAX_BARE_DIGITS and "." not in raw and "," not in raw and not minus \
                        and self._count_cell(s, e):
                    # 行政处罚 | 0 | 0 |, a disclosure report's table of counts: a small count in a row after its label,
                    # unless its column's header says it is a rate (占调整预算% | 100: a share) and it can be one (the
                    # targets under 2023年预期目标 (增速) may be sums: | 365 |)
                    kind = (self._pipe_column_kind(s) if value <= MAX_RATE_CELL and "|" in text[text.rfind("\n", 0, s) + 1 : s]
                            else None) or "amount"
                    return Quantity(s, e, float(value), "", "exact", kind, "", s, e)
                elif "." in raw and not minus and after_number is None and self._unitless_before.ending_at(text, s):
                    # 全市综合指数为4.03: an index's value, which no unit measures (number_context.tsv unitless)
                    return Quantity(before[0] if before else s, e, float(value), "", before[1] if before else "exact",
                                    "amount", "", s, e)
                elif "." not in raw and "," not in raw and not minus and after_number is None \
                        and not (len(raw) == 4 and 1900 <= value <= 2100) and self._counted_by_noun(s, end) \
                        and not self._after_bare.starting_at(text, end):
                    # 有劳动力资源数13208: a count its noun names, with no measure word (number_context.tsv counted)
                    return Quantity(before[0] if before else s, e, float(value), "", before[1] if before else "exact",
                                    "amount", "", s, e)
                elif "." not in raw and not minus and after_number is None and not (len(raw) == 4 and 1900 <= value <= 2100) \
                        and self._in_respective_list(s, end):
                    # 清拆令、警告通知及劝喻信分别为11,816、332及2972: a list of counts, one for each thing named
                    return Quantity(s, e, float(value), "", "exact", "amount", "", s, e)
                elif not self._bare_number_ok(raw, value, e if after_number else end, s):
                    lost = None if minus or before else self._lost_sign(s, e, cue_at, value)
                    if lost is None and ("." in raw or len(raw) > MAX_BARE_DIGITS) and is_cjk(text[end : end + 1]) \
                            and not (len(raw) == 4 and 1900 <= value <= 2100):
                        if not (self._masked(s, e) or self._quoted(s, e)):
                            self.dropped.append(s)  # counted in a warning: a measure word no table knows?
                    return lost
        if minus and (unit is None or (unit.dimension != "ratio" and unit.dimension not in lex.signed_dimensions)):
            return None  # 东区-2, a name or an identifier: only a rate or a level below nought takes a minus sign
        if chinese and unit is None and not scaled and not before:
            return None

        if chinese and unit is not None and unit.surface == _HOUSEHOLDS and self._named_by_households(s, end):
            return None  # 辖土山、四百户、三百户、骡子王…, 东七百户: villages named by their households
        if chinese and unit is not None and before is None and self._refers_back(s, end):
            return None  # …增长11.6%;两项指标增速…: the figures just given, counted again
        after_end = text[end : end + 1]
        after_unit = self._after_unit_qualifier(end) if after_end == " " or after_end in lex.after_unit_qualifier_chars \
            else None  # (most figures: no qualifier after the unit)
        if after_unit:
            end = after_unit[0]
        approx = before[1] if before else after_number or (after_unit[1] if after_unit else "exact")
        if approx == "exact" and self._threshold_after.starting_at(text, end):
            approx = "over"  # 站上1400万吨台阶, 迈上 3000 亿元台阶: a level reached is a floor

        kind = unit.kind if unit is not None else "amount"
        if kind == "duration" and before is None and lex.period_leads.ending_at(text, lead) \
                and not lex.period_lead_nots.ending_at(text, lead):
            return None  # 前10个月: a stretch of the report's period, as 1-10月 (period_leads.tsv)
        if kind == "duration" and unit.unit == "年" and before is None and lex.year_namers.ending_at(text, lead) \
                and not lex.year_namer_nots.ending_at(text, lead):
            return None  # 极不平凡的五年: the years named, talked of rather than measured (period_leads.tsv)
        if kind == "duration" and self._recent_period(lead, end):
            return None  # 在近3个月…带动下, 近两个月来: the recent months before the report, a period
        if kind == "duration" and self._counted_time(lead):
            kind = "amount"  # 优良天数为128天: days counted, not a span of time (period_leads.tsv counted)
        start = before[0] if before else s - 1 if minus else s
        sign = 1
        if kind in ("share", "points") or (unit is not None and unit.dimension == "ratio"):
            cue = self._change_cue(cue_at)
            frame = self._frame(cue_at) if kind == "points" else None
            after_word = None if cue or kind == "amount" else self._change_after(end)
            if cue:
                kind, start, sign = "change", cue[0], cue[1]
            elif after_word:
                kind, sign = "change", lex.change_after[after_word]  # 实现8%的快速增长
            elif kind == "points":
                kind = "change"  # a difference of two rates: 快0.1个百分点, 比上月加快0.9个百分点
            elif kind != "amount" and _BRACKETED_BASE.search(text, max(0, s - 12), s):
                kind = "change"  # 较上年同期(3.2%): the rate of growth of the period compared with
            elif kind == "share" and not before and (comparative := self._comparative(cue_at, True)) is not None:
                kind, start, sign = "change", cue_at - 1, comparative  # 比上年高5%, 较服务承诺标准高3.1%
            elif kind == "share" and not before and "|" in text[text.rfind("\n", 0, s) + 1 : s] \
                    and self._pipe_column_kind(s) == "change":
                kind = "change"  # | 生产总值 | 万元 | 35163 | 5.7 % | under 增长率(%): a column of growth rates
            elif kind != "amount":
                kind = "share"
            if frame is not None:
                kind, sign = "change", frame  # 低于全县规上工业增速5.8个百分点: −5.8
            elif kind == "change" and not cue and (comparative := self._comparative(cue_at)) is not None:
                sign = comparative  # 比上年低0.21个千分点: −0.21
            if minus:
                kind, sign = "change", -sign  # 增长-12.7%: a rate below nought is a fall
            elif plus and kind != "change":
                kind, start = "change", s - 1  # 同比+19.82%
            elif kind == "amount" and unit is not None and self._multiple_frame(cue_at):
                kind = "share"  # 是2011年的1.37倍: a multiple of a base
        elif unit is not None and unit.dimension in lex.signed_dimensions:
            below = lex.below_zero_words.ending_at(text, cue_at)
            if minus or below:  # 最低气温-5℃, 零下5℃: a level below nought
                sign = -1
                start = cue_at - len(below) if below and not before else start
        elif unit is not None and unit.surface in RANK_PLACES:
            move = self.lex.rank_moves.ending_at(text, cue_at)
            if move:  # 较1-5月上升1位, 比一季度前移3位: places gained or lost in a ranking
                kind, start, sign = "change", cue_at - len(move), self.lex.rank_move_sign[move]
        # Decimal where a magnitude scales the number: 1151.63 × 10⁴ is 11516300 exactly, not …299.999
        amount = float(value) if factor == 1 and sign == 1 else float(sign * Decimal(value) * factor)
        return Quantity(
            start, end, amount, unit.unit if unit else "", approx, kind, unit.dimension if unit else "", s, e,
        )

    def _refers_back(self, s: int, end: int) -> bool:
        """Is the count at ``s`` (its unit ending at ``end``) one of figures just given: a noun of
        figures after it (``back_references.tsv``), at the start of a clause (not of a line), and a
        figure in the clauses of its sentence before it, or, where it opens a sentence, in the sentence
        before?"""
        text = self.text
        if self.lex.back_reference_nouns.starting_at(text, end) is None:
            return False
        k = self._space_before(s)
        if k > 0 and text[k - 1] not in _CLAUSE_BREAKS:
            return False
        if k == 0 or text[k - 1] == "\n":
            return False
        lo = max(0, k - 1 - BACK_REFERENCE_WINDOW)
        before = text[lo : k - 1]
        clause = before[max(before.rfind(c) for c in "\n。！？!?") + 1 :]
        return any(ch.isdigit() for ch in clause)

    def _whole_cell(self, s: int, e: int) -> bool:
        """Is text[s:e] all of a table's cell (| 98 592 | 96 604 |, spaces around it at most)?"""
        text = self.text
        k = s
        while k > 0 and text[k - 1] == " ":
            k -= 1
        j = e
        while j < len(text) and text[j] == " ":
            j += 1
        return text[k - 1 : k] == "|" and text[j : j + 1] in ("|", "\n", "")

    def _and_a_half(self, pos: int, unit: Unit) -> tuple[Unit, int] | None:
        """A span of time half a unit longer than its number: 两个半月, 一个半小时 (半 between 个 and the
        unit's word), 两年半, 三天半 (半 after it; not 一年半载, an idiom of vagueness, nor 2022年半年度: 半年 is
        a word of its own). The unit, whose surface is the phrase's, and where the phrase ends; None where
        no 半 follows."""
        text = self.text
        if unit.surface == "个" and text.startswith("个半", pos):
            units = self.lex.unit_at("个" + text[pos + 2 : pos + 8], 0)
            if units and units[0].dimension == "time" and units[0].kind == "duration":
                u = units[0]
                surface = u.surface[0] + "半" + u.surface[1:]
                return Unit(surface, u.unit, u.dimension, u.kind, u.needs, u.bare_magnitude), pos + len(surface)
        elif unit.dimension == "time" and unit.kind == "duration" and text.startswith("半", pos + len(unit.surface)) \
                and text[pos + len(unit.surface) + 1 : pos + len(unit.surface) + 2] not in _NOT_HALF_AFTER:
            surface = unit.surface + "半"
            return Unit(surface, unit.unit, unit.dimension, unit.kind, unit.needs, unit.bare_magnitude), pos + len(surface)
        return None

    def _recent_period(self, lead: int, end: int) -> bool:
        """Does the span of time that ends at ``end`` name the recent stretch before the report (近3个月,
        最近两个月 after ``lead``): opening its clause or after 在/从, or followed by 来/以来; the coming
        stretch (今后五年) anywhere (``period_leads.tsv``)? 历时近3个月 and 用了近3个月时间 are durations."""
        text, lex = self.text, self.lex
        word = lex.recent_leads.ending_at(text, lead)
        if word is None:
            return False
        if word in lex.ahead_leads:
            return True  # 提出今后五年发展: the coming stretch is a period wherever it stands
        k = self._space_before(lead - len(word))
        return (k == 0 or text[k - 1] in _CLAUSE_BREAKS or text[k - 1] in "、 " or lex.recent_frames.ending_at(text, k)
                is not None or lex.recent_afters.starting_at(text, end) is not None)

    def _past_page_number(self, pos: int, line: bool, decimal: bool = False) -> int | None:
        """Where the unit starts when a page number stands between a figure and its unit
        (``page_numbers.tsv``): a line of its own (``line``, ``pos`` at that line's start:
        4022⏎- 1 -⏎万元), or written after the figure at the end of its line (``pos`` at the space:
        16.11 1⏎⏎亿元). The unit (or its magnitude) must start the line after; otherwise ``None``."""
        text, lex = self.text, self.lex
        if line:
            stop = text.find("\n", pos, pos + 40)
            if stop < 0 or lex.page_number_line.fullmatch(text[pos:stop].strip()) is None:
                return None
        else:
            m = lex.page_number_tail.match(text, pos)
            if m is None or (not decimal and len(m.group().strip()) > 2):
                return None  # 16 100⏎亿元: a thousands group, not a page
            stop = self._spaces_on(m.end(), m.end())
            if text[stop : stop + 1] != "\n":
                return None
        k = self._spaces_on(stop + 1, stop + 1)
        if text[k : k + 1] in self.lex.magnitudes or self.lex.unit_at(text, k):
            return k
        return None

    def _column_end(self, s: int, e: int, raw: str, value, before) -> Quantity | None:
        """A figure that ends its line on a page of columns set side by side (``self.columns``):
        its unit was pushed behind the other column's text, so the figure keeps what is contiguous,
        unit "" (全乡育龄妇女 997⏎, 年供养 24.84⏎, 招生 90余⏎ over). Only after a word that it
        measures (not P. 340, not a year)."""
        text, lex = self.text, self.lex
        end, approx = e, before[1] if before else "exact"
        qual = lex.after_number_qualifiers.get(text[e : e + 1])
        if qual and qual[1] != "magnitude" and before is None:
            end, approx = e + 1, qual[0]
        if text[end : end + 1] not in ("\n", ""):
            return None
        if len(raw) == 4 and 1900 <= value <= 2100:
            return None
        lead = self._space_before(before[0] if before else s)
        if not is_cjk(text[lead - 1 : lead]) or text[lead - 1] in _SENTENCE_END:
            return None
        return Quantity(before[0] if before else s, end, float(value), "", approx, "amount", "", s, e)

    def _units_in_brackets(self, k: int) -> list[Unit] | None:
        """The measure words a bracket opened before ``k`` holds and nothing else (吨; 头、只、匹; 头/只/匹),
        or None."""
        m = _BRACKET_UNITS.match(self.text, k)
        if m is None:
            return None
        found = []
        for part in _BRACKET_UNIT_SEPARATORS.split(m.group(1)):
            units = self.lex.unit_at(part, 0)
            if not units or len(units[0].surface) != len(part) or units[0].kind != "amount":
                return None
            found.append(units[0])
        return found

    def _multiple_frame(self, pos: int) -> bool:
        """是2011年的1.37倍: a word of a multiple's frame right before ``pos`` and a verb of it earlier
        in the clause (``multiple_frames.tsv``)."""
        text, lex = self.text, self.lex
        k = self._gap_before(pos) if text[pos - 1 : pos] in _GAP_CHARS else pos
        end_word = lex.multiple_ends.ending_at(text, k)
        if end_word is None:
            return False
        clause = text[max(0, k - 16) : k - len(end_word)]
        clause = clause[max(clause.rfind(c) for c in _CLAUSE_BREAKS) + 1 :]
        return any(v in clause for v in lex.multiple_verbs)

    def _table_cell(self, s: int, e: int) -> bool:
        """Does ``text[s:e]`` fill a cell of a table flattened into text: a ``|`` after it (spaces
        aside), and a ``|`` or the start of a line before it?"""
        text = self.text
        k = self._spaces_on(e, e)
        if text[k : k + 1] != "|":
            return False
        k = self._spaces_back(s, s)
        return k == 0 or text[k - 1] in "|\n"

    def _count_cell(self, s: int, e: int) -> bool:
        """Is the small integer at ``[s, e)`` a count in a row of a table after the row's label: a ``|`` cell
        of a line that a cell of words opens (规章 | 0 | 0 |, not a row's number: 1 | 推动…), or a line of
        its own in a run of at least two figure lines under a short line of words (行政处罚⏎0⏎0⏎0, blank
        lines between), not a page's number under a heading?"""
        text = self.text
        line_start = text.rfind("\n", 0, s) + 1
        line_end = text.find("\n", e)
        line_end = len(text) if line_end < 0 else line_end
        alone = not text[line_start:s].strip() and not text[e:line_end].strip(" \t|")  # (0 |: a cell a line)
        if self._table_cell(s, e) and not alone:
            before = text[line_start:s]
            first = before.lstrip(" |").split("|", 1)[0]
            after = text[self._spaces_on(e, e) + 1 : text.find("\n", e) if "\n" in text[e:] else len(text)]
            nxt = after.split("|", 1)[0]
            # (经济发展 | 1 | 地区生产总值 |: a number before a cell of words is the row's number)
            return "|" in before and any(map(is_cjk, first)) and not any(map(is_cjk, nxt))
        if not alone:
            return False
        figures, k = 1, line_start  # walk up over blank and figure lines to the row's label
        for _ in range(2 * MAX_COUNT_CELLS):
            if k == 0:
                return False
            prev_start = text.rfind("\n", 0, k - 1) + 1
            line = _REMARK.sub("", text[prev_start : k - 1].strip().rstrip(" |").strip())  # 规章(…) |: its label
            k = prev_start
            if not line:
                continue
            if _SMALL_COUNT_LINE.fullmatch(line):
                figures += 1
                continue
            if len(line) > COUNT_LABEL_MAX or not any(map(is_cjk, line)) or any(ch in _LABEL_STOPS for ch in line) \
                    or line in self._numbering:
                return False  # (栏次 |⏎1 |⏎2 |: the columns' numbers)
            break
        else:
            return False
        return figures >= 2 or _NEXT_COUNT_LINE.match(text, line_end) is not None

    def _numbered_cell(self, s: int, e: int) -> str | None:
        """What the figure at ``[s, e)`` is in a table whose rows are numbered (``clean.cell_tables``): a row's
        number (ROW_NUMBER), or the kind its column's header gives a figure alone in its cell; None outside."""
        if self._numbered_cells is None:
            self._numbered_cells = self._read_numbered_cells()
        return self._numbered_cells.get((s, e))

    def _read_numbered_cells(self) -> dict[tuple[int, int], str]:
        text, cells = self.text, {}
        for table in numbered_tables(text):
            for row in table.rows:
                for c, (a, b) in enumerate(row):
                    if b <= a or c == table.name_column:
                        continue
                    if c == table.number_column:
                        cells[(a, b)] = ROW_NUMBER
                    elif (figure := figure_alone(text, a, b)) is not None:
                        cells[figure] = self._header_kind(text[slice(*table.header[c])])
        return cells

    def _in_a_row(self, s: int) -> bool:
        """Is the figure at ``s`` a cell of a table's row, printed a cell a line or spaced on one line? The
        line after it is then the next row's, no unit of the figure's."""
        return self._cell_line(s) or self._spaced_rows.row_of(s) is not None

    def _cell_line(self, s: int) -> bool:
        """Is the figure at ``s`` a cell of a table printed one cell a line: alone on its line,
        and the line before or after it alone a figure too (one row's columns, 3453.93⏎7.8)?
        A figure alone between lines of words (超⏎9.5⏎亿元, a PDF's runs) is no cell."""
        text = self.text
        start = text.rfind("\n", 0, s) + 1
        if text[start:s].strip(" \t") or not _FIGURE_LINE.match(text, start):
            return False
        end = text.find("\n", s)
        if end >= 0 and _FIGURE_LINE.match(text, end + 1):
            return True
        return start >= 2 and _FIGURE_LINE.match(text, text.rfind("\n", 0, start - 1) + 1) is not None

    def _pipe_column_kind(self, s: int) -> str | None:
        """The kind of the column of a figure in a table flattened into ``|`` cells (a row on a line,
        or every row on one line: 指标名称 | 增加值 | 同比增长% | 地区生产总值 | 90.39 | 9.8 | 第一产业 |
        30.02 | 8.0 |), told by the header's cells as ``_column_kind`` tells it for a table printed a cell
        a line; None when the figure stands in no such table or its header is not found."""
        table = self._pipe_tables.get(self._pipe_table_start(s))
        if table is None:
            table = _PipeTable(self.text, self._pipe_table_start(s))
            self._pipe_tables[table.start] = table
        header = table.header_of(s)
        if header is None:
            return None
        return self._header_kind(header)

    def _header_kind(self, header: str) -> str:
        """The kind a column's header cell gives its figures (table_headers.tsv), its letters spaced
        apart or not (增 幅, as headers are set in a printed table)."""
        header = "".join(header.split())
        if not year_only(header):
            return "amount"  # 预计全年实现增长6.5%左右: a row's cell taken for the header's, which names no column
        words = self.lex.column_kinds
        return next((words[w] for w in words if w in header), "amount")

    def _pipe_table_start(self, s: int) -> int:
        """Where the ``|`` table around ``s`` starts: the first of the lines with a ``|`` above it,
        after the last sentence end before its first cell border (表1 …。指标名称 | …)."""
        text = self.text
        start = text.rfind("\n", 0, s) + 1
        known = self._pipe_starts.get(start)
        if known is not None:
            return known
        visited = [start]
        for _ in range(_PipeTable.MAX_LINES):
            if start == 0:
                break
            above = text.rfind("\n", 0, start - 1) + 1
            if "|" not in text[above : start]:
                over = text.rfind("\n", 0, above - 1) + 1 if above > 0 else -1
                line = text[above : start].strip()
                if over < 0 or not 0 < len(line) <= BROKEN_CELL_MAX or "|" not in text[over:above]:
                    break
                above = over  # 比上年增长⏎(%) |: a header cell broken across lines, the table goes on above
            start = above
            if start in self._pipe_starts:  # a line above whose table was found already
                return self._pipe_starts[start]
            visited.append(start)
        first_bar = text.find("|", start, s)
        stop = max(text.rfind(c, start, first_bar) for c in _PIPE_TABLE_STOPS) + 1 if first_bar >= 0 else 0
        found = max(start, stop)
        for line_start in visited:
            self._pipe_starts[line_start] = found
        return found

    def _column_kind(self, s: int) -> str:
        """The kind of the cells of the column the figure at ``s`` stands in, when it is a cell of
        a table printed one cell a line and the table's header names its columns: the header's
        lines stand right above the first row, one per column (指标⏎绝对值(亿元)⏎比上年增长(%)), and
        a header word says changes or shares (``table_headers.tsv``). Otherwise an amount."""
        text = self.text
        lines = _CellRows(text, s)
        if lines.column is None:
            return "amount"
        header = self._cell_headers.get(lines.first_row)
        if header is None:
            header = self._cell_headers[lines.first_row] = lines.header()
        if lines.column >= len(header):
            return "amount"
        return self._header_kind(header[lines.column])

    def _qualifier_inside(self, unit: Unit, end: int) -> tuple[Unit, str, int] | None:
        """两个多月: the classifier, 多, then the unit of time; 个多月 is 个月 with 多 inside.
        Returns ``(the whole unit, the approximation, where it ends)``."""
        text, lex = self.text, self.lex
        qual = lex.after_number_qualifiers.get(text[end : end + 1])
        if qual is None or qual[1] == "magnitude":
            return None
        for n in lex.unit_lengths:
            combined = lex.units.get(unit.surface + text[end + 1 : end + 1 + n])
            if combined is not None and len(combined.surface) == len(unit.surface) + n:
                return combined, qual[0], end + 1 + n
        return None

    def _lower_part(self, pos: int, factor: int) -> tuple[Decimal, Unit, int, str | None] | None:
        """The rest of an amount written in parts, after its first magnitude: 1亿[2000万元],
        51万[9,000元], 3万[5000余人], 351亿[7884万2000元]. It must be smaller than one of the first magnitude and end
        in a unit of amount (1万2% is no amount). Returns ``(its value, the unit, where the unit
        starts, the approximation of 余/多 before the unit)``."""
        text, lex = self.text, self.lex
        spaced = text[pos : pos + 1] == " " and not self._spaced_rows.row_of(pos)
        # 302 億 1,292萬: a space between the parts; 1萬零24人: 零 before a part that leaves a place empty
        skip = text[pos : pos + 1] == _ZERO_BETWEEN or spaced
        m = _ARABIC_PART.match(text, pos + 1 if skip else pos)
        if m is None:
            return None
        k, scale = m.end(), 1
        if text[k : k + 1] == " " and text[k + 1 : k + 2] in lex.magnitudes and not self._spaced_rows.row_of(k):
            k += 1  # 84億7,000 萬元: a space before the part's magnitude
        while k < len(text) and text[k] in lex.magnitudes and not lex.unit_at(text, k):
            scale *= lex.magnitudes[text[k]]
            k += 1
        approx = None
        qual = lex.after_number_qualifiers.get(text[k : k + 1])
        if qual and qual[1] != "magnitude":
            approx, k = qual[0], k + 1
        part = Decimal(m.group().replace(",", "")) * scale
        unit = self._unit(k, False, pos)
        if unit is None and scale < GROUP_MAGNITUDE and approx is None and (inner := self._inside_group(k, part)):
            part, k = inner  # 10億[2仟396萬]元: 千 inside the group that 万 closes, 2396万
            unit = self._unit(k, False, pos)
        if unit is None and 1 < scale < factor and part < factor and approx is None:
            rest = self._lower_part(k, scale)  # 351亿7884万[2000元]: a third part under the second
            if rest is not None:
                part, unit, k, approx = part + rest[0], rest[1], rest[2], rest[3]
        if unit is None and scale == 1 and approx is None:
            unit = self._guessed_unit(k)  # 約1萬8000坪: a measure word no table knows, as after one part
        if unit is None or unit.kind != "amount" or unit.dimension == "ratio" or not part < factor:
            return None
        return part, unit, k, approx

    def _inside_group(self, k: int, head: Decimal) -> tuple[Decimal, int] | None:
        """After ``head`` written with 百 or 千 (2仟, 3百), the rest of its group and the magnitude that
        closes it (396萬, 3百万): ((2000 + 396) × 10⁴, where the magnitude ends), as Taiwanese amounts are
        written (10億2仟396萬元) and 2千3百万. The rest must be smaller than the head, or it is another number."""
        text, lex = self.text, self.lex
        m = _ARABIC_PART.match(text, k)
        if m is None or "," in m.group():
            return None
        j, group, rest = m.end(), 1, Decimal(m.group())
        if 1 < (inner := lex.magnitudes.get(text[j : j + 1], 1)) < GROUP_MAGNITUDE:
            rest, j = rest * inner, j + 1  # 2千3百万: 2300万
        if lex.magnitudes.get(text[j : j + 1], 1) < GROUP_MAGNITUDE:
            return None
        while j < len(text) and text[j] in lex.magnitudes and not lex.unit_at(text, j):
            group *= lex.magnitudes[text[j]]
            j += 1
        if rest >= head or head >= GROUP_MAGNITUDE:
            return None
        return (head + rest) * group, j

    def _counted_by_noun(self, start: int, end: int) -> bool:
        """Does a noun of counting (参保人数, 户数为) end right before the number at ``start``, which is
        not one of a row of figures (户数 3 5 7户)?"""
        text = self.text
        if text[end : end + 1] == " " and text[end + 1 : end + 2].isdigit():
            return False
        k = self._spaces_back(start, start)
        word = self._counted_before.ending_at(text, k)
        if word is None:
            return False
        noun_end = k - len(word) + 1  # just after its 数
        return is_cjk(text[noun_end - 2 : noun_end - 1]) and self._counted_not.ending_at(text, noun_end) is None

    def _in_respective_list(self, start: int, end: int) -> bool:
        """Does a bare whole number stand in a list of two or more figures that a word of number_context.tsv
        (respective: 分别为, 依次为) opens, nothing but figures and list joiners between them?"""
        text = self.text
        if self._respective_firsts.isdisjoint(text[max(0, start - RESPECTIVE_REACH) : start]):
            return False  # (most bare figures: no opening word within reach)
        k = start
        while k > 0 and (text[k - 1] in _LIST_FIGURE or text[k - 1] in _LIST_JOINERS) and start - k < RESPECTIVE_REACH:
            k -= 1
        if not self._respective.ending_at(text, k):
            return False
        after = text[end : end + 1]
        if after and after not in _LIST_JOINERS and after not in _CLAUSE_BREAKS:
            return False  # (a measure word or a name follows: not the list's bare figure)
        written_before = any(c in _LIST_FIGURE for c in text[k:start])
        follows = after in _LIST_JOINERS and text[end + 1 : end + 2] in _LIST_FIGURE
        j = end
        while j < len(text) and j - end < RESPECTIVE_REACH and (text[j] in _LIST_FIGURE or text[j] in _LIST_JOINERS):
            if text[j] == "," and not _THOUSANDS.match(text, j):
                break  # 2972,较2005年: the comma ends the clause (11,816: it groups thousands)
            j += 1
        bare_to_its_end = j == len(text) or text[j] in _CLAUSE_BREAKS or text[j] in ")）"
        return (written_before or follows) and bare_to_its_end  # (分别为3、5万: the list's unit or magnitude is shared)

    def _bare_number_ok(self, raw: str, value: Number, end: int, start: int) -> bool:
        """Keep a bare integer (unit "") only where a measure word seems lost: 点位198组织, 0事故 — after a
        word or a clause's break, never at a line's start or after a symbol (365体育网址_365体育投注: a name)."""
        if "." in raw or "," in raw or len(raw) > MAX_BARE_DIGITS:
            return False
        k = self._spaces_back(start, start)
        before = self.text[k - 1 : k]
        if not (is_cjk(before) or before in _BARE_AFTER):
            return False
        if len(raw) == 4 and 1900 <= value <= 2100:
            return False  # a year without 年 (“2023仙居好稻米”)
        nxt = self.text[end : end + 1]
        if not is_cjk(nxt) or nxt in numerals():
            return False
        if self._after_bare.starting_at(self.text, end):
            return False
        return True

    def _read_rank(self, s: int, e: int, value: Number) -> Quantity | None:
        """全县第二 / 第1名 / 排名第四 / 全县后三名 → a rank (unit 名)."""
        text, lex = self.text, self.lex
        if value != int(value) or value <= 0:
            return None
        marker = self._space_before(s) - 1  # 第, 前 or 后
        end = e
        if text[marker] == "第" and text[marker - len(_RUN_ON) : marker] == _RUN_ON:
            units = lex.unit_at(text, e)  # 连续第5年: the years on end, a duration
            if units and units[0].kind == "duration":
                return Quantity(marker - len(_RUN_ON), e + len(units[0].surface), float(value), units[0].unit,
                                "exact", "duration", units[0].dimension, s, e)
        place_word = e + 1 if text[e : e + 1] == " " and text[e + 1 : e + 2] in ("名", "位") else e  # 第 2 名
        moved = text[marker - 1 : marker] in ("由", "从") and text[e : e + 1] in _RANK_MOVES  # 由第六升至第五
        largest = text[e : e + 1] == _LARGEST and text[marker] == "第" and lex.rank_scopes.ending_at(text, marker)
        if text[place_word : place_word + 1] not in ("名", "位") and not moved and not largest and (
            self._after_all.starting_at(text, e) or lex.unit_at(text, e)
        ):
            return None  # 第十七届运动会, 第三批: an ordinal that names an item (not 全县第一大镇: the largest)
        if text[place_word : place_word + 1] in ("名", "位"):
            end = place_word + 1
        if lex.rank_nots.ending_at(text, marker):
            return None  # 放在第一位: a priority, not a place in a ranking
        scope = lex.rank_scopes.ending_at(text, marker)
        verb = None if scope else lex.rank_verbs.ending_at(text, marker)
        if not (scope or verb) and text[marker] == "第":
            scope = self._ranked_place(marker)  # 位居河南省第三: the verb and the place
        listed = not (scope or verb or end > e) and text[marker] == "第" and self._in_ranked_list(marker, e)
        top_of = text[marker] == "前" and text[e : e + 1] == "的"  # 总产值前5的企业: the top five of a ranking
        if text[marker] in "前后" and not (scope or end > e or top_of):
            return None  # 前三季度 is not a rank
        # 分别居吉林省第三和第一位, 分别排全区第2、第1、第3位: a rank joined to the next ones, the last with its 位
        joined = text[marker] == "第" and text[e : e + 1] in "和、" and _NEXT_RANK.match(text, e + 1) is not None
        if not (scope or verb or end > e or listed or joined or top_of):
            return None  # 第三批: an ordinal
        start = marker - len(scope) if scope and not _HAS_DIGIT.search(scope) else marker - len(verb) if verb else marker
        return Quantity(start, end, float(value), "名", "exact", "rank", "rank", s, e)

    def _read_first_place(self, s: int, e: int) -> Quantity | None:
        """居全市首位, 位居全区牧业旗县首位 → rank 1; 把政治建设摆在首位 is a priority, 首位度 a word."""
        text, lex = self.text, self.lex
        if self._masked(s, e) or lex.rank_first_nots.starting_at(text, s) or lex.rank_nots.ending_at(text, s):
            return None
        if text[s:e] in lex.rank_firsts_of:
            return Quantity(s, e, 1.0, "名", "exact", "rank", "rank", s, e) if self._opens_ranking(s) else None
        scope = lex.rank_scopes.ending_at(text, s) or self._ranked_place(s, min_verb=1)  # (居吉林省首位)
        if not scope and len(verb := lex.rank_verbs.ending_at(text, s) or "") >= 2:
            scope = verb  # 增速位居首位: a ranking verb of two characters or more names the ranking
        if not scope:
            return None
        # (位居 9 个市(州)首位: the count of places is a fact of its own, the rank's text its word)
        return Quantity(s if _HAS_DIGIT.search(scope) else s - len(scope), e, 1.0, "名", "exact", "rank", "rank", s, e)

    def _opens_ranking(self, s: int) -> bool:
        """增速居全市所有乡镇之首: a ranking verb or scope in the clause before ``s``, within
        MAX_RANK_LIST characters, opens the ranking a word of first place (之首) closes."""
        text, lex = self.text, self.lex
        for i in range(s - 1, max(0, s - MAX_RANK_LIST) - 1, -1):
            if text[i] in _CLAUSE_BREAKS or text[i] == "\n":
                return False
            if lex.rank_verbs.ending_at(text, i + 1) or lex.rank_scopes.ending_at(text, i + 1):
                return True
        return False

    def _in_ranked_list(self, marker: int, e: int) -> bool:
        """位居全国百强县投资潜力第3、新型城镇化质量第4、…: a ranking verb of two or more characters opens a
        list of what is ranked, each item its name and 第N, the items set apart by 、; 第N ends its item
        (or is the place a rank moved from: 排名由第六升至第五)."""
        text, lex = self.text, self.lex
        if text[e : e + 1] not in "、,，;；。" and e < len(text) and text[marker - 1 : marker] not in ("由", "从"):
            return False  # (排名由第六升至第五: the place it rose from ends at its verb)
        for i in range(marker - 1, max(0, marker - MAX_RANK_LIST) - 1, -1):
            ch = text[i]
            if not (is_cjk(ch) or ch == "、" or ch.isdigit()):
                return False
            verb = lex.rank_verbs.ending_at(text, i + 1)
            if verb and len(verb) >= 2:
                return True
        return False

    def _ranked_without_ordinal(self, lead: int) -> bool:
        """排名由24位升至19位, 名次从原来的15名提升到8名: a place written without 第 is a rank when only
        scopes, moves, the place moved from and rank_words.tsv's via and join words stand between it and a
        ranking verb of two or more characters (代表人数由24位增至30位 counts people)."""
        text, lex = self.text, self.lex
        p = lead
        for _ in range(MAX_RANK_STEPS):
            verb = lex.rank_verbs.ending_at(text, p)
            if verb and len(verb) >= 2:
                return True
            # a move right before the figure makes it places gained or lost (排名提高5位: a change)
            kinds = (lex.rank_vias, lex.rank_scopes) if p == lead else \
                (lex.rank_vias, lex.rank_moves, lex.rank_joins, lex.rank_scopes)
            word = max((w.ending_at(text, p) or "" for w in kinds), key=len)
            if word:
                p -= len(word)
            elif text[p - 1 : p] in ("位", "名") and (text[p - 2 : p - 1].isdigit() or (
                    text[p - 2 : p - 1] == " " and text[p - 3 : p - 2].isdigit())):  # the place moved from (24位, 24 位)
                p -= 2 if text[p - 2] == " " else 1
                while p > 0 and text[p - 1].isdigit():
                    p -= 1
                p -= text[p - 1 : p] == " "  # (由 24 位)
            else:
                return False
        return False

    def _ranked_place(self, marker: int, min_verb: int = 2) -> str | None:
        """位居河南省第三, 名列湖南省第2位, 位居 9 个市(州)首位: a ranking verb of two or more characters
        (or a ranking scope: 全省七大新区首位), then a named place (ending 省, 市, 县 … rank_words.tsv
        place_end, its other name in brackets aside) or a count of places, right before the rank; the verb
        or scope and the place, or None."""
        text, lex = self.text, self.lex
        end = marker
        if text[end - 1 : end] in ")）":  # 9个市(州): the bracket names the same places otherwise
            end = max(text.rfind("(", max(0, end - RANK_PLACE_ALIAS), end), text.rfind("（", max(0, end - RANK_PLACE_ALIAS), end))
        if end < 3 or text[end - 1] not in lex.rank_place_ends:
            return None
        for i in range(end - 2, max(0, end - MAX_RANKED_PLACE) - 1, -1):  # the place's first character
            if not (is_cjk(text[i]) or text[i].isdigit() or text[i] == " "):
                return None
            verb = lex.rank_verbs.ending_at(text, i)
            if verb and len(verb) >= min_verb:
                return text[i - len(verb) : marker]
            if scope := lex.rank_scopes.ending_at(text, i):
                # 位于全省七大新区首位: a scope opens the places ranked (位居全区牧业旗县首位: from the verb before it)
                opener = i - len(scope)
                verb = lex.rank_verbs.ending_at(text, opener)
                return text[opener - (len(verb) if verb and len(verb) >= min_verb else 0) : marker]
        return None


_LARGEST = "大"  # 全县第一大镇, 全国第二大经济体: after a ranking scope, 第N大 ranks by size

_NOT_HALF_AFTER = frozenset("载年月日天")  # 一年半载 (vaguely a while), 2022年半年度 (半年 a word): no half after 年


def _in_step(text: str, s: int, e: int, one: str) -> bool:
    """Does the same 一 and measure word as text[s:e] stand again close before or after it, in the same
    clause (收完一块翻埋一块, 干一件成一件: two deeds in step, repeated plot by plot)?"""
    k = text.rfind(one, max(0, s - PARALLEL_ONES), s)
    if k >= 0 and not _CLAUSE_ENDS.intersection(text[k + len(one) : s]):
        return True
    j = text.find(one, e, e + PARALLEL_ONES + len(one))
    return j >= 0 and not _CLAUSE_ENDS.intersection(text[e:j])


# A measure whose word is ambiguous after a Chinese numeral (斤, 方, 升: needs "digits") is none after a
# slash: there it is what a price or a yield is counted per (2.4元/斤, 120元/方, 10元/平方)
_MEASURED_PER = frozenset(("weight", "length", "volume", "area", "time"))
# 100元/月, 20000吨/日, 0.24元/度: 月, 日 and 度 alone are no units after a number (3月, 5日 are dates, 30度 a slope),
# but after a slash they are what the amount is per (a month, a day, a kilowatt-hour)
_PER_ALONE = {"月": Unit("月", "月", "time", "duration", "", False), "日": Unit("日", "日", "time", "duration", "", False),
              "度": Unit("度", "度", "energy", "amount", "", False)}
MAX_COUNT_CELLS = 8  # figure lines under one row's label in a table printed a cell a line
COUNT_LABEL_MAX = 20  # characters of a row's label (本年新收政府信息公开申请数量)
_SMALL_COUNT_LINE = re.compile(r"\s*\d{1,3}\s*\|?")  # (0 |: a cell of a table printed a cell a line, with its mark)
# the next line, blank ones aside, holding a small figure alone
_NEXT_COUNT_LINE = re.compile(r"\n(?:[ \t]*\n)*[ \t]*\d{1,3}[ \t]*\|?[ \t]*(?:\n|$)")
_REMARK = re.compile(r"[(（][^()（）]*[)）]")  # a remark in brackets after a row's label (规章(设区的市…应提供相关数据))
_LABEL_STOPS = frozenset("。，,；;：:！？!?")
_RATE_BEFORE = re.compile(r"(\d+(?:\.\d+)?)[%‰]$")  # the rate a dash follows (2.0%-0.3%)
LIST_SEPARATORS = "、,和与及"
# one of them, or a range's dash (增长6%-6.5%), alone between two rates (spaces and a break aside);
# not 至/到, which after a change name the level reached (提升一倍至40%)
_LIST_SEPARATOR_SET = frozenset(LIST_SEPARATORS) | frozenset("-~")
# the inside of a bracket that breaks a total into named parts: 国税1636、地税1036, 其中国税1636 (words and bare figures)
_BREAKDOWN = re.compile(r"(?:其中)?(?:[\u3400-\u9fff]{1,8}\d+(?:\.\d+)?[、,，;；]?){1,6}")
BREAKDOWN_REACH = 40  # characters a total's bracket of parts may span
_LISTED_RATE = re.compile(r"[、,，和与及]\s?-?\d+(?:\.\d+)?\s?%")  # the next rate of a list (、5.2%)
MAX_LISTED_RATES = 12  # rates of one list looked past for the word that makes them changes
RANK_PLACES = ("位", "名", "个位次", "位次")  # 分别增长12%,13%: the list of a change goes on


GROWTH_UNITS = ("%", "倍")  # a growth is written in percent or in multiples (增长2.3倍)


def _listed_after(text: str, previous: Quantity, q: Quantity) -> bool:
    """Does ``q`` follow ``previous`` in one list: a separator alone between them (spaces and a break
    aside), or nothing at all after a percentage (-6.1%2.0%-0.3%: a copy that lost the list's 、)?"""
    if q.start - previous.end > MAX_GAP:
        return False
    between = text[previous.end : q.start].strip(" \n")
    return between in _LIST_SEPARATOR_SET or (not between and q.start == previous.end and text[q.start - 1] in "%‰")


def _range_after(text: str, previous: Quantity, q: Quantity) -> bool:
    """Is ``q`` the high end of a range whose low end is ``previous`` (3至5倍, 6%-6.5%)?"""
    return text[previous.end : q.start].strip(" ") in _RANGE_MARKS


def _respective_after(text: str, previous: Quantity, q: Quantity, respective: Words) -> bool:
    """Does a word that gives figures one by one stand alone between ``previous`` and ``q`` (增速保持在
    10.0%左右,分别为10.0%、10.5%: the months' rates, item by item, of the rate just given)?"""
    return text[previous.end : q.start].strip(" \n,，") in respective


def _inherit_change(text: str, previous: Quantity, q: Quantity, respective: Words = Words(())) -> None:
    """分别降低13.5%、18%: a rate listed right after a change is a change of the same sense; 分别是
    2011年的1.65倍、1.86倍: a multiple listed right after a multiple of a base is one too (a share); 增速保持在
    10.0%左右,分别为10.0%、10.5%: the rates a respective word then gives one by one are changes too."""
    if (
        q.kind == "amount" and previous.kind == "share" and q.dimension == "ratio" and previous.unit == q.unit
        and (_listed_after(text, previous, q) or _range_after(text, previous, q))
    ):
        q.kind = "share"  # (是种植传统作物效益的3至5倍: the range's high end is the multiple its low end is)
        return
    if (
        q.kind == "share" and previous.kind == "change" and previous.unit == q.unit
        and (_listed_after(text, previous, q) or _respective_after(text, previous, q, respective)
             or text[previous.end - 1] == q.unit[-1:] and _range_after(text, previous, q))
    ):  # (增长6%至6.5%: the range's high end; 提升一倍至40%: the level reached)
        q.kind = "change"
        signed = previous.number_start > 0 and text[previous.number_start - 1] in MINUS  # -11.6%、4.1%
        q.value = -q.value if previous.value < 0 and not signed else q.value
        return
    if (
        # 分别增长3.9倍、2.3倍和10.9%: growths listed after a growth, in multiples and in percent mixed
        q.kind in ("share", "amount") and previous.kind == "change" and previous.value > 0
        and previous.unit in GROWTH_UNITS and q.unit in GROWTH_UNITS and (previous.unit, q.unit) != ("%", "%")
        and (_listed_after(text, previous, q)
             or q.unit == previous.unit == "倍" and _range_after(text, previous, q))  # 增长3至5倍
    ):
        q.kind = "change"
        return
    if (
        # 分别回落2.16和1.66个百分点: a change in points listed with no cue of its own after a fall
        # shares the fall (下降2.1个百分点、提高1.3个百分点 has its own cue and keeps it)
        q.kind == "change" and previous.kind == "change" and previous.unit == q.unit and previous.value < 0
        and q.value > 0 and q.start == q.number_start
        and _listed_after(text, previous, q)
    ):
        signed = previous.number_start > 0 and text[previous.number_start - 1] in MINUS  # -1.2、0.5个百分点
        q.value = q.value if signed else -q.value


BRACKETED_RATE_REACH = 300  # characters back to the rate a bracketed one follows
_SHARE_NAME_END = re.compile(r"(?:率|比重|占比|比例|份额|覆盖率)$")


def _compared_in_brackets(text: str, found: list[Quantity], q: Quantity) -> Quantity | None:
    """The rate a bracket opens right after, where ``q`` stands in that bracket's list (增长16.8%(全国7.1%、
    全省14.8%、全市16.4%)): the figures of the wider places, compared with it; None otherwise."""
    opening = open_bracket_before(text, q.start)
    if opening < 0 or text[q.end : q.end + 1] not in "、,，)）":
        return None
    earlier = next((f for f in reversed(found) if f.end <= opening), None)
    return earlier if earlier is not None and earlier.end == opening and earlier.unit == "%" else None


def _bracketed_rate(text: str, found: list[Quantity], q: Quantity) -> None:
    """西藏(15.8%)、宁夏(10.7%) after 全区规模以上工业增加值同比增长7.4%: a rate in brackets after a name
    is of the kind of the last rate before it, when that is a change (the growth of each name); a
    name of a share (城镇化率(65%)) keeps its share."""
    if q.kind == "share" and q.unit == "%" and (listed := _compared_in_brackets(text, found, q)) is not None:
        if listed.kind == "change" and listed.value > 0:
            q.kind = "change"  # 同比增长16.8%(全国7.1%、全省14.8%): the same growth of the wider places
        return
    if not (q.kind == "share" and q.unit == "%" and q.start >= 2 and text[q.start - 1] in "(（"
            and text[q.end : q.end + 1] in (")", "）") and is_cjk(text[q.start - 2])
            and not _SHARE_NAME_END.search(text, max(0, q.start - 5), q.start - 1)):
        return
    for earlier in reversed(found):
        if q.start - earlier.end > BRACKETED_RATE_REACH:
            return
        if earlier.unit == "%":
            if earlier.kind == "change" and earlier.value > 0:
                q.kind = "change"
            return


def scan_text(text: str, masked: list[tuple[int, int]] | None = None, columns: bool = False) -> list[Quantity]:
    """Quantities in ``text`` (offsets into ``text``); ``columns``: the original prints columns side by
    side on its lines (``duban.clean.lines.side_by_side_columns``)."""
    return QuantityScanner(text, masked, columns=columns).scan()


# iter_normalised_facts reads a long text this many characters at a time, cut at a line end.
CHUNK = 1 << 20
# A normalised view longer than this has its facts made as they are read (a `FactStream`).
STREAM_CHARS = 4 << 20


def iter_normalised_facts(norm: str, chunk: int = CHUNK) -> Iterator[Fact]:
    """Facts of a text that is already the normalised view (offsets into ``norm``), one at a
    time: the extract stage alone, as the benchmark times it, in memory bounded by ``chunk``.

    The text is read a stretch of lines at a time, cut at a line end after a sentence end.
    Nothing the extractor looks at crosses such a line end (a sentence, a clause, a quoted phrase
    all end there; only a quantity of a PDF text broken over lines crosses a line end inside a
    sentence), so the facts are those of the whole text read at once."""
    from duban.document import Document, OffsetMap
    from duban.extract.context import chunk_end, iter_facts

    start = 0
    while start < len(norm):
        end = chunk_end(norm, start, chunk)
        piece = norm[start:end]
        doc = Document(source="<text>", original=piece, norm=piece, norm_map=OffsetMap.identity(len(piece)))
        yield from iter_facts(doc, scan_text(piece), shift=start)  # offsets into norm, made so once
        start = end


def extract_text(text: str) -> list[Fact]:
    """Facts from a plain string, offsets into that string (no document structure).

    The string is normalised first (繁→简, full-width, spaces), so this works on raw text too.
    """
    from duban.clean.lines import side_by_side_columns
    from duban.clean.normalise import normalise_text

    from duban.document import Document
    from duban.extract.context import annotate

    norm, offset_map, _ = normalise_text(text)
    doc = Document(source="<text>", original=text, norm=norm, norm_map=offset_map)
    return annotate(doc, scan_text(norm, columns=side_by_side_columns(text)))


def extract_quantities(doc: Document) -> Document:
    """Stage ``quantities``: fill ``doc.facts`` from the normalised view."""
    from duban.extract.context import annotate

    if doc.norm_map is None:
        from duban.clean.normalise import normalise

        normalise(doc)
    from duban.clean.lines import side_by_side_columns

    masked = _norm_masks(doc)
    columns = side_by_side_columns(doc.original)
    if len(doc.norm) > STREAM_CHARS:  # a very long report: facts made as they are read (FactStream)
        from functools import partial

        from duban.extract.context import FactStream

        doc.facts = FactStream(doc, partial(scan_noting_dropped, columns=columns), masked, CHUNK,
                               on_dropped=partial(_warn_dropped, doc))
        doc.quantities = None
        return doc
    scanner = QuantityScanner(doc.norm, masked, columns=columns)
    quantities = scanner.scan()
    doc.quantities = quantities  # shared with the stages after this one (commitments): no second scan
    if scanner.dropped:
        _warn_dropped(doc, len(scanner.dropped), scanner.dropped[0])
    doc.facts = annotate(doc, quantities)
    return doc


def scan_noting_dropped(text: str, masked: list[tuple[int, int]] | None = None,
                        columns: bool = False) -> tuple[list[Quantity], list[int]]:
    """`scan_text`, and where the numbers left out for want of a unit stand (for a `FactStream`)."""
    scanner = QuantityScanner(text, masked, columns=columns)
    return scanner.scan(), scanner.dropped


def _warn_dropped(doc: Document, count: int, first_in_norm: int) -> None:
    """The document's warning of the numbers left out for want of a unit: how many, and the first."""
    first = doc.norm_span(first_in_norm, first_in_norm + 1).start
    doc.warnings.append(
        f"{count} number(s) with a decimal or more than {MAX_BARE_DIGITS} digits left out for want "
        f"of a unit (a measure word no table knows?), the first at offset {first}"
    )


def _norm_masks(doc: Document) -> list[tuple[int, int]]:
    """Spans of the normalised view that hold template residue (关键词2) and must be skipped."""
    residue = [f.span for f in doc.metadata if f.name == "template_residue" and f.span is not None]
    if not residue:
        return []
    masks = []
    # The map goes norm → original; each residue span is found in the norm by bisection (to_derived).
    residue.sort(key=lambda s: s.start)
    for span in residue:
        lo = doc.norm_map.to_derived(span.start)
        hi = doc.norm_map.to_derived(span.end)
        if lo < hi:
            masks.append((lo, hi))
    return masks


