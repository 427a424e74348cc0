#!/usr/bin/env python3
"""Benchmark the web UI's search and pages on a large store. Run by hand, never by the tests::

    .venv/bin/python benchmarks/bench_web.py                  # 10,000 documents
    .venv/bin/python benchmarks/bench_web.py --docs 1000 --json benchmarks/out/web.json

Corpus
    The five seed reports go through the real pipeline once and are stored; the store then
    gets N−5 copies made from them by SQL (a thousand a transaction), each with its own
    source, content hash, organisation name (the seed's name replaced by a random name of
    the same length) and digits (a random permutation of 0–9 per copy), applied to the
    original text, the normalised view and every cut of them (facts, commitments, section
    titles, metadata) alike, so every offset holds, the documents' triggers build the real
    search index, and no two bodies are the same. The database is kept in
    ``benchmarks/out/`` and reused when it already has N documents.

Figures
    1. Search latency, ``Database.search(q, limit=20)`` with snippets, on a read-only
       connection, p50/p95/max over many queries, by kind of query: indexed words (3+
       characters, common and rare), several words, FTS5 ``OR``, and 1–2 character words
       (乡村, 扶贫, 就业, 养老, random ones, single characters). Also ``GET /api/v1/search``
       through the ASGI app (no network), the figure a client sees minus the socket.
       Target: p95 under 50 ms for every kind of query.
    2. Page render time: server time to answer each page (``GET`` through the ASGI app),
       the first request (caches of totals and facets empty: target under 500 ms) and the
       median and p95 of repeated ones; the time to the first byte of the CSV export
       (target under 1 s); and, when Debian's Chromium is there, the browser's time from
       navigation start to the load event (Playwright).
    3. Under load: a document page's time while slow queries (1-character searches, a
       full scan of punctuation, unfiltered exports) run in other threads.
    0. The store's size per document, and what its search index takes of it.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import random
import statistics
import sys
import threading
import time
import warnings
from dataclasses import replace
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
sys.path.insert(0, str(REPO / "src"))
warnings.filterwarnings("ignore", category=DeprecationWarning)

TARGET_SEARCH_P95_MS = 50.0
NAME_CHARS = "安宁和平新华兴福寿康泰永丰东西南北中阳山水河湖江海林石桥溪源金银玉龙凤青白红黄花柳桃李梅竹松杨"


def percentile(values: list[float], p: float) -> float:
    values = sorted(values)
    if not values:
        return float("nan")
    k = (len(values) - 1) * p / 100
    lo, hi = int(k), min(int(k) + 1, len(values) - 1)
    return values[lo] + (values[hi] - values[lo]) * (k - lo)


# Columns of the rows a document owns that hold a cut of its text, and get the copy's variant.
TEXT_COLUMNS = {"facts": ("text",), "commitments": ("text", "target_text"), "sections": ("title",),
                "metadata": ("value",)}
CHILD_TABLES = ("metadata", "warnings", "parts", "sections", "chrome", "facts", "commitments")


def build(path: Path, n: int, seed: int = 7) -> None:
    """The five seeds through the real pipeline, stored as documents 1–5; then N−5 copies of
    them, each written by SQL (INSERT … SELECT from its seed's rows, a thousand documents a
    transaction) with its own source, hash, organisation name and digits. The variant is a
    length-preserving change of the text (a permutation of the digits, a name replaced by one of
    the same length), so every offset of the seed's rows holds in the copy; the documents'
    triggers build the search index of every copy, as they do for an ingest."""
    import duban
    from duban.clean.normalise import to_simplified
    from duban.store import Database

    seeds_dir = REPO / "samples" / "seeds"
    docs = [duban.read(p) for p in sorted(seeds_dir.glob("*.txt"))]
    rng = random.Random(seed)
    if path.exists():
        for suffix in ("", "-wal", "-shm"):
            Path(str(path) + suffix).unlink(missing_ok=True)
    db = Database(path)
    conn = db.conn
    conn.execute("PRAGMA synchronous = OFF")  # a benchmark corpus: speed over durability
    started = time.perf_counter()
    seeds = []  # (doc id, organisation name, the forms of its place name in the text)
    for i, base in enumerate(docs[: min(n, len(docs))]):
        processed = base  # duban.read gives the processed document
        doc = replace(processed, source=f"bench/{i:05d}.txt",
                      content_hash=hashlib.sha256(f"{i}:{processed.original}".encode()).hexdigest())
        _, doc_id = db.ingest_document(doc)
        name = doc.org.get("name", "") or ""
        stem = name[:-1]  # 斋坛乡 → 斋坛: the place name is replaced, 乡/镇 kept
        seeds.append((doc_id, name, {f for f in {stem, to_simplified(stem), _traditional(stem)} if f}))
    variant: dict = {}

    def vary(text):
        if text is None:
            return None
        text = text.translate(variant["table"])
        for form in variant["forms"]:
            text = text.replace(form, variant["new"])
        return text

    conn.create_function("bench_vary", 1, vary, deterministic=False)
    columns = {t: [r[1] for r in conn.execute(f"PRAGMA table_info({t})")] for t in ("documents", *CHILD_TABLES)}
    fixed = {"id", "doc_key", "source", "content_hash", "original", "norm", "title", "org_name", "ingested_at",
             "version", "supersedes"}
    doc_cols = [c for c in columns["documents"] if c not in fixed]
    insert_doc = (
        "INSERT INTO documents (doc_key, source, content_hash, original, norm, title, org_name, ingested_at, "
        + ", ".join(f'"{c}"' for c in doc_cols) + ") SELECT ?, ?, ?, bench_vary(original), bench_vary(norm),"
        " bench_vary(title), ?, ?, " + ", ".join(f'"{c}"' for c in doc_cols) + " FROM documents WHERE id = ?")
    copies = {}
    for table in CHILD_TABLES:
        cols = [c for c in columns[table] if c not in ("id", "doc_id", "parent_id")]
        select = ", ".join(f'bench_vary("{c}")' if c in TEXT_COLUMNS.get(table, ()) else f'"{c}"' for c in cols)
        names = ", ".join(f'"{c}"' for c in cols)
        if table == "sections":  # ids shifted by one offset, so that parent_id follows
            copies[table] = (f"INSERT INTO sections (id, doc_id, parent_id, {names}) SELECT id + ?, ?, parent_id + ?,"
                             f" {select} FROM sections WHERE doc_id = ? ORDER BY id")
        else:
            copies[table] = f"INSERT INTO {table} (doc_id, {names}) SELECT ?, {select} FROM {table} WHERE doc_id = ?"
    section_ids = {d: conn.execute("SELECT min(id) FROM sections WHERE doc_id = ?", (d,)).fetchone()[0]
                   for d, _, _ in seeds}
    now = time.strftime("%Y-%m-%dT%H:%M:%S+00:00", time.gmtime())
    conn.execute("BEGIN")
    for i in range(len(seeds), n):
        seed_id, name, forms = seeds[i % len(seeds)]
        digits = list("0123456789")
        rng.shuffle(digits)
        stem = name[:-1]
        new = "".join(rng.choice(NAME_CHARS) for _ in stem)
        variant.update(table=str.maketrans("0123456789", "".join(digits)),
                       forms=[f for f in forms if len(f) == len(new)], new=new)
        content_hash = hashlib.sha256(f"{i}:{seed_id}:{''.join(digits)}:{new}".encode()).hexdigest()
        doc_id = conn.execute(insert_doc, (content_hash[:16], f"bench/{i:05d}.txt", content_hash,
                                           (new + name[-1]) if name else None, now, seed_id)).lastrowid
        for table, sql in copies.items():
            if table == "sections":
                if section_ids[seed_id] is not None:
                    offset = conn.execute("SELECT coalesce(max(id), 0) + 1 FROM sections").fetchone()[0] \
                        - section_ids[seed_id]
                    conn.execute(sql, (offset, doc_id, offset, seed_id))
            else:
                conn.execute(sql, (doc_id, seed_id))
        if (i + 1) % 1000 == 0:
            conn.execute("COMMIT")
            print(f"  built {i + 1:,}/{n:,} documents ({time.perf_counter() - started:.0f} s)", file=sys.stderr)
            conn.execute("BEGIN")
    conn.execute("COMMIT")
    _check(conn)
    conn.execute("PRAGMA optimize")
    db.close()


def _check(conn) -> None:
    """Every copied fact and commitment still names its text by its offsets (a sample)."""
    bad = conn.execute(
        "SELECT count(*) FROM facts f JOIN documents d ON d.id = f.doc_id"
        " WHERE f.doc_id IN (SELECT id FROM documents INDEXED BY documents_doc_key ORDER BY random() LIMIT 50)"
        " AND f.text != substr(d.original, f.start + 1, f.\"end\" - f.start)").fetchone()[0]
    if bad:
        raise SystemExit(f"the corpus is wrong: {bad} facts do not match their offsets")


def _traditional(text: str) -> str:
    return {"花桥": "花橋"}.get(text, text)


def queries(db, rng: random.Random) -> dict[str, list[str]]:
    import re

    # ids drawn first (from an index), then only their bodies read: ORDER BY random() on the texts
    # themselves would read every body of the store
    bodies = [r[0] for r in db.conn.execute(
        "SELECT norm FROM documents WHERE id IN (SELECT id FROM documents INDEXED BY documents_doc_key ORDER BY random() LIMIT 200)")]
    runs = [run for body in bodies for run in re.findall(r"[\u4e00-\u9fff]{6,}", body)]

    def cut(length: int, k: int) -> list[str]:
        out = set()
        while len(out) < k:
            run = rng.choice(runs)
            i = rng.randrange(len(run) - length + 1)
            out.add(run[i : i + length])
        return sorted(out)

    orgs = [r[0] for r in db.conn.execute(
        "SELECT org_name FROM documents INDEXED BY documents_listing WHERE org_name IS NOT NULL"
        " ORDER BY random() LIMIT 40")]
    common = ["乡村振兴", "高标准农田", "安全生产", "人居环境", "招商引资", "基层治理", "党风廉政建设", "工作总结"]
    return {
        "indexed: common words": common * 5,
        "indexed: random 3-6 char substrings": cut(3, 40) + cut(4, 40) + cut(6, 40),
        "indexed: rare (organisation names)": orgs,
        "indexed: two words (AND)": [f"{a} {b}" for a, b in zip(cut(4, 30), cut(3, 30), strict=True)],
        "indexed: FTS5 OR": [f"{a} OR {b}" for a, b in zip(common, reversed(common), strict=True)] * 3,
        "indexed: 2-char words (乡村 扶贫 就业 养老)": ["乡村", "扶贫", "就业", "养老"] * 5,
        "indexed: random 2-char words": cut(2, 30),
        "indexed: 1-char words": cut(1, 20),
    }


def time_calls(fn, items: list, repeat: int = 1) -> list[float]:
    times = []
    for item in items:
        for _ in range(repeat):
            t = time.perf_counter()
            fn(item)
            times.append((time.perf_counter() - t) * 1000)
    return times


def line(label: str, times: list[float], target: float | None = None) -> dict:
    p50, p95 = percentile(times, 50), percentile(times, 95)
    verdict = "" if target is None else ("  OK" if p95 < target else "  MISSED")
    print(f"  {label:<40} n={len(times):>4}  p50 {p50:8.1f} ms  p95 {p95:8.1f} ms  max {max(times):8.1f} ms"
          + (f"  (target p95 < {target:.0f} ms){verdict}" if target else ""))
    return {"n": len(times), "p50_ms": round(p50, 2), "p95_ms": round(p95, 2), "max_ms": round(max(times), 2)}


def browser_times(app, pages: list[str], rounds: int) -> dict[str, dict] | None:
    chromium = Path("/usr/bin/chromium")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        print("  (browser timing skipped: playwright is not installed)")
        return None
    if not chromium.exists():
        print("  (browser timing skipped: /usr/bin/chromium is not installed)")
        return None
    import socket

    import uvicorn

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    while not server.started:
        time.sleep(0.05)
    out = {}
    args = ["--no-sandbox", "--headless", "--disable-gpu", "--disable-quic", "--no-first-run",
            "--disable-background-networking", "--disable-component-update", "--disable-sync"]
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(chromium), args=args)
        page = browser.new_page(viewport={"width": 1440, "height": 900})
        page.goto(f"http://127.0.0.1:{port}/documents")  # warm the static files' cache
        for url in pages:
            times = []
            for _ in range(rounds):
                page.goto(f"http://127.0.0.1:{port}{url}", wait_until="load")
                if "compare" in url:
                    page.wait_for_selector('#attention-chart[data-ready="1"]')
                timing = page.evaluate(
                    "() => { const t = performance.getEntriesByType('navigation')[0];"
                    " return [t.responseStart - t.startTime, t.loadEventEnd - t.startTime]; }")
                ready = page.evaluate("() => performance.now()") if "compare" in url else timing[1]
                times.append(max(timing[1], ready) if "compare" in url else timing[1])
            out[url] = line(f"browser load {url[:34]}", times)
        browser.close()
    server.should_exit = True
    thread.join(timeout=10)
    return out


def quiet(limit: float = 600.0) -> None:
    """Wait until duban's background threads (start-up counts, counts past their budget) are idle."""
    from duban.web import data as web_data

    end = time.perf_counter() + limit
    while time.perf_counter() < end:
        busy = [t for t in threading.enumerate() if t.name == "duban-warm" and t.is_alive()]
        if not busy and not web_data._pending:
            return
        time.sleep(0.2)


def load_times(app, doc_id: int, seconds: float = 10.0) -> dict:
    """The document page's time, alone and while other threads run slow requests."""
    from fastapi.testclient import TestClient

    url = f"/documents/{doc_id}"
    client = TestClient(app)
    alone = time_calls(lambda u: client.get(u), [url], repeat=20)
    stop = threading.Event()
    slow = ["/api/v1/search?q=村", "/api/v1/search?q=，。", "/search?q=的", "/api/v1/facts?org=乡",
            "/api/v1/facts.csv", "/api/v1/search?q=乡村"]
    statuses: dict[int, int] = {}

    def hammer(i: int) -> None:
        c = TestClient(app)
        k = i
        while not stop.is_set():
            with c.stream("GET", slow[k % len(slow)]) as r:
                statuses[r.status_code] = statuses.get(r.status_code, 0) + 1
                for n, _ in enumerate(r.iter_bytes()):
                    if stop.is_set() or n > 200:
                        break
            k += 1

    threads = [threading.Thread(target=hammer, args=(i,), daemon=True) for i in range(8)]
    for t in threads:
        t.start()
    time.sleep(1.0)
    loaded = []
    end = time.perf_counter() + seconds
    while time.perf_counter() < end:
        loaded += time_calls(lambda u: client.get(u), [url])
    stop.set()
    for t in threads:
        t.join(timeout=30)
    out = {"alone": line(f"{url} alone", alone), "loaded": line(f"{url} under load", loaded),
           "slow_statuses": statuses}
    print(f"  slow requests answered: {statuses}")
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--docs", type=int, default=10_000)
    parser.add_argument("--db", type=Path, default=None, help="where the corpus database is (re)built")
    parser.add_argument("--rebuild", action="store_true")
    parser.add_argument("--rounds", type=int, default=20, help="requests per page for the page timings")
    parser.add_argument("--no-browser", action="store_true")
    parser.add_argument("--json", type=Path, default=None)
    args = parser.parse_args()

    from fastapi.testclient import TestClient

    from duban.store import Database
    from duban.web import create_app

    path = args.db or HERE / "out" / f"web-{args.docs}.db"
    path.parent.mkdir(parents=True, exist_ok=True)
    have = 0
    if path.exists():
        with Database(path) as db:
            have = db["documents"].count
    if args.rebuild or have != args.docs:
        print(f"building {args.docs:,} documents into {path} …", file=sys.stderr)
        t = time.perf_counter()
        build(path, args.docs)
        print(f"  built in {time.perf_counter() - t:.0f} s", file=sys.stderr)
    size_mb = sum(Path(str(path) + s).stat().st_size for s in ("", "-wal") if Path(str(path) + s).exists()) / 1e6
    results: dict = {"documents": args.docs, "db_mb": round(size_mb, 1), "cpus": os.cpu_count(),
                     "python": sys.version.split()[0], "kb_per_document": round(size_mb * 1e3 / args.docs, 1)}
    db = Database.open_read_only(path)
    print(f"\n0. store size: {size_mb:,.0f} MB, {size_mb * 1e3 / args.docs:.1f} KB per document")
    try:
        sizes = dict(db.conn.execute("SELECT name, sum(pgsize) FROM dbstat GROUP BY name"))
        index = {k: v for k, v in sizes.items() if k.startswith(("documents_fts", "documents_bigrams",
                                                                   "documents_chars"))}
        results["search_index_kb_per_document"] = round(sum(index.values()) / 1e3 / args.docs, 1)
        print(f"   search index: {sum(index.values()) / 1e3 / args.docs:.1f} KB per document "
              f"({', '.join(sorted({k.split('_')[1] for k in index}))})")
        for name, size in sorted(sizes.items(), key=lambda kv: -kv[1])[:8]:
            print(f"   {name:<28} {size / 1e3 / args.docs:6.1f} KB/doc")
    except Exception as exc:  # noqa: BLE001 - dbstat is a compile-time option of SQLite
        print(f"   (no breakdown: {exc})")
    facts = db["facts"].count
    results["facts"] = facts
    print(f"\nstore: {args.docs:,} documents, {facts:,} facts, {size_mb:,.0f} MB ({path})")

    rng = random.Random(11)
    qs = queries(db, rng)
    for q in ["乡村振兴", "乡村", "高标准农田 OR 安全生产"]:  # warm-up: OpenCC's dictionaries, page cache
        db.search(q)
    print("\n1. search latency: Database.search(q, limit=20), snippets included")
    results["search"] = {}
    indexed: list[float] = []
    for label, items in qs.items():
        times = time_calls(lambda q: db.search(q, limit=20), items)
        if label.startswith("indexed"):
            indexed += times
        results["search"][label] = line(label, times)
        results["search"][label]["mean_total"] = round(statistics.mean(db.search(q)["total"] for q in items[:10]), 1)
    results["search"]["ALL queries"] = line("ALL queries", indexed, TARGET_SEARCH_P95_MS)
    results["search_target_met"] = all(v["p95_ms"] < TARGET_SEARCH_P95_MS for k, v in results["search"].items())
    print(f"  every kind of query p95 < {TARGET_SEARCH_P95_MS:.0f} ms: "
          f"{'OK' if results['search_target_met'] else 'MISSED'}")

    app = create_app(path)
    client = TestClient(app)
    client.get("/api/v1/search?q=乡村振兴")
    api_items = [q for label, items in qs.items() if label.startswith("indexed") for q in items]
    results["search"]["GET /api/v1/search (indexed)"] = line(
        "GET /api/v1/search (indexed)", time_calls(lambda q: client.get("/api/v1/search", params={"q": q}), api_items))

    doc_ids = [r[0] for r in db.conn.execute("SELECT id FROM documents ORDER BY id LIMIT 5")]
    pages = [
        "/documents", "/documents?year=2024&level=镇", f"/documents/{doc_ids[0]}", "/facts", "/facts?unit=亩",
        f"/facts?doc={doc_ids[1]}", "/search?q=乡村振兴", "/search?q=乡村",
        "/compare?" + "&".join(f"doc={i}" for i in doc_ids[:3]), "/api/v1/documents", "/api/v1/facts?unit=亩",
    ]  # the exports are timed below: first byte and whole
    print(f"\n2. page render time: server, GET through the ASGI app ({args.rounds} requests each)")
    print("   (first: the first request, with web.data's cache of totals and facets and the store's counts file"
          " empty; then warm; then as after a restart, with the counts file)")
    from duban.web import data as web_data

    results["pages_server"] = {}
    for url in pages:
        quiet()  # the start-up counts and the counts earlier pages left to the background are done
        web_data.clear_cache(path)  # memory and the store's counts file: nothing counted yet
        first = time_calls(lambda u: client.get(u), [url])[0]
        quiet()  # then warm: what the first request left to the background is done
        times = time_calls(lambda u: client.get(u), [url], repeat=args.rounds)
        web_data.clear_cache()  # as after a restart of the server: the counts file only
        restart = time_calls(lambda u: client.get(u), [url])[0]
        results["pages_server"][url] = line(url[:40], times)
        results["pages_server"][url]["first_ms"] = round(first, 1)
        results["pages_server"][url]["after_restart_ms"] = round(restart, 1)
        print(f"  {'':<40} first request {first:8.1f} ms  (target < 500 ms){'  OK' if first < 500 else '  MISSED'}"
              f"; after a restart {restart:6.1f} ms")
    results["first_request_target_met"] = all(v["first_ms"] < 500 for v in results["pages_server"].values())
    print("\n   exports: time to the first byte (target < 1 s) and to the last")
    results["exports"] = {}
    for url in ["/api/v1/facts.csv?unit=亩", "/api/v1/facts.csv", "/api/v1/facts.csv?kind=rank",
                "/api/v1/facts.xlsx?unit=亩"]:
        t = time.perf_counter()
        size = 0
        first_byte = None
        with client.stream("GET", url) as r:
            for chunk in r.iter_bytes():
                if first_byte is None:
                    first_byte = (time.perf_counter() - t) * 1000
                size += len(chunk)
                if size > 50e6:  # enough to see the rate
                    break
        total_ms = (time.perf_counter() - t) * 1000
        results["exports"][url] = {"first_byte_ms": round(first_byte or 0, 1), "ms": round(total_ms, 1),
                                   "mb": round(size / 1e6, 1)}
        print(f"  {url:<40} first byte {first_byte:8.1f} ms   {size / 1e6:7.1f} MB in {total_ms:8.1f} ms")

    print("\n3. under load: GET /documents/ID while slow requests run in 8 other threads")
    results["load"] = load_times(app, doc_ids[0])
    if not args.no_browser:
        print("\n   browser: navigation start → load event (Debian Chromium, Playwright)")
        results["pages_browser"] = browser_times(app, [u for u in pages if not u.startswith("/api")],
                                                 max(3, args.rounds // 4))
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps(results, ensure_ascii=False, indent=2), encoding="utf-8")
        print(f"\nwrote {args.json}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
