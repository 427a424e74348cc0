"""China's administrative map, read from the vendored ``data/divisions.tsv.gz``.

One `Unit` per province, prefecture, county and township (42,700 rows, 460 kB compressed),
current units with their 12-digit statistical codes and former names (renamed counties and
prefectures since 1980, abolished townships) pointing at the unit they became. Where the data
comes from, its vintage and licence: ``data/README.md``.
"""

from __future__ import annotations

import gzip
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from duban.lang import load_table

DATA = Path(__file__).parent / "data" / "divisions.tsv.gz"
LEVELS = ("province", "prefecture", "county", "township")
SHORT_MIN = 2  # a short name of one character (东区 → 东) is never used


@dataclass(frozen=True, slots=True)
class Unit:
    id: int
    name: str
    level: str  # province | prefecture | county | township
    parent: int | None
    code: str  # 12 digits, "" where the sources give none (Taiwan's counties, Hong Kong's districts …)
    status: str  # current | former
    year: str  # for a former name: the year it ended, when known
    current: int | None  # for a former name: the unit it became

    @property
    def is_current(self) -> bool:
        return self.status == "current"


@lru_cache(maxsize=1)
def _name_rules() -> tuple[tuple[str, ...], re.Pattern[str], frozenset[str]]:
    rows = load_table("place_names")
    suffixes = tuple(sorted((r["form"] for r in rows if r["kind"] == "suffix"), key=len, reverse=True))
    ethnic = sorted((r["form"] for r in rows if r["kind"] == "ethnic"), key=len, reverse=True)
    alt = "|".join(map(re.escape, ethnic))
    long_names = "|".join(re.escape(e) for e in ethnic if len(e) >= 2)
    # the stem (two characters at least), then a run of ethnic names ending in 族 or in a long name
    run = re.compile(rf"^(.{{{SHORT_MIN},}}?)(?:(?:{alt})族?)*(?:(?:{alt})族|(?:{long_names}))$")
    words = frozenset(r["form"] for r in rows if r["kind"] == "word")
    return suffixes, run, words


def short_name(name: str, level: str) -> str:
    """The name a report writes without the unit word: 丽水市 → 丽水, 恩施土家族苗族自治州 → 恩施.

    "" when nothing of two characters or more is left, or when a county's or township's short
    name is an everyday word (和平, 新华)."""
    suffixes, run, words = _name_rules()
    stem = name
    for suffix in suffixes:
        if name.endswith(suffix) and len(name) > len(suffix):
            stem = name[: -len(suffix)]
            break
    if m := run.match(stem):
        stem = m.group(1)
    if len(stem) < SHORT_MIN or stem == name:
        return ""
    if level in ("county", "township") and stem in words:
        return ""
    return stem


class DivisionMap:
    """The units, with look-ups by full name, by short name and by code."""

    def __init__(self, units: list[Unit]):
        self.units = units
        self.by_name: dict[str, list[int]] = {}
        self.by_short: dict[str, list[int]] = {}
        self.by_code: dict[str, int] = {}
        self.shorts: dict[int, str] = {}
        for u in units:
            self.by_name.setdefault(u.name, []).append(u.id)
            if u.code and u.is_current:
                self.by_code.setdefault(u.code, u.id)
            if u.level != "township":
                short = short_name(u.name, u.level)
                if short:
                    self.shorts[u.id] = short
                    self.by_short.setdefault(short, []).append(u.id)

    def __len__(self) -> int:
        return len(self.units)

    def named(self, name: str) -> list[Unit]:
        """Units of this full name, former names included (each as itself)."""
        return [self.units[i] for i in self.by_name.get(name, ())]

    def is_place(self, name: str) -> bool:
        return name in self.by_name

    def current_of(self, unit: Unit) -> Unit:
        seen = 0
        while unit.current is not None and seen < 8:
            unit, seen = self.units[unit.current], seen + 1
        return unit

    def lineage(self, unit: Unit) -> list[Unit]:
        """The unit and its ancestors, province first."""
        out = [unit]
        while out[0].parent is not None:
            out.insert(0, self.units[out[0].parent])
        return out

    def short(self, unit: Unit) -> str:
        return self.shorts.get(unit.id, "")

    def with_code(self, code: str) -> Unit | None:
        """The current unit of a 6- or 12-digit code (a 6-digit one is a county, prefecture or province)."""
        code = code.ljust(12, "0")
        i = self.by_code.get(code)
        return self.units[i] if i is not None else None


def _parse(lines: list[str]) -> list[Unit]:
    units = []
    for line in lines[1:]:
        id_, name, level, parent, code, status, year, current = line.rstrip("\n").split("\t")
        units.append(Unit(int(id_), name, level, int(parent) if parent else None, code, status, year,
                          int(current) if current else None))
    return units


@lru_cache(maxsize=1)
def division_map() -> DivisionMap:
    """The map, loaded once per process (about a tenth of a second)."""
    with gzip.open(DATA, "rt", encoding="utf-8") as fh:
        return DivisionMap(_parse(fh.readlines()))
