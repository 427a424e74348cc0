"""The fast paths of normalising give what the plain definitions give: a text converted to
simplified script at once equals it converted line by line, half-width conversion equals a
translation of every character, and the script's detection counts the changed characters."""

from __future__ import annotations

import importlib

import pytest

from helpers import SEEDS, SERIES

n = importlib.import_module("duban.clean.normalise")  # the module, not the stage function of that name

CASES = [
    "",
    "简体文本，没有要转换的字。\n第二行。",
    "經濟發展穩中有進\n全麵推進鄉村振興\r\n",  # traditional, a mis-converted form, CRLF
    "臺灣\u2028後來\x0b發展\x85乾隆年間",  # other line breaks Python's splitlines knows
    "半\ud800孤立代理\n後面的行",  # a lone surrogate: the library refuses it
    "ＧＤＰ增长５．２％\u3000\u00a0全角",
    "著作權\n" * 50 + "乾淨",
    # long enough to be made half-width as an array: every edge of the ranges, lone surrogates
    # side by side (never to be read as a pair), a character beyond the first plane
    "\uff00\uff01\uff5e\uff5f\u3000\u00a0\u2fff\u3001\ud800\udc00\U0002a6a5ＧＤＰ５．２％，" * 300,
]


def _by_line(text: str) -> str:
    return n._to_simplified_by_line(text.splitlines(keepends=True), n._t2s())


def _texts() -> list[str]:
    return CASES + [p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt")) + sorted(SERIES.glob("*.txt"))]


@pytest.mark.parametrize("text", _texts())
def test_converting_at_once_equals_converting_line_by_line(text):
    assert n.to_simplified(text) == _by_line(text)
    assert len(n.to_simplified(text)) == len(text)


@pytest.mark.parametrize("text", _texts())
def test_half_width_translates_every_character(text):
    assert n.half_width(text) == text.translate(n._FULLWIDTH)


@pytest.mark.parametrize("text", _texts())
def test_the_script_is_judged_on_changed_characters(text):
    def plain(original: str, simplified: str) -> str:
        sample, converted = original[: n.SCRIPT_SAMPLE], simplified[: n.SCRIPT_SAMPLE]
        cjk = [i for i, ch in enumerate(sample) if "\u3400" <= ch <= "\u9fff"]
        changed = sum(1 for i in cjk if converted[i] != sample[i])
        return "traditional" if cjk and changed / len(cjk) >= n.TRADITIONAL_THRESHOLD else "simplified"

    simplified = n.to_simplified(n.half_width(text))
    assert n.detect_script(text, simplified) == plain(text, simplified)
    view = n.simplified_view(text)  # the view kept: what it knows of itself spares a comparison
    assert n.detect_script(text, view) == plain(text, view)


def test_the_view_is_made_once_for_the_same_text():
    text = "經濟發展\n" * 10
    assert n.simplified_view(text) is n.simplified_view(text) == n.to_simplified(n.half_width(text))
    other = "經濟發展\n" * 10  # equal but not the same object: made again, equal
    assert n.simplified_view(other) == n.simplified_view(text)


def test_the_display_width_counts_every_wide_character_two():
    import unicodedata

    from duban.clean.lines import width

    every = "".join(chr(cp) for cp in range(0x110000))
    for start in range(0, len(every), 4096):
        piece = every[start : start + 4096]
        assert width(piece) == sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in piece)


def test_the_search_index_tokens_are_those_of_the_plain_definition():
    from duban.store.grams import bigrams, chars, indexed

    def plain_bigrams(text: str) -> str:
        out, prev = [], ""
        for ch in text:
            if ch.isalnum():
                if prev:
                    out.append(prev + ch)
                prev = ch
            else:
                prev = ""
        return " ".join(out)

    every = "".join(chr(cp) for cp in range(0x110000))
    for start in range(0, len(every), 8192):
        piece = every[start : start + 8192]
        assert bigrams(piece) == plain_bigrams(piece)
        assert chars(piece) == " ".join(sorted({ch for ch in piece if ch.isalnum()}))
    for text in _texts() + ["a_b", "__", "乡村_振兴", "x", ""]:
        assert bigrams(text) == plain_bigrams(text)
        assert chars(text) == " ".join(sorted({ch for ch in text if indexed(ch)}))


def test_a_long_texts_view_is_converted_a_block_at_a_time_to_the_same_view(monkeypatch):
    text = "".join(CASES[2:4] + CASES[5:]) * 40
    whole = n.to_simplified(n.half_width(text))
    monkeypatch.setattr(n, "CONVERT_BLOCK", 64)
    assert n.simplified_view(text) == whole


@pytest.mark.parametrize(("text", "standard"), [
    ("陜西省人民政府", "陕西省人民政府"),  # a mis-encoded reprint's 陜 (U+965C), which OpenCC leaves
    ("静岡県の郷土", "静冈县の乡土"),  # forms typed on a Japanese keyboard
    ("遼甯省人民政府", "辽宁省人民政府"),  # 甯, the variant of 寧 that OpenCC leaves
    ("芸豆种植面积", "芸豆种植面积"),  # a simplified character of its own stays
])
def test_variant_characters_opencc_leaves_take_their_standard_form(text, standard):
    assert n.to_simplified(text) == standard


def _white_space_texts() -> list[str]:
    import random

    pieces = ["经济", "發展", "M", "PM", "2", "2.5", "a", "。", "，", "(", "長(zhǎng)", " ", "  ", "\n", "\n\n", "\r\n",
              "\r", "\t", "\x0b", "\x0c", "\x1c", "\x85", "\u2028", "\u2002", "\u200b", "\ufeff", "\u00ad", "\u3000",
              "\u00a0"]
    rng = random.Random(7)
    texts = ["".join(rng.choice(pieces) for _ in range(rng.randrange(1, 60))) for _ in range(400)]
    return texts + CASES + [p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))[:3]]


def test_a_run_of_white_space_is_what_the_plain_pattern_finds():
    import re

    plain = re.compile(r"(?=[\s\u200b\u200c\u200d\u2060\ufeff\u00ad])"
                       r"(?:[\u200b\u200c\u200d\u2060\ufeff\u00ad]+|[ \t\f\v]+|\s*[\r\n\u2028\u2029]\s*)")
    for text in _white_space_texts():
        assert [m.span() for m in n._SPACE_RUN.finditer(text)] == [m.span() for m in plain.finditer(text)], repr(text)


def test_normalising_only_the_runs_that_may_change_gives_the_view_of_normalising_every_run(monkeypatch):
    from duban.document import Span

    texts = _white_space_texts()
    quick = [n.normalise_text(text, [Span(3, 9)] if len(text) > 12 else None) for text in texts]
    monkeypatch.setattr(n, "_CHANGED_RUN", n._SPACE_RUN)  # every run asked about
    for text, (norm, offsets, script) in zip(texts, quick):
        plain_norm, plain_offsets, plain_script = n.normalise_text(text, [Span(3, 9)] if len(text) > 12 else None)
        assert (norm, script) == (plain_norm, plain_script), repr(text)
        assert list(map(offsets.to_original, range(len(norm)))) == list(map(plain_offsets.to_original, range(len(norm))))


@pytest.mark.parametrize(("text", "view"), [
    ("其中一O三件均予通過", "其中一〇三件均予通过"),  # a Latin O typed for the nought of a numeral read digit by digit
    ("僅佔二O%左右", "仅占二〇%左右"),
    ("一OO年度", "一〇〇年度"),
    ("二O二四年", "二〇二四年"),
    ("年收入O.37亿元", "年收入0.37亿元"),  # an OCR's O for the 0 before a decimal point
    ("NO.1和No.2", "NO.1和No.2"),  # negative: a number's label keeps its letters
    ("COD排放", "COD排放"),  # negative: an O beside letters stays a letter
    ("一、O型血", "一、O型血"),  # … and one a numeral does not close
])
def test_a_latin_o_typed_for_a_nought_is_read_as_that_nought(text, view):
    assert n.simplified_view(text) == view
    assert len(n.simplified_view(text)) == len(text)  # one for one: offsets hold
