"""The tokens of the search index: every pair of adjacent characters (bigrams) and every
single character of a body, for the FTS5 tables ``documents_bigrams`` and ``documents_chars``.

Chinese has no spaces to split words on, and its most common queries are two characters
long (乡村, 扶贫, 就业, 养老). A bigram index finds any word of two or more characters as the
phrase of its bigrams (乡村振兴 = "乡村 村振 振兴", consecutive), and a word of one character
in the table of characters; no word list or segmenter is involved. Only letters and digits
are indexed (``str.isalnum``: Chinese characters, Latin letters, digits), the characters
FTS5's ``unicode61`` tokenizer keeps in a token; punctuation and spaces break the pairs.

**Chunks.** A body is indexed in chunks of at most `CHUNK_BYTES` (+ `OVERLAP_BYTES`) of its
UTF-8 text, one ``documents_bigrams`` row each, so the memory the index takes while a document
is written is bounded by the chunk, not by the document (a 50 MB report is about 50 chunks).
Chunk 0 has the document's id as its rowid; chunk k ≥ 1 has ``-(id * 65536 + k)`` (see
`chunk_rowid`), so every document of ordinary size (nearly all: a government work report is
10–300 KB) is one row whose rowid is the document id, and the rowids of the first chunks stay
consecutive (small deltas in FTS5's doclists). Each chunk reaches `OVERLAP_BYTES` past the
next one's start, more than the longest query (500 characters of up to 4 bytes), so a word or
phrase is always whole in some chunk; `duban.store.search` combines the chunks of a document
when words of one query lie in different chunks. ``documents_chars`` keeps one row per document
(the set of its characters, gathered chunk by chunk).

The tables are contentless (the body is stored once, in ``documents.norm`` or, over a million
characters, in its pieces in ``document_text``). SQLite calls
the functions `register` defines from the triggers on ``documents``: ``duban_chunks(n)``
(the chunks of a body of ``n`` bytes, as a JSON list of ``[start, length]`` for ``substr``
on the body as a BLOB: no copy of the text is cut in characters), ``duban_bigrams(chunk)``
and the aggregate ``duban_chunk_chars(chunk)``; ``duban_chars(text)`` (one whole body) is
what schema step 6 used. duban writes the same rows itself where the trigger would cost more:
a body written in pieces (`index_body`), and the bodies of a bulk ingest's batch, together
before its commit (`index_texts`, see there why).

The bigrams are made with NumPy: the text as an array of code points, a table of which code
points are letters or digits, and the pairs written side by side, about eight times faster
than joining the pairs in Python (which was most of the cost of storing a document).
"""

from __future__ import annotations

import json
import re
import sqlite3
from collections.abc import Callable, Iterable
from functools import cache

import numpy as np

CHUNK_BYTES = 1 << 20  # a body's chunk: 1 MiB of UTF-8 (about 350,000 Chinese characters) …
OVERLAP_BYTES = 2048  # … reaching this far into the next one (≥ 4 bytes × the longest query)
MAX_CHUNKS = 1 << 16  # chunk numbers per document: rowid arithmetic (64 GiB of text)
_SPACE = 32

# Runs of indexed characters. In a str pattern `\w` is a character for which str.isalnum()
# holds, or "_" (CPython's SRE_UNI_IS_WORD); leaving "_" out leaves exactly `indexed`.
_RUN = re.compile(r"[^\W_]+")


def indexed(ch: str) -> bool:
    """Whether ``ch`` is part of the index's tokens (a letter or a digit)."""
    return ch.isalnum()


@cache
def _bmp_table() -> np.ndarray:
    """For each code point of the Basic Multilingual Plane, whether it is a letter or digit."""
    return np.fromiter((chr(i).isalnum() for i in range(0x10000)), dtype=bool, count=0x10000)


def _codes(text: str | bytes | None) -> tuple[np.ndarray, np.ndarray]:
    """The code points of ``text`` and whether each is indexed. ``bytes`` is a chunk of UTF-8
    cut anywhere: a character cut at either end is left out (the overlap holds it whole)."""
    if isinstance(text, (bytes, bytearray, memoryview)):
        data = bytes(text)
        skip = 0
        while skip < min(4, len(data)) and 0x80 <= data[skip] < 0xC0:  # the tail of a cut character
            skip += 1
        text = data[skip:].decode("utf-8", errors="ignore")  # a head cut at the end is dropped
    codes = np.frombuffer((text or "").encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
    table = _bmp_table()
    ok = table[np.minimum(codes, 0xFFFF)]
    astral = np.flatnonzero(codes > 0xFFFF)  # rare (CJK extensions B+): asked one by one
    if len(astral):
        ok = ok.copy()
        ok[astral] = [chr(int(c)).isalnum() for c in codes[astral]]
    return codes, ok


def bigrams(text: str | bytes | None) -> str:
    """The bigrams of ``text`` in order, separated by spaces: one token per position.

    Pairs are made within runs of letters and digits; the runs follow each other with no gap
    (the index keeps the positions of the pairs only)."""
    return _bigrams(*_codes(text))


def _bigrams(codes: np.ndarray, ok: np.ndarray) -> str:
    if len(codes) < 2:
        return ""
    starts = np.flatnonzero(ok[:-1] & ok[1:])
    out = np.empty((len(starts), 3), dtype=np.uint32)
    out[:, 0] = codes[starts]
    out[:, 1] = codes[starts + 1]
    out[:, 2] = _SPACE
    return out.tobytes()[:-4].decode("utf-32-le", "surrogatepass")


def _seen(codes: np.ndarray, ok: np.ndarray) -> np.ndarray:
    """The code points of the indexed characters among ``codes``, each once, in increasing order."""
    codes = codes[ok]
    # A flag per code point (no sort of the text), over the Basic Multilingual Plane when the
    # text stays within it (nearly always), else over all of Unicode.
    seen = np.zeros(0x10000 if not len(codes) or codes.max() < 0x10000 else 0x110000, dtype=bool)
    seen[codes] = True
    return np.flatnonzero(seen)


def char_set(text: str | bytes | None) -> set[str]:
    """The letters and digits of ``text``."""
    return set(map(chr, _seen(*_codes(text)).tolist()))


def _joined(points: np.ndarray) -> str:
    """Code points as characters separated by spaces (in the order given)."""
    if not len(points):
        return ""
    out = np.empty((len(points), 2), dtype=np.uint32)
    out[:, 0] = points
    out[:, 1] = _SPACE
    return out.tobytes()[:-4].decode("utf-32-le", "surrogatepass")


def chars(text: str | bytes | None) -> str:
    """The distinct letters and digits of ``text``, sorted (the same string every time)."""
    return _joined(_seen(*_codes(text)))


def grams_and_chars(text: str | bytes | None) -> tuple[str, str]:
    """``(bigrams(text), chars(text))``, the text read once."""
    codes, ok = _codes(text)
    return _bigrams(codes, ok), _joined(_seen(codes, ok))


class _ChunkChars:
    """The SQL aggregate ``duban_chunk_chars(chunk)``: `chars` of all the chunks together."""

    def __init__(self) -> None:
        self.seen: set[str] = set()

    def step(self, chunk: str | bytes | None) -> None:
        self.seen |= char_set(chunk)

    def finalize(self) -> str:
        return " ".join(sorted(self.seen))


def chunks(nbytes: int | None) -> list[tuple[int, int]]:
    """The chunks of a body of ``nbytes`` bytes of UTF-8: ``(start, length)`` for SQL's
    ``substr`` (1-based), each `CHUNK_BYTES` apart and `OVERLAP_BYTES` longer than that.
    A body up to ``CHUNK_BYTES + OVERLAP_BYTES`` is one chunk, the whole of it."""
    n = int(nbytes or 0)
    count = max(1, -(-(n - OVERLAP_BYTES) // CHUNK_BYTES))
    if count > MAX_CHUNKS:
        raise ValueError(f"a body of {n:,} bytes is longer than the search index takes")
    return [(k * CHUNK_BYTES + 1, CHUNK_BYTES + OVERLAP_BYTES) for k in range(count)]


def chunk_rowid(doc_id: int, k: int) -> int:
    """The ``documents_bigrams`` rowid of chunk ``k`` of document ``doc_id``."""
    return doc_id if k == 0 else -(doc_id * MAX_CHUNKS + k)


def doc_of(rowid: int) -> int:
    """The document of a ``documents_bigrams`` rowid (inverse of `chunk_rowid`)."""
    return rowid if rowid > 0 else -rowid // MAX_CHUNKS


def later_chunks(doc_id: int) -> tuple[int, int]:
    """The range of rowids (lowest, highest) that chunks 1, 2 … of ``doc_id`` can have."""
    return -(doc_id * MAX_CHUNKS + MAX_CHUNKS - 1), -(doc_id * MAX_CHUNKS + 1)


def index_body(conn: sqlite3.Connection, doc_id: int, read: Callable[[int, int], bytes], nbytes: int) -> None:
    """Index the body of document ``doc_id`` (``nbytes`` bytes of UTF-8, ``read(offset, length)``
    giving a stretch of it) a chunk at a time: the rows the documents insert trigger writes, for a
    body its writer put in a piece at a time (schema step 9)."""
    seen: set[str] = set()
    for k, (start, length) in enumerate(chunks(nbytes)):
        piece = read(start - 1, length)
        conn.execute("INSERT INTO documents_bigrams (rowid, grams) VALUES (?, ?)",
                     (chunk_rowid(doc_id, k), bigrams(piece)))
        seen |= char_set(piece)
    conn.execute("INSERT INTO documents_chars (rowid, chars) VALUES (?, ?)", (doc_id, " ".join(sorted(seen))))


def index_texts(conn: sqlite3.Connection, bodies: Iterable[tuple[int, str | None]]) -> None:
    """Index the bodies ``(doc_id, body)`` (``None`` for a document without one): the rows the
    documents insert trigger writes for each, byte for byte.

    A bulk ingest indexes the documents of a batch so, together just before its commit: FTS5
    writes what it holds in memory to the disk at every savepoint, and every document of a batch
    is written within one (and its trigger within a statement's), so that the trigger would add
    a segment to the index for every document, and FTS5 spend about as long merging them as
    indexing the bodies (schema step 9's ``index_by_writer`` keeps the trigger out of the way)."""
    grams_rows: list[tuple[int, str]] = []
    chars_rows: list[tuple[int, str]] = []
    for doc_id, body in bodies:
        # A body of one chunk (nearly all: one under 350,000 characters always is) is read as a str.
        if body is None or 4 * len(body) <= CHUNK_BYTES + OVERLAP_BYTES:
            one = True
        else:
            data = body.encode("utf-8")
            one = len(data) <= CHUNK_BYTES + OVERLAP_BYTES
        if one:
            g, c = grams_and_chars(body)
            grams_rows.append((doc_id, g))
            chars_rows.append((doc_id, c))
            continue
        _write_rows(conn, grams_rows, chars_rows)  # (the rows in the order the trigger wrote them)
        index_body(conn, doc_id, lambda offset, length, data=data: data[offset : offset + length], len(data))
    _write_rows(conn, grams_rows, chars_rows)


def _write_rows(conn: sqlite3.Connection, grams_rows: list[tuple[int, str]], chars_rows: list[tuple[int, str]]) -> None:
    conn.executemany("INSERT INTO documents_bigrams (rowid, grams) VALUES (?, ?)", grams_rows)
    conn.executemany("INSERT INTO documents_chars (rowid, chars) VALUES (?, ?)", chars_rows)
    grams_rows.clear()
    chars_rows.clear()


def runs(word: str) -> list[str]:
    """The stretches of ``word`` made of indexed characters: ``2.5%`` → ``["2", "5"]``."""
    return _RUN.findall(word)


def phrase(run: str) -> str:
    """The FTS5 phrase that finds ``run`` (2+ indexed characters) in ``documents_bigrams``."""
    return '"' + " ".join(run[i : i + 2] for i in range(len(run) - 1)) + '"'


def register(conn: sqlite3.Connection) -> None:
    """Define ``duban_bigrams``, ``duban_chars``, ``duban_chunks`` and ``duban_chunk_chars`` on ``conn``."""
    conn.create_function("duban_bigrams", 1, bigrams, deterministic=True)
    conn.create_function("duban_chars", 1, chars, deterministic=True)
    conn.create_function("duban_chunks", 1, lambda n: json.dumps(chunks(n)), deterministic=True)
    conn.create_aggregate("duban_chunk_chars", 1, _ChunkChars)


__all__ = ["CHUNK_BYTES", "OVERLAP_BYTES", "bigrams", "chars", "chunk_rowid", "chunks", "doc_of", "grams_and_chars",
           "index_body", "index_texts", "indexed", "later_chunks", "phrase", "register", "runs"]
