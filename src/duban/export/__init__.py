"""Exporters: rows (dicts) → a file or stream, one registered function per format.

The CLI's ``--format`` and the web UI's download buttons go through the same registry, so
a third-party package can add a format through the ``duban.exporters`` entry points.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable, Iterator
from typing import IO, Any

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
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

    wb = Workbook(write_only=True)
    ws = wb.create_sheet("facts")
    ws.freeze_panes = "A2"
    n = 0
    labels, header = header, None  # the header cells' names; the row's keys
    for row in rows:
        if max_rows is not None and n >= max_rows:
            break
        if header is None:
            header = list(row)
            ws.append([labels.get(k, k) if labels else k for k in header])
        cells = []
        for key in header:
            value = _cell(row.get(key))
            cell = WriteOnlyCell(ws, value=ILLEGAL_CHARACTERS_RE.sub("", value) if isinstance(value, str) else value)
            if isinstance(value, str):
                cell.data_type = "s"  # never a formula
            cells.append(cell)
        ws.append(cells)
        n += 1
    if header is None:
        ws.append(list(labels.values()) if labels else [])
    binary = getattr(out, "buffer", out)
    if binary is not out:
        out.flush()
    wb.save(binary)
    return n


def export(rows: Iterable[dict[str, Any]], fmt: str, out: IO[str]) -> int:
    """Write ``rows`` to ``out`` in format ``fmt``; returns the number of rows."""
    return exporters.get(fmt)(rows, out)
