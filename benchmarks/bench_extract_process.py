"""The extract stage against Recognizers-Text, each measured as a whole process.

    bash benchmarks/setup_peers.sh                                        # once
    benchmarks/.venv-peers/bin/python benchmarks/bench_extract_process.py  # ≥ 1 MB; about a minute for duban

A text of ``--mb`` MB (default 1.2) is made from the repository's reports (`corpus.varied`:
the seeds, the series and their variants, concatenated in order), and each system runs on it in
a fresh process, as a user would run it: interpreter start, imports and tables included.

- **duban**: the extract stage, `normalise_text` then `iter_normalised_facts` (facts
  streamed) over the whole text;
- **Recognizers-Text** (`benchmarks/peers.py`: its Chinese models, as `bench_quantities.py`
  asks them): on the first ``--rt-kb`` KB (default 100) only, it is that slow; its rate
  (MB per second of the whole process) stands for the whole text.

Printed: each process's wall-clock and CPU seconds (user + system, ``RUSAGE_CHILDREN``), MB/s
by each, and duban's rate over Recognizers-Text's. Targets: duban ≥ 5 MB per CPU-second, and
≥ 100× Recognizers-Text.
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

DUBAN = """
import sys
from duban.clean.normalise import normalise_text
from duban.extract.quantities import iter_normalised_facts
text = open(sys.argv[1], encoding="utf-8").read()
print(sum(1 for _ in iter_normalised_facts(normalise_text(text)[0])))
"""

RECOGNIZERS = """
import sys
sys.path.insert(0, sys.argv[2])
from peers import load_recognizers
peer = load_recognizers()
if not peer.available:
    sys.exit("Recognizers-Text: " + peer.error)
text = open(sys.argv[1], encoding="utf-8").read()
print(len(peer.extract(text)))
"""


def measure(code: str, *args: str) -> dict:
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    proc = subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True)
    wall = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if proc.returncode != 0:
        sys.exit(proc.stderr[-2000:])
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return {"wall_seconds": round(wall, 2), "cpu_seconds": round(cpu, 2), "facts": int(proc.stdout.split()[-1])}


def main(argv: list[str] | None = None) -> int:
    import corpus

    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--mb", type=float, default=1.2)
    ap.add_argument("--rt-kb", type=float, default=100.0)
    ap.add_argument("--json", type=Path)
    args = ap.parse_args(argv)
    out = HERE / "out"
    out.mkdir(exist_ok=True)
    pieces, size = [], 0
    for name, data in corpus.varied(args.mb):
        if name.endswith(".txt"):
            pieces.append(data.decode("utf-8"))
            size += len(data)
        if size >= args.mb * 1e6:
            break
    text = "\n".join(pieces)
    whole = out / f"extract-{args.mb:g}mb.txt"
    whole.write_text(text, encoding="utf-8")
    head = text.encode("utf-8")[: int(args.rt_kb * 1000)].decode("utf-8", "ignore")
    head = head[: head.rfind("\n") + 1] or head
    part = out / f"extract-{args.rt_kb:g}kb.txt"
    part.write_text(head, encoding="utf-8")
    mb, part_mb = whole.stat().st_size / 1e6, part.stat().st_size / 1e6

    corpus.compile_duban()  # the bytecode an installed duban has
    figures = {"duban": measure(DUBAN, str(whole)) | {"mb": round(mb, 3)},
               "recognizers_text": measure(RECOGNIZERS, str(part), str(HERE)) | {"mb": round(part_mb, 3)}}
    for name, r in figures.items():
        r["mb_per_second"] = round(r["mb"] / r["wall_seconds"], 4)
        r["mb_per_cpu_second"] = round(r["mb"] / r["cpu_seconds"], 4)
        print(f"{name:<17} {r['mb']:6.3f} MB  {r['wall_seconds']:7.2f} s wall {r['cpu_seconds']:7.2f} s CPU  "
              f"{r['mb_per_second']:8.4f} MB/s  {r['mb_per_cpu_second']:8.4f} MB/CPU-s  {r['facts']} facts")
    d, rt = figures["duban"], figures["recognizers_text"]
    figures["ratio_cpu"] = round(d["mb_per_cpu_second"] / rt["mb_per_cpu_second"], 1)
    figures["ratio_wall"] = round(d["mb_per_second"] / rt["mb_per_second"], 1)
    print(f"duban ÷ Recognizers-Text: {figures['ratio_cpu']}× by CPU time, {figures['ratio_wall']}× by wall clock "
          f"({'PASS' if figures['ratio_cpu'] >= 100 else 'FAIL'}: ≥ 100×); duban "
          f"{'PASS' if d['mb_per_cpu_second'] >= 5 else 'FAIL'} (≥ 5 MB/CPU-s)")
    if args.json:
        args.json.write_text(json.dumps(figures, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
