"""Build gold JSON Lines from hand-written fact lists, with offsets found by a program.

    python3 tools/build_gold.py gold_src/dev dev gold/dev

Each ``gold_src/<part>/NNN.g`` lists one fact a line, in order of appearance:
``text|value|unit|approx|kind|subject``. The offsets of ``text`` are found by searching the
document ``<docs>/NNN.txt`` forward from the end of the fact before, so a text written twice
(同比增长3.3%) takes its next occurrence. No offset is counted by hand.
"""
import json
import sys
from pathlib import Path

src, docs, out_root = (Path(a) for a in sys.argv[1:4])
out_root.mkdir(parents=True, exist_ok=True)
for g in sorted(src.glob("*.g")):
    doc = g.stem
    text = (docs / f"{doc}.txt").read_text(encoding="utf-8")
    pos, rows = 0, []
    for n, line in enumerate(g.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        t, value, unit, approx, kind, subject = line.split("|")
        i = text.find(t, pos)
        if i < 0:
            sys.exit(f"{g}:{n}: {t!r} not found after offset {pos}")
        pos = i + len(t)
        v = float(value)
        v = int(v) if v == int(v) else v
        assert approx in ("exact", "over", "under", "about"), line
        assert kind in ("amount", "change", "share", "rank", "duration"), line
        rows.append({"doc": doc, "text": t, "value": v, "unit": unit, "approx": approx, "kind": kind,
                     "subject": subject, "start": i, "end": pos})
    (out_root / f"{doc}.jsonl").write_text(
        "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    print(doc, len(rows))
