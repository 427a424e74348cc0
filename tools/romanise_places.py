"""Write src/duban/place/data/romanised.tsv: how English-language pages spell the map's units.

Run by hand after the map is refreshed (tools/build_divisions.py), never at run time:

    pip install pypinyin
    python tools/romanise_places.py

Every current province, prefecture and county of the map gets the pinyin of its short name
(阳泉市 → Yangquan, 子洲县 → Zizhou), one spelling for each reading of a character that has several
(长治 → Zhangzhi|Changzhi: pypinyin's first reading is not always the place name's), at most
MAX_SPELLINGS; and the spellings of `lang/zh/romanised_names.tsv` (陕西 → Shaanxi, 内蒙古 → Inner
Mongolia). Taiwan's counties are left out (the map gives them no code, and their pages spell them in other
systems: Taipei, Kaohsiung).

Output columns (tab-separated, one unit a line, in the map's order): code, name, romanised (spellings
separated by |, the first pypinyin's reading).
"""

from __future__ import annotations

import itertools
import sys
from pathlib import Path

from pypinyin import Style, pinyin

from duban.lang import load_table
from duban.place.divisions import division_map, short_name

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "src" / "duban" / "place" / "data" / "romanised.tsv"
MAX_SPELLINGS = 8
VOWEL_STARTS = tuple("aoe")  # a syllable starting so is set off by ' after another (Xi'an, Ma'anshan)


def spellings(short: str) -> list[str]:
    readings = pinyin(short, style=Style.NORMAL, heteronym=True)
    out = []
    for syllables in itertools.islice(itertools.product(*readings), MAX_SPELLINGS):
        word = syllables[0] + "".join(("'" + s) if s.startswith(VOWEL_STARTS) else s for s in syllables[1:])
        spelled = word[:1].upper() + word[1:]
        if spelled not in out:
            out.append(spelled)
    return out


def main() -> int:
    known = {row["name"]: row["romanised"].split("|") for row in load_table("romanised_names")}
    rows = []
    m = division_map()
    for u in m.units:
        if u.status != "current" or u.level == "township" or not u.code:
            continue  # (Taiwan's counties have no code on the map)
        short = short_name(u.name, "prefecture")  # the stem, even where it is an everyday word (朝阳, 和平)
        if not short:
            continue  # 东区: one character left, which no page writes alone
        spelled = known.get(short, []) + [s for s in spellings(short) if s not in known.get(short, [])]
        rows.append(f"{u.code}\t{u.name}\t{'|'.join(spelled)}")
    OUT.write_text("code\tname\tromanised\n" + "\n".join(rows) + "\n", encoding="utf-8")
    print(f"{len(rows)} units written to {OUT.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
