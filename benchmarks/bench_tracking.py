#!/usr/bin/env python3
"""Benchmark plan-against-delivery tracking: `duban track PLAN REVIEW` end to end, and the step alone.

Run by hand, never by the test suite::

    .venv/bin/python benchmarks/bench_tracking.py [--runs 5] [--plan P --review R]

Figures (targets from the commitments and tracking issue)
    1. end to end: wall time of ``duban track PLAN REVIEW --format jsonl`` in a fresh process
       (interpreter start, imports, reading and processing both files, tracking, printing);
       median of ``--runs``; target under 1 s.
    2. the tracking step alone: ``duban.link.track.track_documents(plan_doc, review_doc)`` on two
       documents already processed (commitments included), in this process after one warm-up
       call, with the name caches cleared before each run so that nothing is carried over;
       median and worst of ``--runs``; target under 100 ms. CPU time is printed beside the wall
       time: on a loaded machine wall time is what other processes leave over.

The default pair is the largest of ``data/series``: hebei_2023 (plan) and hebei_2024 (review).
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
SERIES = REPO / "data" / "series"

TARGET_END_TO_END_S = 1.0
TARGET_STEP_MS = 100.0


def end_to_end(plan: Path, review: Path, runs: int) -> tuple[list[float], list[float]]:
    """Wall times and CPU times (user + system) of ``duban track`` in a fresh process."""
    duban = Path(sys.executable).parent / "duban"
    cmd = [str(duban), "track", str(plan), str(review), "--format", "jsonl"]
    wall, cpu = [], []
    for _ in range(runs):
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        t0 = time.perf_counter()
        done = subprocess.run(cmd, capture_output=True, text=True)
        wall.append(time.perf_counter() - t0)
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpu.append(after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime)
        if done.returncode != 0:
            raise SystemExit(f"duban track failed: {done.stderr.strip()}")
    return wall, cpu


def step_alone(plan: Path, review: Path, runs: int) -> tuple[list[float], list[float], int]:
    from duban.link import match
    from duban.link.track import track_documents
    from duban.pipeline import process
    from duban.read import read_file

    plan_doc, review_doc = process(read_file(plan)), process(read_file(review))
    rows = len(track_documents(plan_doc, review_doc).items)  # warm-up: tables and regexes load once
    wall, cpu = [], []
    for _ in range(runs):
        match.key.cache_clear()
        match.features.cache_clear()
        t0, c0 = time.perf_counter(), time.process_time()
        track_documents(plan_doc, review_doc)
        wall.append(time.perf_counter() - t0)
        cpu.append(time.process_time() - c0)
    return wall, cpu, rows


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--plan", type=Path, default=SERIES / "hebei_2023.txt")
    ap.add_argument("--review", type=Path, default=SERIES / "hebei_2024.txt")
    ap.add_argument("--runs", type=int, default=5)
    args = ap.parse_args()
    chars = [len(p.read_text(encoding="utf-8")) for p in (args.plan, args.review)]
    print(f"pair: {args.plan.name} ({chars[0]:,} chars) → {args.review.name} ({chars[1]:,} chars)")
    print(f"load average: {os.getloadavg()[0]:.2f} on {os.cpu_count()} CPUs")

    e2e, e2e_cpu = end_to_end(args.plan, args.review, args.runs)
    med = statistics.median(e2e)
    verdict = "OK" if med < TARGET_END_TO_END_S else "OVER"
    print(f"1. duban track PLAN REVIEW, end to end: median {med:.3f} s wall, {statistics.median(e2e_cpu):.3f} s CPU,"
          f" best {min(e2e):.3f} s (target < {TARGET_END_TO_END_S:g} s) {verdict}")

    wall, cpu, rows = step_alone(args.plan, args.review, args.runs)
    med_ms = statistics.median(wall) * 1000
    verdict = "OK" if med_ms < TARGET_STEP_MS else "OVER"
    print(f"2. tracking step alone ({rows} rows): median {med_ms:.1f} ms wall, {statistics.median(cpu) * 1000:.1f} ms"
          f" CPU, worst {max(wall) * 1000:.1f} ms (target < {TARGET_STEP_MS:g} ms) {verdict}")


if __name__ == "__main__":
    main()
