"""The normalised view of a document, with its offset map back to the original.

The original text is never altered. The view is derived from the body (chrome spans left
out) by, in order:

1. full-width ASCII (``０-９Ａ-Ｚ％（）：`` …) → half-width, ideographic space → space;
2. traditional → simplified script with OpenCC, which also repairs mis-converted forms
   such as ``全麵`` → ``全面`` (done line by line; a line whose conversion would change
   its length is converted character by character, so offsets stay one-for-one);
3. zero-width characters dropped, runs of spaces/tabs folded to one space, runs of line
   breaks folded to one ``\\n``; in a text wrapped by a page layout (copied from a PDF), a
   line break inside a sentence is left out (``clean/lines.py``), and so are the breaks around
   a subscript a page set on a line of its own (``广义货币M⏎2⏎增长`` → ``M2``);
4. the romanisation that some page converters print after characters (``增長(zhǎng)``,
   ``萬(wàn)畝``, ``35個(gè)``) is left out: a parenthesised pinyin syllable glued to a Chinese
   character is no part of the text, and it would cut a unit from its number;
5. markup a program left in a text (a page's HTML tags in a text dump, a forum's BBCode:
   ``[b]20[/b][b]22[/b][b]年[/b]``, ``<p>``, ``m<sup>2</sup>``; the tags of ``markup_tags.tsv``) is
   left out too, a line break standing for a tag that ends a paragraph (``</p>``, ``[/align]``).

Steps 1–2 keep every character in place; only steps 3–5 and the chrome removal delete, and
the `TextBuilder` records each deletion in the `OffsetMap`.
"""

from __future__ import annotations

import bisect
import re
from functools import lru_cache
from itertools import chain
from operator import ne

from duban.clean.lines import layout_breaks
from duban.document import Document, OffsetMap, Span, TextBuilder
from duban.lang import load_table
from duban.lang.words import is_cjk, with_first_chars

_FULLWIDTH = {cp: cp - 0xFEE0 for cp in range(0xFF01, 0xFF5F)}
_FULLWIDTH[0x3000] = 0x20
_FULLWIDTH[0x00A0] = 0x20  # no-break space, common in pages copied from the web
_FULLWIDTH_RUN = re.compile("[\uff01-\uff5e\u3000\u00a0]+")  # what _FULLWIDTH maps
_CJK_RUN = re.compile(r"[\u3400-\u9fff]+")
_NOT_CJK_RUN = re.compile(r"[^\u3400-\u9fff]+")

# zero-width characters | runs of horizontal space | runs of space containing a line break:
# ``[zw]+ | [ \t\f\v]+ | \s*[\r\n\u2028\u2029]\s*``, written to open with a class of the characters a run
# can start with (which the engine looks for at once) and to go on by the one it started with
_ZW = "\u200b\u200c\u200d\u2060\ufeff\u00ad"
_RUN_REST = (rf"(?:(?<=[{_ZW}])[{_ZW}]*|(?<=[ \t\f\v])[ \t\f\v]*"
             rf"|(?<=[\r\n\u2028\u2029])\s*|(?<=\s)\s*[\r\n\u2028\u2029]\s*)")
_SPACE_RUN = re.compile(rf"[\s{_ZW}]{_RUN_REST}")
_ZERO_WIDTH = frozenset(_ZW)
_HORIZONTAL_SPACE = frozenset(" \t\f\v")  # (a run of them never holds a line break: one after them is a run of its own)
# Letters spaced apart, as a PDF's converter sets a line of them (完 成 地 方 财 政 收 入): at least four
# Chinese characters, each alone between single spaces. On a line that holds such a run, a single space
# between two Chinese characters is no word break (同 期 增 长, 万 元) and is left out.
# (written to start with its first space, which the engine looks for at once)
_LETTER_SPACED = re.compile(r" (?<=[\u3400-\u9fff] )(?:[\u3400-\u9fff] ){2,}[\u3400-\u9fff](?![\u3400-\u9fff])")
_CJK = re.compile(r"[\u3400-\u9fff]")
# Latin letters, half- or full-width (what reads as [A-Za-z] once made half-width)
_LATIN = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz")
_LATIN = _LATIN | frozenset(chr(ord(ch) + 0xFEE0) for ch in _LATIN)
# A pinyin syllable in parentheses right after a Chinese character (tone marks optional; a vowel
# is required, so 面积(km) or (kg) stay): the residue of a page converter's ruby annotations.
_PINYIN = "a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü"
# A converter may print a syllable twice or thrice (第(di)(di)三, 鎮(zhen)(zhen)(zhen)): all go.
_SYLLABLE = rf"(?=[{_PINYIN}]{{2,6}}\))[b-df-hj-np-tv-z]{{0,3}}[aeiouüāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ][{_PINYIN}]{{0,4}}\)"
# (written to open with its "(", which the engine looks for at once, the character before it behind)
_RUBY = re.compile(rf"\((?<=[\u3400-\u9fff]\(){_SYLLABLE}(?:\({_SYLLABLE})*")

_LOST_TAG_OPEN = re.compile(r"\?/?[A-Za-z]")  # a tag's < that a mis-decoded page turned into ?


@lru_cache(maxsize=1)
def _markup() -> tuple[re.Pattern[str], frozenset[tuple[str, str]]]:
    """One pattern for the tags of ``markup_tags.tsv`` (group ``html`` or ``bbcode`` their name), and
    the (syntax, name) pairs of those that break a line."""
    rows = load_table("markup_tags")

    def names(syntax: str, shortest: int = 1) -> str:
        tags = {r["tag"] for r in rows if r["syntax"] == syntax and len(r["tag"]) >= shortest}
        return "|".join(map(re.escape, sorted(tags, key=len, reverse=True)))

    # (a tag whose < a mis-decoded page turned into ?: ?span lang="en-us">, ?/span>, ?/p>; not 是什么?p 值>0.05)
    pattern = re.compile(rf"(?:</?|\?/|\?(?={names('html', 2)}))(?P<html>{names('html')})(?=[\s/>])[^<>\n]{{0,200}}>"
                         rf"|\[/?(?P<bbcode>{names('bbcode')})(?:=[^\[\]\n]{{0,80}})?\]", re.IGNORECASE)
    return pattern, frozenset((r["syntax"], r["tag"]) for r in rows if r["breaks"] == "yes")


def _markup_spans(view: str, lo: int, hi: int) -> list[tuple[int, int, bool]]:
    """``(start, end, breaks)`` of each markup tag in ``view[lo:hi]`` (step 5 of the module's)."""
    pattern, breaking = _markup()
    out = []
    for m in pattern.finditer(view, lo, hi):
        syntax = "html" if m.group("html") else "bbcode"
        out.append((m.start(), m.end(), (syntax, m.group(syntax).lower()) in breaking))
    return out


# Share of CJK characters that OpenCC changes above which a text counts as traditional,
# judged on the first SCRIPT_SAMPLE characters.
TRADITIONAL_THRESHOLD = 0.02
SCRIPT_SAMPLE = 20_000
# Texts are converted in blocks of about this many characters, cut at line ends, so that a
# 50 MB report never holds more than one extra whole copy of itself.
CONVERT_BLOCK = 1 << 20


@lru_cache(maxsize=1)
def _t2s():
    import opencc  # imported lazily: the binding loads its dictionaries on first use

    return opencc.OpenCC("t2s")


def to_simplified(text: str) -> str:
    """Traditional → simplified, guaranteed to keep ``len(text)``.

    Each line is converted as OpenCC converts it; a line whose conversion would change its
    length is converted character by character. OpenCC's words never hold a line break, so a
    text converts as its lines do, each on its own: only the lines holding something OpenCC
    converts (`_change_marks`) are handed to it, the others being what it would give back (a
    simplified report holds a few such lines at most, 公墓, and none as a rule)."""
    marks = _change_marks()
    if marks is None:
        return _standard_forms(_convert_lines(text))
    marked = _lines_holding(text, marks)
    if not marked:
        return _standard_forms(text)  # (what OpenCC would give back)
    if 2 * sum(b - a for a, b in marked) > len(text):  # most of it (a text in traditional script): converted whole
        return _standard_forms(_convert_lines(text))
    held = "".join(text[a:b] for a, b in marked)  # whole lines, each ending in its break but the text's last
    converted = _convert_lines(held)
    if converted is held:
        return _standard_forms(text)  # a simplified text, the usual case
    out, pos, at = [], 0, 0
    for a, b in marked:
        out += (text[pos:a], converted[at : at + b - a])
        at, pos = at + b - a, b
    out.append(text[pos:])
    return _standard_forms("".join(out))


# Runs of lines holding a mark beyond which a text is taken to be in traditional script, marks on
# nearly every line: the rest of it is converted whole, not looked through line by line.
MARKED_RUNS_MAX = 32


def _lines_holding(text: str, pattern: re.Pattern[str]) -> list[tuple[int, int]]:
    """``(start, end)`` of the runs of consecutive lines of ``text`` in which ``pattern`` (which
    matches no line break) finds something, each with the "\n" that ends it; after MARKED_RUNS_MAX
    runs, the last one runs to the text's end (its lines, with a mark or not, converted alike)."""
    runs: list[tuple[int, int]] = []
    pos = 0
    while (m := pattern.search(text, pos)) is not None:
        start = text.rfind("\n", 0, m.start()) + 1
        end = text.find("\n", m.start()) + 1 or len(text)
        if runs and runs[-1][1] == start:
            runs[-1] = (runs[-1][0], end)
        elif len(runs) == MARKED_RUNS_MAX:
            runs[-1] = (runs[-1][0], len(text))
            break
        else:
            runs.append((start, end))
        pos = end
    return runs


def _convert_lines(text: str) -> str:
    """OpenCC's t2s conversion of ``text``, each line of it converted alone where converting the whole
    would change a line's length (`to_simplified`); ``text`` itself when nothing changes."""
    converter = _t2s()
    try:
        whole = converter.convert(text)
    except UnicodeError:
        whole = None
    if whole == text:
        return text
    lines = text.splitlines(keepends=True)
    if whole is not None and len(whole) == len(text):
        converted_lines = whole.splitlines(keepends=True)
        if len(converted_lines) == len(lines) and all(
                len(a) == len(b) for a, b in zip(lines, converted_lines)):
            return whole
    return _to_simplified_by_line(lines, converter)


@lru_cache(maxsize=1)
def _change_marks() -> re.Pattern[str] | None:
    """A pattern that finds something in every text OpenCC's t2s changes: one of the characters
    (or phrases) of `t2s_marks`, or any character beyond the first plane. None when the OpenCC
    installed is not the one they were read off: every text is then converted."""
    import opencc

    from duban.clean import t2s_marks

    if getattr(opencc, "__version__", None) != t2s_marks.OPENCC_VERSION:
        return None
    chars = re.escape("".join(ch for ch in t2s_marks.MARKS if ch <= "\uffff")) + "\U00010000-\U0010ffff"
    by_anchor: dict[str, list[str]] = {}  # a phrase is looked for from its least common character
    for phrase, at in t2s_marks.PHRASES:
        by_anchor.setdefault(phrase[at], []).append(
            f"(?<={re.escape(phrase[: at + 1])})(?={re.escape(phrase[at + 1 :])})")
    tests = [f"(?<=[{chars}])"] + [f"(?<={re.escape(a)})(?:{'|'.join(found)})" for a, found in by_anchor.items()]
    # (opening with a class of every character it can start with, which the engine looks for at once)
    return re.compile(f"[{chars}{re.escape(''.join(by_anchor))}](?:{'|'.join(tests)})")


def _standard_forms(text: str) -> str:
    """Variant characters OpenCC leaves (陜, 県) as their standard forms (lang/zh/variants.tsv),
    one for one; the text itself where it holds none, as nearly every text does."""
    found, table = _variants()
    return text.translate(table) if found.search(text) else text


@lru_cache(maxsize=1)
def _variants() -> tuple[re.Pattern[str], dict[int, str]]:
    rows = [r for r in load_table("variants") if len(r["variant"]) == 1 and len(r["standard"]) == 1]
    table = {ord(r["variant"]): r["standard"] for r in rows}
    return re.compile("[" + re.escape("".join(r["variant"] for r in rows)) + "]" if rows else "(?!)"), table


def _to_simplified_by_line(lines: list[str], converter) -> str:
    def one(ch: str) -> str:
        try:
            c = converter.convert(ch)
        except UnicodeError:  # a lone surrogate cannot reach the C++ library
            return ch
        return c if len(c) == 1 else ch

    out = []
    for line in lines:
        try:
            converted = converter.convert(line)
        except UnicodeError:
            converted = ""
        if len(converted) != len(line):
            converted = "".join(one(ch) for ch in line)
        out.append(converted)
    return "".join(out)


# From this many characters on, a text is made half-width as an array of code points (a report's
# every comma and colon is full-width: one call of a Python function each would cost more).
HALF_WIDTH_ARRAY_MIN = 400


def half_width(text: str) -> str:
    if len(text) < HALF_WIDTH_ARRAY_MIN:
        # Only the runs of characters that change are translated: most of a short text has none.
        return _FULLWIDTH_RUN.sub(_half_width_run, text)
    if _FULLWIDTH_RUN.search(text) is None:
        return text
    import numpy as np  # (loaded by then in a pipeline; a short text never needs it)

    # UTF-32: one unit for each character, a lone surrogate too ("surrogatepass"), so that the
    # text comes back with every other character as it was
    codes = np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype="<u4").copy()
    codes[(codes >= 0xFF01) & (codes <= 0xFF5E)] -= 0xFEE0  # _FULLWIDTH
    codes[(codes == 0x3000) | (codes == 0x00A0)] = 0x20
    return codes.tobytes().decode("utf-32-le", "surrogatepass")


def _half_width_run(m: re.Match) -> str:
    return m.group().translate(_FULLWIDTH)


# The last view made: (text, view, whether the view is the text made half-width and nothing more)
_last_view: tuple[str, str, bool] | None = None


def blank_ruby(view: str) -> str:
    """``view`` with each pinyin annotation glued to a character (時(shí)間) blanked to spaces of its
    length: labels read across it (时      间:) while every offset stays that of the original."""
    if "(" not in view:
        return view
    return _RUBY.sub(lambda m: " " * len(m.group()), view)


def simplified_view(text: str) -> str:
    """``to_simplified(half_width(text))``: the view both cleaning stages match on (same length
    as ``text``). The last one made is kept, so chrome and normalising convert a report once."""
    global _last_view
    last = _last_view  # (read once: another thread may replace it)
    if last is not None and last[0] is text:
        return last[1]
    if len(text) <= CONVERT_BLOCK:
        half = half_width(text)
        view = _letter_noughts(to_simplified(half))
        _last_view = (text, view, view is half)  # (to_simplified gives back a text it does not change)
        return view
    # A very long text is converted a block of lines at a time (each line converts on its own),
    # and its view is not kept: normalising converts it a block at a time too.
    _last_view = None
    return "".join(_letter_noughts(to_simplified(half_width(text[a:b]))) for a, b in _blocks(text))


# A Latin O typed for the nought 〇 after a numeral's digit, before a character or a per cent sign (一O三件,
# 二O%左右, 一OO年度: as Taiwan's documents write them), read as the nought it stands for; and one an OCR
# read for the 0 before a decimal point (O.37亿元). An O beside a letter stays a letter (NO.1, PM O.5 aside).
_LETTER_NOUGHT = with_first_chars(
    r"(?<=[〇○一二三四五六七八九])(?P<nought>[Oo]+)(?=[\u3400-\u9fff%])|(?<![A-Za-z0-9.])(?P<zero>[Oo])(?=\.\d)", "Oo")


def _letter_noughts(view: str) -> str:
    if "O" not in view and "o" not in view:
        return view
    return _LETTER_NOUGHT.sub(lambda m: "0" if m.lastgroup == "zero" else "〇" * len(m.group()), view)


def detect_script(text: str, simplified: str) -> str:
    """"traditional" when OpenCC changes enough of the CJK characters of a sample of the text."""
    last = _last_view
    if last is not None and last[0] is text and last[1] is simplified and last[2]:
        return "simplified"  # the view of the text, in which no character was converted
    sample, converted = text[:SCRIPT_SAMPLE], simplified[:SCRIPT_SAMPLE]
    if sample == converted or half_width(sample) == converted:
        return "simplified"  # no Chinese character changed (the usual case): half-width changes none of them
    cjk = len(_NOT_CJK_RUN.sub("", sample))  # the Chinese characters of the sample
    if not cjk:
        return "simplified"
    changed = 0
    for m in _CJK_RUN.finditer(sample):  # counts without materialising one string per character
        a, b = m.span()
        if converted[a:b] != m.group():  # a run that OpenCC changed: count its changed characters
            changed += sum(map(ne, m.group(), converted[a:b]))
            if changed / cjk >= TRADITIONAL_THRESHOLD:
                return "traditional"  # (the count only grows: the rest of the sample changes nothing)
    return "simplified"


def body_regions(length: int, chrome: list[Span]) -> list[Span]:
    """The complement of the chrome spans within ``[0, length)``."""
    regions, pos = [], 0
    for span in sorted(chrome, key=lambda s: s.start):
        if span.start > pos:
            regions.append(Span(pos, span.start))
        pos = max(pos, span.end)
    if pos < length:
        regions.append(Span(pos, length))
    return regions


def normalise_text(original: str, chrome: list[Span] | None = None) -> tuple[str, OffsetMap, str]:
    """Return ``(norm, offset_map, script)`` for ``original`` with ``chrome`` left out.

    The text is converted a block of lines at a time (``CONVERT_BLOCK``), so that a 50 MB
    report is never held converted as a whole beside its normalised view."""
    layout = layout_breaks(original)  # the line breaks of a page layout (a text copied from a PDF)
    regions = body_regions(len(original), chrome or [])
    builder = TextBuilder(len(original))
    script = "simplified" if not original else ""
    last_was_break = True  # suppresses leading whitespace
    for block_start, block_end in _blocks(original):
        converted = simplified_view(original[block_start:block_end])  # same length; the whole text when short
        # (asked once a block, not once a region between chrome spans: a long page has thousands)
        may_ruby, may_space, may_markup = "(" in converted, " " in converted, "<" in converted or "[" in converted \
            or "?" in converted and _LOST_TAG_OPEN.search(converted) is not None
        if not script:  # judged on a sample from the start: the first block holds it
            sample = converted if block_end >= min(SCRIPT_SAMPLE, len(original)) else None
            if sample is None:  # (blocks shorter than the sample: convert the sample's whole lines)
                sample_end = original.find("\n", SCRIPT_SAMPLE) + 1 or len(original)
                sample = simplified_view(original[:sample_end])
            script = detect_script(original, sample)
        for region in regions:
            if region.end <= block_start or region.start >= block_end:
                continue
            if region.start >= block_start and builder._len and not last_was_break:
                builder.insert("\n", region.start)  # chrome removed between two body stretches
                last_was_break = True
            pos, stop = max(region.start, block_start), min(region.end, block_end)
            left_out = [(m.start() + block_start, m.end() + block_start, False)
                        for m in _RUBY.finditer(converted, pos - block_start, stop - block_start)] if may_ruby else []
            markup = _markup_spans(converted, pos - block_start, stop - block_start) if may_markup else []
            if markup:
                left_out = _without_overlaps(left_out + [(a + block_start, b + block_start, k) for a, b, k in markup])
            keep = builder.keep if not left_out else _keeper(builder, left_out, fold=bool(markup))
            left_starts = [a for a, _, _ in left_out] if markup else []
            spaced = _letter_spaced_lines(converted, pos - block_start, stop - block_start) if may_space else ()
            lo, hi = pos - block_start, stop - block_start
            if layout or spaced:
                runs = _SPACE_RUN.finditer(converted, lo, hi)  # every run asked about
            else:  # only the runs that may not stand for themselves: the text between is kept as it is
                opening = _SPACE_RUN.match(converted, lo, hi)  # (depends on what came before the region)
                after = opening.end() if opening else lo
                runs = chain((opening,) if opening else (), _CHANGED_RUN.finditer(converted, after, hi))
            for m in runs:
                run_start, run_end = m.start() + block_start, m.end() + block_start
                if run_start > pos:
                    piece = converted[pos - block_start : m.start()]
                    _keep_piece(keep, pos, piece)
                    last_was_break = piece[-1] == "\n" if not markup else builder.last_char() in _AT_BREAK
                if markup and _inside(left_out, left_starts, run_start):
                    pos = run_end  # white space inside a tag (<font color="red">)
                    continue
                run = m.group()
                first = run[0]  # tells which of _SPACE_RUN's three kinds of run this is
                if first in _ZERO_WIDTH:
                    pass
                elif first not in _HORIZONTAL_SPACE:  # a run holding a line break
                    at = run_start if first == "\n" else run_start + _first_break(run)
                    if last_was_break:
                        pass
                    elif converted[m.start() - 1 : m.start()] in _SUBSCRIPT_BEFORE and _subscript_break(
                            converted, run_start - block_start, run_end - block_start):
                        pass  # 广义货币M⏎2⏎增长: a subscript set on a line of its own is part of the name
                    elif layout and run.count("\n") == 1 and run_start + run.index("\n") in layout:
                        # 同比增长⏎4.58%: it goes on
                        if _latin(original, run_start - 1) and _latin(original, run_end):
                            builder.keep(at, " ")  # two Latin words keep a space between them
                    else:
                        builder.keep(at, "\n")
                        last_was_break = True
                elif spaced and run == " " and _between_letters(converted, m.start(), spaced):
                    pass  # 完 成 地 方 财 政: a letter-spaced line's spaces are no word breaks
                elif not last_was_break:
                    builder.keep(run_start, " ")
                pos = run_end
            if stop > pos:
                piece = converted[pos - block_start : hi]
                _keep_piece(keep, pos, piece)
                last_was_break = piece[-1] == "\n" if not markup else builder.last_char() in _AT_BREAK
        del converted
    norm, offset_map = builder.build(strip="\n ")  # trailing breaks left out, without a copy of the view
    return norm, offset_map, script


def _keep_piece(keep, at: int, piece: str) -> None:
    """``keep(at, piece)`` of a piece of text and the runs in it that stand for themselves (a single
    space or line break between two characters: `_CHANGED_RUN`), a run it ends on kept apart: the
    builder leaves out the breaks and spaces at the end of the text part by part, as it would have
    left out that run's."""
    if piece[-1] in " \n":
        keep(at, piece[:-1])
        keep(at + len(piece) - 1, piece[-1])
    else:
        keep(at, piece)


def _letter_spaced_lines(text: str, lo: int, hi: int) -> list[tuple[int, int]]:
    """The lines of ``text[lo:hi]`` (as ranges of ``text``) that hold a run of letters spaced apart."""
    lines: list[tuple[int, int]] = []
    for m in _LETTER_SPACED.finditer(text, lo, hi):
        if lines and m.start() < lines[-1][1]:
            continue  # a line already taken
        start = text.rfind("\n", 0, m.start()) + 1
        end = text.find("\n", m.end())
        lines.append((start, len(text) if end < 0 else end))
    return lines


def _between_letters(text: str, at: int, lines: list[tuple[int, int]]) -> bool:
    """Is the space at ``text[at]`` between two Chinese characters, on one of ``lines``?"""
    if not (is_cjk(text[at - 1 : at]) and is_cjk(text[at + 1 : at + 2])):
        return False
    return any(a <= at < b for a, b in lines)


_AT_BREAK = ("", "\n")  # the builder's last character where a line starts


def _without_overlaps(spans: list[tuple[int, int, bool]]) -> list[tuple[int, int, bool]]:
    out: list[tuple[int, int, bool]] = []
    for span in sorted(spans):
        if not out or span[0] >= out[-1][1]:
            out.append(span)
    return out


def _inside(left_out: list[tuple[int, int, bool]], starts: list[int], at: int) -> bool:
    k = bisect.bisect_right(starts, at) - 1
    return k >= 0 and at < left_out[k][1]


def _keeper(builder: TextBuilder, left_out: list[tuple[int, int, bool]], fold: bool = False):
    """``builder.keep`` that leaves out the spans ``left_out`` (sorted, not overlapping: ``(start, end,
    breaks)``), a line break standing for a span that breaks where the text does not break already.
    ``fold``: white space where a line starts is left out, as the runs of white space are (tags
    between the breaks and spaces of a text: ``</p>⏎<p> 来源``)."""
    starts = [a for a, _, _ in left_out]

    def keep(orig_start: int, text: str) -> None:
        end = orig_start + len(text)

        def past_space(pos: int) -> int:
            if fold and builder.last_char() in _AT_BREAK:
                while pos < end and text[pos - orig_start] in " \n":
                    pos += 1
            return pos

        k = bisect.bisect_right(starts, orig_start) - 1
        if k < 0 or left_out[k][1] <= orig_start:
            k += 1  # (a span a piece starts inside of, when white space inside a tag cut the text)
        pos = past_space(orig_start)
        while k < len(left_out) and left_out[k][0] < end:
            a, b, breaks = left_out[k]
            if a > pos:
                builder.keep(pos, text[pos - orig_start : a - orig_start])
            if breaks and a >= orig_start and builder.last_char() not in _AT_BREAK:
                builder.insert("\n", a)
            pos = past_space(max(pos, min(b, end)))
            k += 1
        builder.keep(pos, text[pos - orig_start :])

    return keep


SUBSCRIPT_MAX = 4
_SUBSCRIPT = re.compile(r"[0-9.]{1,%d}" % SUBSCRIPT_MAX)  # M2, PM2.5, PM10, CO2: the digits of a name after Latin letters


def _subscript_break(text: str, a: int, b: int) -> bool:
    """Is the line break ``text[a:b]`` one around a subscript that a page (Wikisource) set on a
    line of its own, inside a name (``M⏎2⏎增长``, ``PM⏎2.5⏎）``)? A line of a few digits between a
    line ending in a Latin letter and one going on without indent: both its breaks are left out."""
    if text[a:b] not in ("\n", "\r\n"):
        return False
    if _latin(text, a - 1):
        nxt = text.find("\n", b)
        if nxt > b and _SUBSCRIPT.fullmatch(text[b:nxt].rstrip("\r")):
            return True  # the break before the subscript
    line_start = text.rfind("\n", 0, a) + 1
    return (0 < line_start and a - line_start <= SUBSCRIPT_MAX and _SUBSCRIPT.fullmatch(text[line_start:a]) is not None
            and _latin(text, line_start - 2 if text[line_start - 2 : line_start] != "\r\n" else line_start - 3)
            and b < len(text) and not text[b].isspace())


# What stands before a line break around a subscript (`_subscript_break`): a Latin letter, or the
# subscript's last digit
_SUBSCRIPT_BEFORE = _LATIN | frozenset("0123456789.")
# The runs of _SPACE_RUN that may be kept as something else than themselves: all but a single space
# or line break (with no other white space after it) right after a character that is no white space,
# and, for a line break, neither a Latin letter nor a digit (a subscript's, `_subscript_break`). Where a
# text has no layout's breaks and no letter-spaced lines, those stand for themselves in the view.
# (Its first character read, as _SPACE_RUN reads it: the tests look back at it.)
_CHANGED_RUN = re.compile(
    rf"[\s{_ZW}](?:(?<![ \n])|(?<![^\s{_ZW}][ \n])|(?<= )(?=[ \t\f\v])|(?<=\n)(?=\s)"
    rf"|(?<=[{re.escape(''.join(sorted(_SUBSCRIPT_BEFORE)))}]\n)){_RUN_REST}")


def _latin(text: str, i: int) -> bool:
    return 0 <= i < len(text) and text[i] in _LATIN


def _blocks(text: str):
    """``(start, end)`` of consecutive pieces of ``text`` of about CONVERT_BLOCK characters,
    each ending at a line end."""
    start = 0
    while start < len(text):
        end = text.find("\n", start + CONVERT_BLOCK)
        end = len(text) if end < 0 else end + 1
        yield start, end
        start = end


def _first_break(run: str) -> int:
    return next(i for i, ch in enumerate(run) if ch in "\r\n\u2028\u2029")


def normalise(doc: Document) -> Document:
    """Stage ``clean``: fill ``doc.norm``, ``doc.norm_map`` and ``doc.script``."""
    doc.norm, doc.norm_map, doc.script = normalise_text(doc.original, doc.chrome)
    return doc
