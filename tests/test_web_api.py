"""The web UI and HTTP API through FastAPI's TestClient: routes, pagination, filters,
the OpenAPI schema, exports, uploads, and the safety rules (escaping, CSP, 400 not 500,
no path traversal, upload auth)."""

from __future__ import annotations

import csv
import io
import json
import re
import warnings
from html.parser import HTMLParser
from pathlib import Path

import pytest

warnings.filterwarnings("ignore", message=".*httpx.*", category=DeprecationWarning)

from fastapi.testclient import TestClient  # noqa: E402
from typer.testing import CliRunner  # noqa: E402

from duban.cli.main import app as cli_app  # noqa: E402
from duban.store import Database  # noqa: E402
from duban.web import create_app, fmt  # noqa: E402
from duban.web.app import CSP, MAX_UPLOAD_BYTES, safe_filename  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
SEEDS = sorted((ROOT / "samples" / "seeds").glob("*.txt"))
TOKEN = "s3cret-token-for-tests"

# A report as it may come from the web: markup, a javascript: link, entities, all as text.
XSS_REPORT = "\n".join([
    '<script>window.__xss=1;alert("xss")</script>某某乡2024年工作总结和2025年工作计划',
    "",
    "一、2024年工作回顾",
    '全年完成投资<img src=x onerror="window.__xss=2">500万元，新建农村公路12公里。',
    '点击<a href="javascript:window.__xss=3">这里</a>查看&lt;b&gt;加粗&lt;/b&gt;与&amp;符号，&#60;script&#62;也不执行。',
    "乡村振兴<svg onload=alert(1)>示范村3个，占比达到45%。",
    "二、2025年工作计划",
    "力争完成投资800万元。",
]) + "\n"
# Windows line ends and a character outside the BMP: offsets must still be exact.
CRLF_REPORT = "花园镇2024年工作总结\r\n\r\n一、经济发展\r\n全镇实现生产总值1151.63万元，同比增长5.2%。\r\n新增就业岗位𠀀120个，乡村振兴项目3个。\r\n"


def make_db(folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "xss.txt").write_text(XSS_REPORT, encoding="utf-8")
    (folder / "crlf.txt").write_bytes(CRLF_REPORT.encode("utf-8"))
    path = folder / "duban.db"
    with Database(path) as db:
        report = db.ingest([*SEEDS, folder / "xss.txt", folder / "crlf.txt"])
        assert report.ok, [r.reason for r in report.failed]
    return path


@pytest.fixture(scope="module")
def db_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return make_db(tmp_path_factory.mktemp("web"))


@pytest.fixture(scope="module")
def xss_id(db: Database) -> int:
    return next(d["id"] for d in db.documents() if d["source"].endswith("xss.txt"))


@pytest.fixture(scope="module")
def crlf_id(db: Database) -> int:
    return next(d["id"] for d in db.documents() if d["source"].endswith("crlf.txt"))


def get_json(client: TestClient, url: str, status: int = 200) -> dict:
    r = client.get(url)
    assert r.status_code == status, (url, r.text[:300])
    assert r.headers["content-type"].startswith("application/json")
    return r.json()


# -- the API: every route ----------------------------------------------------------------
def test_documents_list_is_the_cli_s_rows(client, db):
    data = get_json(client, "/api/v1/documents?limit=1000")
    assert data["total"] == len(db.documents()) == 7
    assert data["rows"] == db.documents()  # the same rows as `duban docs --json`


def test_documents_pagination_has_a_total_and_disjoint_pages(client, db):
    everything = [d["id"] for d in db.documents()]
    pages = [get_json(client, f"/api/v1/documents?limit=3&offset={o}") for o in (0, 3, 6)]
    assert all(p["total"] == 7 and p["limit"] == 3 for p in pages)
    assert [d["id"] for p in pages for d in p["rows"]] == everything
    assert get_json(client, "/api/v1/documents?limit=3&offset=100")["rows"] == []


def test_documents_filters(client, db):
    rows = db.documents()
    assert {d["id"] for d in get_json(client, "/api/v1/documents?level=镇")["rows"]} == {
        d["id"] for d in rows if d["org_level"] == "镇"}
    assert [d["county"] for d in get_json(client, "/api/v1/documents?county=衡南县")["rows"]] == ["衡南县"]
    y2023 = get_json(client, "/api/v1/documents?year=2023")["rows"]
    assert y2023 and all("2023" in (d["review_period"] or "") + (d["plan_period"] or "") for d in y2023)
    assert {d["doc_type"] for d in get_json(client, "/api/v1/documents?type=半年总结和计划")["rows"]} == {"半年总结和计划"}
    assert [d["org_name"] for d in get_json(client, "/api/v1/documents?q=斋坛")["rows"]] == ["斋坛乡"]
    data = get_json(client, "/api/v1/documents")
    assert {o["value"] for o in data["options"]["level"]} >= {"乡", "镇"}
    by_facts = get_json(client, "/api/v1/documents?sort=-facts")["rows"]
    assert [d["fact_count"] for d in by_facts] == sorted((d["fact_count"] for d in rows), reverse=True)
    assert get_json(client, "/api/v1/documents?sort=nonsense", 400)["error"]["message"]


def test_documents_filter_by_place(client, db):
    zhejiang = get_json(client, "/api/v1/documents?province=浙江")["rows"]  # the start of the name is enough
    assert sorted(d["org_name"] for d in zhejiang) == ["下各镇", "安民乡", "斋坛乡", "柳城畲族镇"]
    assert get_json(client, "/api/v1/documents?province=浙江省")["rows"] == zhejiang
    songyang = get_json(client, "/api/v1/documents?province=浙江&county=松阳县")["rows"]
    assert sorted(d["org_name"] for d in songyang) == ["安民乡", "斋坛乡"]
    assert {(d["prefecture"], d["division_code"][:6]) for d in songyang} == {("丽水市", "331124")}
    assert get_json(client, "/api/v1/documents?province=湖南&county=松阳县")["rows"] == []
    # the county as people type it, the same rule as `duban docs --county`
    assert get_json(client, "/api/v1/documents?county=松阳")["rows"] == get_json(
        client, "/api/v1/documents?county=松阳县")["rows"]
    assert {d["id"] for d in get_json(client, "/api/v1/documents?county=松阳")["rows"]} == {
        d["id"] for d in db.documents(county="松阳")}
    assert get_json(client, "/api/v1/documents?county=%25")["rows"] == []  # % means itself
    options = get_json(client, "/api/v1/documents")["options"]["province"]
    assert {o["value"]: o["count"] for o in options} == {"浙江省": 4, "湖南省": 1}
    page = client.get("/documents?province=浙江省")
    assert page.status_code == 200 and "斋坛乡" in page.text and "花桥镇" not in page.text
    assert '<select name="province">' in page.text


def test_one_document_its_text_and_outline(client, db):
    doc = db.documents()[0]
    one = get_json(client, f"/api/v1/documents/{doc['id']}")
    assert one["document"] == db.document(doc["id"])
    assert one["metadata"] == db.metadata(doc["id"]) and one["warnings"] == db.warnings(doc["id"])
    assert get_json(client, f"/api/v1/documents/{doc['doc_key'][:8]}")["document"]["id"] == doc["id"]
    assert get_json(client, f"/api/v1/documents/{doc['id']}/text") == {"id": doc["id"], "text": db.text(doc["id"])}
    outline = get_json(client, f"/api/v1/documents/{doc['id']}/outline")
    assert outline["outline"] == db.outline(doc["id"]) and outline["parts"] == db.parts(doc["id"])
    for url in ("/api/v1/documents/99999", "/api/v1/documents/99999/text", "/api/v1/documents/99999/outline"):
        assert get_json(client, url, 404)["error"]["status"] == 404


@pytest.mark.parametrize("filters", [
    {}, {"unit": "亩"}, {"kind": "share"}, {"part": "plan"}, {"year": "2024"}, {"org": "斋坛"},
    {"domain": "民生与社会保障"}, {"unit": "元", "part": "review"}, {"doc": "1"},
])
def test_facts_have_the_filters_and_rows_of_duban_facts(client, db, filters):
    query = "&".join(f"{k}={v}" for k, v in filters.items())
    data = get_json(client, f"/api/v1/facts?limit=1000&{query}")
    expected = db.facts(**filters)
    assert data["total"] == len(expected)
    assert data["rows"] == expected  # same rows, same order as the CLI
    assert data["filters"] == {k: filters.get(k) for k in ("org", "unit", "kind", "domain", "part", "year", "doc")}


def test_facts_pagination_sorting_and_facets(client, db):
    total = len(db.facts())
    pages = [get_json(client, f"/api/v1/facts?limit=100&offset={o}") for o in range(0, total, 100)]
    assert all(p["total"] == total for p in pages)
    assert [r["id"] for p in pages for r in p["rows"]] == [f["id"] for f in db.facts()]
    by_value = get_json(client, "/api/v1/facts?unit=元&sort=-value&limit=1000")["rows"]
    assert [r["value"] for r in by_value] == sorted((f["value"] for f in db.facts(unit="元")), reverse=True)
    facets = get_json(client, "/api/v1/facts?unit=亩")["facets"]
    assert set(facets) == {"org", "year", "part", "kind", "unit", "domain"}
    assert facets["unit"] == [{"value": "亩", "count": len(db.facts(unit="亩"))}]
    assert sum(v["count"] for v in facets["org"]) == len(db.facts(unit="亩"))
    assert "facets" not in get_json(client, "/api/v1/facts?facets=false")
    assert get_json(client, "/api/v1/facts?sort=value;drop", 400)["error"]["message"]
    assert get_json(client, "/api/v1/facts?limit=100000", 400)["error"]["message"]
    assert get_json(client, "/api/v1/facts?doc=99999", 404)


def test_one_fact(client, db):
    fact = db.facts()[0]
    assert get_json(client, f"/api/v1/facts/{fact['id']}") == fact
    assert get_json(client, "/api/v1/facts/999999", 404)["error"]["status"] == 404


def test_search_api(client, db):
    data = get_json(client, "/api/v1/search?q=乡村振兴")
    assert data["total"] == db.search("乡村振兴")["total"] >= 4 and data["mode"] == "fts"
    assert data["rows"][0]["snippets"][0]["segments"]
    page = get_json(client, "/api/v1/search?q=乡村振兴&limit=1&offset=1")
    assert page["total"] == data["total"] and [r["id"] for r in page["rows"]] == [data["rows"][1]["id"]]
    assert get_json(client, "/api/v1/search?q=乡村")["mode"] == "fts"  # two characters: the bigram index


def test_compare_api(client, db):
    ids = [d["id"] for d in db.documents()[:3]]
    data = get_json(client, "/api/v1/compare?" + "&".join(f"doc={i}" for i in ids))
    assert data == json.loads(json.dumps(db.compare(ids), ensure_ascii=False))
    assert get_json(client, "/api/v1/compare?doc=1", 400)["error"]["message"]
    assert get_json(client, "/api/v1/compare?" + "&".join(f"doc={i}" for i in range(1, 12)), 400)
    assert get_json(client, "/api/v1/compare?doc=1&doc=99999", 404)


def test_openapi_schema_lists_every_api_route(client):
    schema = get_json(client, "/api/v1/openapi.json")
    paths = set(schema["paths"])
    assert paths >= {
        "/api/v1/documents", "/api/v1/documents/{ref}", "/api/v1/documents/{ref}/text",
        "/api/v1/documents/{ref}/outline", "/api/v1/facts", "/api/v1/facts/{fact_id}", "/api/v1/facts.csv",
        "/api/v1/facts.xlsx", "/api/v1/search", "/api/v1/compare",
    }
    assert "post" in schema["paths"]["/api/v1/documents"]
    assert "multipart/form-data" in schema["paths"]["/api/v1/documents"]["post"]["requestBody"]["content"]
    assert all(p.startswith("/api/v1/") for p in paths)  # pages stay out of the API schema
    params = {p["name"] for p in schema["paths"]["/api/v1/facts"]["get"]["parameters"]}
    assert params >= {"org", "unit", "kind", "domain", "part", "year", "doc", "limit", "offset", "sort"}
    assert client.get("/docs").status_code == 404  # Swagger UI loads from a CDN: not served


# -- exports -----------------------------------------------------------------------------
def test_csv_export_has_a_bom_and_the_selection(client, db):
    r = client.get("/api/v1/facts.csv?unit=亩&sort=-value")
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/csv")
    assert "attachment" in r.headers["content-disposition"]
    assert r.content.startswith(b"\xef\xbb\xbf")
    rows = list(csv.DictReader(io.StringIO(r.content.decode("utf-8-sig"))))
    expected = sorted(db.facts(unit="亩"), key=lambda f: -f["value"])
    assert [int(row["编号"]) for row in rows] == [f["id"] for f in expected]
    assert rows[0]["原文"] == expected[0]["text"]
    # a person reads the file: Chinese headers, kinds and parts
    assert list(rows[0]) == list(fmt.FACT_LABELS.values())
    assert {row["类型"] for row in rows} <= set(fmt.KIND.values())
    assert {row["所在部分"] for row in rows} <= set(fmt.PART.values())


def test_xlsx_export_reads_back(client, db):
    from openpyxl import load_workbook

    r = client.get("/api/v1/facts.xlsx?kind=share")
    assert r.status_code == 200 and r.content[:2] == b"PK"
    sheet = load_workbook(io.BytesIO(r.content), read_only=True).active
    rows = list(sheet.iter_rows(values_only=True))
    header = list(rows[0])
    expected = db.facts(kind="share")
    assert len(rows) - 1 == len(expected)
    assert [r[header.index("原文")] for r in rows[1:]] == [f["text"] for f in expected]
    assert [r[header.index("数值")] for r in rows[1:]] == [f["value"] for f in expected]
    assert {r[header.index("类型")] for r in rows[1:]} == {"比例"}


def test_an_empty_selection_exports_a_header(client):
    r = client.get("/api/v1/facts.csv?unit=没有这种单位")
    assert r.status_code == 200 and r.content.decode("utf-8-sig").startswith("编号,文件编号")
    assert client.get("/api/v1/facts.xlsx?unit=没有这种单位").status_code == 200


def test_the_xlsx_exporter_is_registered_and_never_writes_formulas():
    from openpyxl import load_workbook

    from duban.registry import exporters

    out = io.BytesIO()
    assert exporters.get("xlsx")([{"text": "=HYPERLINK(\"http://x\")", "value": 1.5, "section": ["a", "b"]}], out) == 1
    ws = load_workbook(io.BytesIO(out.getvalue())).active
    assert ws["A2"].value == '=HYPERLINK("http://x")' and ws["A2"].data_type == "s"
    assert ws["B2"].value == 1.5 and ws["C2"].value == "a > b"


def test_the_xlsx_export_streams_and_reads_back_every_kind_of_cell():
    from openpyxl import load_workbook

    from duban.export import iter_xlsx

    taken = []

    def rows():
        for i in range(10_000):
            taken.append(i)
            yield {"text": f" 第{i}条\x01 <b>&amp;", "value": i / 4 if i % 3 else None, "ok": i % 2 == 0,
                   "cues": ["a", "b"]}

    pieces = iter_xlsx(rows(), header={"text": "原文", "value": "数值"})
    first = next(pieces)
    assert first[:2] == b"PK" and taken == []  # the workbook's first bytes before any row is read
    second = next(pieces)
    assert second and len(taken) <= 201  # then a piece every 200 rows, not the whole sheet at the end
    data = first + second + b"".join(pieces)
    ws = load_workbook(io.BytesIO(data)).active
    assert ws.freeze_panes == "A2"
    assert [c.value for c in ws[1]] == ["原文", "数值", "ok", "cues"]
    assert [c.value for c in ws[5]] == [" 第3条 <b>&amp;", None, False, "a > b"]
    assert [c.value for c in ws[6]] == [" 第4条 <b>&amp;", 1.0, True, "a > b"]
    assert ws.max_row == 10_001
    empty = load_workbook(io.BytesIO(b"".join(iter_xlsx([], header={"text": "原文"})))).active
    assert [c.value for c in empty[1]] == ["原文"]


def test_the_csv_exporter_keeps_spreadsheets_from_running_text_as_a_formula():
    from duban.registry import exporters

    out = io.StringIO()
    rows = [{"text": "=HYPERLINK(\"http://x\")", "subject": "@SUM(A1)", "value": -1.5, "unit": "%"}]
    assert exporters.get("csv")(rows, out) == 1
    assert next(csv.DictReader(io.StringIO(out.getvalue()))) == {
        "text": "'=HYPERLINK(\"http://x\")", "subject": "'@SUM(A1)", "value": "-1.5", "unit": "%"}


# -- the pages ---------------------------------------------------------------------------
@pytest.mark.parametrize("url, words", [
    ("/documents", ["工作报告", "斋坛乡", "事实数", "级别", "对比所选文件"]),
    ("/documents/1", ["目录", "元数据", "事实详情", "工作回顾"]),
    ("/facts", ["指标数据", "导出当前筛选结果", "所在部分", "领域"]),
    ("/facts?unit=亩&sort=-value", ["计量单位：亩"]),
    ("/compare", ["选择 2–10 份文件"]),
    ("/compare?doc=1&doc=2&doc=3", ["共同指标", "关注领域", "attention-chart"]),
    ("/search", ["全文搜索", "搜索说明"]),
    ("/search?q=乡村振兴", ["找到", "<mark>乡村振兴</mark>"]),
])
def test_pages_render_in_chinese(client, url, words):
    r = client.get(url)
    assert r.status_code == 200, r.text[:500]
    assert r.headers["content-type"].startswith("text/html")
    for word in words:
        assert word in r.text, word


def test_home_redirects_to_the_documents(client):
    r = client.get("/", follow_redirects=False)
    assert r.status_code in (302, 307) and r.headers["location"] == "/documents"


def test_numbers_are_written_the_chinese_way():
    assert fmt.quantity(11516300, "元") == "1,151.63万元"
    assert fmt.quantity(2.5e9, "元") == "25亿元"
    assert fmt.quantity(136, "亩") == "136亩"
    assert fmt.quantity(159.975, "亩") == "159.975亩"  # no figure is rounded away
    assert fmt.quantity(11516350, "元") == "1,151.635万元"
    assert fmt.quantity(3368, "米") == "3,368米"
    assert fmt.quantity(31.3, "%", "share") == "31.3%"
    assert fmt.quantity(-5, "%", "change") == "-5%"
    assert fmt.quantity(None, "元") == "—"
    assert fmt.number(12345) == "12,345"
    assert fmt.period("2024H1") == "2024年上半年" and fmt.period("2024") == "2024年"
    assert fmt.date("2025-05-21") == "2025年5月21日"


def test_a_page_and_its_json_twin_show_the_same_rows(client):
    api = get_json(client, "/api/v1/facts?unit=亩&limit=1000")
    html = client.get("/facts?unit=亩&limit=1000").text
    assert [int(i) for i in re.findall(r'<tr data-fact="(\d+)"', html)] == [r["id"] for r in api["rows"]]
    api_docs = get_json(client, "/api/v1/documents?year=2024")
    html_docs = client.get("/documents?year=2024").text
    assert [int(i) for i in re.findall(r'<tr data-doc="(\d+)"', html_docs)] == [d["id"] for d in api_docs["rows"]]


class _MarkWalker(HTMLParser):
    """Collects, for the document text container, which offsets each fact's marks cover."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.depth = 0  # > 0 inside #doc-text
        self.stack: list[str | None] = []
        self.pos = 0
        self.text: list[str] = []
        self.covered: dict[int, list[int]] = {}

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if self.depth == 0:
            if attrs.get("id") == "doc-text":
                self.depth = 1
            return
        self.depth += 1
        self.stack.append(attrs.get("data-fact") if tag == "mark" else None)

    def handle_endtag(self, tag):
        if self.depth == 0:
            return
        self.depth -= 1
        if self.depth > 0:
            self.stack.pop()

    def handle_data(self, data):
        if self.depth == 0:
            return
        for fact in {f for f in self.stack if f}:
            self.covered.setdefault(int(fact), []).extend(range(self.pos, self.pos + len(data)))
        self.text.append(data)
        self.pos += len(data)


@pytest.mark.parametrize("which", ["seed", "xss", "crlf"])
def test_the_document_page_marks_exactly_each_fact_s_characters(client, db, xss_id, crlf_id, which):
    doc_id = {"seed": 1, "xss": xss_id, "crlf": crlf_id}[which]
    html = client.get(f"/documents/{doc_id}").text
    walker = _MarkWalker()
    walker.feed(html)
    assert "".join(walker.text) == db.text(doc_id)  # the whole original, nothing added or lost
    facts = db.facts(doc=doc_id)
    assert facts
    assert set(walker.covered) == {f["id"] for f in facts}
    for f in facts:
        assert walker.covered[f["id"]] == list(range(f["start"], f["end"])), f


def test_a_search_hit_is_marked_in_the_document(client, db):
    row = db.search("乡村振兴")["rows"][0]
    s = row["snippets"][0]
    html = client.get(f"/documents/{row['id']}?hl={s['start']}-{s['end']}").text
    assert re.search(r'<mark class="hit" id="hit">(?:<[^>]+>)*乡村振兴', html) or 'id="hit">乡' in html


# -- safety ------------------------------------------------------------------------------
PAGES = ["/documents", "/documents/{xss}", "/facts", "/facts?doc={xss}", "/search?q=onerror",
         "/search?q=script", "/compare?doc={xss}&doc=1", "/compare", "/nope", "/api/v1/documents",
         "/static/style.css", "/api/v1/openapi.json"]


@pytest.mark.parametrize("url", PAGES)
def test_every_response_has_the_content_security_policy(client, xss_id, url):
    r = client.get(url.format(xss=xss_id))
    assert r.headers["content-security-policy"] == CSP
    assert "script-src 'self'" in CSP and "unsafe-inline" not in CSP and "unsafe-eval" not in CSP
    assert r.headers["x-content-type-options"] == "nosniff"


@pytest.mark.parametrize("url", [u for u in PAGES if not u.startswith(("/api", "/static"))])
def test_report_markup_is_escaped_and_pages_have_no_inline_script(client, xss_id, url):
    html = client.get(url.format(xss=xss_id)).text
    assert "<script>window.__xss" not in html and "<img src=x" not in html and "<svg onload" not in html
    assert '<a href="javascript:' not in html
    for tag in re.findall(r"<script\b[^>]*>", html):
        assert re.search(r'\bsrc="/static/[^"]+"', tag), tag  # only scripts from this server
    assert len(re.findall(r"<script\b[^>]*></script>", html)) == html.count("<script")  # nothing inline
    for tag in re.findall(r"<[a-z][^>]*>", html):
        assert not re.search(r"\son[a-z]+\s*=", tag), tag  # no event-handler attributes
        assert "javascript:" not in tag, tag


def test_the_xss_report_is_shown_as_text(client, db, xss_id):
    html = client.get(f"/documents/{xss_id}").text
    assert "&lt;script&gt;window.__xss=1;alert(&#34;xss&#34;)&lt;/script&gt;" in html
    assert "&lt;img src=x onerror=" in html
    assert "&amp;lt;b&amp;gt;" in html  # an entity in the report is shown as the entity, not decoded
    assert db.text(xss_id) in _MarkWalkerText(html)


def _MarkWalkerText(html: str) -> str:
    walker = _MarkWalker()
    walker.feed(html)
    return "".join(walker.text)


@pytest.mark.parametrize("query", [
    '"未闭合', "乡村振兴 AND", "(乡村振兴", "NEAR(", "OR 乡村振兴", "AND", '"乡"', "x" * 600, " ",
])
def test_malformed_search_is_400_with_a_message_never_500(client, query):
    r = client.get("/api/v1/search", params={"q": query})
    assert r.status_code == 400, r.text
    assert r.json()["error"]["message"]
    page = client.get("/search", params={"q": query})
    assert page.status_code in (200, 400) and page.status_code != 500
    if query.strip():
        assert page.status_code == 400 and 'class="notice error"' in page.text


def test_a_missing_query_is_a_400(client):
    assert client.get("/api/v1/search").status_code == 400


@pytest.mark.parametrize("url", [
    "/static/../store/schema.sql", "/static/%2e%2e/store/schema.sql", "/static/..%2fstore%2fschema.sql",
    "/static/%2e%2e%2f%2e%2e%2f%2e%2e%2fpyproject.toml", "/static/....//....//etc/passwd",
    "/static//etc/passwd", "/static/%2fetc%2fpasswd", "/static/vendor/../../app.py", "/static/..\\app.py",
    "/documents/..%2f..%2f..%2fetc%2fpasswd", "/documents/%2e%2e", "/api/v1/documents/..%2f..%2fpyproject.toml",
    "/api/v1/documents/%2Fetc%2Fpasswd/text", "/api/v1/documents/~/text", "/templates/base.html",
    "/web/app.py", "/../pyproject.toml", "/%2e%2e/pyproject.toml", "/api/v1/../../pyproject.toml",
])
def test_no_route_reads_files_outside_the_database_and_the_static_folder(client, url):
    r = client.get(url)
    assert r.status_code == 404, (url, r.status_code)
    assert "root:x:" not in r.text and "[project]" not in r.text and "CREATE TABLE" not in r.text
    assert "def create_app" not in r.text


def test_a_document_named_by_a_server_path_is_still_only_a_database_row(client, db):
    # resolve() accepts a source path: it looks the path up in the database, never opens it.
    r = client.get("/api/v1/documents/%2Fetc%2Fpasswd")
    assert r.status_code == 404
    source = db.documents()[0]["source"]
    assert client.get(f"/api/v1/documents/{source.replace('/', '%2F')}").status_code == 404  # '/' cannot be in a ref


def test_static_assets_are_served_locally_with_the_vendored_echarts(client):
    js = client.get("/static/vendor/echarts/echarts.min.js")
    assert js.status_code == 200 and len(js.content) > 500_000
    assert client.get("/static/vendor/echarts/LICENSE").status_code == 200
    version = client.get("/static/vendor/echarts/VERSION").text.strip()
    assert re.fullmatch(r"\d+\.\d+\.\d+", version)
    for url in ("/documents", "/compare?doc=1&doc=2"):
        html = client.get(url).text
        assert not re.search(r"""(?:src|href)=["']?(?:https?:)?//""", html), url  # no CDN, no external asset


def test_the_server_never_writes_to_the_database_without_uploads(db_path, client, xss_id):
    before = db_path.read_bytes()
    for url in PAGES:
        client.get(url.format(xss=xss_id))
    client.post("/api/v1/documents", files={"file": ("a.txt", b"x")})
    assert db_path.read_bytes() == before
    ro = client.app  # the app's connections are read-only
    assert ro.state.allow_upload is False


# -- uploads -----------------------------------------------------------------------------
@pytest.fixture
def upload_client(tmp_path: Path) -> TestClient:
    return TestClient(create_app(tmp_path / "up.db", allow_upload=True, token=TOKEN), raise_server_exceptions=False)


def auth(token: str = TOKEN) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}


def test_uploads_disabled_is_403(client):
    r = client.post("/api/v1/documents", files={"file": ("a.txt", "某乡2024年工作总结\n".encode())},
                    headers=auth())
    assert r.status_code == 403 and r.json()["error"]["message"]


def test_uploads_without_or_with_a_wrong_token_are_401(upload_client):
    files = {"file": ("a.txt", "某乡2024年工作总结\n".encode())}
    for headers in ({}, auth("wrong"), {"Authorization": TOKEN}, {"Authorization": "Basic " + TOKEN}, auth("")):
        r = upload_client.post("/api/v1/documents", files=files, headers=headers)
        assert r.status_code == 401, headers
        assert r.headers["www-authenticate"] == "Bearer"


def test_an_upload_over_20_mb_is_413(upload_client):
    big = b"a" * (MAX_UPLOAD_BYTES + 1)
    r = upload_client.post("/api/v1/documents", files={"file": ("big.txt", big)}, headers=auth())
    assert r.status_code == 413 and r.json()["error"]["message"]
    bigger = b"a" * (MAX_UPLOAD_BYTES + 200_000)
    r = upload_client.post("/api/v1/documents", files={"file": ("big.txt", bigger)}, headers=auth())
    assert r.status_code == 413


def test_an_upload_goes_through_ingest_and_says_what_happened(upload_client, tmp_path):
    content = SEEDS[0].read_bytes()
    assert upload_client.get("/api/v1/documents").json()["total"] == 0
    assert upload_client.get("/api/v1/facts").json()["total"] == 0  # totals and facets are cached …
    r = upload_client.post("/api/v1/documents", files={"file": ("../../斋坛.txt", content)}, headers=auth())
    assert r.status_code == 201, r.text
    result = r.json()["results"][0]
    assert result["status"] == "ingested" and result["file"] == "斋坛.txt"
    assert result["document"]["org_name"] == "斋坛乡" and result["document"]["fact_count"] > 0
    import hashlib

    stored = tmp_path / "up-uploads" / hashlib.sha256(content).hexdigest()[:16] / "斋坛.txt"
    assert stored.read_bytes() == content  # kept beside the database only, under its content
    assert result["document"]["source"] == str(stored)
    assert not (tmp_path.parent / "斋坛.txt").exists()
    doc = upload_client.get(f"/api/v1/documents/{result['doc_id']}").json()
    assert doc["document"]["id"] == result["doc_id"]
    listing = upload_client.get("/api/v1/documents").json()  # … until the database changes
    assert listing["total"] == 1 and listing["options"]["level"] == [{"value": "乡", "count": 1}]
    facts = upload_client.get("/api/v1/facts").json()
    assert facts["total"] == result["document"]["fact_count"] == sum(v["count"] for v in facts["facets"]["kind"])
    again = upload_client.post("/api/v1/documents", files={"file": ("斋坛.txt", content)}, headers=auth())
    assert again.status_code == 200 and again.json()["results"][0]["status"] == "unchanged"
    assert upload_client.get("/api/v1/search?q=斋坛乡").json()["total"] == 1


@pytest.mark.parametrize("name, content", [
    ("report.exe", b"MZ\x00\x01"), ("empty.txt", b""), ("picture.png", b"\x89PNG\r\n\x1a\n" + bytes(range(256))),
    ("binary.txt", bytes(range(256)) * 4),
])
def test_an_upload_that_cannot_be_ingested_is_422_with_the_reason_and_removed(upload_client, tmp_path, name, content):
    r = upload_client.post("/api/v1/documents", files={"file": (name, content)}, headers=auth())
    assert r.status_code == 422
    result = r.json()["results"][0]
    assert result["status"] in ("failed", "skipped") and result["reason"]
    folder = tmp_path / "up-uploads"
    assert not [p for p in folder.rglob("*") if p.is_file()] if folder.exists() else True  # nothing left behind


def test_a_second_upload_of_the_same_name_is_a_new_version_and_never_overwrites_the_first(upload_client, tmp_path):
    first = SEEDS[0].read_bytes()
    second = first.replace("斋坛乡".encode(), "斋坛镇".encode(), 1) + "附件：无\n".encode()
    one = upload_client.post("/api/v1/documents", files={"file": ("report.txt", first)}, headers=auth()).json()
    two = upload_client.post("/api/v1/documents", files={"file": ("report.txt", second)}, headers=auth()).json()
    v1, v2 = one["results"][0], two["results"][0]
    assert (v1["status"], v1["version"]) == ("ingested", 1) and (v2["status"], v2["version"]) == ("ingested", 2)
    assert v2["document"]["supersedes"] == v1["doc_id"]
    assert Path(v1["document"]["source"]).read_bytes() == first  # the first version keeps its bytes
    assert Path(v2["document"]["source"]).read_bytes() == second
    assert [d["id"] for d in upload_client.get("/api/v1/documents").json()["rows"]] == [v2["doc_id"]]


def test_an_upload_without_a_file_field_is_400(upload_client):
    r = upload_client.post("/api/v1/documents", data={"other": "x"}, headers=auth())
    assert r.status_code == 400
    r = upload_client.post("/api/v1/documents", content=b"not multipart", headers=auth())
    assert r.status_code == 400


def test_uploads_need_a_token_to_be_enabled(tmp_path):
    with pytest.raises(ValueError):
        create_app(tmp_path / "x.db", allow_upload=True, token=None)


@pytest.mark.parametrize("name, safe", [
    ("../../etc/passwd", "passwd"), ("..\\..\\win.ini", "win.ini"), ("报告.txt", "报告.txt"), ("", "upload"),
    (".hidden.txt", "hidden.txt"), ("a\x00b\n.txt", "ab.txt"), ("/", "upload"), ("..", "upload"),
])
def test_upload_file_names_lose_their_directories(name, safe):
    assert safe_filename(name) == safe


def test_a_missing_database_is_an_error_without_uploads(tmp_path):
    from duban.errors import DubanError

    with pytest.raises(DubanError):
        create_app(tmp_path / "missing.db")
    assert not (tmp_path / "missing.db").exists()


# -- the CLI twins -----------------------------------------------------------------------
runner = CliRunner()


def test_duban_search_prints_matches_and_json(db_path):
    result = runner.invoke(cli_app, ["search", "乡村振兴", "--db", str(db_path), "--json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    with Database(db_path) as db:
        assert data == json.loads(json.dumps(db.search("乡村振兴"), ensure_ascii=False))
    table = runner.invoke(cli_app, ["search", "乡村振兴", "--db", str(db_path)])
    assert table.exit_code == 0 and "乡村振兴" in table.stdout


def test_duban_search_malformed_is_exit_2_one_line(db_path):
    result = runner.invoke(cli_app, ["search", '"未闭合', "--db", str(db_path)])
    assert result.exit_code == 2 and "Traceback" not in result.output


def test_duban_serve_with_uploads_needs_duban_token(db_path):
    result = runner.invoke(cli_app, ["serve", "--db", str(db_path), "--allow-upload"], env={"DUBAN_TOKEN": ""})
    assert result.exit_code == 2 and "DUBAN_TOKEN" in result.output


def test_duban_serve_on_a_missing_database_is_one_line_exit_1(tmp_path):
    result = runner.invoke(cli_app, ["serve", "--db", str(tmp_path / "none.db")])
    assert result.exit_code == 1 and "Traceback" not in result.output


def test_an_older_database_is_migrated_once_then_read_only(tmp_path):
    import sqlite3

    from duban.store.migrations import current_version, migrate

    path = tmp_path / "old.db"
    conn = sqlite3.connect(path, isolation_level=None)
    migrate(conn, target=3)
    conn.execute("INSERT INTO documents (doc_key, source, content_hash, original, norm, chars, ingested_at)"
                 " VALUES ('abcd', 'old.txt', 'abcd1234', '乡村振兴示范带', '乡村振兴示范带', 7, '2025-01-01')")
    conn.close()
    client = TestClient(create_app(path))
    assert client.get("/api/v1/search?q=乡村振兴").json()["total"] == 1
    with sqlite3.connect(path) as conn:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == current_version()


def test_counts_that_take_too_long_are_finished_in_the_background(db):
    """The facts page never waits for a slow total or facet count: past its budget the count
    goes on in the background, the answer says pending, and a later one has the counts."""
    import time

    from duban.web import data as D

    full = D.facts_data(db)
    D.clear_cache(db.path)
    first = D.facts_data(db, budget=0.0)  # no time at all: the facet counts cannot finish now
    assert first["pending"] is True and first["facets"] is None
    assert [r["id"] for r in first["rows"]] == [r["id"] for r in full["rows"]]  # the rows never wait
    deadline = time.monotonic() + 30
    later = first
    while later["pending"] and time.monotonic() < deadline:
        time.sleep(0.05)
        later = D.facts_data(db, budget=0.0)
    assert later["pending"] is False
    assert (later["total"], later["facets"]) == (full["total"], full["facets"])


def test_counts_are_kept_beside_the_store_until_it_changes(tmp_path):
    """A restarted server has the counts at once (the store's counts file); a store written to
    since makes them stale: they are counted again, never shown from the file."""
    from duban.web import data as D

    path = tmp_path / "kept.db"
    with Database(path) as writer:
        assert writer.ingest(SEEDS[:2]).ok
    db = Database.open_read_only(path)
    full = D.facts_data(db)
    assert Path(D.counts_path(path.resolve())).is_file()
    D.clear_cache()  # a restart: memory empty, the file kept
    again = D.facts_data(db, budget=0.0)  # no time at all, yet counted: from the file
    assert again["pending"] is False and (again["total"], again["facets"]) == (full["total"], full["facets"])
    db.close()
    with Database(path) as writer:  # the store changes
        assert writer.ingest(SEEDS[2:3]).ok
    D.clear_cache()
    db = Database.open_read_only(path)
    fresh = D.facts_data(db)
    assert fresh["total"] == db["facts"].count > full["total"]
    db.close()


def test_the_facts_page_says_it_is_counting_and_pages_without_a_total(db, monkeypatch):
    import duban.web.app as web_app
    from duban.web import data as D

    monkeypatch.setattr(web_app, "COUNT_BUDGET", 0.0)  # as on a store too large to count at once
    D.clear_cache(db.path)
    client = TestClient(create_app(db.path), raise_server_exceptions=False)
    r = client.get("/facts?kind=amount&limit=2")  # not counted ahead at start-up
    assert r.status_code == 200
    assert "正在统计" in r.text and 'id="counting"' in r.text and 'rel="next"' in r.text
    assert client.get("/api/v1/facts?limit=0").json()["pending"] in (True, False)


def test_the_upload_page_takes_a_file_and_the_token_in_a_form(upload_client, tmp_path):
    page = upload_client.get("/upload")
    assert page.status_code == 200 and 'type="file"' in page.text and 'name="token"' in page.text
    assert 'href="/upload"' in upload_client.get("/documents").text  # in the menu when uploads are on
    content = SEEDS[1].read_bytes()
    wrong = upload_client.post("/upload", files={"file": ("安民.txt", content)}, data={"token": "nope"})
    assert wrong.status_code == 401 and "令牌不对" in wrong.text
    assert upload_client.get("/api/v1/documents").json()["total"] == 0
    r = upload_client.post("/upload", files={"file": ("安民.txt", content)}, data={"token": TOKEN})
    assert r.status_code == 200 and "已导入" in r.text
    doc_id = upload_client.get("/api/v1/documents").json()["rows"][0]["id"]
    assert f'href="/documents/{doc_id}"' in r.text
    again = upload_client.post("/upload", files={"file": ("安民.txt", content)}, data={"token": TOKEN})
    assert "已有内容完全相同的文件" in again.text
    bad = upload_client.post("/upload", files={"file": ("x.exe", b"MZ\x00")}, data={"token": TOKEN})
    assert bad.status_code == 422 and "未能导入" in bad.text


def test_the_upload_page_without_uploads_says_how_to_enable_them(client):
    r = client.get("/upload")
    assert r.status_code == 200 and "--allow-upload" in r.text and 'type="file"' not in r.text
    assert 'href="/upload"' not in client.get("/documents").text
    assert client.post("/upload", files={"file": ("a.txt", b"x")}).status_code == 403


def test_exports_give_their_turn_back_however_they_end(client):
    """At most two exports run at once; one finished, stopped half-way or never read must
    not keep its turn (or every later export would wait)."""
    for _ in range(6):
        with client.stream("GET", "/api/v1/facts.csv") as r:  # stopped after the first piece
            next(r.iter_bytes())
        assert client.get("/api/v1/facts.xlsx?kind=rank").status_code == 200
        assert client.get("/api/v1/facts.csv?doc=%27").status_code == 404  # refused before it starts
    assert client.get("/api/v1/facts.csv?unit=亩").status_code == 200


def test_a_search_too_broad_to_count_says_more_than(client, monkeypatch):
    from duban.store import search as search_module

    monkeypatch.setattr(search_module, "RANK_LIMIT", 2)
    data = client.get("/api/v1/search?q=乡村振兴&limit=1").json()
    assert (data["total"], data["total_exact"], data["order"]) == (3, False, "newest")
    html = client.get("/search?q=乡村振兴&limit=1").text
    assert "2 多</strong> 份文件" in html and 'rel="next"' in html and "末页" not in html


def test_export_rows_are_the_rows_of_duban_facts(db):
    from duban.web import data as D

    assert list(D.iter_facts(db, unit="亩")) == db.facts(unit="亩")
    assert set(fmt.FACT_EXPORT_HEADER) == set(db.facts()[0])  # every column exported, each with its header
