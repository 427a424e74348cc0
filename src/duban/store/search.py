"""Full-text search over document bodies: `Database.search` and `duban search`.

The index (`duban.store.grams`, schema steps 6 and 8) is two FTS5 tables over ``documents.norm``:
``documents_bigrams``, every pair of adjacent letters or digits in order, and
``documents_chars``, the set of each body's letters and digits. A word of two or more
characters is found as the phrase of its bigrams (乡村振兴 = "乡村 村振 振兴"), a word of
one character in the table of characters: every word, short or long, goes through an
index, with no word list — Chinese has no spaces to split words on.

A query is one of two kinds:

- **plain** (the usual case): words separated by spaces, all of which must occur. A word
  holding punctuation or symbols (``2.5%``) is found through its letters and digits, then
  checked in the bodies the index found; a word of punctuation only is checked by a scan.
- **advanced**, when the query holds FTS5 syntax typed in ASCII: ``"phrase"``,
  ``( )``, ``AND``/``OR``/``NOT``, ``NEAR(…)``. Each word in it becomes its bigram phrase;
  a query FTS5 cannot parse raises `QuerySyntaxError` (the web API answers 400).

The query is normalised as the bodies were (full-width → half-width, 繁 → 简), so 鄉村振興
finds 乡村振兴. Every value reaches SQLite as a parameter, never inside the SQL text.
Results carry snippets whose highlighted hits are offsets into ``documents.original``,
like every other span in duban.
"""

from __future__ import annotations

import json
import re
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from duban.document import OffsetMap
from duban.store import grams
from duban.store.rows import DOC_COLUMNS, LATEST_ONLY, Store, doc_row, stored_texts, text_sql

_BODY = text_sql("norm")  # a body in SQL, joined from its pieces when it is stored in pieces
MIN_ADVANCED = 2  # a word in FTS5 syntax needs this many characters (one bigram)
# Above this many matches, results come newest first instead of by relevance: bm25 has to be
# computed for every match before the first page can be cut (about 2.5 µs a match), while
# newest-first stops after one page. A query that broad is refined, not read to the end.
RANK_LIMIT = 2000
# A query of 1-character words only has no bm25 (the table of characters keeps no counts):
# up to this many matches are ordered by their number of hits in the bodies, more newest first.
HITS_LIMIT = 200
MAX_QUERY_CHARS = 500
SNIPPETS_PER_DOC = 3
SNIPPET_BEFORE = 30  # characters of context before a hit …
SNIPPET_AFTER = 50  # … and after it

# ASCII syntax that makes a query "advanced": quotes, parentheses, upper-case operators.
_ADVANCED = re.compile(r'["()]|(?<![\w])(?:AND|OR|NOT)(?![\w])|(?<![\w])NEAR\s*\(')
_OPERATOR_WORDS = frozenset({"AND", "OR", "NOT", "NEAR"})
_TERM = re.compile(r'"((?:[^"]|"")*)"|([^\s()"]+)')


class QuerySyntaxError(ValueError):
    """A query that cannot be run as written (bad FTS5 syntax, empty): the caller's mistake."""


@dataclass(slots=True)
class SearchPlan:
    query: str  # as given
    normalised: str
    mode: str  # "fts" (through the index) | "scan" (no letter or digit to look up)
    advanced: bool
    match: str = ""  # the FTS5 MATCH expression on documents_bigrams, "" when none
    chars_match: str = ""  # … on documents_chars (1-character words), "" when none
    scan_terms: list[str] = field(default_factory=list)  # words checked in the bodies
    terms: list[str] = field(default_factory=list)  # every word, for hits and snippets


def normalise_query(query: str) -> str:
    """The query as the bodies were normalised: half-width, simplified, spaces folded."""
    from duban.clean.normalise import half_width, to_simplified

    return " ".join(to_simplified(half_width(query)).split())


def plan(query: str) -> SearchPlan:
    """Decide how to run ``query``; raises `QuerySyntaxError` for one that cannot be run."""
    if not isinstance(query, str) or not query.strip():
        raise QuerySyntaxError("请输入要搜索的文字 (empty query)")
    if len(query) > MAX_QUERY_CHARS:
        raise QuerySyntaxError(f"搜索词太长：最多 {MAX_QUERY_CHARS} 个字 (query longer than {MAX_QUERY_CHARS} characters)")
    norm = normalise_query(query)
    if _ADVANCED.search(query):  # syntax typed in ASCII; full-width （） stay plain text
        terms = _advanced_terms(norm)
        short = [t for t in terms if sum(len(r) for r in grams.runs(t)) < MIN_ADVANCED or
                 max((len(r) for r in grams.runs(t)), default=0) < MIN_ADVANCED]
        if short:
            raise QuerySyntaxError(
                f"高级搜索（引号、括号、AND/OR/NOT）中的每个词至少要 {MIN_ADVANCED} 个字或字母：{'、'.join(short)}；"
                f"单个字请不带引号和运算符直接输入 (words in FTS5 syntax need {MIN_ADVANCED}+ letters)"
            )
        return SearchPlan(query, norm, "fts", True, match=_advanced_match(norm), terms=terms)
    terms = list(dict.fromkeys(norm.split()))
    phrases, singles, scan = [], [], []
    for term in terms:
        pieces = grams.runs(term)
        if "".join(pieces) != term:  # punctuation or symbols: their letters narrow, the body decides
            scan.append(term)
        for run in pieces:
            (phrases if len(run) >= 2 else singles).append(run)
    match = " AND ".join(dict.fromkeys(grams.phrase(r) for r in phrases))
    chars_match = " AND ".join(dict.fromkeys(f'"{c}"' for c in singles))
    mode = "fts" if match or chars_match else "scan"
    return SearchPlan(query, norm, mode, False, match, chars_match, scan, terms)


def _advanced_match(norm: str) -> str:
    """The user's FTS5 expression with each word replaced by the phrase of its bigrams."""

    def word(m: re.Match) -> str:
        if m.group(1) is not None:
            text = m.group(1).replace('""', '"')
        else:
            text = m.group(2)
            if text in _OPERATOR_WORDS or text == ",":
                return text
            text = re.sub(r"^\{?[A-Za-z_][A-Za-z0-9_ ]*\}?:", "", text).strip("^*+,")
        pieces = [r for r in grams.runs(text) if len(r) >= 2]
        if not pieces:
            return m.group(0)
        joined = " AND ".join(grams.phrase(r) for r in pieces)
        return joined if len(pieces) == 1 else f"({joined})"

    return _TERM.sub(word, norm)


def _advanced_terms(norm: str) -> list[str]:
    terms = []
    for m in _TERM.finditer(norm):
        if m.group(1) is not None:
            term = m.group(1).replace('""', '"')
        else:
            term = m.group(2)
            if term in _OPERATOR_WORDS or term == ",":
                continue
            term = re.sub(r"^\{?[A-Za-z_][A-Za-z0-9_ ]*\}?:", "", term)  # a column filter: norm:…
            term = term.strip("^*+,")
        if term:
            terms.append(term)
    return list(dict.fromkeys(terms))


def _scan_condition(term: str) -> tuple[str, str]:
    # The index folds ASCII case; so does LIKE. instr is faster where case cannot matter.
    if re.search(r"[A-Za-z]", term):
        escaped = term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        return f"{_BODY} LIKE '%' || ? || '%' ESCAPE '\\'", escaped
    return f"instr({_BODY}, ?) > 0", term


def search(db: Store, query: str, limit: int = 20, offset: int = 0, *, latest_only: bool = True) -> dict[str, Any]:
    """Documents whose body holds ``query``: a page of them, best first, and the total.

    Returns ``{"query", "normalised", "mode", "advanced", "terms", "order", "total",
    "total_exact", "limit", "offset", "rows"}``: ``total`` is the number of matching documents
    up to `RANK_LIMIT`; past it, counting stops (``total`` is then `RANK_LIMIT` + 1 and
    ``total_exact`` false: "more than 2,000"); ``order`` is ``relevance`` (FTS5's bm25), ``newest`` (more than
    `RANK_LIMIT` matches, or more than `HITS_LIMIT` for a query without a word of two
    characters: newest documents first) or ``hits`` (most occurrences first). Each row is a document row (as `Database.documents` gives) with
    ``hits`` (occurrences of the words in the body) and ``snippets``: up to three
    stretches of the original text, each ``{"start", "end", "segments": [{"text",
    "hit"}], "more_before", "more_after"}`` where ``start``/``end`` are the first hit's
    offsets into the original.
    """
    limit, offset = max(0, int(limit)), max(0, int(offset))
    p = plan(query)
    where: list[str] = []
    params: list[Any] = []
    if p.match:  # the bigram phrases: ranked by bm25
        source, id_column = "documents_bigrams", "documents_bigrams.rowid"
        # First chunks only (a document's id is their rowid); `_later_chunks` adds the rest.
        where.append("documents_bigrams MATCH ? AND documents_bigrams.rowid > 0")
        params.append(p.match)
        order, ordered_by = "documents_bigrams.rank, documents_bigrams.rowid", "relevance"
    elif p.chars_match:  # single characters only: no counts to rank by
        source, id_column = "documents_chars", "documents_chars.rowid"
        order, ordered_by = "", "hits"
    else:  # nothing to look up: every body is read
        source, id_column = "documents d", "d.id"
        order, ordered_by = "", "hits"
    conditions: list[str] = []  # what else a document must satisfy, on "{id}", with cond_params
    cond_params: list[Any] = []
    if p.chars_match:
        if source == "documents_chars":
            where.append("documents_chars MATCH ?")
            params.append(p.chars_match)
        else:
            conditions.append("{id} IN (SELECT rowid FROM documents_chars WHERE documents_chars MATCH ?)")
            cond_params.append(p.chars_match)
    for term in p.scan_terms:
        condition, param = _scan_condition(term)
        if source == "documents d":
            where.append(condition)
            params.append(param)
        else:  # checked in the bodies the index found, one look-up by id each
            conditions.append(f"EXISTS (SELECT 1 FROM documents d WHERE d.id = {{id}} AND {condition})")
            cond_params.append(param)
    if latest_only:
        conditions.append(LATEST_ONLY.replace("d.id", "{id}", 1))
    try:
        # Documents longer than one chunk whose later chunks hold a word of the query: decided
        # here as a whole (usually none), and left out of the query on first chunks.
        extra, decided = _later_chunks(db, p, conditions, cond_params) if p.match else ([], [])
        if decided:
            where.append(f"{id_column} NOT IN ({', '.join('?' * len(decided))})")
            params += decided
        where += [c.replace("{id}", id_column) for c in conditions]
        params += cond_params
        where_sql = " AND ".join(where) or "1"
        # Counted up to RANK_LIMIT + 1: past that the order is newest first, which needs no
        # count, and counting every match of a common word would cost more than the page.
        total = db.conn.execute(f"SELECT count(*) FROM (SELECT 1 FROM {source} WHERE {where_sql} LIMIT ?)",
                                [*params, RANK_LIMIT + 1]).fetchone()[0]
        exact = total <= RANK_LIMIT
        total += len(extra)
        order_params: list[Any] = []
        if ordered_by == "relevance" and total > RANK_LIMIT or ordered_by == "hits" and total > HITS_LIMIT:
            order, ordered_by = f"{id_column} DESC", "newest"
        elif ordered_by == "hits":  # few matches: count the hits of the first word in their bodies
            first = p.terms[0]
            order = (f"(SELECT length({_BODY}) - length(replace({_BODY}, ?, '')) FROM documents d"
                     f" WHERE d.id = {id_column}) DESC, {id_column}")
            order_params = [first]
        if extra and ordered_by == "newest":  # merged by id
            ids = [r[0] for r in db.conn.execute(
                f"SELECT {id_column} FROM {source} WHERE {where_sql} ORDER BY {order} LIMIT ?",
                [*params, *order_params, limit + offset])]
            ids = sorted(ids + extra, reverse=True)[offset : offset + limit]
        elif extra:  # ranked: the long documents that match come first, then the others by rank
            ahead = extra[offset : offset + limit]
            ids = ahead + [r[0] for r in db.conn.execute(
                f"SELECT {id_column} FROM {source} WHERE {where_sql} ORDER BY {order} LIMIT ? OFFSET ?",
                [*params, *order_params, limit - len(ahead), max(0, offset - len(extra))])]
        else:
            ids = [r[0] for r in db.conn.execute(
                f"SELECT {id_column} FROM {source} WHERE {where_sql} ORDER BY {order} LIMIT ? OFFSET ?",
                [*params, *order_params, limit, offset],
            )]
    except sqlite3.OperationalError as exc:
        if _is_syntax_error(exc):
            raise QuerySyntaxError(f"无法解析的搜索语法：{exc} (FTS5 syntax error)") from None
        raise
    found = {}
    if ids:
        for r in db.conn.execute(f"SELECT {DOC_COLUMNS}, d.original AS _original, d.norm AS _norm,"
                                 f" d.norm_map AS _norm_map FROM documents d WHERE d.id IN ({', '.join('?' * len(ids))})",
                                 ids):
            row = doc_row(r)
            original, norm = stored_texts(db.conn, row["id"], row.pop("_original"), row.pop("_norm"), row["chars"],
                                          row["body_chars"])
            row["hits"], row["snippets"] = _snippets(original, norm or "", row.pop("_norm_map"), p.terms)
            found[row["id"]] = row
    return {
        "query": p.query, "normalised": p.normalised, "mode": p.mode, "advanced": p.advanced, "terms": p.terms,
        "order": ordered_by, "total": total, "total_exact": exact, "limit": limit, "offset": offset,
        "rows": [found[i] for i in ids],
    }


def _is_syntax_error(exc: sqlite3.OperationalError) -> bool:
    message = str(exc).lower()
    return any(s in message for s in ("fts5", "syntax error", "unterminated", "no such column", "unknown special query"))


def _hit_spans(norm: str, terms: list[str]) -> list[tuple[int, int]]:
    """Non-overlapping occurrences of any term in ``norm``, longest first at a position,
    ASCII letters matched in either case (as the index and LIKE match them)."""
    words = sorted({t for t in terms if t}, key=len, reverse=True)
    if not words:
        return []
    if len(words) == 1 and not re.search(r"[A-Za-z]", words[0]):  # the usual case: str.find is fastest
        word, spans, i = words[0], [], norm.find(words[0])
        while i >= 0:
            spans.append((i, i + len(word)))
            i = norm.find(word, i + len(word))
        return spans
    pattern = re.compile("|".join(re.escape(w) for w in words), re.IGNORECASE | re.ASCII)
    return [m.span() for m in pattern.finditer(norm)]


def _snippets(original: str, norm: str, norm_map_json: str | None, terms: list[str]) -> tuple[int, list[dict]]:
    hits = _hit_spans(norm, terms)
    if not hits:
        return 0, []
    if norm_map_json:
        data = json.loads(norm_map_json)
        nmap = OffsetMap([tuple(x) for x in data["pieces"]], data["derived_len"], data["original_len"])
    else:
        nmap = OffsetMap.identity(len(norm))
    snippets: list[dict] = []
    k = 0
    while k < len(hits) and len(snippets) < SNIPPETS_PER_DOC:
        start = max(0, hits[k][0] - SNIPPET_BEFORE)
        end = min(len(norm), hits[k][1] + SNIPPET_AFTER)
        inside = []
        while k < len(hits) and hits[k][1] <= end:
            inside.append(hits[k])
            k += 1
        if not inside:  # a hit longer than the window: take it whole
            inside, end = [hits[k]], hits[k][1]
            k += 1
        window = nmap.span(start, end)
        segments, pos = [], window.start
        for hs, he in inside:
            o = nmap.span(hs, he)
            if o.start > pos:
                segments.append({"text": original[pos:o.start], "hit": False})
            segments.append({"text": original[o.start:o.end], "hit": True})
            pos = o.end
        if window.end > pos:
            segments.append({"text": original[pos:window.end], "hit": False})
        first = nmap.span(*inside[0])
        snippets.append({"start": first.start, "end": first.end, "segments": segments,
                         "more_before": start > 0, "more_after": end < len(norm)})
    return len(hits), snippets


# -- documents longer than one chunk -------------------------------------------------------
# The index holds a long body as several rows (`duban.store.grams`: chunk 0 under the document's
# id, the others under negative rowids). FTS5 evaluates a query row by row, so the words of one
# query lying in different chunks would not be found together, and NOT would see one chunk only.
# For the documents whose later chunks hold any word of the query (few: a body over 1 MiB), the
# query is decided for the document as a whole: each phrase (or NEAR group) is looked up in all
# its chunks, and the query's AND/OR/NOT is evaluated on those answers.
_EXPR_TOKEN = re.compile(r'\s*(?:("(?:[^"]|"")*")|([()+*^,])|([^\s()"+*^,]+))')


def _tokens(match: str) -> list[tuple[str, int, int]]:
    out, pos = [], 0
    while pos < len(match):
        m = _EXPR_TOKEN.match(match, pos)
        if m is None or m.end() == pos:
            if match[pos:].strip():
                raise ValueError(f"unexpected {match[pos:]!r}")
            break
        kind = "phrase" if m.group(1) else (m.group(2) or m.group(3))
        start = m.start(1) if m.group(1) else m.start(2) if m.group(2) else m.start(3)
        out.append((kind if kind in ("(", ")", "+", "*", "^", ",", "AND", "OR", "NOT", "NEAR", "phrase")
                    else "word", start, m.end()))
        pos = m.end()
    return out


def parse_match(match: str) -> Any:
    """The tree of an FTS5 expression: ``("or"|"and"|"not", left, right)`` or a leaf (its
    FTS5 text: a phrase, ``^``/``*``/``+`` included, or a NEAR group). FTS5's precedence:
    NOT binds tightest, then AND (written or implied), then OR. Raises ``ValueError``."""
    tokens = _tokens(match)
    i = 0

    def peek() -> str | None:
        return tokens[i][0] if i < len(tokens) else None

    def take(kind: str | None = None) -> tuple[str, int, int]:
        nonlocal i
        if i >= len(tokens) or (kind is not None and tokens[i][0] != kind):
            raise ValueError(f"expected {kind or 'more'} at token {i} of {match!r}")
        i += 1
        return tokens[i - 1]

    def primary() -> Any:
        kind = peek()
        if kind == "(":
            take()
            node = either()
            take(")")
            return node
        if kind == "NEAR" and i + 1 < len(tokens) and tokens[i + 1][0] == "(":
            start = take()[1]
            depth = 0
            while True:
                k, _, end = take()
                depth += k == "("
                depth -= k == ")"
                if depth == 0:
                    return match[start:end]
        start = tokens[i][1] if kind is not None else len(match)
        if kind == "^":
            take()
        _, _, end = take("phrase") if peek() == "phrase" else take("word")
        while peek() == "+":
            take()
            _, _, end = take()
        if peek() == "*":
            end = take()[2]
        return match[start:end]

    def negation() -> Any:
        node = primary()
        while peek() == "NOT":
            take()
            node = ("not", node, primary())
        return node

    def both() -> Any:
        node = negation()
        while peek() not in (None, ")", "OR"):
            if peek() == "AND":
                take()
            node = ("and", node, negation())
        return node

    def either() -> Any:
        node = both()
        while peek() == "OR":
            take()
            node = ("or", node, both())
        return node

    tree = either()
    if i != len(tokens):
        raise ValueError(f"unexpected {match[tokens[i][1]:]!r}")
    return tree


def leaves(tree: Any) -> list[str]:
    if isinstance(tree, str):
        return [tree]
    return list(dict.fromkeys(leaves(tree[1]) + leaves(tree[2])))


def evaluate(tree: Any, present: Callable[[str], bool]) -> bool:
    """``tree`` (from `parse_match`) for one document, ``present(leaf)`` saying whether it holds a leaf."""
    if isinstance(tree, str):
        return present(tree)
    op, left, right = tree
    if op == "and":
        return evaluate(left, present) and evaluate(right, present)
    if op == "or":
        return evaluate(left, present) or evaluate(right, present)
    return evaluate(left, present) and not evaluate(right, present)


def _later_chunks(db: Store, p: SearchPlan, conditions: list[str], cond_params: list[Any]
                  ) -> tuple[list[int], list[int]]:
    """``(matching, decided)``: the documents whose later chunks hold a leaf of ``p.match``
    (``decided``, left out of the query on first chunks) and those of them the whole query
    and ``conditions`` hold for (``matching``, newest first)."""
    try:
        tree = parse_match(p.match)
    except ValueError:
        tree = p.match  # FTS5 will say what is wrong with it; chunk by chunk meanwhile
    parts = leaves(tree)
    any_leaf = " OR ".join(f"({leaf})" for leaf in parts) if len(parts) > 1 else parts[0]
    decided = sorted({grams.doc_of(r[0]) for r in db.conn.execute(
        "SELECT rowid FROM documents_bigrams WHERE documents_bigrams MATCH ? AND rowid < 0", (any_leaf,))})
    if not decided:
        return [], []
    matching = []
    for doc_id in decided:
        low, high = grams.later_chunks(doc_id)
        answers: dict[str, bool] = {}

        def present(leaf: str) -> bool:
            if leaf not in answers:
                answers[leaf] = any(db.conn.execute(sql, (leaf, *args)).fetchone() for sql, args in (
                    ("SELECT 1 FROM documents_bigrams WHERE documents_bigrams MATCH ? AND rowid = ?", (doc_id,)),
                    ("SELECT 1 FROM documents_bigrams WHERE documents_bigrams MATCH ? AND rowid BETWEEN ? AND ?",
                     (low, high))))
            return answers[leaf]

        if evaluate(tree, present):
            matching.append(doc_id)
    if matching and conditions:
        where = " AND ".join(c.replace("{id}", "x.id") for c in conditions)
        kept = {r[0] for r in db.conn.execute(
            f"SELECT x.id FROM documents x WHERE x.id IN ({', '.join('?' * len(matching))}) AND {where}",
            [*matching, *cond_params])}
        matching = [d for d in matching if d in kept]
    return sorted(matching, reverse=True), decided
