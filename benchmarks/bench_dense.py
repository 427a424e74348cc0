"""Dense reports: `duban ingest` time and peak memory as the figures per line grow.

    .venv/bin/python benchmarks/bench_dense.py                      # 10 MB at 1, 3 and 10 figures a line
    .venv/bin/python benchmarks/bench_dense.py --mb 50 --density 3  # the 50 MB report of three figures a line
    .venv/bin/python benchmarks/bench_dense.py --mb 50 --seeds      # the seeds repeated to 50 MB (their density)

For each density it writes one report (``--mb`` MB of UTF-8 text, a heading every 40 lines,
each line a sentence of that many figures: amounts, counts, areas, changes, shares, built from
a fixed list of clauses with numbers drawn from a seeded generator, so the bytes are the same on
every run), then runs, each in a fresh process:

- **ingest**: ``duban ingest FILE --db NEW.db`` end to end (read, every stage, the store), with
  the CPU time of each part taken apart: read (the file to a `Document`), each pipeline stage
  (chrome, normalise, structure, quantities, commitments), store (the rows written) and index
  (the search index's bigrams, made by the SQL functions the store's triggers call, or by the
  store itself for a body written in pieces and for a batch's bodies at its commit; the commit,
  FTS5's writing of those bigrams and of the pages included, counts for the store). A long
  report's facts are made while the store writes them (a `FactStream`): that time counts for
  quantities, not for the store. "other" is the rest (start-up, the command's own printing);
  and
- **extract**: the extract stage alone on the same text (`normalise_text` then
  `iter_normalised_facts`, the facts streamed), the per-fact cost to compare with;

and prints for each: CPU seconds, CPU seconds per MB, microseconds per fact, and the peak RSS of
the process (``ru_maxrss``), then the microseconds per fact of each part of ingest; the JSON also
has the wall-clock seconds. Time linear in text and facts shows as a flat s/MB at a density as
the size grows, and as µs/fact of ingest near the extract stage's.
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))

PARTS = ("read", "chrome", "normalise", "structure", "quantities", "commitments", "store", "index", "other")

CLAUSES = (
    "完成固定资产投资{d}亿元", "新增城镇就业{n}人", "地区生产总值同比增长{p}%", "新建农村公路{d}公里",
    "改造农村危房{n}户", "种植高标准农田{n}亩", "引进项目{n}个", "实现村集体经济收入{d}万元",
    "森林覆盖率达到{p}%", "接待游客{d}万人次", "发放补助资金{d}万元", "培训农民{n}人次",
    "建成污水管网{d}公里", "一般公共预算收入下降{p}%", "新增市场主体{n}家", "粮食产量{d}万吨",
)
OPENERS = ("全镇", "全年", "其中", "截至目前", "上半年", "全县", "累计", "今年以来")


def dense_text(size_bytes: float, per_line: int, seed: int = 0) -> str:
    """A report of about ``size_bytes`` UTF-8 bytes whose every body line holds ``per_line`` figures."""
    rng = random.Random(f"{seed}:{per_line}")
    lines = ["某某县2024年政府工作报告", "", "一、2024年工作回顾", ""]
    size, k = sum(len(x.encode()) + 1 for x in lines), 0
    while size < size_bytes:
        if k % 40 == 0:
            line = f"（{'一二三四五六七八九十'[(k // 40) % 10]}）第{k // 40 + 1}项工作"
        else:
            parts = [rng.choice(CLAUSES).format(d=f"{rng.uniform(1, 999):.1f}", n=rng.randint(2, 9999),
                                                p=f"{rng.uniform(0.1, 30):.1f}") for _ in range(per_line)]
            line = rng.choice(OPENERS) + "，".join(parts) + "。"
        lines.append(line)
        size += len(line.encode()) + 1
        k += 1
    return "\n".join(lines) + "\n"


def seeds_text(size_bytes: float) -> str:
    """The five seed reports one after another, again and again to about ``size_bytes``, each copy
    with its numbers rescaled (a copy left as it is would be dropped as a repeat): the seeds' density."""
    from corpus import _rescale

    block = "\n".join(p.read_text(encoding="utf-8") for p in sorted((ROOT / "samples" / "seeds").glob("*.txt"))) + "\n"
    copies, size, k = [], 0, 0
    while size < size_bytes:
        copies.append(_rescale(block, random.Random(f"seeds:{k}")))
        size += len(copies[-1].encode("utf-8"))
        k += 1
    return "".join(copies)


def _child(mode: str, path: str) -> None:
    """One measured run, in this (fresh) process; prints its figures as JSON."""
    started = time.perf_counter()
    cpu0 = time.process_time()
    parts: dict[str, float] = {}
    if mode == "ingest":
        import contextlib
        import io

        from duban.cli.main import app

        clock = _timed_parts()
        with tempfile.TemporaryDirectory() as tmp:
            db = str(Path(tmp) / "dense.db")
            try:
                with contextlib.redirect_stdout(io.StringIO()):
                    app(["ingest", path, "--db", db])
            except SystemExit as exc:
                if exc.code:
                    raise
            import sqlite3

            conn = sqlite3.connect(db)
            facts = conn.execute("SELECT count(*) FROM facts").fetchone()[0]
            conn.close()
        parts = {k: round(v, 3) for k, v in clock.spent.items()}
    elif mode == "commitments":
        # The stages before it, then the commitments stage alone under tracemalloc: what it holds
        # at its peak beyond what the document already holds (its text, views, facts stream).
        import tracemalloc

        from duban.pipeline import DEFAULT_STAGES, Pipeline
        from duban.read import read_file
        from duban.registry import stages

        Pipeline()
        doc = read_file(Path(path))
        for name in DEFAULT_STAGES[: DEFAULT_STAGES.index("commitments")]:
            doc = stages.get(name)(doc)
        rss_before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        tracemalloc.start()
        c0 = time.process_time()
        doc = stages.get("commitments")(doc)
        stage_cpu = time.process_time() - c0
        _, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
        facts = len(doc.commitments)
        extra = {"commitments": facts, "stage_cpu_seconds": round(stage_cpu, 2),
                 "stage_peak_mb": round(peak / 1e6, 1), "rss_before_stage_mb": round(rss_before, 1)}
    else:
        from duban.clean.normalise import normalise_text
        from duban.extract.quantities import iter_normalised_facts

        text = Path(path).read_text(encoding="utf-8")
        norm = normalise_text(text)[0]
        del text
        facts = sum(1 for _ in iter_normalised_facts(norm))
    seconds = time.perf_counter() - started
    cpu = time.process_time() - cpu0
    if parts:
        parts["other"] = round(max(0.0, cpu - sum(parts.values())), 3)
    print(json.dumps({"seconds": round(seconds, 2), "cpu_seconds": round(cpu, 2), "facts": facts,
                      "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
                      "parts": parts} | (extra if mode == "commitments" else {})))


def _timed_parts():
    """Wrap the parts of ingest in a clock (CPU time; an inner part's time is moved to its own line)."""
    import duban.store.database as database
    import duban.store.grams as grams
    from duban.extract.context import FactStream
    from duban.pipeline import DEFAULT_STAGES, Pipeline
    from duban.registry import stages

    from bench_pipeline import Clock

    clock = Clock()
    Pipeline()  # registers the built-in stages
    for name in DEFAULT_STAGES:
        stages.register(name)(clock.wrap(name, stages.get(name)))
    for fn in ("bigrams", "chars"):  # looked up when a connection registers its SQL functions
        setattr(grams, fn, clock.wrap("index", getattr(grams, fn)))
    grams.grams_and_chars = clock.wrap("index", grams.grams_and_chars)  # a batch's bodies, at its commit
    database.Database._store = clock.wrap("store", database.Database._store)
    database.Database.commit_bulk = clock.wrap("store", database.Database.commit_bulk)  # the index rows, the pages
    read = database._iter_read

    def timed_read(paths):
        return _timed_iter(clock, "read", read(paths))

    database._iter_read = timed_read
    made = FactStream.__iter__
    FactStream.__iter__ = lambda self: _timed_iter(clock, "quantities", made(self), batch=256)
    return clock


def _timed_iter(clock, name: str, items, batch: int = 1):
    """``items``, the time taken to make them counted for ``name``; made ``batch`` at a time, so
    that the clock's own cost (two readings of it) is not paid for each fact."""
    from itertools import islice

    it = iter(items)
    while True:
        made = clock.run(name, lambda: list(islice(it, batch)))
        if not made:
            return
        yield from made


def run(mode: str, path: Path) -> dict:
    proc = subprocess.run([sys.executable, __file__, "--_child", mode, str(path)], capture_output=True, text=True)
    if proc.returncode != 0:
        sys.exit(f"{mode} failed on {path}:\n{proc.stderr[-3000:]}")
    return json.loads(proc.stdout.strip().splitlines()[-1])


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--mb", type=float, action="append", help="report size in MB (repeatable; default 10)")
    ap.add_argument("--density", type=int, action="append", help="figures per line (repeatable; default 1, 3, 10)")
    ap.add_argument("--seeds", action="store_true", help="also the seeds repeated to each size (their density)")
    ap.add_argument("--skip-extract", action="store_true", help="time ingest only")
    ap.add_argument("--skip-ingest", action="store_true", help="leave out ingest")
    ap.add_argument("--commitments", action="store_true",
                    help="also the commitments stage alone: its CPU time and the peak of what it allocates")
    ap.add_argument("--json", type=Path)
    ap.add_argument("--_child", nargs=2, help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args._child:
        _child(*args._child)
        return 0
    sizes = args.mb or [10.0]
    densities: list[int | str] = list(args.density or ([] if args.seeds else [1, 3, 10])) + (["seeds"] * args.seeds)
    results = []
    print("CPU seconds of each process (wall-clock time moves with whatever else the machine runs)")
    print(f"{'MB':>5} {'fig/line':>8} {'facts':>9} | {'ingest s':>8} {'s/MB':>6} {'µs/fact':>7} {'peak MB':>7} |"
          f" {'extract s':>9} {'s/MB':>6} {'µs/fact':>7} {'peak MB':>7}")
    for mb in sizes:
        for density in densities:
            path = HERE / "out" / (f"seeds-{mb:g}mb.txt" if density == "seeds" else f"dense-{density}-{mb:g}mb.txt")
            if not path.is_file():
                path.parent.mkdir(parents=True, exist_ok=True)
                text = seeds_text(mb * 1e6) if density == "seeds" else dense_text(mb * 1e6, density)
                path.write_text(text, encoding="utf-8")
            real_mb = path.stat().st_size / 1e6
            row = {"mb": round(real_mb, 2), "density": density}
            if not args.skip_ingest:
                row["ingest"] = run("ingest", path)
            if not args.skip_extract:
                row["extract"] = run("extract", path)
            if args.commitments:
                row["commitments"] = c = run("commitments", path)
                print(f"      commitments stage: {c['commitments']} commitments, {c['stage_cpu_seconds']} s CPU, "
                      f"peak {c['stage_peak_mb']} MB allocated by it (tracemalloc), RSS before it "
                      f"{c['rss_before_stage_mb']:.0f} MB, process peak {c['peak_rss_mb']:.0f} MB", flush=True)
            for key in ("ingest", "extract"):
                if key in row:
                    r = row[key]
                    r["s_per_mb"] = round(r["cpu_seconds"] / real_mb, 3)
                    r["us_per_fact"] = round(1e6 * r["cpu_seconds"] / max(1, r["facts"]), 1)
            i, e = row.get("ingest", {}), row.get("extract", {})
            if i:
                i["parts_us_per_fact"] = {k: round(1e6 * v / max(1, i["facts"]), 1) for k, v in i["parts"].items()}
            print(f"{real_mb:5.1f} {density:>8} {i.get('facts', e.get('facts', 0)):9d} | {i.get('cpu_seconds', 0):8.1f}"
                  f" {i.get('s_per_mb', 0):6.2f} {i.get('us_per_fact', 0):7.1f} {i.get('peak_rss_mb', 0):7.0f} | {e.get('cpu_seconds', 0):9.1f}"
                  f" {e.get('s_per_mb', 0):6.2f} {e.get('us_per_fact', 0):7.1f} {e.get('peak_rss_mb', 0):7.0f}",
                  flush=True)
            results.append(row)
    print("\nµs per fact in each part of ingest (CPU time)")
    print(f"{'MB':>5} {'fig/line':>8} | " + " ".join(f"{p:>11}" for p in PARTS))
    for row in results:
        us = row["ingest"]["parts_us_per_fact"]
        print(f"{row['mb']:5.1f} {row['density']:>8} | " + " ".join(f"{us.get(p, 0):11.1f}" for p in PARTS))
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
