"""HTML pages from government portals: the article as plain text, page chrome left out.

1. Decode (BOM, UTF-8, the page's declared charset unless the bytes read better in another,
   then detection) and parse as a browser does: the HTML5 parsing algorithm of lexbor
   (through selectolax), whose tree is copied into an lxml tree for the steps below. An
   unclosed ``<font>`` is reopened in each paragraph as a browser does, not nested 300 deep;
   text straight inside a ``<table>`` goes before it; past 512 levels elements go on beside
   each other, as in Chromium, so no text is lost to depth. libxml2's
   HTML parser (lxml), html5lib and others were compared in benchmarks/bench_html_parsers.py.
2. Mark the metadata tables (索引号 | … | 发布机构 | …) before anything is dropped: each
   is rendered as ``label: value`` lines, the form the chrome stage reads in plain-text
   reports, and one outside the main content is prepended to the text.
3. Drop chrome: the tags, id/class words and link targets listed in
   ``lang/zh/html_chrome.tsv``.
4. Choose the main content: starting at <body>, step down into the child that holds most
   of the text (letters, digits, Chinese characters) outside links and metadata tables,
   while it holds ``DESCEND_SHARE`` of it and no title heading would be left behind.
5. Render it as text: block elements on their own lines, ``<br>`` → newline, table rows on
   lines with cells joined by `` | ``.

trafilatura (2.3) was tried on a portal page: it finds the article, but leaves out the
title and the 发布时间 line, moves the metadata table to the end as a Markdown table, puts a
space at source line breaks between Chinese characters, and brings ten more packages.
"""

from __future__ import annotations

import re
from functools import lru_cache

from duban.document import Document, MetaField
from duban.errors import DubanError, E
from duban.lang import load_table
from duban.read.encoding import decode
from duban.registry import readers

_CJK_CLASS = r"[\u3400-\u9fff\uf900-\ufaff\u3000-\u303f\uff00-\uffef]"
# A line break in the source between two Chinese characters is layout, not a space.
@lru_cache(maxsize=1)
def _cjk_break() -> re.Pattern:
    """(Compiled when a page is first read: its classes of Chinese characters take a while to compile.)

    ``(?<=C)[ \\t\\r\\f]*\\n[ \\t\\r\\n\\f]*(?=C)``, written to open with a class of the characters such a
    run can start with (which the engine looks for at once), the Chinese character before it behind."""
    return re.compile(rf"[ \t\r\f\n](?<={_CJK_CLASS}[ \t\r\f\n])(?:(?<=\n)|[ \t\r\f]*\n)[ \t\r\n\f]*(?={_CJK_CLASS})")


_SPACE = re.compile(r"[ \t\r\n\f]+")
_COLON = re.compile(r"[:：]")
_DECLARED_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?([\w.:-]+)""", re.I)
# Characters an lxml tree cannot hold (XML 1.0 forbids them); invisible in a page anyway.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")
_NAME_CHAR = re.compile(r"[^\w.-]", re.ASCII)
_TEXT_RUN = re.compile(r"[^\W_]+")  # letters, digits, Chinese characters (`_text_chars`)
_META_ATTR = "data-duban-meta"  # set on a metadata table: its text as label: value lines
MAX_TREE_DEPTH = 512  # elements nested deeper go on beside the 512th (Chromium's parser limit)

BLOCK_TAGS = frozenset(
    "address article aside blockquote body center dd div dl dt figcaption figure h1 h2 h3 h4 h5 h6"
    " hr li main ol p pre section table tbody td tfoot th thead tr ul".split()
)
TITLE_TAGS = frozenset(("h1", "h2", "h3"))
# Step into a child only while it holds at least this share of its parent's article text,
# and leaves no paragraph behind: PROSE_MIN text characters or more with a sentence end.
DESCEND_SHARE = 0.9
PROSE_MIN = 20
SENTENCE_END = "。！？"
# A short emphasised line (centred, bold, a large font) before the article is its title.
TITLE_MAX = 60


@readers.register(".htm")
@readers.register(".html")
def read_html(path: str, raw: bytes) -> Document:
    declared = _DECLARED_CHARSET.search(raw[:4096])
    text, encoding = decode(raw, path, declared.group(1).decode("ascii", "replace") if declared else None)
    try:
        root = parse_html(text)
        body = root.find("body")
        body = root if body is None else body
        metadata = _meta_fields(root)
        meta_tables = [table for table in body.iter("table") if _mark_meta_table(table)]
        _drop_chrome(body, half=_chars(body) / 2)
        main = _main_content(body)
        outside = [table.get(_META_ATTR) for table in meta_tables if not _within(table, main)]
        original = "\n".join([*outside, _render(main)]).strip()
    except (_lxml().ParserError, ValueError, RecursionError) as exc:
        raise DubanError(E.E013, file=path, reason=str(exc) or type(exc).__name__) from None
    if not original:
        raise DubanError(E.E011, file=path)
    return Document(source=path, original=original, format="html", encoding=encoding, metadata=metadata)


def parse_html(text: str):
    """The page's tree as a browser builds it (HTML5, lexbor), as an lxml ``<html>`` element.

    Comments are left out; tag and attribute names an lxml tree cannot take (``o:p`` from
    Word, ``@click``) are spelled with ``_``; characters XML forbids are dropped."""
    from selectolax.lexbor import LexborHTMLParser  # imported here: only pages need it

    document = LexborHTMLParser(text).root
    html = _element("html", document.attributes if document is not None else {})
    if document is None:
        return html
    last: dict = {}  # element → its last child so far (len() of an lxml element walks its children)
    stack = [(child, html, 1) for child in reversed(_children(document))]
    while stack:  # depth first, in document order: a text node's parent has its earlier siblings already
        node, parent, depth = stack.pop()
        tag = node.tag
        if tag == "-text":
            text = _NOT_XML.sub("", node.text_content or "")
            before = last.get(parent)
            if before is None:
                parent.text = (parent.text or "") + text
            else:
                before.tail = (before.tail or "") + text
        elif tag and tag[0] not in "-_#!":  # not a comment, doctype or processing instruction
            el = _sub_element(parent, tag, node.attributes)  # not append(): that walks up all ancestors
            last[parent] = el
            # Past MAX_TREE_DEPTH an element's content goes on after it, at the same depth, as
            # Chromium's parser does: nothing is lost, and nothing is nested ever deeper.
            inside, below = (el, depth + 1) if depth < MAX_TREE_DEPTH else (parent, depth)
            stack.extend((child, inside, below) for child in reversed(_children(node)))
    return html


def _children(node) -> list:
    kids, child = [], node.child
    while child is not None:
        kids.append(child)
        child = child.next
    return kids


@lru_cache(maxsize=1)
def _lxml():
    """``lxml.etree``, imported on the first page read: the other formats never need it."""
    from lxml import etree

    return etree


@lru_cache(maxsize=1)
def _parser():
    import lxml.html

    return lxml.html.HTMLParser(encoding="utf-8")  # only its element factory is used


def _element(tag: str, attributes: dict):
    return _set_attributes(_parser().makeelement(_xml_name(tag.lower())), attributes)


def _sub_element(parent, tag: str, attributes: dict):
    return _set_attributes(_lxml().SubElement(parent, _xml_name(tag.lower())), attributes)


def _set_attributes(el, attributes: dict):
    for name, value in attributes.items():
        try:
            el.set(_xml_name(name), _NOT_XML.sub("", value or ""))
        except ValueError:  # a name lxml still refuses: the attribute is not text
            pass
    return el


def _xml_name(name: str) -> str:
    name = _NAME_CHAR.sub("_", name) or "_"
    return name if name[0].isalpha() or name[0] == "_" else f"_{name}"


@lru_cache(maxsize=1)
def chrome_rules() -> dict[str, frozenset[str]]:
    """``{kind: values}`` from ``lang/zh/html_chrome.tsv``."""
    rules: dict[str, set[str]] = {}
    for row in load_table("html_chrome"):
        rules.setdefault(row["kind"], set()).add(row["value"])
    return {kind: frozenset(values) for kind, values in rules.items()}


def _meta_fields(root) -> list[MetaField]:
    fields = []
    title = _SPACE.sub(" ", root.findtext(".//title") or "").strip()
    if title:
        fields.append(MetaField("html_title", title))
    for meta in root.iter("meta"):
        name, content = (meta.get("name") or "").strip(), (meta.get("content") or "").strip()
        if name and content:
            fields.append(MetaField(name.lower(), content))
    return fields


def _mark_meta_table(table) -> bool:
    """Whether ``table`` is a metadata table (two labels or more); if so, note its lines."""
    labels = chrome_rules()["meta_label"]
    cells = [_render(cell) for cell in table.iter("td", "th") if _nearest_table(cell) is table]
    split = [_label_value(cell) for cell in cells]
    lines = []
    for i, (label, value) in enumerate(split):
        if label not in labels:
            continue
        value = value.strip()
        if not value and i + 1 < len(cells) and split[i + 1][0] not in labels:
            value = cells[i + 1]  # the value stands in the next cell
        if value:
            lines.append(f"{label}: {_SPACE.sub(' ', value)}")
    if len(lines) < 2:
        return False
    table.set(_META_ATTR, "\n".join(lines))
    return True


def _label_value(cell: str) -> tuple[str, str]:
    """``"索 引 号：123"`` → ``("索引号", "123")``; a cell without a colon is all label."""
    head, _, rest = _COLON.sub(":", cell, count=1).partition(":")
    return re.sub(r"\s+", "", head), rest


@lru_cache(maxsize=1)
def _chrome_marks() -> tuple[re.Pattern[str], tuple[str, ...]]:
    """What tells a chrome element (`chrome_rules`): a pattern finding any of the id/class words, and
    the link targets' prefixes."""
    rules = chrome_rules()
    words = sorted(rules.get("class_word", ()))
    return re.compile("|".join(map(re.escape, words)) or "(?!)"), tuple(sorted(rules.get("href_prefix", ())))


def _drop_chrome(root, half: float) -> None:
    rules = chrome_rules()
    class_word, href_prefixes = _chrome_marks()
    stack = [root]
    while stack:  # a loop, not recursion: pages nest thousands of elements deep
        for child in list(stack.pop()):
            if not isinstance(child.tag, str):
                continue
            marks = f"{child.get('id', '')} {child.get('class', '')}".lower()
            href = (child.get("href") or "").strip().lower()
            looks_chrome = class_word.search(marks) is not None or href.startswith(href_prefixes)
            # id/class words are hints, not proof: a wrapper of most of the page's text stays
            if child.tag in rules["tag"] or (looks_chrome and _chars(child) < half):
                child.drop_tree()  # keeps the tail text, which belongs to the parent
            else:
                stack.append(child)


def _main_content(body):
    node = body
    while True:
        node = _through_wrappers(node)
        if (score := _article_chars(node)) <= 0:
            break
        kids = _parts(node)
        scores = [_article_chars(k) for k in kids]
        if not kids or max(scores) < DESCEND_SHARE * score:
            break
        best = scores.index(max(scores))
        if kids[best].tag not in BLOCK_TAGS:
            break  # an inline wrapper (an unclosed <font> reopened by the parser) is no part of a layout
        if any(_is_title(k) for k in kids[:best]):
            break  # a title belongs with the text it heads
        if any(_is_prose(k) for i, k in enumerate(kids) if i != best) or _is_prose_text(node, kids[best]):
            break  # a paragraph of the report would be left behind
        node = kids[best]
    return node


def _through_wrappers(node):
    """Down a chain of block elements each holding nothing but the next (3000 nested <div>s),
    without measuring the text at every step, which would take time quadratic in the depth."""
    while node.tag != "table" and not (node.text or "").strip():
        kids = [kid for kid in node if isinstance(kid.tag, str)]
        if len(kids) != 1 or kids[0].tag not in BLOCK_TAGS or (kids[0].tail or "").strip():
            break
        node = kids[0]
    return node


def _is_prose(el) -> bool:
    """Holds a sentence of article text (not link text): a paragraph of the report."""
    return _article_chars(el) >= PROSE_MIN and any(ch in el.text_content() for ch in SENTENCE_END)


def _is_prose_text(node, best) -> bool:
    """Whether the text standing straight in ``node`` beside its elements holds a sentence."""
    loose = [node.text or ""] + [k.tail or "" for k in node if k is not best]
    text = "".join(loose)
    return _text_chars(text) >= PROSE_MIN and any(ch in text for ch in SENTENCE_END)


def _parts(node) -> list:
    """The children to step down into; a table's are its cells, so the choice never stops
    at a row (a layout table's cell can be the article, a data table stays whole)."""
    if node.tag == "table":
        return [cell for cell in node.iter("td", "th") if _nearest_table(cell) is node]
    return [kid for kid in node if isinstance(kid.tag, str)]


def _is_title(el) -> bool:
    marks = f"{el.get('id', '')} {el.get('class', '')}".lower()
    has_heading = el.tag in TITLE_TAGS or "title" in marks or next(el.iter(*TITLE_TAGS), None) is not None
    return (has_heading or _looks_like_title(el)) and _chars(el) > 0


def _looks_like_title(el) -> bool:
    """A legacy page's title: a short line of text, not a link, centred or bold or in a large font."""
    if not 0 < _article_chars(el) <= TITLE_MAX or any(ch in el.text_content() for ch in SENTENCE_END):
        return False
    centred = (el.get("align") or "").lower() == "center" or el.tag == "center"
    emphasised = next(el.iter("b", "strong", "center"), None) is not None or any(
        f.get("size") for f in el.iter("font"))
    return centred or emphasised


def _render(el) -> str:
    parts: list[str] = []
    _walk(el, parts)
    lines = (line.strip() for line in "".join(parts).split("\n"))
    return "\n".join(line for line in lines if line)


def _walk(root, parts: list[str]) -> None:
    """Append ``root``'s text to ``parts``: a loop over a stack of elements to open and
    strings to write, so a page nested thousands deep reads like any other."""
    stack: list = [root]
    while stack:
        el = stack.pop()
        if isinstance(el, str):
            parts.append(el)
            continue
        if el.tag == "br":
            parts.append("\n")
            continue
        if el.tag == "table":
            parts.append(f"\n{el.get(_META_ATTR) or _table(el)}\n")
            continue
        block = el.tag in BLOCK_TAGS
        if block:
            parts.append("\n")
        if el.text:
            parts.append(_inline(el.text))
        todo: list = []
        for child in el:
            if isinstance(child.tag, str):  # comments and processing instructions are skipped
                todo.append(child)
            if child.tail:
                todo.append(_inline(child.tail))
        if block:
            todo.append("\n")
        stack.extend(reversed(todo))


def _table(table) -> str:
    rows = []
    for tr in table.iter("tr"):
        if _nearest_table(tr) is table:
            cells = [text for cell in tr if cell.tag in ("td", "th") if (text := _render(cell))]
            if cells:
                rows.append(" | ".join(cells))
    return "\n".join(rows)


def _inline(text: str) -> str:
    return _SPACE.sub(" ", _cjk_break().sub("", text))


def _nearest_table(el):
    return next(el.iterancestors("table"), None)


def _within(el, ancestor) -> bool:
    return el is ancestor or any(a is ancestor for a in el.iterancestors())


def _text_chars(text: str) -> int:
    """How many letters, digits and Chinese characters ``text`` holds: what counts as text
    (``str.isalnum``: a word character of a regular expression other than the underscore).
    Counted run by run: most of a page's text is runs of them."""
    return sum(map(len, _TEXT_RUN.findall(text)))


def _chars(el) -> int:
    return _text_chars(el.text_content())


def _article_chars(el) -> int:
    """Text characters outside links and metadata tables: the measure of article text."""
    return _chars(el) - sum(_chars(e) for e in el.iter("a", "table") if e.tag == "a" or e.get(_META_ATTR))
