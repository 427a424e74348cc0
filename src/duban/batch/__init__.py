"""Batch processing: many report files → a partitioned Parquet dataset, locally or on Spark.

``run_batch(INPUT, OUTPUT, engine="local" | "spark")`` reads a folder of report files or a
Parquet file of records (``id`` and ``path``, ``content`` or ``text``) and writes the
tables ``documents``, ``sections``, ``facts``, ``commitments`` and ``errors`` under OUTPUT
(see docs/batch.md). Both engines map the one function `process_record` over the records,
so their outputs are equal row for row; ids come from content hashes, so a re-run on the
same input writes the same output.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from duban.batch.output import BatchError, BatchReport
from duban.batch.records import process_record
from duban.batch.schema import TABLES, dataset, read_table
from duban.errors import DubanError, E

__all__ = ["ENGINES", "BatchError", "BatchReport", "TABLES", "dataset", "process_record", "read_table", "run_batch"]

ENGINES = ("local", "spark")


def run_batch(
    input: str | Path,
    output: str | Path,
    *,
    engine: str = "local",
    processes: int | None = None,
    master: str | None = None,
    partitions: int | None = None,
    spark: Any = None,
    on_progress: Callable[[int, int | None], None] | None = None,
) -> BatchReport:
    """Process every record of ``input`` into the batch output folder ``output``.

    ``processes`` is the local engine's pool size (default: all cores); ``master``,
    ``partitions`` and ``spark`` (an existing SparkSession) are the Spark engine's.
    """
    from duban.batch.inputs import is_uri

    if is_uri(input):  # a Parquet input on a cluster's file system (s3a://, hdfs://): Spark reads it
        if engine != "spark":
            raise BatchError(f"{input}: a URL is read by the Spark engine only (--engine spark); "
                             "the local engine reads a folder or a Parquet file on this machine")
        from duban.batch.spark import run_spark

        return run_spark(input, output, spark=spark, master=master, partitions=partitions)
    src = Path(input)
    if not src.exists():
        raise DubanError(E.E001, file=str(src))
    if Path(output).resolve() == src.resolve() or src.resolve() in Path(output).resolve().parents:
        raise BatchError(f"{output}: OUTPUT must not be inside INPUT")
    if engine == "local":
        from duban.batch.inputs import folder_records, is_parquet, parquet_records
        from duban.batch.local import run_local

        if is_parquet(src):
            records: Any = parquet_records(src)
            total, skipped = None, 0
        elif src.is_dir():
            records, skipped = folder_records(src)
            total = len(records)
        else:
            raise BatchError(f"{src}: INPUT must be a folder of reports or a .parquet file")
        report = run_local(records, output, processes=processes, total=total, on_progress=on_progress)
        report.skipped = skipped
        return report
    if engine == "spark":
        from duban.batch.spark import run_spark

        return run_spark(src, output, spark=spark, master=master, partitions=partitions)
    raise BatchError(f"unknown engine {engine!r}; available: {', '.join(ENGINES)}")
