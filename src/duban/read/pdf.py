"""PDF reports: the text layer, via pypdf, with the line breaks of the layout repaired.

pypdf extracts CJK text from both embedded fonts and the standard CID fonts (STSong-Light)
through their CMaps. A PDF whose pages give no text at all is a scan (E007): duban does no OCR.

Line repair, because a PDF keeps the layout's lines, not the paragraphs:

* page-number lines (``- 3 -``, ``第3页``, ``3``, ``3/10``) at the top or bottom of a page go;
* pages are joined with ``\\n`` and a line is joined to the next when it runs (nearly) the
  full width of the text, does not end a sentence (。！？：；) and the next line is not
  indented. Chinese needs no space at the join; two Latin words get one; a Latin word
  hyphenated at the line end is mended. Blank lines stay as they are.
"""

from __future__ import annotations

import io
import re
import warnings

from duban.clean.lines import usual_width, wraps
from duban.document import Document
from duban.errors import DubanError, E
from duban.registry import readers

_PAGE_NUMBER = re.compile(
    r"[-—–－\s]*\d{1,4}[-—–－\s]*"  # 3, - 3 -, —3—
    r"|第\s*\d{1,4}\s*页(\s*[,，/]?\s*共\s*\d{1,4}\s*页)?"  # 第3页, 第 3 页 共 10 页
    r"|\d{1,4}\s*/\s*\d{1,4}"  # 3/10
    r"|(?i:page)\s*\d{1,4}"  # Page 3
)
_LATIN = re.compile(r"[A-Za-z]")


@readers.register(".pdf")
def read_pdf(path: str, raw: bytes) -> Document:
    import pypdf  # imported here so other formats never need it

    _quiet_pypdf()
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # pypdf's own warnings are no message of duban's
            reader = pypdf.PdfReader(io.BytesIO(raw))
            if reader.is_encrypted and not reader.decrypt(""):
                raise DubanError(E.E008, file=path, reason="encrypted with a password")
            if not reader.pages:
                raise DubanError(E.E008, file=path, reason="no pages")
            pages = [page.extract_text() or "" for page in reader.pages]
    except DubanError:
        raise
    except Exception as exc:  # pypdf fails on broken files with many exception types
        raise DubanError(E.E008, file=path, reason=str(exc) or type(exc).__name__) from None
    if not any(page.strip() for page in pages):
        raise DubanError(E.E007, file=path)
    return Document(source=path, original=join_lines(pages), format="pdf")


def _quiet_pypdf() -> None:
    """pypdf logs what it repairs in a broken file ("EOF marker not found", "incorrect
    startxref pointer"); with no handler of the program's, Python would print those lines on
    stderr. A handler of its own that drops them keeps duban's messages the only ones."""
    import logging  # imported here: only PDFs need it

    logger = logging.getLogger("pypdf")
    if not any(isinstance(h, logging.NullHandler) for h in logger.handlers):
        logger.addHandler(logging.NullHandler())
    logger.propagate = False


def join_lines(pages: list[str]) -> str:
    """The pages' text as one string, page numbers dropped and wrapped lines joined."""
    lines = [line.rstrip() for page in pages for line in _page_lines(page)]
    full = usual_width(lines)
    out: list[str] = []
    previous = ""  # the last physical line, which decides whether the next one continues it
    for line in lines:
        if out and wraps(previous, line, full):
            out[-1] = _glue(out[-1], line)
        else:
            out.append(line)
        previous = line
    return "\n".join(out)


def _page_lines(text: str) -> list[str]:
    lines = _trim(text.split("\n"))
    if lines and _PAGE_NUMBER.fullmatch(lines[-1].strip()):
        lines = _trim(lines[:-1])
    if lines and _PAGE_NUMBER.fullmatch(lines[0].strip()):
        lines = _trim(lines[1:])
    return lines


def _trim(lines: list[str]) -> list[str]:
    start, end = 0, len(lines)
    while start < end and not lines[start].strip():
        start += 1
    while end > start and not lines[end - 1].strip():
        end -= 1
    return lines[start:end]


def _glue(text: str, line: str) -> str:
    a, b = text[-1], line[0]
    if a == "-" and _LATIN.match(text[-2:-1]) and _LATIN.match(b):
        return text[:-1] + line  # eco- / nomy → economy
    if _LATIN.match(a) and _LATIN.match(b):
        return f"{text} {line}"
    return text + line
