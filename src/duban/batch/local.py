"""The local engine: `process_record` in a pool of processes, one per core by default.

Records go out in the order of their ``id`` and come back in that order (``imap``), so the
output does not depend on how many processes ran or which finished first. Rows are staged
in one unpartitioned Parquet file per table as they come (memory stays bounded), then
written out partitioned. Needs nothing beyond duban's own dependencies.
"""

from __future__ import annotations

import multiprocessing
import os
import shutil
import time
from collections.abc import Callable, Iterable, Iterator
from itertools import islice
from pathlib import Path
from typing import Any

from duban.batch.output import STAGING_PREFIX, BatchReport, count_rows, prepare_output, write_table
from duban.batch.records import Rows, duplicate_error, empty_rows, process_record, to_arrow, warm_up
from duban.batch.schema import TABLES

WINDOW = 512  # records in flight at once: bounds the memory of queued inputs and results
FLUSH = 256  # records between writes of staged rows


def run_local(
    records: Iterable[dict[str, Any]],
    output: str | Path,
    *,
    processes: int | None = None,
    total: int | None = None,
    on_progress: Callable[[int, int | None], None] | None = None,
) -> BatchReport:
    """Process ``records`` (sorted by ``id``) into the batch output ``output``."""
    import pyarrow.dataset as ds
    import pyarrow.parquet as pq

    started = time.perf_counter()
    processes = max(1, processes or os.cpu_count() or 1)
    out = prepare_output(output)
    staging = out / f"{STAGING_PREFIX}-{os.getpid()}"
    staging.mkdir()
    writers = {name: pq.ParquetWriter(str(staging / f"{name}.parquet"), TABLES[name].schema) for name in TABLES}
    buffers = empty_rows()
    kept: dict[str, str] = {}  # doc_id → the record id that holds it
    report = BatchReport(engine="local")

    def flush() -> None:
        for name, rows in buffers.items():
            if rows:
                writers[name].write_batch(to_arrow(name, rows))
                rows.clear()

    try:
        for n, (record, rows) in enumerate(_results(records, processes), 1):
            rows = dedupe(record, rows, kept)
            for name, table_rows in rows.items():
                buffers[name].extend(table_rows)
            report.records = n
            if n % FLUSH == 0:
                flush()
            if on_progress is not None:
                on_progress(n, total)
        flush()
        for writer in writers.values():
            writer.close()
        report.phases["process"] = time.perf_counter() - started
        for name in TABLES:
            staged = ds.dataset(str(staging / f"{name}.parquet"), format="parquet")
            # A small read-ahead: the reader would otherwise race the writer and hold the table.
            write_table(staged.scanner(batch_size=1024, batch_readahead=2, fragment_readahead=1), out, name)
    finally:
        for writer in writers.values():
            if writer.is_open:
                writer.close()
        shutil.rmtree(staging, ignore_errors=True)
    report.seconds = time.perf_counter() - started
    report.phases["write"] = report.seconds - report.phases.get("process", 0.0)
    return count_rows(out, report)


def dedupe(record: dict[str, Any], rows: Rows, kept: dict[str, str]) -> Rows:
    """The first record (by id) with a content keeps its rows; a later one becomes a
    ``duplicate`` error naming it. Records come sorted by id, so "first" is "smallest id"."""
    if not rows["documents"]:
        return rows
    doc = rows["documents"][0]
    first = kept.setdefault(doc["doc_id"], doc["record_id"])
    if first == doc["record_id"]:
        return rows
    dup = empty_rows()
    dup["errors"].append(duplicate_error(doc["record_id"], doc["source"], doc["doc_id"], first))
    return dup


def _results(records: Iterable[dict[str, Any]], processes: int) -> Iterator[tuple[dict[str, Any], Rows]]:
    """``(record, rows)`` in the order of ``records``."""
    it = iter(records)
    if processes == 1:
        for record in it:
            yield record, process_record(record)
        return
    # spawn, not fork: a clean interpreter per worker, whatever threads the parent runs.
    ctx = multiprocessing.get_context("spawn")
    with ctx.Pool(processes, initializer=warm_up) as pool:
        while window := list(islice(it, WINDOW)):
            yield from zip(window, pool.imap(process_record, window, chunksize=4))
