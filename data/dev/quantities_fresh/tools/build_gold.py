"""Build the gold JSON Lines of both parts from hand-written fact lists; offsets found by a program.

    python3 tools/build_gold.py          (run from data/dev/quantities_fresh)

Each ``gold_src/<part>/NNN.g`` lists one fact a line, in order of appearance:
``text|value|unit|approx|kind|subject``. In ``text``, ``\\n`` stands for a line break of the
original (PDF text breaks lines inside quantities). The offsets of ``text`` are found by
searching ``<part>/NNN.txt`` forward from the end of the fact before, so a text written twice
takes its next occurrence; no offset is counted by hand. A text starting (ending) with a digit
may not start (end) inside a longer number. Every line written is checked:
``original[start:end] == text``.
"""
import json
import sys
from pathlib import Path

APPROX = ("exact", "over", "under", "about")
KINDS = ("amount", "change", "share", "rank", "duration")

root = Path(__file__).resolve().parent.parent
total = 0
for part in ("dev", "heldout"):
    out = root / "gold" / part
    out.mkdir(parents=True, exist_ok=True)
    for g in sorted((root / "gold_src" / part).glob("*.g")):
        doc = g.stem
        original = (root / part / f"{doc}.txt").read_text(encoding="utf-8")
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
        (out / f"{doc}.jsonl").write_text(
            "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
        total += len(rows)
        print(part, doc, len(rows))
print("total", total)
