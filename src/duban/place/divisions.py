"""China's administrative map, read from the vendored ``data/divisions.tsv.gz``.

One `Unit` per province, prefecture, county and township (43,100 rows, 470 kB compressed),
current units with their 12-digit statistical codes and former names (renamed counties and
prefectures since 1980, abolished townships) pointing at the unit they became. Where the data
comes from, its vintage and licence: ``data/README.md``.
"""

from __future__ import annotations

import gzip
import hashlib
import marshal
import os
import re
import sys
import threading
from array import array
from bisect import bisect_left
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import overload

from duban.lang import load_table, table_path

DATA = Path(__file__).parent / "data" / "divisions.tsv.gz"
LEVELS = ("province", "prefecture", "county", "township")
STATUSES = ("current", "former", "merged")  # merged: into another unit, its name no short form
CODE_DIGITS = 12
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
def _name_rules() -> tuple[tuple[str, ...], re.Pattern[str], frozenset[str], frozenset[str]]:
    rows = load_table("place_names")
    suffixes = tuple(sorted((r["form"] for r in rows if r["kind"] == "suffix"), key=len, reverse=True))
    ethnic = sorted((r["form"] for r in rows if r["kind"] == "ethnic"), key=len, reverse=True)
    alt = "|".join(map(re.escape, ethnic))
    long_names = "|".join(re.escape(e) for e in ethnic if len(e) >= 2)
    # the stem (two characters at least), then a run of ethnic names ending in 族 or in a long name
    run = re.compile(rf"^(.{{{SHORT_MIN},}}?)(?:(?:{alt})族?)*(?:(?:{alt})族|(?:{long_names}))$")
    words = frozenset(r["form"] for r in rows if r["kind"] == "word")
    # stems that are pieces of everyday phrases, counted in real reports: 民政 (人民政府), 会发 (社会发展);
    # 乐业 (安居乐业), 富裕 (共同富裕)
    everyday = {"township": frozenset(r["stem"] for r in load_table("township_words")),
                "county": frozenset(r["stem"] for r in load_table("county_words"))}
    return suffixes, run, words, everyday


def short_name(name: str, level: str) -> str:
    """The name a report writes without the unit word: 丽水市 → 丽水, 恩施土家族苗族自治州 → 恩施.

    "" when nothing of two characters or more is left, or when a county's or township's short
    name is an everyday word (和平, 新华), or a piece of phrases reports write (``township_words.tsv``: 民政,
    第一; ``county_words.tsv``: 乐业 of 安居乐业, whose county is then written short with its unit word only:
    通道侗族自治县 → 通道县)."""
    suffixes, run, words, everyday = _name_rules()
    stem = name
    for suffix in suffixes:
        if name.endswith(suffix) and len(name) > len(suffix):
            stem = name[: -len(suffix)]
            break
    if m := run.match(stem):
        stem = m.group(1)
    if len(stem) < SHORT_MIN or stem == name:
        return ""
    if level in ("county", "township") and (stem in words or stem in everyday[level]):
        # 通道侗族自治县 is still written 通道县: a county's stem with its unit word's last character is its own
        written = stem + name[-1]
        return written if level == "county" and stem in everyday[level] and written != name else ""
    return stem


class _Units(Sequence[Unit]):
    """The units by id, kept as columns (a name list, arrays of numbers, one block of codes) and
    made into `Unit` objects only when asked for: 43,100 objects with their strings held at
    once cost several times the columns' memory, and a report asks for a handful."""

    def __init__(self, names: list[str], levels: bytes, statuses: bytes, parents: array, currents: array,
                 codes: bytes, years: dict[int, str]):
        self.names, self._levels, self._statuses = names, levels, statuses
        self._parents, self._currents, self._codes, self._years = parents, currents, codes, years
        self._made: dict[int, Unit] = {}

    def __len__(self) -> int:
        return len(self.names)

    @overload
    def __getitem__(self, i: int) -> Unit: ...

    @overload
    def __getitem__(self, i: slice) -> list[Unit]: ...

    def __getitem__(self, i: int | slice) -> Unit | list[Unit]:
        if isinstance(i, slice):
            return [self[k] for k in range(*i.indices(len(self)))]
        unit = self._made.get(i)
        if unit is None:
            if i < 0:
                i += len(self.names)
            if not 0 <= i < len(self.names):
                raise IndexError(i)
            unit = self._made[i] = self._make(i)
        return unit

    def __iter__(self) -> Iterator[Unit]:
        """Every unit in turn, made for the walk and not kept (a walk over all must not hold them all)."""
        made = self._made
        for i in range(len(self.names)):
            yield made.get(i) or self._make(i)

    def _make(self, i: int) -> Unit:
        parent, current = self._parents[i], self._currents[i]
        return Unit(i, self.names[i], LEVELS[self._levels[i]], parent if parent >= 0 else None, self.code(i),
                    STATUSES[self._statuses[i]], self._years.get(i, ""), current if current >= 0 else None)

    def code(self, i: int) -> str:
        return self._codes[CODE_DIGITS * i : CODE_DIGITS * (i + 1)].decode("ascii").rstrip()

    def level(self, i: int) -> str:
        return LEVELS[self._levels[i]]

    def status(self, i: int) -> str:
        return STATUSES[self._statuses[i]]

    def at_level(self, level: str) -> list[Unit]:
        """The units of one level, in id order (found in the column of levels, not by making every unit)."""
        code, levels, found, i = LEVELS.index(level), self._levels, [], -1
        while (i := levels.find(code, i + 1)) >= 0:
            found.append(self[i])
        return found


class DivisionMap:
    """The units, with look-ups by full name, by short name and by code.

    ``by_name`` and ``by_short`` map a name to the ids of its units (a tuple); ``units[id]`` is
    the `Unit` of an id."""

    def __init__(self, units: Iterable[Unit]):
        units = list(units)
        if [u.id for u in units] != list(range(len(units))):
            raise ValueError("division map: unit ids must run 0, 1, 2 … in order")
        self._build(_Units(
            [u.name for u in units], _levels([u.level for u in units]), _statuses([u.status for u in units]),
            _ids([u.parent for u in units]), _ids([u.current for u in units]), _codes([u.code for u in units]),
            {u.id: u.year for u in units if u.year}))

    @classmethod
    def from_tsv(cls, text: str) -> DivisionMap:
        """The map of ``divisions.tsv``'s text (a header line, then one unit a line).

        Read a column at a time, each made compact before the next is read: the names kept
        are made one after another, not among the many short-lived strings of the other
        columns (which would leave memory held in the gaps)."""
        start = text.index("\n") + 1  # after the header
        names = re.compile(r"^[^\t\n]*\t([^\t\n]*)\t", re.MULTILINE).findall(text, start)
        levels, statuses, codes = bytearray(), bytearray(), []
        parents, currents, years = array("i"), array("i"), {}
        level_of, status_of = {x: i for i, x in enumerate(LEVELS)}, {x: i for i, x in enumerate(STATUSES)}
        row = re.compile(r"^(\d+)\t[^\t\n]*\t([^\t\n]*)\t(\d*)\t([^\t\n]*)\t([^\t\n]*)\t([^\t\n]*)\t(\d*)$",
                         re.MULTILINE)
        for i, m in enumerate(row.finditer(text, start)):
            id_, level, parent, code, status, year, current = m.groups()
            if int(id_) != i or level not in level_of or status not in status_of:
                raise ValueError(f"division map, unit {i}: ids run 0, 1, 2 … in order; levels are {LEVELS}; "
                                 f"statuses {STATUSES}")
            levels.append(level_of[level])
            statuses.append(status_of[status])
            parents.append(int(parent) if parent else -1)
            currents.append(int(current) if current else -1)
            codes.append(code)
            if year:
                years[i] = year
        if len(levels) != len(names) or len(levels) != text.count("\n", start) + (not text.endswith("\n")):
            raise ValueError("division map: every line is one unit of 8 tab-separated columns")
        units = _Units(names, bytes(levels), bytes(statuses), parents, currents, _codes(codes), years)
        self = cls.__new__(cls)
        self._build(units)
        return self

    def _build(self, units: _Units) -> None:
        self.units = units
        names = units.names = [sys.intern(n) for n in units.names]  # the same strings as the look-ups' keys
        # a name's ids as a tuple, made once: no list per name left behind among the tuples kept
        repeated: dict[str, list[int]] = {}
        first: dict[str, int] = {}
        for i, name in enumerate(names):
            if first.setdefault(name, i) != i:
                repeated.setdefault(name, [first[name]]).append(i)
        self.by_name: dict[str, tuple[int, ...]] = {
            name: tuple(repeated[name]) if name in repeated else (i,) for name, i in first.items()}
        del first, repeated
        self.shorts: dict[int, str] = {}
        by_short: dict[str, list[int]] = {}
        for i, name in enumerate(names):
            level = units.level(i)
            if level != "township" and units.status(i) != "merged" and (short := short_name(name, level)):
                self.shorts[i] = short
                by_short.setdefault(short, []).append(i)
        # a short name that a current unit has is that unit's, not also a former one's (武昌 is 武昌区, not
        # the 武昌县 that became 江夏区)
        self.by_short: dict[str, tuple[int, ...]] = {
            k: tuple(current) if (current := [i for i in v if units.status(i) == "current"]) else tuple(v)
            for k, v in by_short.items()}
        # by code: the current units' codes as numbers, sorted, and the unit of each (a bisection finds one)
        first: dict[int, int] = {}
        for i in range(len(names)):
            code = units.code(i)
            if code and units._statuses[i] == 0:
                first.setdefault(int(code), i)
        self._code_keys = array("q", sorted(first))
        self._code_ids = array("i", (first[c] for c in self._code_keys))

    def _built(self) -> tuple:
        """What `_build` made, as plain values (for the cache `division_map` keeps)."""
        u = self.units
        return (u.names, u._levels, u._statuses, u._parents.tobytes(), u._currents.tobytes(), u._codes, u._years,
                self.by_name, self.shorts, self.by_short, self._code_keys.tobytes(), self._code_ids.tobytes())

    @classmethod
    def _from_built(cls, built: Sequence) -> DivisionMap:
        names, levels, statuses, parents, currents, codes, years, by_name, shorts, by_short, keys, ids = built
        self = cls.__new__(cls)
        self.units = _Units(names, levels, statuses, array("i", parents), array("i", currents), codes, years)
        self.by_name, self.shorts, self.by_short = by_name, shorts, by_short
        self._code_keys, self._code_ids = array("q", keys), array("i", ids)
        return self

    def __len__(self) -> int:
        return len(self.units)

    def named(self, name: str) -> list[Unit]:
        """Units of this full name, former names included (each as itself)."""
        return [self.units[i] for i in self.by_name.get(name, ())]

    def is_place(self, name: str) -> bool:
        return name in self.by_name

    def ethnic_township(self, written: str) -> str | None:
        """The map's name of an ethnic township written short with its unit word (高良乡 → 高良壮族苗族瑶族乡,
        柳城镇 for 柳城畲族镇 when no 柳城镇 is on the map), when the map holds exactly one such name."""
        names = self._ethnic_townships().get(written, ())
        return names[0] if len(names) == 1 else None

    def ethnic_townships(self, written: str) -> tuple[str, ...]:
        """Every ethnic township written short as ``written`` (铜厂乡 → 铜厂彝族乡 of 易门县), also where the
        map holds a township of that very name (铜厂乡 of 金平县): the text tells which is meant."""
        return self._ethnic_townships().get(written, ())

    @lru_cache(maxsize=1)
    def _ethnic_townships(self) -> dict[str, tuple[str, ...]]:
        found: dict[str, set[str]] = {}
        for i, name in enumerate(self.units.names):
            if "族" not in name:
                continue  # (an ethnic township's name holds its peoples': 高良壮族苗族瑶族乡, 柳城畲族镇)
            if self.units.level(i) == "township" and name[-1:] in "乡镇" and (stem := short_name(name, "")) \
                    and stem + name[-1] != name:  # 柳城畲族镇: an ethnic run between the stem and the unit word
                found.setdefault(stem + name[-1], set()).add(name)
        return {k: tuple(sorted(v)) for k, v in found.items()}

    def winged(self, written: str) -> str | None:
        """The map's name of a banner or county written short by its wing (科右前旗 → 科尔沁右翼前旗, 喀左县
        → 喀喇沁左翼蒙古族自治县; place_names.tsv kind wing), when exactly one current unit is written so."""
        names = self._winged().get(written, ())
        return names[0] if len(names) == 1 else None

    @lru_cache(maxsize=1)
    def _winged(self) -> dict[str, tuple[str, ...]]:
        wings = sorted((r["form"] for r in load_table("place_names") if r["kind"] == "wing"), key=len, reverse=True)
        found: dict[str, set[str]] = {}
        marks = {wing[0] for wing in wings}
        for i, name in enumerate(self.units.names):
            if name[-1:] not in "旗县" or not marks.intersection(name) or self.units.level(i) != "county" \
                    or self.units.status(i) != "current":
                continue  # (43,000 names: the cheap tests first)
            for wing in wings:
                k = name.find(wing, SHORT_MIN)  # a stem of two characters at least: 科尔沁, 土默特
                if k < 0:
                    continue
                after = name[k + len(wing):]
                # 前旗 of 右翼前旗, 旗 of 左旗; a county's own word (县 of 左翼蒙古族自治县)
                rest = after if after in ("旗", "前旗", "中旗", "后旗") else name[-1] if name[-1] == "县" else ""
                if rest:
                    found.setdefault(name[0] + wing[0] + rest, set()).add(name)
                break
        return {k: tuple(sorted(v)) for k, v in found.items()}

    @lru_cache(maxsize=1)
    def openings(self) -> frozenset[str]:
        """The first two characters of every name and short name: a run of characters that opens
        with none of them names no unit (made once, when first asked for)."""
        return frozenset(name[:2] for names in (self.by_name, self.by_short) for name in names)

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

    def is_within(self, unit: Unit, ancestor: Unit) -> bool:
        """Is ``unit`` ``ancestor`` or under it on the map?"""
        return any(u.id == ancestor.id for u in self.lineage(unit))

    def opening(self, text: str) -> tuple[tuple[Unit, ...], int] | None:
        """The current units, province to county, whose full or short name ``text`` opens with
        (longest name first), and the name's length: 商丘是7.5%左右 → (商丘市,), 2."""
        for n in range(min(len(text), PLACE_NAME_MAX), 1, -1):
            ids = (*self.by_name.get(text[:n], ()), *self.by_short.get(text[:n], ()))
            units = tuple(u for u in (self.current_of(self.units[i]) for i in ids) if u.level != "township")
            if units:
                return units, n
        return None

    def with_code(self, code: str) -> Unit | None:
        """The current unit of a 6- or 12-digit code (a 6-digit one is a county, prefecture or province)."""
        code = code.ljust(12, "0")
        if not (code.isascii() and code.isdigit()):
            return None
        key = int(code)
        k = bisect_left(self._code_keys, key)
        if k < len(self._code_keys) and self._code_keys[k] == key:
            return self.units[self._code_ids[k]]
        return None


PLACE_NAME_MAX = 9  # the longest name of a unit looked for at a text's start


def _levels(values: list[str]) -> bytes:
    return bytes(LEVELS.index(v) for v in values)


def _statuses(values: list[str]) -> bytes:
    return bytes(STATUSES.index(v) for v in values)


def _ids(values: list[str] | list[int | None]) -> array:
    """Ids (a parent, the unit a former name became) as an array, -1 for none."""
    return array("i", (-1 if v is None or v == "" else int(v) for v in values))


def _codes(values: list[str]) -> bytes:
    """The codes in one block of ``CODE_DIGITS`` ASCII characters each, blank for none."""
    if bad := next((c for c in values if c and (len(c) != CODE_DIGITS or not (c.isascii() and c.isdigit()))), None):
        raise ValueError(f"division map: a code has {CODE_DIGITS} digits or none, not {bad!r}")
    return "".join(c.ljust(CODE_DIGITS) for c in values).encode("ascii")


@lru_cache(maxsize=1)
def division_map() -> DivisionMap:
    """The map, loaded once per process.

    Building it from the table takes about 0.15 s of CPU; the built look-ups are kept beside the
    module (``__pycache__``, as Python keeps its bytecode) with a digest of what they were built
    from (the table and the naming rules of ``place_names.tsv`` and ``county_words.tsv``), and read back in a few
    hundredths of a second while that digest still matches. The table stays the source."""
    raw = DATA.read_bytes()
    rules = table_path("place_names").read_bytes() + table_path("county_words").read_bytes()
    digest = hashlib.blake2b(raw + rules + _CACHE_FORMAT, digest_size=16).digest()
    cache = DATA.parent.parent / "__pycache__" / f"divisions.{sys.implementation.cache_tag}.marshal"
    try:
        built = marshal.loads(cache.read_bytes())
        if built[0] == digest:
            return DivisionMap._from_built(built[1:])
    except (OSError, ValueError, EOFError, TypeError, IndexError):
        pass
    found = DivisionMap.from_tsv(gzip.decompress(raw).decode("utf-8"))
    try:
        cache.parent.mkdir(exist_ok=True)
        partial = cache.with_name(f"{cache.name}.{os.getpid()}.{threading.get_ident()}")
        partial.write_bytes(marshal.dumps((digest, *found._built())))
        os.replace(partial, cache)  # whole or not at all, whoever reads it meanwhile
    except OSError:
        pass  # (a read-only installation: built each time)
    return found


_CACHE_FORMAT = b"divisions-cache-4"  # changed whenever what `_built` keeps changes
