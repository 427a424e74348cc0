"""The whole pipeline's throughput, `duban ingest` end to end, and where its time goes.

    .venv/bin/python benchmarks/bench_pipeline.py                 # 10 MB of varied reports
    .venv/bin/python benchmarks/bench_pipeline.py --mb 20 --json benchmarks/out/pipeline.json

The corpus (`corpus.varied`, written once to ``benchmarks/out/varied-<MB>/``; deterministic) holds
the seeds and the series as they are, each of them varied (numbers rescaled, traditional script,
wrapped at a page's width as PDF text is, an HTML page, full-width digits, two reports in one file)
and recombined township reports, about 10 MB of UTF-8 in ~800 files. Two measurements:

1. **ingest**: ``duban ingest CORPUS --db NEW.db`` in a fresh process (one core: duban ingests
   one file after another), its wall-clock time and its CPU time (user + system, from the
   parent's ``RUSAGE_CHILDREN``) and peak RSS; MB/s is input megabytes (10⁶ bytes) over each.
   Interpreter start and the first loading of the tables are included, as a user pays them.
2. **split**: the same files through the same functions in this process, each stage timed
   apart: read (the file to a `Document`), chrome, script (the 繁→简 view and the script's
   detection, wherever a stage asks for them), normalise (the rest of it), structure,
   quantities, commitments, and store (`Database.ingest_document` into a fresh database on
   disk, in batches committed about once a second as `Database.ingest` does). Shares of the total and MB/s of each stage alone (CPU time).

Target (issue: "whole pipeline ≥ 3 MB/s per core"): ingest ≥ 3 MB per CPU-second.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

SPLIT = ("read", "chrome", "script", "normalise", "structure", "quantities", "commitments", "store")


def ingest_run(folder: Path) -> dict:
    """`duban ingest FOLDER` in a fresh process: wall, CPU and peak RSS."""
    duban = Path(sys.executable).with_name("duban")
    with tempfile.TemporaryDirectory() as tmp:
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        started = time.perf_counter()
        proc = subprocess.run([str(duban), "ingest", str(folder), "--db", str(Path(tmp) / "bench.db")],
                              capture_output=True, text=True)
        wall = time.perf_counter() - started
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if proc.returncode != 0:
        sys.exit(f"duban ingest failed:\n{proc.stderr[-3000:]}")
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return {"wall_seconds": round(wall, 2), "cpu_seconds": round(cpu, 2), "peak_rss_mb": round(after.ru_maxrss / 1024, 1)}


class Clock:
    """CPU time spent per stage; time spent in an inner part is moved to that part's own line."""

    def __init__(self) -> None:
        self.spent: dict[str, float] = defaultdict(float)
        self.stack: list[list] = []  # [name, start, inner time]

    def run(self, name: str, fn, *args):
        self.stack.append([name, time.process_time(), 0.0])
        try:
            return fn(*args)
        finally:
            frame = self.stack.pop()
            total = time.process_time() - frame[1]
            self.spent[name] += total - frame[2]
            if self.stack:
                self.stack[-1][2] += total

    def wrap(self, name: str, fn):
        def timed(*args, **kwargs):
            return self.run(name, lambda: fn(*args, **kwargs))

        return timed


def split(folder: Path) -> dict:
    import importlib

    from duban.pipeline import DEFAULT_STAGES, Pipeline
    from duban.read import read_file
    from duban.registry import stages
    from duban.store import Database

    clock = Clock()
    # The 繁→简 view and the script's detection, whichever stage asks for them.
    for module in ("duban.clean.normalise", "duban.clean.chrome"):
        mod = importlib.import_module(module)
        for fn in ("to_simplified", "detect_script", "simplified_view"):
            if hasattr(mod, fn):
                setattr(mod, fn, clock.wrap("script", getattr(mod, fn)))
    Pipeline()  # loads the stages
    files = sorted(p for p in folder.iterdir() if p.is_file())
    with tempfile.TemporaryDirectory() as tmp, Database(Path(tmp) / "split.db") as db:
        warm = read_file(files[0])
        for name in DEFAULT_STAGES:
            warm = stages.get(name)(warm)
        clock.spent.clear()
        bulk = db.bulk()  # stored as `duban ingest` stores: in batches, the row indexes built at the end
        clock.run("store", bulk.__enter__)
        for path in files:
            doc = clock.run("read", read_file, path)
            for name in DEFAULT_STAGES:
                doc = clock.run(name, stages.get(name), doc)
            clock.run("store", db.ingest_document, doc)
            if db.bulk_due():  # committed about once a second
                clock.run("store", db.commit_bulk)
        clock.run("store", bulk.__exit__, None, None, None)  # the last commit, the indexes
    return dict(clock.spent)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--mb", type=float, default=10.0, help="corpus size (default 10)")
    ap.add_argument("--skip", action="append", default=[], choices=["ingest", "split"])
    ap.add_argument("--json", type=Path)
    args = ap.parse_args(argv)
    import corpus

    folder = corpus.varied_folder(args.mb)
    files = [p for p in folder.iterdir() if p.is_file()]
    mb = sum(p.stat().st_size for p in files) / 1e6
    figures: dict = {"corpus": str(folder), "files": len(files), "mb": round(mb, 2), "cpus": os.cpu_count(),
                     "load_average": [round(x, 2) for x in os.getloadavg()]}
    print(f"corpus: {len(files)} files, {mb:.2f} MB ({folder})")
    corpus.compile_duban()  # the bytecode an installed duban has
    if "ingest" not in args.skip:
        run = ingest_run(folder)
        run["mb_per_second"] = round(mb / run["wall_seconds"], 2)
        run["mb_per_cpu_second"] = round(mb / run["cpu_seconds"], 2)
        figures["ingest"] = run
        verdict = "PASS" if run["mb_per_cpu_second"] >= 3 else "FAIL"
        print(f"duban ingest: {run['wall_seconds']} s wall, {run['cpu_seconds']} s CPU → {run['mb_per_second']} MB/s,"
              f" {run['mb_per_cpu_second']} MB/CPU-s ({verdict}: ≥ 3), peak {run['peak_rss_mb']} MB")
    if "split" not in args.skip:
        spent = split(folder)
        total = sum(spent.values())
        figures["split"] = {k: {"seconds": round(spent.get(k, 0.0), 3), "pct": round(100 * spent.get(k, 0.0) / total, 1),
                                "mb_per_second": round(mb / spent[k], 1) if spent.get(k) else None} for k in SPLIT}
        figures["split_total"] = {"seconds": round(total, 2), "mb_per_second": round(mb / total, 2)}
        print(f"\nper stage (CPU time in this process, {total:.2f} s in all → {mb / total:.2f} MB/s):")
        print(f"  {'stage':<12} {'s':>7} {'share':>6} {'MB/s alone':>10}")
        for k in SPLIT:
            s = spent.get(k, 0.0)
            print(f"  {k:<12} {s:7.2f} {100 * s / total:5.1f}% {(mb / s if s else float('inf')):10.1f}")
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps(figures, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
