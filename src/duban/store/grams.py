"""The tokens of the search index: every pair of adjacent characters (bigrams) and every
single character of a body, for the FTS5 tables ``documents_bigrams`` and ``documents_chars``.

Chinese has no spaces to split words on, and its most common queries are two characters
long (乡村, 扶贫, 就业, 养老). A bigram index finds any word of two or more characters as the
phrase of its bigrams (乡村振兴 = "乡村 村振 振兴", consecutive), and a word of one character
in the table of characters; no word list or segmenter is involved. Only letters and digits
are indexed (``str.isalnum``: Chinese characters, Latin letters, digits), the characters
FTS5's ``unicode61`` tokenizer keeps in a token; punctuation and spaces break the pairs.

The tables are contentless (the body is stored once, in ``documents.norm``); SQLite calls
`bigrams` and `chars` through the functions `register` defines, from the triggers that keep
the index in step with ``documents`` and from the schema step that builds it.
"""

from __future__ import annotations

import re
import sqlite3

# Runs of indexed characters. In a str pattern `\w` is a character for which str.isalnum()
# holds, or "_" (CPython's SRE_UNI_IS_WORD); leaving "_" out leaves exactly `indexed`.
_RUN = re.compile(r"[^\W_]+")


def indexed(ch: str) -> bool:
    """Whether ``ch`` is part of the index's tokens (a letter or a digit)."""
    return ch.isalnum()


def bigrams(text: str | None) -> str:
    """The bigrams of ``text`` in order, separated by spaces: one token per position."""
    # The pairs of each run of indexed characters, joined run by run: one string per run, not
    # per pair (a long report has millions of pairs, each a Python object of 60 bytes).
    return " ".join(" ".join(map(str.__add__, run[:-1], run[1:])) for run in _RUN.findall(text or "")
                    if len(run) > 1)


def chars(text: str | None) -> str:
    """The distinct letters and digits of ``text``, sorted (the same string every time)."""
    return " ".join(sorted(ch for ch in set(text or "") if indexed(ch)))


def runs(word: str) -> list[str]:
    """The stretches of ``word`` made of indexed characters: ``2.5%`` → ``["2", "5"]``."""
    out, current = [], ""
    for ch in word:
        if indexed(ch):
            current += ch
        elif current:
            out.append(current)
            current = ""
    if current:
        out.append(current)
    return out


def phrase(run: str) -> str:
    """The FTS5 phrase that finds ``run`` (2+ indexed characters) in ``documents_bigrams``."""
    return '"' + " ".join(run[i : i + 2] for i in range(len(run) - 1)) + '"'


def register(conn: sqlite3.Connection) -> None:
    """Define ``duban_bigrams(text)`` and ``duban_chars(text)`` on ``conn``."""
    conn.create_function("duban_bigrams", 1, bigrams, deterministic=True)
    conn.create_function("duban_chars", 1, chars, deterministic=True)


__all__ = ["bigrams", "chars", "indexed", "phrase", "register", "runs"]
