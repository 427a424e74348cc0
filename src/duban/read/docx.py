"""Word (.docx) reports: paragraphs and tables in document order, via python-docx.

A paragraph is a line; a table row is a line of its cells joined by `` | ``. The core
properties title/author/created become metadata (``docx_title`` …), like ``html_title``.
"""

from __future__ import annotations

import io

from duban.document import Document, MetaField
from duban.errors import DubanError, E
from duban.registry import readers
from duban.settings import max_file_mb


@readers.register(".docx")
def read_docx(path: str, raw: bytes) -> Document:
    import docx  # python-docx, imported here so other formats never need it
    from docx.oxml.ns import qn
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    _check_unpacked_size(path, raw)
    try:
        document = docx.Document(io.BytesIO(raw))
        lines = []
        for child in document.element.body.iterchildren():
            if child.tag == qn("w:p"):
                lines.append(Paragraph(child, document).text)
            elif child.tag == qn("w:tbl"):
                lines.extend(_table_rows(Table(child, document)))
        metadata = _core_properties(document)
    except Exception as exc:  # a corrupt package fails in zipfile, lxml or python-docx, each its own way
        raise DubanError(E.E006, file=path, reason=_reason(exc)) from None
    original = "\n".join(lines)
    if not original.strip():
        raise DubanError(E.E011, file=path)
    return Document(source=path, original=original, format="docx", metadata=metadata)


def _check_unpacked_size(path: str, raw: bytes) -> None:
    """The size limit holds for what the package unpacks to, as for the file: a few KB can
    unzip to gigabytes. The sizes the zip directory declares bound what zipfile will read
    (it stops at the declared size), so their sum is checked before anything is unpacked."""
    import zipfile  # (imported here, as python-docx: reading other formats never needs it)

    try:
        with zipfile.ZipFile(io.BytesIO(raw)) as package:
            total = sum(info.file_size for info in package.infolist())
    except (zipfile.BadZipFile, ValueError, OSError) as exc:
        raise DubanError(E.E006, file=path, reason=_reason(exc)) from None
    limit = max_file_mb()
    if total > limit * 1024 * 1024:
        raise DubanError(E.E018, file=path, limit=f"{limit:g}", what=f"{total / 1024 / 1024:.1f} MB unzipped")


def _table_rows(table) -> list[str]:
    rows = []
    for row in table.rows:
        cells, last = [], None
        for cell in row.cells:
            if cell._tc is not last:  # a merged cell is listed once per grid column it spans
                last = cell._tc
                if text := cell.text.strip():
                    cells.append(text)
        if cells:
            rows.append(" | ".join(cells))
    return rows


def _core_properties(document) -> list[MetaField]:
    props = document.core_properties
    values = {"docx_title": props.title, "docx_author": props.author,
              "docx_created": props.created.isoformat() if props.created else ""}
    return [MetaField(name, value.strip()) for name, value in values.items() if value and value.strip()]


def _reason(exc: Exception) -> str:
    import zipfile

    if isinstance(exc, zipfile.BadZipFile):
        return "not a zip package (truncated or corrupt)"
    if isinstance(exc, KeyError) and exc.args:
        return str(exc.args[0])  # zipfile: "There is no item named 'word/document.xml' in the archive"
    return str(exc) or type(exc).__name__
