"""Tables a page printed one cell a line, found by their header.

A web page's table copied as text, or a PDF's, often puts every cell on a line of its own, a
blank line or none between them::

    指标名称 ⏎ 属性 ⏎ 全年目标 ⏎ 全年完成 ⏎ 全市生产总值 ⏎ 预期性 ⏎ 增长5%左右 ⏎ 增长5% ⏎ …

Nothing in a row's figure cells names what they measure: the row's first cell does, and the
header says what each column holds (a year's target, what was done). A table is found where a
line is a header word that names the rows (指标名称, 项目: ``table_headers.tsv``, kind
``row_name``); the header's width is the one that reads the most rows after it, each row a name
(no figure) and short cells of which one at least holds a figure. Offsets are into the text
given (the normalised view, as the stages that read tables use it).
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from collections.abc import Sequence
from functools import lru_cache

from duban.lang import load_table

MAX_WIDTH = 8  # columns of a table printed a cell a line
MAX_HEADER_CELL = 12  # characters of a header cell (全年完成, 比上年增长(%))
MAX_CELL = 30  # characters of a row's cell: a longer line is prose, and the table has ended
MIN_ROWS = 2  # rows read after a header for it to be a table's (one row may be a coincidence)
# a line's cell, without the spaces around it nor a bar a page printed after it (产 量 |)
_LINE = re.compile(r"[^\S\n]*([^\s|](?:[^\n]*?[^\s|])?)[^\S\n]*(?:\|[^\S\n]*)?(?=\n|\Z)")
_FIGURE = re.compile(r"\d")
_LEADING_FIGURE = re.compile(r"[-−–+]?\d")  # a line that opens with a figure, a signed one too (-2.8), names no row
_SENTENCE = re.compile(r"[。！？!?；;]")

Span = tuple[int, int]


@dataclass(frozen=True, slots=True)
class CellTable:
    """A table printed as text: its header's cells and its rows' cells, as spans, each row's cells
    in the header's columns (a cell a row lacks is an empty span); ``name_column`` is the column of
    the rows' names."""

    header: tuple[Span, ...]
    rows: tuple[tuple[Span, ...], ...]
    name_column: int = 0
    kinds: tuple[str, ...] = ()  # per column, what its header says it holds: target, result or ""
    number_column: int | None = None  # the column of the rows' numbers (序号), where the header opens on one

    @property
    def start(self) -> int:
        return self.header[0][0]

    @property
    def end(self) -> int:
        return max(b for _, b in self.rows[-1])  # (a row's missing cells are empty spans)


@lru_cache(maxsize=4)
def _header_word_line(kind: str = "row_name") -> re.Pattern[str]:
    """A line that is one header word of ``kind`` (table_headers.tsv) alone."""
    words = sorted((r["word"] for r in load_table("table_headers") if r["kind"] == kind), key=len, reverse=True)
    # a header word may be spaced out (指 标) and followed by its bar (指标 |), as a page's table prints it
    spaced = ("[^\\S\\n]?".join(map(re.escape, w)) for w in words)
    return re.compile(r"(?m)^[^\S\n]*(?:" + "|".join(spaced) + r")[^\S\n]*\|?[^\S\n]*$")


@lru_cache(maxsize=1)
def _row_name_words() -> frozenset[str]:
    return frozenset(r["word"] for r in load_table("table_headers") if r["kind"] == "row_name")


def header_kind(cell: str, kinds: tuple[str, ...]) -> str:
    """The first of ``kinds`` whose header words (table_headers.tsv) ``cell`` holds, else ""."""
    cell = "".join(cell.split())
    return next((kind for word, kind in _header_words() if kind in kinds and word in cell), "")


def _kinds(text: str, header: list[Span]) -> tuple[str, ...]:
    """What each column holds by its header cell: a year's targets, what was done, or neither."""
    return tuple(header_kind(text[a:b], ("result", "target")) for a, b in header)


@lru_cache(maxsize=1)
def _header_words() -> tuple[tuple[str, str], ...]:
    rows = load_table("table_headers")
    return tuple((r["word"], r["kind"]) for r in sorted(rows, key=lambda r: -len(r["word"])))


def cell_tables(text: str, lo: int = 0, hi: int | None = None) -> list[CellTable]:
    """The tables of ``text`` printed one cell a line whose header starts in ``text[lo:hi]``, in
    order (see the module's docstring)."""
    return list(_cell_tables(text, lo, len(text) if hi is None else hi))


# The subjects, the results and the targets of one report each ask for its tables: they are read
# once (the last report's only, so that no long text is held after it)
@lru_cache(maxsize=2)
def _cell_tables(text: str, lo: int, hi: int) -> tuple[CellTable, ...]:
    out: list[CellTable] = []
    for m in _header_word_line("row_name").finditer(text, lo, hi):
        if out and m.start() < out[-1].end:
            continue
        lines = _lines_from(text, m.start())
        best: CellTable | None = None
        for width in range(2, MAX_WIDTH + 1):
            table = _read(text, lines, width)
            if table is not None and (best is None or len(table.rows) * len(table.header) > len(best.rows) * len(best.header)):
                best = table
        if best is None or len(best.rows) < RAGGED_BETTER:
            ragged = _read_ragged(text, lines)
            if ragged is not None and (best is None or len(ragged.rows) > len(best.rows)):
                best = ragged
        if best is not None:
            out.append(best)
    return tuple(out)


def _lines_from(text: str, start: int, limit: int = MAX_WIDTH * 200) -> list[Span]:
    """The spans of the next non-blank lines from ``start``, without the spaces around them."""
    out = []
    for m in _LINE.finditer(text, start):
        out.append(m.span(1))
        if len(out) >= limit or m.end(1) - m.start(1) > MAX_CELL:
            break  # (a long line ends any table: no need to read further)
    return out


def _read(text: str, lines: list[Span], width: int) -> CellTable | None:
    header = lines[:width]
    if len(header) < width or not _header_cells(text, header):
        return None
    rows = []
    for k in range(width, len(lines) - width + 1, width):
        row = lines[k : k + width]
        name, cells = row[0], row[1:]
        if _LEADING_FIGURE.match(text, name[0]) or any(b - a > MAX_CELL or _SENTENCE.search(text, a, b) for a, b in row) \
                or not any(_FIGURE.search(text, a, b) for a, b in cells):
            break
        rows.append(tuple(row))
    return CellTable(tuple(header), tuple(rows), 0, _kinds(text, header)) if len(rows) >= MIN_ROWS else None


RAGGED_BETTER = 3  # rows a fixed-width reading must give before a ragged one is not tried
_CONTINUATION = re.compile(r"[(（][^\n]*[)）]")  # (简称“GDP”): a name's note on a line of its own
_NOTE = re.compile(r"[(（][^)）\n]*[)）]")


def _read_ragged(text: str, lines: list[Span]) -> CellTable | None:
    """A table whose rows hold as many cells as they have values, the empty ones left out, under a
    header of two levels (指标名称⏎2021年预期目标⏎(增速)⏎2021年完成情况(预计)⏎绝对值⏎增速⏎地区生产总值⏎
    (简称“GDP”)⏎7%⏎1664.44亿元⏎10.4%⏎…⏎实施重大项目⏎210项⏎206项): a row is a name (a note in brackets
    may follow it) and its cells, at most as many as the fullest row's figures, ending early where the
    next row's name is followed by a figure; a row's first cell may be words (不低于上年预算执行数).
    Where the header names the year's targets before what was done, a row's first cell is its target
    and the others are what was done. The table ends at prose."""
    starts = [k for k in range(1, len(lines)) if _row_start(text, lines, k)]
    if not starts:
        return None
    header = lines[: starts[0]]
    if not _header_cells(text, header, notes=True):
        return None
    most = max(_figures_after(text, lines, k) for k in starts)
    rows, k = [], starts[0]
    while k < len(lines) and not _ends_table(text, lines[k]) and not _LEADING_FIGURE.match(text, lines[k][0]):
        name, k = lines[k], _after_notes(text, lines, k + 1)
        cells: list[Span] = []
        while k < len(lines) and len(cells) < most and not _ends_table(text, lines[k]) \
                and not (cells and _row_start(text, lines, k)):
            cells.append(lines[k])
            k += 1
        if not cells:
            break
        rows.append((name, *cells))
    if sum(1 for row in rows if any(_FIGURE.search(text, a, b) for a, b in row[1:])) < MIN_ROWS:
        return None
    width = max(len(r) for r in rows)
    kinds = _kinds(text, header)
    if "target" in kinds and "result" in kinds and kinds.index("target") < kinds.index("result"):
        columns = (header[0], header[kinds.index("target")]) + (header[kinds.index("result")],) * (width - 2)
        column_kinds = ("", "target") + ("result",) * (width - 2)
    else:
        columns = (header[0],) + (header[-1],) * (width - 1)
        column_kinds = ("",) * width
    padded = tuple(row + ((0, 0),) * (width - len(row)) for row in rows)
    return CellTable(columns, padded, 0, column_kinds)


_HEADING = re.compile(r"[一二三四五六七八九十]+、|[(（][一二三四五六七八九十]+[)）]")  # 一、疫后恢复…: the body resumes


def _ends_table(text: str, line: Span) -> bool:
    a, b = line
    return b - a > MAX_CELL or bool(_SENTENCE.search(text, a, b)) or bool(_HEADING.match(text, a))


def _after_notes(text: str, lines: list[Span], k: int) -> int:
    """The index of the first line from ``k`` that is no note in brackets (a name's (简称“GDP”))."""
    while k < len(lines) and _CONTINUATION.fullmatch(text, *lines[k]) and not _FIGURE.search(text, *lines[k]):
        k += 1
    return k


def _figures_after(text: str, lines: list[Span], k: int) -> int:
    """How many figure cells follow the row's name at ``lines[k]`` (after its notes)."""
    j = n = _after_notes(text, lines, k + 1)
    while j < len(lines) and _holds_figure_alone(text, lines[j]):
        j += 1
    return j - n


def _holds_figure_alone(text: str, line: Span) -> bool:
    a, b = line
    # (2016年 |: a header's year names a column, no row's figure)
    return b - a <= MAX_CELL and bool(_FIGURE.search(text, a, b)) and not _SENTENCE.search(text, a, b) \
        and not year_only(text[a:b])


def _row_start(text: str, lines: list[Span], k: int) -> bool:
    """Is ``lines[k]`` a row's name: short, no figure at its start, no sentence, and (after any note
    in brackets) a figure cell next?"""
    a, b = lines[k]
    if b - a > MAX_CELL or _LEADING_FIGURE.match(text, a) or _SENTENCE.search(text, a, b) or _CONTINUATION.fullmatch(text, a, b):
        return False
    j = _after_notes(text, lines, k + 1)
    return j < len(lines) and _holds_figure_alone(text, lines[j])


def _header_cells(text: str, cells: list[Span], notes: bool = False) -> bool:
    """Are ``cells`` a header's: short, no figure but a year, no sentence? ``notes``: a note in
    brackets (2021年完成情况(预计)) is no part of a cell's length."""
    return not any(len(_NOTE.sub("", text[a:b]) if notes else text[a:b]) > MAX_HEADER_CELL
                   or _FIGURE.search(text, a, b) and not year_only(text[a:b]) or _SENTENCE.search(text, a, b)
                   for a, b in cells)


_PERIOD_IN_HEADER = re.compile(r"(?:19|20)\d{2}年?|\d{1,2}\s*[-—–~至到]\s*(?:\d{1,2}\s*月份?|本月)|\d{1,2}月份?")


def year_only(cell: str) -> bool:
    """Does a header cell hold no figure but a year or months (2024年目标, 2023年完成, 1-本月, 1-9月; not
    预计全年实现增长6.5%左右, a row's cell)?"""
    return not _FIGURE.search(_PERIOD_IN_HEADER.sub("", cell))


MAX_ROW_NUMBER = 3  # digits of a row's number (序号)
_ROW_NUMBER = re.compile(r"\d{1,%d}" % MAX_ROW_NUMBER)
_BAR_LINE = re.compile(r"(?m)^[^\n]*\|[^\n]*\|[^\n]*$")


def pipe_tables(text: str, lo: int = 0, hi: int | None = None) -> list[CellTable]:
    """Tables flattened into ``|`` cells, a row a line (序号 | 指标名称 | 单位 | 目标 | 上半年实绩 |),
    whose header line has a cell naming the rows (``table_headers.tsv``, kind ``row_name``). A row
    may open with a cell that groups rows (经济发展 | 1 | 地区生产总值(GDP) | …, a merged cell of the
    printed table): where the header numbers its rows (序号 before the names), a row's name is the
    cell after its number, and its other cells are placed from there."""
    hi = len(text) if hi is None else hi
    names = _row_name_words()
    out: list[CellTable] = []
    lines = [m.span() for m in _BAR_LINE.finditer(text, lo, hi)]
    k = 0
    while k < len(lines):
        header = _cells(text, *lines[k])
        column = next((c for c, (a, b) in enumerate(header) if "".join(text[a:b].split()) in names), None)
        if column is None:
            k += 1
            continue
        numbered = column > 0 and "".join(text[slice(*header[column - 1])].split()) == "序号"
        rows, j = [], k + 1
        while j < len(lines) and text.count("\n", lines[j - 1][1], lines[j][0]) <= 1:
            cells = _cells(text, *lines[j])
            first = next((c for c, (a, b) in enumerate(cells) if _ROW_NUMBER.fullmatch(text, a, b)), None)
            shift = (first + 1 - column) if numbered and first is not None else 0
            row = tuple(cells[c + shift] if 0 <= c + shift < len(cells) else (0, 0) for c in range(len(header)))
            a, b = row[column]
            if b > a and not _LEADING_FIGURE.match(text, a) and any(_FIGURE.search(text, x, y) for x, y in row[column + 1 :]):
                rows.append(row)
            j += 1
        if rows:
            out.append(CellTable(tuple(header), tuple(rows), column, _kinds(text, header)))
        k = j
    return out


def _cells(text: str, start: int, end: int) -> list[Span]:
    """The non-empty cells of a ``|`` line, without the spaces around them."""
    out, pos = [], start
    for piece in text[start:end].split("|"):
        a = pos + len(piece) - len(piece.lstrip())
        b = pos + len(piece.rstrip())
        if b > a:
            out.append((a, b))
        pos += len(piece) + 1
    return out


# -- tables whose rows are numbered (序号⏎项目名称⏎…⏎资金⏎1⏎…⏎130⏎2⏎…) ----------------------------------

MAX_NUMBERED_CELL = 120  # characters of a numbered table's cell: a row may describe its project at length
MAX_NUMBERED_LINES = MAX_WIDTH * 400
_FIGURE_CELL = re.compile(r"[-−–+]?\d[\d,.]*(?:[^\S\n]*[(（][^)）\n]*[)）])?")  # 130, 846.67, 10(其中,灾情因素6万元)
_OPENING_FIGURE = re.compile(r"\d[\d,]*(?:\.\d+)?")  # the figure itself, where the cell opens on it


def numbered_tables(text: str) -> list[CellTable]:
    """The tables of ``text`` printed one cell a line whose header opens on a column of row numbers
    (序号⏎项目名称⏎建设地点⏎整合资金⏎1⏎2018年扶贫小额贷款贴息⏎全区⏎130⏎2⏎…, a bar after each cell or not, blank
    lines between or not). The numbers 1, 2, 3 … tell the rows apart, so a row's cells may be long or
    hold sentences; a row shorter than the header (its merged cells printed once) ends where the next
    number or a total (小计, 合计) stands, and a total's row holds its label and its figures. A text without
    a header word of such a column (序号, 编号) is not searched."""
    if not any(word in text for word in _row_number_words()):
        return []
    return list(_numbered_tables(text))


@lru_cache(maxsize=2)
def _numbered_tables(text: str) -> tuple[CellTable, ...]:
    out: list[CellTable] = []
    for m in _header_word_line("row_number").finditer(text):
        if out and m.start() < out[-1].end:
            continue
        table = _read_numbered(text, _numbered_lines(text, m.start()))
        if table is not None:
            out.append(table)
    return tuple(out)


def _numbered_lines(text: str, start: int) -> list[Span]:
    out = []
    for m in _LINE.finditer(text, start):
        if m.end(1) - m.start(1) > MAX_NUMBERED_CELL or len(out) >= MAX_NUMBERED_LINES:
            break
        out.append(m.span(1))
    return out


def _is_number(text: str, line: Span, n: int) -> bool:
    a, b = line
    return text[a:b] == str(n)


@lru_cache(maxsize=1)
def _row_number_words() -> tuple[str, ...]:
    """The header words of a column of row numbers (序号, 编号)."""
    return tuple(r["word"] for r in load_table("table_headers") if r["kind"] == "row_number")


@lru_cache(maxsize=1)
def _total_words() -> frozenset[str]:
    return frozenset(r["word"] for r in load_table("table_headers") if r["kind"] == "total")


def _is_total(text: str, line: Span) -> bool:
    a, b = line
    return "".join(text[a:b].split()) in _total_words()


def holds_figure_alone(text: str, a: int, b: int) -> bool:
    """Is ``text[a:b]`` a cell that holds a figure alone (its note in brackets aside)?"""
    return _FIGURE_CELL.fullmatch(text, a, b) is not None


def figure_alone(text: str, a: int, b: int) -> Span | None:
    """The span of the figure that ``text[a:b]`` holds alone (130 in 130 or in 130(其中…)), or None."""
    if _FIGURE_CELL.fullmatch(text, a, b) is None:
        return None
    m = _OPENING_FIGURE.match(text, a)  # (a signed cell's figure is read as a change elsewhere)
    return m.span() if m else None


def _read_numbered(text: str, lines: list[Span]) -> CellTable | None:
    width = next((j for j in range(1, min(len(lines), MAX_WIDTH + 1)) if _is_number(text, lines[j], 1)), None)
    if width is None or width < 3 or not _header_cells(text, lines[:width], notes=True):
        return None  # (序号, a row's name and one cell at least)
    header = lines[:width]
    name_column = next((c for c, (a, b) in enumerate(header) if "".join(text[a:b].split()) in _row_name_words()), 1)
    rows: list[tuple[Span, ...]] = []
    k, n = width, 1
    while k < len(lines):
        if _is_total(text, lines[k]):  # 小计⏎160: a total's label and its figures, up to the next row's number
            j = k + 1
            while j < len(lines) and j - k < width and holds_figure_alone(text, *lines[j]) and not _is_number(text, lines[j], n):
                j += 1
            if j == k + 1:
                break
            rows.append(_placed(text, lines[k:j], width, name_column, numbered=False))
            k = j
            continue
        if not _is_number(text, lines[k], n):
            break
        end = k + width
        total = next((j for j in range(k + 2, min(end, len(lines))) if _is_total(text, lines[j])), None)
        if total is not None:
            end = total  # 16⏎小额信贷贴息⏎12⏎合计: a short row before a total
        elif end < len(lines) and not (_is_number(text, lines[end], n + 1) or _is_total(text, lines[end])):
            # the next number earlier (a short row), or the table's last row
            end = next((j for j in range(k + 2, end) if _is_number(text, lines[j], n + 1)), end)
        rows.append(_placed(text, lines[k : min(end, len(lines))], width, name_column, numbered=True))
        k, n = end, n + 1
    if sum(1 for row in rows if row[0] != (0, 0)) < MIN_ROWS:
        return None
    return CellTable(tuple(header), tuple(rows), name_column, _kinds(text, header), number_column=0)


def _placed(text: str, cells: list[Span], width: int, name_column: int, numbered: bool) -> tuple[Span, ...]:
    """A row's cells in the header's columns. A full row is as printed; a short one (merged cells printed
    once, a total's label) puts its number first, its first words in the name's column and the words after
    them in the columns after that, and its figures in the last columns."""
    if numbered and len(cells) == width:
        return tuple(cells)
    row = [(0, 0)] * width
    rest = cells
    if numbered:
        row[0], rest = cells[0], cells[1:]
    figures = len(rest)
    while figures > 0 and holds_figure_alone(text, *rest[figures - 1]):
        figures -= 1
    words, trailing = rest[:figures], rest[figures:]
    for c, cell in zip(range(name_column, width), words):
        row[c] = cell
    for c, cell in zip(range(width - len(trailing), width), trailing):
        if row[c] == (0, 0):
            row[c] = cell
    return tuple(row)


class CellIndex:
    """The cell of the tables holding an offset, found by bisection over every cell's span."""

    def __init__(self, tables: Sequence[CellTable]):
        self.tables = tables
        self._cells = sorted((a, b, t, r, c) for t, table in enumerate(tables)
                             for r, row in enumerate(table.rows) for c, (a, b) in enumerate(row))
        self._starts = [cell[0] for cell in self._cells]

    def __bool__(self) -> bool:
        return bool(self._cells)

    def at(self, offset: int) -> tuple[CellTable, int, int] | None:
        """``(table, row, column)`` of the cell holding ``offset``, or None."""
        k = bisect.bisect_right(self._starts, offset) - 1
        if k < 0 or offset >= self._cells[k][1]:
            return None
        _, _, t, r, c = self._cells[k]
        return self.tables[t], r, c


MAX_TASK_COLUMNS = 8  # columns of a table of tasks (序号, 重点工作, 责任单位, 进展情况, 完成时限 …)
_ROW_NUMBER_CELL = re.compile(r"\d{1,3}[.、]?")


@dataclass(frozen=True, slots=True)
class TaskTable:
    """A table of a report's tasks and how far each has gone: each row's task cell and progress cell
    (spans; the progress cell may be empty where the text ends inside a row)."""

    header: tuple[Span, ...]
    rows: tuple[tuple[Span, Span], ...]

    @property
    def end(self) -> int:
        return max(max(t[1], p[1]) for t, p in self.rows)


def task_tables(text: str) -> list[TaskTable]:
    """Tables of a report's tasks and their progress, by which a government follows its report through
    the year (2024年区政府工作报告重点工作进展情况汇总表): a header of short cells that names a column of
    tasks and a column of progress (table_headers.tsv kinds task and progress: 序号⏎重点工作⏎责任单位⏎
    进展情况), then rows numbered 1, 2, 3 … whose cells may be long sentences. Cells stand one a line (a
    bar after each or not) or in ``|`` cells a row a line."""
    if ("情况" not in text and "进展" not in text) or _task_cell_pattern().search(text) is None:
        return []  # (no cell names a column of tasks: most texts)
    cells = _cells_in_order(text)
    starts = [a for a, _ in cells]
    out: list[TaskTable] = []
    read_to = 0  # the cells read so far: a header is looked for only around a cell naming tasks
    for m in _task_cell_pattern().finditer(text):
        named = bisect.bisect_right(starts, m.end() - 1) - 1
        for i in range(max(read_to, named - MAX_TASK_COLUMNS + 1), named + 1):
            table = _task_table_at(text, cells, i)
            if table is not None:
                out.append(table)
                read_to = bisect.bisect_left(starts, table.end)
                break
    return out


def _task_table_at(text: str, cells: list[Span], i: int) -> TaskTable | None:
    """The table of tasks whose header starts at cell ``i``, with its rows numbered 1, 2, 3 …"""
    found = _task_header(text, cells, i)
    if found is None:
        return None
    width, task, progress = found
    rows, k, number = [], i + width, 1
    while k < len(cells) and _ROW_NUMBER_CELL.fullmatch(text, *cells[k]) \
            and int(text[cells[k][0] : cells[k][1]].rstrip(".、")) == number:
        row = cells[k : k + width]
        if len(row) <= task:
            break
        rows.append((row[task], row[progress] if progress < len(row) else (row[-1][1], row[-1][1])))
        k, number = k + width, number + 1
    return TaskTable(tuple(cells[i : i + width]), tuple(rows)) if len(rows) >= MIN_ROWS else None


@lru_cache(maxsize=1)
def _task_cell_pattern() -> re.Pattern[str]:
    """A short cell holding a header word of a column of tasks (重点工作 on a line of its own, 具体工作任务和要求
    between bars)."""
    words = sorted((r["word"] for r in load_table("table_headers") if r["kind"] == "task"), key=len, reverse=True)
    return re.compile(r"(?m)(?:^|\|)[^\n|]{0,8}(?:" + "|".join(map(re.escape, words)) + r")[^\n|]{0,8}(?:\||$)")


def _cells_in_order(text: str) -> list[Span]:
    """Every non-empty cell of ``text`` in order: a line is a cell, or as many as its bars divide."""
    return [cell for line in re.finditer(r"[^\n]+", text) for cell in _cells(text, *line.span())]


def _task_header(text: str, cells: list[Span], i: int) -> tuple[int, int, int] | None:
    """(width, task column, progress column) of a header of a table of tasks starting at cell ``i``."""
    task = progress = None
    for w in range(MAX_TASK_COLUMNS):
        if i + w >= len(cells):
            return None
        a, b = cells[i + w]
        cell = "".join(text[a:b].split())
        if _ROW_NUMBER_CELL.fullmatch(cell):  # the first row's number: the header has ended
            return (w, task, progress) if task is not None and progress is not None and w >= 2 else None
        if len(cell) > MAX_HEADER_CELL or _FIGURE.search(cell):
            return None
        if task is None and header_kind(cell, ("task",)):
            task = w
        elif progress is None and header_kind(cell, ("progress", "result")):
            progress = w
    return None


__all__ = ["CellIndex", "CellTable", "TaskTable", "cell_tables", "header_kind", "pipe_tables", "task_tables", "year_only"]
