#!/usr/bin/env python3
"""Benchmark duban's quantity extractor against two peers, in one run on the same input.

Run by hand, never by the test suite::

    bash benchmarks/setup_peers.sh                      # once: builds benchmarks/.venv-peers
    benchmarks/.venv-peers/bin/python benchmarks/bench_quantities.py [--quick] [--json OUT]

Systems
    duban             ``duban.extract.quantities.iter_normalised_facts`` on the normalised view
                      (the extract stage; scored through ``duban.read``)
    Recognizers-Text  Microsoft Recognizers-Text, Chinese: currency, dimension, age, temperature
                      and percentage models (``benchmarks/peers.py`` maps them into spec facts)
    JioNLP            ``jionlp.ner.extract_money`` (money only)

Figures (see ``benchmarks/README.md`` for what each one means)
    1. found / strict F1 on the seed gold (``data/gold``), scored with duban's scorer
       ``duban.eval.scoring.score``; grounding rate of each system's facts.
    2. throughput in MB/s per core (1 MB = 10^6 bytes of UTF-8 text; one process, one thread,
       ``time.perf_counter``, after a warm-up pass; the median of three timed passes) on a
       ~10 MB corpus built by repeating the seeds; duban is timed on the normalised text (``normalise_text(text)[0]``), the peers on
       the original text; Recognizers-Text on a 200 KB slice of the same corpus (it is slow).
    3. adversarial inputs: one line of digits, of ``万`` and of ``%``, 100 KB / 300 KB / 1 MB
       each, time per MB for each size (linear time ⇒ flat s/MB); each run in its own process
       with a 60 s limit.
    4. peak memory (RSS and tracemalloc) of duban extracting one 50 MB document, in a subprocess.

The peers cover only part of the spec (no counts with measure words, ranks, durations or
subjects), so their F1 is bounded by their coverage; the comparison is about speed and about
how much of the spec a general-purpose tool gets.
"""

from __future__ import annotations

import argparse
import gc
import json
import math
import os
import platform
import resource
import subprocess
import sys
import time
import traceback
from pathlib import Path
from typing import Any, Callable

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
SHARED = REPO.parent / "shared"
sys.path.insert(0, str(HERE))  # peers.py sits beside this file

MB = 1_000_000
KB = 1_000

# Targets from the issue.
TARGET_DUBAN_MBPS = 2.0
TARGET_SPEEDUP_VS_RT = 50.0
TARGET_F1_FACTOR = 2.0  # "far above": duban's found F1 at least this many times each peer's
TARGET_PEAK_RSS_MB = 300.0
TARGET_MEM_DOC_MB = 50
TARGET_LINEAR_FACTOR = 2.5  # s/MB at 1 MB may be at most this times s/MB at 100 KB

ADV_PATTERNS = {"digits": "1234567890", "wan": "万", "percent": "%"}
ADV_SIZES = (100 * KB, 300 * KB, 1 * MB)
ADV_TIMEOUT_S = 60.0
MEM_TIMEOUT_S = 900.0  # the plain memory run; the tracemalloc run gets 4× this

DUBAN = "duban"
RT = "Recognizers-Text"
JIO = "JioNLP"


# ======================================================================================
# Input
# ======================================================================================


def load_seeds(seeds_dir: Path) -> dict[str, tuple[Path, str]]:
    """doc id → (path, original text). The original is the file decoded as UTF-8, nothing else."""
    docs = {}
    for path in sorted(seeds_dir.glob("*.txt")):
        doc_id = path.name.split("_", 1)[0]
        docs[doc_id] = (path, path.read_bytes().decode("utf-8"))
    return docs


def load_gold(gold_dir: Path, doc_ids) -> dict[str, list[dict]]:
    gold = {}
    for doc_id in doc_ids:
        path = gold_dir / f"{doc_id}.jsonl"
        if path.exists():
            gold[doc_id] = [json.loads(line) for line in path.read_text("utf-8").splitlines() if line.strip()]
    return gold


def _copy_tag(n: int) -> str:
    """A line that makes each copy of a seed distinct without adding any number or unit."""
    letters = "xyzqvj"
    out = ""
    n += 1
    while n:
        n, r = divmod(n, len(letters))
        out += letters[r]
    return f"\ncopy {out}\n"


def build_corpus(texts: list[str], target_bytes: int) -> list[str]:
    """Repeat the seed texts (each copy made distinct by a tag line) until ≥ target_bytes."""
    corpus, total, n = [], 0, 0
    while total < target_bytes:
        for t in texts:
            doc = t + _copy_tag(n)
            n += 1
            corpus.append(doc)
            total += len(doc.encode("utf-8"))
            if total >= target_bytes:
                break
    return corpus


def utf8_len(texts) -> int:
    return sum(len(t.encode("utf-8")) for t in texts)


# ======================================================================================
# duban
# ======================================================================================


class DubanSystem:
    """duban's extractor, or the reason it cannot be used yet."""

    def __init__(self) -> None:
        self.available = False
        self.error = ""
        self.version = ""
        self.extract_text: Callable[[str], list] | None = None
        self.normalise_text: Callable | None = None
        self.read_error = ""  # why duban.read could not be used for scoring (fallback used)
        try:
            import duban
            from duban.clean.normalise import normalise_text

            self.version = getattr(duban, "__version__", "")
            self.normalise_text = normalise_text
        except Exception as e:  # noqa: BLE001
            self.error = f"cannot import duban: {type(e).__name__}: {e}"
            return
        try:
            from duban.extract.quantities import extract_text, iter_normalised_facts
        except Exception as e:  # noqa: BLE001
            self.error = (
                "duban's extractor is not there yet "
                f"(from duban.extract.quantities import extract_text: {type(e).__name__}: {e})"
            )
            return
        self.extract_any_text = extract_text
        # Timed on the normalised view: the extract stage alone (scan + subjects, domains, years),
        # facts streamed so that a 50 MB document is measured, not the list of its facts.
        self.extract_text = lambda norm: _Counted(iter_normalised_facts(norm))
        self.available = True

    def normalise(self, text: str) -> str:
        return self.normalise_text(text)[0]

    def facts_for_file(self, path: Path, original: str) -> list[dict]:
        """duban's own full path: ``duban.read(path).facts`` (offsets into the original).

        If ``duban.read`` fails, falls back to normalise → extract_text → map offsets back
        through the normalised view's offset map, and records why."""
        import duban

        try:
            doc = _duban_read(path)
            if doc.original != original:
                self.read_error = self.read_error or "duban.read's original differs from the UTF-8 decoded file"
            return [_fact_dict(f) for f in doc.facts]
        except Exception as e:  # noqa: BLE001
            if not self.read_error:
                self.read_error = f"duban.read failed ({type(e).__name__}: {e}); used normalise_text + extract_text"
        norm, offset_map, *_ = self.normalise_text(original)
        facts = []
        for f in self.extract_any_text(norm):
            span = offset_map.span(f.start, f.end)
            d = _fact_dict(f)
            d.update(start=span.start, end=span.end, text=original[span.start : span.end])
            facts.append(d)
        return facts


class _Counted:
    """The facts of a stream, counted as they go by and not kept (len() gives the count)."""

    def __init__(self, facts):
        self.n = 0
        for _ in facts:
            self.n += 1

    def __len__(self) -> int:
        return self.n

    def __iter__(self):
        return iter(())


def _duban_read(path: Any) -> Any:
    """``duban.read(path)``. The package ``duban.read`` shadows the function ``duban.read`` once
    it has been imported (``import duban.read`` rebinds the attribute), so when the attribute is
    the module we do what the function does: ``duban.process(read_file(path))``."""
    import duban

    fn = getattr(duban, "read", None)
    if callable(fn):
        return fn(path)
    from duban.read import read_file

    return duban.process(read_file(path))


def same_length_simplified(text: str) -> str:
    """Full-width → half-width and 繁→简 with duban's converters, which keep ``len(text)`` so
    every offset into the result is an offset into ``text``; ``text`` itself if that fails."""
    try:
        import importlib

        mod = importlib.import_module("duban.clean.normalise")
        converted = mod.to_simplified(mod.half_width(text))
    except Exception:  # noqa: BLE001
        return text
    return converted if len(converted) == len(text) else text


def _fact_dict(f: Any) -> dict:
    if isinstance(f, dict):
        return dict(f)
    return {k: getattr(f, k, "") for k in ("text", "start", "end", "value", "unit", "approx", "kind", "subject")}


# ======================================================================================
# Scoring
# ======================================================================================


def _pairs(gold: list[dict], pred: list[dict], strict: bool) -> int:
    """Size of the largest pairing (scoring.md §2): equal unit (and kind/approx if strict),
    values equal within relative tolerance 1e-6. Per key, both sides sorted by value and
    matched by a two-pointer sweep, which is optimal for this closeness relation."""

    def key(f):
        return (f.get("unit", ""), f.get("kind", ""), f.get("approx", "")) if strict else (f.get("unit", ""),)

    groups: dict[tuple, tuple[list[float], list[float]]] = {}
    for f in gold:
        groups.setdefault(key(f), ([], []))[0].append(float(f["value"]))
    for f in pred:
        groups.setdefault(key(f), ([], []))[1].append(float(f["value"]))
    n = 0
    for gs, ps in groups.values():
        gs.sort()
        ps.sort()
        i = j = 0
        while i < len(gs) and j < len(ps):
            if math.isclose(gs[i], ps[j], rel_tol=1e-6):
                n, i, j = n + 1, i + 1, j + 1
            elif gs[i] < ps[j]:
                i += 1
            else:
                j += 1
    return n


def _prf(matched: int, n_pred: int, n_gold: int) -> tuple[float, float, float]:
    p = matched / n_pred if n_pred else 0.0
    r = matched / n_gold if n_gold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def reference_score(gold: dict[str, list[dict]], pred: dict[str, list[dict]]) -> dict:
    """The benchmark's own implementation of scoring.md, used as a cross-check of duban's
    scorer, and in its place while duban's scorer does not exist."""
    rows, tg, tp, tm, ts = [], 0, 0, 0, 0
    for doc_id in sorted(gold):
        g, p = gold[doc_id], pred.get(doc_id, [])
        m, s = _pairs(g, p, False), _pairs(g, p, True)
        rows.append({"doc": doc_id, "gold": len(g), "predicted": len(p), "matched": m, "strict_matched": s,
                     "found_f1": _prf(m, len(p), len(g))[2]})
        tg, tp, tm, ts = tg + len(g), tp + len(p), tm + m, ts + s
    prec, rec, f1 = _prf(tm, tp, tg)
    return {"gold": tg, "predicted": tp, "matched": tm, "strict_matched": ts,
            "found_precision": prec, "found_recall": rec, "found_f1": f1,
            "strict_f1": _prf(ts, tp, tg)[2], "rows": rows}


def _lookup(obj: Any, name: str) -> Any:
    """Find a total on whatever `Scores` looks like: an attribute, a key, or under totals/total."""
    for holder in (obj, getattr(obj, "totals", None), getattr(obj, "total", None)):
        if holder is None:
            continue
        if isinstance(holder, dict) and name in holder:
            return holder[name]
        if not isinstance(holder, dict) and hasattr(holder, name):
            return getattr(holder, name)
    if isinstance(obj, dict):
        for sub in ("totals", "total"):
            if isinstance(obj.get(sub), dict) and name in obj[sub]:
                return obj[sub][name]
    return None


class Scorer:
    def __init__(self) -> None:
        self.fn = None
        self.error = ""
        try:
            from duban.eval.scoring import score

            self.fn = score
        except Exception as e:  # noqa: BLE001
            self.error = f"duban.eval.scoring.score unavailable ({type(e).__name__}: {e})"

    def score(self, gold: dict, pred: dict, originals: dict[str, str] | None = None) -> dict:
        ref = reference_score(gold, pred)
        out = dict(ref)
        out["scorer"] = "benchmark's reference scorer (duban's is not there yet)"
        if self.fn is None:
            return out
        try:
            try:
                scores = self.fn(gold, pred, originals=originals)  # grounding needs the originals
            except TypeError:
                scores = self.fn(gold, pred)
        except Exception as e:  # noqa: BLE001
            out["scorer"] = f"benchmark's reference scorer (duban's raised {type(e).__name__}: {e})"
            return out
        found, strict = _lookup(scores, "found_f1"), _lookup(scores, "strict_f1")
        if found is None or strict is None:
            out["scorer"] = "benchmark's reference scorer (duban's Scores has no found_f1/strict_f1 total)"
            return out
        out["scorer"] = "duban.eval.scoring.score"
        out["found_f1"], out["strict_f1"] = float(found), float(strict)
        for name in ("found_precision", "found_recall", "precision", "recall", "subject_agreement", "grounding"):
            v = _lookup(scores, name)
            if isinstance(v, (int, float)):
                out["duban_" + name] = float(v)
        if abs(out["found_f1"] - ref["found_f1"]) > 1e-9 or abs(out["strict_f1"] - ref["strict_f1"]) > 1e-9:
            out["disagreement"] = (f"duban's scorer says found {out['found_f1']:.4f} strict {out['strict_f1']:.4f}; "
                                   f"the benchmark's reference says found {ref['found_f1']:.4f} "
                                   f"strict {ref['strict_f1']:.4f}")
        return out


def grounding(originals: dict[str, str], pred: dict[str, list[dict]]) -> float:
    n = ok = 0
    for doc_id, facts in pred.items():
        text = originals[doc_id]
        for f in facts:
            n += 1
            ok += text[f["start"] : f["end"]] == f["text"]
    return ok / n if n else 1.0


# ======================================================================================
# Timing
# ======================================================================================


def time_run(fn: Callable[[str], list], texts: list[str], repeats: int = 1) -> dict:
    """Time ``repeats`` passes of ``fn`` over ``texts``; the figures are the median pass's (by
    wall clock), so that one pass slowed by another process on the machine does not decide."""
    passes = []
    for _ in range(max(1, repeats)):
        gc.collect()
        n_facts = 0
        c0, t0 = time.process_time(), time.perf_counter()
        for t in texts:
            n_facts += len(fn(t))
        passes.append((time.perf_counter() - t0, time.process_time() - c0))
    wall, cpu = sorted(passes)[len(passes) // 2]
    nbytes = utf8_len(texts)
    return {"bytes": nbytes, "docs": len(texts), "seconds": wall, "cpu_seconds": cpu, "facts": n_facts,
            "passes": [{"seconds": round(w, 3), "cpu_seconds": round(c, 3)} for w, c in passes],
            "mb_per_s": nbytes / MB / wall if wall > 0 else float("inf"),
            "mb_per_cpu_s": nbytes / MB / cpu if cpu > 0 else float("inf")}


# ======================================================================================
# Subprocess workers (adversarial inputs, memory)
# ======================================================================================


def _adversarial_text(pattern: str, nbytes: int) -> str:
    """``nbytes`` of UTF-8 made of the pattern, as one line (every pattern's characters are of
    one UTF-8 width, so the cut lands on a character boundary)."""
    unit = ADV_PATTERNS[pattern]
    n_chars = max(1, nbytes * len(unit) // len(unit.encode("utf-8")))
    return (unit * (n_chars // len(unit) + 1))[:n_chars]


def _extractor_for(system: str) -> tuple[Callable[[str], list], Callable[[str], str]]:
    """(extract, prepare) for a system, in a worker process."""
    if system == DUBAN:
        d = DubanSystem()
        if not d.available:
            raise RuntimeError(d.error)
        return d.extract_text, d.normalise
    import peers

    for p in peers.load_peers():
        if p.name == system:
            if not p.available:
                raise RuntimeError(p.error)
            return p.extract, (lambda s: s)
    raise RuntimeError(f"unknown system {system}")


def worker_adversarial(system: str, pattern: str, nbytes: int, repeats: int) -> dict:
    extract, prepare = _extractor_for(system)
    extract(prepare("预热：投资600余万元，增长31.3%，1万%"))  # warm-up
    text = prepare(_adversarial_text(pattern, nbytes))
    best, n_facts = float("inf"), 0
    for _ in range(repeats):
        gc.collect()
        t0 = time.perf_counter()
        n_facts = len(extract(text))
        best = min(best, time.perf_counter() - t0)
    size = len(text.encode("utf-8"))
    return {"seconds": best, "bytes": size, "chars": len(text), "facts": n_facts, "s_per_mb": best / (size / MB)}


def worker_memory(nbytes: int, use_tracemalloc: bool, pipeline: bool, seeds_dir: str) -> dict:
    import tracemalloc

    def rss_mb() -> float:
        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024 / MB  # Linux: KiB

    texts = [t for _, t in load_seeds(Path(seeds_dir)).values()]
    d = DubanSystem()
    if not d.available:
        raise RuntimeError(d.error)
    d.extract_text(d.normalise("预热：投资600余万元"))  # imports and compiled patterns in place
    block = "\n".join(texts) + "\n"
    reps = nbytes // len(block.encode("utf-8")) + 1
    text = block * reps
    del block
    out: dict[str, Any] = {"doc_bytes": len(text.encode("utf-8")), "doc_chars": len(text)}
    if pipeline:
        import tempfile

        import duban

        with tempfile.NamedTemporaryFile("wb", suffix=".txt", delete=False) as fh:
            fh.write(text.encode("utf-8"))
            path = fh.name
        del text
        gc.collect()
        out["rss_before_mb"] = rss_mb()
        if use_tracemalloc:
            tracemalloc.start()
        t0 = time.perf_counter()
        try:
            doc = _duban_read(path)
            out["facts"] = len(doc.facts)
        finally:
            os.unlink(path)
        out["pipeline_s"] = time.perf_counter() - t0
    else:
        gc.collect()
        out["rss_before_mb"] = rss_mb()
        if use_tracemalloc:
            tracemalloc.start()
        t0 = time.perf_counter()
        norm = d.normalise(text)
        out["normalise_s"] = time.perf_counter() - t0
        if use_tracemalloc:
            out["tracemalloc_normalise_peak_mb"] = tracemalloc.get_traced_memory()[1] / MB
            tracemalloc.reset_peak()
        t1 = time.perf_counter()
        facts = d.extract_text(norm)
        out["extract_s"] = time.perf_counter() - t1
        out["facts"] = len(facts)
    if use_tracemalloc:
        out["tracemalloc_peak_mb"] = tracemalloc.get_traced_memory()[1] / MB
        tracemalloc.stop()
    out["peak_rss_mb"] = rss_mb()
    return out


def _vm_hwm_mb(pid: int) -> float | None:
    """The peak RSS so far of a running process (Linux /proc), in MB."""
    try:
        with open(f"/proc/{pid}/status", encoding="ascii") as fh:
            for line in fh:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) * 1024 / MB
    except (OSError, ValueError):
        return None
    return None


def run_worker(args: list[str], timeout: float) -> dict:
    """Run this script as a worker in a fresh process; its last stdout line is JSON.

    While it runs, its peak RSS is watched through /proc, so a worker that hits the time
    limit still tells how much memory it had taken (``peak_rss_mb_so_far``)."""
    cmd = [sys.executable, str(Path(__file__).resolve()), "--_worker", *args]
    t0 = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    hwm = 0.0
    while proc.poll() is None:
        hwm = max(hwm, _vm_hwm_mb(proc.pid) or 0.0)
        if time.perf_counter() - t0 > timeout:
            proc.kill()  # our own child, by its handle
            proc.communicate()
            return {"timed_out": True, "limit_s": timeout, "peak_rss_mb_so_far": hwm}
        time.sleep(0.05)
    stdout, stderr = proc.communicate()
    lines = [ln for ln in stdout.splitlines() if ln.startswith("{")]
    if proc.returncode != 0 or not lines:
        err = (stderr.strip().splitlines() or ["(no output)"])[-1]
        return {"error": err, "returncode": proc.returncode, "wall_s": time.perf_counter() - t0}
    return json.loads(lines[-1])


# ======================================================================================
# Output
# ======================================================================================


class Out:
    """rich when it is there, plain text otherwise."""

    def __init__(self) -> None:
        try:
            from rich.console import Console

            self.console = Console() if sys.stdout.isatty() else Console(width=170)
        except Exception:  # noqa: BLE001
            self.console = None

    def rule(self, title: str) -> None:
        if self.console:
            self.console.rule(f"[bold]{title}")
        else:
            print(f"\n== {title} ==")

    def say(self, msg: str = "") -> None:
        if self.console:
            self.console.print(msg, highlight=False, markup=False)
        else:
            print(msg)

    def table(self, title: str, headers: list[str], rows: list[list[Any]]) -> None:
        if self.console:
            from rich.table import Table
            from rich.text import Text

            t = Table(title=Text(title), title_justify="left")
            for i, h in enumerate(headers):
                t.add_column(Text(h), justify="left" if i == 0 else "right", no_wrap=i < 2)
            for r in rows:
                t.add_row(*[Text(str(c)) for c in r])  # plain text: no rich markup in cells
            self.console.print(t)
            return
        widths = [max(len(str(h)), *(len(str(r[i])) for r in rows)) for i, h in enumerate(headers)]
        print(title)
        print("  ".join(str(h).ljust(w) for h, w in zip(headers, widths)))
        for r in rows:
            print("  ".join(str(c).ljust(w) for c, w in zip(r, widths)))


def fmt(x: Any, spec: str = ".3f", na: str = "n/a") -> str:
    if x is None:
        return na
    if isinstance(x, float) and (math.isinf(x) or math.isnan(x)):
        return na
    return format(x, spec)


def verdict(ok: bool | None) -> str:
    return "n/a" if ok is None else ("PASS" if ok else "FAIL")


# ======================================================================================
# The benchmark
# ======================================================================================


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--quick", action="store_true",
                    help="1 MB corpus, 50 KB Recognizers-Text slice, 10 MB memory document (targets marked n/a)")
    ap.add_argument("--json", metavar="OUT", help="also write every figure to OUT as JSON")
    ap.add_argument("--seeds", type=Path, default=None,
                    help="seed texts (default: the repository's samples/seeds, or shared/seeds beside it)")
    ap.add_argument("--gold", type=Path, default=None,
                    help="gold JSONL files (default: the repository's data/gold, or shared/gold beside it)")
    ap.add_argument("--corpus-mb", type=float, default=None, help="throughput corpus size in MB (default 10, quick 1)")
    ap.add_argument("--rt-slice-kb", type=float, default=None, help="Recognizers-Text slice in KB (default 200, quick 50)")
    ap.add_argument("--repeat", type=int, default=None,
                    help="timed passes over the corpus per system; the median pass is reported (default 3, quick 1)")
    ap.add_argument("--mem-mb", type=float, default=None, help="memory-test document size in MB (default 50, quick 10)")
    ap.add_argument("--mem-pipeline", action="store_true",
                    help="also measure peak memory of the whole duban.read pipeline on the memory document")
    ap.add_argument("--peer-input", choices=["original", "simplified"], default="original",
                    help="what the peers read for F1: the original text (default), or the same text with "
                         "full-width → half-width and 繁→简 applied character for character (duban's own "
                         "conversions, which keep every offset), a help for traditional-script documents")
    ap.add_argument("--skip", action="append", default=[], choices=["adversarial", "memory", "throughput"],
                    help="leave out a part of the run (repeatable)")
    ap.add_argument("--_worker", nargs="+", help=argparse.SUPPRESS)
    args = ap.parse_args(argv)

    seeds_dir = args.seeds or (SHARED / "seeds" if (SHARED / "seeds").is_dir() else REPO / "samples" / "seeds")
    args.gold = args.gold or (SHARED / "gold" if (SHARED / "gold").is_dir() else REPO / "data" / "gold")

    if args._worker:
        return _worker_main(args._worker, seeds_dir)

    quick = args.quick
    corpus_mb = args.corpus_mb or (1.0 if quick else 10.0)
    rt_slice = int((args.rt_slice_kb or (50.0 if quick else 200.0)) * KB)
    repeats = args.repeat or (1 if quick else 3)
    mem_mb = args.mem_mb or (10.0 if quick else float(TARGET_MEM_DOC_MB))

    out = Out()
    report: dict[str, Any] = {
        "python": platform.python_version(), "machine": platform.machine(), "cpus": os.cpu_count(),
        "quick": quick, "mb": "10^6 bytes of UTF-8 text", "systems": {}, "targets": [],
    }
    out.rule("duban quantity extraction benchmark")
    out.say(f"Python {platform.python_version()} on {platform.machine()}, {os.cpu_count()} cores; "
            f"single process, single thread; 1 MB = 10^6 bytes of UTF-8 text.")
    load = os.getloadavg()[0]
    report["load_average_at_start"] = load
    if load > 0.5:
        out.say(f"NOTE: load average is {load:.2f} before the run: other processes compete for the cores, so "
                f"wall-clock rates may be low; the CPU-time rate (MB per CPU-second) is shown beside them.")

    # ---- systems --------------------------------------------------------------------
    import peers as peer_mod

    duban_sys = DubanSystem()
    peer_list = peer_mod.load_peers()
    out.say(f"duban {duban_sys.version or '?'}: " + ("ready" if duban_sys.available else f"UNAVAILABLE: {duban_sys.error}"))
    for p in peer_list:
        out.say(f"{p.name} {p.version}: " + (f"ready ({p.label}; {', '.join(p.notes)})".replace("; )", ")")
                                              if p.available else f"UNAVAILABLE: {p.error}"))
    systems: dict[str, dict[str, Any]] = {}
    if duban_sys.available:
        systems[DUBAN] = {"covers": "whole spec", "version": duban_sys.version}
    for p in peer_list:
        if p.available:
            systems[p.name] = {"covers": p.label, "version": p.version, "peer": p}
    report["unavailable"] = {DUBAN: duban_sys.error} if not duban_sys.available else {}
    report["unavailable"].update({p.name: p.error for p in peer_list if not p.available})

    # ---- F1 on the seed gold ---------------------------------------------------------
    out.rule("1. F1 on the seed gold")
    seeds = load_seeds(seeds_dir)
    gold = load_gold(args.gold, seeds)
    originals = {d: t for d, (_, t) in seeds.items()}
    out.say(f"seeds: {seeds_dir} ({len(seeds)} docs, {utf8_len(originals.values()) / KB:.1f} KB); "
            f"gold: {args.gold} ({sum(map(len, gold.values()))} facts)")
    report["peer_input"] = args.peer_input
    if args.peer_input == "simplified":
        out.say("peers read the text with full-width → half-width and 繁→简 applied (same offsets) "
                "(--peer-input simplified)")
    scorer = Scorer()
    if scorer.error:
        out.say(f"NOTE: {scorer.error}; the benchmark's reference implementation of scoring.md is used.")
    for name, info in systems.items():
        t0 = time.perf_counter()
        pred: dict[str, list[dict]] = {}
        try:
            for doc_id, (path, text) in seeds.items():
                if name == DUBAN:
                    pred[doc_id] = duban_sys.facts_for_file(path, text)
                elif args.peer_input == "simplified":
                    facts = info["peer"].extract(same_length_simplified(text))
                    for f in facts:  # same offsets; the text as the original writes it
                        f["text"] = text[f["start"] : f["end"]]
                    pred[doc_id] = facts
                else:
                    pred[doc_id] = info["peer"].extract(text)
        except Exception as e:  # noqa: BLE001
            info["error"] = f"{type(e).__name__}: {e}"
            out.say(f"{name}: extraction FAILED on the seeds: {info['error']}")
            traceback.print_exc()
            continue
        info["seed_seconds"] = time.perf_counter() - t0
        info["pred"] = pred
        info["scores"] = scorer.score(gold, {d: pred.get(d, []) for d in gold}, originals)
        info["grounding"] = grounding(originals, pred)
        if name == DUBAN and duban_sys.read_error:
            out.say(f"NOTE (duban): {duban_sys.read_error}")
        if info["scores"].get("disagreement"):
            out.say(f"WARNING ({name}): scorers disagree: {info['scores']['disagreement']}")
    scored = [n for n in systems if "scores" in systems[n]]
    if scored:
        sc0 = systems[scored[0]]["scores"]
        out.say(f"scorer: {sc0['scorer']}")
        rows = []
        for i, row in enumerate(sc0["rows"]):
            r = [row["doc"], row["gold"]]
            for n in scored:
                rr = systems[n]["scores"]["rows"][i]
                r.append(f"{rr['matched']}/{rr['predicted']}  F1 {rr['found_f1']:.2f}")
            rows.append(r)
        out.table("Per document: matched/predicted, found F1", ["doc", "gold"] + scored, rows)

    # ---- throughput -----------------------------------------------------------------
    corpus: list[str] = []
    if "throughput" not in args.skip:
        out.rule("2. Throughput")
        seed_texts = list(originals.values())
        corpus = build_corpus(seed_texts, int(corpus_mb * MB))
        corpus_bytes = utf8_len(corpus)
        out.say(f"corpus: {len(corpus)} documents, {corpus_bytes / MB:.2f} MB (the {len(seed_texts)} seeds repeated, "
                f"each copy tagged to be distinct); warm-up pass over the seeds first, then the median of "
                f"{repeats} timed pass{'es' if repeats > 1 else ''} per system.")
        report["corpus"] = {"docs": len(corpus), "bytes": corpus_bytes}
        for name, info in systems.items():
            if "error" in info:
                continue
            try:
                if name == DUBAN:
                    for t in seed_texts:  # warm-up
                        duban_sys.extract_text(duban_sys.normalise(t))
                    t0 = time.perf_counter()
                    norm_corpus = [duban_sys.normalise(t) for t in corpus]
                    norm_s = time.perf_counter() - t0
                    info["normalise"] = {"seconds": norm_s, "mb_per_s": corpus_bytes / MB / norm_s}
                    info["throughput"] = time_run(duban_sys.extract_text, norm_corpus, repeats)
                    info["throughput"]["on"] = "normalised text of the whole corpus"
                    del norm_corpus
                else:
                    extract = info["peer"].extract
                    for t in seed_texts:  # warm-up
                        extract(t)
                    texts, note = corpus, "original text of the whole corpus"
                    if name == RT:
                        texts, acc = [], 0
                        for t in corpus:
                            texts.append(t)
                            acc += len(t.encode("utf-8"))
                            if acc >= rt_slice:
                                break
                        note = (f"original text of a {acc / KB:.0f} KB slice of the corpus (RT is slow); "
                                f"the rate is scaled to the full corpus")
                    info["throughput"] = time_run(extract, texts, repeats)
                    info["throughput"]["on"] = note
                    if name == RT:
                        info["throughput"]["projected_full_corpus_s"] = (
                            corpus_bytes / MB / info["throughput"]["mb_per_s"])
            except Exception as e:  # noqa: BLE001
                info["throughput_error"] = f"{type(e).__name__}: {e}"
                out.say(f"{name}: throughput run FAILED: {info['throughput_error']}")
                continue
            tp = info["throughput"]
            extra = ""
            if "projected_full_corpus_s" in tp:
                extra = f"; whole {corpus_bytes / MB:.1f} MB corpus would take ≈{tp['projected_full_corpus_s']:.0f} s"
            if name == DUBAN:
                extra = f"; normalising it took {info['normalise']['seconds']:.2f} s ({info['normalise']['mb_per_s']:.2f} MB/s, not counted)"
            out.say(f"{name}: {tp['bytes'] / MB:.3f} MB in {tp['seconds']:.3f} s wall / {tp['cpu_seconds']:.3f} s CPU "
                    f"→ {tp['mb_per_s']:.3f} MB/s/core, {tp['facts']} facts — {tp['on']}{extra}")
            if tp["cpu_seconds"] > 1.2 * tp["seconds"]:
                out.say(f"  NOTE: {name} used more than one core (CPU {tp['cpu_seconds']:.2f} s > wall); "
                        f"per core it is {tp['mb_per_cpu_s']:.3f} MB/CPU-s")

    # ---- summary table ----------------------------------------------------------------
    out.rule("Summary")
    d_info = systems.get(DUBAN, {})
    d_f1 = d_info.get("scores", {}).get("found_f1")
    d_mbps = d_info.get("throughput", {}).get("mb_per_s")
    rows = []
    for name in [DUBAN] + [p.name for p in peer_list]:
        info = systems.get(name)
        if info is None:
            why = report["unavailable"].get(name, "")
            rows.append([name, "unavailable (see above)", "", "", "", "", "", "", ""])
            continue
        s = info.get("scores", {})
        mbps = info.get("throughput", {}).get("mb_per_s")
        mbps_cpu = info.get("throughput", {}).get("mb_per_cpu_s")
        speed = (d_mbps / mbps) if (d_mbps and mbps) else None
        f1r = (s.get("found_f1") / d_f1) if (d_f1 and s.get("found_f1") is not None) else None
        rows.append([name, info["covers"], fmt(s.get("found_precision")), fmt(s.get("found_recall")),
                     fmt(s.get("found_f1")), fmt(s.get("strict_f1")), fmt(info.get("grounding"), ".1%"),
                     fmt(mbps, ".4f" if (mbps or 1) < 0.1 else ".3f"),
                     fmt(mbps_cpu, ".4f" if (mbps_cpu or 1) < 0.1 else ".3f"),
                     (f"{speed:,.1f}×" if speed else "n/a"), (f"{f1r:.2f}" if f1r is not None else "n/a")])
    out.table("Systems on the same input (found = value+unit match; strict = also kind+approx)",
              ["system", "covers", "found P", "found R", "found F1", "strict F1", "grounded", "MB/s/core", "MB/CPU-s",
               "duban's speed ÷ its", "its F1 ÷ duban's"], rows)
    out.say("The peers cover only part of the spec (money, measures, percentages, ages, temperatures): "
            "no counts with measure words (个/人/户/次/件 …), ranks, durations or subjects, so their recall "
            "is bounded by that coverage.")

    # ---- adversarial ------------------------------------------------------------------
    if "adversarial" not in args.skip:
        out.rule("3. Adversarial inputs (linear time?)")
        out.say(f"One line of each pattern at {', '.join(f'{s // KB} KB' for s in ADV_SIZES)} (UTF-8 bytes), each run "
                f"in a fresh process (best of 3 for duban), limit {ADV_TIMEOUT_S:.0f} s; peers only go on to a larger "
                f"size if the projected time stays within the limit.")
        adv: dict[str, dict[str, dict[str, Any]]] = {}
        rows = []
        names = [n for n in systems if "error" not in systems[n]]
        for name in names:
            adv[name] = {}
            for pattern in ADV_PATTERNS:
                res_row: list[Any] = [name, pattern]
                adv[name][pattern] = {}
                last = None
                for size in ADV_SIZES:
                    if last is not None and ("timed_out" in last or "error" in last or "skipped" in last):
                        r = {"skipped": "a smaller size failed"}
                    elif last is not None and name != DUBAN and last["s_per_mb"] * size / MB > ADV_TIMEOUT_S:
                        r = {"skipped": f"projected {last['s_per_mb'] * size / MB:.0f} s"}
                    else:
                        r = run_worker(["adv", name, pattern, str(size), "3" if name == DUBAN else "1"],
                                       timeout=ADV_TIMEOUT_S + 15)  # + start-up and warm-up
                        if "seconds" in r and r["seconds"] > ADV_TIMEOUT_S:
                            r = {"timed_out": True, "limit_s": ADV_TIMEOUT_S, "seconds": r["seconds"]}
                    adv[name][pattern][str(size)] = r
                    last = r
                    if "timed_out" in r:
                        res_row.append("timed out")
                    elif "error" in r:
                        res_row.append("error: " + r["error"][:40])
                    elif "skipped" in r:
                        res_row.append("skipped (" + r["skipped"] + ")")
                    else:
                        res_row.append(f"{r['seconds']:.3f} s  ({r['s_per_mb']:.3f} s/MB, {r['facts']} facts)")
                rows.append(res_row)
        out.table("Adversarial inputs: time (time per MB)", ["system", "line of"] + [f"{s // KB} KB" for s in ADV_SIZES],
                  rows)
        report["adversarial"] = adv

    # ---- memory -----------------------------------------------------------------------
    mem: dict[str, Any] = {}
    if "memory" not in args.skip and duban_sys.available:
        out.rule(f"4. Peak memory: duban extracting one {mem_mb:.0f} MB document")
        nbytes = int(mem_mb * MB)
        mem["rss"] = run_worker(["mem", str(nbytes), "0", "0"], timeout=MEM_TIMEOUT_S)
        r = mem["rss"]
        if "peak_rss_mb" in r:  # tracemalloc slows Python down several times: only if the plain run finished
            mem["tracemalloc"] = run_worker(["mem", str(nbytes), "1", "0"], timeout=4 * MEM_TIMEOUT_S)
        else:
            mem["tracemalloc"] = {"skipped": "the plain memory run did not finish"}
        if args.mem_pipeline:
            mem["pipeline_rss"] = run_worker(["mem", str(nbytes), "0", "1"], timeout=4 * MEM_TIMEOUT_S)
        if r.get("timed_out"):
            out.say(f"memory run TIMED OUT after {r['limit_s']:.0f} s; peak RSS by then: "
                    f"{r['peak_rss_mb_so_far']:.0f} MB")
        elif "peak_rss_mb" in r:
            out.say(f"document: {r['doc_bytes'] / MB:.1f} MB UTF-8, {r['doc_chars']:,} characters, "
                    f"{r.get('facts', 0):,} facts; normalise {r['normalise_s']:.1f} s, extract_text {r['extract_s']:.1f} s")
            out.say(f"peak RSS of the extracting process: {r['peak_rss_mb']:.0f} MB "
                    f"(already {r['rss_before_mb']:.0f} MB with the document loaded, before extraction)")
        else:
            out.say(f"memory run failed: {r}")
        t = mem["tracemalloc"]
        if "tracemalloc_peak_mb" in t:
            out.say(f"tracemalloc peak (Python allocations after the document was loaded): normalise "
                    f"{t['tracemalloc_normalise_peak_mb']:.0f} MB, extract_text {t['tracemalloc_peak_mb']:.0f} MB "
                    f"(the latter includes the live normalised text)")
        elif t and "skipped" not in t:
            out.say(f"tracemalloc run failed: {t}")
        if args.mem_pipeline:
            p = mem["pipeline_rss"]
            out.say(f"whole duban.read pipeline: peak RSS {p.get('peak_rss_mb', float('nan')):.0f} MB" if "peak_rss_mb" in p
                    else f"whole-pipeline memory run failed: {p}")
        report["memory"] = mem

    # ---- targets ---------------------------------------------------------------------
    out.rule("Targets")
    targets = []
    rt_mbps = systems.get(RT, {}).get("throughput", {}).get("mb_per_s")
    # On a busy machine (load average above 0.5 at the start) the wall-clock rate says more about
    # the other processes than about the extractor: the verdicts then use the CPU-time rates.
    busy = report["load_average_at_start"] > 0.5
    d_cpu = d_info.get("throughput", {}).get("mb_per_cpu_s")
    rt_cpu = systems.get(RT, {}).get("throughput", {}).get("mb_per_cpu_s")
    d_judge, rt_judge = (d_cpu, rt_cpu) if busy else (d_mbps, rt_mbps)
    basis = " [busy machine: judged per CPU-s]" if busy else ""
    targets.append((f"duban ≥ {TARGET_DUBAN_MBPS:g} MB/s per core (extract stage on the normalised view)",
                    fmt(d_mbps, ".3f") + f" MB/s wall, {fmt(d_cpu, '.3f')} per CPU-s" + basis,
                    None if d_judge is None else d_judge >= TARGET_DUBAN_MBPS))
    sp = d_judge / rt_judge if (d_judge and rt_judge) else None
    targets.append((f"duban ≥ {TARGET_SPEEDUP_VS_RT:g}× Recognizers-Text's throughput",
                    fmt(sp, ",.0f") + "×" + basis, None if sp is None else sp >= TARGET_SPEEDUP_VS_RT))
    for p in peer_list:
        pf1 = systems.get(p.name, {}).get("scores", {}).get("found_f1")
        ok = None if (d_f1 is None or pf1 is None) else d_f1 >= TARGET_F1_FACTOR * pf1
        targets.append((f"duban found F1 far above {p.name}'s (≥ {TARGET_F1_FACTOR:g}×)",
                        f"{fmt(d_f1)} vs {fmt(pf1)}", ok))
    rss = mem.get("rss", {}).get("peak_rss_mb")
    so_far = mem.get("rss", {}).get("peak_rss_mb_so_far")
    judged = mem_mb >= TARGET_MEM_DOC_MB
    if rss:
        mem_fig, mem_ok = fmt(rss, ".0f") + f" MB RSS on {mem_mb:g} MB", rss < TARGET_PEAK_RSS_MB
    elif so_far is not None:
        mem_fig, mem_ok = f"timed out; ≥ {so_far:.0f} MB RSS by then", (False if so_far >= TARGET_PEAK_RSS_MB else None)
    else:
        mem_fig, mem_ok = "n/a", None
    targets.append((f"peak memory < {TARGET_PEAK_RSS_MB:g} MB extracting one {TARGET_MEM_DOC_MB} MB document",
                    mem_fig, mem_ok if (judged or mem_ok is False) else None))
    adv_d = report.get("adversarial", {}).get(DUBAN, {})
    for pattern in ADV_PATTERNS:
        runs = adv_d.get(pattern, {})
        small, big = runs.get(str(ADV_SIZES[0]), {}), runs.get(str(ADV_SIZES[-1]), {})
        if "s_per_mb" in small and "s_per_mb" in big:
            ratio = big["s_per_mb"] / small["s_per_mb"] if small["s_per_mb"] > 0 else 1.0
            targets.append((f"linear time on a line of {pattern} (s/MB at 1 MB ≤ {TARGET_LINEAR_FACTOR:g}× s/MB at 100 KB)",
                            f"{big['s_per_mb']:.3f} vs {small['s_per_mb']:.3f} s/MB", ratio <= TARGET_LINEAR_FACTOR))
        else:
            failed = any("timed_out" in r or "error" in r for r in runs.values())
            targets.append((f"linear time on a line of {pattern}", "timed out / failed" if failed else "n/a",
                            False if failed else None))
    out.table("Targets", ["target", "figure", "verdict"], [[t, f, verdict(v)] for t, f, v in targets])
    if quick:
        out.say("--quick: smaller corpus and memory document; the memory target is not judged.")
    report["targets"] = [{"target": t, "figure": f, "verdict": verdict(v)} for t, f, v in targets]

    # ---- JSON -------------------------------------------------------------------------
    for name, info in systems.items():
        info.pop("peer", None)
        info.pop("pred", None)
        report["systems"][name] = info
    if args.json:
        Path(args.json).parent.mkdir(parents=True, exist_ok=True)
        Path(args.json).write_text(json.dumps(report, ensure_ascii=False, indent=2, default=str), "utf-8")
        out.say(f"figures written to {args.json}")
    return 0


def _worker_main(w: list[str], seeds_dir: Path) -> int:
    try:
        if w[0] == "adv":
            res = worker_adversarial(w[1], w[2], int(w[3]), int(w[4]))
        elif w[0] == "mem":
            res = worker_memory(int(w[1]), w[2] == "1", w[3] == "1", str(seeds_dir))
        else:
            raise SystemExit(f"unknown worker {w[0]}")
    except Exception as e:  # noqa: BLE001
        print(f"{type(e).__name__}: {e}", file=sys.stderr)
        return 1
    print(json.dumps(res))
    return 0


if __name__ == "__main__":
    sys.exit(main())
