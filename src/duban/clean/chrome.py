"""Stage ``chrome``: page chrome and metadata out of the body (runs before normalisation).

Web copies of reports carry a portal's header (索引号 / 发布机构 / 发布时间 …, in ``label: value``
lines or a pipe table), buttons (【字号】, 分享), footers (link lists, ICP numbers, 版权所有, licence
notes) and trailers (附件, a stray ``.docx`` name, the issuing government's signature). This stage
records what is worth keeping as `MetaField`s, lists the lines that are not report body in
``doc.chrome`` and leaves everything else alone; ``doc.original`` is never altered.

All matching runs on a *view* of the original with the same length (full-width → half-width,
traditional → simplified: both keep every character in place), so one set of simplified patterns
serves every script and every offset found in the view is an offset in the original.

What counts as chrome is data (``lang/zh``): metadata_fields.tsv (labels), page_chrome.tsv
(buttons, pipes, footer anchors), trailers.tsv (signature, date, file name, editor) and
template_residue.tsv (CMS placeholders such as 关键词2, which stay in the body but are recorded).
"""

from __future__ import annotations

import bisect
import re
from itertools import compress
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from duban.clean.lines import LineOffsets
from duban.clean.normalise import blank_ruby, simplified_view
from duban.document import Document, MetaField, Span
from duban.lang import load_table
from duban.lang.words import with_first_chars, words_pattern

SENTENCE_PUNCT = "。！？；!?;"
LINK_MAX = 30  # longest line that still reads like a menu / link-list entry
VALUE_MAX = 80  # an inline value longer than this is prose with a colon, not metadata
REPEAT_PROBE = 16  # characters of a long field value (an aggregator's 内容摘要) looked for again in the page


def _repeated(view: str, start: int, end: int) -> bool:
    """Does the page say again what the long value ``view[start:end]`` opens with (an aggregator's 摘要
    repeating the body's opening)? A value the page says nowhere else is its own text, not metadata."""
    probe = "".join(view[start : min(end, start + 2 * REPEAT_PROBE)].split())[:REPEAT_PROBE]
    if not probe:
        return False
    again = re.compile(r"\s*".join(map(re.escape, probe)))  # (the body may break its lines inside: 报告⏎——2023年)
    return again.search(view, end) is not None or again.search(view, 0, start) is not None
DUPLICATE_MIN = 300  # Chinese characters a body stretch needs before it can count as a second copy
DUPLICATE_OPENING = 80  # characters (figures aside) two stretches share at their start: a differing copy, flagged
_DIGITS = re.compile(r"\d+")
CJK = re.compile(r"[\u3400-\u9fff]")
CJK_RUN = re.compile(r"[\u3400-\u9fff]+")
LABEL_ENDS = ":|"  # every metadata label is followed by one of them
VALUE_JUNK = " \t|?\ufffd"  # spaces, pipe cells and mojibake '????' around values
CRUMB_SEP = (">", "»", "›", "/")


ANCHOR = re.compile(r"[。！？；!?;](?=(.{12}))", re.S)  # the 12 characters after a sentence stop


def _anchors(text: str) -> set[int]:
    """Anchors of ``text``: the characters after each of its sentence stops (as hashes: two
    that collide only add a stretch to try), which a longer text holding it holds too."""
    return {hash(a) for a in ANCHOR.findall(text)}


def _opening(text: str) -> str:
    """The first DUPLICATE_OPENING characters of ``text`` with each run of digits as one ``#``
    (figures aside), made from as much of its start as they need."""
    head = _DIGITS.sub("#", text[: 4 * DUPLICATE_OPENING])  # (what the whole text's starts with)
    return (head if len(head) >= DUPLICATE_OPENING else _DIGITS.sub("#", text))[:DUPLICATE_OPENING]


def first_containers(texts: list[str]) -> list[int | None]:
    """For each text, in order, the index of the first earlier text that was kept and holds it
    whole (it is then a copy, not kept), or None (it is kept).

    The plain way tries every kept text, which is quadratic in a file of many reports; here only
    the kept texts that share the text's rarest anchor are tried (a container holds all of them),
    and all kept texts only for a text without anchors. The answer is the plain way's."""
    kept: list[int] = []
    by_anchor: dict[int, list[int]] = {}
    out: list[int | None] = []
    for i, text in enumerate(texts):
        own = _anchors(text)
        pool = min((by_anchor.get(a, ()) for a in own), key=len) if own else kept
        container = next((k for k in pool if text in texts[k]), None)
        out.append(container)
        if container is None:
            kept.append(i)
            for a in own:
                by_anchor.setdefault(a, []).append(i)
    return out


@dataclass(slots=True)
class Line:
    start: int  # offset of the first character
    end: int  # offset after the last character, line break excluded
    stop: int  # offset after the line break (start of the next line)
    text: str  # the line in the view (simplified, half-width)

    @property
    def stripped(self) -> str:
        return self.text.strip()


@dataclass(slots=True)
class Pair:
    label: str  # canonical label (metadata_fields.tsv)
    label_start: int  # offsets into the view (= the original)
    label_end: int
    value_start: int
    value_end: int


# -- tables ------------------------------------------------------------------------------------


def _spaced(label: str) -> str:
    return r"[ \t]*".join(re.escape(ch) for ch in label)


@lru_cache(maxsize=1)
def _labels() -> tuple[dict[str, dict[str, str]], re.Pattern[str]]:
    rows = {row["label"]: row for row in load_table("metadata_fields")}
    alternation = "|".join(_spaced(label) for label in sorted(rows, key=len, reverse=True))
    return rows, re.compile(rf"(?P<label>{alternation})[ \t]*[:|]")


@lru_cache(maxsize=1)
def _label_firsts() -> frozenset[str]:
    return frozenset(label[0] for label in _labels()[0])


@lru_cache(maxsize=1)
def _spaced_labels() -> re.Pattern[str]:
    """A label standing alone between spaces: a portal's metadata table printed as text, its cells
    joined by spaces (发布机构 东城街道, 文件编号 发布机构 东城街道)."""
    rows, _ = _labels()
    alternation = "|".join(map(re.escape, sorted(rows, key=len, reverse=True)))
    return re.compile(rf"(?:(?<=[ \t])|^)(?P<label>{alternation})(?=[ \t]|$)", re.M)


@lru_cache(maxsize=1)
def _page_chrome() -> dict[str, list[tuple[str, re.Pattern[str]]]]:
    by_extent: dict[str, list[tuple[str, re.Pattern[str]]]] = {}
    for row in load_table("page_chrome"):
        by_extent.setdefault(row["extent"], []).append((row["name"], re.compile(row["pattern"])))
    return by_extent


@lru_cache(maxsize=8)
def _any_of(*extents: str) -> re.Pattern[str]:
    """A quick test for a line: it can match one of the page-chrome patterns of ``extents`` only
    if it holds one of the characters every match of that pattern holds (read off each pattern:
    a literal it always has, or the first characters of its alternatives). A line the test does
    not find is passed over without trying each pattern on it; when some pattern has no such
    characters, every line is tried."""
    chars = _chars_of(*extents)
    return re.compile("") if chars is None else _char_class(set(chars))  # "": matches every line


@lru_cache(maxsize=8)
def _chars_of(*extents: str) -> frozenset[str] | None:
    """The characters of `_any_of`'s test; None when some pattern has none."""
    needed: set[str] = set()
    for extent in extents:
        for _, p in _page_chrome().get(extent, []):
            chars = _needed_chars(p.pattern)
            if not chars:
                return None
            needed |= chars
    return frozenset(needed)


@lru_cache(maxsize=8)
def _strings_of(*extents: str) -> frozenset[str] | None:
    """A sharper quick test than `_any_of`'s characters: strings one of which every match of each
    page-chrome pattern of ``extents`` holds (打印, 关闭, 版权所有, ICP备 rather than 打, 关, 版, 京 or 浙,
    which half the lines of a report hold). None when some pattern has none."""
    needed: set[str] = set()
    for extent in extents:
        for _, p in _page_chrome().get(extent, []):
            strings = _needed_strings(p)
            if not strings:
                return None
            needed |= strings
    return frozenset(needed)


@lru_cache(maxsize=8)
def _finder(words: frozenset[str]) -> re.Pattern[str]:
    """A pattern finding any of ``words``: a plain alternation, which the engine passes over every
    position where none of the words' first characters stands at once (a look-ahead in front would
    have it try each position)."""
    return re.compile(words_pattern(words))


@lru_cache(maxsize=8)
def _searches(*extents: str) -> tuple[re.Pattern[str], ...]:
    """At most two patterns that together find what the page-chrome patterns of ``extents``
    find: those anchored at the line's start as one pattern anchored there (the engine tries
    it at that one position), the others as one pattern behind a test of its first characters."""
    anchored, floating = [], []
    for extent in extents:
        for _, p in _page_chrome().get(extent, []):
            rest = _after_start_anchor(p.pattern)
            (anchored if rest is not None else floating).append(rest if rest is not None else p.pattern)
    out = []
    if anchored:
        out.append(re.compile("^(?:" + "|".join(f"(?:{x})" for x in anchored) + ")"))
    if floating:
        out.append(with_first_chars("|".join(f"(?:{x})" for x in floating)))
    return tuple(out)


def _after_start_anchor(pattern: str) -> str | None:
    """What follows ``^`` in a pattern that is ``^`` then a sequence (no top-level ``|``), else None."""
    if not pattern.startswith("^"):
        return None
    try:
        from re import _constants as c, _parser  # type: ignore[attr-defined]

        parsed = _parser.parse(pattern)
    except Exception:  # pragma: no cover  (another Python's parser)
        return None
    first = parsed[0] if len(parsed) else None
    if first is None or first[0] is not c.AT or first[1] is not c.AT_BEGINNING or parsed.state.flags & re.MULTILINE:
        return None
    return pattern[1:]


def _char_class(chars: set[str]) -> re.Pattern[str]:
    return re.compile("[" + "".join(re.escape(c) for c in sorted(chars)) + "]") if chars else re.compile("(?!)")


@lru_cache(maxsize=1)
def _tokens() -> list[tuple[str, re.Pattern[str], re.Pattern[str] | None]]:
    """The token patterns, each with a pattern finding the strings one of which its every match
    holds (None: none known, the pattern is tried on every line)."""
    out = []
    for name, p in _page_chrome().get("token", []):
        # behind a look-ahead on its first characters (the same matches, found without trying
        # the pattern at every position of a line)
        fast = with_first_chars(p.pattern) if not p.flags & ~re.UNICODE else p
        needed = _needed_strings(p)
        out.append((name, fast, re.compile(words_pattern(needed)) if needed else None))
    return out


PREFIXES_MAX = 64  # strings at most that a pattern's quick test is made of


def _needed_strings(compiled: re.Pattern[str]) -> frozenset[str]:
    """Strings of which every match of ``compiled`` holds at least one, none holding a line break
    (empty: none known). Read off the element of the pattern's top-level sequence whose strings are
    the sharpest (each of them the start of what that element and the ones after it match), so
    ``【\\s*字号…`` gives 字号, not 【 (`_sharpness`)."""
    if compiled.flags & re.IGNORECASE:
        return frozenset()
    try:
        from re import _parser as parser  # type: ignore[attr-defined]
    except ImportError:  # pragma: no cover  (Python < 3.11)
        import sre_parse as parser  # type: ignore[no-redef]
    try:
        parsed = parser.parse(compiled.pattern)
    except Exception:  # pragma: no cover
        return frozenset()
    if parsed.state.flags & re.IGNORECASE:
        return frozenset()
    nodes = list(parsed)
    best: set[str] = set()
    for i in range(len(nodes)):
        found = _prefixes(nodes[i:])
        if "" not in found and not any(LINE_BREAK.search(s) for s in found) and (
                not best or _sharpness(found) > _sharpness(best)):
            best = found
    return frozenset(best)


def _sharpness(strings: set[str]) -> tuple[int, int]:
    """How well a set of strings tells lines apart: strings of two characters or more (one
    character: half the lines of a report may hold it), then fewer of them (their first characters
    are where a search stops to look: ICP备, not 京ICP备, 津ICP备 … for each province)."""
    return min(min(map(len, strings)), 2), -len(strings)


def _prefixes(nodes: list) -> set[str]:
    """Strings one of which every match of the sequence ``nodes`` starts with ({""}: none known)."""
    if not nodes:
        return {""}
    (op, arg), rest = nodes[0], nodes[1:]
    name = str(op)
    if name == "LITERAL":
        heads = {chr(arg)}
    elif name == "IN" and all(str(o) == "LITERAL" for o, _ in arg):
        heads = {chr(a) for _, a in arg}
    elif name == "AT":  # takes no character
        return _prefixes(rest)
    elif name == "SUBPATTERN" and not arg[1] and not arg[2]:  # a group without flags of its own
        return _prefixes(list(arg[-1]) + rest)
    elif name == "BRANCH":
        out: set[str] = set()
        for alternative in arg[1]:
            out |= _prefixes(list(alternative) + rest)
        return out if len(out) <= PREFIXES_MAX else {""}
    else:
        return {""}
    tails = _prefixes(rest)
    if len(heads) * len(tails) > PREFIXES_MAX:
        return heads
    return {h + t for h in heads for t in tails}


def _needed_chars(pattern: str) -> set[str]:
    """Characters of which every match of ``pattern`` holds at least one (empty: none known)."""
    try:
        from re import _parser as parser  # type: ignore[attr-defined]
    except ImportError:  # pragma: no cover  (Python < 3.11)
        import sre_parse as parser  # type: ignore[no-redef]
    try:
        nodes = list(parser.parse(pattern))
    except Exception:  # pragma: no cover
        return set()
    return _needed_in(nodes)


def _needed_in(nodes: list) -> set[str]:
    """The smallest of the character sets that the elements every match must contain give (the fewer the
    characters, the fewer the lines the quick test lets through: ``|`` rather than 政 or 网)."""
    best: set[str] = set()
    for op, arg in nodes:
        name, found = str(op), set()
        if name == "LITERAL":
            found = {chr(arg)}
        elif name == "IN" and all(str(o) == "LITERAL" for o, _ in arg):
            found = {chr(a) for _, a in arg}
        elif name == "SUBPATTERN":
            found = _needed_in(list(arg[-1]))
        elif name == "BRANCH":
            for alternative in arg[1]:
                inner = _needed_in(list(alternative))
                if not inner:
                    found = set()
                    break
                found |= inner
        elif name in ("MAX_REPEAT", "MIN_REPEAT") and arg[0] >= 1:
            found = _needed_in(list(arg[2]))
        if found and (not best or len(found) < len(best)):
            best = found
    return best


@lru_cache(maxsize=1)
def _trailers() -> dict[str, list[tuple[str, re.Pattern[str]]]]:
    by_where: dict[str, list[tuple[str, re.Pattern[str]]]] = {}
    for row in load_table("trailers"):
        by_where.setdefault(row["where"], []).append((row["name"], re.compile(row["pattern"])))
    return by_where


@lru_cache(maxsize=1)
def _residue() -> list[re.Pattern[str]]:
    return [re.compile(row["pattern"]) for row in load_table("template_residue")]


# -- lines -------------------------------------------------------------------------------------


# What str.splitlines breaks a line at (\r\n is one break).
LINE_BREAK = re.compile("\r\n|[\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029]")
OTHER_BREAKS = "\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"  # those but "\n"
_NEWLINE = re.compile("\n")


class Lines(LineOffsets[Line]):
    """The lines of a view as `str.splitlines` draws them, each `Line` made when it is asked for."""

    __slots__ = ()

    def __init__(self, view: str):
        # (a view that breaks its lines at "\n" alone, as most do, is cut the faster way; the other breaks
        # are looked for with `in`, which goes through a text faster than a pattern's search)
        super().__init__(view, LINE_BREAK if any(ch in view for ch in OTHER_BREAKS) else _NEWLINE, keep_last=False)

    @property
    def view(self) -> str:
        return self.text

    def line(self, start: int, end: int, stop: int) -> Line:
        return Line(start, end, stop, self.text[start:end])


def split_lines(view: str) -> Lines:
    return Lines(view)


def _is_link_like(text: str) -> bool:
    """A short line without sentence punctuation: a menu entry, a link, a date."""
    s = text.strip()
    return 0 < len(s) <= LINK_MAX and not any(ch in SENTENCE_PUNCT + ",，:：、" for ch in s)


_RATE = re.compile(r"\d\s*[%‰％]")  # a rate on a short line (◎地区生产总值增长7%左右): a report's content, no link


def _is_prose(text: str) -> bool:
    s = text.strip()
    return len(s) >= 40 or any(ch in "。！？!?" for ch in s)


# -- metadata lines ----------------------------------------------------------------------------


def _cut_tokens(view: str, start: int, end: int) -> tuple[int, int]:
    """Trim a value: cut it at the first button token, strip spaces, pipes and mojibake."""
    for _, pattern in _page_chrome().get("token", []):
        m = pattern.search(view, start, end)
        if m and m.start() < end:
            end = m.start()
    while start < end and view[start] in VALUE_JUNK:
        start += 1
    while end > start and view[end - 1] in VALUE_JUNK:
        end -= 1
    return start, end


LINE_LEADS = " \t|【(•●◆▪·*-"  # what may stand before a line's first label: a table's pipe, a list's bullet


# a date and time opening a line of fields (the page's date stays where the head's dates are read)
_LEADING_STAMP = re.compile(r"(?:19|20)\d{2}[-/.年]\d{1,2}[-/.月]\d{1,2}日?(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?[ \t]+")


def parse_meta(view: str, line: Line) -> list[Pair] | None:
    """The label/value pairs of a metadata line, or None when the line is not one.

    The line must start with a label (after pipes, spaces or a bullet); values run to the next label,
    so ``2025-05-21 11:35:44点击数:`` splits into a date and an empty 点击数.
    """
    if ":" not in line.text and "|" not in line.text:
        return None  # every label is followed by one of them (most lines: prose without either)
    rows, label_re = _labels()
    lead = len(line.text) - len(line.text.lstrip(LINE_LEADS))
    if (stamp := _LEADING_STAMP.match(line.text, lead)) is not None:
        lead = stamp.end()  # 2024-02-20 09:37 作者:王钦 来源:梓潼县融媒体中心: a news item's time stamp, then its fields
    if label_re.match(view, line.start + lead, line.end) is None:
        return None  # (the first label must stand there: the rest of the line is not looked through)
    matches = list(label_re.finditer(view, line.start + lead, line.end))
    pairs = []
    for i, m in enumerate(matches):
        stop = matches[i + 1].start() if i + 1 < len(matches) else line.end
        label = re.sub(r"[ \t]", "", m.group("label"))
        start, end = _cut_tokens(view, m.end(), stop)
        if "(" in line.text[:lead] and view[start:end].endswith(")"):
            end -= 1  # (责任编辑:石兰兰)
        long_prose = end - start > VALUE_MAX and CJK.search(view, start, end)  # a URL may be long
        if long_prose and rows[label]["next_line"] != "any":
            return None  # prose that happens to open with a label word and a colon
        if long_prose and not _repeated(view, start, end):
            return None  # 摘要:汝城县位于…全县土地面积2400平方公里: an abstract the body never repeats is its own text
        pairs.append(Pair(label, m.start("label"), m.end("label"), start, end))
    return pairs


SPACED_RUN = 3  # lines in a row that open on a label and a space: a metadata table, not prose
SPACED_HEAD = 40  # … among a page's first lines, where a portal prints its table


def parse_spaced(view: str, line: Line) -> list[Pair] | None:
    """The label/value pairs of a line of a metadata table printed with spaces between its cells
    (生成日期 2023-06-28 公开日期 2023-07-27), or None when the line does not open on a label."""
    if not _may_open_spaced(line.text):
        return None  # (most lines: no label opens them)
    lead = len(line.text) - len(line.text.lstrip(LINE_LEADS))
    matches = list(_spaced_labels().finditer(view, line.start + lead, line.end))
    if not matches or matches[0].start() != line.start + lead:
        return None
    pairs = []
    for i, m in enumerate(matches):
        stop = matches[i + 1].start() if i + 1 < len(matches) else line.end
        start, end = _cut_tokens(view, m.end(), stop)
        if end - start > VALUE_MAX:
            return None
        pairs.append(Pair(m.group("label"), m.start("label"), m.end("label"), start, end))
    return pairs


def _may_open_spaced(text: str) -> bool:
    """Whether a line's text may open a row of a metadata table printed with spaces (`parse_spaced`):
    it opens on a label's first character and holds a space or a tab."""
    text = text.lstrip(LINE_LEADS)
    return bool(text) and text[0] in _label_firsts() and (" " in text or "\t" in text)


def _crumb_continues(text: str, value: str) -> bool:
    s = text.strip()
    if not s or len(s) > LINK_MAX:
        return False
    return not value or s.startswith(CRUMB_SEP) or value.endswith(CRUMB_SEP)


class _Stripper:
    """One pass over a document's lines; collects fields, chrome lines and warnings."""

    def __init__(self, doc: Document):
        self.doc = doc
        self.view = blank_ruby(simplified_view(doc.original))  # 時(shí)間: a label with its pinyin
        self.lines = split_lines(self.view)
        self.chrome: list[str | None] = [None] * len(self.lines)  # why a line is chrome
        self.fields: list[MetaField] = []
        self._prose_at: int | None = None  # the first line of prose (`_first_prose`), found when asked

    # a field whose value is a stretch of the original
    def field(self, name: str, start: int, end: int, label: str = "", value: str | None = None) -> None:
        text = self.doc.original[start:end] if value is None else value
        self.fields.append(MetaField(name, text, Span(start, end), label))

    def run(self) -> None:
        self.metadata_lines()
        self.spaced_metadata_lines()
        self.token_and_pipe_lines()
        self.footers()
        self.duplicate_copies()
        self.trailers()
        self.byline()
        self.residue()

    # -- passes ----------------------------------------------------------------------------

    def metadata_lines(self) -> None:
        rows, _ = _labels()
        i = 0
        for k in self.lines.holding_any(LABEL_ENDS):  # a metadata line holds a label's : or |
            if k < i:
                continue  # (a line read as the value of the one before)
            i = k
            line = self.lines[i]
            pairs = parse_meta(self.view, line)
            if pairs is None:
                continue
            self.chrome[i] = "meta"
            for pair in pairs:
                written = self.doc.original[pair.label_start : pair.label_end]
                if rows[pair.label]["name"] == "breadcrumb":
                    i = self._breadcrumb(i, pair, written)
                    continue
                start, end = pair.value_start, pair.value_end
                blank_after = not self.view[pair.label_end : line.end].strip(" \t|?:\ufffd")
                if blank_after and pair is pairs[-1] and i + 1 < len(self.lines):
                    nxt = self.lines[i + 1]
                    mode = rows[pair.label]["next_line"]
                    s = nxt.stripped
                    fits = (mode == "any" and parse_meta(self.view, nxt) is None
                            and (nxt.end - nxt.start <= VALUE_MAX or _repeated(self.view, nxt.start, nxt.end))) \
                        or (mode == "number" and s.isdigit())
                    if s and fits:
                        start, end = _cut_tokens(self.view, nxt.start, nxt.end)
                        i += 1
                        self.chrome[i] = "meta"
                self.field(rows[pair.label]["name"], start, end, written)
            i += 1

    def spaced_metadata_lines(self) -> None:
        """A metadata table whose cells a page printed with spaces, not colons (信息名称 …⏎索引号 …⏎
        发布机构 东城街道): SPACED_RUN lines in a row, each opening on a label, are its rows."""
        rows, _ = _labels()
        run: list[tuple[int, list[Pair]]] = []
        head = min(len(self.lines), SPACED_HEAD)
        for i in range(head + 1):
            pairs = None
            if i < head and self.chrome[i] is None and _may_open_spaced(self.lines.text_of(i)):
                pairs = parse_spaced(self.view, self.lines[i])  # (a line's record made only then)
            if pairs is not None:
                run.append((i, pairs))
                continue
            if len(run) >= SPACED_RUN:
                for k, found in run:
                    self.chrome[k] = "meta"
                    for pair in found:
                        written = self.doc.original[pair.label_start : pair.label_end]
                        self.field(rows[pair.label]["name"], pair.value_start, pair.value_end, written)
            run = []

    def _breadcrumb(self, i: int, pair: Pair, written: str) -> int:
        """A breadcrumb may go on over the next lines (首页\\n>>\\n领导之窗); returns the last line used."""
        pieces = [(pair.value_start, pair.value_end)] if pair.value_end > pair.value_start else []
        value = self.view[pair.value_start : pair.value_end]
        while i + 1 < len(self.lines) and _crumb_continues(self.lines[i + 1].text, value):
            i += 1
            nxt = self.lines[i]
            self.chrome[i] = "meta"
            lead = len(nxt.text) - len(nxt.text.lstrip())
            pieces.append((nxt.start + lead, nxt.start + len(nxt.text.rstrip())))
            value = " ".join(self.view[a:b].strip() for a, b in pieces)
        start, end = (pieces[0][0], pieces[-1][1]) if pieces else (pair.value_start, pair.value_start)
        text = " ".join(self.doc.original[a:b].strip() for a, b in pieces)
        self.field("breadcrumb", start, end, written, value=text)
        return i

    def _lines_holding(self, words: frozenset[str] | None) -> Iterable[int]:
        """The indices of the lines holding one of ``words`` (strings without line breaks, each
        pattern's quick test): only these can match the patterns behind them. All lines for None."""
        if words is None:
            return range(len(self.lines))
        return self.lines.holding(_finder(words))

    def token_and_pipe_lines(self) -> None:
        chrome = _page_chrome()
        any_line = _any_of("line")
        line_chars, token_strings = _chars_of("line"), _strings_of("token")
        either = None if line_chars is None or token_strings is None else line_chars | token_strings
        for i in self._lines_holding(either):
            line = self.lines[i]
            if self.chrome[i] not in (None, "meta") or not line.stripped:
                continue
            hit = None
            if not self.chrome[i] and any_line.search(line.stripped):
                hit = next(((name, m) for name, p in chrome.get("line", []) if (m := p.match(line.stripped))), None)
            if hit:
                self.chrome[i] = "line"
                if hit[0] != "-":  # a line worth keeping as a field, e.g. a breadcrumb without label
                    lead = line.start + len(line.text) - len(line.text.lstrip())
                    self.field(hit[0], lead, lead + len(line.stripped))
                continue
            found, tried = [], []
            for name, pattern, needed in _tokens():
                if needed is not None and needed.search(line.text) is None:
                    continue  # none of the strings its every match holds (nor what is left of the line)
                if pattern.search(self.view, line.start, line.end) is None:
                    continue  # (nothing to take out of the line either)
                found += [(name, m) for m in pattern.finditer(self.view, line.start, line.end)]
                tried.append(pattern)
            if not found:
                continue
            rest = line.text  # what is left of the line once its tokens are taken out
            for pattern in tried:
                rest = pattern.sub("", rest)
            if self.chrome[i] == "meta" or not rest.strip(" \t|"):
                self.chrome[i] = self.chrome[i] or "button"
                for name, m in found:
                    if name != "-":
                        written = self.doc.original[m.start() : m.end()].strip()
                        self.field(name, m.end(), m.end(), written)

    def footers(self) -> None:
        half = len(self.view) / 2
        tail_patterns = [p for _, p in _trailers().get("tail", [])]
        rest_patterns, footer_patterns = _searches("rest"), _searches("block", "rest")
        for i in self._lines_holding(_strings_of("block", "rest")):
            s = self.lines.text_of(i).strip()
            if not s:
                continue
            if self.lines.start(i) > half and any(p.search(s) for p in rest_patterns):
                for k in range(i, len(self.lines)):
                    self.chrome[k] = self.chrome[k] or "footer"
                return
            if not any(p.search(s) for p in footer_patterns):
                continue
            self.chrome[i] = self.chrome[i] or "footer"
            # the link lists around an anchor belong to the same footer; a signature or date does not.
            # An anchor above the page's first prose (分享到 over the headline) is a widget of its head:
            # the lines after it are the title and what the page opens with, not links.
            for step in (-1, 1) if i > self._first_prose() else (-1,):
                k = i + step
                while 0 <= k < len(self.lines):
                    t = self.lines.text_of(k)
                    if self.chrome[k] or not t.strip():
                        pass
                    elif _is_link_like(t) and not (step < 0 and self._closes_body(k, tail_patterns)) \
                            and not _RATE.search(t):
                        self.chrome[k] = "footer"
                    else:
                        break
                    k += step

    def _first_prose(self) -> int:
        """The index of the page's first line of prose (its length if none)."""
        if self._prose_at is None:
            self._prose_at = next((k for k in range(len(self.lines)) if _is_prose(self.lines.text_of(k))),
                                  len(self.lines))
        return self._prose_at

    def _closes_body(self, k: int, tail_patterns: list[re.Pattern[str]]) -> bool:
        """Whether line k is a signature/date/file line right after the body (not a link list)."""

        def is_trailer(j: int) -> bool:
            return any(p.match(self.lines[j].stripped) for p in tail_patterns)

        if not is_trailer(k):
            return False
        j = k - 1
        while j >= 0 and (not self.lines[j].stripped or is_trailer(j)):
            j -= 1
        return j < 0 or (not self.chrome[j] and not _is_link_like(self.lines[j].text))

    def duplicate_copies(self) -> None:
        """A page scraped twice holds the body twice: a stretch of body is left out only when
        its text, after normalisation (the view without white space), is identical to another
        stretch or to a part of one, which is kept. Stretches that open alike but differ (the
        same report with other figures, two reports opening with the same boilerplate) are
        both kept, and flagged. Each stretch left out and each flagged is a warning with its span."""
        marked = [-1, *self._marked(), len(self.chrome)]
        regions = [(a + 1, b) for a, b in zip(marked, marked[1:]) if b > a + 1]  # line ranges [a, b) of body
        if len(regions) < 2:
            return  # one stretch of body (or none) is a copy of nothing

        def span(r: tuple[int, int]) -> tuple[int, int]:
            return self.lines[r[0]].start, self.lines[r[1] - 1].end

        def long_enough_text(r: tuple[int, int]) -> bool:
            start, end = span(r)
            if end - start < DUPLICATE_MIN:
                return False  # (fewer characters than it needs)
            # those of its first characters at once (where a body has enough), then the others
            # run by run, until there are enough: no list of them (a 50 MB body has a million)
            head = min(end, start + 2 * DUPLICATE_MIN)
            count = sum(map(len, CJK_RUN.findall(self.view, start, head)))
            if count >= DUPLICATE_MIN:
                return True
            for m in CJK_RUN.finditer(self.view, head, end):
                count += m.end() - m.start()
                if count >= DUPLICATE_MIN:
                    return True
            return False

        long_enough = [r for r in regions if long_enough_text(r)]
        if len(long_enough) < 2:
            return  # one stretch of body (or none) is a copy of nothing: no copy of its text is made
        texts = {r: "".join(self.view[slice(*span(r))].split()) for r in long_enough}  # (str.split: \s, in C)
        kept: list[tuple[int, int]] = []
        ordered = sorted(long_enough, key=lambda r: -len(texts[r]))  # the longer copy first; ties: the first
        for r, container in zip(ordered, first_containers([texts[r] for r in ordered])):
            if container is None:
                kept.append(r)
                continue
            whole = ordered[container]
            for k in range(*r):
                self.chrome[k] = "duplicate"
            (start, end), (s2, e2) = span(r), span(whole)
            self.doc.warnings.append(f"second copy of the body at [{start}, {end}) left out: identical after "
                                     f"normalisation to the text at [{s2}, {e2})")
        kept.sort()
        openings = {r: _opening(texts[r]) for r in kept}
        for i, r in enumerate(kept):
            earlier = next((k for k in kept[:i] if openings[k] == openings[r]), None)
            if earlier is not None:
                (start, end), (s2, e2) = span(r), span(earlier)
                self.doc.warnings.append(f"the body at [{start}, {end}) opens like the text at [{s2}, {e2}) "
                                         "but differs from it: both kept")

    def trailers(self) -> None:
        """Closing lines after the last body paragraph: signature, date, file name, editor."""
        patterns = _trailers().get("tail", [])
        for i in range(len(self.lines) - 1, -1, -1):
            line = self.lines[i]
            s = line.stripped
            if not s or self.chrome[i]:
                continue
            hit = next(((name, m) for name, p in patterns if (m := p.match(s))), None)
            if hit is None:
                return
            name, m = hit
            lead = line.start + (len(line.text) - len(line.text.lstrip()))
            self.chrome[i] = "trailer"
            self.field(name, lead + m.start("v"), lead + m.end("v"))

    def byline(self) -> None:
        """An issuer line between the title and the first paragraph (衡南县花桥镇人民政府)."""
        patterns = _trailers().get("head", [])
        for i, line in enumerate(self.lines):
            s = line.stripped
            if self.chrome[i] or not s:
                continue
            if _is_prose(s):
                return
            for name, p in patterns:
                if m := p.match(s):
                    lead = line.start + (len(line.text) - len(line.text.lstrip()))
                    self.chrome[i] = "byline"
                    self.field(name, lead + m.start("v"), lead + m.end("v"))
                    return

    def residue(self) -> None:
        spans = self.spans()  # in order, apart: the one that may hold an offset is found by bisection
        starts = [s.start for s in spans]
        hits: dict[str, list[int]] = {}
        for pattern in _residue():
            for m in pattern.finditer(self.view):
                k = bisect.bisect_right(starts, m.start()) - 1
                if k >= 0 and m.start() < spans[k].end:
                    continue  # in chrome
                self.field("template_residue", m.start(), m.end())
                hits.setdefault(self.doc.original[m.start() : m.end()], []).append(m.start())
        for text, offsets in hits.items():
            self.doc.warnings.append(f"template residue {text!r} at offset {offsets[0]} (x{len(offsets)})")

    # -- result ----------------------------------------------------------------------------

    def _marked(self) -> Iterable[int]:
        """The indices of the chrome lines, in order (found in C: most lines are none)."""
        return compress(range(len(self.chrome)), self.chrome)  # (every reason is a non-empty word)

    def spans(self) -> list[Span]:
        merged: list[list[int]] = []
        lines = self.lines
        for i in self._marked():
            start, stop = lines.start(i), lines.stop(i)
            if merged and merged[-1][1] >= start:
                merged[-1][1] = stop
            else:
                merged.append([start, stop])
        return [Span(a, b) for a, b in merged]


def strip_chrome(doc: Document) -> Document:
    """Stage ``chrome``: fill ``doc.metadata``, ``doc.chrome`` and ``doc.warnings``."""
    stripper = _Stripper(doc)
    stripper.run()
    doc.metadata.extend(sorted(stripper.fields, key=lambda f: f.span.start if f.span is not None else -1))
    doc.chrome = _merge(doc.chrome + stripper.spans())
    return doc


def _merge(spans: list[Span]) -> list[Span]:
    out: list[Span] = []
    for span in sorted(spans, key=lambda s: s.start):
        if out and out[-1].end >= span.start:
            out[-1] = Span(out[-1].start, max(out[-1].end, span.end))
        else:
            out.append(span)
    return out


__all__ = ["strip_chrome", "parse_meta", "split_lines"]
