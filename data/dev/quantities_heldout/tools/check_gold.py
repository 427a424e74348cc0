"""Check a quantity set's gold against its texts, reading nothing but the texts and the gold files.

    python3 ../quantities_heldout/tools/check_gold.py .    (run from a set, e.g. quantities_fresh13)

The one checker of the sets since quantities_fresh12 (their gold built by build_gold.py beside it).

1. Every gold line quotes the original: ``original[start:end] == text``, the span inside the text.
2. Every value agrees with a second reading of its text (digits with thousands commas or spaces,
   Chinese numerals, the magnitudes 千/万/萬/亿/億 (also after 多/余), a fall's sign): a disagreement is
   printed for review.
3. Every run of digits or Chinese numerals that no gold span covers is printed with its context,
   so each can be looked at (a date, an ordinal, an identifier, a name, chrome …).
Exit status 1 when a span does not quote its text; the printed lists are for reading.
"""
import json
import re
import sys
from pathlib import Path

ROOT = Path(sys.argv[1] if len(sys.argv) > 1 else ".").resolve()
CN = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "兩": 2, "三": 3, "四": 4, "五": 5, "六": 6,
      "七": 7, "八": 8, "九": 9}
CN_UNIT = {"十": 10, "百": 100, "千": 1000}
MAG = {"万": 1e4, "萬": 1e4, "亿": 1e8, "億": 1e8}
FALL = ("下降", "降低", "收窄", "减少", "減少", "回落", "下跌")
NUMERAL = re.compile(r"[0-9０-９]+(?:[.,][0-9]+)*|[零〇一二两兩三四五六七八九十百千万萬亿億]+")


def cn_number(s: str) -> float:
    """A Chinese numeral without magnitude words above 千 (三, 十五, 三百二十)."""
    total, digit = 0, 0
    for ch in s:
        if ch in CN:
            digit = CN[ch]
        elif ch in CN_UNIT:
            total += (digit or 1) * CN_UNIT[ch]
            digit = 0
    return total + digit


def reading(text: str) -> float | None:
    """The value a text states, read independently of the gold's value field."""
    t = text.replace("\n", "")
    sign = -1 if any(w in t for w in FALL) else 1
    m = re.search(r"-?[0-9][0-9, ]*(?:\.[0-9]+)?", t)
    if m:
        v = float(m.group().replace(",", "").replace(" ", ""))
        rest = t[m.end():]
        if rest[:1] in "多余餘" and rest[1:2] in MAG:  # 80多万元: a qualifier before the magnitude
            rest = rest[1:]
        if rest[:1] == "千" and not rest.startswith("千米"):
            v *= 1e3
            rest = rest[1:]
        if rest[:1] in MAG:
            v *= MAG[rest[0]]
            m2 = re.match(r"[亿億]([0-9,]+)[万萬]", t[m.end():])
            if m2:
                v += float(m2.group(1).replace(",", "")) * 1e4
        return sign * v
    m = re.search(r"[零〇一二两兩三四五六七八九十百千]+", t)
    if m:
        v = cn_number(m.group())
        rest = t[m.end():]
        if rest.startswith("成") and len(rest) > 1 and rest[1] in CN:
            v += CN[rest[1]] / 10
        elif rest[:1] in MAG:
            v *= MAG[rest[0]]
        return sign * v
    m = re.search(r"[百千万萬亿億]", t)
    if m:
        return sign * {"百": 100, "千": 1000}.get(m.group(), MAG.get(m.group(), 0)) * (
            100 if t[m.start():m.start() + 2] in ("百萬", "百万") else 1)
    return None


def main() -> int:
    bad = 0
    for gold in sorted((ROOT / "gold").rglob("*.jsonl")):
        part = gold.parent.name
        original = (ROOT / part / f"{gold.stem}.txt").read_bytes().decode("utf-8")
        facts = [json.loads(line) for line in gold.read_text(encoding="utf-8").splitlines() if line.strip()]
        covered = [False] * len(original)
        print(f"== {part}/{gold.stem} ({len(facts)} facts)")
        for f in facts:
            s, e = f["start"], f["end"]
            ok = 0 <= s < e <= len(original) and original[s:e] == f["text"]
            bad += not ok
            for i in range(max(s, 0), min(e, len(original))):
                covered[i] = True
            around = (original[max(0, s - 8):s] + "[" + original[s:e] + "]" + original[e:e + 6]).replace("\n", "⏎")
            r = reading(f["text"])
            note = "" if r is not None and abs(r - f["value"]) <= 1e-6 * max(1, abs(r)) else f"  <-- reads {r}"
            fields = f"{f['value']} {f['unit']!r} {f['approx']} {f['kind']} {f['subject']}"
            print(f"  {'ok ' if ok else 'BAD'} {around}  {fields}{note}")
        for m in NUMERAL.finditer(original):
            if not any(covered[m.start():m.end()]):
                ctx = original[max(0, m.start() - 8):m.end() + 6].replace("\n", "⏎")
                print(f"    uncovered: {m.group()!r} in …{ctx}…")
    print("spans that do not quote their text:", bad)
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
