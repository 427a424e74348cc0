"""What placing organisations on the administrative map adds to ingest time.

Runs the whole per-document pipeline (read → clean → structure → extract) on every report of a
corpus twice, one run right after the other: once as shipped, once with the map's look-ups
(``is_place`` while reading names, ``locate`` while placing them) replaced by stand-ins that cost
nothing. Two measures of the map's share of ingest time: the difference of the two totals over
the total without the map, and the time spent inside the look-ups themselves; the target is at
most 10%. The map's one-off load (once per process) is printed apart, with the memory it holds
(in a fresh process: the Python objects it keeps, by tracemalloc, and the growth of the RSS).

    .venv/bin/python benchmarks/bench_place.py               # 400 synthetic reports + the seeds and series
    .venv/bin/python benchmarks/bench_place.py --n 2000 --repeat 3

The synthetic reports (benchmarks/corpus.py) name made-up townships (look-ups that miss and fall
back to the written parents); the seeds and series name real ones (look-ups that hit, with
candidates to score).
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(Path(__file__).parent))

import duban  # noqa: E402
from duban.place import DivisionMap, Place, division_map  # noqa: E402
from duban.read import read_bytes  # noqa: E402
import duban.structure.org as header  # noqa: E402  (the module that looks names up on the map)


class _NoMap:
    """Stands in for the map: every name with a unit word is a place, nothing is placed."""

    def is_place(self, name: str) -> bool:
        return True

    def lineage(self, unit):  # never reached: nothing is placed
        return []


def _timed(fn, spent: list[float]):
    """``fn`` with its time (and, for the map, the time of the map's methods it hands out) added to spent."""
    def timed(*args, **kwargs):
        start = time.perf_counter()
        try:
            out = fn(*args, **kwargs)
        finally:
            spent[0] += time.perf_counter() - start
        return _TimedMap(out, spent) if isinstance(out, DivisionMap) else out

    return timed


class _TimedMap:
    def __init__(self, m: DivisionMap, spent: list[float]):
        self._m, self._spent = m, spent

    def __getattr__(self, name: str):
        attr = getattr(self._m, name)
        return _timed(attr, self._spent) if callable(attr) else attr


def map_memory() -> str:
    """The memory the loaded map holds, each figure measured in a fresh process."""
    import subprocess

    code = """
import gc, resource, sys, tracemalloc
def rss():
    with open('/proc/self/statm') as f:
        return int(f.read().split()[1]) * resource.getpagesize() / 2**20
from duban.place.divisions import _name_rules, division_map
_name_rules(); gc.collect()
before = rss()
if sys.argv[1] == 'objects':
    tracemalloc.start()
m = division_map(); gc.collect()
if sys.argv[1] == 'objects':
    kept, peak = tracemalloc.get_traced_memory()
    print(f'{kept / 2**20:.1f} MB of Python objects kept ({peak / 2**20:.1f} MB at the peak of loading)', end='')
else:
    print(f'RSS +{rss() - before:.0f} MB', end='')
"""
    out = [subprocess.run([sys.executable, "-c", code, what], capture_output=True, text=True)
           for what in ("objects", "rss")]
    return ", ".join(o.stdout.strip() or o.stderr.strip()[-300:] for o in out)


def corpus(n: int) -> list[tuple[str, bytes]]:
    from corpus import generate

    docs = list(generate(n, seed=7))
    for path in sorted((ROOT / "samples" / "seeds").glob("*.txt")) + sorted((ROOT / "data" / "series").glob("*.txt")):
        docs.append((path.name, path.read_bytes()))
    return docs


def run(docs: list[tuple[str, bytes]]) -> None:
    for name, data in docs:
        duban.process(read_bytes(data, name))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=400, help="synthetic reports (default 400)")
    ap.add_argument("--repeat", type=int, default=2, help="timed passes each way; the best counts")
    args = ap.parse_args()

    t = time.perf_counter()
    division_map()
    load = time.perf_counter() - t
    docs = corpus(args.n)
    mb = sum(len(d) for _, d in docs) / 1e6
    run(docs[:20])  # warm caches (tables, OpenCC) before timing

    # Each document runs both ways, one right after the other (in turn first), so the drift of a
    # shared machine weighs on both alike; the best of the passes counts.
    real_map, real_locate = header.division_map, header.locate

    def pass_(i: int) -> tuple[float, float, float]:
        spent, with_t, without_t = [0.0], 0.0, 0.0
        for k, (name, data) in enumerate(docs):
            for mode in (("with", "without") if (i + k) % 2 == 0 else ("without", "with")):
                if mode == "with":
                    header.division_map, header.locate = _timed(real_map, spent), _timed(real_locate, spent)
                else:
                    header.division_map, header.locate = (lambda: _NoMap()), (lambda *a, **k: Place())
                try:
                    start = time.perf_counter()
                    duban.process(read_bytes(data, name))
                    elapsed = time.perf_counter() - start
                finally:
                    header.division_map, header.locate = real_map, real_locate
                if mode == "with":
                    with_t += elapsed
                else:
                    without_t += elapsed
        return with_t, without_t, spent[0]

    passes = [pass_(i) for i in range(args.repeat)]
    with_map, without, inside = zip(*passes)
    a, b, c = min(with_map), min(without), min(inside)
    print(f"corpus: {len(docs)} reports, {mb:.1f} MB; best of {args.repeat} passes each way")
    print(f"map load (once per process): {load * 1000:.0f} ms, {len(division_map())} units")
    print(f"map memory: {map_memory()}")
    print(f"ingest pipeline with the map:    {a:.2f} s ({len(docs) / a:.0f} reports/s)")
    print(f"ingest pipeline without the map: {b:.2f} s ({len(docs) / b:.0f} reports/s)")
    print(f"time inside the map's look-ups:  {c:.3f} s = {c / a * 100:.1f}% of the pipeline's time")
    share = max((a - b) / b, c / (a - c))
    print(f"the map adds {share * 100:.1f}% to ingest time (the larger of the two measures; target: at most 10%)"
          f" -> {'OK' if share <= 0.10 else 'OVER'}")


if __name__ == "__main__":
    main()
