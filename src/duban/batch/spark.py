"""The Spark engine: the very same `process_record`, run by ``mapInArrow`` on a cluster.

One pass over the input: each record becomes one row holding its rows of every table
(`schema.WIDE`), kept on the executors (``persist``) while each table is cut out of it
with ``inline`` and written by Spark's own Parquet writer, partitioned like the local
engine's. A content seen in several records is kept for the smallest record id, as the
local engine does; the others become ``duplicate`` errors.

Needs ``pip install 'duban[spark]'``; the executors need duban installed too.
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path
from typing import Any

from duban.batch.inputs import check_columns, folder_records, is_parquet
from duban.batch.output import BatchError, BatchReport, count_rows, prepare_output
from duban.batch.records import duplicate_error, map_arrow_batches
from duban.batch.schema import INPUT, PARTITION_KEYS, TABLES, WIDE
from duban.errors import DubanError, E

# Records per Arrow batch handed to the map: a record can be megabytes of content.
ARROW_BATCH = 64

# Settings of a new session on a local master (``local``, ``local[N]``), unless ``conf`` names
# them. On one machine the work is duban's, in the Python workers; the JVM only moves rows, and
# most of its CPU time goes to compiling its own code (JIT) and to collecting garbage with as
# many threads as the machine has: the quick compiler alone, a collector of one thread, no web
# UI and shuffles of a few partitions cut that without slowing the rows' way through it
# (measured: the JVM's CPU for 1,000 reports 51 s → 24 s; uncompressed shuffles and cache and no
# whole-stage code generation saved nothing more).
LOCAL_DEFAULTS = {
    "spark.ui.enabled": "false",
    "spark.driver.extraJavaOptions": "-XX:TieredStopAtLevel=1 -XX:+UseSerialGC -XX:-UsePerfData",
    "spark.sql.shuffle.partitions": "8",
}


def spark_session(master: str | None = None, app_name: str = "duban batch", conf: dict[str, str] | None = None):
    """The active SparkSession, or a new one (``master`` defaults to ``local[*]``; ``conf``
    holds Spark settings for a new session, over `LOCAL_DEFAULTS` on a local master)."""
    try:
        from pyspark.sql import SparkSession
    except ImportError as exc:
        raise BatchError("the spark engine needs pyspark: pip install 'duban[spark]'") from exc
    try:
        import pandas  # noqa: F401  (mapInArrow needs it, though it hands over Arrow batches)
    except ImportError as exc:
        raise BatchError("the spark engine needs pyspark's SQL extras (pandas): pip install 'pyspark[sql]'") from exc
    # Local workers must run this interpreter (where duban is installed), not any `python3`.
    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    os.environ.setdefault("PYSPARK_DRIVER_PYTHON", sys.executable)
    active = SparkSession.getActiveSession()
    if active is not None and master is None:
        return active
    master = master or "local[*]"
    builder = SparkSession.builder.appName(app_name).master(master)
    settings = (LOCAL_DEFAULTS if master.startswith("local") else {}) | (conf or {})
    for key, value in settings.items():
        builder = builder.config(key, value)
    return builder.getOrCreate()


def run_spark(
    input: str | Path,
    output: str | Path,
    *,
    spark: Any = None,
    master: str | None = None,
    partitions: int | None = None,
) -> BatchReport:
    """Process the folder or Parquet file ``input`` into the batch output ``output`` on Spark
    (``spark``: a session to use; else the active one, else a new one on ``master``)."""
    started = time.perf_counter()
    own_session = spark is None and _active_session() is None
    spark = spark or spark_session(master)
    try:
        return _run(spark, input, output, partitions, started)
    finally:
        if own_session:  # made for this job: stop it, as spark-submit would
            spark.stop()


def _active_session() -> Any:
    try:
        from pyspark.sql import SparkSession
    except ImportError:
        return None
    return SparkSession.getActiveSession()


def _run(spark: Any, input: str | Path, output: str | Path, partitions: int | None, started: float) -> BatchReport:
    from pyspark import StorageLevel
    from pyspark.sql import functions as F
    from pyspark.sql.pandas.types import from_arrow_schema

    out = prepare_output(output)
    report = BatchReport(engine="spark")
    records = _input_frame(spark, input, report)
    partitions = partitions or max(spark.sparkContext.defaultParallelism, 1) * 2
    records = records.repartition(partitions)

    batch_conf = "spark.sql.execution.arrow.maxRecordsPerBatch"
    previous = spark.conf.get(batch_conf, None)
    spark.conf.set(batch_conf, str(ARROW_BATCH))
    wide = records.mapInArrow(map_arrow_batches, from_arrow_schema(WIDE)).persist(StorageLevel.MEMORY_AND_DISK)
    try:
        report.records = wide.count()  # runs the map, once: later jobs read the persisted rows
        report.phases["process"] = time.perf_counter() - started
        # A small job over the keys: the contents that came in more than one record. The
        # smallest record id keeps the rows (as in the local engine); the others become
        # `duplicate` errors, made by the very function the local engine uses.
        repeated = (wide.where(F.col("doc_id").isNotNull()).groupBy("doc_id")
                        .agg(F.sort_array(F.collect_list(F.struct("record_id", "source"))).alias("records"))
                        .where(F.size("records") > 1).collect())
        dup_ids, dup_errors = set(), []
        for r in sorted(repeated, key=lambda r: r["doc_id"]):
            kept = r["records"][0]["record_id"]
            for rec in r["records"]:
                if rec["record_id"] != kept:
                    dup_ids.add(rec["record_id"])
                    dup_errors.append(duplicate_error(rec["record_id"], rec["source"], r["doc_id"], kept))
        unique = wide.where(~F.col("record_id").isin(sorted(dup_ids))) if dup_ids else wide
        for name, spec in TABLES.items():
            table = unique.select(F.inline(F.col(name)))
            if name == "errors":
                table = table.unionByName(spark.createDataFrame(dup_errors, from_arrow_schema(spec.schema)))
                table.coalesce(1).sortWithinPartitions(*spec.keys).write.mode("overwrite").parquet(str(out / name))
                continue
            # One file per (province, year) folder where it fits; Spark's adaptive execution
            # splits a folder too big for one task.
            (table.hint("rebalance", *PARTITION_KEYS).sortWithinPartitions(*PARTITION_KEYS, *spec.keys)
                  .write.mode("overwrite").partitionBy(*PARTITION_KEYS).parquet(str(out / name)))
    finally:
        wide.unpersist()
        if previous is None:
            spark.conf.unset(batch_conf)
        else:
            spark.conf.set(batch_conf, previous)
    report.seconds = time.perf_counter() - started
    report.phases["write"] = report.seconds - report.phases.get("process", 0.0)
    return count_rows(out, report)


def _input_frame(spark: Any, input: str | Path, report: BatchReport):
    """The input as a DataFrame of `schema.INPUT`."""
    from pyspark.sql import functions as F
    from pyspark.sql.pandas.types import from_arrow_schema

    schema = from_arrow_schema(INPUT)
    src = Path(input)
    if is_parquet(src):
        df = spark.read.parquet(str(src))
        check_columns(df.columns, str(src))
        cols = {c: (F.col(c).cast(schema[c].dataType) if c in df.columns else F.lit(None).cast(schema[c].dataType))
                for c in ("path", "content", "text")}
        ids = F.col("id").cast("string")
        name = F.col("name").cast("string") if "name" in df.columns else F.lit(None).cast("string")
        return df.select(ids.alias("id"), F.coalesce(name, cols["path"], ids).alias("name"),
                         *(cols[c].alias(c) for c in ("path", "content", "text")))
    if src.is_dir():
        # The driver lists the files, the executors read them: paths must be visible to both
        # (a shared file system); otherwise pack the files into a Parquet input first.
        records, report.skipped = folder_records(src)
        report.records = len(records)
        rows = [tuple(r[f.name] for f in INPUT) for r in records]
        return spark.createDataFrame(rows, schema)
    raise DubanError(E.E001, file=str(src))
