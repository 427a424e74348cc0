#!/usr/bin/env python3
"""What writing one long report costs the search index: time per MB and peak memory. By hand::

    .venv/bin/python benchmarks/bench_index.py             # a 50 MB body
    .venv/bin/python benchmarks/bench_index.py --mb 10

A body of ``--mb`` MB of UTF-8 is made of the seed reports (digits permuted copy by copy) and
inserted as one ``documents`` row into a new store, whose triggers index it: in chunks, with
NumPy (schema step 8, now), as schema step 6 did it, the whole body's bigrams joined in Python in
one string (``--also-step-6``), and with no index at all (what storing the text alone takes). Each way runs in a process of its own, so its peak
resident memory (``ru_maxrss``) is its own; the figure given is the peak above what the process
held before the insert (the body itself, as Python and SQLite hold it).
"""

from __future__ import annotations

import argparse
import json
import random
import re
import resource
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
sys.path.insert(0, str(REPO / "src"))


def body(mb: float) -> str:
    from duban.clean.normalise import half_width, to_simplified

    base = to_simplified(half_width("\n".join(p.read_text(encoding="utf-8")
                                              for p in sorted((REPO / "samples" / "seeds").glob("*.txt")))))
    rng = random.Random(5)
    parts, size = [], 0
    while size < mb * 1e6:
        digits = list("0123456789")
        rng.shuffle(digits)
        part = base.translate(str.maketrans("0123456789", "".join(digits)))
        parts.append(part)
        size += len(part.encode("utf-8"))
    return "".join(parts)


def _step6_bigrams(text: str | None) -> str:
    runs = re.findall(r"[^\W_]+", text or "")
    return " ".join(" ".join(map(str.__add__, r[:-1], r[1:])) for r in runs if len(r) > 1)


def _step6_chars(text: str | None) -> str:
    return " ".join(sorted(ch for ch in set(text or "") if ch.isalnum()))


def one(way: str, mb: float) -> dict:
    from duban.store import grams
    from duban.store.migrations import migrate, steps

    text = body(mb)
    with tempfile.TemporaryDirectory() as tmp:
        conn = sqlite3.connect(Path(tmp) / "index.db", isolation_level=None)
        if way == "step 6":
            chunked = next(s.number for s in steps() if "chunks of bounded size" in s.title)
            migrate(conn, target=chunked - 1)  # the triggers of step 6: one row per body
            conn.create_function("duban_bigrams", 1, _step6_bigrams)
            conn.create_function("duban_chars", 1, _step6_chars)
        else:
            migrate(conn)
        if way == "no index":
            conn.execute("DROP TRIGGER documents_grams_insert")
        grams.bigrams("乡村")  # the table of letters and digits, made once per process
        before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        started = time.perf_counter()
        conn.execute("INSERT INTO documents (doc_key, source, content_hash, original, norm, chars, ingested_at)"
                     " VALUES ('k', 's', 'h', '', ?, 0, '2025')", (text,))
        seconds = time.perf_counter() - started
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        rows = conn.execute("SELECT count(*) FROM documents_bigrams_docsize").fetchone()[0] if way != "no index" else 0
    mbytes = len(text.encode("utf-8")) / 1e6
    return {"way": way, "mb": round(mbytes, 1), "seconds": round(seconds, 3), "s_per_mb": round(seconds / mbytes, 4),
            "peak_above_mb": round((peak - before) / 1e3, 1), "rows": rows}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--mb", type=float, default=50.0)
    parser.add_argument("--also-step-6", action="store_true", help="measure step 6's way as well")
    parser.add_argument("--way", default=None, help=argparse.SUPPRESS)  # the child process
    args = parser.parse_args()
    if args.way:
        print(json.dumps(one(args.way, args.mb)))
        return 0
    for way in ["no index", "now"] + (["step 6"] if args.also_step_6 else []):
        out = subprocess.run([sys.executable, __file__, "--mb", str(args.mb), "--way", way], capture_output=True,
                             text=True, check=True)
        r = json.loads(out.stdout)
        print(f"{way:<9} {r['mb']:6.1f} MB body: insert {r['seconds']:6.2f} s = {r['s_per_mb'] * 1000:6.1f} ms per MB,"
              f" peak memory +{r['peak_above_mb']:,.0f} MB, {r['rows']} index rows")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
