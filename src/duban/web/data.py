"""The data functions behind every page: each HTML page and its JSON twin call the same one.

``/documents`` and ``/api/v1/documents`` both call `documents_data`, ``/facts`` and
``/api/v1/facts`` both call `facts_data`, and so on, so the UI, the API and the CLI
(which reads the same `Database` methods) see the same rows. Rows have the shape the
`Database` methods give (`Database.documents`, `Database.facts`); these functions add
filters, sorting, pagination, totals and facet counts in SQL, with every value passed as
a parameter and every column name taken from a fixed list.
"""

from __future__ import annotations

import functools
import json
import os
import queue
import sqlite3
import threading
import time
from collections import OrderedDict
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from duban.store import Database
from duban.store.rows import COUNTY_MATCH, DOC_COLUMNS, LATEST_ONLY, county_params, doc_row, fact_row, like_escape

MAX_LIMIT = 1000
BACKGROUND_SECONDS = 600.0  # the longest a count left to the background may take
FACET_VALUES = 30  # values listed per facet, most frequent first
CACHE_ENTRIES = 512

_cache: OrderedDict[tuple, Any] = OrderedDict()
_cache_lock = threading.Lock()


def _db_state(db: Database) -> tuple:
    """What changes whenever the database does: size and mtime of the file and its WAL."""
    state = []
    for suffix in ("", "-wal"):
        try:
            st = os.stat(f"{db.path}{suffix}")
            state.append((st.st_size, st.st_mtime_ns))
        except OSError:
            state.append(None)
    return (str(db.path.resolve()), *state)


def cached(db: Database, key: tuple, compute: Callable[[], Any]) -> Any:
    """``compute()``, remembered until the database changes: totals and facet counts over a
    large store take a full scan, and a server reads the same ones again and again."""
    full_key = (_db_state(db), *key)
    value = _recall(full_key)
    if value is not _MISSING:
        return value
    value = compute()
    _remember(full_key, value)
    return value


# -- counts kept beside the store: a restarted server has them at once -----------------------
# Totals and facet counts of a large store take seconds to minutes; they are written to
# ``<store>.counts.json`` (with the store's size and modification times: any write to the store
# makes them stale, and they are then ignored and replaced). Where that file cannot be written
# (a read-only folder), counts live in memory only.
PERSISTED = frozenset({"facts-total", "facts-facets", "facts-count", "documents-total", "document-options"})
PERSISTED_ENTRIES = 256
_MISSING = object()
_file_lock = threading.Lock()


def counts_path(db_path: Any) -> str:
    """The file beside the store that keeps its counts."""
    return f"{db_path}.counts.json"


def _persistable(full_key: tuple) -> bool:
    state = full_key[0]
    return len(full_key) > 1 and full_key[1] in PERSISTED and state[1] is not None  # a file, not :memory:


def _key_text(full_key: tuple) -> str:
    return json.dumps(list(full_key[1:]), ensure_ascii=False, default=str)


def _read_counts(state: tuple) -> dict[str, Any]:
    try:
        with open(counts_path(state[0]), encoding="utf-8") as f:
            data = json.load(f)
    except (OSError, ValueError):
        return {}
    if not isinstance(data, dict) or data.get("state") != json.loads(json.dumps(state)):
        return {}  # counts of another state of the store
    return data.get("entries") or {}


def _recall(full_key: tuple) -> Any:
    """What is remembered under ``full_key``: in memory, else in the store's counts file."""
    with _cache_lock:
        if full_key in _cache:
            _cache.move_to_end(full_key)
            return _cache[full_key]
    if not _persistable(full_key):
        return _MISSING
    value = _read_counts(full_key[0]).get(_key_text(full_key), _MISSING)
    if value is not _MISSING:
        with _cache_lock:
            _cache[full_key] = value
            while len(_cache) > CACHE_ENTRIES:
                _cache.popitem(last=False)
    return value


def _persist(full_key: tuple, value: Any) -> None:
    state = full_key[0]
    with _file_lock:
        entries = _read_counts(state)
        entries.pop(_key_text(full_key), None)
        entries[_key_text(full_key)] = value
        while len(entries) > PERSISTED_ENTRIES:
            entries.pop(next(iter(entries)))
        path = counts_path(state[0])
        temp = f"{path}.{os.getpid()}.{threading.get_ident()}.tmp"
        try:
            with open(temp, "w", encoding="utf-8") as f:
                json.dump({"state": state, "entries": entries}, f, ensure_ascii=False)
            os.replace(temp, path)
        except (OSError, TypeError, ValueError):  # a read-only folder, or a value JSON cannot hold
            try:
                os.unlink(temp)
            except OSError:
                pass


def clear_cache(db_path: Any = None) -> None:
    """Forget every remembered count (and, given a store's path, its counts file)."""
    with _cache_lock:
        _cache.clear()
    if db_path is not None:
        try:
            os.unlink(counts_path(Path(db_path).resolve()))
        except OSError:
            pass


# -- time limits: a query that runs too long is stopped, or finished in the background ----
def set_deadline(db: Database, seconds: float | None) -> None:
    """Queries on ``db`` stop (``sqlite3.OperationalError: interrupted``) ``seconds`` from
    now; ``None`` lifts the limit. SQLite's progress handler checks it as a query runs."""
    if not getattr(db, "_deadline_installed", False):
        db._deadline = None  # type: ignore[attr-defined]
        db.conn.set_progress_handler(
            lambda: 1 if db._deadline is not None and time.monotonic() > db._deadline else 0, 1_000)
        db._deadline_installed = True  # type: ignore[attr-defined]
    db._deadline = None if seconds is None else time.monotonic() + seconds  # type: ignore[attr-defined]


_pending: set[tuple] = set()


def cached_within(db: Database, key: tuple, compute: Callable[[Database], Any], budget: float | None) -> Any:
    """``compute(db)`` as `cached` remembers it, but given at most ``budget`` seconds: when it
    takes longer, it goes on in a background thread (on a connection of its own, until the
    answer is remembered) and `PENDING` is returned now. ``budget=None`` waits for it."""
    full_key = (_db_state(db), *key)
    value = _recall(full_key)
    if value is not _MISSING:
        return value
    if budget is None:
        return cached(db, key, lambda: compute(db))
    with _cache_lock:
        if full_key in _pending:  # already being counted in the background: no second try now
            return PENDING
    before = getattr(db, "_deadline", None)
    set_deadline(db, budget)
    if before is not None:
        db._deadline = min(before, db._deadline)  # type: ignore[attr-defined]
    try:
        value = compute(db)
    except sqlite3.OperationalError as exc:
        if "interrupt" not in str(exc):
            raise
        _finish_later(db.path, full_key, compute)
        return PENDING
    finally:
        db._deadline = before  # type: ignore[attr-defined]
    _remember(full_key, value)
    return value


PENDING = object()  # what `cached_within` gives while the answer is being computed


def _remember(full_key: tuple, value: Any) -> None:
    with _cache_lock:
        _cache[full_key] = value
        while len(_cache) > CACHE_ENTRIES:
            _cache.popitem(last=False)
    if _persistable(full_key):
        _persist(full_key, value)


_later: queue.SimpleQueue = queue.SimpleQueue()
_worker: list[threading.Thread] = []


def _finish_later(path: Any, full_key: tuple, compute: Callable[[Database], Any]) -> None:
    """Queue ``compute`` for the one background worker (counts never pile up: however many
    pages ask, one count runs at a time, beside the requests)."""
    with _cache_lock:
        if full_key in _pending:
            return
        _pending.add(full_key)
        if not _worker or not _worker[0].is_alive():
            _worker[:] = [threading.Thread(target=_work, name="duban-counts", daemon=True)]
            _worker[0].start()
    _later.put((path, full_key, compute))


def _work() -> None:
    while True:
        path, full_key, compute = _later.get()
        try:
            with _cache_lock:
                done = full_key in _cache
            if not done:
                with Database.open_read_only(path) as own:
                    set_deadline(own, BACKGROUND_SECONDS)
                    _remember(full_key, compute(own))
        except Exception:  # noqa: BLE001 - a failed count is computed again on the next request
            pass
        finally:
            with _cache_lock:
                _pending.discard(full_key)


def is_pending(db: Database, key: tuple) -> bool:
    with _cache_lock:
        return (_db_state(db), *key) in _pending


def _has_versions(db: Database) -> bool:
    """Whether any document supersedes another (if none, "latest only" filters nothing)."""
    return db.conn.execute(
        "SELECT EXISTS (SELECT 1 FROM documents WHERE supersedes IS NOT NULL)").fetchone()[0] == 1


class BadRequest(ValueError):
    """A parameter the caller got wrong: the answer is 400 with this message."""


def page_args(limit: int, offset: int, default: int = 50) -> tuple[int, int]:
    if limit is None:
        limit = default
    if not 0 <= limit <= MAX_LIMIT:
        raise BadRequest(f"limit 应在 0 到 {MAX_LIMIT} 之间 (limit must be 0..{MAX_LIMIT})")
    if offset < 0:
        raise BadRequest("offset 不能为负数 (offset must be >= 0)")
    return limit, offset


# -- documents ---------------------------------------------------------------------------
DOCUMENT_SORTS = {
    "id": "d.id", "org": "d.org_name", "province": "d.province", "county": "d.county", "published": "d.published",
    "type": "d.doc_type",
    "period": "d.review_period", "facts": "(SELECT count(*) FROM facts f WHERE f.doc_id = d.id)",
    "warnings": "(SELECT count(*) FROM warnings w WHERE w.doc_id = d.id)",
}


def _document_rows(db: Database, ids: list[int]) -> list[dict[str, Any]]:
    """`Database.documents` rows for ``ids``, in that order."""
    if not ids:
        return []
    marks = ", ".join("?" * len(ids))
    rows = {r["id"]: doc_row(r) for r in db.conn.execute(
        f"SELECT {DOC_COLUMNS} FROM documents d WHERE d.id IN ({marks})", ids)}
    return [rows[i] for i in ids]


def documents_data(db: Database, *, level: str | None = None, county: str | None = None, year: str | None = None,
                   type: str | None = None, q: str | None = None, sort: str = "id", limit: int | None = 50,
                   offset: int = 0, province: str | None = None, budget: float | None = None) -> dict[str, Any]:
    """The newest version of every document, filtered, sorted and paginated, with the total.

    ``level`` and ``type`` are exact; ``county`` is the start of the county's name or of a county's
    own organisation (松阳 = 松阳县), as in ``duban docs --county``; ``province`` is the start of the province's
    name (浙江 = 浙江省); ``year`` matches a review or plan period of that year; ``q`` is part of
    the title, organisation, province, county or source.
    """
    limit, offset = page_args(limit, offset)
    where, params = [LATEST_ONLY], []
    if province:
        where.append("substr(d.province, 1, length(?)) = ?")
        params += [province, province]
    if level:
        where.append("d.org_level = ?")
        params.append(level)
    if county:
        where.append(COUNTY_MATCH)
        params += county_params(county)
    if type:
        where.append("d.doc_type = ?")
        params.append(type)
    if year:
        where.append("(substr(d.review_period, 1, 4) = ? OR substr(d.plan_period, 1, 4) = ?)")
        params += [str(year), str(year)]
    if q:
        where.append("(instr(d.title, ?) > 0 OR instr(coalesce(d.org_name, ''), ?) > 0"
                     " OR instr(coalesce(d.county, ''), ?) > 0 OR instr(coalesce(d.province, ''), ?) > 0"
                     " OR instr(d.source, ?) > 0)")
        params += [q] * 5
    order = _order(sort, DOCUMENT_SORTS, "d.id")
    where_sql = " AND ".join(where)
    # Filter, count and sort on the covering index documents_listing (schema step 4): the
    # table's rows hold the texts before these columns, so only the page's rows are read.
    index = "documents_place" if province or q else "documents_listing"  # only documents_place has the province
    listing = f"FROM documents d INDEXED BY {index} WHERE {where_sql}"
    if len(where) == 1:  # no filter: SQLite counts on its smallest index, and pages by id need no sort
        total = cached(db, ("documents-total",), lambda: db.conn.execute(
            f"SELECT count(*) FROM documents d WHERE {where_sql}", params).fetchone()[0])
        if order in ("d.id", "d.id ASC", "d.id DESC"):
            listing = f"FROM documents d WHERE {where_sql}"
    else:  # a full pass over the covering index: remembered like the other counts
        total = cached(db, ("documents-total", where_sql, *params),
                       lambda: db.conn.execute(f"SELECT count(*) {listing}", params).fetchone()[0])
    ids = [r[0] for r in db.conn.execute(
        f"SELECT d.id {listing} ORDER BY {order}, d.id LIMIT ? OFFSET ?", [*params, limit, offset])]
    rows = _document_rows(db, ids)
    options = cached_within(db, ("document-options",), _document_options, budget)
    return {
        "total": total, "limit": limit, "offset": offset, "sort": sort, "rows": rows,
        "filters": {"level": level, "province": province, "county": county, "year": year, "type": type, "q": q},
        "options": {} if options is PENDING else options, "pending": options is PENDING,
    }


def _document_options(db: Database) -> dict[str, list[dict[str, Any]]]:
    """The values each documents filter can take, with how many documents have each."""
    options = {}
    source = "FROM documents d INDEXED BY documents_listing"
    # Each count on an index that holds its column (documents_place has the province): a column
    # read from the table itself lies after the texts, and reaching it reads every text.
    for name, expr, index in (("level", "d.org_level", "documents_listing"),
                              ("province", "d.province", "documents_place"),
                              ("county", "d.county", "documents_listing"), ("type", "d.doc_type", "documents_listing")):
        options[name] = [dict(r) for r in db.conn.execute(
            f"SELECT {expr} AS value, count(*) AS count FROM documents d INDEXED BY {index}"
            f" WHERE {LATEST_ONLY} AND coalesce({expr}, '') != '' GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT 200")]
    options["year"] = [dict(r) for r in db.conn.execute(
        "SELECT value, count(DISTINCT id) AS count FROM ("
        f" SELECT d.id, substr(d.review_period, 1, 4) AS value {source} WHERE {LATEST_ONLY}"
        f" UNION ALL SELECT d.id, substr(d.plan_period, 1, 4) {source} WHERE {LATEST_ONLY})"
        " WHERE coalesce(value, '') != '' GROUP BY 1 ORDER BY 1 DESC")]
    return options


def document_data(db: Database, ref: int | str) -> dict[str, Any]:
    """One document: its row, metadata, warnings and parts (what `duban show --json` gives)."""
    doc_id = db.resolve(ref)
    return {
        "document": db.document(doc_id), "metadata": db.metadata(doc_id), "warnings": db.warnings(doc_id),
        "parts": db.parts(doc_id),
    }


def text_data(db: Database, ref: int | str) -> dict[str, Any]:
    doc_id = db.resolve(ref)
    return {"id": doc_id, "text": db.text(doc_id)}


def outline_data(db: Database, ref: int | str) -> dict[str, Any]:
    doc_id = db.resolve(ref)
    return {"id": doc_id, "parts": db.parts(doc_id), "outline": db.outline(doc_id)}


def document_view(db: Database, ref: int | str) -> dict[str, Any]:
    """Everything the document page shows: `document_data` plus text, outline and facts."""
    data = document_data(db, ref)
    doc_id = data["document"]["id"]
    data["text"] = db.text(doc_id)
    data["outline"] = db.outline(doc_id)
    data["facts"] = document_facts(db, data["document"])
    return data


def document_facts(db: Database, document: dict[str, Any]) -> list[dict[str, Any]]:
    """`Database.facts` of one document (its row given), in the extractor's order, without a
    join per fact: the document's key and organisation sit after its texts in the table, and
    reaching them again for every fact reads the whole text each time."""
    cursor = db.conn.execute(f"{_FACT_ONLY_SELECT} WHERE f.doc_id = ? ORDER BY f.id", (document["id"],))
    extra = {"doc_key": document["doc_key"], "org_name": document["org_name"]}
    rows = []
    for r in cursor:
        row = fact_row(r)
        rows.append({"id": row.pop("id"), "doc_id": row.pop("doc_id"), **extra, **row})
    return rows


# -- facts -------------------------------------------------------------------------------
FACT_FILTERS = ("org", "unit", "kind", "domain", "part", "year", "doc")
FACETS = {"org": "d.org_name", "year": "f.year", "part": "f.part", "kind": "f.kind", "unit": "f.unit",
          "domain": "f.domain"}
FACT_SORTS = {
    "doc": "f.doc_id", "org": "d.org_name", "text": "f.text", "value": "f.value", "unit": "f.unit",
    "approx": "f.approx", "kind": "f.kind", "subject": "f.subject", "part": "f.part", "domain": "f.domain",
    "year": "f.year", "start": "f.start",
}
_FACT_SELECT = (
    'SELECT f.id, f.doc_id, d.doc_key, d.org_name, f.text, f.start, f."end", f.value, f.unit, f.approx, f.kind,'
    " f.subject, f.part, f.section_path, f.sentence_start, f.sentence_end, f.domain, f.domain_cues, f.year,"
    " f.indicator"
    " FROM facts f JOIN documents d ON d.id = f.doc_id"
)


_LATEST_FACT = "f.doc_id NOT IN (SELECT supersedes FROM documents WHERE supersedes IS NOT NULL)"


def _fact_where(db: Database, filters: dict[str, Any]) -> tuple[str, list[Any]]:
    """The WHERE clause of `Database.facts` for the same filters (same meaning, same rows).

    It names columns of ``facts f`` only (the document conditions are subqueries on the
    documents' indexes), so counts and facets need not look up each fact's document.
    """
    where, params = [], []
    if filters.get("doc") not in (None, ""):
        where.append("f.doc_id = ?")
        params.append(db.resolve(filters["doc"]))
    elif _has_versions(db):
        where.append(_LATEST_FACT)
    if filters.get("org"):
        where.append("f.doc_id IN (SELECT id FROM documents INDEXED BY documents_listing"
                     " WHERE org_name LIKE '%' || ? || '%' ESCAPE '\\')")
        params.append(like_escape(str(filters["org"])))
    for column in ("unit", "kind", "domain", "part", "year"):
        if filters.get(column) is not None:
            where.append(f"f.{column} = ?")
            params.append(str(filters[column]))
    return " AND ".join(where) or "1", params


@functools.cache
def _filter_names(field: str) -> dict[str, str]:
    from duban.lang import load_table

    return {r["name"]: r["value"] for r in load_table("filter_names") if r["field"] == field}


def _order(sort: str | None, allowed: dict[str, str], default: str) -> str:
    if not sort:
        return default
    desc = sort.startswith("-")
    key = sort.lstrip("-")
    if key not in allowed:
        raise BadRequest(f"无法按 {key!r} 排序；可选：{', '.join(allowed)}")
    return f"{allowed[key]} {'DESC' if desc else 'ASC'}"


def facts_data(db: Database, *, sort: str | None = None, limit: int | None = 100, offset: int = 0,
               facets: bool = True, budget: float | None = None, **filters: Any) -> dict[str, Any]:
    """A page of facts matching ``filters`` (those of `Database.facts`), the total, facet counts.

    Unsorted, rows come in `Database.facts`'s order (by document, then the extractor's
    order); ``sort`` is a column name, ``-name`` for descending. With a ``budget`` (seconds,
    shared by the total and the facets), a total or facet counts that take longer (a large store, not yet counted) are finished
    in the background: ``total`` and ``facets`` are then ``None`` and ``pending`` is true.
    """
    unknown = set(filters) - set(FACT_FILTERS)
    if unknown:
        raise BadRequest(f"未知的筛选条件：{', '.join(sorted(unknown))}")
    filters = {k: (None if v in ("", None) else v) for k, v in filters.items()}
    for field in ("kind", "part"):  # 增减, 计划: the names `duban facts` takes too (filter_names.tsv)
        if isinstance(filters.get(field), str):
            filters[field] = _filter_names(field).get(filters[field].strip(), filters[field])
    limit, offset = page_args(limit, offset, 100)
    where_sql, params = _fact_where(db, filters)
    order = _order(sort, FACT_SORTS, "f.doc_id")
    started = time.monotonic()
    total = cached_within(db, ("facts-total", where_sql, *params), lambda d: d.conn.execute(
        f"SELECT count(*) FROM facts f WHERE {where_sql}", params).fetchone()[0], budget)
    pending = total is PENDING
    if pending:
        total = None
    if order.startswith("d."):  # sorting by a document column needs every fact's document
        ids_sql = (f"SELECT f.id FROM facts f JOIN documents d ON d.id = f.doc_id WHERE {where_sql}"
                   f" ORDER BY {order}, f.doc_id, f.id LIMIT ? OFFSET ?")
    else:
        source = "facts f"
        if sort is None and filters.get("doc") is None and where_sql != "1":
            # In the default order (document, then extractor's order) the facts_doc index is already
            # sorted: when the selection is not rare, walking it finds a page sooner than sorting it all.
            everything = cached(db, ("facts-count",), lambda: db.conn.execute("SELECT max(id) FROM facts").fetchone()[0])
            if total is None or total * 500 >= (everything or 0):  # at least 1 in 500 (or too many to count at once)
                source = "facts f INDEXED BY facts_doc"
        ids_sql = f"SELECT f.id FROM {source} WHERE {where_sql} ORDER BY {order}, f.doc_id, f.id LIMIT ? OFFSET ?"
    ids = [r[0] for r in db.conn.execute(ids_sql, [*params, limit, offset])]
    rows = _fact_rows(db, ids)
    data = {"total": total, "limit": limit, "offset": offset, "sort": sort, "rows": rows,
            "filters": {k: filters.get(k) for k in FACT_FILTERS}, "pending": pending}
    if facets:
        counted = cached_within(db, ("facts-facets", where_sql, *params),
                                lambda d: _fact_facets(d, where_sql, params),
                                None if budget is None else max(0.0, budget - (time.monotonic() - started)))
        data["facets"] = None if counted is PENDING else counted
        data["pending"] = pending or counted is PENDING
    if filters.get("doc") not in (None, ""):
        data["document"] = db.document(filters["doc"])
    return data


def _fact_facets(db: Database, where_sql: str, params: list[Any]) -> dict[str, list[dict[str, Any]]]:
    facets = {}
    for name, expr in FACETS.items():
        if name == "org":  # counted by document, then named: one look-up per document, not per fact
            orgs = dict(db.conn.execute("SELECT id, org_name FROM documents INDEXED BY documents_listing"))
            counts: dict[Any, int] = {}
            for doc_id, n in db.conn.execute(f"SELECT f.doc_id, count(*) FROM facts f WHERE {where_sql}"
                                             " GROUP BY f.doc_id", params):
                counts[orgs.get(doc_id)] = counts.get(orgs.get(doc_id), 0) + n
            ranked = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0] is None, kv[0] or ""))
            facets[name] = [{"value": v, "count": n} for v, n in ranked[:FACET_VALUES]]
            continue
        sql = (f"SELECT {expr} AS value, count(*) AS count FROM facts f WHERE {where_sql}"
               f" GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT {FACET_VALUES}")
        facets[name] = [dict(r) for r in db.conn.execute(sql, params)]
    return facets


def _fact_rows(db: Database, ids: list[int]) -> list[dict[str, Any]]:
    """`Database.facts` rows for the fact ``ids``, in that order."""
    if not ids:
        return []
    rows = {r["id"]: fact_row(r) for r in db.conn.execute(
        f"{_FACT_SELECT} WHERE f.id IN ({', '.join('?' * len(ids))})", ids)}
    return [rows[i] for i in ids]


_FACT_ONLY_SELECT = (
    'SELECT f.id, f.doc_id, f.text, f.start, f."end", f.value, f.unit, f.approx, f.kind, f.subject, f.part,'
    " f.section_path, f.sentence_start, f.sentence_end, f.domain, f.domain_cues, f.year, f.indicator FROM facts f"
)


def iter_facts(db: Database, *, sort: str | None = None, **filters: Any) -> Iterator[dict[str, Any]]:
    """Every fact matching ``filters``, in the page's order: what the exports write.

    The filters and the sort key are checked at once (a bad one raises here, before any
    row); the rows come as they are read. They are `Database.facts` rows; each
    document's key and organisation come from a look-up table read once from the indexes,
    not from a join per fact (which would read each document's texts).
    """
    filters = {k: (None if v in ("", None) else v) for k, v in filters.items() if k in FACT_FILTERS}
    where_sql, params = _fact_where(db, filters)
    order = _order(sort, FACT_SORTS, "f.doc_id")
    return _iter_facts(db, where_sql, params, order, sort is None and filters.get("doc") is None)


def _iter_facts(db: Database, where_sql: str, params: list[Any], order: str, in_doc_order: bool
                ) -> Iterator[dict[str, Any]]:
    if order.startswith("d."):
        for r in db.conn.execute(f"{_FACT_SELECT} WHERE {where_sql} ORDER BY {order}, f.doc_id, f.id", params):
            yield fact_row(r)
        return
    keys = dict(db.conn.execute("SELECT id, doc_key FROM documents INDEXED BY documents_doc_key"))
    orgs = dict(db.conn.execute("SELECT id, org_name FROM documents INDEXED BY documents_listing"))
    source = "facts f INDEXED BY facts_doc" if in_doc_order else "facts f"  # in doc order: no sort of it all
    cursor = db.conn.cursor()
    cursor.row_factory = None  # plain tuples: this may be a million rows
    cursor.execute(f"{_FACT_ONLY_SELECT.replace('FROM facts f', 'FROM ' + source)} WHERE {where_sql}"
                   f" ORDER BY {order}, f.doc_id, f.id", params)
    names = [c[0] for c in cursor.description]
    loads = json.loads
    for values in cursor:
        row = dict(zip(names, values))
        doc_id, value = row["doc_id"], row["value"]
        if value is not None and float(value).is_integer():
            row["value"] = int(value)  # as fact_row does
        row["domain_cues"] = [] if row["domain_cues"] == "[]" else loads(row["domain_cues"])
        yield {"id": row.pop("id"), "doc_id": row.pop("doc_id"), "doc_key": keys.get(doc_id),
               "org_name": orgs.get(doc_id), **row}


def fact_data(db: Database, fact_id: int) -> dict[str, Any] | None:
    row = db.conn.execute(f"{_FACT_SELECT} WHERE f.id = ?", (int(fact_id),)).fetchone()
    return fact_row(row) if row else None


# -- search and compare ------------------------------------------------------------------
def search_data(db: Database, q: str, limit: int | None = 20, offset: int = 0) -> dict[str, Any]:
    """`Database.search` (a `QuerySyntaxError` is a ``ValueError``: the caller answers 400, with
    the message in Chinese and how the advanced syntax is written)."""
    from duban.store.search import QuerySyntaxError

    limit, offset = page_args(limit, offset, 20)
    try:
        return db.search(q, limit, offset)
    except QuerySyntaxError as exc:
        raise QuerySyntaxError(_syntax_message(str(exc))) from None


_FTS5_ERROR = " (FTS5 syntax error)"


def _syntax_message(message: str) -> str:
    """A query SQLite could not parse: its reason (English) in brackets after the Chinese, and
    how the advanced syntax is written. Other messages are already written for people."""
    if not message.endswith(_FTS5_ERROR) or "：" not in message:
        return message
    head, _, detail = message[: -len(_FTS5_ERROR)].partition("：")
    return (f"{head}（SQLite：{detail.strip()}）。高级语法：短语用英文双引号括起并成对，"
            "AND、OR、NOT 用大写英文，括号成对；只找几个词时，用空格分开即可")


def compare_data(db: Database, docs: list[str]) -> dict[str, Any]:
    try:
        return db.compare(docs)
    except ValueError as exc:  # too few or too many documents
        raise BadRequest(str(exc)) from None


# -- tracking: plan against delivery -----------------------------------------------------
class NotFound(LookupError):
    """Nothing to show under this name: the answer is 404 with this message."""


def _tracked_orgs(db: Database) -> list[dict[str, Any]]:
    """The newest documents grouped by organisation as `duban.link` groups them (`org_key`),
    keeping the groups in which some plan period is reviewed by a later report."""
    from duban.link import distinct_documents, pair_documents
    from duban.link.orgs import org_key

    groups: dict[str, list[dict[str, Any]]] = {}
    for r in db.conn.execute(
            "SELECT d.id, d.org_name, d.org_level, d.county, d.title, d.review_period, d.plan_period"
            f" FROM documents d INDEXED BY documents_listing WHERE {LATEST_ONLY} ORDER BY d.id"):
        key = org_key(r["org_name"] or "")
        if key:
            groups.setdefault(key, []).append(dict(r))
    out = []
    for key, docs in groups.items():
        docs = distinct_documents(db, docs)  # one report stored twice (two formats) counts once
        pairs = sorted(pair_documents(docs), key=lambda p: (p[0]["plan_period"], p[0]["id"]))
        if pairs:
            first = docs[0]  # the name track_org reports
            out.append({"org": first["org_name"], "key": key, "org_level": first["org_level"],
                        "county": first["county"], "documents": len(docs),
                        "pairs": [{"plan": plan, "review": review} for plan, review in pairs]})
    out.sort(key=lambda g: (g["org"], g["key"]))
    return out


def track_list_data(db: Database, limit: int | None = 100, offset: int = 0) -> dict[str, Any]:
    """The organisations with a plan report and a later report reviewing it, each with its pairs
    (``plan`` and ``review`` rows: id, title, periods), by name, paginated."""
    limit, offset = page_args(limit, offset, 100)
    orgs = cached(db, ("track-orgs",), lambda: _tracked_orgs(db))
    return {"total": len(orgs), "limit": limit, "offset": offset, "rows": orgs[offset: offset + limit]}


def _latest_by_source(db: Database, source: str) -> dict[str, Any]:
    row = db.conn.execute(f"SELECT {DOC_COLUMNS} FROM documents d WHERE d.source = ? ORDER BY d.id DESC LIMIT 1",
                          (source,)).fetchone()
    return doc_row(row)


def _status_counts(rows: list[dict[str, Any]]) -> dict[str, int]:
    from duban.link.status import STATUSES

    counts = dict.fromkeys(STATUSES, 0)
    for r in rows:
        counts[r["status"]] += 1
    return counts


def track_data(db: Database, org: str, plan: int | None = None) -> dict[str, Any]:
    """`duban.link.track_org` for ``org``, one plan→review pair at a time.

    ``plan`` is the id of the pair's plan document (default: the newest plan). The answer:
    ``org``; ``pairs`` (every pair: ``plan`` and ``review`` document ids, titles and periods, its
    ``total`` and ``counts``); the chosen pair's ``plan`` and ``review`` document rows; its
    ``rows`` (`TrackReport.rows()`: ``start``/``end`` in the plan's original text,
    ``result_start``/``result_end`` in the review's); ``counts`` by status; ``domains``, each
    with its ``total`` and ``counts`` by status, most commitments first.
    """
    from duban.link import track_org
    from duban.link.orgs import org_key

    key = org_key(org)
    report = cached(db, ("track", key), lambda: track_org(db, org)) if key else None
    if report is None or not report.pairs:
        raise NotFound(f"没有找到「{org}」可对照的计划与回顾：需要一份含工作计划的报告和一份回顾该时期的后续报告")
    all_rows = report.rows()
    pairs = []
    for p in report.pairs:
        plan_doc, review_doc = _latest_by_source(db, p["plan_source"]), _latest_by_source(db, p["review_source"])
        rows = [r for r in all_rows if (r["plan_source"], r["review_source"]) == (p["plan_source"], p["review_source"])]
        pairs.append({
            "plan": {k: plan_doc[k] for k in ("id", "title", "review_period", "plan_period")},
            "review": {k: review_doc[k] for k in ("id", "title", "review_period", "plan_period")},
            "total": len(rows), "counts": _status_counts(rows),
            "_docs": (plan_doc, review_doc), "_rows": rows,
        })
    pairs.sort(key=lambda p: (p["plan"]["plan_period"] or "", p["plan"]["id"]))
    if plan is None:
        chosen = pairs[-1]
    else:
        chosen = next((p for p in pairs if p["plan"]["id"] == plan), None)
        if chosen is None:
            raise NotFound(f"文件 {plan} 不是 {report.org} 已配对的计划文件 (document {plan} is no plan of this"
                           " organisation paired with a review)")
    rows = chosen["_rows"]
    domains: dict[str, list[dict[str, Any]]] = {}
    for r in rows:
        domains.setdefault(r["domain"] or "", []).append(r)
    plan_doc, review_doc = chosen["_docs"]
    return {
        "org": report.org,
        "pairs": [{k: v for k, v in p.items() if not k.startswith("_")} for p in pairs],
        "plan": plan_doc, "review": review_doc,
        "total": len(rows), "counts": _status_counts(rows),
        "domains": [{"domain": d, "total": len(rs), "counts": _status_counts(rs)}
                    for d, rs in sorted(domains.items(), key=lambda kv: (-len(kv[1]), kv[0] == "", kv[0]))],
        "rows": rows,
    }


def track_view(db: Database, org: str, plan: int | None = None) -> dict[str, Any]:
    """Everything the tracking page shows: `track_data` plus the two original texts."""
    data = track_data(db, org, plan)
    data["plan_text"] = db.text(data["plan"]["id"])
    data["review_text"] = db.text(data["review"]["id"])
    return data
