"""Exporters: rows (dicts) → a file or stream, one registered function per format.

The CLI's ``--format`` and the web UI's download buttons go through the same registry, so
a third-party package can add a format through the ``duban.exporters`` entry points.
"""

from __future__ import annotations

import csv
import json
from typing import IO, Any, Iterable

from duban.registry import exporters


def _cell(value: Any) -> Any:
    if isinstance(value, (list, tuple)):
        return " > ".join(map(str, value)) if all(isinstance(v, str) for v in value) else json.dumps(value, ensure_ascii=False)
    if isinstance(value, dict):
        return json.dumps(value, ensure_ascii=False)
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
    """CSV with a header row; lists become ``a > b`` (section paths) or JSON."""
    writer = None
    n = 0
    for row in rows:
        if writer is None:
            writer = csv.DictWriter(out, fieldnames=list(row), extrasaction="ignore", lineterminator="\n")
            writer.writeheader()
        writer.writerow({k: _cell(v) for k, v in row.items()})
        n += 1
    return n


def export(rows: Iterable[dict[str, Any]], fmt: str, out: IO[str]) -> int:
    """Write ``rows`` to ``out`` in format ``fmt``; returns the number of rows."""
    return exporters.get(fmt)(rows, out)
