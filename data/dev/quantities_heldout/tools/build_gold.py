"""Build the held-out gold JSON Lines from hand-written fact lists; offsets found by a program.

    python3 tools/build_gold.py          (run from data/dev/quantities_heldout)
    python3 ../quantities_heldout/tools/build_gold.py .    (run from another set, e.g. quantities_fresh3)

Every quantity set of data/dev since this one is built by this one program.

Each ``gold_src/NNN.g`` lists one fact a line, in order of appearance:
``text|value|unit|approx|kind|subject``. In ``text``, ``\\n`` stands for a line break of the
original (PDF text breaks lines inside quantities). The offsets of ``text`` are found by
searching ``NNN.txt`` forward from the end of the fact before, so a text written twice takes
its next occurrence; no offset is counted by hand. A text starting (ending) with a digit may not
start (end) inside a longer number. Every line written is checked:
``original[start:end] == text``.
"""
import json
import sys
from pathlib import Path

APPROX = ("exact", "over", "under", "about")
KINDS = ("amount", "change", "share", "rank", "duration")


def gold_rows(g: Path, original: str) -> list[dict]:
    """The facts of one ``.g`` list, each with its offsets in ``original``."""
    doc = g.stem
    pos, rows = 0, []
    for n, line in enumerate(g.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        fields = line.split("|")
        if len(fields) != 6:
            sys.exit(f"{g}:{n}: expected 6 fields, got {len(fields)}")
        t, value, unit, approx, kind, subject = fields
        t = t.replace("\\n", "\n")
        i = original.find(t, pos)
        # a text that starts (ends) with a digit must not start (end) inside a longer number
        while i >= 0 and ((t[0].isdigit() and i > 0 and (original[i - 1].isdigit() or original[i - 1] == "."))
                          or (t[-1].isdigit() and i + len(t) < len(original)
                              and (original[i + len(t)].isdigit() or original[i + len(t)] == "."))):
            i = original.find(t, i + 1)
        if i < 0:
            sys.exit(f"{g}:{n}: {t!r} not found after offset {pos}")
        end = i + len(t)
        if approx not in APPROX or kind not in KINDS:
            sys.exit(f"{g}:{n}: bad approx or kind: {line}")
        if original[i:end] != t:
            sys.exit(f"{g}:{n}: slice differs from text")
        pos = end
        v = float(value)
        v = int(v) if v == int(v) else v
        rows.append({"doc": doc, "text": t, "value": v, "unit": unit, "approx": approx,
                     "kind": kind, "subject": subject, "start": i, "end": end})
    return rows


def build(src: Path, texts: Path, out: Path, label: str = "") -> int:
    """Write ``out/NNN.jsonl`` for every ``src/NNN.g`` (its text in ``texts/NNN.txt``); the count."""
    out.mkdir(parents=True, exist_ok=True)
    total = 0
    for g in sorted(src.glob("*.g")):
        rows = gold_rows(g, (texts / f"{g.stem}.txt").read_text(encoding="utf-8"))
        (out / f"{g.stem}.jsonl").write_text(
            "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
        total += len(rows)
        print(*([label] if label else []), g.stem, len(rows))
    return total


if __name__ == "__main__":
    # python3 build_gold.py [SET]: SET (default: this set) keeps its lists in gold_src/, either all
    # together (texts in docs/, or beside gold_src/) or by part, gold_src/<part>/ (texts in <part>/)
    root = Path(sys.argv[1]).resolve() if len(sys.argv) > 1 else Path(__file__).resolve().parent.parent
    parts = sorted(p.name for p in (root / "gold_src").iterdir() if p.is_dir())
    texts = root / "docs" if (root / "docs").is_dir() else root
    print("total", sum(build(root / "gold_src" / part, root / part, root / "gold" / part, part) for part in parts)
          if parts else build(root / "gold_src", texts, root / "gold"))
