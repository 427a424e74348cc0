"""Which HTML parser reads legacy government pages as a browser does? Fidelity and speed.

For every page of the malformed corpus (tests/data/html_malformed: unclosed <font>, 300 and
3000 nested <div>s, layout tables, <br>-only paragraphs, comments and scripts inside
sentences, misnested tags, GBK pages with a wrong charset) each parser's tree is walked for
its visible text (no head, script, style, template, noscript or comments), and the share of
the expected visible text found, in reading order, is reported; the last row is duban's
whole reader, which must keep it all too. Speed is the time to parse
and walk the whole corpus, and a large ordinary page (a portal article of ~1 MB), best of
``--repeat``. tests/test_read_html_malformed.py checks duban's reader keeps 100%.

    .venv/bin/python benchmarks/bench_html_parsers.py [--repeat 3]

Parsers not installed are listed as such (pip install html5lib selectolax resiliparse markupever).
"""

from __future__ import annotations

import argparse
import re
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "tests" / "data" / "html_malformed"
HIDDEN = frozenset("head script style template noscript title".split())
_SPACE = re.compile(r"\s+")

sys.path.insert(0, str(ROOT / "src"))
from duban.read.encoding import decode  # noqa: E402  (the bytes → text step is duban's, shared by all)


# -- one walker per parser: the visible text nodes in document order ----------------------
def _tree_text(root) -> list[str]:
    """The text nodes of an ElementTree-style tree in document order: an element's text, its
    children, then its tail; hidden elements and comments keep only their tail."""
    out: list[str] = []
    stack = [root]
    while stack:
        el = stack.pop()
        if isinstance(el, str):
            out.append(el)
            continue
        if el.tail:
            stack.append(el.tail)
        if not isinstance(el.tag, str) or el.tag in HIDDEN:  # a comment's tag is a function
            continue
        stack.extend(reversed(list(el)))
        if el.text:
            stack.append(el.text)
    return out


def lxml_text(text: str, huge: bool = False) -> list[str]:
    import lxml.html

    parser = lxml.html.HTMLParser(encoding="utf-8", huge_tree=huge)
    return _tree_text(lxml.html.document_fromstring(text.encode("utf-8"), parser=parser))


def html5lib_text(text: str) -> list[str]:
    import html5lib

    return _tree_text(html5lib.parse(text, treebuilder="etree", namespaceHTMLElements=False))


def selectolax_text(text: str) -> list[str]:
    from selectolax.lexbor import LexborHTMLParser

    out: list[str] = []
    stack = [LexborHTMLParser(text).root]
    while stack:
        node = stack.pop()
        tag = node.tag
        if tag == "-text":
            out.append(node.text_content or "")
            continue
        if tag in HIDDEN or tag.startswith("_") or tag == "-comment":
            continue
        kids = []
        child = node.child
        while child is not None:
            kids.append(child)
            child = child.next
        stack.extend(reversed(kids))
    return out


def resiliparse_text(text: str) -> list[str]:
    from resiliparse.parse.html import HTMLTree, NodeType

    out: list[str] = []
    stack = [HTMLTree.parse(text).document]
    while stack:
        node = stack.pop()
        if node.type == NodeType.TEXT:
            out.append(node.text)
            continue
        if node.type not in (NodeType.ELEMENT, NodeType.DOCUMENT) or node.tag in HIDDEN:
            continue
        kids, child = [], node.first_child  # (child_nodes is rebuilt on each access: far slower)
        while child is not None:
            kids.append(child)
            child = child.next
        stack.extend(reversed(kids))
    return out


def markupever_text(text: str) -> list[str]:
    import markupever

    root = markupever.parse(text, markupever.HtmlOptions()).root()
    out: list[str] = []
    stack = [root]
    while stack:
        node = stack.pop()
        kind = type(node).__name__
        if kind == "Text":
            out.append(node.content)
            continue
        if kind == "Element" and node.name.local in HIDDEN:
            continue
        if kind not in ("Element", "Document"):
            continue
        stack.extend(reversed(list(node.children())))
    return out


def duban_text(text: str) -> list[str]:
    """duban's whole HTML reader (lexbor → lxml tree → chrome out → main content → text)."""
    from duban.read.html import read_html

    return [read_html("page.html", text.encode("utf-8")).original]


PARSERS = {
    "lxml (libxml2 HTML, recover)": lxml_text,
    "lxml huge_tree": lambda t: lxml_text(t, huge=True),
    "html5lib (pure Python)": html5lib_text,
    "selectolax (lexbor)": selectolax_text,
    "resiliparse (lexbor)": resiliparse_text,
    "markupever (html5ever)": markupever_text,
    "duban read_html (whole reader)": duban_text,
}


def kept_in_order(pieces: list[str], expected: list[str]) -> tuple[int, int]:
    """(characters of the expected lines found in order, characters expected)."""
    got = _SPACE.sub("", "".join(pieces))
    pos = found = total = 0
    for line in expected:
        line = _SPACE.sub("", line)
        total += len(line)
        at = got.find(line, pos)
        if at >= 0:
            found += len(line)
            pos = at + len(line)
    return found, total


def corpus() -> list[tuple[str, str, list[str]]]:
    pages = []
    for html in sorted(CORPUS.glob("*.html")):
        raw = html.read_bytes()
        declared = re.search(rb"""<meta[^>]+charset\s*=\s*["']?([\w.:-]+)""", raw[:4096], re.I)
        text, _ = decode(raw, html.name, declared.group(1).decode() if declared else None)
        expected = [l for l in html.with_suffix(".txt").read_text(encoding="utf-8").splitlines() if l.strip()]
        pages.append((html.stem, text, expected))
    return pages


def big_page() -> str:
    para = "<p>全年完成地区生产总值12.5亿元，同比增长6.1%；新建高标准农田3500亩，<b>农村公路</b>48.3公里。</p>\n"
    return f"<html><body><div class='content'>{para * 10000}</div></body></html>"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()
    pages, big = corpus(), big_page()
    print(f"corpus: {len(pages)} pages, {sum(len(t) for _, t, _ in pages) / 1024:.0f} K characters; "
          f"large page: {len(big.encode()) / 1024 / 1024:.2f} MB\n")
    header = f"{'parser':30} {'text kept':>10} {'pages 100%':>11} {'corpus ms':>10} {'1 MB page ms':>13}  worst page"
    print(header)
    print("-" * len(header))
    for name, walk in PARSERS.items():
        try:
            walk("<p>x</p>")
        except ImportError as exc:
            print(f"{name:30} not installed ({exc.name})")
            continue
        found = total = full = 0
        worst = (2.0, "")
        for stem, text, expected in pages:
            try:
                f, t = kept_in_order(walk(text), expected)
            except RecursionError:
                f, t = 0, sum(len(l) for l in expected)
            found, total, full = found + f, total + t, full + (f == t)
            worst = min(worst, (f / t, stem))
        times, big_times = [], []
        for _ in range(args.repeat):
            t0 = time.perf_counter()
            for _, text, _ in pages:
                try:
                    walk(text)
                except RecursionError:
                    pass
            times.append(time.perf_counter() - t0)
            t0 = time.perf_counter()
            walk(big)
            big_times.append(time.perf_counter() - t0)
        worst_text = f"{worst[1]} {worst[0]:.1%}" if worst[0] < 1 else "—"
        print(f"{name:30} {found / total:>10.2%} {full:>5}/{len(pages):<5} {min(times) * 1000:>10.1f} "
              f"{min(big_times) * 1000:>13.1f}  {worst_text}")


if __name__ == "__main__":
    main()
