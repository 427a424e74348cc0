"""What a batch reads: a folder of report files, or a Parquet file of records.

Either way the engines see records of `schema.INPUT` — ``id``, ``name`` and one of
``path``, ``content`` (bytes) or ``text`` — in the order of their ``id``, which is what
makes "the first record with this content" the same for every engine.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from duban.batch.schema import INPUT
from duban.batch.output import BatchError

SOURCE_COLUMNS = ("content", "text", "path")


# A URL of a file system Spark reads (s3a://, hdfs://, gs://, file:///): a scheme of two or more
# characters, so that a Windows drive (C:\…) is no scheme.
_URI = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]+://")


def is_uri(input: str | Path) -> bool:
    """Whether ``input`` is a URL (``s3a://bucket/records.parquet``) rather than a local path."""
    return isinstance(input, str) and _URI.match(input) is not None


def is_parquet(path: str | Path) -> bool:
    p = Path(path)
    return p.is_file() and p.suffix.lower() in (".parquet", ".pq") or (p.is_dir() and _parquet_dir(p))


def _parquet_dir(p: Path) -> bool:
    # A Parquet dataset folder (e.g. written by Spark): only .parquet files besides markers.
    # Stops at the first other file, so a folder of a million reports costs one look.
    seen = False
    for f in p.rglob("*"):
        if f.is_file() and not f.name.startswith((".", "_")):
            if f.suffix != ".parquet":
                return False
            seen = True
    return seen


def folder_records(folder: str | Path) -> tuple[list[dict[str, Any]], int]:
    """Records for the report files under ``folder`` (recursively, sorted), and how many
    files were skipped for having no reader. ``id`` is the path relative to ``folder``."""
    from duban.read import supported_suffixes

    root = Path(folder)
    suffixes = set(supported_suffixes())
    records, skipped = [], 0
    for p in sorted(f for f in root.rglob("*") if f.is_file()):
        if p.suffix.lower() not in suffixes:
            skipped += 1
            continue
        records.append({"id": p.relative_to(root).as_posix(), "name": str(p), "path": str(p),
                        "content": None, "text": None})
    records.sort(key=lambda r: r["id"])
    return records, skipped


def parquet_columns(path: str | Path) -> list[str]:
    import pyarrow.dataset as ds

    return list(ds.dataset(str(path), format="parquet").schema.names)


def check_columns(columns: list[str], where: str) -> None:
    if "id" not in columns or not any(c in columns for c in SOURCE_COLUMNS):
        raise BatchError(f"{where}: a batch input needs the columns `id` and one of "
                                        f"`path`, `content` or `text`; it has {', '.join(columns) or 'none'}")


def parquet_records(path: str | Path, batch_size: int = 256) -> Iterator[dict[str, Any]]:
    """Records of a Parquet input, sorted by ``id`` (the whole file is read to sort it)."""
    import pyarrow.dataset as ds

    table = ds.dataset(str(path), format="parquet").to_table()
    check_columns(table.column_names, str(path))
    table = normalise_table(table).sort_by("id")
    for batch in table.to_batches(batch_size):
        yield from batch.to_pylist()


def normalise_table(table):  # pyarrow.Table -> pyarrow.Table of schema.INPUT
    """Any Parquet input table → the `schema.INPUT` columns (``id`` as text, ``name`` from
    ``name`` or ``path`` or ``id``; absent source columns null)."""
    import pyarrow as pa
    import pyarrow.compute as pc

    n = table.num_rows
    ids = pc.cast(table.column("id"), pa.string())
    columns = {"id": ids}
    for c in ("path", "content", "text"):
        if c in table.column_names:
            col = table.column(c)
            columns[c] = pc.cast(col, INPUT.field(c).type) if col.type != INPUT.field(c).type else col
        else:
            columns[c] = pa.nulls(n, INPUT.field(c).type)
    name = table.column("name") if "name" in table.column_names else pa.nulls(n, pa.string())
    columns["name"] = pc.coalesce(pc.cast(name, pa.string()), columns["path"], ids)
    return pa.table({f.name: columns[f.name] for f in INPUT}, schema=INPUT)
