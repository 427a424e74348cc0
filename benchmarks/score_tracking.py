#!/usr/bin/env python3
"""Commitment precision on a labelled sample of tracking rows.

Run by hand, never by the test suite::

    .venv/bin/python benchmarks/score_tracking.py data/dev/commitments/sample_after.tsv

The sample names rows of the tracking table (file, start, end) and whether each is a real
commitment. Printed: the share of labelled rows still output that are real commitments.
Recall and status accuracy on gold pairs are `duban eval --pairs DIR` (duban.eval.tracking).
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent


def precision(sample: Path) -> None:
    """Share of labelled rows (file, start, end) still output that are real commitments."""
    from duban.link.track import track_documents
    from duban.pipeline import process
    from duban.read import read_file

    series = REPO / "data" / "series"
    labels: dict[tuple[str, int, int], str] = {}
    header = None
    for line in sample.read_text(encoding="utf-8").splitlines():
        if line.startswith("#") or not line.strip():
            continue
        cells = line.split("\t")
        if header is None:
            header = cells
            continue
        row = dict(zip(header, cells))
        labels[(row["file"], int(row["start"]), int(row["end"]))] = row["real"]
    kept = real = 0
    for plan in sorted({f for f, _, _ in labels}):
        pair = next(series.glob("pairs/" + plan.split("_")[0] + "_*.jsonl"))
        review = json.loads(pair.read_text(encoding="utf-8").splitlines()[0])["result_doc"]
        rows = track_documents(process(read_file(series / plan)), process(read_file(series / review))).rows()
        spans = {(plan, r["start"], r["end"]) for r in rows}
        mine = {k: v for k, v in labels.items() if k[0] == plan}
        kept += sum(k in spans for k in mine)
        real += sum(k in spans and v == "yes" for k, v in mine.items())
        print(f"{plan:20} rows {len(rows):4}  labelled and still output {sum(k in spans for k in mine)}/{len(mine)}")
    print(f"precision {real / max(1, kept):.3f} ({real}/{kept} labelled rows still output are real commitments)")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("sample", type=Path, help="a labelled sample of rows (data/dev/commitments/sample_after.tsv)")
    precision(ap.parse_args().sample)


if __name__ == "__main__":
    main()
