"""`Database`: the SQLite store of documents, their structure and their facts.

Plain tables through the standard ``sqlite3`` module, so the file opens as it is in
sqlite3, DuckDB, pandas or Datasette. Every document goes in whole or not at all: a bad
file or a crash never leaves half a document, and never stops the other files.

An ingest of many files (`Database.ingest`, or `Database.bulk` around `ingest_document`)
stores the documents of about a second in one transaction, each within a savepoint of its
own: a document that fails is rolled back alone, and the tables' indexes are written once per
batch, not once per document. The bodies of a batch are indexed for search together, just
before its commit (`duban.store.grams.index_texts`), outside every savepoint: FTS5 writes what
it holds in memory as a new segment of its index at every savepoint, so indexing each document
within its own (as the insert trigger would) made a segment per document and left FTS5 merging
them for about as long as it took to index the bodies. A file's result is reported once its
batch is committed.
"""

from __future__ import annotations

import hashlib
import json
import re
import sqlite3
import time
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from duban.document import Document, Fact, MetaField, OffsetMap, Part, Section, Span
from duban.errors import DubanError, E
from duban.store.grams import index_body, index_texts
from duban.store.migrations import indexes, migrate
from duban.store.rows import (COUNTY_MATCH, DOC_COLUMNS, LATEST_ONLY, PIECE_CHARS, PIECES_OVER, TEXT_FIELDS,
                              county_params, doc_row, fact_row, like_escape, stored_texts, text_range, texts)

SECTION_SEP = " > "  # joins section titles in facts.section_path
BUSY_SECONDS = 60  # how long a connection waits for another process's write lock …
BUSY_RETRIES = 5  # … and how often a transaction that still found it locked is tried again
# A text longer than this many characters is stored in pieces of its own (`duban.store.rows`).
WRITE_IN_PIECES = PIECES_OVER
# A bulk ingest commits when its transaction has been open this long (the write lock is held
# meanwhile: another writer waits that long at most, plus one document) …
BULK_SECONDS = 1.0
# … and before it processes a document longer than this many characters (which takes seconds).
BULK_COMMIT_BEFORE_CHARS = 1 << 20
# The tables whose indexes a bulk ingest into an empty store leaves out while it writes, then
# builds once at its end from the rows in place (a store opened after one cut short builds them).
BULK_DEFERRED_TABLES = frozenset(("facts", "commitments", "sections", "metadata", "parts", "chrome", "warnings"))
BULK_CACHE_KIB = 8192  # SQLite's page cache while storing in bulk (its default is 2 MB)
CUES_KEPT = 10_000  # lists of cues whose JSON a store keeps while it is open (a few hundred in use)
SQLITE_MAX_INT = 2**63 - 1  # the largest integer SQLite stores; a larger id names no row
_COMMITMENT_COLUMNS = ("doc_id", "text", "start", "end", "action", "object", "target_text", "target_start",
                       "target_end", "target_value", "target_unit", "target_kind", "comparator", "strength", "deadline",
                       "domain", "section_path", "part", "indicator")

# -- seams to the other stages (tests replace these when a colleague's piece is missing) --
def _iter_read(paths: Iterable[str | Path]) -> Iterator[Any]:
    from duban.read import iter_read

    return iter_read(paths)


def _process(doc: Document) -> Document:
    from duban.pipeline import process

    return process(doc)


# -- ingest results ----------------------------------------------------------------------
@dataclass(slots=True)
class IngestResult:
    path: str
    status: str  # ingested | unchanged | failed | skipped
    doc_id: int | None = None
    version: int | None = None
    reason: str = ""  # why it failed or was skipped, one line


@dataclass(slots=True)
class IngestReport:
    results: list[IngestResult] = field(default_factory=list)

    STATUSES = ("ingested", "unchanged", "failed", "skipped")

    def counts(self) -> dict[str, int]:
        counts = dict.fromkeys(self.STATUSES, 0)
        for r in self.results:
            counts[r.status] += 1
        return counts

    @property
    def failed(self) -> list[IngestResult]:
        return [r for r in self.results if r.status == "failed"]

    @property
    def ok(self) -> bool:
        """True when nothing failed (unchanged and skipped files are fine)."""
        return not self.failed

    def __iter__(self) -> Iterator[IngestResult]:
        return iter(self.results)

    def __len__(self) -> int:
        return len(self.results)


def internal_error(exc: BaseException) -> str:
    """The one-line reason reported for an exception duban did not expect."""
    return f"internal error: {type(exc).__name__}: {exc}"


class Table:
    """A read-only view of one table or view, sqlite-utils style: ``db["facts"].count``."""

    def __init__(self, db: Database, name: str):
        self.db, self.name = db, name

    @property
    def count(self) -> int:
        return self.db.conn.execute(f'SELECT count(*) FROM "{self.name}"').fetchone()[0]

    @property
    def rows(self) -> Iterator[dict[str, Any]]:
        for row in self.db.conn.execute(f'SELECT * FROM "{self.name}"'):
            yield dict(row)

    @property
    def columns(self) -> list[str]:
        return [r["name"] for r in self.db.conn.execute(f'PRAGMA table_info("{self.name}")')]


class Database:
    """The store at ``path`` (created and migrated to the current schema on open).

    ``create=False`` refuses to make a new file: read-only commands must not leave an
    empty database behind a mistyped path.
    """

    _bulk = False  # within `bulk`: documents are stored in batches
    _bulk_since: float | None = None  # when the open bulk transaction began
    _bulk_bodies: list[tuple[int, str | None]]  # the documents of that transaction, their bodies to index

    def __init__(self, path: str | Path = "duban.db", *, create: bool = True):
        self.path = Path(path)
        self._bulk_bodies = []
        self._cues_json: dict[tuple[str, ...], str] = {}  # facts' domain_cues as JSON, by their words
        if not create and str(path) != ":memory:" and not self.path.is_file():
            raise DubanError(E.E014, reason=f"no database at {str(path)!r}; run `duban ingest PATH...` first")
        for attempt in range(BUSY_RETRIES + 1):
            try:
                # Autocommit mode: transactions are explicit BEGIN/COMMIT (see _write), which
                # also covers the DDL of migrations, unlike the sqlite3 module's implicit ones.
                self.conn = sqlite3.connect(str(path), isolation_level=None, timeout=BUSY_SECONDS)
            except sqlite3.Error as exc:
                raise DubanError(E.E014, reason=f"{path}: {exc}") from exc
            try:
                self.conn.row_factory = sqlite3.Row
                self.conn.execute("PRAGMA foreign_keys = ON")
                self.conn.execute("PRAGMA journal_mode = WAL")  # readers never block the writer
                # In WAL mode a commit need not wait for the disk: nothing ever corrupts the store
                # or leaves half a document; only a power cut or a crash of the operating system
                # may lose the last documents stored, which a new ingest stores again.
                self.conn.execute("PRAGMA synchronous = NORMAL")
                migrate(self.conn)
                self._build_indexes()
                break
            except (sqlite3.Error, RuntimeError) as exc:
                self.conn.close()
                if _is_busy(exc) and attempt < BUSY_RETRIES:  # another process is creating or writing it
                    _backoff(attempt)
                    continue
                raise DubanError(E.E014, reason=f"{path}: {exc}") from exc

    # -- plumbing ----------------------------------------------------------------------
    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> Database:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextmanager
    def _write(self) -> Iterator[sqlite3.Connection]:
        # IMMEDIATE takes the write lock up front, so the "is this hash already here?"
        # check and the insert cannot interleave with another process's ingest.
        if self._bulk:
            yield from self._write_in_bulk()
            return
        self.conn.execute("BEGIN IMMEDIATE")
        try:
            yield self.conn
            self.conn.execute("COMMIT")
        except BaseException:
            if self.conn.in_transaction:  # a failed COMMIT can leave it open, too
                self.conn.execute("ROLLBACK")
            raise

    def _write_in_bulk(self) -> Iterator[sqlite3.Connection]:
        """One document's writes inside the bulk transaction: the first begins it, each later one
        goes within a savepoint, so that a document that fails is rolled back alone."""
        if not self.conn.in_transaction:
            self.conn.execute("BEGIN IMMEDIATE")
            self._bulk_since = time.monotonic()
            try:
                yield self.conn
            except BaseException:
                self._bulk_since = None
                self._bulk_bodies.clear()
                if self.conn.in_transaction:
                    self.conn.execute("ROLLBACK")
                raise
            return
        self.conn.execute("SAVEPOINT document")
        try:
            yield self.conn
            self.conn.execute("RELEASE document")
        except BaseException:
            if self.conn.in_transaction:
                self.conn.execute("ROLLBACK TO document")
                self.conn.execute("RELEASE document")
            raise

    @contextmanager
    def bulk(self) -> Iterator[Database]:
        """Store many documents with few commits: within this block, the documents stored go into
        one transaction, committed by `commit_bulk` (when `bulk_due` says so) and at the end.
        Their bodies are indexed for search at the commit: until then a search on this connection
        does not find them (another connection sees none of the batch before its commit anyway)."""
        if self._bulk:  # already in bulk mode: the outer block commits
            yield self
            return
        deferred = self._defer_indexes()
        self._bulk = True
        # A savepoint's journal (the pages a document changes, as they were) is kept in memory, and
        # the page cache holds a batch's pages (a second's documents, their indexes and search
        # index) until its commit, instead of spilling them to the log midway.
        self.conn.execute("PRAGMA temp_store = MEMORY")
        cache = self.conn.execute("PRAGMA cache_size").fetchone()[0]
        self.conn.execute(f"PRAGMA cache_size = {-BULK_CACHE_KIB}")
        try:
            yield self
        finally:
            try:
                self.commit_bulk()
            finally:
                self._bulk = False
                self.conn.execute("PRAGMA temp_store = DEFAULT")
                self.conn.execute(f"PRAGMA cache_size = {int(cache)}")
                if deferred:
                    try:
                        self._build_indexes()
                    except sqlite3.Error:  # the store is busy: the next open builds them
                        pass

    def _defer_indexes(self) -> bool:
        """In a store with no document yet, drop the indexes of `BULK_DEFERRED_TABLES` (a bulk
        ingest then writes its rows without them; `_build_indexes` makes them at its end)."""
        try:
            with self._write() as conn:
                if conn.execute("SELECT 1 FROM documents LIMIT 1").fetchone() is not None:
                    return False
                for name, (table, _) in indexes().items():
                    if table in BULK_DEFERRED_TABLES:
                        conn.execute(f'DROP INDEX IF EXISTS "{name}"')
        except sqlite3.Error:  # (another process holds the store too long): written with its indexes
            return False
        return True

    def _build_indexes(self) -> None:
        """Create the schema's indexes that the store lacks: left out by a bulk ingest (or by one
        that was cut short, when the store is opened next)."""
        existing = {r[0] for r in self.conn.execute("SELECT name FROM sqlite_master WHERE type = 'index'")}
        missing = [sql for name, (_, sql) in indexes().items() if name not in existing]
        if missing:
            with self._write() as conn:
                for sql in missing:  # (another process may have made it meanwhile)
                    conn.execute(re.sub(r"^CREATE\s+(UNIQUE\s+)?INDEX\s+", r"CREATE \1INDEX IF NOT EXISTS ", sql))

    def bulk_due(self) -> bool:
        """Has the open bulk transaction been open `BULK_SECONDS` or longer?"""
        return self._bulk_since is not None and time.monotonic() - self._bulk_since >= BULK_SECONDS

    def commit_bulk(self) -> None:
        """Index the bodies of the open bulk transaction's documents and commit it, if any (a
        failed commit rolls it back and raises)."""
        if self._bulk_since is None:
            return
        self._bulk_since = None
        bodies, self._bulk_bodies = self._bulk_bodies, []
        if not self.conn.in_transaction:
            return
        try:
            index_texts(self.conn, bodies)
            del bodies
            self.conn.execute("COMMIT")
        except BaseException:
            if self.conn.in_transaction:
                self.conn.execute("ROLLBACK")
            raise

    def __getitem__(self, name: str) -> Table:
        if name not in self.table_names():
            raise KeyError(f"no table {name!r}; available: {', '.join(self.table_names())}")
        return Table(self, name)

    def table_names(self) -> list[str]:
        rows = self.conn.execute(
            "SELECT name FROM sqlite_master WHERE type IN ('table', 'view') AND name NOT LIKE 'sqlite_%' ORDER BY name"
        )
        return [r[0] for r in rows]

    # -- ingest ------------------------------------------------------------------------
    def ingest(
        self, paths: Iterable[str | Path], *, on_progress: Callable[[IngestResult], None] | None = None,
        follows: str | None = None,
    ) -> IngestReport:
        """Read, process and store every file under ``paths``; one result per file.

        Each path is read on its own, so even a reader that crashes while walking one
        folder costs only that folder, never the other paths. ``follows`` names the source
        whose newest version a new document supersedes when none has its own source (an
        upload, stored under its content, follows the last upload of the same name).
        """
        if isinstance(paths, (str, Path)):
            paths = [paths]  # one path, not its characters
        report = IngestReport()
        pending: list[IngestResult] = []  # results whose documents wait for their batch's commit

        def record(result: IngestResult) -> None:
            pending.append(result)

        def flush() -> None:
            try:
                self.commit_bulk()
            except sqlite3.Error as exc:  # the batch is lost: none of its documents is stored
                lost = {r.doc_id for r in pending if r.status == "ingested"}
                for r in pending:
                    if r.status == "ingested" or (r.status == "unchanged" and r.doc_id in lost):
                        r.status, r.doc_id, r.version, r.reason = "failed", None, None, f"not stored: {exc}"
            for r in pending:
                report.results.append(r)
                if on_progress is not None:
                    on_progress(r)
            pending.clear()

        with self.bulk():
            for path in paths:
                try:
                    for read in _iter_read([path]):
                        if read.doc is not None and len(read.doc.original) > BULK_COMMIT_BEFORE_CHARS:
                            flush()  # a long document takes seconds: not while holding the write lock
                        record(self._ingest_read(read, follows))
                        if self.bulk_due():
                            flush()
                except DubanError as exc:
                    record(IngestResult(str(path), "failed", reason=exc.reason))
                except Exception as exc:  # a reader bug: report it as this path's failure
                    record(IngestResult(str(path), "failed", reason=internal_error(exc)))
            flush()
        return report

    def _ingest_read(self, read: Any, follows: str | None = None) -> IngestResult:
        path = str(read.path)
        if read.skipped:
            return IngestResult(path, "skipped", reason=read.error.reason if read.error else "")
        if read.error is not None or read.doc is None:
            return IngestResult(path, "failed", reason=read.error.reason if read.error else "nothing was read")
        try:
            status, doc_id, version = self._store(_process(read.doc), follows)
        except DubanError as exc:
            return IngestResult(path, "failed", reason=exc.reason)
        except Exception as exc:  # never a traceback for one file: it is that file's failure
            return IngestResult(path, "failed", reason=internal_error(exc))
        return IngestResult(path, status, doc_id, version)

    def ingest_document(self, doc: Document) -> tuple[str, int]:
        """Store an already processed `Document`: ``("ingested" | "unchanged", id)``.

        The same content (by hash) is stored once. New content from a source already
        stored becomes its next version, superseding the old row, which is kept.
        """
        status, doc_id, _ = self._store(doc)
        return status, doc_id

    def _store(self, doc: Document, follows: str | None = None) -> tuple[str, int, int]:
        """Store ``doc`` in one transaction; when another process holds the database longer
        than the busy timeout, the transaction (rolled back whole) is tried again."""
        for attempt in range(BUSY_RETRIES + 1):
            try:
                return self._store_once(doc, follows)
            except DubanError as exc:
                if not (isinstance(exc.__cause__, sqlite3.Error) and _is_busy(exc.__cause__)) \
                        or attempt == BUSY_RETRIES:
                    raise
                _backoff(attempt)
        raise AssertionError("unreachable")

    def _store_once(self, doc: Document, follows: str | None = None) -> tuple[str, int, int]:
        content_hash = doc.content_hash or hashlib.sha256(doc.original.encode("utf-8")).hexdigest()
        try:
            with self._write() as conn:
                same = conn.execute("SELECT id, version FROM documents WHERE content_hash = ?", (content_hash,))
                row = same.fetchone()
                if row is not None:
                    return "unchanged", row["id"], row["version"]
                prev = None
                for source in dict.fromkeys(s for s in (doc.source, follows) if s):
                    prev = conn.execute(
                        "SELECT id, version FROM documents WHERE source = ? ORDER BY version DESC, id DESC LIMIT 1",
                        (source,)).fetchone()
                    if prev is not None:
                        break
                version, supersedes = (prev["version"] + 1, prev["id"]) if prev else (1, None)
                # In bulk, a body is indexed with the others of its batch, before the commit (`commit_bulk`)
                later = self._bulk and len(doc.norm) <= WRITE_IN_PIECES
                doc_id = self._insert_document(doc, content_hash, version, supersedes, index_later=later)
                self._insert_metadata(doc_id, doc)
                self._insert_parts(doc_id, doc)
                self._insert_sections(doc_id, doc.sections)
                warned = len(doc.warnings)
                self._insert_facts(doc_id, doc)
                # a long report's facts are made as they are written: a warning of that pass comes last
                self._insert("warnings", ("doc_id", "message"), [(doc_id, w) for w in doc.warnings[warned:]])
                self._insert_commitments(doc_id, doc)
        except sqlite3.Error as exc:
            raise DubanError(E.E014, reason=str(exc)) from exc
        if later:  # (stored: its savepoint released)
            self._bulk_bodies.append((doc_id, doc.norm or None))
        return "ingested", doc_id, version

    def _insert(self, table: str, columns: tuple[str, ...], rows: list[tuple[Any, ...]]) -> int | None:
        """Insert ``rows``; for a single row, return its id (sections need it as a parent).

        Column names are quoted: ``end`` is a keyword in SQL, which SQLite lets pass bare
        but other engines do not."""
        if not rows:  # (a document without warnings, commitments …: no statement)
            return None
        cols = ", ".join(f'"{c}"' for c in columns)
        sql = f"INSERT INTO {table} ({cols}) VALUES ({', '.join('?' * len(columns))})"
        if len(rows) == 1:
            return self.conn.execute(sql, rows[0]).lastrowid
        self.conn.executemany(sql, rows)
        return None

    def _insert_document(self, doc: Document, content_hash: str, version: int, supersedes: int | None, *,
                         index_later: bool = False) -> int:
        """Insert the documents row (and its texts' pieces); index its body unless ``index_later``
        (the caller then does, with `duban.store.grams.index_texts`)."""
        row = {
            "doc_key": content_hash.split(":")[-1][:16],
            "source": doc.source,
            "format": doc.format,
            "encoding": doc.encoding,
            "content_hash": content_hash,
            # The texts go in as UTF-8 bytes read as TEXT (CAST below): bound as a str, each
            # would keep its UTF-8 copy (as large as the text) for as long as the str lives,
            # through the writing of every fact; the bytes are dropped as soon as the row is in.
            # A long text goes in its pieces' rows (_write_pieces), its documents row holding
            # '' (original) or NULL (norm): SQLite builds a row whole, a copy of every text in it.
            "original": "" if len(doc.original) > WRITE_IN_PIECES else doc.original.encode("utf-8"),
            "norm": None if len(doc.norm) > WRITE_IN_PIECES or not doc.norm else doc.norm.encode("utf-8"),
            "norm_map": _map_to_json(doc.norm_map),
            "script": doc.script,
            "title": doc.title,
            "org_name": doc.org.get("name"),
            "org_level": doc.org.get("level"),
            "county": doc.org.get("county"),
            "prefecture": doc.org.get("prefecture"),
            "province": doc.org.get("province"),
            "division_code": doc.org.get("division_code"),
            "place_confidence": doc.org.get("place_confidence"),
            "place_candidates": json.dumps(doc.org.get("place_candidates") or [], ensure_ascii=False),
            "review_period": doc.periods.get("review"),
            "plan_period": doc.periods.get("plan"),
            "doc_type": doc.doc_type,
            "published": doc.published,
            "chars": len(doc.original),
            "body_chars": len(doc.norm),
            "ingested_at": datetime.now(UTC).isoformat(timespec="seconds"),
            "version": version,
            "supersedes": supersedes,
        }
        pieces = [c for c in TEXT_FIELDS if len(getattr(doc, c)) > WRITE_IN_PIECES]
        cols = ", ".join(f'"{c}"' for c in row)
        values = ", ".join("CAST(? AS TEXT)" if c in TEXT_FIELDS else "?" for c in row)
        params = tuple(row.values())
        row.clear()
        # The insert trigger leaves the index to duban: a body in pieces (it would index nothing) is
        # indexed below, once written; one indexed later, by the caller.
        by_writer = "norm" in pieces or index_later
        if by_writer:
            self.conn.execute("INSERT INTO index_by_writer (content_hash) VALUES (?)", (content_hash,))
        doc_id = self.conn.execute(f"INSERT INTO documents ({cols}) VALUES ({values})", params).lastrowid
        del params
        for field_name in pieces:
            self._write_pieces(doc_id, field_name, getattr(doc, field_name))
        if by_writer:
            self.conn.execute("DELETE FROM index_by_writer WHERE content_hash = ?", (content_hash,))
        if "norm" in pieces:
            window = _ByteWindow(doc.norm)
            index_body(self.conn, doc_id, window.read, _utf8_length(doc.norm))
        return doc_id

    def _write_pieces(self, doc_id: int, field_name: str, text: str) -> None:
        """Write ``text`` as ``field_name`` of document ``doc_id`` into ``document_text``, a piece of
        `PIECE_CHARS` characters a row (each bound as its UTF-8, dropped once written)."""
        sql = ('INSERT INTO document_text (doc_id, field, seq, start, "end", text)'
               " VALUES (?, ?, ?, ?, ?, CAST(? AS TEXT))")
        for seq, start in enumerate(range(0, len(text), PIECE_CHARS)):
            end = min(len(text), start + PIECE_CHARS)
            self.conn.execute(sql, (doc_id, field_name, seq, start, end, text[start:end].encode("utf-8")))

    def _insert_metadata(self, doc_id: int, doc: Document) -> None:
        self._insert("metadata", ("doc_id", "name", "label", "value", "start", "end"), [
            (doc_id, m.name, m.label, m.value, *_ends(m.span)) for m in doc.metadata
        ])
        self._insert("warnings", ("doc_id", "message"), [(doc_id, w) for w in doc.warnings])
        self._insert("chrome", ("doc_id", "start", "end"), [(doc_id, s.start, s.end) for s in doc.chrome])

    def _insert_parts(self, doc_id: int, doc: Document) -> None:
        self._insert("parts", ("doc_id", "kind", "start", "end", "heading_start", "heading_end", "period"), [
            (doc_id, p.kind, p.span.start, p.span.end, *_ends(p.heading), p.period) for p in doc.parts
        ])

    def _insert_sections(self, doc_id: int, sections: list[Section]) -> None:
        # One statement for the whole tree: ids are given in pre-order from the table's largest,
        # which is the id SQLite would give each row inserted one after another.
        columns = ("id", "doc_id", "parent_id", "level", "marker", "title", "start", "end", "heading_start",
                   "heading_end", "ord")
        rows: list[tuple[Any, ...]] = []
        base = self.conn.execute("SELECT coalesce(max(id), 0) FROM sections").fetchone()[0] + 1

        def walk(s: Section, parent_id: int | None) -> None:
            section_id = base + len(rows)
            rows.append((section_id, doc_id, parent_id, s.level, s.marker, s.title, s.span.start, s.span.end,
                         *_ends(s.heading), len(rows)))
            for child in s.children:
                walk(child, section_id)

        for section in sections:
            walk(section, None)
        if rows:
            cols = ", ".join(f'"{c}"' for c in columns)
            self.conn.executemany(f"INSERT INTO sections ({cols}) VALUES ({', '.join('?' * len(columns))})", rows)

    def _insert_facts(self, doc_id: int, doc: Document) -> None:
        # A generator, not a list: a long report's facts (a `FactStream`) are written as they
        # are made, never all held at once.
        columns = ("doc_id", "text", "start", "end", "value", "unit", "approx", "kind", "subject", "part",
                   "section_path", "sentence_start", "sentence_end", "domain", "domain_cues", "year", "indicator")
        cols = ", ".join(f'"{c}"' for c in columns)
        # The facts of a sentence share their cues, and a few hundred lists of cues serve all the
        # facts of all the documents: each list's JSON is made once, while the store is open.
        cues = self._cues_json
        if len(cues) > CUES_KEPT:
            cues.clear()

        def cues_json(values: list[str]) -> str:
            key = tuple(values)
            text = cues.get(key)
            if text is None:
                text = cues[key] = json.dumps(list(values), ensure_ascii=False)
            return text

        def rows() -> Iterator[tuple[Any, ...]]:
            # The facts of a sentence share its cues, and those of a section its titles (the same
            # list objects, one after another): each is joined once, when it changes.
            last_section: list[str] | None = None
            last_cues: list[str] | None = None
            section_path = cues_text = ""
            for f in doc.facts:
                if f.section is not last_section:
                    last_section, section_path = f.section, SECTION_SEP.join(f.section)
                if f.domain_cues is not last_cues:
                    last_cues, cues_text = f.domain_cues, cues_json(f.domain_cues)
                sentence, value = getattr(f, "sentence", None), f.value
                yield (doc_id, f.text, f.start, f.end, None if value is None else float(value), f.unit, f.approx,
                       f.kind, f.subject, f.part, section_path, *_ends(sentence), f.domain, cues_text,
                       str(f.year or ""), f.indicator)

        self.conn.executemany(f"INSERT INTO facts ({cols}) VALUES ({', '.join('?' * len(columns))})", rows())

    def _insert_commitments(self, doc_id: int, doc: Document) -> None:
        self._insert("commitments", _COMMITMENT_COLUMNS, [
            (doc_id, c.text, c.start, c.end, c.action, c.object, c.target_text, c.target_start, c.target_end,
             None if c.target_value is None else float(c.target_value), c.target_unit, c.target_kind, c.comparator,
             c.strength, c.deadline, c.domain, SECTION_SEP.join(c.section), c.part, c.indicator)
            for c in doc.commitments
        ])

    # -- queries -----------------------------------------------------------------------
    def resolve(self, ref: int | str) -> int:
        """The id of the document ``ref`` names: an id, a doc_key prefix or a source path.

        A source path names its newest version. Raises E015 when nothing matches.
        """
        text = str(ref).strip()
        if "\x00" in text:
            raise DubanError(E.E015, ref=text.replace("\x00", "\\0"))
        if isinstance(ref, int) or (text.isdecimal() and text.isascii()):
            number = int(text)
            fits = -SQLITE_MAX_INT - 1 <= number <= SQLITE_MAX_INT  # larger ids cannot be stored: no such document
            row = self.conn.execute("SELECT id FROM documents WHERE id = ?", (number,)).fetchone() if fits else None
            if row:
                return row[0]
            if isinstance(ref, int):  # an id is an id: no falling back to key prefixes
                raise DubanError(E.E015, ref=text)
        if re.fullmatch(r"[0-9a-fA-F]+", text):
            rows = self.conn.execute(
                "SELECT id, doc_key FROM documents WHERE doc_key LIKE ? || '%' OR content_hash LIKE ? || '%'"
                " ORDER BY id",
                (text, text),
            ).fetchall()
            if len(rows) == 1:
                return rows[0]["id"]
            if len(rows) > 1:
                keys = ", ".join(r["doc_key"] for r in rows[:5])
                reason = f"{text!r} matches {len(rows)} documents ({keys}); give more of the key"
                raise DubanError(E.E014, reason=reason)
        sources = {text, str(Path(text).expanduser().resolve())}
        row = self.conn.execute(
            f"SELECT id FROM documents WHERE source IN ({', '.join('?' * len(sources))}) ORDER BY version DESC LIMIT 1",
            tuple(sources),
        ).fetchone()
        if row:
            return row[0]
        raise DubanError(E.E015, ref=text)

    def documents(self, latest_only: bool = True, *, province: str | None = None,
                  county: str | None = None) -> list[dict[str, Any]]:
        """One row per document (no texts), with counts of parts, sections, facts, warnings.

        ``province`` and ``county`` keep the documents whose province (浙江 matches 浙江省) or
        county (the organisation's county, or the organisation itself when it is one) starts
        with the given name."""
        where, params = ([LATEST_ONLY] if latest_only else []), []
        if province:
            where.append("d.province LIKE ? || '%'")
            params.append(province.strip())
        if county:
            where.append(COUNTY_MATCH)
            params += county_params(county)
        clause = f"WHERE {' AND '.join(where)}" if where else ""
        rows = self.conn.execute(f"SELECT {DOC_COLUMNS} FROM documents d {clause} ORDER BY d.id", params)
        return [doc_row(r) for r in rows]

    def document(self, ref: int | str) -> dict[str, Any]:
        doc_id = self.resolve(ref)
        row = self.conn.execute(f"SELECT {DOC_COLUMNS} FROM documents d WHERE d.id = ?", (doc_id,)).fetchone()
        return doc_row(row)

    def metadata(self, ref: int | str) -> list[dict[str, Any]]:
        rows = self.conn.execute(
            'SELECT name, label, value, start, "end" FROM metadata WHERE doc_id = ? ORDER BY id', (self.resolve(ref),)
        )
        return [dict(r) for r in rows]

    def warnings(self, ref: int | str) -> list[str]:
        rows = self.conn.execute("SELECT message FROM warnings WHERE doc_id = ? ORDER BY id", (self.resolve(ref),))
        return [r[0] for r in rows]

    def parts(self, ref: int | str) -> list[dict[str, Any]]:
        rows = self.conn.execute(
            'SELECT kind, start, "end", heading_start, heading_end, period FROM parts WHERE doc_id = ? ORDER BY id',
            (self.resolve(ref),),
        )
        return [dict(r) for r in rows]

    def outline(self, ref: int | str) -> list[dict[str, Any]]:
        """The section tree: dicts with a ``children`` list, in document order."""
        rows = self.conn.execute(
            'SELECT id, parent_id, level, marker, title, start, "end", heading_start, heading_end'
            " FROM sections WHERE doc_id = ? ORDER BY ord",
            (self.resolve(ref),),
        )
        nodes: dict[int, dict[str, Any]] = {}
        roots: list[dict[str, Any]] = []
        for r in rows:  # pre-order: a parent always comes before its children
            node = dict(r) | {"children": []}
            parent_id = node.pop("parent_id")
            nodes[node["id"]] = node
            (nodes[parent_id]["children"] if parent_id is not None else roots).append(node)
        return roots

    def text(self, ref: int | str) -> str:
        """The original text of the document, which every offset points into."""
        return self.texts(ref)[0]

    def texts(self, ref: int | str) -> tuple[str, str | None]:
        """``(original, norm)`` of the document (``norm`` None when it has no normalised view),
        joined from their pieces when they are stored in pieces (`duban.store.rows.texts`)."""
        return texts(self.conn, self.resolve(ref))

    def text_range(self, ref: int | str, start: int, end: int, field: str = "original") -> str:
        """``original[start:end]`` (or of ``norm``), reading only the pieces it touches."""
        return text_range(self.conn, self.resolve(ref), field, start, end)

    def facts(
        self,
        *,
        org: str | None = None,
        unit: str | None = None,
        kind: str | None = None,
        domain: str | None = None,
        part: str | None = None,
        year: str | int | None = None,
        doc: int | str | None = None,
        latest_only: bool = True,
    ) -> list[dict[str, Any]]:
        """Facts matching every filter given, by document, each in the extractor's order.

        ``org`` matches part of the organisation name; ``doc`` is a document reference as
        for `document`; the other filters are exact. Superseded versions are left out
        unless ``latest_only=False`` (or ``doc`` names one).
        """
        where, params = [], []
        if doc is not None:
            where.append("f.doc_id = ?")
            params.append(self.resolve(doc))
        elif latest_only:
            where.append(LATEST_ONLY)
        if org:
            where.append("d.org_name LIKE '%' || ? || '%' ESCAPE '\\'")
            params.append(like_escape(org))
        for column, value in (("unit", unit), ("kind", kind), ("domain", domain), ("part", part), ("year", year)):
            if value is not None:
                where.append(f"f.{column} = ?")
                params.append(str(value))
        sql = (
            'SELECT f.id, f.doc_id, d.doc_key, d.org_name, f.text, f.start, f."end", f.value, f.unit, f.approx, f.kind,'
            " f.subject, f.part, f.section_path, f.sentence_start, f.sentence_end, f.domain, f.domain_cues, f.year,"
            " f.indicator"
            " FROM facts f JOIN documents d ON d.id = f.doc_id"
            + (" WHERE " + " AND ".join(where) if where else "")
            + " ORDER BY f.doc_id, f.id"  # insertion order = the extractor's order
        )
        return [fact_row(r) for r in self.conn.execute(sql, params)]

    def track_checks(self, plan: int | str, review: int | str) -> dict[tuple[int, int], dict[str, Any]]:
        """Statuses a person checked for the pair ``plan`` → ``review``, by (start, target_start)."""
        keys = [self.document(ref)["doc_key"] for ref in (plan, review)]
        rows = self.conn.execute(
            'SELECT start, target_start, machine_status, status, note, checked_at FROM track_checks'
            " WHERE plan_key = ? AND review_key = ?", keys)
        return {(r["start"], r["target_start"]): dict(r) for r in rows}

    def check_status(self, plan: int | str, review: int | str, start: int, target_start: int | None,
                     machine_status: str, status: str, note: str = "") -> dict[str, Any]:
        """Store a person's status for one tracking row (the machine's beside it); returns the row."""
        from duban.link.status import STATUSES

        if status not in STATUSES:
            raise ValueError(f"unknown status {status!r}; one of {', '.join(STATUSES)}")
        plan_key, review_key = (self.document(ref)["doc_key"] for ref in (plan, review))
        row = (plan_key, review_key, int(start), -1 if target_start is None else int(target_start), machine_status,
               status, note[:500], datetime.now(UTC).isoformat(timespec="seconds"))
        self.conn.execute(
            "INSERT INTO track_checks (plan_key, review_key, start, target_start, machine_status, status, note,"
            " checked_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (plan_key, review_key, start, target_start)"
            " DO UPDATE SET machine_status = excluded.machine_status, status = excluded.status,"
            " note = excluded.note, checked_at = excluded.checked_at", row)
        return dict(zip(("plan_key", "review_key", "start", "target_start", "machine_status", "status", "note",
                         "checked_at"), row))

    def commitments(self, doc: int | str) -> list[dict[str, Any]]:
        """The commitments of document ``doc`` (an id, key prefix or source path), in text order."""
        cols = ", ".join(f'"{c}"' for c in _COMMITMENT_COLUMNS)
        rows = self.conn.execute(f"SELECT {cols} FROM commitments WHERE doc_id = ? ORDER BY id", (self.resolve(doc),))
        out = []
        for r in rows:
            row = dict(r)
            if row["target_value"] is not None and float(row["target_value"]).is_integer():
                row["target_value"] = int(row["target_value"])
            out.append(row)
        return out

    def load_document(self, ref: int | str) -> Document:
        """Rebuild the `Document` stored under ``ref``: text, metadata, parts, sections, facts."""
        doc_id = self.resolve(ref)
        d = self.conn.execute("SELECT * FROM documents WHERE id = ?", (doc_id,)).fetchone()
        org = {k: d[c] for k, c in (("name", "org_name"), ("level", "org_level"), ("county", "county"),
                                     ("prefecture", "prefecture"), ("province", "province"),
                                     ("division_code", "division_code"), ("place_confidence", "place_confidence"))
               if d[c] is not None}
        if candidates := json.loads(d["place_candidates"] or "[]"):
            org["place_candidates"] = candidates
        if org.get("prefecture"):
            org["city"] = org["prefecture"]
        periods = {k: d[c] for k, c in (("review", "review_period"), ("plan", "plan_period")) if d[c] is not None}
        metadata = [
            MetaField(m["name"], m["value"], Span(m["start"], m["end"]) if m["start"] is not None else None, m["label"])
            for m in self.metadata(doc_id)
        ]
        chrome = [Span(r[0], r[1]) for r in self.conn.execute(
            'SELECT start, "end" FROM chrome WHERE doc_id = ? ORDER BY id', (doc_id,))]
        parts = [
            Part(p["kind"], Span(p["start"], p["end"]),
                 Span(p["heading_start"], p["heading_end"]) if p["heading_start"] is not None else None, p["period"])
            for p in self.parts(doc_id)
        ]
        facts = [
            Fact(
                text=f["text"], start=f["start"], end=f["end"],
                value=float(f["value"]) if f["value"] is not None else f["value"], unit=f["unit"],
                approx=f["approx"], kind=f["kind"], subject=f["subject"], part=f["part"],
                section=f["section_path"].split(SECTION_SEP) if f["section_path"] else [],
                sentence=Span(f["sentence_start"], f["sentence_end"]) if f["sentence_start"] is not None else None,
                domain=f["domain"], domain_cues=f["domain_cues"], year=f["year"], indicator=f["indicator"],
            )
            for f in self.facts(doc=doc_id)
        ]
        original, norm = stored_texts(self.conn, doc_id, d["original"], d["norm"], d["chars"], d["body_chars"])
        return Document(
            source=d["source"], original=original, format=d["format"], encoding=d["encoding"],
            content_hash=d["content_hash"], metadata=metadata, chrome=chrome, norm=norm or "",
            norm_map=_map_from_json(d["norm_map"]), script=d["script"], title=d["title"], org=org, periods=periods,
            doc_type=d["doc_type"], published=d["published"], parts=parts,
            sections=[_section(node) for node in self.outline(doc_id)], facts=facts,
            commitments=[_commitment(r) for r in self.commitments(doc_id)], warnings=self.warnings(doc_id),
        )


    # -- read-only opening, search and compare (the web UI's and `duban search`'s queries) --
    @classmethod
    def open_read_only(cls, path: str | Path, *, check_same_thread: bool = True) -> Database:
        """Open an existing store read-only (``mode=ro``): no migration, no write possible.

        The database must already be at this duban's schema version (open it once with
        `Database(path)` to migrate it). `duban serve` reads through these connections.
        """
        from duban.store.migrations import current_version, schema_version

        self = cls.__new__(cls)
        self.path = Path(path)
        if not self.path.is_file():
            raise DubanError(E.E014, reason=f"no database at {str(path)!r}; run `duban ingest PATH...` first")
        uri = self.path.resolve().as_uri()
        try:
            try:
                self.conn = sqlite3.connect(uri + "?mode=ro", uri=True, isolation_level=None, timeout=BUSY_SECONDS,
                                            check_same_thread=check_same_thread)
                version = schema_version(self.conn)
                self.conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
            except sqlite3.OperationalError:
                if _writable(self.path):
                    raise
                # A store on read-only media or in a folder duban may not write (no -shm can be
                # made): opened as immutable, which reads the file as it is, without locks.
                self.conn = sqlite3.connect(uri + "?immutable=1", uri=True, isolation_level=None,
                                            check_same_thread=check_same_thread)
                version = schema_version(self.conn)
            self.conn.row_factory = sqlite3.Row
            self.conn.execute("PRAGMA query_only = ON")
        except sqlite3.Error as exc:
            raise DubanError(E.E014, reason=f"{path}: {exc}") from exc
        if version != current_version():
            self.conn.close()
            raise DubanError(E.E014, reason=f"{path} is at schema version {version}, this duban needs "
                                            f"{current_version()}: open it once for writing (e.g. `duban ingest`)")
        return self

    @classmethod
    def open_for_reading(cls, path: str | Path) -> Database:
        """What reading commands (`docs`, `show`, `facts`, `search`, `track`) open: the store
        read-only when it is at this duban's schema (so a read-only file or folder works),
        else opened for writing once to bring it up to date."""
        from duban.store.migrations import current_version

        try:
            return cls.open_read_only(path)
        except DubanError as exc:
            if "schema version" not in exc.reason or "newer" in exc.reason:
                raise
        if current_version() and not _writable(Path(path)):
            raise DubanError(E.E014, reason=f"{path} needs a schema upgrade and cannot be written: "
                                            "run `duban ingest` once where it is writable")
        return cls(path, create=False)

    def search(self, query: str, limit: int = 20, offset: int = 0, *, latest_only: bool = True) -> dict[str, Any]:
        """Full-text search of the bodies (FTS5 over bigrams and characters): a page of documents and the total.

        See `duban.store.search.search` for the query language and the result's shape.
        Raises `duban.store.search.QuerySyntaxError` (a ``ValueError``) for a query that
        cannot be parsed.
        """
        from duban.store.search import search

        return search(self, query, limit, offset, latest_only=latest_only)

    def compare(self, doc_refs: Iterable[int | str]) -> dict[str, Any]:
        """Shared indicators and attention by domain of 2–10 documents (`duban.store.compare`)."""
        from duban.store.compare import compare

        return compare(self, list(doc_refs))

# -- row helpers -------------------------------------------------------------------------
def _writable(path: Path) -> bool:
    import os

    return os.access(path, os.W_OK) and os.access(path.resolve().parent, os.W_OK)


def _is_busy(exc: BaseException) -> bool:
    message = str(exc).lower()
    return "locked" in message or "busy" in message


def _backoff(attempt: int) -> None:
    import random
    import time

    time.sleep(min(5.0, 0.2 * 2**attempt) * (0.5 + random.random()))


class _ByteWindow:
    """Stretches of ``text``'s UTF-8 by byte offset, asked in increasing order (as `index_body`
    asks for its chunks): only the pieces around the stretch asked are held encoded."""

    def __init__(self, text: str, piece: int | None = None):
        piece = piece or PIECE_CHARS
        self._pieces = (text[i : i + piece].encode("utf-8") for i in range(0, len(text), piece))
        self._buf = b""
        self._at = 0  # the byte offset of _buf[0]

    def read(self, offset: int, length: int) -> bytes:
        if offset < self._at:
            raise ValueError(f"bytes from {offset} asked after {self._at}")
        while self._at + len(self._buf) < offset + length:
            piece = next(self._pieces, None)
            if piece is None:
                break
            if self._at + len(self._buf) <= offset:  # all of _buf lies before the stretch
                self._at += len(self._buf)
                self._buf = piece
            else:
                self._buf += piece
        cut = offset - self._at
        if cut > 0:
            self._buf, self._at = self._buf[cut:], offset
        return self._buf[:length]


def _utf8_length(text: str, piece: int = WRITE_IN_PIECES) -> int:
    """The length of ``text`` in UTF-8, counted a piece at a time (no copy of the whole)."""
    if text.isascii():
        return len(text)
    return sum(len(text[i : i + piece].encode("utf-8")) for i in range(0, len(text), piece))


def _ends(span: Span | None) -> tuple[int | None, int | None]:
    return (span.start, span.end) if span is not None else (None, None)


def _commitment(row: dict[str, Any]) -> Any:
    from duban.extract.commitments import Commitment

    fields = {k: row[k] for k in _COMMITMENT_COLUMNS if k not in ("doc_id", "section_path")}
    value = fields["target_value"]
    fields["target_value"] = float(value) if value is not None else None
    return Commitment(**fields, section=row["section_path"].split(SECTION_SEP) if row["section_path"] else [])


def _section(node: dict[str, Any]) -> Section:
    return Section(
        title=node["title"], marker=node["marker"], level=node["level"], span=Span(node["start"], node["end"]),
        heading=Span(node["heading_start"], node["heading_end"]), children=[_section(c) for c in node["children"]],
    )


def _map_to_json(m: OffsetMap | None) -> str | None:
    if m is None:
        return None
    # OffsetMap keeps its breakpoints private; storing them is what lets load_document
    # hand back a Document whose norm offsets still map to the original.
    return json.dumps({"pieces": list(zip(m._derived, m._original, strict=True)), "derived_len": m._derived_len,
                       "original_len": m._original_len})


def _map_from_json(text: str | None) -> OffsetMap | None:
    if not text:
        return None
    data = json.loads(text)
    return OffsetMap([tuple(p) for p in data["pieces"]], data["derived_len"], data["original_len"])
