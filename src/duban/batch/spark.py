"""The Spark engine: the very same `process_record`, in the tasks of one Spark job.

One stage, no shuffle: each task processes its records (sorted by id) and writes their rows
under OUTPUT itself, staged and partitioned as the local engine writes them
(`output.Staging`), one file per table and folder. The JVM moves only the input records
(paths, for a folder) and, back to the driver, a few keys per record and the ``errors``
rows. From these the driver makes the ``duplicate`` errors (a content seen in several
records is kept for the smallest record id, as the local engine does), drops from the few
files concerned the rows of a content a smaller id keeps in another task, and writes
``errors``. A folder that many tasks wrote to is then made one file (`compact_folder`).
OUTPUT must be seen at the same path by the driver and the executors.

Needs ``pip install 'duban[spark]'``; the executors need duban installed too.
"""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
import time
from collections import defaultdict
from collections.abc import Iterable
from functools import partial
from pathlib import Path
from typing import Any

from duban.batch.inputs import check_columns, folder_records, is_parquet, is_uri
from duban.batch.output import GROUP_ROWS, BatchError, BatchReport, Staging, count_rows, prepare_output, write_table
from duban.batch.records import duplicate_error, process_record
from duban.batch.schema import INPUT, PARTITION_KEYS, TABLES
from duban.errors import DubanError, E

PARTITIONED = tuple(name for name, spec in TABLES.items() if spec.partitioned)
# A folder holding more task files than this is rewritten as one file (`compact_folder`).
COMPACT_ABOVE = 16

# Settings of a new session on a local master (``local``, ``local[N]``), unless ``conf`` names
# them. On one machine the work is duban's, in the Python workers; the JVM moves no rows, and
# most of its CPU time is its start: compiling its own code (JIT) and collecting garbage with
# as many threads as the machine has. The quick compiler alone, a collector of one thread and
# no web UI cut that; the Python daemon loads the pipeline once for the workers it forks
# (`duban.batch.spark_daemon`). A Parquet input's repartition is the only shuffle.
LOCAL_DEFAULTS = {
    "spark.ui.enabled": "false",
    "spark.driver.extraJavaOptions": "-XX:TieredStopAtLevel=1 -XX:+UseSerialGC -XX:-UsePerfData",
    "spark.sql.shuffle.partitions": "8",
    "spark.python.daemon.module": "duban.batch.spark_daemon",
}


def spark_session(master: str | None = None, app_name: str = "duban batch", conf: dict[str, str] | None = None):
    """The active SparkSession, or a new one (``master`` defaults to ``local[*]``; ``conf``
    holds Spark settings for a new session, over `LOCAL_DEFAULTS` on a local master)."""
    _python_for_workers()
    from pyspark.sql import SparkSession

    active = SparkSession.getActiveSession()
    if active is not None and master is None:
        return active
    master = master or "local[*]"
    builder = SparkSession.builder.appName(app_name).master(master)
    for key, value in _settings(master, conf).items():
        builder = builder.config(key, value)
    return builder.getOrCreate()


def spark_context(master: str | None = None, app_name: str = "duban batch", conf: dict[str, str] | None = None):
    """The active SparkContext, or a new one with the settings `spark_session` would give.

    Enough for a folder INPUT, which needs no Spark SQL: a SQL session costs the JVM about
    2 CPU-seconds more to start (its catalog, parser and configuration)."""
    _python_for_workers()
    from pyspark import SparkConf, SparkContext

    active = SparkContext._active_spark_context
    if active is not None and master is None:
        return active
    master = master or "local[*]"
    return SparkContext.getOrCreate(SparkConf().setAppName(app_name).setMaster(master)
                                    .setAll(list(_settings(master, conf).items())))


def _settings(master: str, conf: dict[str, str] | None) -> dict[str, str]:
    return (LOCAL_DEFAULTS if master.startswith("local") else {}) | (conf or {})


def _python_for_workers() -> None:
    try:
        import pyspark  # noqa: F401
    except ImportError as exc:
        raise BatchError("the spark engine needs pyspark: pip install 'duban[spark]'") from exc
    # Local workers must run this interpreter (where duban is installed), not any `python3`.
    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    os.environ.setdefault("PYSPARK_DRIVER_PYTHON", sys.executable)


def run_spark(
    input: str | Path,
    output: str | Path,
    *,
    spark: Any = None,
    master: str | None = None,
    partitions: int | None = None,
) -> BatchReport:
    """Process the folder or Parquet file ``input`` into the batch output ``output`` on Spark
    (``spark``: a SparkSession or SparkContext to use; else the active one, else a new one on
    ``master``: a bare SparkContext for a folder INPUT, a SparkSession for a Parquet one)."""
    started = time.perf_counter()
    own = spark is None and _active_context() is None
    if spark is None:
        spark = _active_session() or (spark_session(master) if is_uri(input) or is_parquet(input)
                                      else spark_context(master))
    session_seconds = time.perf_counter() - started
    try:
        report = _run(spark, input, output, partitions, time.perf_counter())
    finally:
        if own:  # made for this job: stop it, as spark-submit would
            spark.stop()
    report.phases["session"] = session_seconds
    report.seconds += session_seconds
    return report


def _active_session() -> Any:
    try:
        from pyspark.sql import SparkSession
    except ImportError:
        return None
    return SparkSession.getActiveSession()


def _active_context() -> Any:
    try:
        from pyspark import SparkContext
    except ImportError:
        return None
    return SparkContext._active_spark_context


def _run(spark: Any, input: str | Path, output: str | Path, partitions: int | None, started: float) -> BatchReport:
    out = prepare_output(output).resolve()  # absolute: the executors write to it
    report = BatchReport(engine="spark")
    sc = getattr(spark, "sparkContext", spark)  # a SparkSession's, or the SparkContext given
    partitions = partitions or max(sc.defaultParallelism, 1) * 2
    records = _input_records(spark, input, report, partitions)
    # The one Spark job: each task processes its records and writes its files of the
    # partitioned tables itself; the driver gets a few keys per record (and errors rows).
    keys = records.mapPartitionsWithIndex(partial(process_partition, output=str(out))).collect()
    report.records = len(keys)
    report.phases["process"] = time.perf_counter() - started
    errors, copies = _duplicates(keys)
    remove_copies(out, copies)
    crowded = crowded_folders(out)
    if crowded:  # many tasks met these folders: one file each instead of one per task
        sc.parallelize(crowded, len(crowded)).foreach(partial(compact_folder, output=str(out)))
    errors.sort(key=lambda e: e["record_id"])  # the records' order, as the local engine writes them
    if errors:
        import pyarrow as pa

        write_table(pa.Table.from_pylist(errors, schema=TABLES["errors"].schema), out, "errors")
    report.seconds = time.perf_counter() - started
    report.phases["write"] = report.seconds - report.phases["process"]
    return count_rows(out, report)


def _input_records(spark: Any, input: str | Path, report: BatchReport, partitions: int):
    """The input as an RDD of record dicts (`schema.INPUT`), ``partitions`` parts of records
    in the order of their ``id`` (what makes a task's first copy of a content its smallest id)."""
    src = Path(input)
    if is_uri(input) or is_parquet(src):  # a URL (s3a://…) is a Parquet input Spark reads itself
        from pyspark.sql import SparkSession
        from pyspark.sql import functions as F
        from pyspark.sql.pandas.types import from_arrow_schema

        if not hasattr(spark, "read"):  # a SparkContext: its SQL session
            spark = SparkSession(spark)
        schema = from_arrow_schema(INPUT)
        where = str(input) if is_uri(input) else str(src)  # Path() would fold the URL's //
        df = spark.read.parquet(where)
        check_columns(df.columns, where)
        cols = {c: (F.col(c).cast(schema[c].dataType) if c in df.columns else F.lit(None).cast(schema[c].dataType))
                for c in ("path", "content", "text")}
        ids = F.col("id").cast("string")
        name = F.col("name").cast("string") if "name" in df.columns else F.lit(None).cast("string")
        df = df.select(ids.alias("id"), F.coalesce(name, cols["path"], ids).alias("name"),
                       *(cols[c].alias(c) for c in ("path", "content", "text")))
        return df.repartition(partitions).sortWithinPartitions("id").rdd.map(lambda row: row.asDict())
    if src.is_dir():
        # The driver lists the files, the executors read them: paths must be visible to both
        # (a shared file system); otherwise pack the files into a Parquet input first. Only
        # the paths travel: contiguous runs of the sorted list, no shuffle.
        records, report.skipped = folder_records(src)
        sc = getattr(spark, "sparkContext", spark)
        return sc.parallelize(records, max(1, min(partitions, len(records))))
    raise DubanError(E.E001, file=str(src))


# -- on the executors ----------------------------------------------------------------------
DOCUMENT, ERROR = "document", "error"


def process_partition(index: int, records: Iterable[dict[str, Any]], output: str) -> list[tuple]:
    """One task: `process_record` over its records (sorted by id), their rows written under
    ``output`` as the local engine writes them, with files named ``part-<index>-<n>.parquet``.

    A content met again within the task keeps the first record's rows (the smallest id); the
    others' rows are not written. Returns per record ``(DOCUMENT, index, doc_id, record_id,
    source, province, year)`` or ``(ERROR, index, errors row)``: the driver makes the
    ``duplicate`` errors and removes copies kept by two tasks (`remove_copies`).
    """
    out = Path(output)
    # Staged on the executor's own disk (Spark hands its workers its local folders).
    local_dirs = [d for d in os.environ.get("SPARK_LOCAL_DIRS", "").split(",") if d and os.path.isdir(d)]
    work = Path(tempfile.mkdtemp(prefix="duban-task-", dir=local_dirs[0] if local_dirs else None))
    staging = Staging(work / "rows", PARTITIONED)
    first: dict[str, str] = {}
    keys: list[tuple] = []
    try:
        for record in records:
            rows = process_record(record)
            if not rows["documents"]:
                keys += [(ERROR, index, e) for e in rows["errors"]]
                continue
            doc = rows["documents"][0]
            keys.append((DOCUMENT, index, doc["doc_id"], doc["record_id"], doc["source"], doc["province"], doc["year"]))
            if first.setdefault(doc["doc_id"], doc["record_id"]) == doc["record_id"]:
                staging.add(rows)
        staging.write(work / "tables")
        # Into the output, file by file: a retried task replaces its own files.
        for f in sorted((work / "tables").rglob("*.parquet")):
            rel = f.relative_to(work / "tables")
            target = out / rel.parent / f"part-{index:05d}-{f.stem.rsplit('-', 1)[-1]}.parquet"
            target.parent.mkdir(parents=True, exist_ok=True)
            hidden = target.with_name(f".{target.name}.{os.getpid()}.tmp")  # readers skip it until whole
            shutil.move(f, hidden)
            os.replace(hidden, target)
    finally:
        staging.close()
        shutil.rmtree(work, ignore_errors=True)
    return keys


# -- back on the driver --------------------------------------------------------------------
def _duplicates(keys: list[tuple]) -> tuple[list[dict[str, Any]], dict[tuple[int, str, str], set[str]]]:
    """The ``errors`` rows (the tasks' and the ``duplicate`` ones) and the copies to remove:
    ``(task, province, year) → doc_ids`` whose rows that task wrote though a smaller record
    id elsewhere holds the same content."""
    errors = [k[2] for k in keys if k[0] == ERROR]
    by_doc: dict[str, list[tuple]] = defaultdict(list)
    for k in keys:
        if k[0] == DOCUMENT:
            by_doc[k[2]].append(k)
    copies: dict[tuple[int, str, str], set[str]] = defaultdict(set)
    for doc_id, held in by_doc.items():
        if len(held) < 2:
            continue
        held.sort(key=lambda k: k[3])
        kept = held[0]
        for k in held[1:]:
            errors.append(duplicate_error(k[3], k[4], doc_id, kept[3]))
        written = {}  # task → the record whose rows it wrote: its first (smallest id)
        for k in held:
            written.setdefault(k[1], k)
        for task, k in written.items():
            if task != kept[1]:
                copies[(task, k[5], k[6])].add(doc_id)
    return errors, copies


def remove_copies(out: Path, copies: dict[tuple[int, str, str], set[str]]) -> None:
    """Drop from task files the rows of contents a smaller record id holds in another task."""
    import pyarrow as pa
    import pyarrow.compute as pc
    import pyarrow.parquet as pq

    for (task, province, year), doc_ids in sorted(copies.items()):
        for name in PARTITIONED:
            folder = out / name / f"{PARTITION_KEYS[0]}={province}" / f"{PARTITION_KEYS[1]}={year}"
            for f in sorted(folder.glob(f"part-{task:05d}-*.parquet")):
                table = pq.ParquetFile(f).read()
                keep = pc.invert(pc.is_in(table.column("doc_id"), value_set=pa.array(sorted(doc_ids), pa.string())))
                left = table.filter(keep)
                if left.num_rows == table.num_rows:
                    continue
                if left.num_rows:
                    hidden = f.with_name(f".{f.name}.{os.getpid()}.tmp")
                    pq.write_table(left, hidden, row_group_size=GROUP_ROWS.get(name, 4096))
                    os.replace(hidden, f)
                else:
                    f.unlink()
            for empty in (folder, folder.parent):
                if empty.is_dir() and not any(empty.iterdir()):
                    empty.rmdir()



def crowded_folders(out: Path, above: int | None = None) -> list[tuple[str, str]]:
    """``(table, folder under it)`` of the folders holding more than ``above`` task files."""
    above = COMPACT_ABOVE if above is None else above
    crowded = []
    for name in PARTITIONED:
        for folder in sorted((out / name).glob("*=*/*=*")):
            if len(list(folder.glob("part-*-*.parquet"))) > above:
                crowded.append((name, folder.relative_to(out / name).as_posix()))
    return crowded


def compact_folder(item: tuple[str, str], output: str) -> None:
    """Rewrite the task files of one folder as ``part-0.parquet`` (rows in task order, which is
    the records' order), then delete them. Done again after a failure, it only deletes what
    is left: the whole file is moved into place before any task file goes."""
    import pyarrow.dataset as ds

    name, rel = item
    folder = Path(output) / name / rel
    parts = sorted(folder.glob("part-*-*.parquet"), key=lambda p: [int(n) for n in p.stem.split("-")[1:]])
    whole = folder / "part-0.parquet"
    if not whole.exists():
        work = folder / f".compact-{os.getpid()}"
        shutil.rmtree(work, ignore_errors=True)
        source = ds.dataset([str(p) for p in parts], format="parquet")
        ds.write_dataset(source.scanner(batch_size=1024, batch_readahead=2, fragment_readahead=1), str(work),
                         format="parquet", basename_template="part-{i}.parquet", preserve_order=True,
                         max_rows_per_group=GROUP_ROWS.get(name, 4096),
                         min_rows_per_group=0)
        os.replace(work / "part-0.parquet", whole)
        shutil.rmtree(work, ignore_errors=True)
    for p in parts:
        p.unlink(missing_ok=True)
