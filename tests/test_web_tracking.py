"""The tracking page (计划落实): /track, /track/{org} and their JSON twins, over real consecutive
reports of one government (清苑区 2023 → 2024, from ../shared/series) and a hostile organisation
of three years (markup in every commitment, two plan→review pairs to pick from)."""

from __future__ import annotations

import json
import warnings
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import quote

import pytest
from helpers import SERIES, merged, running_server

warnings.filterwarnings("ignore", message=".*httpx.*", category=DeprecationWarning)

from fastapi.testclient import TestClient  # noqa: E402
from test_web_browser import browser, page, shot  # noqa: E402, F401  (Debian's Chromium, one page per test)

from duban.link import track_org  # noqa: E402
from duban.link.status import STATUSES  # noqa: E402
from duban.store import Database  # noqa: E402
from duban.web import fmt  # noqa: E402
from duban.web.app import CSP  # noqa: E402

PLAN, REVIEW = SERIES / "qingyuan_2023.txt", SERIES / "qingyuan_2024.txt"


def hostile(year: int) -> str:
    """A report of 花园镇 reviewing ``year`` and planning ``year + 1``, with markup as text."""
    return "\n".join([
        f"花园镇{year}年工作总结和{year + 1}年工作计划<script>window.__xss=1</script>",
        f"发布机构: 花园镇人民政府     发布时间: {year + 1}-01-20",
        "",
        f"一、{year}年工作回顾",
        f'全年新建<b onmouseover="window.__xss=2">农村公路</b>{10 + year - 2022}公里，新增设施农业{1 + year - 2022}万亩，'
        f"完成固定资产投资{5 + year - 2022}亿元。",
        '推进"<img src=x onerror=window.__xss=3>"美丽乡村示范村建设，完成村级组织换届。',
        f"二、{year + 1}年工作计划",
        '新建<b onmouseover="window.__xss=2">农村公路</b>12公里，新增设施农业2万亩，完成固定资产投资6亿元。',
        '建成"<img src=x onerror=window.__xss=3>"美丽乡村示范村。',
    ]) + "\n"


@pytest.fixture(scope="module")
def db_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("track")
    for year in (2022, 2023, 2024):
        (folder / f"huayuan_{year}.txt").write_text(hostile(year), encoding="utf-8")
    path = folder / "duban.db"
    with Database(path) as db:
        report = db.ingest([PLAN, REVIEW, *sorted(folder.glob("huayuan_*.txt"))])
        assert report.ok, [r.reason for r in report.failed]
    return path


def get_json(client: TestClient, url: str, status: int = 200) -> dict:
    r = client.get(url)
    assert r.status_code == status, (url, r.status_code, r.text[:300])
    assert r.headers["content-type"].startswith("application/json")
    return r.json()


def doc_id(db: Database, name: str) -> int:
    return next(d["id"] for d in db.documents() if d["source"].endswith(name))


# -- the JSON API ------------------------------------------------------------------------
def test_the_list_holds_each_organisation_with_its_pairs(client, db):
    data = get_json(client, "/api/v1/track")
    assert data["total"] == 2 and [g["org"] for g in data["rows"]] == ["清苑区", "花园镇"]
    qingyuan, huayuan = data["rows"]
    assert [(p["plan"]["id"], p["review"]["id"]) for p in qingyuan["pairs"]] == [
        (doc_id(db, "qingyuan_2023.txt"), doc_id(db, "qingyuan_2024.txt"))]
    assert [(p["plan"]["plan_period"], p["review"]["review_period"]) for p in huayuan["pairs"]] == [
        ("2023", "2023"), ("2024", "2024")]  # the 2025 plan has no review yet
    assert get_json(client, "/api/v1/track?limit=1&offset=1")["rows"] == [huayuan]
    html = client.get("/track").text
    assert f'href="/track/{quote("清苑区")}"' in html and "2023年计划 → 2023年回顾" in html
    assert '<a href="/track" aria-current="page">计划落实</a>' in html
    assert '<a href="/track">计划落实</a>' in client.get("/documents").text  # the nav slot of base.html


def test_rows_have_statuses_and_offsets_into_both_texts(client, db):
    data = get_json(client, f"/api/v1/track/{quote('清苑区')}")
    plan, review = doc_id(db, "qingyuan_2023.txt"), doc_id(db, "qingyuan_2024.txt")
    assert (data["org"], data["plan"]["id"], data["review"]["id"]) == ("清苑区", plan, review)
    assert data["rows"] == json.loads(json.dumps(track_org(db, "清苑区").rows(), ensure_ascii=False))
    plan_text, review_text = db.text(plan), db.text(review)
    rows = data["rows"]
    assert data["total"] == len(rows) > 40
    for r in rows:
        assert r["status"] in STATUSES
        assert plan_text[r["start"]: r["end"]] == r["text"]
        if r["result_start"] is None:
            assert r["status"] == "not_reported" and r["result_text"] == ""
        else:
            assert review_text[r["result_start"]: r["result_end"]] == r["result_text"]
        if r["base_start"] is not None:
            assert plan_text[r["base_start"]: r["base_end"]] == r["base_text"]
    statuses = {r["status"] for r in rows}
    assert {"met", "exceeded", "partly", "not_reported"} <= statuses
    assert next(r for r in rows if r["text"] == "新增设施农业2万亩")["status"] == "partly"
    # counts by status and by domain add up
    assert data["counts"] == {s: sum(r["status"] == s for r in rows) for s in STATUSES}
    assert sum(d["total"] for d in data["domains"]) == len(rows)
    for s in STATUSES:
        assert sum(d["counts"][s] for d in data["domains"]) == data["counts"][s]
    totals = [d["total"] for d in data["domains"]]
    assert totals == sorted(totals, reverse=True)
    assert data["pairs"] == [{"plan": {k: data["plan"][k] for k in ("id", "title", "review_period", "plan_period")},
                              "review": {k: data["review"][k] for k in ("id", "title", "review_period", "plan_period")},
                              "total": len(rows), "counts": data["counts"]}]


def test_pick_a_pair_and_errors(client, db):
    first, second = doc_id(db, "huayuan_2022.txt"), doc_id(db, "huayuan_2023.txt")
    newest = get_json(client, f"/api/v1/track/{quote('花园镇')}")
    assert [p["plan"]["id"] for p in newest["pairs"]] == [first, second]
    assert newest["plan"]["id"] == second and newest["review"]["id"] == doc_id(db, "huayuan_2024.txt")
    older = get_json(client, f"/api/v1/track/{quote('花园镇')}?plan={first}")
    assert older["review"]["id"] == second
    assert {r["status"] for r in older["rows"]} != {r["status"] for r in newest["rows"]}  # 11 of 12 km, 12 of 12
    assert get_json(client, f"/api/v1/track/{quote('花园镇人民政府')}") == newest  # names are normalised
    html = client.get(f"/track/{quote('花园镇')}?plan={first}").text
    assert html.count('class="pair-link"') == 2 and f'plan={first}" aria-current="page"' in html
    assert get_json(client, f"/api/v1/track/{quote('花园镇')}?plan=99999", 404)["error"]["message"]
    assert get_json(client, f"/api/v1/track/{quote('花园镇')}?plan=abc", 400)["error"]["message"]
    assert get_json(client, f"/api/v1/track/{quote('不存在镇')}", 404)["error"]["message"]
    r = client.get(f"/track/{quote('不存在镇')}")
    assert r.status_code == 404 and "没有找到「不存在镇」" in r.text
    schema = get_json(client, "/api/v1/openapi.json")
    assert {"/api/v1/track", "/api/v1/track/{org}"} <= set(schema["paths"])
    assert "/track" not in schema["paths"]


# -- the page ----------------------------------------------------------------------------
class Panes(HTMLParser):
    """The text of #plan-text and #review-text, and the ranges each row's marks cover there."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.pane: str | None = None
        self.stack: list[dict[str, str]] = []
        self.text = {"plan-text": "", "review-text": ""}
        self.covered: dict[tuple[str, str, str], list[tuple[int, int]]] = {}  # (pane, kind, row) → ranges
        self.tags: list[tuple[str, list[tuple[str, str | None]]]] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, attrs))
        a = dict(attrs)
        if a.get("id") in self.text:
            self.pane = a["id"]
        elif self.pane and tag == "mark":
            self.stack.append(a)
        elif self.pane:
            raise AssertionError(f"unexpected <{tag}> in a text pane")

    def handle_endtag(self, tag):
        if self.pane and tag == "mark":
            self.stack.pop()
        elif self.pane and tag == "div":
            assert not self.stack
            self.pane = None

    def handle_data(self, data):
        if not self.pane:
            return
        pos = len(self.text[self.pane])
        self.text[self.pane] += data
        for mark in self.stack:
            kind = next(k for k in ("cm", "ev", "base") if k in mark["class"].split())
            self.covered.setdefault((self.pane, kind, mark["data-row"]), []).append((pos, pos + len(data)))


@pytest.mark.parametrize("org", ["清苑区", "花园镇"])
def test_the_page_marks_exactly_each_commitment_and_its_evidence(client, db, org):
    data = get_json(client, f"/api/v1/track/{quote(org)}")
    r = client.get(f"/track/{quote(org)}")
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/html")
    for words in ("计划", "回顾", "指标", "目标", "结果", "状态", "得分", *fmt.STATUS.values()):
        assert words in r.text, words
    panes = Panes()
    panes.feed(r.text)
    plan, review = db.text(data["plan"]["id"]), db.text(data["review"]["id"])
    assert panes.text == {"plan-text": plan, "review-text": review}  # the originals, exactly
    rows = data["rows"]
    for n, row in enumerate(rows, 1):
        cm = merged(panes.covered[("plan-text", "cm", str(n))])
        assert cm == [(row["start"], row["end"])] and plan[cm[0][0]: cm[0][1]] == row["text"]
        if row["result_start"] is None:
            assert ("review-text", "ev", str(n)) not in panes.covered
        else:
            ev = merged(panes.covered[("review-text", "ev", str(n))])
            assert ev == [(row["result_start"], row["result_end"])] and review[ev[0][0]: ev[0][1]] == row["result_text"]
        if row["base_start"] is not None:
            assert merged(panes.covered[("plan-text", "base", str(n))]) == [(row["base_start"], row["base_end"])]
    marks = [dict(a) for t, a in panes.tags if t == "mark" and "cont" not in dict(a)["class"]]
    assert {m["class"].split()[1] for m in marks if m.get("id", "").startswith(("c-", "e-"))} <= {
        f"s-{r['status']}" for r in rows}  # each mark wears its row's status colour
    assert len([m for m in marks if m.get("id", "").startswith("c-")]) == len(rows)
    assert r.text.count('<tr id="r-') == len(rows)
    chart = json.loads(next(dict(a)["data-chart"] for t, a in panes.tags if dict(a).get("id") == "track-charts"))
    assert [s["count"] for s in chart["statuses"]] == [data["counts"][s] for s in STATUSES]
    assert [s["name"] for s in chart["statuses"]] == list(fmt.STATUS.values())


def test_report_markup_is_escaped_on_the_tracking_pages(client, db):
    first = doc_id(db, "huayuan_2022.txt")
    for url in ("/track", f"/track/{quote('花园镇')}", f"/track/{quote('花园镇')}?plan={first}", f"/track/{quote('清苑区')}"):
        r = client.get(url)
        assert r.headers["content-security-policy"] == CSP
        html = r.text
        assert "<script>window.__xss" not in html and "<img src=x" not in html and "<b onmouseover" not in html
        parser = Panes()
        parser.feed(html)
        for tag, attrs in parser.tags:
            assert not any(name.startswith("on") for name, _ in attrs), (tag, attrs)  # no event handlers
            if tag == "script":
                assert dict(attrs).get("src", "").startswith("/static/"), attrs  # only scripts from this server
            if tag in ("img", "svg", "b"):
                raise AssertionError(f"report markup became a <{tag}> element: {attrs}")
        assert html.count("<script") == html.count("></script>")  # nothing inline
    html = client.get(f"/track/{quote('花园镇')}").text
    assert "&lt;b onmouseover=&#34;window.__xss=2&#34;&gt;农村公路&lt;/b&gt;" in html
    assert "&lt;img src=x onerror=window.__xss=3&gt;" in html


# -- in a browser ----------------------------------------------------------------------------
@pytest.fixture(scope="module")
def server(db_path: Path):
    with running_server(db_path) as url:
        yield url


# The selected marks of each pane: their text, and whether they lie inside the pane's visible box.
SELECTED_JS = """
(n) => {
  const out = {};
  for (const id of ['plan-text', 'review-text']) {
    const pane = document.getElementById(id);
    const box = pane.getBoundingClientRect();
    const marks = Array.from(pane.querySelectorAll(`mark.selected[data-row="${n}"]:not(.base)`));
    const first = marks.length ? marks[0].getBoundingClientRect() : null;
    out[id] = {
      text: marks.map(m => m.textContent).join(''),
      visible: !!first && first.top >= box.top && first.bottom <= box.bottom && first.top >= 0
               && first.bottom <= window.innerHeight,
      scrollTop: pane.scrollTop,
    };
  }
  return out;
}
"""


@pytest.mark.slow
def test_click_a_row_and_both_texts_scroll_to_the_commitment_and_its_evidence(browser, page, server, client):
    rows = get_json(client, f"/api/v1/track/{quote('清苑区')}")["rows"]
    n = next(i for i, r in enumerate(rows, 1) if r["text"] == "新增设施农业2万亩")
    page.goto(f"{server}/track/{quote('清苑区')}")
    page.locator('#track-charts[data-ready="1"]').wait_for(state="attached", timeout=15000)
    assert page.locator("#status-chart canvas").count() == 1 and page.locator("#domain-chart canvas").count() == 1
    page.locator(f"#r-{n} td.subject").click()
    page.wait_for_timeout(200)
    state = page.evaluate(SELECTED_JS, n)
    assert state["plan-text"]["text"] == rows[n - 1]["text"] and state["plan-text"]["visible"], state
    assert state["review-text"]["text"] == rows[n - 1]["result_text"] and state["review-text"]["visible"], state
    assert state["plan-text"]["scrollTop"] > 0 and state["review-text"]["scrollTop"] > 0
    assert page.locator(f"#r-{n}").get_attribute("class") == "selected"
    assert "新增设施农业" in page.locator("#track-current").inner_text()
    shot(page, "track")

    # a click on an evidence highlight selects its row and scrolls the plan to the clause
    m = next(i for i, r in enumerate(rows, 1) if r["status"] == "exceeded" and i != n)
    page.locator(f"#e-{m}").click()
    page.wait_for_timeout(200)
    state = page.evaluate(SELECTED_JS, m)
    assert state["plan-text"]["text"] == rows[m - 1]["text"] and state["plan-text"]["visible"], state
    assert "selected" in page.locator(f"#r-{m}").get_attribute("class")

    # the legend filters the table by status
    page.locator('.legend button[data-status="met"]').click()
    visible = page.locator("table.track tbody tr:visible")
    assert visible.count() == sum(r["status"] == "met" for r in rows)
    assert set(page.locator("table.track tbody tr:visible td .chip").all_inner_texts()) == {"完成"}
    page.watch.assert_clean()

    # hostile report text stays text through clicks
    page.goto(f"{server}/track/{quote('花园镇')}")
    page.locator("#r-1 td.subject").click()
    page.locator("#e-4").click()
    page.wait_for_timeout(200)
    assert page.evaluate("() => window.__xss") is None
    assert '<b onmouseover="window.__xss=2">' in page.locator("#plan-text").inner_text()
    assert page.evaluate("() => document.querySelectorAll('main img, main b, main script').length") == 0
    page.watch.assert_clean()



# -- export, confidence, checks by a person ----------------------------------------------------------
@pytest.mark.parametrize("fmt", ["csv", "xlsx"])
def test_the_tracking_table_downloads_as_csv_and_xlsx(client, fmt):
    resp = client.get(f"/track/{quote('清苑区')}/export.{fmt}")
    assert resp.status_code == 200 and f'.{fmt}"' in resp.headers["content-disposition"]
    if fmt == "csv":
        import csv
        import io
        rows = list(csv.DictReader(io.StringIO(resp.content.decode("utf-8-sig"))))
    else:
        import io

        from openpyxl import load_workbook
        values = list(load_workbook(io.BytesIO(resp.content)).active.values)
        rows = [dict(zip(values[0], r)) for r in values[1:]]
    assert {"status", "confidence", "checked", "result_text"} <= set(rows[0])
    assert client.get(f"/track/{quote('清苑区')}/export.pdf").status_code == 404
    html = client.get(f"/track/{quote('清苑区')}").text
    assert "export.csv" in html and "export.xlsx" in html and "把握" in html


def test_a_person_confirms_or_corrects_a_status_with_the_token(tmp_path):
    from fastapi.testclient import TestClient

    from duban.web.app import create_app

    path = tmp_path / "checks.db"
    with Database(path) as database:
        database.ingest([SERIES / "qingyuan_2023.txt", SERIES / "qingyuan_2024.txt"])
    client = TestClient(create_app(path, token="s3cret"))
    rows = get_json(client, f"/api/v1/track/{quote('清苑区')}")
    row = next(r for r in rows["rows"] if r["text"] == "地区生产总值增长7%")
    body = {"plan": rows["plan"]["id"], "start": row["start"], "target_start": row["target_start"], "status": "missed"}
    url = f"/api/v1/track/{quote('清苑区')}/checks"
    assert client.post(url, json=body).status_code == 401
    assert client.post(url, json=body, headers={"Authorization": "Bearer wrong"}).status_code == 401
    auth = {"Authorization": "Bearer s3cret"}
    assert client.post(url, json={**body, "status": "done"}, headers=auth).status_code == 400
    assert client.post(url, json={**body, "start": 1}, headers=auth).status_code == 404
    ok = client.post(url, json=body, headers=auth)
    assert ok.status_code == 200 and ok.json()["checked"] == "missed" and ok.json()["machine_status"] == "partly"
    again = next(r for r in get_json(client, f"/api/v1/track/{quote('清苑区')}")["rows"] if r["start"] == row["start"])
    assert (again["status"], again["checked"], again["machine_status"]) == ("partly", "missed", "partly")
    assert "✓ " in client.get(f"/track/{quote('清苑区')}").text
    no_token = TestClient(create_app(path))
    assert no_token.post(url, json=body, headers={"Authorization": "Bearer s3cret"}).status_code == 403
