"""The web UI in a real browser: Playwright for Python driving Debian's Chromium.

A uvicorn server runs in a thread on a free port over a database of the seed reports
plus two hostile ones (markup and a javascript: link as text; CRLF line ends and a
character outside the BMP). Each test takes a screenshot into ``tests/artifacts/``.

Chromium must be Debian's (``apt-get install chromium``, ``/usr/bin/chromium``):
Playwright's own browser download is not used. The tests are skipped, with the reason,
only when that browser is missing and cannot be installed here.
"""

from __future__ import annotations

import csv
import io
import os
from pathlib import Path

import pytest
from helpers import merged, running_server

from duban.store import Database

ROOT = Path(__file__).resolve().parents[1]
ARTIFACTS = ROOT / "tests" / "artifacts"
CHROMIUM = Path(os.environ.get("DUBAN_CHROMIUM", "/usr/bin/chromium"))
CHROMIUM_ARGS = [
    "--no-sandbox", "--headless", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]

pytestmark = pytest.mark.slow


def _chromium_missing() -> str:
    """'' when Chromium is there, else why not (`make test` installs it where it can)."""
    if CHROMIUM.exists():
        return ""
    return f"Debian's Chromium is not installed at {CHROMIUM} (`make browser` installs it as root)"


@pytest.fixture(scope="module")
def browser():
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        pytest.skip("the playwright package is not installed (pip install -e '.[dev]')")
    missing = _chromium_missing()
    if missing:
        pytest.skip(missing)
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture(scope="module")
def db_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from test_web_api import make_db

    return make_db(tmp_path_factory.mktemp("browser"))


@pytest.fixture(scope="module")
def server(db_path: Path):
    with running_server(db_path) as url:
        yield url


class Watch:
    """Console errors, CSP violations, page errors and dialogs seen by one page."""

    def __init__(self, page):
        self.messages: list[str] = []
        self.dialogs: list[str] = []
        page.on("console", lambda m: self.messages.append(f"{m.type}: {m.text}") if m.type in ("error", "warning")
                else None)
        page.on("pageerror", lambda e: self.messages.append(f"pageerror: {e}"))

        def on_dialog(dialog):
            self.dialogs.append(dialog.message)
            dialog.dismiss()

        page.on("dialog", on_dialog)

    def assert_clean(self) -> None:
        assert not self.dialogs, self.dialogs
        bad = [m for m in self.messages if "Content Security Policy" in m or "pageerror" in m or "error" in m]
        assert not bad, bad


@pytest.fixture
def page(browser):
    context = browser.new_context(viewport={"width": 1440, "height": 900}, locale="zh-CN", accept_downloads=True)
    page = context.new_page()
    page.watch = Watch(page)
    yield page
    context.close()


def shot(page, name: str) -> None:
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / f"{name}.png"), full_page=False)


# The text of #doc-text and, per fact, the ranges of code points its marks cover.
COVERAGE_JS = """
() => {
  const root = document.getElementById('doc-text');
  const covered = {};
  let pos = 0, text = '';
  const walk = (node, facts) => {
    for (const child of node.childNodes) {
      if (child.nodeType === Node.TEXT_NODE) {
        const n = Array.from(child.data).length;
        for (const f of facts) (covered[f] = covered[f] || []).push([pos, pos + n]);
        text += child.data;
        pos += n;
      } else if (child.nodeType === Node.ELEMENT_NODE) {
        walk(child, child.matches('mark.fact') ? facts.concat([child.dataset.fact]) : facts);
      }
    }
  };
  walk(root, []);
  const styled = Array.from(root.querySelectorAll('mark.fact')).every(
    m => getComputedStyle(m).backgroundColor !== 'rgba(0, 0, 0, 0)');
  return {covered, text, styled, marks: root.querySelectorAll('mark.fact').length};
}
"""


def check_highlights(page, db: Database, doc_id: int) -> int:
    result = page.evaluate(COVERAGE_JS)
    assert result["text"] == db.text(doc_id)  # the page shows the original exactly
    facts = db.facts(doc=doc_id)
    assert facts and result["styled"]
    assert set(result["covered"]) == {str(f["id"]) for f in facts}
    for f in facts:
        assert merged(result["covered"][str(f["id"])]) == [(f["start"], f["end"])], f
    return len(facts)


# -- the pages ---------------------------------------------------------------------------
def test_documents_page_then_open_a_seed_and_check_every_highlight(page, server, db):
    page.goto(f"{server}/documents")
    assert page.locator("table.documents tbody tr").count() == len(db.documents())
    assert page.locator("h1").inner_text().startswith("工作报告")
    shot(page, "documents")
    page.get_by_role("link", name="斋坛乡", exact=True).click()
    page.wait_for_url("**/documents/*")
    doc_id = int(page.url.rstrip("/").split("/")[-1])
    assert check_highlights(page, db, doc_id) > 100
    first = db.facts(doc=doc_id)[0]
    mark = page.locator(f"#f-{first['id']}")
    mark.hover()
    tooltip = page.locator("#tooltip")
    tooltip.wait_for(state="visible")
    assert first["text"] in tooltip.inner_text() and "数值" in tooltip.inner_text()
    mark.click()
    panel = page.locator("#fact-panel dl.fact-detail")
    panel.wait_for(state="visible")
    assert first["text"] in panel.inner_text() and f"[{first['start']}, {first['end']})" in panel.inner_text()
    assert page.url.endswith(f"#f-{first['id']}")
    page.locator("aside.outline a").nth(3).click()  # the outline jumps through the text
    shot(page, "document")
    page.watch.assert_clean()


@pytest.mark.parametrize("which", ["crlf.txt", "xss.txt"])
def test_highlights_stay_exact_with_crlf_astral_characters_and_markup(page, server, db, which):
    doc = next(d for d in db.documents() if d["source"].endswith(which))
    page.goto(f"{server}/documents/{doc['id']}")
    check_highlights(page, db, doc["id"])
    page.watch.assert_clean()


def test_report_markup_is_shown_as_text_never_executed(page, server, db):
    doc = next(d for d in db.documents() if d["source"].endswith("xss.txt"))
    for url in (f"/documents/{doc['id']}", "/documents", f"/facts?doc={doc['id']}", "/search?q=onerror",
                "/search?q=javascript", f"/compare?doc={doc['id']}&doc=1"):
        page.goto(server + url)
        page.wait_for_load_state("load")
        assert page.evaluate("() => window.__xss") is None, url
        assert page.evaluate("() => document.querySelectorAll('a[href^=\"javascript:\"]').length") == 0, url
        assert page.evaluate("() => document.querySelectorAll('main img, main svg, main script').length") == 0, url
    page.goto(f"{server}/documents/{doc['id']}")
    text = page.locator("#doc-text").inner_text()
    assert '<script>window.__xss=1;alert("xss")</script>' in text
    assert '<img src=x onerror="window.__xss=2">' in text
    assert "&lt;b&gt;" in text and "&amp;" in text and "&#60;script&#62;" in text  # entities shown as written
    # (an <img> tag is markup the view leaves out; an <svg> is no tag of markup_tags.tsv and stays in a subject)
    fact = next(f for f in db.facts(doc=doc["id"]) if "onload" in f["subject"] or "__xss" in f["subject"])
    page.locator(f"#f-{fact['id']}").hover()  # the tooltip shows a hostile subject as text
    assert fact["subject"] in page.locator("#tooltip").inner_text()
    page.locator(f"#f-{fact['id']}").click()
    assert page.evaluate("() => document.querySelectorAll('#fact-panel img, #tooltip img').length") == 0
    page.wait_for_timeout(300)
    assert page.evaluate("() => window.__xss") is None
    shot(page, "xss-document")
    page.watch.assert_clean()


def test_filter_the_facts_table_and_export_csv(page, server, db):
    page.goto(f"{server}/facts")
    page.locator('section.facet[data-facet="unit"] a', has_text="亩").first.click()
    page.wait_for_url("**unit=*")
    expected = db.facts(unit="亩")
    assert f"共 {len(expected)} 条" in page.locator("h1").inner_text()
    rows = page.locator("table.facts tbody tr")
    assert rows.count() == len(expected)
    assert all(t.endswith("亩") for t in page.locator("table.facts tbody td.num").all_inner_texts())
    page.locator("th a.sort", has_text="数值").click()  # sort by value
    page.wait_for_url("**sort=value*")
    shot(page, "facts")
    with page.expect_download() as download_info:
        page.locator("#export-csv").click()
    download = download_info.value
    raw = Path(download.path()).read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # a BOM, for Excel
    exported = list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"))))
    assert len(exported) == len(expected) and {r["单位（计量）"] for r in exported} == {"亩"}
    assert [float(r["数值"]) for r in exported] == sorted(float(f["value"]) for f in expected)
    page.watch.assert_clean()


def test_run_a_search_and_follow_a_hit_into_the_document(page, server, db):
    page.goto(f"{server}/search")
    page.locator(".search-form input[name=q]").fill("乡村振兴")
    page.locator(".search-form input[name=q]").press("Enter")
    page.wait_for_url("**/search?q=*")
    total = db.search("乡村振兴")["total"]
    assert page.locator("ol.results > li").count() == total
    marks = page.locator(".snippet mark").all_inner_texts()
    assert marks and set(marks) <= {"乡村振兴", "鄉村振興"}
    shot(page, "search")
    page.locator(".snippet a").first.click()
    page.wait_for_url("**/documents/**")
    hit = page.locator("mark.hit").first
    assert "".join(page.locator("mark.hit").all_inner_texts()) in ("乡村振兴", "鄉村振興")
    assert hit.is_visible()
    box = hit.bounding_box()
    assert box is not None and 0 <= box["y"] <= 900  # scrolled to the hit
    shot(page, "search-hit")
    page.watch.assert_clean()


def test_pick_documents_and_open_the_compare_chart(page, server, db):
    page.goto(f"{server}/documents")
    boxes = page.locator("table.documents input[type=checkbox]")
    boxes.nth(0).check()
    assert page.locator(".compare-button").is_disabled()  # one is not enough
    boxes.nth(1).check()
    boxes.nth(2).check()
    assert page.locator(".compare-button").is_enabled()
    page.locator(".compare-button").click()
    page.wait_for_url("**/compare?doc=*")
    chart = page.locator('#attention-chart[data-ready="1"]')
    chart.wait_for(state="visible", timeout=15000)
    assert page.locator("#attention-chart canvas").count() >= 1
    size = chart.bounding_box()
    assert size["width"] > 400 and size["height"] >= 360
    assert page.locator("table.shared tbody tr").count() > 0
    chart.hover()
    page.wait_for_timeout(200)
    names = [d["org_name"] for d in db.documents()[:3]]
    chart_text = page.locator("#attention-chart").inner_text()
    assert not any(name in chart_text for name in names)  # legend and tooltip are drawn on the canvas, never as HTML
    shot(page, "compare")
    page.watch.assert_clean()


def test_every_page_loads_with_no_csp_violation_and_no_request_leaving_the_server(page, server):
    outside: list[str] = []
    page.on("request", lambda r: outside.append(r.url) if not r.url.startswith(server) else None)
    for url in ("/documents", "/documents/1", "/facts", "/compare", "/compare?doc=1&doc=2&doc=3&doc=4&doc=5",
                "/search", "/search?q=工作", "/no-such-page"):
        page.goto(server + url)
        page.wait_for_load_state("networkidle")
    assert not outside, outside
    bad = [m for m in page.watch.messages if "Content Security Policy" in m or "pageerror" in m]
    assert not bad, bad


PHONE_JS = """
() => {
  const links = [...document.querySelectorAll('header nav a')];
  const line = parseFloat(getComputedStyle(links[0]).lineHeight) || 24;
  return {
    width: document.documentElement.scrollWidth, viewport: window.innerWidth,
    links: links.map(a => { const r = a.getBoundingClientRect();
      return {text: a.textContent.trim(), height: r.height, right: r.right, line: line}; }),
  };
}
"""


@pytest.mark.parametrize("url", ["/documents", "/facts", "/search?q=乡村", "/compare"])
def test_the_top_menu_works_at_phone_width(browser, server, url):
    context = browser.new_context(viewport={"width": 375, "height": 740}, locale="zh-CN", device_scale_factor=2)
    page = context.new_page()
    page.goto(f"{server}{url}")
    found = page.evaluate(PHONE_JS)
    name = "phone-" + url.strip("/").split("?")[0]
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / f"{name}.png"))
    context.close()
    assert found["width"] <= found["viewport"] + 1, "the page scrolls sideways at phone width"
    for link in found["links"]:  # each menu word on one line, inside the screen
        assert link["height"] < 2 * link["line"], link
        assert link["right"] <= found["viewport"] + 1, link
