"""What each quantity sits in: its sentence, part, section path, policy domain and year."""

from __future__ import annotations

import bisect
from collections import deque
import re
from functools import lru_cache
from typing import Iterator

from duban.clean.cell_tables import CellIndex, cell_tables, holds_figure_alone, numbered_tables
from duban.clean.lines import column_pieces, side_by_side_columns
from duban.document import Document, Fact, Span
from duban.extract.indicators import indicator_of
from duban.extract.lexicon import lexicon
from duban.extract.wording import wording
from duban.lang.words import open_bracket_before, words_regex
from duban.extract.subjects import CLAUSE_OPENERS, ends_in_time, governing_place, in_share_frame, names_only_its_figure, object_after_verb, only_head_words, trim_head, names_a_time, predicate_start, respective_items, subject_spans, total_may_end, total_word_before
from duban.lang import load_table

__all__ = ["domain_of", "sentence_spans"]  # what other stages read (the store's comparisons, the web UI)

_SENTENCE = re.compile(r"[^。！？!?；;\n]*(?:[。！？!?；;\n]|$)")
_YEAR = re.compile(r"(?<!\d)((?:19|20)\d\d)年")
_RELATIVE_YEAR = {"今年": 0, "本年": 0, "当年": 0, "去年": -1, "上年": -1, "明年": 1}  # relative to the part


@lru_cache(maxsize=1)
def _domain_cues() -> tuple[re.Pattern, dict[str, str], dict[str, int]]:
    """The cues' pattern, each cue's domain, and each domain's place in the table, negated."""
    rows = load_table("domains")
    cue_domain: dict[str, str] = {}
    order: list[str] = []
    for row in rows:
        cue_domain.setdefault(row["cue"], row["domain"])
        if row["domain"] not in order:
            order.append(row["domain"])
    # A trie of the cues behind a look-ahead on their first two characters (`words_regex`): the
    # engine skips every position where no cue can start, and elsewhere reads each character once.
    return words_regex(cue_domain), cue_domain, {d: -i for i, d in enumerate(order)}


def domain_of(sentence: str) -> tuple[str, list[str]]:
    """The policy domain of a sentence and the cue words that decided it."""
    pattern, cue_domain, earlier = _domain_cues()
    found = pattern.findall(sentence)
    if not found:
        return "", []
    domains = [cue_domain[cue] for cue in found]
    if domains.count(domains[0]) == len(domains):  # (most sentences: one domain) its cues, each once, in order
        return domains[0], list(dict.fromkeys(found))
    counts: dict[str, int] = {}
    cues: dict[str, list[str]] = {}
    for cue in found:
        d = cue_domain[cue]
        if d in counts:
            counts[d] += 1
            if cue not in cues[d]:
                cues[d].append(cue)
        else:
            counts[d], cues[d] = 1, [cue]
    if len(counts) == 1:
        return d, cues[d]
    best = max(counts, key=lambda d: (counts[d], earlier[d]))  # a tie: the domain listed first
    return best, cues[best]


def sentence_spans(text: str) -> list[tuple[int, int]]:
    return [m.span() for m in _SENTENCE.finditer(text) if m.end() > m.start()]


_SENTENCE_END = re.compile(r"[。！？!?；;\n]")
_LAST_SENTENCE_END = re.compile(r"(?s:.*)[。！？!?；;\n]")  # matched from a window's start


def sentence_at(text: str, x: int, lo: int, hi: int, after: int) -> tuple[int, int]:
    """The sentence of ``text[lo:hi]`` that holds the character at ``x``, as `sentence_spans` cuts
    that stretch (offsets into ``text``). ``after``: a place where a sentence starts, at or before
    ``x`` (``lo``, or the end of a sentence before it): only the text from there on is read."""
    m = _LAST_SENTENCE_END.match(text, after, x)
    m2 = _SENTENCE_END.search(text, x, hi)
    return (m.end() if m else after), (m2.end() if m2 else hi)


def _years(sentence: str) -> tuple[list[tuple[int, str]], list[tuple[int, str]]]:
    """The years a sentence names (``2024年``) and its relative year words, with positions
    (the relative words are looked for only where no year is named: only then are they used)."""
    if "年" not in sentence:  # every year and relative year word has it
        return [], []
    years = [(m.start(), m.group(1)) for m in _YEAR.finditer(sentence)]
    relative = [] if years else [(sentence.find(w), w) for w in _RELATIVE_YEAR if w in sentence]
    return years, relative


def _year(years: list[tuple[int, str]], relative: list[tuple[int, str]], before: int, part_period: str) -> str:
    """The year a sentence ties a figure to (the last one named before it), else the part's."""
    base = part_period[:4]
    if years:
        prior = years[0][1]  # (none before the figure: the first one after it)
        for pos, year in years:  # in the order the sentence names them
            if pos >= before:
                break
            prior = year
        return prior
    for pos, word in relative:
        if pos < before and base.isdigit():
            return str(int(base) + _RELATIVE_YEAR[word])
    return base


# A fact with no subject of its own takes the one before when no sentence end stands between:
# in one sentence, or across the line ends of a PDF text, at most this many characters on.
RUN_ON = 24
_SENTENCE_END_CHARS = frozenset("。！？!?；;")
_STOPS = frozenset("。！？!?\n")  # what ends a sentence where a semicolon only parts its clauses
_FRAME_OPENERS = frozenset("占")  # a share's frame that opens with it says of what (占年计划)
_RATE_PLACES = frozenset(("百分点", "名", "位"))  # what a comparison of rates passes its subject on to
MAX_LISTED = 64  # a total looks back over at most this many facts of its sentence


_OPEN_AT_END = "“‘「『《(（[【、,，"  # marks that open what a subject ends before
_CLOSE_AT_START = "”’」』》)）]】、,，。;；:：#＃*◎●◆■□▲•★☆"  # … and that close what it starts after (a table's
# # of 其中, a list's bullet: ◎地区生产总值增长7%左右)


def clean_edges(subject: str) -> str:
    """A subject without spaces, nor marks its clause cut off at its edges (”时期全省生产总值,
    全面落实“, 管道改造工程( ): an opening mark at its end, a closing one at its start."""
    if not subject or (subject[0] not in _CLOSE_AT_START and subject[-1] not in _OPEN_AT_END
                       and not subject[0].isspace() and not subject[-1].isspace()):
        return subject  # (most subjects: clean edges already)
    subject = subject.strip()
    start, end = 0, len(subject)
    while start < end and (subject[start] in _CLOSE_AT_START or subject[start].isspace()):
        start += 1
    while end > start and (subject[end - 1] in _OPEN_AT_END or subject[end - 1].isspace()):
        end -= 1
    return subject[start:end]


def _common_end(words: list[str]) -> str:
    """The longest ending that all ``words`` share, if it is at least two characters (企业)."""
    end = words[0]
    for w in words[1:]:
        n = 0
        while n < len(end) and n < len(w) and end[-1 - n] == w[-1 - n]:
            n += 1
        end = end[len(end) - n :]
    return end if len(end) >= 2 else ""


class SectionIndex:
    """``Document.section_path`` in logarithmic time: each level's starts, searched by bisection.

    A level whose sections are in order and do not overlap (what the outline makes) holds the
    offset in at most one of them, the last one starting at or before it; any other level is
    searched as ``section_path`` does, from the first section on. Same answers, so a report
    with thousands of sections costs a few steps per fact, not one per section."""

    def __init__(self, sections: list) -> None:
        self.sections = sections
        self.starts: dict[int, list[int] | None] = {}
        stack = [sections]
        while stack:
            level = stack.pop()
            ordered = all(a.span.end <= b.span.start for a, b in zip(level, level[1:]))
            self.starts[id(level)] = [s.span.start for s in level] if ordered else None
            stack += [s.children for s in level if s.children]

    def path(self, offset: int) -> list:
        path: list = []
        level = self.sections
        while level:
            starts = self.starts[id(level)]
            if starts is None:
                hit = next((s for s in level if s.span.start <= offset < s.span.end), None)
            else:
                i = bisect.bisect_right(starts, offset) - 1
                hit = level[i] if i >= 0 and offset < level[i].span.end else None
            if hit is None:
                break
            path.append(hit)
            level = hit.children
        return path


_CHUNK_ENDS = frozenset("。！？!?；;")
CHUNK_SEARCH_SHARE = 1  # a cut after a sentence end is looked for over this share of a chunk past its size


def chunk_end(norm: str, start: int, chunk: int) -> int:
    """Where a stretch of ``norm`` read from ``start`` ends: past a line end at least ``chunk``
    characters on, the first one that follows a sentence end (a quantity of a PDF text may go
    on over a line end inside a sentence: 增长⏎5%), else the first line end."""
    first = norm.find("\n", start + chunk)
    if first < 0:
        return len(norm)
    limit, i = first + chunk // CHUNK_SEARCH_SHARE, first
    while 0 <= i < limit:
        if norm[i - 1] in _CHUNK_ENDS:
            return i + 1
        i = norm.find("\n", i + 1)
    return first + 1


class FactStream:
    """The facts of a long document, made a stretch of lines at a time each time they are read,
    so that they are never all held at once: the store writes them as they come.

    The normalised view is read ``chunk`` characters at a time, cut at a line end after a
    sentence end (``chunk_end``); nothing the extractor looks at crosses one, so the facts are
    those of the whole view read at once (``tests/test_streaming.py``). Reading them again makes them again. ``len`` counts
    them once (a pass) and remembers the count."""

    def __init__(self, doc: Document, scan, masked: list[tuple[int, int]], chunk: int, on_dropped=None):
        # scan(text, masks) -> (quantities, the offsets of numbers left out for want of a unit);
        # on_dropped(count, first offset in norm) is told of them once, after the first whole pass
        self.doc, self.scan, self.masked, self.chunk = doc, scan, masked, chunk
        self.on_dropped = on_dropped
        self._len: int | None = None

    def quantity_chunks(self) -> Iterator[tuple[int, int, list]]:
        """``(start, end, quantities)`` a stretch ``norm[start:end]`` of whole lines at a time: the
        quantities the facts are made of (offsets into ``norm``), for a stage that needs no more."""
        norm = self.doc.norm
        start, dropped, first_dropped = 0, 0, -1
        while start < len(norm):
            end = chunk_end(norm, start, self.chunk)
            masks = [(a - start, b - start) for a, b in self.masked if a < end and b > start]
            found, left_out = self.scan(norm[start:end], masks)
            if left_out:
                dropped += len(left_out)
                first_dropped = first_dropped if first_dropped >= 0 else left_out[0] + start
            if start:
                found = [type(q)(q.start + start, q.end + start, q.value, q.unit, q.approx, q.kind, q.dimension,
                                 q.number_start + start, q.number_end + start) for q in found]
            yield start, end, found
            start = end
        if dropped and self.on_dropped is not None:
            self.on_dropped(dropped, first_dropped)
            self.on_dropped = None  # once: every pass finds the same numbers

    def __iter__(self) -> Iterator[Fact]:
        count = 0
        for start, end, found in self.quantity_chunks():
            for fact in iter_facts(self.doc, found, (start, end)):
                count += 1
                yield fact
        self._len = count

    def __len__(self) -> int:
        if self._len is None:
            self._len = sum(1 for _ in self)
        return self._len

    def __bool__(self) -> bool:
        return self._len > 0 if self._len is not None else next(iter(self), None) is not None

    def __getitem__(self, index: int) -> Fact:
        if index < 0:
            index += len(self)
        for i, fact in enumerate(self):
            if i == index:
                return fact
        raise IndexError(index)


_CLAUSE_COMMAS = ",，"
MAX_CLAUSE_BEFORE = 40  # characters of the clause before a change that may be named from its start


def _clause_before(doc: Document, norm: str, q, quantities: list, spans: list, index: int, s_start: int,
                   same_text: bool, bounds) -> str:
    """The subject named by the clause before ``q``'s own, in its sentence (``""`` where none)."""
    cut = max(norm.rfind(c, s_start, q.start) for c in _CLAUSE_COMMAS)
    if cut <= s_start or (index and spans[index - 1][1] > cut):
        return ""
    probe = type(q)(cut, cut, 0.0, "", "exact", "change", "", cut, cut)
    subject = ""
    found = subject_spans(norm, probe, quantities, spans, index)[:1]
    opening = max(norm.rfind(c, s_start, cut) for c in CLAUSE_OPENERS) + 1
    if found and opening > max(s_start, cut - MAX_CLAUSE_BEFORE) and found[0][0] > opening \
            and not (index and spans[index - 1][1] > opening):  # (a clause with a figure in it: its own walk)
        # 全市固定资产投资延续平稳增长、小幅加快的良好态势,同比增长2%: a clause longer than a subject's
        # walk is named from its start, up to its predicate
        a = trim_head(norm, opening, cut)
        b = predicate_start(norm, a, cut)
        if b < cut:
            found = [(a, b)]
    for a, end in found:
        b = predicate_start(norm, a, end)  # 固定资产投资继续保持高位运行: the name, not what it did
        if b - a < 2 and (acted_on := object_after_verb(norm, a, end)) is not None:
            a, b = acted_on  # 举办各类文艺演出,共计1247场: what the clause's verb holds
        if b - a < 2 or names_a_time(norm, a, b):
            return ""  # 今年以来,同比增长8%: a time names nothing
        if same_text:
            subject += doc.original[a:b]
        else:
            oa, ob = bounds(a, b)
            subject += doc.original[oa:ob] if ob - oa == b - a else "".join(
                doc.original[doc.norm_map.to_original(i)] for i in range(a, b))
    return "".join(subject.split("\n")).strip()


COMPARED_BEFORE = 10  # characters of a compared place's name before its figure in brackets


def _bracketed_scope(norm: str, start: int) -> str:
    """The scope a figure in a bracketed list is named by (…4894元(全国5963元、全省4881元): 全国, 全省), or ""."""
    if (opening := open_bracket_before(norm, start)) < 0:
        return ""
    if opening == start - 1:  # 比全省(7.7%)和全国平均水平(7.0%)分别高: the place named before the bracket
        lo = max(0, opening - COMPARED_BEFORE)
        cut = max(norm.rfind(ch, lo, opening) for ch in "比和与及、,，") + 1
        name = norm[max(cut, lo) : opening]
        return "" if not name or lexicon().rank_scopes.starting_at(name, 0) is None else name
    item = max(norm.rfind(ch, opening, start) for ch in "(（、,，") + 1
    word = norm[item:start]
    return word if word and lexicon().rank_scopes.starting_at(word, 0) == word else ""


def _without_scope(subject: str) -> str:
    scope = lexicon().rank_scopes.starting_at(subject, 0)
    return subject[len(scope) :] if scope else subject


def _governed_run(norm: str, quantities: list, index: int, s_start: int) -> tuple[int, int] | None:
    """The place that governs the units counted before ``quantities[index]`` in its sentence, where those
    counts open with a word of governing and measure otherwise (辖12个村,76个社区,163个互助组,3638户: the
    households are the township's): its span (see ``governing_place``), or None."""
    if not index or (listed := quantities[index - 1].unit) == quantities[index].unit:
        return None
    for j in range(index - 1, -1, -1):  # back over the counts of one measure right before (村, 社区, 互助组)
        if quantities[j].start < s_start:
            return None
        if quantities[j].unit != listed and not _joined_counts(norm, quantities[j], quantities[j + 1]):
            return None
        place = governing_place(norm, quantities[j].start, s_start)
        if place is not None:
            return place  # (共612户2325人: 共 before the households names no place; the run before may)
    return None


_JOINED_COUNTS = re.compile(r"(?:[\u4e00-\u9fff]{0,6}、)?")


def _joined_counts(norm: str, first, second) -> bool:
    """Are two counts of different measures one run (5个村民小组、528户, 528户1548人): nothing between them but
    the first one's noun and a list's 、?"""
    return _JOINED_COUNTS.fullmatch(norm, first.end, second.start) is not None and first.kind == second.kind == "amount"


def _named(doc: Document, a: int, b: int, same_text: bool, bounds) -> str:
    """The original text of the normalised view's span ``a:b`` (what the view left out is no part of it)."""
    if same_text:
        return doc.original[a:b]
    oa, ob = bounds(a, b)
    return doc.original[oa:ob] if ob - oa == b - a else "".join(doc.original[doc.norm_map.to_original(i)] for i in range(a, b))


MAX_COLUMN_PAGE = 2_000_000  # characters of a page of columns whose text is put in reading order for subjects


def _column_subjects(doc: Document, quantities: list) -> dict[int, str]:
    """Subjects of the quantities of a page printed in columns side by side, read in the columns'
    order (``clean.lines.column_pieces``): a figure that starts a column's line is named by that
    column's line above it (年降水量⏎974.5 毫米), not by the other columns' text beside it, and a change
    with no name in its clause measures what the fact before it in the same column and sentence did
    (全年完成国内生产总值3.2亿元,⏎同比增 10%). Keyed by the quantity's index; a quantity that a
    column's edge cuts is left out (its subject is found as on any page)."""
    norm, original = doc.norm, doc.original
    if len(norm) > MAX_COLUMN_PAGE:
        return {}
    pieces = column_pieces(original)
    if not pieces:
        return {}
    same_text = doc.norm_map is None or doc.norm_map.is_identity
    to_original = (lambda i: i) if same_text else doc.norm_map.to_original
    to_norm = (lambda o: min(o, len(norm))) if same_text else doc.norm_map.to_derived
    text_parts: list[str] = []
    placed: list[tuple[int, int, int]] = []  # per piece, in norm order: (norm start, norm end, start in the column text)
    length = 0
    for a, b in pieces:
        na, nb = to_norm(a), to_norm(b)
        if nb <= na:
            continue
        placed.append((na, nb, length))
        text_parts.append(norm[na:nb])
        length += nb - na + 1
    column_text = "\n".join(text_parts)  # a column's lines, as a PDF reader gives a page of one column
    by_norm = sorted(placed)
    norm_starts = [p[0] for p in by_norm]
    moved = []
    for index, q in enumerate(quantities):
        k = bisect.bisect_right(norm_starts, q.start) - 1
        if k < 0 or q.end > by_norm[k][1]:
            continue
        shift = by_norm[k][2] - by_norm[k][0]
        moved.append((q.start + shift, index, type(q)(q.start + shift, q.end + shift, q.value, q.unit, q.approx, q.kind,
                                                       q.dimension, q.number_start + shift, q.number_end + shift)))
    moved.sort(key=lambda m: m[0])
    column_qs = [m[2] for m in moved]
    spans = [(cq.start, cq.end) for cq in column_qs]
    by_column = sorted((p[2], p[0]) for p in placed)
    column_starts = [c for c, _ in by_column]
    out: dict[int, str] = {}
    previous, previous_end = "", -1
    for ci, (_, index, cq) in enumerate(moved):
        subject = ""
        for a, b in subject_spans(column_text, cq, column_qs, spans, ci):
            for i in range(a, b):  # back to the original, a character at a time (a name may cross a line)
                k = bisect.bisect_right(column_starts, i) - 1
                subject += original[to_original(by_column[k][1] + i - by_column[k][0])]
        subject = clean_edges(subject)
        if not subject and previous_end >= 0 and not _SENTENCE_END_CHARS.intersection(column_text[previous_end : cq.start]):
            subject = previous  # 3.2亿元,⏎同比增 10%: the change measures what the amount before it does
        out[index] = subject
        previous, previous_end = subject, cq.end
    return out


def _cell_subjects(doc: Document, quantities: list, lo: int, hi: int) -> tuple[dict[int, str], dict[int, str]]:
    """Subjects of the figures in a table printed one cell a line (``clean.cell_tables``): the name
    that opens the figure's row (全市生产总值⏎预期性⏎增长5%左右⏎增长5%), or stands in its name's column in a
    table whose rows are numbered (1⏎苗儿村⏎水果基地⏎续建⏎20), keyed by the quantity's index; and, apart, the
    row names of the figures among a numbered row's words (270米×4米×0.2米), for where their own words name
    nothing."""
    tables = cell_tables(doc.norm, lo, hi) + [t for t in numbered_tables(doc.norm) if lo <= t.start < hi]
    cells = CellIndex(tables)
    out: dict[int, str] = {}
    among_words: dict[int, str] = {}
    if not cells:
        return out, among_words
    same_text = doc.norm_map is None or doc.norm_map.is_identity
    for index, q in enumerate(quantities):
        found = cells.at(q.start)
        if found is None or found[2] in (found[0].name_column, found[0].number_column):
            continue
        table, row, column = found
        cell_start, cell_end = table.rows[row][column]
        a, b = table.rows[row][table.name_column]
        name = clean_edges(doc.original[a:b] if same_text else _as_written(doc, a, b))
        if table.number_column is not None and not (cell_start == q.start and (
                q.end >= cell_end or holds_figure_alone(doc.norm, cell_start, cell_end))):
            # 改造水厂1座、新建抽水站1座: a figure in a numbered table's words has its own name (130, 20万元,
            # 10(其中…): a figure that fills its cell is what the row names)
            among_words[index] = name
            continue
        out[index] = name
    return out, among_words


def _as_written(doc: Document, a: int, b: int) -> str:
    """The words of ``doc.norm[a:b]`` as the original writes them, without what the normalised view left
    out of them (生產(chǎn)總值: the romanisation; a line break), but with the spaces of a letter-spaced name
    (地 方 财 政 收 入)."""
    original = doc.original
    oa, ob = doc.norm_map.bounds(a, b)
    if ob - oa == b - a or _only_spaces_between(original, oa, ob, b - a):
        return original[oa:ob]
    to_original = doc.norm_map.to_original
    return "".join(original[to_original(i)] for i in range(a, b))


def _only_spaces_between(original: str, start: int, end: int, length: int) -> bool:
    """Does ``original[start:end]`` hold ``length`` characters and spaces only besides (the spaces
    between a PDF's letters, which the normalised view leaves out)?"""
    piece = original[start:end]
    return len(piece) - piece.count(" ") == length


def annotate(doc: Document, quantities: list) -> list[Fact]:
    """Facts for ``quantities`` (found in ``doc.norm``), in order."""
    return list(iter_facts(doc, quantities))


def iter_facts(doc: Document, quantities: list, window: tuple[int, int] | None = None,
               shift: int = 0) -> Iterator[Fact]:
    """Facts one at a time, so that a very large document need not hold them all.

    ``window``: the quantities all lie in ``doc.norm[a:b]``, a stretch of whole lines, and only
    its sentences are read (`FactStream` goes through a long document a stretch at a time).
    ``shift``: added to the facts' offsets and their sentences' (``doc`` is a stretch of a longer
    text that starts ``shift`` characters into it)."""
    norm, original = doc.norm, doc.original
    same_text = doc.norm_map is None or doc.norm_map.is_identity  # spans need no mapping
    bounds = doc.norm_map.bounds if doc.norm_map is not None else None
    lo, hi = window or (0, len(norm))
    # The sentence of each fact, as sentence_spans(norm[lo:hi]) cuts them, found where a fact
    # stands (facts come in order: from the end of the last fact's sentence on); a sentence is
    # known by its start.
    s_start, s_end = lo, lo
    cached_sentence = -1
    cached: tuple = ()  # the current sentence's domain, cues, years, relative words, span
    section_titles: dict[tuple[int, ...], list[str]] = {}  # one list per section path, shared by its facts
    no_titles: list[str] = []
    previous_subject, previous_sentence, previous_end = "", -1, 0
    points_subject, points_sentence, points_end = "", -1, 0  # of the last fact in percentage points
    earlier_subject = ""  # the subject before the previous one, in the same sentence
    listed: deque[tuple[int, str, str]] = deque(maxlen=MAX_LISTED)  # (sentence, unit, subject) of the last facts
    spans = [(q.start, q.end) for q in quantities]
    respective = respective_items(norm, quantities, *(window or (0, len(norm))))  # A、B分别增长5%、6%: each its item
    columns = side_by_side_columns(original)  # a page of columns side by side: a space joins two columns' text
    column_subjects = _column_subjects(doc, quantities) if columns else {}
    # 指标名称⏎属性⏎…; row_names: a numbered table's names for the figures among its words, where nothing else names them
    cell_named, row_names = _cell_subjects(doc, quantities, *(window or (0, len(norm))))
    column_subjects.update(cell_named)
    section_index = SectionIndex(doc.sections)
    # The sections and the part around an offset change only where a section or a part starts or
    # ends: they are looked up once per stretch between two such places.
    stops = doc.section_bounds()
    stops.update(x for p in doc.parts for x in (p.span.start, p.span.end))
    stops_sorted = sorted(stops)
    placed: dict[int, tuple] = {}  # stretch → (section path, its titles, part)
    title_domains: dict[str, tuple[str, list[str]]] = {}
    part_at = doc.part_finder()  # one bisection a stretch, not a scan of every part
    for index, q in enumerate(quantities):
        if not s_start <= q.start < s_end:
            s_start, s_end = sentence_at(norm, q.start, lo, hi, s_end if s_end <= q.start else lo)
        k = s_start
        if k != cached_sentence:  # facts come in order: only the current sentence is needed
            sentence = norm[s_start:s_end]
            a, b = bounds(s_start, s_end) if bounds is not None else (s_start, s_end)  # norm_span's, as a pair
            span = Span(a + shift, b + shift)
            cached_sentence = k
            cached = (*domain_of(sentence), *_years(sentence), span)
        domain, cues, years, relative, sentence_span = cached
        if same_text:
            start, end = q.start, q.end
        else:
            start, end = bounds(q.start, q.end)
        stretch = bisect.bisect_right(stops_sorted, start)
        place = placed.get(stretch)
        if place is None:
            path = section_index.path(start) if doc.sections else []
            key = tuple(map(id, path))
            titles = section_titles.get(key) if path else no_titles  # (no outline: one list for all)
            if titles is None:
                titles = section_titles[key] = [x.title for x in path]
            part = part_at(start) if doc.parts else None
            part_period = part.period if part and part.period else doc.periods.get("review", "")
            place = placed[stretch] = (path, titles, part, part_period)
        path, titles, part, part_period = place
        if not domain:  # no cue in the sentence: its headings name the area (强网格、优服务,基层治理…)
            for section in reversed(path):
                found = title_domains.get(section.title)
                if found is None:
                    found = title_domains[section.title] = domain_of(section.title)
                domain, cues = found
                if domain:
                    break
        subject = named = ""  # named: the subject in the normalised view
        compared = False  # a wider place's figure in brackets: the facts after it go on from the one before
        in_columns = index in column_subjects
        for a, b in () if in_columns else respective[index] if respective and index in respective \
                else subject_spans(norm, q, quantities, spans, index):
            named += norm[a:b]
            subject += original[a:b] if same_text else _as_written(doc, a, b)
        if "\n" in subject:
            subject = "".join(subject.split("\n"))  # 规上工业⏎总产值: a line of a page layout ended inside it
        subject = clean_edges(subject)  # a space copied from a PDF at the clause's edge, a stray quote
        if q.kind == "change" and named and ends_in_time(named):
            subject = ""  # 全市地区生产总值完成1161.1亿元,“十二五”期间年均增长7.6%: a time names nothing measured
        if in_columns:
            subject = column_subjects[index]
        elif columns and " " in subject:
            subject = subject.split()[-1]  # 摩托车路防火通道 低保资金: the other column's text is no part of it
        frame = q.kind == "share" and in_share_frame(norm, q.start)
        if frame and index and spans[index - 1][1] == q.start - 1 and norm[q.start - 1] == "的" and earlier_subject \
                and previous_sentence == k:
            subject = earlier_subject  # 完成年度任务120万元的35%: the share measures what was completed
        elif frame and subject and previous_subject and previous_sentence == k and subject[0] in _FRAME_OPENERS \
                and not subject.startswith(previous_subject):
            subject = previous_subject + subject  # 实际到位资金13456万元,占全年计划的67%: what the share is of
        if not subject and index in row_names:
            subject = row_names[index]  # 柏庄镇后林都道路建设项目 | … | 270米×4米×0.2米: the row's project
        if not subject and not in_columns:
            items = [subj for kk, unit, subj in listed if kk == k and unit == q.unit and subj] \
                if q.kind == "amount" and total_may_end(norm, q.start) and total_word_before(norm, q.start) else []
            if len(items) >= 2:
                # 工业企业12家、商贸企业24家,合计36家: the total names what its items share (企业), never the last one
                subject = _common_end(items)
            elif items:
                subject = ""  # 工业企业12家,合计36家: one item says nothing of what the total counts
            elif q.unit in _RATE_PLACES and points_subject and points_end > previous_end and (
                points_sentence == k or q.start - points_end <= RUN_ON
            ):  # 增速加快0.8个百分点,快于全市平均水平4.2个百分点, 增速快于全国1.5个百分点,居第10位: the same rate
                subject = points_subject
            elif previous_sentence == k or (
                previous_sentence >= 0 and q.start - previous_end <= RUN_ON
                and not _SENTENCE_END_CHARS.intersection(norm[previous_end : q.start])
            ):  # 29.74亿元,同比增长31.3%: the change measures the same thing (亿元、增长⏎1.2%: a PDF's lines)
                subject = previous_subject
                if subject and (scope := _bracketed_scope(norm, q.start)):
                    # 4894元(全国5963元、全省4881元): the same measure of the wider places (比全国平均水平(7.0%):
                    # a place's level named in full is its own name)
                    whole = lexicon().rank_scopes.starting_at(scope, 0) == scope
                    subject, compared = (scope + _without_scope(subject) if whole else scope), True
                if (place := _governed_run(norm, quantities, index, s_start)) is not None:
                    # 辖12个村民小组,共612户2325人: the households are the village's, not its groups'
                    subject = _named(doc, *place, same_text, bounds)
            elif q.kind == "change" and not previous_sentence == k:
                if previous_subject and previous_sentence >= 0 and q.start - previous_end <= RUN_ON \
                        and not norm[s_start : q.start].strip() \
                        and not _STOPS.intersection(norm[previous_end : q.start]):
                    # 生产总值423.19亿元,同比增长14.8%;比2019年同期增长13.4%: a change opening the clause after a
                    # semicolon, naming nothing, compares the same measure again
                    subject = previous_subject
                else:
                    # 宁夏固定资产投资继续保持高位运行,同比增长10.5%: a change with no name in its clause and no
                    # fact before it in the sentence measures what the clause before names
                    subject = _clause_before(doc, norm, q, quantities, spans, index, s_start, same_text, bounds)
            elif q.kind == "amount" and not previous_sentence == k and norm[
                    (clause_start := max(s_start, *(norm.rfind(c, s_start, q.start) + 1 for c in _CLAUSE_COMMAS))):q.start
                    ].strip() and only_head_words(norm, clause_start, q.start):  # (words, and head words alone)
                if clause_start == s_start and previous_subject and previous_sentence >= 0 \
                        and q.start - previous_end <= RUN_ON and not _STOPS.intersection(norm[previous_end : q.start]):
                    # 一般公共预算收入当月完成25.2亿元,下降43.8%;累计完成427.4亿元: a clause of head words after a
                    # semicolon gives the same measure again, as a clause after a comma does
                    subject = previous_subject
                else:
                    # 甜菜播种面积创新高,达1.17万亩: an amount whose clause is a verb alone, with no fact
                    # before it in the sentence, measures what the clause before names
                    subject = _clause_before(doc, norm, q, quantities, spans, index, s_start, same_text, bounds)
        elif q.kind == "share" and q.unit == "倍" and previous_subject and previous_sentence == k \
                and not (respective and index in respective):
            subject = previous_subject  # 96.4亿元,是2011年的1.37倍: the frame names the base, the multiple measures the amount
        listed.append((k, q.unit, subject))
        if q.unit == "百分点":
            points_subject, points_sentence, points_end = subject, k, q.end
        elif not frame and not compared and not names_only_its_figure(norm, q, named, spans, index):
            # 占年计划的58.2%,同比增长17.8%: the change measures what the frame's share did; 增速高于
            # 全市0.3个百分点,两年平均增长1.7%: what the comparison of rates compared
            earlier_subject = previous_subject if previous_sentence == k else ""
            previous_subject, previous_sentence, previous_end = subject, k, q.end
        kind = q.kind
        if kind == "duration" and q.dimension == "time" and wording().at_end("day_count", subject):
            kind = "amount"  # 优良天数从149天增加到238天: days counted as a measure, not a span of time
        yield (
            Fact(
                text=original[start:end],
                start=start + shift,
                end=end + shift,
                value=q.value,
                unit=q.unit,
                approx=q.approx,
                kind=kind,
                subject=subject,
                part=part.kind if part else "",
                section=titles,
                sentence=sentence_span,
                domain=domain,
                domain_cues=cues,
                year=_year(years, relative, q.start - s_start, part_period) if years or relative else part_period[:4],  # (no year named: the part's)
                indicator=indicator_of(subject),
            )
        )
