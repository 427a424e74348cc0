"""Write the tables of townships and counties whose short name is an everyday word.

Run by hand, never at run time:

    .venv/bin/python tools/township_word_stems.py data samples > src/duban/lang/zh/township_words.tsv
    .venv/bin/python tools/township_word_stems.py --county data samples > src/duban/lang/zh/county_words.tsv

A township is rarely written without its unit word, so the map keeps no short forms of townships,
and the organisation reader counts one (推动鹿港发展 for 鹿港镇) only where the report names itself by
its level (我镇). Many townships' stems are words or pieces of the report's everyday phrases:
民政 (民政镇, out of 人民政府), 会发 (会发镇, out of 社会发展), 代化 (现代化), 第一 (第一街道), 计划, 安全.
Counties' short names are read alone, and some are pieces of phrases every report writes too:
乐业 (乐业县, out of 安居乐业), 富裕 (共同富裕), 青山 and 金山 (绿水青山就是金山银山), 龙江 (黑龙江), 杂多
(复杂多变). This script reads folders of real reports (their held-out parts left out) and lists
each current stem of two characters that stands in at least MIN_DOCUMENTS of them while written
with a unit word after it in fewer than MAX_WITH_UNIT of those: a word, not a place. The output
is a table a reviewer reads before it replaces the shipped one.
"""

from __future__ import annotations

import sys
from collections import Counter, defaultdict
from pathlib import Path

from duban.place.divisions import division_map, short_name

MIN_DOCUMENTS = 20
MAX_WITH_UNIT = 0.2
UNIT_WORDS = {
    "township": ("镇", "乡", "街道", "鎮", "鄉"),
    "county": ("县", "市", "区", "旗", "縣", "區"),
}
WHAT = {"township": "Townships", "county": "Counties"}
EXAMPLE = {"township": "民政 out of 人民政府 is no 民政镇", "county": "乐业 out of 安居乐业 is no 乐业县"}


def main(argv: list[str]) -> None:
    level = "county" if "--county" in argv else "township"
    folders = [a for a in argv if not a.startswith("--")] or ["data", "samples"]
    m = division_map()
    stems: dict[str, list[str]] = defaultdict(list)
    for unit in m.units:
        if unit.level == level and unit.is_current:
            # (a county's short name as the map keeps it: a table's word already took its own away)
            stem = short_name(unit.name, level) if level == "township" else m.short(unit)
            if len(stem) == 2:
                stems[stem].append(unit.name)
    documents, with_unit = Counter(), Counter()
    for folder in folders:
        for path in sorted(Path(folder).rglob("*.txt")):
            if any(part.startswith("heldout") for part in path.parts):
                continue  # (held-out texts are read once, by their scoring, and by nothing else)
            text = path.read_text(encoding="utf-8", errors="ignore")
            for stem in {text[i : i + 2] for i in range(len(text) - 1)} & stems.keys():
                documents[stem] += 1
                with_unit[stem] += any(stem + word in text for word in UNIT_WORDS[level])
    print(f"# {WHAT[level]} whose short name (the name without its unit word) is an everyday word of reports:")
    print(f"# never counted as the {level} where a report writes it alone ({EXAMPLE[level]}).")
    print(f"# Written by tools/township_word_stems.py from {', '.join(folders)}: stems in at least {MIN_DOCUMENTS}")
    print(f"# documents, written with a unit word in fewer than {MAX_WITH_UNIT:.0%} of them. Reviewed by hand.")
    print(f"stem\tdocuments\twith_unit\t{WHAT[level].lower()}")
    for stem, n in documents.most_common():
        if n < MIN_DOCUMENTS:
            break
        if with_unit[stem] < MAX_WITH_UNIT * n:
            print(f"{stem}\t{n}\t{with_unit[stem]}\t{'、'.join(sorted(set(stems[stem]))[:3])}")


if __name__ == "__main__":
    main(sys.argv[1:])
