"""The web UI and HTTP API: ``create_app(db_path)`` builds the FastAPI application.

Every page has a JSON twin under ``/api/v1/`` computed by the same function of
`duban.web.data`. Pages are rendered on the server with Jinja2 (autoescaping on), and
their scripts are static files: the Content-Security-Policy allows scripts only from
this server (``script-src 'self'``), so no inline script is needed or would run. All
assets, ECharts included, are served from the package's ``static`` folder: no CDN.

Reads go through read-only SQLite connections (one per worker thread). Only
``POST /api/v1/documents``, enabled by ``allow_upload`` and guarded by a bearer token,
opens the database for writing.
"""

from __future__ import annotations

import hmac
import io
import re
import threading
import time
import unicodedata
import weakref
from collections.abc import Callable
from pathlib import Path, PurePosixPath
from typing import Annotated, Any
from urllib.parse import urlencode

import sqlite3

from fastapi import APIRouter, FastAPI, Query, Request
from fastapi import Path as FPath
from fastapi.concurrency import run_in_threadpool
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse, RedirectResponse, Response, StreamingResponse
from fastapi.staticfiles import StaticFiles
from jinja2 import Environment, FileSystemLoader, select_autoescape
from starlette.datastructures import UploadFile
from starlette.exceptions import HTTPException as StarletteHTTPException

import duban
from duban.errors import DubanError, E
from duban.store import Database
from duban.web import data as D
from duban.web import fmt
from duban.web.highlight import render as render_text
from duban.web.highlight import track_text

HERE = Path(__file__).resolve().parent
STATIC_DIR = HERE / "static"
TEMPLATE_DIR = HERE / "templates"

MAX_UPLOAD_BYTES = 20 * 1024 * 1024  # larger files get 413
_MULTIPART_SLACK = 64 * 1024  # room for the multipart envelope around the file

CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; "
    "connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"
)
SECURITY_HEADERS = [
    (b"content-security-policy", CSP.encode()),
    (b"x-content-type-options", b"nosniff"),
    (b"x-frame-options", b"DENY"),
    (b"referrer-policy", b"same-origin"),
    (b"cross-origin-opener-policy", b"same-origin"),
]


MAX_INT = 2**63 - 1  # SQLite's largest integer: a larger id or offset is refused before any query
Limit = Annotated[int | None, Query(ge=0, le=D.MAX_LIMIT, description="rows per page")]
Offset = Annotated[int, Query(ge=0, le=MAX_INT, description="rows to skip")]
SearchLimit = Annotated[int | None, Query(ge=1, le=100, description="documents per page")]
Id = Annotated[int, FPath(ge=-MAX_INT - 1, le=MAX_INT, description="an id")]
XLSX_MAX_ROWS = 1_048_575  # an Excel sheet holds 1,048,576 rows, the header included
QUERY_SECONDS = 5.0
COUNT_BUDGET = 0.15  # a page's totals and facet counts taking longer are finished in the background
HEAVY_AT_ONCE = 2  # exports and searches reading bodies at once; more wait up to HEAVY_WAIT s, then 503
HEAVY_WAIT = 10.0  # a read query running longer than this is stopped (503): it cannot hold a worker
EXPORT_SECONDS = 600.0  # an export streams for at most this long

# What a refused parameter is told, by pydantic's error type.
_PROBLEMS = {
    "int_parsing": "应为整数", "int_from_float": "应为整数", "bool_parsing": "应为 true 或 false",
    "missing": "不能缺少", "greater_than_equal": "不能小于 {ge}", "less_than_equal": "不能大于 {le}",
    "greater_than": "应大于 {gt}", "less_than": "应小于 {lt}", "string_too_long": "太长",
}


class HTTPError(Exception):
    def __init__(self, status: int, message: str, headers: dict[str, str] | None = None):
        super().__init__(message)
        self.status, self.message, self.headers = status, message, headers or {}


class SecurityHeaders:
    """ASGI middleware: the CSP and friends on every response, errors and static files too."""

    def __init__(self, app: Callable):
        self.app = app

    async def __call__(self, scope: dict, receive: Callable, send: Callable) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_with_headers(message: dict) -> None:
            if message["type"] == "http.response.start":
                names = {k.lower() for k, _ in message.get("headers", [])}
                message["headers"] = list(message.get("headers", [])) + [
                    (k, v) for k, v in SECURITY_HEADERS if k not in names
                ]
            await send(message)

        await self.app(scope, receive, send_with_headers)


class _ReadConnections:
    """One read-only `Database` per thread (sqlite3 connections stay in their thread), each
    with a time limit: SQLite's progress handler stops a query that runs past the deadline
    of the request it serves, so that a slow query cannot hold a worker for long."""

    def __init__(self, path: Path):
        self.path = path
        self.local = threading.local()

    def get(self) -> Database:
        db = getattr(self.local, "db", None)
        if db is None:
            db = Database.open_read_only(self.path)
            self.local.db = db
        return db

    def limit(self, seconds: float | None) -> None:
        """Queries of this thread stop ``seconds`` from now (``None``: no limit)."""
        D.set_deadline(self.get(), seconds)


def _templates() -> Environment:
    env = Environment(loader=FileSystemLoader(str(TEMPLATE_DIR)), autoescape=select_autoescape(default=True),
                      trim_blocks=True, lstrip_blocks=True)
    env.filters.update(fmt.FILTERS)
    env.globals.update(version=duban.__version__, fmt=fmt,
                       static=lambda name: f"/static/{name}?v={duban.__version__}")
    return env


def create_app(db_path: str | Path, allow_upload: bool = False, token: str | None = None) -> FastAPI:
    """The duban web application over the database at ``db_path``.

    The database must exist unless ``allow_upload`` (then it is created). It is opened
    read-only; only an older schema is migrated, once, here. With
    ``allow_upload``, ``token`` is required: uploads must send ``Authorization: Bearer
    <token>``.
    """
    db_path = Path(db_path)
    if allow_upload and not token:
        raise ValueError("uploads need a token: set DUBAN_TOKEN (or pass token=)")
    if allow_upload:
        Database(db_path).close()  # created and migrated if need be
    else:
        try:
            Database.open_read_only(db_path).close()
        except DubanError as exc:
            if "schema version" not in exc.reason:
                raise
            Database(db_path, create=False).close()  # an older schema: migrated once, the only write
    reads = _ReadConnections(db_path)
    # Long downloads and searches that read the bodies share the CPU with every page: a few at once.
    heavy = threading.BoundedSemaphore(HEAVY_AT_ONCE)
    threading.Thread(target=_count_ahead, args=(db_path,), name="duban-warm", daemon=True).start()
    upload_lock = threading.Lock()
    env = _templates()
    for name in env.list_templates(extensions=["html"]):  # compiled now, not on a visitor's first request
        env.get_template(name)

    app = FastAPI(
        title="督办 duban API", version=duban.__version__,
        description="Chinese local-government work reports as grounded facts. Every offset is a half-open "
                    "character range [start, end) into the document's original text.",
        openapi_url="/api/v1/openapi.json", docs_url=None, redoc_url=None,  # the doc UIs load from a CDN
    )
    app.add_middleware(SecurityHeaders)
    app.mount("/static", StaticFiles(directory=str(STATIC_DIR), follow_symlink=False), name="static")
    app.state.db_path, app.state.allow_upload = db_path, allow_upload
    api = APIRouter(prefix="/api/v1")

    # -- plumbing ------------------------------------------------------------------------
    def db() -> Database:
        return reads.get()

    def call(fn: Callable[..., Any], *args: Any, seconds: float | None = QUERY_SECONDS, **kwargs: Any) -> Any:
        """Run a data function within the time limit, turning expected failures into HTTP errors."""
        reads.limit(seconds)
        try:
            return fn(*args, **kwargs)
        except sqlite3.OperationalError as exc:
            if "interrupt" in str(exc):
                raise HTTPError(503, f"查询用时超过 {seconds:g} 秒，已停止：请加上筛选条件或换用更具体的词再试") from None
            raise HTTPError(500, f"数据库错误：{exc}") from None
        except OverflowError:
            raise HTTPError(400, "参数中的数字太大") from None
        except DubanError as exc:
            if exc.code is E.E015:
                raise HTTPError(404, f"找不到这份文件：{str(exc.details.get('ref'))[:80]!r}") from None
            if "give more of the key" in exc.reason:  # a key prefix that names several documents
                raise HTTPError(400, f"文件编号不唯一，请写得更完整：{exc.details.get('reason', exc.reason)[:200]}") from None
            raise HTTPError(500, f"数据库错误：{exc.reason}") from None
        except ValueError as exc:  # BadRequest, QuerySyntaxError, a bad compare selection
            raise HTTPError(400, str(exc)) from None
        except D.NotFound as exc:  # no organisation or pair to track under that name
            raise HTTPError(404, str(exc)) from None

    def page(request: Request, template: str, status_code: int = 200, **context: Any) -> HTMLResponse:
        context.setdefault("page", template.removesuffix(".html"))
        has_track = any(getattr(r, "path", "") == "/track" for r in app.routes)  # the Tracking page, once it exists
        html = env.get_template(template).render(request=request, url=_url_maker(request), upload=allow_upload,
                                                 max_upload_mb=MAX_UPLOAD_BYTES // (1024 * 1024),
                                                 db_name=db_path.name, has_track=has_track, **context)
        return HTMLResponse(html, status_code=status_code)

    def is_api(request: Request) -> bool:
        return request.url.path.startswith("/api/")

    def error_response(request: Request, status: int, message: str, headers: dict | None = None) -> Response:
        if is_api(request):
            return JSONResponse({"error": {"status": status, "message": message}}, status_code=status,
                                headers=headers)
        return page(request, "error.html", status, page="error", status=status, message=message)

    @app.exception_handler(HTTPError)
    async def _http_error(request: Request, exc: HTTPError) -> Response:
        return error_response(request, exc.status, exc.message, exc.headers)

    @app.exception_handler(StarletteHTTPException)
    async def _starlette_error(request: Request, exc: StarletteHTTPException) -> Response:
        message = {404: "找不到这个页面", 405: "不支持这种请求方式"}.get(exc.status_code, str(exc.detail))
        return error_response(request, exc.status_code, message, getattr(exc, "headers", None))

    @app.exception_handler(RequestValidationError)
    async def _validation_error(request: Request, exc: RequestValidationError) -> Response:
        return error_response(request, 400, "参数有误：" + "；".join(_problem(e) for e in exc.errors()))

    @app.exception_handler(Exception)
    async def _unexpected(request: Request, exc: Exception) -> Response:
        return error_response(request, 500, f"服务器内部错误（{type(exc).__name__}）")

    @app.middleware("http")
    async def _no_control_characters(request: Request, call_next: Callable) -> Response:
        """A NUL or another control character in the address is refused before any route sees it."""
        given = request.url.path + "?" + "&".join(f"{k}={v}" for k, v in request.query_params.multi_items())
        if any(ord(ch) < 32 or ord(ch) == 127 for ch in given):
            return error_response(request, 400, "参数有误：地址中不能含有控制字符（如 NUL）")
        return await call_next(request)

    # -- documents -----------------------------------------------------------------------
    def documents(level: str | None, county: str | None, year: str | None, type: str | None, q: str | None,
                  sort: str, limit: int | None, offset: int, province: str | None = None) -> dict[str, Any]:
        return call(D.documents_data, db(), level=level or None, county=county or None, year=year or None,
                    type=type or None, q=(q or "").strip() or None, sort=sort, limit=limit, offset=offset,
                    province=(province or "").strip() or None, budget=COUNT_BUDGET)

    @app.get("/", include_in_schema=False)
    def home() -> RedirectResponse:
        return RedirectResponse("/documents", status_code=302)

    @app.get("/documents", include_in_schema=False, response_class=HTMLResponse)
    def documents_page(request: Request, level: str | None = None, county: str | None = None,
                       year: str | None = None, type: str | None = None, q: str | None = None, sort: str = "id",
                       limit: Limit = 50, offset: Offset = 0, province: str | None = None) -> HTMLResponse:
        return page(request, "documents.html",
                    data=documents(level, county, year, type, q, sort, limit, offset, province))

    @api.get("/documents", summary="List documents (newest version of each)")
    def documents_api(level: str | None = None, county: str | None = None, year: str | None = None,
                      type: str | None = None, q: str | None = None, sort: str = "id", limit: Limit = 50,
                      offset: Offset = 0, province: str | None = None) -> dict[str, Any]:
        """Filters: `level`, `county`, `type` (exact), `province` (the start of its name: 浙江 = 浙江省), `year`
        (a review or plan period's year), `q` (part of the title, organisation, province, county or source).
        `sort`: id, org, province, county, published, type, period, facts, warnings; prefix `-` for descending.
        Each row carries the place: `province`, `prefecture`, `county`, `division_code`, `place_confidence`,
        `place_candidates`. Answer: `{total, limit, offset, rows, filters, options}`."""
        return documents(level, county, year, type, q, sort, limit, offset, province)

    @app.get("/documents/{ref}", include_in_schema=False, response_class=HTMLResponse)
    def document_page(request: Request, ref: str, hl: str | None = None) -> HTMLResponse:
        view = call(D.document_view, db(), ref)
        hits = []
        if hl and (m := re.fullmatch(r"(\d{1,9})-(\d{1,9})", hl)) and int(m[1]) < int(m[2]):
            hits.append((int(m[1]), int(m[2])))
        anchors = [p["start"] for p in view["parts"]] + [s["heading_start"] for s in _walk(view["outline"])]
        kinds: dict[str, int] = {}
        for f in view["facts"]:
            kinds[f["kind"]] = kinds.get(f["kind"], 0) + 1
        return page(request, "document.html", view=view, kinds=kinds,
                    text_html=render_text(view["text"], view["facts"], anchors, hits))

    @api.get("/documents/{ref}", summary="One document: row, metadata, warnings, parts")
    def document_api(ref: str) -> dict[str, Any]:
        """`ref` is an id or a doc_key prefix. Answer: `{document, metadata, warnings, parts}`."""
        return call(D.document_data, db(), ref)

    @api.get("/documents/{ref}/text", summary="A document's original text")
    def text_api(ref: str) -> dict[str, Any]:
        """The text every offset points into: `{id, text}`."""
        return call(D.text_data, db(), ref)

    @api.get("/documents/{ref}/outline", summary="A document's parts and section tree")
    def outline_api(ref: str) -> dict[str, Any]:
        """`{id, parts, outline}`; each outline node has `children`."""
        return call(D.outline_data, db(), ref)

    # -- facts ---------------------------------------------------------------------------
    def fact_filters(org: str | None, unit: str | None, kind: str | None, domain: str | None, part: str | None,
                     year: str | None, doc: str | None) -> dict[str, Any]:
        return {"org": org, "unit": unit, "kind": kind, "domain": domain, "part": part, "year": year, "doc": doc}

    @app.get("/facts", include_in_schema=False, response_class=HTMLResponse)
    def facts_page(request: Request, org: str | None = None, unit: str | None = None, kind: str | None = None,
                   domain: str | None = None, part: str | None = None, year: str | None = None,
                   doc: str | None = None, sort: str | None = None, limit: Limit = 100,
                   offset: Offset = 0) -> HTMLResponse:
        data = call(D.facts_data, db(), sort=sort, limit=limit, offset=offset, budget=COUNT_BUDGET,
                    **fact_filters(org, unit, kind, domain, part, year, doc))
        return page(request, "facts.html", data=data)

    @api.get("/facts", summary="Facts, with the filters of `duban facts`")
    def facts_api(org: str | None = None, unit: str | None = None, kind: str | None = None,
                  domain: str | None = None, part: str | None = None, year: str | None = None,
                  doc: str | None = None, sort: str | None = None, limit: Limit = 100, offset: Offset = 0,
                  facets: bool = True) -> dict[str, Any]:
        """The filters of `duban facts`: `org` (part of the organisation's name), `unit`, `kind`, `domain`, `part`,
        `year` (exact) and `doc` (a document id or key prefix). Unsorted, rows come as `duban facts` lists them;
        `sort` is a column (`value`, `unit`, `subject` …), `-column` for descending. Answer: `{total, limit,
        offset, rows, filters, facets, pending}`. On a large store the first request for a selection may
        answer before its total and facets are counted: they are then `null` and `pending` is true, and a
        later request has them."""
        return call(D.facts_data, db(), sort=sort, limit=limit, offset=offset, facets=facets, budget=COUNT_BUDGET,
                    **fact_filters(org, unit, kind, domain, part, year, doc))

    def export(fmt_name: str, sort: str | None, filters: dict[str, Any]) -> Response:
        """The selection as a download: every parameter is checked (400/404) before the first byte;
        then the rows stream from the database (a CSV's first bytes leave at once)."""
        # A connection of its own: the rows are read as the download is sent, from whichever
        # worker thread sends the next piece (one at a time), and closed at the end. At most
        # HEAVY_AT_ONCE exports run at once, so that downloads cannot starve the pages.
        if not heavy.acquire(timeout=HEAVY_WAIT):
            raise HTTPError(503, "同时进行的导出太多，请稍后再试")
        done = threading.Event()

        def finish() -> None:  # once: when the rows are all sent, the download stops, or it never starts
            if not done.is_set():
                done.set()
                heavy.release()

        try:
            own = call(Database.open_read_only, db_path, check_same_thread=False)
        except BaseException:
            finish()
            raise
        try:
            rows = call(D.iter_facts, own, sort=sort, **filters)  # checks the filters, runs nothing yet
        except BaseException:
            own.close()
            finish()
            raise
        stamp = time.strftime("%Y%m%d-%H%M%S")
        name = f"duban-facts-{stamp}.{fmt_name}"
        headers = {"Content-Disposition": f'attachment; filename="{name}"'}

        def labelled() -> Any:
            D.set_deadline(own, EXPORT_SECONDS)
            try:
                for row in rows:
                    yield fmt.export_row(row)
            finally:
                own.close()
                finish()

        if fmt_name == "csv":
            from duban.export import iter_csv

            def chunks() -> Any:
                yield "\ufeff".encode()  # a BOM, so that Excel reads the file as UTF-8
                buffer: list[str] = []
                for piece in iter_csv(labelled(), header=fmt.FACT_EXPORT_HEADER):
                    buffer.append(piece)
                    if len(buffer) >= 500:
                        yield "".join(buffer).encode("utf-8")
                        buffer.clear()
                yield "".join(buffer).encode("utf-8")

            body = chunks()
            weakref.finalize(body, finish)  # a download that never starts gives its turn back too
            return StreamingResponse(body, media_type="text/csv; charset=utf-8", headers=headers)
        from duban.export import iter_xlsx

        body = iter_xlsx(labelled(), header=fmt.FACT_EXPORT_HEADER, max_rows=XLSX_MAX_ROWS)
        weakref.finalize(body, finish)
        media = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        return StreamingResponse(body, media_type=media, headers=headers)

    @api.get("/facts.csv", summary="Export the selected facts as CSV (UTF-8 with BOM)",
             response_class=Response, responses={200: {"content": {"text/csv": {}}}})
    def facts_csv(org: str | None = None, unit: str | None = None, kind: str | None = None,
                  domain: str | None = None, part: str | None = None, year: str | None = None,
                  doc: str | None = None, sort: str | None = None) -> Response:
        """Every fact the same filters select (no pagination), as CSV with a UTF-8 BOM so that Excel opens it."""
        return export("csv", sort, fact_filters(org, unit, kind, domain, part, year, doc))

    @api.get("/facts.xlsx", summary="Export the selected facts as an Excel workbook",
             response_class=Response, responses={200: {"content": {
                 "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": {}}}})
    def facts_xlsx(org: str | None = None, unit: str | None = None, kind: str | None = None,
                   domain: str | None = None, part: str | None = None, year: str | None = None,
                   doc: str | None = None, sort: str | None = None) -> Response:
        """Every fact the same filters select (no pagination), as an .xlsx workbook."""
        return export("xlsx", sort, fact_filters(org, unit, kind, domain, part, year, doc))

    @api.get("/facts/{fact_id}", summary="One fact")
    def fact_api(fact_id: Id) -> dict[str, Any]:
        row = call(D.fact_data, db(), fact_id)
        if row is None:
            raise HTTPError(404, f"找不到这条事实 (no fact {fact_id})")
        return row

    # -- search --------------------------------------------------------------------------
    def search(q: str, limit: int | None, offset: int) -> dict[str, Any]:
        """`D.search_data`; a query with words the index cannot decide alone (punctuation: the bodies
        are read) takes a turn among the heavy requests, so that it cannot starve the pages."""
        from duban.store.search import plan

        try:
            slow = bool(plan(q).scan_terms)
        except ValueError:
            slow = False  # the search itself answers 400
        if not slow:
            return call(D.search_data, db(), q, limit, offset)
        if not heavy.acquire(timeout=HEAVY_WAIT):
            raise HTTPError(503, "同时进行的慢查询太多，请稍后再试或换用不含标点的词")
        try:
            return call(D.search_data, db(), q, limit, offset)
        finally:
            heavy.release()

    @app.get("/search", include_in_schema=False, response_class=HTMLResponse)
    def search_page(request: Request, q: str = "", limit: SearchLimit = 20, offset: Offset = 0) -> HTMLResponse:
        if not q.strip():
            return page(request, "search.html", q="", data=None, error=None, elapsed=None)
        started = time.perf_counter()
        try:
            data = search(q, limit, offset)
        except HTTPError as exc:
            if exc.status != 400:
                raise
            return page(request, "search.html", 400, q=q, data=None, error=exc.message, elapsed=None)
        return page(request, "search.html", q=q, data=data, error=None,
                    elapsed=(time.perf_counter() - started) * 1000)

    @api.get("/search", summary="Full-text search of the document bodies")
    def search_api(q: Annotated[str, Query(description="words (every length goes through the index) or FTS5 syntax")],
                   limit: SearchLimit = 20, offset: Offset = 0) -> dict[str, Any]:
        """FTS5 over bigrams and characters: a word of any length matches wherever it occurs. Several words
        separated by spaces must all occur. ASCII quotes, parentheses, AND/OR/NOT make it an FTS5 query; one that
        cannot be parsed is a 400. Answer: `{query, mode, total, limit, offset, rows}`, each row a document with
        `hits` and `snippets` (`segments` of `{text, hit}`, and the first hit's `start`/`end` in the original)."""
        return search(q, limit, offset)

    # -- compare -------------------------------------------------------------------------
    @app.get("/compare", include_in_schema=False, response_class=HTMLResponse)
    def compare_page(request: Request, doc: Annotated[list[str], Query()] = [],  # noqa: B006
                     q: str | None = None, pick: bool = False) -> HTMLResponse:
        chosen = [d for d in doc if d.strip()]
        if len(chosen) < 2 or pick:
            picker = call(D.documents_data, db(), q=(q or "").strip() or None, limit=200)
            message = "请至少选择两份文件。" if chosen and not pick else None
            return page(request, "compare.html", data=None, picker=picker, chosen=chosen, message=message, q=q)
        try:
            data = call(D.compare_data, db(), chosen)
        except HTTPError as exc:
            if exc.status != 400:
                raise
            picker = call(D.documents_data, db(), limit=200)
            return page(request, "compare.html", 400, data=None, picker=picker, chosen=chosen, message=exc.message,
                        q=q)
        return page(request, "compare.html", data=data, chart=_chart(data), picker=None, chosen=chosen, message=None,
                    q=q)

    @api.get("/compare", summary="Compare 2–10 documents")
    def compare_api(doc: Annotated[list[str], Query(description="2 to 10 document ids or key prefixes")] = []  # noqa: B006
                    ) -> dict[str, Any]:
        """Shared indicators (same kind and unit, similar subject, in 2+ documents) and each document's attention
        by domain (share of its sentences per policy domain). Answer: `{documents, domains, attention,
        indicators}`."""
        return call(D.compare_data, db(), [d for d in doc if d.strip()])

    # -- tracking ------------------------------------------------------------------------
    @app.get("/track", include_in_schema=False, response_class=HTMLResponse)
    def track_list_page(request: Request, limit: Limit = 100, offset: Offset = 0) -> HTMLResponse:
        return page(request, "track_list.html", page="track", data=call(D.track_list_data, db(), limit, offset))

    @api.get("/track", summary="Organisations whose plans can be tracked")
    def track_list_api(limit: Limit = 100, offset: Offset = 0) -> dict[str, Any]:
        """Organisations (grouped as `duban.link` groups them: names compared after normalising) with a report
        holding a plan and a later report reviewing that period. Answer: `{total, limit, offset, rows}`, each row
        `{org, key, org_level, county, documents, pairs}`, each pair `{plan, review}` (id, title, periods)."""
        return call(D.track_list_data, db(), limit, offset)

    @app.get("/track/{org}", include_in_schema=False, response_class=HTMLResponse)
    def track_page(request: Request, org: str,
                   plan: Annotated[int | None, Query(ge=-MAX_INT - 1, le=MAX_INT)] = None) -> HTMLResponse:
        view = call(D.track_view, db(), org, plan)
        return page(request, "track.html", view=view, chart=_track_chart(view),
                    plan_html=track_text(view["plan_text"], view["rows"], "plan"),
                    review_html=track_text(view["review_text"], view["rows"], "review"))

    @api.get("/track/{org}", summary="Plan against delivery for one organisation")
    def track_api(org: str, plan: Annotated[int | None, Query(ge=-MAX_INT - 1, le=MAX_INT,
                                                              description="the plan document of the pair "
                                                                          "(default: the newest plan)")] = None
                  ) -> dict[str, Any]:
        """`duban track ORG` for one plan→review pair. Answer: `{org, pairs, plan, review, total, counts,
        domains, rows}`: `pairs` lists every pair with its counts; `plan` and `review` are the chosen pair's
        document rows; `rows` are the commitments (`start`/`end` in the plan's original text,
        `result_start`/`result_end` in the review's, `status`, `score` …); `counts` by status; `domains` with
        their counts by status."""
        return call(D.track_data, db(), org, plan)

    @app.get("/track/{org}/export.{fmt_name}", include_in_schema=False)
    @api.get("/track/{org}/export.{fmt_name}", summary="The tracking table as CSV or XLSX")
    def track_export(org: str, fmt_name: str, plan: int | None = None) -> Response:
        """The chosen pair's tracking table (`duban track ORG --format csv|xlsx`): one row per commitment with
        its status, confidence, the status a person checked, the evidence and its offsets."""
        if fmt_name not in ("csv", "xlsx"):
            raise HTTPError(404, f"没有 {fmt_name} 格式，可选 csv、xlsx")
        data = call(D.track_data, db(), org, plan)
        return _table_download(data["rows"], fmt_name, f"track-{data['plan']['id']}-{data['review']['id']}")

    def require_token(request: Request, what: str) -> None:
        if not token:
            raise HTTPError(403, f"{what}需要令牌：请设置 DUBAN_TOKEN 后启动服务")
        scheme, _, given = request.headers.get("authorization", "").partition(" ")
        if scheme.lower() != "bearer" or not hmac.compare_digest(given.strip().encode(), token.encode()):
            raise HTTPError(401, "需要有效的令牌：Authorization: Bearer <DUBAN_TOKEN>",
                            {"WWW-Authenticate": "Bearer"})

    @api.post("/track/{org}/checks", summary="Confirm or correct a tracking status (needs the token)",
              openapi_extra={"security": [{"bearerAuth": []}]}, responses={
                  400: {"description": "a bad body or status"}, 401: {"description": "missing or wrong token"},
                  403: {"description": "no token set on the server"}, 404: {"description": "no such row"}})
    async def track_check(org: str, request: Request) -> dict[str, Any]:
        """JSON body `{plan, start, target_start, status, note}`: `plan` the plan document's id, `start` and
        `target_start` (null without a target) the row's offsets, `status` the status a person confirms or
        chooses. Stored beside duban's own status (`track_checks`); the answer is the row as now shown."""
        require_token(request, "核对状态")
        try:
            body = await request.json()
            plan, start, status = int(body["plan"]), int(body["start"]), str(body["status"])
            target_start = None if body.get("target_start") is None else int(body["target_start"])
            note = str(body.get("note") or "")
        except (ValueError, KeyError, TypeError):
            raise HTTPError(400, "请求体应为 JSON：{plan, start, target_start, status, note}") from None
        from duban.link.status import STATUSES

        if status not in STATUSES:
            raise HTTPError(400, f"未知状态 {status!r}，可选：{', '.join(STATUSES)}")
        data = call(D.track_data, db(), org, plan)
        row = next((r for r in data["rows"] if r["start"] == start and r.get("target_start") == target_start), None)
        if row is None:
            raise HTTPError(404, "这份计划中没有这一条承诺")
        await run_in_threadpool(_store_check, db_path, data["plan"]["id"], data["review"]["id"], row, status, note,
                                upload_lock)
        return {**row, "checked": status, "machine_status": row["status"], "checked_note": note}

    # -- upload --------------------------------------------------------------------------
    async def read_upload(request: Request) -> tuple[str, bytes, Any]:
        """The multipart body's file (its safe name and bytes) and its form, within the size limit."""
        too_big = HTTPError(413, f"文件超过 {MAX_UPLOAD_BYTES // (1024 * 1024)} MB 的上限")
        declared = request.headers.get("content-length", "")
        if declared.isdecimal() and int(declared) > MAX_UPLOAD_BYTES + _MULTIPART_SLACK:
            raise too_big
        body = bytearray()
        async for chunk in request.stream():
            body += chunk
            if len(body) > MAX_UPLOAD_BYTES + _MULTIPART_SLACK:
                raise too_big
        replayed = False

        async def replay() -> dict:
            nonlocal replayed
            if replayed:
                return {"type": "http.disconnect"}
            replayed = True
            return {"type": "http.request", "body": bytes(body), "more_body": False}

        try:
            form = await Request(request.scope, replay).form(max_files=1, max_fields=10)
        except Exception:  # a malformed multipart body
            raise HTTPError(400, "无法解析上传内容：请用 multipart/form-data 表单上传") from None
        upload_file = form.get("file")
        if not isinstance(upload_file, UploadFile):
            raise HTTPError(400, "请求中需要名为 file 的文件字段")
        content = await upload_file.read()
        if len(content) > MAX_UPLOAD_BYTES:
            raise too_big
        return safe_filename(upload_file.filename or ""), content, form

    def token_ok(given: str) -> bool:
        return bool(token) and hmac.compare_digest(given.strip().encode(), (token or "").encode())

    @app.get("/upload", include_in_schema=False, response_class=HTMLResponse)
    def upload_page(request: Request) -> HTMLResponse:
        return page(request, "upload.html", answer=None, error=None)

    @app.post("/upload", include_in_schema=False, response_class=HTMLResponse)
    async def upload_form(request: Request) -> HTMLResponse:
        """The upload page's form: the token is a field of the form (a browser cannot send the header)."""
        if not allow_upload:
            return page(request, "upload.html", 403, answer=None, error="上传功能未开启：请让管理员用 duban serve --allow-upload 启动。")
        try:
            name, content, form = await read_upload(request)
        except HTTPError as exc:
            return page(request, "upload.html", exc.status, answer=None, error=exc.message)
        if not token_ok(str(form.get("token") or "")):
            return page(request, "upload.html", 401, answer=None, error="令牌不对：请向管理员索取上传令牌（DUBAN_TOKEN）。")
        answer = await run_in_threadpool(_ingest_upload, db_path, name, content, upload_lock)
        statuses = {r["status"] for r in answer["results"]}
        status = 201 if "ingested" in statuses else 200 if statuses == {"unchanged"} else 422
        return page(request, "upload.html", 200 if status in (200, 201) else 422, answer=answer, error=None)

    upload_schema = {"requestBody": {"required": True, "content": {"multipart/form-data": {"schema": {
        "type": "object", "required": ["file"],
        "properties": {"file": {"type": "string", "format": "binary", "description": "a .txt, .html, .docx, .pdf, .doc or .wps"}},
    }}}}, "security": [{"bearerAuth": []}]}

    @api.post("/documents", summary="Upload a report (needs --allow-upload and the token)", status_code=201,
              openapi_extra=upload_schema, responses={
                  200: {"description": "already stored (unchanged)"}, 400: {"description": "no file field"},
                  401: {"description": "missing or wrong token"}, 403: {"description": "uploads are disabled"},
                  413: {"description": "file over 20 MB"}, 422: {"description": "the file could not be ingested"}})
    async def upload(request: Request) -> Response:
        """Multipart field `file`. It goes through the same ingest as `duban ingest`; the answer says what was
        ingested or why not: `{results: [{file, status, doc_id, version, reason, document}], counts}`."""
        if not allow_upload:
            raise HTTPError(403, "上传功能未开启：请用 duban serve --allow-upload 启动")
        scheme, _, given = request.headers.get("authorization", "").partition(" ")
        if scheme.lower() != "bearer" or not token_ok(given):
            raise HTTPError(401, "需要有效的令牌：Authorization: Bearer <DUBAN_TOKEN>",
                            {"WWW-Authenticate": "Bearer"})
        name, content, _ = await read_upload(request)
        answer = await run_in_threadpool(_ingest_upload, db_path, name, content, upload_lock)
        statuses = {r["status"] for r in answer["results"]}
        status = 201 if "ingested" in statuses else 200 if statuses == {"unchanged"} else 422
        return JSONResponse(answer, status_code=status)

    app.include_router(api)

    def openapi() -> dict[str, Any]:
        if app.openapi_schema is None:
            from fastapi.openapi.utils import get_openapi

            schema = get_openapi(title=app.title, version=app.version, description=app.description, routes=app.routes)
            schema.setdefault("components", {})["securitySchemes"] = {
                "bearerAuth": {"type": "http", "scheme": "bearer", "description": "the DUBAN_TOKEN of the server"}}
            app.openapi_schema = schema
        return app.openapi_schema

    app.openapi = openapi  # type: ignore[method-assign]
    return app


_FACT_COLUMNS = ("id", "doc_id", "doc_key", "org_name", "text", "start", "end", "value", "unit", "approx", "kind",
                 "subject", "part", "section_path", "sentence_start", "sentence_end", "domain", "domain_cues", "year")


def _count_ahead(db_path: Path) -> None:
    """At start-up, count what the first pages show (all facts: total and facets; the
    documents' filter options), so that a large store's first visitor does not wait; and load
    the tables of words that comparing documents reads (domains, units, indicator names)."""
    try:
        from duban.extract.context import domain_of
        from duban.store import compare

        domain_of("乡村振兴")  # compiles the domains' cue words
        compare._dimensions(), compare._synonyms(), compare._domain_order()
    except Exception:  # noqa: BLE001 - only a head start
        pass
    try:
        with Database.open_read_only(db_path) as database:
            D.set_deadline(database, D.BACKGROUND_SECONDS)
            D.facts_data(database, limit=0)
            D.documents_data(database, limit=0)
    except Exception:  # noqa: BLE001 - only a head start: the pages count for themselves
        pass


def _problem(error: dict[str, Any]) -> str:
    """One refused parameter, in Chinese: ``limit 不能大于 1000（给出的是 5000）``."""
    loc = [str(p) for p in error.get("loc", ()) if p not in ("query", "path", "body")]
    name = ".".join(loc) or "参数"
    template = _PROBLEMS.get(error.get("type", ""), "取值无效")
    try:
        problem = template.format(**(error.get("ctx") or {}))
    except (KeyError, IndexError):
        problem = "取值无效"
    given = error.get("input")
    shown = f"（给出的是 {str(given)[:40]!r}）" if isinstance(given, (str, int, float)) else ""
    return f"{name} {problem}{shown}"


def _walk(nodes: list[dict[str, Any]]):
    for node in nodes:
        yield node
        yield from _walk(node["children"])


def _chart(data: dict[str, Any]) -> dict[str, Any]:
    """The attention chart's data for compare.js: domains and one series of shares (%) per document."""
    names = [d["org_name"] or d["title"] or f"#{d['id']}" for d in data["documents"]]
    return {
        "domains": data["domains"],
        "series": [{"name": f"{name}（{fmt.periods(d)}）", "data": [round(a["shares"].get(dom, 0) * 100, 1)
                                                                 for dom in data["domains"]]}
                   for name, d, a in zip(names, data["documents"], data["attention"], strict=True)],
    }


def _track_chart(data: dict[str, Any]) -> dict[str, Any]:
    """The tracking charts' data for track.js: counts by status, and by domain stacked by status."""
    return {
        "domains": [d["domain"] or fmt.NO_DOMAIN for d in data["domains"]],
        "statuses": [{"name": label, "color": fmt.STATUS_COLOR[s], "count": data["counts"][s],
                      "data": [d["counts"][s] for d in data["domains"]]} for s, label in fmt.STATUS.items()],
    }


def safe_filename(name: str) -> str:
    """The last path component of an uploaded file's name, without control characters."""
    name = PurePosixPath(name.replace("\\", "/")).name
    name = "".join(ch for ch in name if unicodedata.category(ch)[0] != "C").strip().lstrip(".")
    if len(name) > 120:
        stem, dot, suffix = name.rpartition(".")
        name = (stem[: 110] + dot + suffix[:9]) if dot else name[:120]
    return name or "upload"


def _store_check(db_path: Path, plan: int, review: int, row: dict[str, Any], status: str, note: str,
                 lock: threading.Lock) -> None:
    with lock, Database(db_path, create=False) as database:
        database.check_status(plan, review, row["start"], row.get("target_start"), row["status"], status, note)


def _table_download(rows: list[dict[str, Any]], fmt_name: str, stem: str) -> Response:
    """Tracking rows as a CSV (UTF-8 with a BOM, for spreadsheets) or XLSX download."""
    from duban.export import export
    from duban.link.track import export_rows

    table = export_rows(rows)
    if fmt_name == "csv":
        out = io.StringIO()
        out.write("\ufeff")
        export(table, "csv", out)
        body, media = out.getvalue().encode("utf-8"), "text/csv; charset=utf-8"
    else:
        out_b = io.BytesIO()
        export(table, "xlsx", out_b)
        body, media = out_b.getvalue(), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
    return Response(body, media_type=media,
                    headers={"Content-Disposition": f'attachment; filename="{stem}.{fmt_name}"'})


def _ingest_upload(db_path: Path, name: str, content: bytes, lock: threading.Lock) -> dict[str, Any]:
    """Store the upload beside the database by its content and ingest it as the CLI does.

    The bytes go to ``<db>-uploads/<first 16 hex of their SHA-256>/<name>``: a second
    upload of the same name with other bytes gets a folder of its own, so every version's
    source file keeps its bytes (a new version still follows the last upload of that
    name). A file that is not ingested (not a report, unreadable) is removed again."""
    import hashlib

    folder = db_path.resolve().parent / f"{db_path.stem}-uploads"
    target = folder / hashlib.sha256(content).hexdigest()[:16] / name
    with lock:  # one upload at a time: the "last upload of this name" must not change mid-ingest
        existed = target.is_file()
        target.parent.mkdir(parents=True, exist_ok=True)
        if not existed:
            target.write_bytes(content)
        try:
            answer = _ingest_file(db_path, folder, name, target)
        except BaseException:
            if not existed:
                _remove_upload(target, folder)
            raise
        if not existed and not any(r["status"] in ("ingested", "unchanged") for r in answer["results"]):
            _remove_upload(target, folder)
        return answer


def _remove_upload(target: Path, folder: Path) -> None:
    target.unlink(missing_ok=True)
    parent = target.parent
    if parent != folder and parent.is_dir() and not any(parent.iterdir()):
        parent.rmdir()


def _last_upload_of(database: Database, folder: Path, name: str) -> str | None:
    """The source of the newest upload named ``name`` (in its content folder, or, from
    before uploads were stored by content, directly in the uploads folder)."""
    from duban.store.database import like_escape

    row = database.conn.execute(
        "SELECT source FROM documents WHERE source LIKE ? ESCAPE '\\' OR source = ? ORDER BY id DESC LIMIT 1",
        (like_escape(f"{folder}/") + "%/" + like_escape(name), str(folder / name))).fetchone()
    return row[0] if row else None


def _ingest_file(db_path: Path, folder: Path, name: str, target: Path) -> dict[str, Any]:
    with Database(db_path) as database:
        report = database.ingest([target], follows=_last_upload_of(database, folder, name))
        results = []
        for r in report:
            row = {"file": name, "status": r.status, "doc_id": r.doc_id, "version": r.version,
                   "reason": r.reason.replace(str(target.parent) + "/", "").replace(str(folder) + "/", "")}
            if r.doc_id is not None:
                row["document"] = database.document(r.doc_id)
            results.append(row)
    if not results:
        results = [{"file": name, "status": "skipped", "doc_id": None, "version": None, "reason": "nothing was read"}]
    return {"results": results, "counts": report.counts()}


def _url_maker(request: Request) -> Callable[..., str]:
    """``url(offset=100, sort=None)``: this page's URL with some query parameters changed."""

    def url(_path: str | None = None, **changes: Any) -> str:
        items = [(k, v) for k, v in request.query_params.multi_items() if k not in changes]
        for key, value in changes.items():
            if value is None or value == "":
                continue
            if isinstance(value, (list, tuple)):
                items += [(key, str(v)) for v in value]
            else:
                items.append((key, str(value)))
        query = urlencode(items)
        return (_path or request.url.path) + (f"?{query}" if query else "")

    return url


__all__ = ["create_app", "MAX_UPLOAD_BYTES", "CSP", "safe_filename"]
