#!/usr/bin/env python3
"""Commitment precision on hand-labelled rows of ``duban commitments``.

Run by hand, never by the test suite::

    .venv/bin/python benchmarks/score_commitments.py data/dev/commitments_fresh/dev
    .venv/bin/python benchmarks/score_commitments.py data/dev/series/commitment_precision

Each argument is a labelled file (``*.jsonl``) or a folder of them. A labelled row names its
document (``path`` from the repository root, or ``doc`` beside the folder the file is in), its
offsets (``start``, ``end``) in the original text, and ``real`` (true / false). A folder may hold,
for a document, ``<name>.before.tsv``: the spans of every row output when the sample was drawn,
so rows output now that were not output then are told apart (they need labels of their own:
``<name>.new.jsonl``, same fields, counted with the sample).

Printed per document and in total: labelled rows still output and the real ones among them
(precision), real rows no longer output (recall of the labelled real rows), and rows output now
that were not output when the sample was drawn, labelled or not.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent


def _rows(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def _document(row: dict, labelled: Path) -> Path:
    if "path" in row:
        return REPO / row["path"]
    return labelled.parent.parent / row["doc"]  # data/dev/series/commitment_precision/x.jsonl → data/dev/series/x.txt


def score(files: list[Path], show: bool) -> tuple[int, int, int, int]:
    from duban.pipeline import process
    from duban.read import read_file

    total_kept = total_real = total_lost = total_real_all = 0
    for labelled in files:
        rows = _rows(labelled)
        if not rows:
            continue
        doc_path = _document(rows[0], labelled)
        doc = process(read_file(doc_path))
        now = {(c.start, c.end): c for c in doc.commitments}
        stem = labelled.name[: -len(".jsonl")]
        new_file = labelled.with_name(stem + ".new.jsonl")
        if new_file.exists():
            rows = rows + [r for r in _rows(new_file) if (r["start"], r["end"]) in now]
        before_file = labelled.with_name(stem + ".before.tsv")
        before = None
        if before_file.exists():
            before = {tuple(int(x) for x in line.split("\t")[:2])
                      for line in before_file.read_text(encoding="utf-8").splitlines() if line.strip()}
        labels = {(r["start"], r["end"]): r for r in rows}
        kept = [r for k, r in labels.items() if k in now]
        real = [r for r in kept if r["real"]]
        lost = [r for k, r in labels.items() if r["real"] and k not in now]
        real_all = sum(bool(r["real"]) for r in labels.values())
        unlabelled = [] if before is None else [c for k, c in now.items() if k not in before and k not in labels]
        print(f"{doc_path.name:28} rows {len(now):4}  labelled still output {len(kept):3}/{len(labels):3}  "
              f"real {len(real):3}  precision {len(real) / max(1, len(kept)):.3f}  "
              f"real lost {len(lost)}/{real_all}" + (f"  new unlabelled {len(unlabelled)}" if before is not None else ""))
        if show:
            for r in kept:
                if not r["real"]:
                    print(f"    kept not-real ({r.get('why', '')}): {r['text']}")
            for r in lost:
                print(f"    lost real ({r.get('why', '')}): {r['text']}")
            for c in unlabelled:
                print(f"    new: {c.start}\t{c.end}\t{c.text}\t{c.target_text}")
        total_kept += len(kept)
        total_real += len(real)
        total_lost += len(lost)
        total_real_all += real_all
    print(f"precision {total_real / max(1, total_kept):.3f} ({total_real}/{total_kept} labelled rows still output are real); "
          f"recall of real rows {(total_real_all - total_lost) / max(1, total_real_all):.3f} "
          f"({total_real_all - total_lost}/{total_real_all})")
    return total_kept, total_real, total_lost, total_real_all


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("samples", nargs="+", type=Path, help="labelled .jsonl files or folders of them")
    ap.add_argument("--show", action="store_true", help="print the not-real rows kept, real rows lost and new rows")
    args = ap.parse_args()
    files: list[Path] = []
    for p in args.samples:
        if p.is_dir():
            files += sorted(f for f in p.glob("*.jsonl") if not f.name.endswith(".new.jsonl"))
        else:
            files.append(p)
    score(files, args.show)


if __name__ == "__main__":
    main()
