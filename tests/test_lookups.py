"""The extractor's fast lookups give the same answers as the plain walks they stand for.

Each lookup here replaced a character-by-character loop; the loop is kept below as the
reference, and hypothesis compares the two on report-like strings.
"""

from __future__ import annotations

import re

import pytest

from hypothesis import example, given, settings
from hypothesis import strategies as st

from duban.lang import words as words_module
from duban.extract.lexicon import lexicon
from duban.extract.numerals import numerals
from duban.lang.words import Words, with_first_chars, words_first, words_pattern, words_regex
from duban.extract.quantities import QuantityScanner, scan_text
from duban.extract.subjects import CLOSING, LEFT_BREAKS, MAX_LEFT, MAX_PAREN, _label_before, _left, cut_whole

TEXT = st.text(alphabet=st.sampled_from(list("一二三五十百千万年计划行动篇文章个分钟圈户亩元12309,，。；:（）()“”\"、的和 \n")), max_size=120)
WORDS = st.lists(st.text(alphabet=st.sampled_from(list("一二三年计划户亩元的,")), min_size=1, max_size=4), max_size=12)


def test_a_pattern_gets_a_look_ahead_on_its_first_characters():
    assert with_first_chars(r"(?<![一二])[一二]++篇|(?<!\d)\d++分钟").pattern.startswith("(?=[")


def test_a_pattern_whose_first_characters_cannot_be_told_is_left_as_it_is():
    # any character, ignored case, a negated class, a pattern that may match nothing at all
    for pattern in (r".x", r"(?i)ab", r"[^a]b", r"(a)?", r"【?\s*", r"(?:x|y?)z"):
        assert with_first_chars(pattern).pattern == pattern


@pytest.mark.parametrize("pattern, first", [
    (r"(a)?b", "ab"),  # an optional item adds its first characters to those of what follows
    (r"【?\s*打印(?:本页)?", "【\\s打"),
    (r"(?:加入)?收藏", "加收"),
])
def test_optional_leading_items_add_their_first_characters(pattern, first):
    assert with_first_chars(pattern).pattern == f"(?=[{first}])(?:{pattern})"
    for text in ("打印", "【 打印本页】", "加入收藏", "收藏", "ab b", "xx【打", " \t打印"):
        assert [m.span() for m in with_first_chars(pattern).finditer(text)] == \
            [m.span() for m in re.finditer(pattern, text)]


@settings(max_examples=300)
@given(TEXT)
def test_named_terms_with_the_look_ahead_match_as_the_plain_patterns_do(text):
    for compiled in lexicon().named_terms:
        plain = compiled.pattern.split(")(?:", 1)[1][:-1] if compiled.pattern.startswith("(?=[") else compiled.pattern
        assert [m.span() for m in compiled.finditer(text)] == [m.span() for m in re.finditer(plain, text)]


# Words of many first characters (words_pattern groups their branches) and report-like text.
MANY_FIRSTS = st.lists(st.text(alphabet=st.sampled_from(list("一二三年计划户亩元的,-]^\\发展经济农业工作服务")), min_size=1, max_size=4),
                       min_size=1, max_size=40)


@settings(max_examples=300)
@given(MANY_FIRSTS, TEXT, st.sampled_from([1, 2, 3, 16]))
def test_a_words_pattern_in_groups_matches_as_the_words_in_turn_do(words, text, group_from):
    """Grouped by first character or not, behind a look-ahead on one or two characters, the trie
    finds what trying every word, longest first, from left to right finds; and its look-ahead on
    one character holds exactly the words' first characters."""
    plain = re.compile("|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True)))
    text = text + "".join(words)
    saved = words_module.GROUP_FROM
    try:
        words_module.GROUP_FROM = group_from
        grouped = with_first_chars(words_pattern(words), words_first(words))
        assert with_first_chars(words_pattern(words)).pattern == grouped.pattern
        two_ahead = words_regex(words)  # behind a look-ahead on the first two characters
    finally:
        words_module.GROUP_FROM = saved
    assert [m.span() for m in grouped.finditer(text)] == [m.span() for m in plain.finditer(text)]
    assert [m.span() for m in two_ahead.finditer(text)] == [m.span() for m in plain.finditer(text)]


def _longest_starting_at(words: set[str], text: str, pos: int) -> str | None:
    return max((w for w in words if text.startswith(w, pos)), key=len, default=None)


def _longest_ending_at(words: set[str], text: str, pos: int) -> str | None:
    return max((w for w in words if pos >= len(w) and text[pos - len(w) : pos] == w), key=len, default=None)


@settings(max_examples=300)
@given(WORDS, TEXT)
def test_words_find_the_longest_word_starting_or_ending_at_a_position(words, text):
    lookup = Words(words)
    for pos in range(len(text) + 1):
        assert lookup.starting_at(text, pos) == _longest_starting_at(set(words), text, pos)
        assert lookup.ending_at(text, pos) == _longest_ending_at(set(words), text, pos)


def _left_walk(text, q, spans):
    """The clause before ``q``, one character at a time (the reference for ``_left``)."""
    parts = []
    k = max((n for n, s in enumerate(spans) if s < (q.start, q.start)), default=-1)
    pos = i = q.start
    budget = MAX_LEFT
    while i > 0 and budget > 0:
        if k >= 0 and i == spans[k][1]:
            if i < pos:
                break
            pos = i = spans[k][0]
            k -= 1
            continue
        ch = text[i - 1]
        if ch == "\n" and i >= 2 and text[i - 2] not in "。！？!?；;：:" and not text[i : q.start].strip(" "):
            parts.append((i, pos))  # a number that starts its line: the line before names it (PDF text)
            pos = i = i - 1
            continue
        if ch in ":：" and not text[i : q.start].strip(" ") and (label := _label_before(text, i - 1)) is not None:
            parts.append((i, pos))  # a label's colon: the label names the figure (the same rule for both walks)
            pos, i = i - 1, label
            break
        if ch in LEFT_BREAKS:
            break
        if ch in CLOSING:
            j = max(text.rfind("(", max(0, i - MAX_PAREN), i - 1), text.rfind("（", max(0, i - MAX_PAREN), i - 1))
            if j < 0 or any(c in LEFT_BREAKS for c in text[j:i]):
                break
            parts.append((i, pos))
            pos = i = j
            continue
        i -= 1
        budget -= 1
    if budget <= 0 and i > 0:
        i = cut_whole(text, i, pos)  # where the length limit cut: the same rule for both walks
    parts.append((i, pos))
    return [(a, b) for a, b in reversed(parts) if b > a]


@settings(max_examples=500)
@given(TEXT)
@example("流转土地（含3亩）共5亩")  # a quantity inside a remark that is left out
@example("资金（其中3万元）5万元")
@example("完成930亩土地20幢房屋105穴坟墓")  # a run of quantities
@example("全年实现地区生产总值\n5532.4\n亿元")  # a number on a line of its own
@example("0000000000000000“0亩")  # the length limit cuts inside a number
def test_the_clause_before_a_quantity_is_the_one_a_walk_to_the_left_finds(text):
    quantities = scan_text(text)
    spans = [(q.start, q.end) for q in quantities]
    for q in quantities:
        assert _left(text, q, spans) == _left_walk(text, q, spans)


def _quoted_walk(text, start, end):
    """Inside a short quoted phrase? One character at a time (the reference for ``_quoted``); a number
    in numerals (一, 两, 三) looks twice as far: a slogan's list may be long. Walking forward, one phrase
    quoted inside the phrase (“九个‘区域性强市’先进县”) is passed over when its own closing mark is the next mark."""
    window = 24 if text[start] in {ch for ch, n in numerals().items() if n.role == "digit"} else 12
    opening, closing, neutral, stops = "“「『《〈‘", "”」』》〉’", '"', "。！？!?；;\n"
    hit = False
    for i in range(start - 1, max(0, start - window) - 1, -1):
        ch = text[i]
        if ch in stops or ch in closing:
            return False
        if ch in opening:
            hit = True
            break
        if ch in neutral:
            hit = text.count(ch, text.rfind("\n", 0, i) + 1, i) % 2 == 0
            break
    if not hit:
        return False
    partner = dict(zip(opening, closing))
    limit, nested, i = min(len(text), end + window), False, end
    while i < limit:
        ch = text[i]
        if ch in stops:
            return False
        if ch in closing or ch in neutral:
            return True
        if ch in opening:
            if nested:
                return False
            j = next((k for k in range(i + 1, limit) if text[k] in stops + opening + closing + neutral), None)
            if j is None or text[j] != partner[ch]:
                return False
            nested, i = True, j
        i += 1
    return False


@settings(max_examples=500)
@given(TEXT.map(lambda t: t.replace("(", "《").replace(")", "》")))
def test_a_number_is_quoted_when_a_walk_out_from_it_meets_quotation_marks(text):
    scanner = QuantityScanner(text)
    for m in re.finditer(r"\d+|[一二三五十百千万]+", text):
        assert scanner._quoted(*m.span()) == _quoted_walk(text, *m.span())


SENTENCES = st.text(alphabet=st.sampled_from(list("一二年计划。！？!?；;\n,，元 ")), max_size=60)


@settings(max_examples=300)
@given(SENTENCES, st.data())
def test_the_sentence_at_a_place_is_the_one_sentence_spans_cuts(text, data):
    """Where a fact stands, its sentence is found from the last sentence's end on: the same as
    cutting the whole stretch into sentences first."""
    from duban.extract.context import sentence_at, sentence_spans

    lo = data.draw(st.integers(0, len(text)))
    hi = data.draw(st.integers(lo, len(text)))
    spans = [(a + lo, b + lo) for a, b in sentence_spans(text[lo:hi])]
    for x in range(lo, hi):
        expected = next(s for s in spans if s[0] <= x < s[1])
        for after in [lo] + [b for _, b in spans if b <= x]:
            assert sentence_at(text, x, lo, hi, after) == expected
