"""Properties that hold for every input, checked with hypothesis, and adversarial inputs."""

from __future__ import annotations

import cn2an
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from duban.extract.numerals import parse_chinese
from duban.extract.quantities import extract_text, scan_text


@given(st.integers(min_value=0, max_value=10**15))  # values are floats: exact below 2**53
def test_chinese_integers_parse_as_cn2an_writes_them(n):
    assert parse_chinese(cn2an.an2cn(n)) == n


@given(st.integers(min_value=0, max_value=10**8), st.integers(min_value=1, max_value=99))
def test_chinese_decimals_parse_as_cn2an_writes_them(whole, frac):
    number = float(f"{whole}.{frac:02d}".rstrip("0"))
    assert parse_chinese(cn2an.an2cn(number)) == pytest.approx(number)


@given(st.integers(min_value=1, max_value=10**9))
def test_financial_numerals_parse_too(n):
    assert parse_chinese(cn2an.an2cn(n, "up")) == n


REPORTISH = st.text(
    alphabet=st.sampled_from(list("0123456789.,%％万亿千百十余多约近超以上下左右元亩户人个次年月日第全县名同比增长下降“”\"、,。 \n一二两三五十"))
    | st.characters(),
    max_size=200,
)


@settings(max_examples=400, suppress_health_check=[HealthCheck.too_slow])
@given(REPORTISH)
def test_extraction_never_raises_and_every_fact_is_grounded(text):
    for fact in extract_text(text):
        assert text[fact.start : fact.end] == fact.text
        assert fact.kind in {"amount", "change", "share", "rank", "duration"}
        assert fact.approx in {"exact", "over", "under", "about"}


@given(st.text(max_size=300))
def test_any_unicode_string_is_handled(text):
    for fact in extract_text(text):
        assert text[fact.start : fact.end] == fact.text


@pytest.mark.parametrize(
    "text",
    ["1" * 1_000_000, "万" * 1_000_000, "%" * 1_000_000, "1万" * 500_000, "第" * 1_000_000, "“1" * 500_000],
    ids=["digits", "wan", "percent", "digit-wan", "di", "quote-digit"],
)
def test_a_megabyte_of_one_pattern_finishes_with_sane_facts(text):
    # Time is measured in benchmarks/bench_quantities.py; here it must simply finish.
    for q in scan_text(text):
        assert 0 <= q.start < q.end <= len(text)
