"""Adapters that turn the peer systems' output into duban's quantity facts.

Used by ``bench_quantities.py``; lives in the benchmark's own environment
(``benchmarks/.venv-peers``, built by ``setup_peers.sh``), never imported by duban or its tests.

Each adapter returns a list of plain dicts with the fields the scorer reads (see
``shared/spec/quantities.md`` and ``shared/spec/scoring.md``)::

    {"text", "start", "end", "value", "unit", "approx", "kind", "subject"}

with ``start``/``end`` half-open character offsets into the text the peer was given (the
document's *original* text) and ``text == original[start:end]``.

The mapping is deliberately **generous**: wherever the peer's output leaves a field open we fill
it the way that can only help the peer's score, and we never drop a result that could match.
The peers were built for other purposes and cover only part of the spec (money, physical
measures, percentages, ages, temperatures): no counts with measure words (个, 人, 户, 次, 件 …,
about half of the gold facts), no ranks, no durations, no subjects. Their F1 is bounded by that
coverage, however the mapping is done.

Microsoft Recognizers-Text (PyPI ``recognizers-text-suite``, ``Culture.Chinese``)
-----------------------------------------------------------------------------------
Models run: ``recognize_currency``, ``recognize_dimension``, ``recognize_age``,
``recognize_temperature`` (package ``recognizers_number_with_unit``) and
``recognize_percentage`` (package ``recognizers_number``); each over the whole text.

* **Span.** RT's ``end`` is *inclusive* (RT issue #2297: ``text[start:end+1] == result.text``);
  we convert to half-open with ``end = start + len(result.text)``. If the text at that place
  does not equal ``result.text`` (never seen on the seeds), we look for ``result.text`` within
  ±8 characters and take the nearest; failing that the result is dropped (it could not be
  grounded).
* **Value.** ``resolution["value"]`` as a float. RT already multiplies magnitudes out
  (``600余万元`` → 6000000, ``1.2万亩`` → 12000) and turns Chinese numerals into numbers
  (``百分之三十`` → 30%). Results whose value is ``None`` (RT reports a bare unit word such as
  ``亩`` on its own) are dropped: they cannot match anything.
* **Unit.** RT names a canonical unit in English (``Chinese yuan``, ``Mu``, ``Square meter``,
  ``Kilometer``, ``Year`` …); the spec wants the unit *as written*, magnitude removed. So we find
  which of RT's own Chinese spellings of that unit (from
  ``recognizers_number_with_unit.resources.chinese_numeric_with_unit``) ends the span, and map
  that spelling to the spec's: ``元/人民币/人民币元/元人民币/块/块钱/圆`` → ``元``;
  ``美金/美圆`` → ``美元``; ``㎡/m²/平米`` → ``平方米``; ``㎞/km`` → ``公里``; ``市亩`` → ``亩``;
  ``m`` → ``米``; ``t`` → ``吨``; ``kg`` → ``公斤``; ``岁``/``周岁`` stay as written; any other
  spelling stays as written. If no spelling is found, a fixed table maps the English name
  (``Chinese yuan``→元, ``Square meter``→平方米, ``Mu``→亩, ``Kilometer``→公里, ``Meter``→米,
  ``Ton``→吨, ``Kilogram``→公斤, ``Hectare``→公顷, ``Square kilometer``→平方公里,
  ``Cubic meter``→立方米, ``Year``→岁, ``C``/``Degree``→度 …); an unknown name falls back
  to the surface text of the span with the number, the magnitude (万/亿/千/百) and the
  qualifiers (余/多/约 …) stripped.
* **Percentages.** ``resolution["value"]`` is a string like ``"31.3%"``; the number is the
  value. Unit ``%``, except when the span says ``百分点``/``个点``/``個點`` (RT resolves
  ``13个百分点`` to ``13%``), which gives unit ``百分点``, kind ``change``.
* **Kind.** ``amount`` for currency, dimension, age and temperature. For a percentage, ``change``
  when the clause right before the span ends with a growth or fall word (同比增长, 增长, 增加,
  增, 提高, 提升, 上升, 下降, 降低, 减少, 下滑, 回落 …, optionally followed by 了/达/为), and
  then the value is negated for a fall (下降54% → -54); otherwise ``share``. RT itself reports
  neither; this is context reading on RT's behalf.
* **Approx.** RT does not resolve qualifiers, though its span often includes them
  (``600余万元``). We read them for it, from the span and the characters right around it:
  余/多/以上/超/超过/逾/突破 → ``over``; 近/将近/不足/不到/以下 → ``under``;
  约/大约/左右/上下 → ``about``; else ``exact`` (traditional spellings 約/餘/超過/將近 too).
* **Overlaps.** Results of different models that overlap are resolved by keeping the longest
  span (first come on ties); identical results are kept once.
* ``subject`` is ``""`` (RT has no notion of it).

JioNLP (PyPI ``jionlp``): money only
------------------------------------
Called as ``jionlp.ner.extract_money(text, with_parsing=True)`` (in jionlp 1.5 the function
is in ``jionlp.ner``; there is no top-level ``jionlp.extract_money``). It is rule-based and
works offline: its dictionaries ship in the wheel; it prints a two-line banner on import.

* **Span.** ``offset`` is already half-open: ``text[offset[0]:offset[1]] == result["text"]``.
  Its spans sometimes take in neighbouring characters (``元，近22万元，约``); we keep them as
  they are: the scorer matches on value and unit, not on span.
* **Value.** ``detail["num"]`` as a float. For a range (``600余万元`` → ``["6000000.00",
  "7000000.00"]``) we take the lower bound, which is the spec's value for 余/多.
* **Unit.** ``detail["case"]`` (``元``, ``美元``, ``港元`` …), which is already the spec's spelling
  with the magnitude removed.
* **Approx.** from ``detail["definition"]``: ``accurate`` → ``exact`` (then our own context
  reading as for RT, in case jionlp left out a qualifier), ``blur+``/``blur+span``/``blur++span``
  or a range value → ``over``, ``blur-`` → ``under``, ``blur`` → ``about``.
* **Kind.** always ``amount``; ``subject`` ``""``.
* A call that raises is counted as an error and yields no facts for that text.
"""

from __future__ import annotations

import contextlib
import io
import re
from dataclasses import dataclass, field
from typing import Any, Callable

# --------------------------------------------------------------------------------------
# Shared context reading (the "generous" part)
# --------------------------------------------------------------------------------------

# simplified and traditional spellings (約, 餘, 超過 … occur in traditional-script reports)
_OVER_BEFORE = ("超过", "超過", "突破", "逾", "超")
_UNDER_BEFORE = ("将近", "將近", "不足", "不到", "近")
_ABOUT_BEFORE = ("大约", "大約", "约", "約")
_OVER_AFTER = ("以上", "余", "餘", "多")
_UNDER_AFTER = ("以下",)
_ABOUT_AFTER = ("左右", "上下")

_NUMBER_CHARS = "0123456789０１２３４５６７８９.,，．零〇一二两三四五六七八九十百千万亿壹贰叁肆伍陆柒捌玖拾佰仟萬億"

_CHANGE_WORDS = re.compile(
    r"(?:同比|环比|比上年|较上年|较去年|比去年|年均)?"
    r"(?P<verb>增长|增加|提高|提升|上升|上涨|增幅|增|升|涨|下降|降低|减少|下滑|回落|下跌|降幅|降|减|跌)"
    r"(?:了|达|为|幅度为|幅达)?\s*$"
)
_FALL_VERBS = frozenset({"下降", "降低", "减少", "下滑", "回落", "下跌", "降幅", "降", "减", "跌"})
_POINTS = ("百分点", "个点", "個點", "个百分点", "個百分點")


def approx_from_context(original: str, start: int, end: int) -> str:
    """over/under/about/exact from qualifiers inside the span or right around it."""
    span = original[start:end]
    before = original[max(0, start - 2) : start]
    after = original[end : end + 2]
    # Inside the span: a qualifier after the number (600余万元, 99%以上) or before it (约5公里).
    m = re.match(r"^\D*", span)
    lead = m.group(0) if m else ""
    inner_tail = span[len(lead):]
    if any(q in inner_tail for q in ("余", "餘", "多", "以上")) or any(lead.endswith(q) for q in _OVER_BEFORE):
        return "over"
    if "以下" in inner_tail or any(lead.endswith(q) for q in _UNDER_BEFORE):
        return "under"
    if any(q in inner_tail for q in _ABOUT_AFTER) or any(lead.endswith(q) for q in _ABOUT_BEFORE):
        return "about"
    # Right around the span.
    if any(before.endswith(q) for q in _OVER_BEFORE) or any(after.startswith(q) for q in _OVER_AFTER):
        return "over"
    if any(before.endswith(q) for q in _UNDER_BEFORE) or any(after.startswith(q) for q in _UNDER_AFTER):
        return "under"
    if any(before.endswith(q) for q in _ABOUT_BEFORE) or any(after.startswith(q) for q in _ABOUT_AFTER):
        return "about"
    return "exact"


def change_before(original: str, start: int) -> str | None:
    """The growth/fall verb that the clause right before ``start`` ends with, if any."""
    window = original[max(0, start - 8) : start]
    window = re.split(r"[，,。；;：:、！？!?\n]", window)[-1]
    m = _CHANGE_WORDS.search(window)
    return m.group("verb") if m else None


def strip_number(surface: str) -> str:
    """The unit part of a quantity's surface text: number, magnitude and qualifiers removed."""
    s = surface.strip()
    for q in _OVER_BEFORE + _UNDER_BEFORE + _ABOUT_BEFORE:
        if s.startswith(q):
            s = s[len(q):]
            break
    i = 0
    while i < len(s) and (s[i] in _NUMBER_CHARS or s[i] in "余餘多几幾数數 "):
        i += 1
    s = s[i:]
    for q in _OVER_AFTER + _UNDER_AFTER + _ABOUT_AFTER:
        if s.endswith(q):
            s = s[: -len(q)]
    return s.strip()


# --------------------------------------------------------------------------------------
# Unit spellings
# --------------------------------------------------------------------------------------

#: surface spelling → the spec's spelling (anything not listed stays as written)
SPEC_SPELLING = {
    "元": "元", "人民币": "元", "人民币元": "元", "元人民币": "元", "块": "元", "块钱": "元", "圆": "元",
    "美金": "美元", "美圆": "美元",
    "㎡": "平方米", "m²": "平方米", "m2": "平方米", "平米": "平方米",
    "㎞": "公里", "km": "公里",
    "市亩": "亩", "畝": "亩",
    "m": "米", "t": "吨", "kg": "公斤",
    "％": "%", "%": "%",
    "°c": "摄氏度", "℃": "摄氏度",
}

#: RT's English unit name → spec spelling, when no Chinese spelling is found in the span
RT_NAME_TO_UNIT = {
    "Chinese yuan": "元", "Yuan": "元", "United States dollar": "美元", "Dollar": "美元",
    "Hong Kong dollar": "港元", "Euro": "欧元", "Japanese yen": "日元", "Jiao": "角", "Fen": "分",
    "Square meter": "平方米", "Square kilometer": "平方公里", "Mu": "亩", "Hectare": "公顷",
    "Kilometer": "公里", "Meter": "米", "Centimeter": "厘米", "Li": "里",
    "Ton": "吨", "Kilogram": "公斤", "Jin": "斤", "Gram": "克",
    "Cubic meter": "立方米", "Liter": "升",
    "Year": "岁", "Month": "月", "Week": "周", "Day": "天",
    "C": "摄氏度", "Degree": "度",
}


def spec_unit(spelling: str) -> str:
    return SPEC_SPELLING.get(spelling, SPEC_SPELLING.get(spelling.lower(), spelling))


# --------------------------------------------------------------------------------------
# Peer interface
# --------------------------------------------------------------------------------------


@dataclass
class Peer:
    name: str
    label: str  # what it covers, for the table
    version: str = ""
    available: bool = False
    error: str = ""  # why it is not available
    extract: Callable[[str], list[dict[str, Any]]] | None = None
    errors: int = 0  # calls that raised
    notes: list[str] = field(default_factory=list)


def _fact(original: str, start: int, end: int, value: float, unit: str, approx: str, kind: str) -> dict:
    return {
        "text": original[start:end],
        "start": start,
        "end": end,
        "value": value,
        "unit": unit,
        "approx": approx,
        "kind": kind,
        "subject": "",
    }


def _resolve_overlaps(facts: list[dict]) -> list[dict]:
    """Keep the longest of overlapping facts (first come on ties); drop duplicates."""
    order = sorted(range(len(facts)), key=lambda i: (-(facts[i]["end"] - facts[i]["start"]), i))
    kept: list[int] = []
    taken: list[tuple[int, int]] = []
    for i in order:
        f = facts[i]
        if any(f["start"] < e and s < f["end"] for s, e in taken):
            continue
        kept.append(i)
        taken.append((f["start"], f["end"]))
    return [facts[i] for i in sorted(kept, key=lambda i: (facts[i]["start"], i))]


def _version(dist: str) -> str:
    import importlib.metadata as md

    try:
        return md.version(dist)
    except md.PackageNotFoundError:
        return "?"


# --------------------------------------------------------------------------------------
# Microsoft Recognizers-Text
# --------------------------------------------------------------------------------------


def load_recognizers() -> Peer:
    peer = Peer("Recognizers-Text", "money, measures, %, age, temp.")
    try:
        from recognizers_number import recognize_percentage
        from recognizers_number_with_unit import (
            recognize_age,
            recognize_currency,
            recognize_dimension,
            recognize_temperature,
        )
        from recognizers_number_with_unit.resources.chinese_numeric_with_unit import ChineseNumericWithUnit as R
        from recognizers_text import Culture
    except Exception as e:  # noqa: BLE001 - any failure means "not available", with the reason
        peer.error = f"{type(e).__name__}: {e}"
        return peer

    # RT's own Chinese spellings of each unit name, longest first.
    spellings: dict[str, list[str]] = {}
    for table in (R.CurrencySuffixList, R.CurrencyPrefixList, R.DimensionSuffixList, R.AgeSuffixList,
                  R.TemperatureSuffixList, R.TemperaturePrefixList):
        for name, alts in table.items():
            spellings.setdefault(name, []).extend(a for a in alts.split("|") if a)
    for name in spellings:
        spellings[name].sort(key=len, reverse=True)

    culture = Culture.Chinese
    unit_models = (("currency", recognize_currency), ("dimension", recognize_dimension),
                   ("age", recognize_age), ("temperature", recognize_temperature))

    def ground(original: str, r: Any) -> tuple[int, int] | None:
        n = len(r.text)
        s = r.start
        if original[s : s + n] == r.text:
            return s, s + n
        best = None
        for d in range(1, 9):
            for cand in (s - d, s + d):
                if 0 <= cand and original[cand : cand + n] == r.text:
                    best = cand
                    break
            if best is not None:
                return best, best + n
        return None

    def unit_of(surface: str, rt_name: str) -> str:
        low = surface.lower()
        for sp in spellings.get(rt_name, ()):
            if low.endswith(sp.lower()) or low.rstrip("余多以上下左右约").endswith(sp.lower()):
                return spec_unit(sp)
        if rt_name in RT_NAME_TO_UNIT:
            return RT_NAME_TO_UNIT[rt_name]
        return spec_unit(strip_number(surface))

    def extract(original: str) -> list[dict]:
        facts: list[dict] = []
        for _model, fn in unit_models:
            for r in fn(original, culture):
                res = r.resolution or {}
                if res.get("value") in (None, ""):
                    continue
                try:
                    value = float(res["value"])
                except (TypeError, ValueError):
                    continue
                where = ground(original, r)
                if where is None:
                    continue
                s, e = where
                unit = unit_of(original[s:e], res.get("unit") or "")
                facts.append(_fact(original, s, e, value, unit, approx_from_context(original, s, e), "amount"))
        for r in recognize_percentage(original, culture):
            res = r.resolution or {}
            raw = str(res.get("value") or "").strip()
            try:
                value = float(raw.rstrip("%").strip())
            except ValueError:
                continue
            where = ground(original, r)
            if where is None:
                continue
            s, e = where
            surface = original[s:e]
            verb = change_before(original, s)
            if any(p in surface for p in _POINTS):
                unit, kind = "百分点", "change"
            else:
                unit, kind = "%", ("change" if verb else "share")
            if verb in _FALL_VERBS:
                value = -abs(value)
            facts.append(_fact(original, s, e, value, unit, approx_from_context(original, s, e), kind))
        return _resolve_overlaps(facts)

    peer.version = _version("recognizers-text-suite")
    emoji_version = _version("emoji")
    peer.notes.append(f"emoji {emoji_version}")
    peer.available = True
    peer.extract = extract
    return peer


# --------------------------------------------------------------------------------------
# JioNLP
# --------------------------------------------------------------------------------------


def load_jionlp() -> Peer:
    peer = Peer("JioNLP", "money only")
    try:
        with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):
            import jionlp  # prints a banner on import
        try:
            extract_money = jionlp.ner.extract_money
        except AttributeError:
            extract_money = jionlp.extract_money  # older releases exported it at the top level
    except Exception as e:  # noqa: BLE001
        peer.error = f"{type(e).__name__}: {e}"
        return peer

    def extract(original: str) -> list[dict]:
        try:
            results = extract_money(original, with_parsing=True)
        except Exception:  # noqa: BLE001 - a peer's crash costs it the document, not the run
            peer.errors += 1
            return []
        facts: list[dict] = []
        for r in results:
            s, e = r["offset"]
            if original[s:e] != r["text"]:
                pos = original.find(r["text"], max(0, s - 8))
                if pos < 0 or abs(pos - s) > 8:
                    continue
                s, e = pos, pos + len(r["text"])
            detail = r.get("detail") or {}
            num = detail.get("num")
            is_range = isinstance(num, (list, tuple))
            try:
                value = float(num[0] if is_range else num)
            except (TypeError, ValueError, IndexError):
                continue
            definition = str(detail.get("definition") or "accurate")
            if definition.startswith("blur+") or (is_range and definition.startswith("blur")):
                approx = "over"
            elif definition.startswith("blur-"):
                approx = "under"
            elif definition.startswith("blur"):
                approx = "about"
            else:
                approx = approx_from_context(original, s, e)
            unit = spec_unit(str(detail.get("case") or ""))
            facts.append(_fact(original, s, e, value, unit, approx, "amount"))
        return facts

    peer.version = _version("jionlp")
    peer.available = True
    peer.extract = extract
    return peer


def load_peers() -> list[Peer]:
    return [load_recognizers(), load_jionlp()]
