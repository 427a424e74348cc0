"""`duban batch` throughput: the local engine with 1 and 2 processes, and Spark ``local[2]``.

    .venv/bin/python benchmarks/bench_batch.py                    # 20,000 documents
    .venv/bin/python benchmarks/bench_batch.py --n 500 --json benchmarks/out/batch-500.json

Builds (once; reused when it is there) a corpus of ``--n`` reports recombined from the
seeds' real paragraphs (`corpus.py`, with 0.2 % bad files and 0.2 % exact copies), then
runs each engine over it in a fresh process, so every run pays its own start-up (the
process pool's, the JVM's) as a user's would, and reports:

- **docs/s**: input records over the wall-clock time of ``run_batch`` (reading, the
  pipeline, writing Parquet); for Spark with the start of Spark (the JVM) in it, which
  ``run_batch`` makes as ``duban batch --engine spark --master local[2]`` does
  (``--spark-session``: a SparkSession made first and handed over, as a program with its
  own session would; its start is counted too);
- **docs per CPU-second**: input records over the CPU time (user + system) of the run's
  whole process tree, sampled from /proc: what a core does when it is not shared, and so
  the figure to size a cluster by (wall-clock rates move with whatever else the machine runs);
- **Spark overhead**: the local engine's docs/s with 2 processes over Spark's with 2 cores,
  by wall clock and by CPU time;
- **peak memory**: the largest summed RSS of the run's whole process tree (the Python
  driver, pool workers, the JVM and Spark's Python workers), sampled every 0.2 s from /proc;
- that Spark's output equals the local engine's, row for row;
- where one process's time goes: reading, each pipeline stage, making rows (500 documents).
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import subprocess
import sys
import threading
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))


# -- measuring a process tree -------------------------------------------------------------
def _children(pid: int) -> list[int]:
    kids = []
    for task in Path(f"/proc/{pid}/task").glob("*"):
        try:
            kids += [int(c) for c in (task / "children").read_text().split()]
        except OSError:
            pass
    return kids


def _rss_kb(pid: int) -> int:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    except OSError:
        pass
    return 0


_TICK = os.sysconf("SC_CLK_TCK")


def _cpu_seconds(pid: int) -> float:
    """User + system CPU time of the process itself (not its children)."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / _TICK  # utime, stime
    except (OSError, IndexError, ValueError):
        return 0.0


def tree(root: int) -> list[int]:
    pids, stack, seen = [], [root], set()
    while stack:
        pid = stack.pop()
        if pid in seen:
            continue
        seen.add(pid)
        pids.append(pid)
        stack += _children(pid)
    return pids


def run_measured(cmd: list[str]) -> tuple[dict, float, int, float]:
    """Run ``cmd`` (which prints one JSON line last): its JSON, wall seconds, the peak summed
    RSS of its process tree in KB, and the tree's CPU seconds: the larger of the sum of each
    process's last sample from /proc (a process living less than a sampling interval is
    missed) and the kernel's total for the tree's processes that were waited for."""
    started = time.perf_counter()
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    peak = 0
    cpu: dict[int, float] = {}
    kinds: dict[int, str] = {}
    done = threading.Event()

    def sample() -> None:
        nonlocal peak
        while not done.is_set():
            pids = tree(proc.pid)
            peak = max(peak, sum(_rss_kb(p) for p in pids))
            for p in pids:
                cpu[p] = max(cpu.get(p, 0.0), _cpu_seconds(p))
                kinds[p] = _kind(p, proc.pid) if kinds.get(p) in (None, "pool_workers") else kinds[p]
            done.wait(0.2)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    out, err = proc.communicate()
    done.set()
    sampler.join()
    wall = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if proc.returncode != 0:
        sys.exit(f"failed: {' '.join(cmd)}\n{err[-3000:]}")
    # The kernel's count for the whole tree, every process that ended and was waited for (the
    # JVM, Spark's forked Python workers, the pool's): nothing is missed between two samples.
    waited = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    result = json.loads(out.strip().splitlines()[-1])
    by_kind: dict[str, float] = {}
    for p, seconds in cpu.items():
        by_kind[kinds.get(p, "other")] = round(by_kind.get(kinds.get(p, "other"), 0.0) + seconds, 1)
    result["cpu_seconds_by_process"] = by_kind  # sampled: where the CPU went (driver, JVM, workers)
    return result, wall, peak, max(sum(cpu.values()), waited)


def _kind(pid: int, root: int) -> str:
    """What a process of the tree is: the run's own (driver), the JVM, a Python worker."""
    if pid == root:
        return "driver"
    try:
        cmd = Path(f"/proc/{pid}/cmdline").read_bytes().replace(b"\0", b" ").decode(errors="replace")
    except OSError:
        return "other"
    if "java" in cmd.split(" ", 1)[0] or "spark-submit" in cmd or "spark-class" in cmd:
        return "jvm"  # (Spark's launch scripts exec the JVM in the same process)
    if "pyspark.daemon" in cmd or "pyspark.worker" in cmd:
        return "spark_python_workers"
    return "pool_workers"


# -- one engine run, in its own process ---------------------------------------------------
def worker(engine: str, processes: int, corpus: str, output: str) -> None:
    from duban.batch import run_batch

    started = time.perf_counter()
    if engine == "local":
        report = run_batch(corpus, output, processes=processes)
        session = 0.0
    elif engine == "spark":  # as `duban batch --engine spark --master local[N]`: duban starts Spark
        report = run_batch(corpus, output, engine="spark", master=f"local[{processes}]")
        session = report.phases.get("session", 0.0)
    else:  # "spark-session": a program that has made its own SparkSession hands it over
        from duban.batch.spark import spark_session

        spark = spark_session(f"local[{processes}]")
        spark.sparkContext.setLogLevel("ERROR")
        session = time.perf_counter() - started
        report = run_batch(corpus, output, engine="spark", spark=spark)
        report.seconds += session  # the session's start is the run's, as when duban starts it
        spark.stop()
    result = report.as_dict() | {"session_seconds": round(session, 2),
                                 "end_to_end_seconds": round(time.perf_counter() - started, 2)}
    print(json.dumps(result))


def stage_profile(corpus_dir: Path, sample: int = 500) -> dict[str, float]:
    """Where one process's time goes, per document: reading, each pipeline stage, and
    turning the result into rows (``process_record`` minus the rest), on every
    ``len/sample``-th file of the corpus. Shares of the total, in percent."""
    from duban.batch.records import _flatten, empty_rows
    from duban.pipeline import DEFAULT_STAGES
    from duban.read import read_file
    from duban.registry import stages

    files = sorted(f for f in corpus_dir.rglob("*") if f.is_file())
    files = files[:: max(1, len(files) // sample)][:sample]
    spent = dict.fromkeys(("read", *DEFAULT_STAGES, "rows"), 0.0)
    for f in files:
        t = time.perf_counter()
        try:
            doc = read_file(f)
        except Exception:
            continue
        spent["read"] += time.perf_counter() - t
        for name in DEFAULT_STAGES:
            t = time.perf_counter()
            doc = stages.get(name)(doc)
            spent[name] += time.perf_counter() - t
        t = time.perf_counter()
        _flatten(doc, f.name, doc.content_hash[:16], empty_rows())
        spent["rows"] += time.perf_counter() - t
    total = sum(spent.values())
    return {"documents": len(files), "ms_per_document": round(1000 * total / len(files), 2)} | {
        k: round(100 * v / total, 1) for k, v in spent.items()}


def same_output(a: Path, b: Path) -> dict[str, int]:
    from duban.batch import TABLES, read_table

    counts = {}
    for name, spec in TABLES.items():
        keys = [(k, "ascending") for k in spec.keys]
        left, right = read_table(a, name).sort_by(keys), read_table(b, name).sort_by(keys)
        if not left.equals(right):
            raise SystemExit(f"Spark's {name} differs from the local engine's")
        counts[name] = left.num_rows
    return counts


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--n", type=int, default=20_000)
    ap.add_argument("--corpus", type=Path, default=None, help="default: benchmarks/out/corpus-N")
    ap.add_argument("--out", type=Path, default=HERE / "out" / "batch")
    ap.add_argument("--json", type=Path, default=None)
    ap.add_argument("--skip", action="append", default=[], choices=["local1", "local2", "spark", "profile"])
    ap.add_argument("--spark-session", action="store_true",
                    help="start a SparkSession and hand it to run_batch, as a program with its own would "
                         "(default: run_batch starts Spark, as `duban batch --engine spark` does)")
    ap.add_argument("--_worker", nargs=4, help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args._worker:
        engine, processes, corpus_dir, output = args._worker
        worker(engine, int(processes), corpus_dir, output)
        return 0

    import corpus

    corpus_dir = args.corpus or HERE / "out" / f"corpus-{args.n}"
    files = list(corpus_dir.rglob("*.*")) if corpus_dir.is_dir() else []
    if len(files) != args.n:
        t = time.perf_counter()
        corpus.write_folder(corpus_dir, args.n, bad_rate=0.002, duplicate_rate=0.002)
        print(f"corpus: {args.n} documents → {corpus_dir} in {time.perf_counter() - t:.1f} s", file=sys.stderr)
    size_mb = sum(f.stat().st_size for f in corpus_dir.rglob("*") if f.is_file()) / 1e6

    runs = {}
    spark_engine = "spark-session" if args.spark_session else "spark"
    for label, engine, processes in (("local1", "local", 1), ("local2", "local", 2), ("spark", spark_engine, 2)):
        if label in args.skip:
            continue
        output = args.out / label
        print(f"{label}: running …", file=sys.stderr)
        load_before = os.getloadavg()[0]
        result, wall, peak_kb, cpu = run_measured([sys.executable, __file__, "--_worker", engine, str(processes),
                                                   str(corpus_dir), str(output)])
        result |= {"wall_seconds": round(wall, 2), "peak_rss_mb": round(peak_kb / 1024, 1),
                   "cpu_seconds": round(cpu, 1), "docs_per_cpu_second": round(result["records"] / cpu, 2),
                   "load_average_1min": [round(load_before, 2), round(os.getloadavg()[0], 2)]}
        runs[label] = result
        print(f"{label}: {result['docs_per_second']} docs/s, {result['seconds']} s, "
              f"{result['docs_per_cpu_second']} docs/cpu-s, peak {result['peak_rss_mb']} MB", file=sys.stderr)

    figures = {
        "n": args.n, "corpus_mb": round(size_mb, 1), "machine": {
            "cpus": os.cpu_count(), "python": platform.python_version(), "platform": platform.platform(),
            "load_average_at_end": os.getloadavg()},
        "runs": runs,
        "spark_started_by": "a SparkSession handed to run_batch" if args.spark_session else "run_batch",
    }
    if "local2" in runs and "spark" in runs:
        figures["spark_overhead"] = round(runs["local2"]["docs_per_second"] / runs["spark"]["docs_per_second"], 2)
        figures["spark_overhead_cpu"] = round(runs["local2"]["docs_per_cpu_second"] /
                                              runs["spark"]["docs_per_cpu_second"], 2)
        figures["tables"] = same_output(args.out / "spark", args.out / "local2")
    if "local1" in runs and "local2" in runs:
        figures["local_speedup_2_over_1"] = round(runs["local2"]["docs_per_second"] /
                                                  runs["local1"]["docs_per_second"], 2)
    if "profile" not in args.skip:
        from duban.batch.records import warm_up

        warm_up()  # the tables load once per process; not a per-document cost
        figures["stage_profile_pct"] = stage_profile(corpus_dir)
    print(json.dumps(figures, indent=2, ensure_ascii=False))
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps(figures, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
