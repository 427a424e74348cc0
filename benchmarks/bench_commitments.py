#!/usr/bin/env python3
"""Benchmark the commitments stage: its time on the series and the seeds, and its share of ingest.

Run by hand, never by the test suite::

    .venv/bin/python benchmarks/bench_commitments.py [--runs 5]

Every file of ``data/series`` and ``samples/seeds`` is read once; then, ``--runs`` times, each
goes through the default stages one at a time, timed with CPU time (``time.process_time``: a loaded
machine does not change it much). Printed: each stage's median total over the files and its share,
and the commitments stage's time per file. Target (the tracking issue): the commitments stage about
3× faster than before its rewrite, when it took 36–42 % of the stages' time.
"""

from __future__ import annotations

import argparse
import statistics
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--runs", type=int, default=5)
    args = ap.parse_args()
    from duban.pipeline import DEFAULT_STAGES, process
    from duban.read import read_file
    from duban.registry import stages

    files = sorted((REPO / "data" / "series").glob("*.txt")) + sorted((REPO / "samples" / "seeds").glob("*.txt"))
    read = [read_file(f) for f in files]
    process(read_file(files[0]))  # registers every stage
    totals: dict[str, list[float]] = {name: [] for name in DEFAULT_STAGES}
    for run in range(args.runs + 1):  # the first run loads tables and compiles patterns: not counted
        spent = dict.fromkeys(DEFAULT_STAGES, 0.0)
        for f in files:
            doc = read_file(f)
            for name in DEFAULT_STAGES:
                t0 = time.process_time()
                doc = stages.get(name)(doc) or doc
                spent[name] += time.process_time() - t0
        if run:
            for name, t in spent.items():
                totals[name].append(t)
    medians = {name: statistics.median(ts) for name, ts in totals.items()}
    whole = sum(medians.values())
    chars = sum(len(d.original) for d in read)
    print(f"{len(read)} files ({chars:,} characters), median of {args.runs} runs, CPU time")
    for name, t in medians.items():
        print(f"  {name:12} {t * 1000:8.1f} ms  {t / whole:4.0%}")
    print(f"commitments: {medians['commitments'] * 1000 / len(files):.1f} ms a file")


if __name__ == "__main__":
    main()
