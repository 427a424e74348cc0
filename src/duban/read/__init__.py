"""Stage ``read``: a file on disk → a `Document` whose ``original`` every later span points into.

One reader per format, registered by suffix in `duban.registry.readers` as
``reader(path: str, raw: bytes) -> Document``; `read_file` checks the file, reads its bytes
once and dispatches on the suffix. Every bad input ends as a `DubanError` with a catalogued
reason, never as another exception.
"""

from __future__ import annotations

import os
import stat
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO, Iterable, Iterator

from duban.document import Document
from duban.errors import DubanError, E
from duban.registry import readers
from duban.settings import max_file_mb

# Importing the reader modules registers them; python-docx and pypdf are imported only
# inside their readers, so reading text files never needs them.
from duban.read import doc, docx, html, pdf, txt  # noqa: F401

__all__ = ["ReadResult", "file_kind", "iter_read", "read_bytes", "read_file", "read_limited", "supported_suffixes"]


@dataclass(slots=True)
class ReadResult:
    """What `iter_read` yields for one file: a document, an error, or a skip."""

    path: str
    doc: Document | None = None
    error: DubanError | None = None
    skipped: bool = False


def _sha256(raw: bytes) -> str:
    import hashlib  # (imported when a file is read: importing duban alone does not need it)

    return hashlib.sha256(raw).hexdigest()


def supported_suffixes() -> list[str]:
    return readers.names()


def read_file(path: str | Path) -> Document:
    """Read one file into a `Document` (``source``, ``original``, ``format``, ``encoding``,
    ``content_hash``, container ``metadata``). Raises `DubanError` for every bad input."""
    name = str(path)
    p = Path(path)
    suffix = p.suffix.lower()
    if suffix not in readers:
        if not p.exists():
            raise DubanError(E.E001, file=name)
        if not p.is_dir() and not p.is_file():
            raise DubanError(E.E017, file=name, kind=file_kind(p.stat().st_mode))
        raise _unsupported(name, suffix)
    raw = _read_bytes(p, name)
    doc = readers.get(suffix)(name, raw)
    doc.content_hash = _sha256(raw)
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
    doc.content_hash = _sha256(raw)
    return doc


def _read_bytes(p: Path, name: str) -> bytes:
    limit = max_file_mb()
    try:
        info = p.stat()
        if stat.S_ISDIR(info.st_mode):
            raise DubanError(E.E002, file=name, reason="Is a directory")
        if not stat.S_ISREG(info.st_mode):  # a FIFO or a device would block or never end
            raise DubanError(E.E017, file=name, kind=file_kind(info.st_mode))
        if info.st_size > limit * 1024 * 1024:
            raise DubanError(E.E009, file=name, limit=f"{limit:g}", size=f"{info.st_size / 1024 / 1024:.1f}")
        with p.open("rb") as f:
            raw = read_limited(f, name, limit, size=info.st_size)
    except FileNotFoundError:
        raise DubanError(E.E001, file=name) from None
    except OSError as exc:
        raise DubanError(E.E002, file=name, reason=exc.strerror or type(exc).__name__) from None
    if not raw:
        raise DubanError(E.E003, file=name)
    return raw


def read_limited(f: BinaryIO, name: str, limit_mb: float, size: int | None = None) -> bytes:
    """At most ``limit_mb`` MB from ``f``: one byte more is read only to know the limit is passed
    (E009), so a file that grows, or anything endless, never fills the memory. ``size``: the
    file's size when it was looked at; it is read that far (and a byte more) first, rather than
    into a buffer of the limit's size, and on only if it has grown."""
    limit = int(limit_mb * 1024 * 1024)
    if size is not None and size < limit:
        raw = f.read(size + 1)
        if len(raw) == size + 1:  # (it has grown since)
            raw += f.read(limit - size)
    else:
        raw = f.read(limit + 1)
    if len(raw) > limit:
        raise DubanError(E.E009, file=name, limit=f"{limit_mb:g}", size=f"more than {limit_mb:g}")
    return raw


def file_kind(mode: int) -> str:
    """What a file that is not a regular one is, in words: ``"a FIFO"``."""
    for test, kind in ((stat.S_ISFIFO, "a FIFO"), (stat.S_ISCHR, "a character device"),
                       (stat.S_ISBLK, "a block device"), (stat.S_ISSOCK, "a socket"), (stat.S_ISDIR, "a directory")):
        if test(mode):
            return kind
    return "not a regular file"


def _unsupported(name: str, suffix: str) -> DubanError:
    return DubanError(E.E010, file=name, suffix=suffix, supported=", ".join(supported_suffixes()))


def iter_read(paths: Iterable[str | Path]) -> Iterator[ReadResult]:
    """Read many paths, never stopping on a bad one.

    A directory is walked recursively in sorted order. Whatever is not read is yielded with
    ``skipped=True`` and the error saying why, so callers can count and list it: a file
    whose suffix has no reader (E010), and anything that is not a regular file, a FIFO or a
    device (E017), which is never opened. A path that does not exist yields E001.
    """
    for path in paths:
        p = Path(path)
        if p.is_dir():
            for child in sorted(p.rglob("*")):
                if not child.is_dir():
                    yield _read_one(str(child))
        elif not p.exists():
            yield ReadResult(str(path), error=DubanError(E.E001, file=str(path)))
        else:
            yield _read_one(str(path))


def _read_one(name: str) -> ReadResult:
    suffix = Path(name).suffix.lower()
    try:
        mode = os.stat(name).st_mode
    except OSError:
        mode = stat.S_IFREG  # read_file says what is wrong
    if not stat.S_ISREG(mode):
        return ReadResult(name, error=DubanError(E.E017, file=name, kind=file_kind(mode)), skipped=True)
    if suffix not in readers:
        return ReadResult(name, error=_unsupported(name, suffix), skipped=True)
    try:
        return ReadResult(name, doc=read_file(name))
    except DubanError as exc:
        return ReadResult(name, error=exc)
