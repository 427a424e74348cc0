"""Chinese numerals → numbers, driven by ``lang/zh/numerals.tsv``.

`parse_chinese` accepts well-formed numerals only (一百零五, 二十, 十五万, 三点五, 千万, and a
figure read digit by digit before its decimal point, 二七七点三一, or before a magnitude, 七五○萬) and returns ``None`` for runs of
numeral characters that are not one number: digit strings such as 二〇二四 (a year written digit
by digit), 四五 (an approximate range) or 十四五 (a plan's name). Callers treat ``None`` as "not a quantity", never as an error.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from duban.lang import load_table


@dataclass(frozen=True, slots=True)
class Numeral:
    value: int
    role: str  # digit | multiplier | magnitude
    count_alone: bool
    formal: bool = False  # a financial form (壹, 陆, 拾): alone, a character of a word


@lru_cache(maxsize=1)
def numerals() -> dict[str, Numeral]:
    return {
        row["char"]: Numeral(int(row["value"]), row["role"], row["count_alone"] == "yes", row["formal"] == "yes")
        for row in load_table("numerals")
    }


def numeral_chars() -> str:
    return "".join(numerals())


def _small(s: str) -> int | None:
    """A number below 10000 written with digits and 十百千 (零 as a place holder)."""
    table = numerals()
    value, pending, last_mult = 0, None, 10**9
    for ch in s:
        n = table[ch]
        if n.role == "digit":
            if n.value == 0:
                if pending is not None:
                    return None  # 二〇: digits in a row
                continue
            if pending is not None:
                return None  # 四五: two digits in a row is a range or a name, not a number
            pending = n.value
        elif n.role == "multiplier":
            if n.value >= last_mult:
                return None  # 十百: multipliers must fall
            if pending is None and last_mult != 10**9:
                return None  # 千百万: only the first multiplier may stand without a digit (十五, 百)
            value += (pending if pending is not None else 1) * n.value
            pending, last_mult = None, n.value
        else:
            return None
    if pending is not None:
        value += pending
    return value


DIGIT_RUN_BEFORE_MAGNITUDE = 3  # digits in a row before 万/亿 read as one figure (一五三萬); 四五万 is a range


def _integer(s: str) -> int | None:
    if not s:
        return 0
    table = numerals()
    # Split at the last occurrence of the largest magnitude word: 一亿零一万 = 一 × 亿 + 零一万,
    # 三万亿 = 三万 × 亿 (万亿 is a compound), 一亿五千万 = 一 × 亿 + 五千万.
    mags = [(table[ch].value, i) for i, ch in enumerate(s) if table[ch].role == "magnitude"]
    if mags:
        top = max(v for v, _ in mags)
        i = max(i for v, i in mags if v == top)
        left, right = s[:i], s[i + 1 :]
        head = _integer(left) if left else 1
        if head is None and len(left) >= DIGIT_RUN_BEFORE_MAGNITUDE and _digit_by_digit(left):
            head = int("".join(str(table[ch].value) for ch in left))  # 七五○萬, 六一九萬五千: read digit by digit
        tail = _integer(right)
        if head is None or tail is None or (left and head == 0) or tail >= top:
            return None
        return head * top + tail
    return _small(s)


@lru_cache(maxsize=4096)  # reports repeat their numerals (两, 三, 十余): each is read once
def parse_chinese(s: str) -> float | None:
    """The value of a Chinese numeral, or ``None`` when ``s`` is not one number."""
    if not s:
        return None
    table = numerals()
    whole, _, frac = s.partition("点")
    if any(ch not in table for ch in whole):
        return None
    value = _integer(whole)
    if value is None and frac and _digit_by_digit(whole):
        value = int("".join(str(table[ch].value) for ch in whole))  # 二七七点三一, 二五○点五○
    if value is None:
        return None
    if not _:
        return float(value)
    if not frac or any(ch not in table or table[ch].role != "digit" for ch in frac):
        return None
    return float(f"{value}.{''.join(str(table[ch].value) for ch in frac)}")


def _digit_by_digit(s: str) -> bool:
    """二七七, 二五○: two or more digit characters and nothing else, not led by a nought. Before a
    decimal point such a run is a number read digit by digit (二七七点三一亿元 = 277.31亿元, as
    Taiwanese news write figures); without one it is a year (二〇二四) or a range (四五)."""
    table = numerals()
    return len(s) >= 2 and all(table[ch].role == "digit" for ch in s) and table[s[0]].value != 0


def digits_read_one_by_one(s: str) -> int | None:
    """一〇三, 一一二, 二〇: a whole number written digit by digit, three digits or more or two with a
    nought between or after them (四五 is a range, 二〇二四 a year where 年 follows: the caller looks at
    what follows); ``None`` for anything else."""
    if not _digit_by_digit(s) or (len(s) < 3 and numerals()[s[-1]].value != 0):
        return None
    table = numerals()
    return int("".join(str(table[ch].value) for ch in s))


def read_digit_by_digit(s: str) -> bool:
    """二七七点三一: a figure read digit by digit with its decimal point, a number as written
    (no vague 数十 or weekday 周二 can read so)."""
    whole, point, frac = s.partition("点")
    return bool(point and frac) and _digit_by_digit(whole)


def starts_with_magnitude(s: str) -> bool:
    """True for 千, 万, 千万, 百万 …: a numeral that begins with a multiplier or magnitude word."""
    n = numerals().get(s[:1])
    return n is not None and n.role in ("multiplier", "magnitude") and n.value >= 100


def is_bare_magnitude(s: str) -> bool:
    """True for 千, 万, 千万, 亿 …: magnitude words with no digit."""
    table = numerals()
    return bool(s) and all(ch in table and table[ch].role in ("multiplier", "magnitude") for ch in s) and (
        table[s[0]].value >= 100
    )
