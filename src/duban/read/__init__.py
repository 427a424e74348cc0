"""Stage ``read``: a file on disk → a `Document` whose ``original`` every later span points into.

One reader per format, registered by suffix in `duban.registry.readers` as
``reader(path: str, raw: bytes) -> Document``; `read_file` checks the file, reads its bytes
once and dispatches on the suffix. Every bad input ends as a `DubanError` with a catalogued
reason, never as another exception.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Iterator

from duban.document import Document
from duban.errors import DubanError, E
from duban.registry import readers
from duban.settings import max_file_mb

# Importing the reader modules registers them; python-docx and pypdf are imported only
# inside their readers, so reading text files never needs them.
from duban.read import doc, docx, html, pdf, txt  # noqa: F401

__all__ = ["ReadResult", "iter_read", "read_bytes", "read_file", "supported_suffixes"]


@dataclass(slots=True)
class ReadResult:
    """What `iter_read` yields for one file: a document, an error, or a skip."""

    path: str
    doc: Document | None = None
    error: DubanError | None = None
    skipped: bool = False


def supported_suffixes() -> list[str]:
    return readers.names()


def read_file(path: str | Path) -> Document:
    """Read one file into a `Document` (``source``, ``original``, ``format``, ``encoding``,
    ``content_hash``, container ``metadata``). Raises `DubanError` for every bad input."""
    name = str(path)
    p = Path(path)
    suffix = p.suffix.lower()
    if suffix not in readers:
        raise DubanError(E.E001, file=name) if not p.exists() else _unsupported(name, suffix)
    raw = _read_bytes(p, name)
    doc = readers.get(suffix)(name, raw)
    doc.content_hash = hashlib.sha256(raw).hexdigest()
    return doc


def read_bytes(raw: bytes, name: str, *, suffix: str | None = None) -> Document:
    """Read a file's bytes that did not come from disk (a Parquet column, an upload) into a
    `Document`, as `read_file` would: the reader is chosen by ``suffix`` or else by the
    suffix of ``name``, which becomes ``Document.source``. Raises `DubanError` for every bad
    input (empty, over the size limit, unsupported suffix, undecodable)."""
    suffix = (suffix if suffix is not None else Path(name).suffix).lower()
    if suffix not in readers:
        raise _unsupported(name, suffix)
    if not raw:
        raise DubanError(E.E003, file=name)
    limit = max_file_mb()
    if len(raw) > limit * 1024 * 1024:
        raise DubanError(E.E009, file=name, limit=f"{limit:g}", size=f"{len(raw) / 1024 / 1024:.1f}")
    doc = readers.get(suffix)(name, raw)
    doc.content_hash = hashlib.sha256(raw).hexdigest()
    return doc


def _read_bytes(p: Path, name: str) -> bytes:
    try:
        size = p.stat().st_size
        limit = max_file_mb()
        if size > limit * 1024 * 1024:
            raise DubanError(E.E009, file=name, limit=f"{limit:g}", size=f"{size / 1024 / 1024:.1f}")
        raw = p.read_bytes()
    except FileNotFoundError:
        raise DubanError(E.E001, file=name) from None
    except OSError as exc:
        raise DubanError(E.E002, file=name, reason=exc.strerror or type(exc).__name__) from None
    if not raw:
        raise DubanError(E.E003, file=name)
    return raw


def _unsupported(name: str, suffix: str) -> DubanError:
    return DubanError(E.E010, file=name, suffix=suffix, supported=", ".join(supported_suffixes()))


def iter_read(paths: Iterable[str | Path]) -> Iterator[ReadResult]:
    """Read many paths, never stopping on a bad one.

    A directory is walked recursively in sorted order; there, files whose suffix has no
    reader are yielded with ``skipped=True`` (and no error), so callers can count them. A
    file named explicitly with such a suffix is skipped too, but carries the E010 error
    saying why. A path that does not exist yields E001.
    """
    for path in paths:
        p = Path(path)
        if p.is_dir():
            for child in sorted(p.rglob("*")):
                if child.is_file():
                    yield _read_one(str(child), explicit=False)
        elif not p.exists():
            yield ReadResult(str(path), error=DubanError(E.E001, file=str(path)))
        else:
            yield _read_one(str(path), explicit=True)


def _read_one(name: str, explicit: bool) -> ReadResult:
    suffix = Path(name).suffix.lower()
    if suffix not in readers:
        return ReadResult(name, error=_unsupported(name, suffix) if explicit else None, skipped=True)
    try:
        return ReadResult(name, doc=read_file(name))
    except DubanError as exc:
        return ReadResult(name, error=exc)
