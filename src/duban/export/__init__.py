"""Exporters: rows (dicts) → a file or stream, one registered function per format.

The CLI's ``--format`` and the web UI's download buttons go through the same registry, so
a third-party package can add a format through the ``duban.exporters`` entry points.
"""

from __future__ import annotations

import csv
import json
import math
import re
import zipfile
from collections.abc import Iterable, Iterator
from typing import IO, Any
from xml.sax.saxutils import escape

from duban.registry import exporters


# A spreadsheet reads a cell that starts with one of these as a formula (CSV injection).
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def _cell(value: Any) -> Any:
    if isinstance(value, (list, tuple)):
        return " > ".join(map(str, value)) if all(isinstance(v, str) for v in value) else json.dumps(value, ensure_ascii=False)
    if isinstance(value, dict):
        return json.dumps(value, ensure_ascii=False)
    return value


def _csv_cell(value: Any) -> Any:
    value = _cell(value)
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value  # shown as text; numbers (negative changes) are not strings and stay as they are
    return value


@exporters.register("jsonl")
def write_jsonl(rows: Iterable[dict[str, Any]], out: IO[str]) -> int:
    n = 0
    for row in rows:
        out.write(json.dumps(row, ensure_ascii=False) + "\n")
        n += 1
    return n


@exporters.register("csv")
def write_csv(rows: Iterable[dict[str, Any]], out: IO[str]) -> int:
    """CSV with a header row; lists become ``a > b`` (section paths) or JSON. Text that a
    spreadsheet would run as a formula (``=HYPERLINK(…)`` copied from a web page) gets a
    leading ``'``, as spreadsheets themselves write it."""
    n = 0
    for piece in iter_csv(rows):  # one piece per row, the header with the first
        out.write(piece)
        n += 1
    return n


def iter_csv(rows: Iterable[dict[str, Any]], header: dict[str, str] | None = None) -> Iterator[str]:
    """`write_csv` one line at a time (the header first), for a download that streams.

    ``header`` maps a column to the name its header cell shows (default: the column's key);
    with ``header`` and no rows, the header line is still written."""

    class _Line:
        text = ""

        def write(self, text: str) -> None:
            self.text += text

    line = _Line()
    writer = None
    for row in rows:
        if writer is None:
            writer = csv.writer(line, lineterminator="\n")
            writer.writerow([header.get(k, k) if header else k for k in row])
            keys = list(row)
        writer.writerow([_csv_cell(row.get(k)) for k in keys])
        yield line.text
        line.text = ""
    if writer is None and header:
        csv.writer(line, lineterminator="\n").writerow(list(header.values()))
        yield line.text


@exporters.register("xlsx")
def write_xlsx(rows: Iterable[dict[str, Any]], out: IO[bytes] | IO[str], *, header: dict[str, str] | None = None,
               max_rows: int | None = None) -> int:
    """An Excel workbook (one sheet, a header row, frozen), written to a binary stream.

    Given a text stream with a ``buffer`` (``sys.stdout``), writes to its buffer, so that
    ``duban facts -f xlsx > facts.xlsx`` works. Text is stored as text, never as a formula,
    even when it starts with ``=`` (reports come from the web). ``header`` names the header
    cells as for `iter_csv`; ``max_rows`` stops there (a sheet holds 1,048,576 rows).
    """
    binary = getattr(out, "buffer", out)
    if binary is not out:
        out.flush()
    written = [0]
    for piece in iter_xlsx(rows, header=header, max_rows=max_rows, written=written):
        binary.write(piece)
    return written[0]


# The parts of a workbook of one sheet, besides the sheet itself (Office Open XML, SpreadsheetML).
_XLSX_PARTS = {
    "[Content_Types].xml":
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Default Extension="xml" ContentType="application/xml"/>'
        '<Override PartName="/xl/workbook.xml"'
        ' ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
        '<Override PartName="/xl/worksheets/sheet1.xml"'
        ' ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
        "</Types>",
    "_rels/.rels":
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
        'officeDocument" Target="xl/workbook.xml"/></Relationships>',
    "xl/workbook.xml":
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'
        ' xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
        '<sheets><sheet name="facts" sheetId="1" r:id="rId1"/></sheets></workbook>',
    "xl/_rels/workbook.xml.rels":
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
        'worksheet" Target="worksheets/sheet1.xml"/></Relationships>',
}
_SHEET_HEAD = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
    '<sheetViews><sheetView workbookViewId="0">'
    '<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/></sheetView></sheetViews>'
    "<sheetData>"
)
_SHEET_TAIL = "</sheetData></worksheet>"
# Characters XML 1.0 does not allow (control characters but tab, newline, carriage return).
_XML_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def _column(i: int) -> str:
    name = ""
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        name = chr(65 + r) + name
    return name


def _xlsx_cell(ref: str, value: Any) -> str:
    value = _cell(value)
    if value is None:
        return ""
    if isinstance(value, bool):
        return f'<c r="{ref}" t="b"><v>{int(value)}</v></c>'
    if isinstance(value, (int, float)) and math.isfinite(value):
        return f'<c r="{ref}"><v>{value!r}</v></c>'
    # text as an inline string: never a formula, whatever it starts with
    text = escape(_XML_ILLEGAL.sub("", str(value)))
    space = ' xml:space="preserve"' if text[:1].isspace() or text[-1:].isspace() else ""
    return f'<c r="{ref}" t="inlineStr"><is><t{space}>{text}</t></is></c>'


class _Sink:
    """Where the zip is written: what was written since the last `take`."""

    def __init__(self) -> None:
        self.pieces: list[bytes] = []

    def write(self, data: bytes) -> int:
        self.pieces.append(bytes(data))
        return len(data)

    def flush(self) -> None:
        pass

    def take(self) -> bytes:
        data = b"".join(self.pieces)
        self.pieces.clear()
        return data


def iter_xlsx(rows: Iterable[dict[str, Any]], *, header: dict[str, str] | None = None, max_rows: int | None = None,
              rows_per_piece: int = 200, written: list[int] | None = None) -> Iterator[bytes]:
    """`write_xlsx` as pieces of bytes, for a download that streams: the workbook is a zip
    written as the rows come (its sheet deflated on the way), so the first bytes leave before
    the last row is read. ``written[0]``, when given, counts the rows written."""
    sink = _Sink()
    n = 0
    with zipfile.ZipFile(sink, "w", zipfile.ZIP_DEFLATED, compresslevel=5) as zf:
        for name, text in _XLSX_PARTS.items():
            zf.writestr(name, text)
        yield sink.take()
        with zf.open("xl/worksheets/sheet1.xml", "w") as sheet:
            buffer = [_SHEET_HEAD]
            keys: list[str] | None = None
            refs: list[str] = []
            for row in rows:
                if max_rows is not None and n >= max_rows:
                    break
                if keys is None:
                    keys = list(row)
                    refs = [_column(i) for i in range(len(keys))]
                    labels = [header.get(k, k) if header else k for k in keys]
                    buffer.append('<row r="1">' + "".join(_xlsx_cell(f"{c}1", v) for c, v in zip(refs, labels))
                                  + "</row>")
                r = n + 2
                buffer.append(f'<row r="{r}">' + "".join(_xlsx_cell(f"{c}{r}", row.get(k))
                                                         for c, k in zip(refs, keys)) + "</row>")
                n += 1
                if written is not None:
                    written[0] = n
                if n % rows_per_piece == 0:
                    sheet.write("".join(buffer).encode("utf-8"))
                    buffer.clear()
                    yield sink.take()
            if keys is None and header:
                buffer.append('<row r="1">' + "".join(_xlsx_cell(f"{_column(i)}1", v)
                                                      for i, v in enumerate(header.values())) + "</row>")
            buffer.append(_SHEET_TAIL)
            sheet.write("".join(buffer).encode("utf-8"))
    yield sink.take()


def export(rows: Iterable[dict[str, Any]], fmt: str, out: IO[str]) -> int:
    """Write ``rows`` to ``out`` in format ``fmt``; returns the number of rows."""
    return exporters.get(fmt)(rows, out)
