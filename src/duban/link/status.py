"""The status of a commitment given what the review reports (``data/series/README.md``, rules 1–5).

``met``, ``exceeded``, ``partly``, ``missed``, ``not_reported`` and ``unmeasurable``:

- rates (%, 百分点) are met when reached, or within 0.5 points of a 左右 target; never exceeded;
- amounts are met when reached (within 5 % below for 左右) and exceeded above 105 % of the target;
- ceilings (caps.tsv, 控制在/以内, a fall to achieve) are met at or under the target (+0.5 for 左右);
- a fall or zero where growth or delivery was promised, or the review saying so, is missed;
- any other positive result below the target is partly.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from duban.extract.commitments import Commitment
from duban.extract.wording import words
from duban.lang import load_table
from duban.link.match import is_indicator

STATUSES = ("met", "exceeded", "partly", "missed", "not_reported", "unmeasurable")
RATE_UNITS = frozenset({"%", "百分点", "‰"})
RATE_TOLERANCE = 0.5  # percentage points either side of a 左右 rate target
AMOUNT_TOLERANCE = 0.05  # share of an amount target: 左右 band, and the margin before "exceeded"


@dataclass(slots=True)
class Result:
    """What the review reports for a commitment, in the target's unit."""

    value: float
    unit: str
    kind: str  # change | share | amount
    said_missed: bool = False  # the review itself says the target was not reached


@lru_cache(maxsize=1)
def _caps() -> tuple[str, ...]:
    return tuple(r["indicator"] for r in load_table("caps"))


@lru_cache(maxsize=1)
def _conversions() -> dict[tuple[str, str], float]:
    out: dict[tuple[str, str], float] = {}
    for r in load_table("unit_conversions"):
        f = float(r["factor"])
        out[(r["from"], r["to"])] = f
        out[(r["to"], r["from"])] = 1 / f
    return out


def convert(value: float, unit: str, to: str) -> float | None:
    """``value`` in ``unit`` expressed in ``to`` (419万吨 → 83.8亿斤), None when not comparable."""
    if unit == to:
        return value
    factor = _conversions().get((unit, to))
    return None if factor is None else value * factor


def is_rate(unit: str) -> bool:
    return unit in RATE_UNITS


def rate_kind(kind: str, unit: str, obj: str) -> str:
    """``change`` or ``share`` for a rate; a share named by 增长率/增速/涨幅 (rate_noun) is a change,
    and so is one written right after the name of an amount (amount_noun: 地区生产总值6%)."""
    if not is_rate(unit):
        return ""
    if kind == "change":
        return "change"
    if any(obj.endswith(r) for r in words("rate_noun")) or any(obj.endswith(r) for r in words("amount_noun")):
        return "change"
    return "share"


def bound(c: Commitment) -> str:
    """``at_most`` for a ceiling, ``at_least`` otherwise; ``about`` is read by `tolerance`."""
    comparators = words("comparator")
    written = [x for x in c.comparator.split("…") if x]
    if any(comparators.get(x) == "at_most" for x in written):
        return "at_most"
    if any(is_indicator(c.object, cap) for cap in _caps()):
        return "at_most"
    if c.target_kind == "change" and (c.target_value or 0) < 0:
        return "at_most"  # 能耗下降2%: the lower the better
    return "at_least"


def is_about(c: Commitment) -> bool:
    comparators = words("comparator")
    return any(comparators.get(x) == "about" for x in c.comparator.split("…") if x)


def decide(c: Commitment, result: Result | None) -> str:
    """The status of ``c`` given ``result`` (None: the review gives no comparable figure)."""
    if not c.has_target:
        return "unmeasurable" if result is not None else "not_reported"
    if result is None:
        return "not_reported"
    target = float(c.target_value)
    value = result.value
    rate = is_rate(c.target_unit)
    about = is_about(c)
    if bound(c) == "at_most":
        slack = RATE_TOLERANCE if rate and about else abs(target) * AMOUNT_TOLERANCE if about else 0.0
        if result.said_missed:
            return "missed"
        if value <= target + slack:
            return "met"
        if target < 0 and value < 0:
            return "partly"  # a fall, smaller than the one promised
        return "missed"
    if result.said_missed or (target > 0 and value <= 0):
        return "missed"
    if rate:
        slack = RATE_TOLERANCE if about else 0.0
        return "met" if value >= target - slack else "partly"
    if value > target * (1 + AMOUNT_TOLERANCE):
        return "exceeded"
    if value >= target * (1 - AMOUNT_TOLERANCE if about else 1):
        return "met"
    return "partly"
