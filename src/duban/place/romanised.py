"""The map's units by the spellings English-language pages give them (data/romanised.tsv, written
by tools/romanise_places.py): Yangquan → 阳泉市, Changzhi → 长治市, Nanshan → the two 南山区."""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from duban.place.divisions import Unit, division_map

ROMANISED = Path(__file__).parent / "data" / "romanised.tsv"
_NOT_LETTERS = re.compile(r"[^a-z]")


def spelling_key(written: str) -> str:
    """A spelling as looked up: lower case, letters only (Xi'an → xian, Inner Mongolia → innermongolia)."""
    return _NOT_LETTERS.sub("", written.lower())


@lru_cache(maxsize=1)
def romanised_units() -> dict[str, tuple[Unit, ...]]:
    """Units by `spelling_key` of each of their spellings (one key may name several: 南山区 of 深圳市
    and of 鹤岗市)."""
    m = division_map()
    found: dict[str, list[Unit]] = {}
    lines = ROMANISED.read_text(encoding="utf-8").splitlines()
    for line in lines[1:]:
        code, _name, spelled = line.split("\t")
        unit = m.with_code(code)
        if unit is None:
            continue
        for key in dict.fromkeys(spelling_key(s) for s in spelled.split("|")):
            found.setdefault(key, []).append(unit)
    return {key: tuple(units) for key, units in found.items()}
