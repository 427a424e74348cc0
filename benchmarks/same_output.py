"""Same output before and after a speed-up: every document's rows, as JSON, against a reference.

    .venv/bin/python benchmarks/same_output.py --write benchmarks/out/reference   # before a change
    .venv/bin/python benchmarks/same_output.py --against benchmarks/out/reference # after it

Reads the seeds (`samples/seeds`), the series (`data/series`), the development data under
`data/dev/` (every readable file), a dense report (figures on every line) and the varied corpus
of `bench_pipeline.py` (`corpus.varied`, about 10 MB of every shape: rescaled, traditional script,
wrapped at a page's width, HTML, full-width digits, two reports in one file, recombined township
reports), runs the whole pipeline over each and writes, one JSON line per document, what the
store keeps of it: the document's fields (with the normalised view and its offset map, as hashes),
metadata, chrome, parts, warnings, the section tree, the facts and the commitments. Then it
ingests the seeds and the series into a fresh SQLite store through `Database.ingest` and dumps
every table (all but the ingest time). ``--against`` compares both byte for byte and names the
first document and field that differ. It runs with ``PYTHONHASHSEED=0``, so that anything that
depends on the order of a set's iteration (the place of a township, when its candidates tie)
comes out the same in every run.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))


def inputs(corpus_mb: float) -> list[Path]:
    import corpus

    files = sorted((ROOT / "samples" / "seeds").glob("*.txt")) + sorted((ROOT / "data" / "series").glob("*.txt"))
    dev = ROOT / "data" / "dev"
    if dev.is_dir():
        files += sorted(p for p in dev.rglob("*") if p.is_file() and p.suffix.lower() in
                        (".txt", ".html", ".htm", ".docx", ".pdf"))
    files += sorted(corpus.varied_folder(corpus_mb).iterdir())
    dense = HERE / "out" / "dense-3.txt"
    if not dense.is_file():
        from bench_dense import dense_text

        dense.parent.mkdir(parents=True, exist_ok=True)
        dense.write_text(dense_text(0.3e6, 3), encoding="utf-8")
    return files + [dense]


def _sha(text: str | None) -> str | None:
    return None if text is None else hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()[:20]


def document_rows(doc) -> dict:
    """What the pipeline made of one document, as plain JSON."""
    m = doc.norm_map
    pieces = None if m is None else [m._derived, m._original, m._derived_len, m._original_len]

    def section(s):
        return [s.title, s.marker, s.level, s.span.start, s.span.end, s.heading.start, s.heading.end,
                [section(c) for c in s.children]]

    def span(s):
        return None if s is None else [s.start, s.end]

    # A streamed document's warning of numbers left out is added by the facts' first whole pass,
    # so the facts are read before the warnings are taken (a whole document has it already).
    facts = [f.as_dict() | {"sentence": span(getattr(f, "sentence", None))} for f in doc.facts]
    return {
        "document": {
            "source": doc.source, "format": doc.format, "encoding": doc.encoding, "content_hash": doc.content_hash,
            "chars": len(doc.original), "norm": _sha(doc.norm), "norm_chars": len(doc.norm),
            "norm_map": _sha(json.dumps(pieces)), "script": doc.script, "title": doc.title, "org": doc.org,
            "periods": doc.periods, "doc_type": doc.doc_type, "published": doc.published,
        },
        "metadata": [[f.name, f.value, span(f.span), f.label] for f in doc.metadata],
        "chrome": [span(s) for s in doc.chrome],
        "parts": [[p.kind, span(p.span), span(p.heading), p.period] for p in doc.parts],
        "warnings": list(doc.warnings),
        "sections": [section(s) for s in doc.sections],
        "facts": facts,
        "commitments": [c.as_dict() for c in doc.commitments],
    }


def store_rows(files: list[Path]) -> dict:
    """Every table of a store the files were ingested into, but the time of ingest."""
    import sqlite3

    from duban.store import Database

    with tempfile.TemporaryDirectory() as tmp:
        db_path = Path(tmp) / "check.db"
        with Database(db_path) as db:
            report = db.ingest(files)
            assert report.ok, [r.reason for r in report.failed]
        conn = sqlite3.connect(db_path)
        # A document's texts are compared as its readers get them (Database.texts: joined from their
        # pieces when stored in pieces), not as they lie in the documents row; the pieces' own table
        # is how they are stored, not what is stored.
        with Database(db_path) as db:
            texts = {doc_id: db.texts(doc_id) for (doc_id,) in conn.execute("SELECT id FROM documents")}
        tables = [r[0] for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
            " AND name NOT LIKE '%fts%' AND name NOT LIKE 'documents_bigrams%' AND name NOT LIKE 'documents_chars%'"
            " AND name != 'document_text' ORDER BY name")]
        out = {}
        for name in tables:
            cols = [r[1] for r in conn.execute(f'PRAGMA table_info("{name}")') if r[1] != "ingested_at"]
            select = ", ".join(f'"{c}"' for c in cols)
            rows = conn.execute(f'SELECT {select} FROM "{name}" ORDER BY rowid').fetchall()
            if name == "documents":
                at = cols.index("id"), cols.index("original"), cols.index("norm")
                rows = [tuple(texts[r[at[0]]][at.index(i) - 1] if i in at[1:] else v for i, v in enumerate(r))
                        for r in rows]
            if not rows:  # an empty table holds no output (a table the schema adds empty, or one unused)
                continue
            out[name] = [cols] + [[_sha(v) if isinstance(v, str) and len(v) > 200 else v for v in r] for r in rows]
        conn.close()
        with Database(db_path) as db:  # the search index, through searches
            out["search"] = {q: [(r["doc_key"], r["hits"]) for r in db.search(q, limit=50)["rows"]]
                             for q in ("工作", "乡村振兴", "亿元", "养老", "田")}
    return out


def dump(files: list[Path]) -> list[str]:
    from duban.pipeline import Pipeline
    from duban.read import read_file

    pipeline = Pipeline()
    lines = []
    for path in files:
        rel = str(path.relative_to(ROOT)) if path.is_relative_to(ROOT) else str(path)
        try:
            doc = pipeline(read_file(path))
            row = {"file": rel} | document_rows(doc)
            row["document"]["source"] = rel
        except Exception as exc:  # a difference in failures is a difference too
            row = {"file": rel, "error": f"{type(exc).__name__}: {exc}"}
        lines.append(json.dumps(row, ensure_ascii=False, sort_keys=True))
    return lines


def main(argv: list[str] | None = None) -> int:
    if os.environ.get("PYTHONHASHSEED") != "0":  # one order of set iteration for every run
        os.execve(sys.executable, [sys.executable, __file__, *(sys.argv[1:] if argv is None else argv)],
                  {**os.environ, "PYTHONHASHSEED": "0"})
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    group = ap.add_mutually_exclusive_group(required=True)
    group.add_argument("--write", type=Path, help="write the reference into this folder")
    group.add_argument("--against", type=Path, help="compare with the reference in this folder")
    ap.add_argument("--corpus-mb", type=float, default=10.0)
    ap.add_argument("--stream-all", type=int, metavar="CHARS", default=0,
                    help="make every document's facts as a stream read CHARS characters at a time")
    args = ap.parse_args(argv)
    if args.stream_all:
        import duban.extract.quantities as quantities

        quantities.STREAM_CHARS, quantities.CHUNK = 0, args.stream_all

    files = inputs(args.corpus_mb)
    started = time.perf_counter()
    docs = dump(files)
    store = json.dumps(store_rows(files[:13]), ensure_ascii=False, sort_keys=True, indent=0).splitlines()
    seconds = time.perf_counter() - started
    print(f"{len(docs)} documents, {sum(f.stat().st_size for f in files) / 1e6:.1f} MB, {seconds:.1f} s",
          file=sys.stderr)
    if args.write:
        args.write.mkdir(parents=True, exist_ok=True)
        (args.write / "documents.jsonl").write_text("\n".join(docs) + "\n", encoding="utf-8")
        (args.write / "store.json").write_text("\n".join(store) + "\n", encoding="utf-8")
        print(f"reference written to {args.write}")
        return 0
    same = True
    ref_docs = (args.against / "documents.jsonl").read_text(encoding="utf-8").splitlines()
    if len(ref_docs) != len(docs):
        print(f"documents: {len(docs)} now, {len(ref_docs)} in the reference")
        same = False
    for now, ref in zip(docs, ref_docs):
        if now != ref:
            a, b = json.loads(now), json.loads(ref)
            keys = sorted(k for k in set(a) | set(b) if a.get(k) != b.get(k))
            print(f"DIFFERS {a['file']}: {', '.join(keys)}")
            for k in keys[:3]:
                print(f"  {k}: now {json.dumps(a.get(k), ensure_ascii=False)[:300]}")
                print(f"  {k}: ref {json.dumps(b.get(k), ensure_ascii=False)[:300]}")
            same = False
    ref_store = (args.against / "store.json").read_text(encoding="utf-8").splitlines()
    if store != ref_store:
        diff = next((i for i, (x, y) in enumerate(zip(store, ref_store)) if x != y), min(len(store), len(ref_store)))
        print(f"store differs at line {diff}: now {store[diff][:200] if diff < len(store) else None}"
              f" / ref {ref_store[diff][:200] if diff < len(ref_store) else None}")
        same = False
    print("SAME: every document and every store table equal the reference" if same else "DIFFERENT")
    return 0 if same else 1


if __name__ == "__main__":
    sys.exit(main())
