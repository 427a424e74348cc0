#!/usr/bin/env python3
"""Score plan-against-delivery tracking on gold pairs: recall, status accuracy, rows.

Run by hand, never by the test suite::

    .venv/bin/python benchmarks/score_tracking.py [DIR ...] [--misses]

Each DIR holds the report texts and ``pairs/*.jsonl`` gold (``data/series`` by default; the dev
pairs live in ``data/dev/series``; a ``heldout`` folder under a DIR is never read unless it is given
itself). Figures per pair and in total:

- recall: gold targets whose ``target_text`` overlaps a commitment with a target;
- status: gold lines whose tracked row has the gold status;
- reported: the same, on lines where the review reports a result (gold status not not_reported);
- rows: rows of the tracking table, and the share of them not_reported.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent


def occurrences(text: str, part: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in re.finditer(re.escape(part), text)]


def row_for(rows: list[dict], text: str, gold: dict) -> dict | None:
    """As tests/test_tracking.py: the row overlapping the gold target_text, one with a target first."""
    spans = occurrences(text, gold["target_text"])
    target = re.sub(r"（.*?）|\(.*?\)", "", gold["target"])
    hits = [r for r in rows if any(r["start"] < b and a < r["end"] for a, b in spans)]
    hits.sort(key=lambda r: (r["target_value"] is not None, target in r["target"]), reverse=True)
    return hits[0] if hits else None


def score_dir(folder: Path, show: bool, cache: dict) -> list[tuple]:
    from duban.link.track import track_documents
    from duban.pipeline import process
    from duban.read import read_file

    def read(name: str):
        if name not in cache:
            cache[name] = process(read_file(folder / name))
        return cache[name]

    out = []
    for path in sorted((folder / "pairs").glob("*.jsonl")):
        lines = [json.loads(x) for x in path.read_text(encoding="utf-8").splitlines() if x.strip()]
        if not lines:
            continue
        plan, review = read(lines[0]["plan_doc"]), read(lines[0]["result_doc"])
        report = track_documents(plan, review)
        rows = report.rows()
        found = right = rep = rep_right = 0
        misses = []
        for g in lines:
            spans = occurrences(plan.original, g["target_text"])
            found += any(c.has_target and c.start < b and a < c.end for c in plan.commitments for a, b in spans)
            row = row_for(rows, plan.original, g)
            got = row["status"] if row else "no row"
            ok = got == g["status"]
            right += ok
            if g["status"] != "not_reported":
                rep += 1
                rep_right += ok
            if not ok:
                misses.append(f"    {g['target_text']}: gold {g['status']} ({g.get('result', '')}), got {got}"
                              + (f" ← {row['result_text'][:40]!r} {row.get('confidence', '')}"
                                 if row and row["result_text"] else ""))
        nr = sum(r["status"] == "not_reported" for r in rows)
        out.append((path.stem, len(lines), found, right, rep, rep_right, len(rows), nr))
        print(f"{path.stem:32} lines {len(lines):3}  recall {found}/{len(lines)}  status {right}/{len(lines)}"
              f"  reported {rep_right}/{rep}  rows {len(rows)} ({nr / max(1, len(rows)):.0%} not_reported)")
        if show:
            print(*misses, sep="\n") if misses else None
    return out


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
    ap.add_argument("dirs", nargs="*", type=Path, default=[REPO / "data" / "series"])
    ap.add_argument("--misses", action="store_true", help="list the lines whose status is wrong")
    ap.add_argument("--precision", type=Path, help="a labelled sample of rows (data/dev/commitments/sample_after.tsv)")
    args = ap.parse_args()
    if args.precision:
        precision(args.precision)
        return
    total = []
    cache: dict = {}
    for d in args.dirs:
        print(f"== {d}")
        total += score_dir(d, args.misses, cache)
    if not total:
        sys.exit("no pairs found")
    n, found, right, rep, rep_right, rows, nr = (sum(t[i] for t in total) for i in range(1, 8))
    print(f"TOTAL {len(total)} pairs, {n} lines: recall {found / n:.3f} ({found}/{n}), status {right / n:.3f}"
          f" ({right}/{n}), where reported {rep_right / max(1, rep):.3f} ({rep_right}/{rep}),"
          f" rows {rows} ({nr / max(1, rows):.0%} not_reported)")


if __name__ == "__main__":
    main()
