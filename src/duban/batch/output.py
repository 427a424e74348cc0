"""The batch output folder: one Parquet dataset per table, and the report of a run."""

from __future__ import annotations

import shutil
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from duban.batch.schema import TABLES

STAGING_PREFIX = ".staging"
FLUSH = 256  # records between writes of staged rows
# Rows per Parquet row group. The writer holds up to one unfinished group per partition
# folder in memory, so groups are small (a document row carries its text): memory stays
# bounded by folders × group size, however many documents a folder gets.
GROUP_ROWS = {"documents": 64}


class BatchError(Exception):
    """A batch that cannot start: a bad INPUT or OUTPUT, a missing engine. ``str()`` is the reason."""


@dataclass(slots=True)
class BatchReport:
    engine: str
    records: int = 0  # input records (files) processed
    skipped: int = 0  # files in an input folder with no reader, not made records
    rows: dict[str, int] = field(default_factory=lambda: dict.fromkeys(TABLES, 0))
    error_codes: Counter = field(default_factory=Counter)
    seconds: float = 0.0
    phases: dict[str, float] = field(default_factory=dict)  # seconds: "process", "write" (Spark: "session")

    @property
    def documents(self) -> int:
        return self.rows["documents"]

    @property
    def errors(self) -> int:
        return self.rows["errors"]

    def as_dict(self) -> dict[str, Any]:
        return {"engine": self.engine, "records": self.records, "skipped": self.skipped, "rows": dict(self.rows),
                "error_codes": dict(sorted(self.error_codes.items())), "seconds": round(self.seconds, 3),
                "phases": {k: round(v, 3) for k, v in self.phases.items()},
                "docs_per_second": round(self.records / self.seconds, 2) if self.seconds else None}


def prepare_output(output: str | Path) -> Path:
    """Make ``output`` ready to (re)write: create it, or clear the tables of an earlier run.

    Refuses a folder holding anything but batch tables, so a mistyped OUTPUT never costs
    someone's files."""
    out = Path(output)
    if out.exists() and not out.is_dir():
        raise BatchError(f"{out}: OUTPUT must be a folder, and this is a file")
    if out.is_dir():
        strangers = [p.name for p in out.iterdir() if p.name not in TABLES and not p.name.startswith(STAGING_PREFIX)]
        if strangers:
            raise BatchError(f"{out}: not a batch output (it holds {', '.join(sorted(strangers)[:5])});"
                                            " give a new or an earlier OUTPUT folder")
        for p in out.iterdir():
            shutil.rmtree(p) if p.is_dir() else p.unlink()
    out.mkdir(parents=True, exist_ok=True)
    return out


class Staging:
    """Rows of the tables ``names`` staged as they come in one unpartitioned Parquet file per
    table under ``folder`` (memory stays bounded: written every `FLUSH` records), then
    written out partitioned by `write_table`. Both engines stage their rows this way."""

    def __init__(self, folder: Path, names: tuple[str, ...] = tuple(TABLES)):
        import pyarrow.parquet as pq

        self.folder = folder
        folder.mkdir(parents=True)
        self.writers = {name: pq.ParquetWriter(str(folder / f"{name}.parquet"), TABLES[name].schema) for name in names}
        self.buffers: dict[str, list[dict[str, Any]]] = {name: [] for name in names}
        self.records = 0

    def add(self, rows: dict[str, list[dict[str, Any]]]) -> None:
        """One record's rows (those of tables not staged here are left out)."""
        for name, table_rows in rows.items():
            if name in self.buffers:
                self.buffers[name].extend(table_rows)
        self.records += 1
        if self.records % FLUSH == 0:
            self.flush()

    def flush(self) -> None:
        from duban.batch.records import to_arrow

        for name, rows in self.buffers.items():
            if rows:
                self.writers[name].write_batch(to_arrow(name, rows))
                rows.clear()

    def finish(self) -> None:
        """Write what is buffered and close the staged files."""
        self.flush()
        for writer in self.writers.values():
            if writer.is_open:
                writer.close()

    def write(self, output: Path) -> None:
        """The staged tables written under ``output`` as `write_table` writes them."""
        import pyarrow.dataset as ds

        self.finish()
        for name in self.writers:
            staged = ds.dataset(str(self.folder / f"{name}.parquet"), format="parquet")
            # A small read-ahead: the reader would otherwise race the writer and hold the table.
            write_table(staged.scanner(batch_size=1024, batch_readahead=2, fragment_readahead=1), output, name)

    def close(self) -> None:
        """Close what is open and delete the staged files."""
        for writer in self.writers.values():
            if writer.is_open:
                writer.close()
        shutil.rmtree(self.folder, ignore_errors=True)


def write_table(source, output: Path, name: str) -> None:  # source: a pyarrow scanner, dataset or table
    """Write one table of `schema.TABLES` under ``output/name``: hive-partitioned by
    province and year (except ``errors``), in the order the rows come, with stable file names."""
    import pyarrow as pa
    import pyarrow.dataset as ds

    from duban.batch.schema import partitioning

    spec = TABLES[name]
    ds.write_dataset(
        source, str(output / name), format="parquet",
        schema=None if isinstance(source, ds.Scanner) else spec.schema,  # a scanner brings its own
        partitioning=partitioning() if spec.partitioned else None,
        basename_template="part-{i}.parquet", preserve_order=True, existing_data_behavior="delete_matching",
        max_rows_per_file=1_000_000, max_rows_per_group=GROUP_ROWS.get(name, 4096), min_rows_per_group=0,
    )
    pa.default_memory_pool().release_unused()  # hand the buffers back before the next table
    if spec.partitioned:
        _unescape_folders(output / name)


def _unescape_folders(folder: Path) -> None:
    """``province=%E6%B5%99…`` → ``province=浙江省``: pyarrow percent-encodes the values of
    hive folders, Spark writes them as they are; both read either. Writing them as Spark does
    keeps the two engines' layouts the same (values are path-safe: see `partition_value`)."""
    from urllib.parse import unquote

    for p in sorted(folder.rglob("*=*"), key=lambda p: len(p.parts), reverse=True):  # deepest first
        plain = unquote(p.name)
        if plain != p.name:
            p.rename(p.with_name(plain))


def count_rows(output: str | Path, report: BatchReport) -> BatchReport:
    """Fill ``report`` with the row counts (and error codes) of what was written."""
    from duban.batch.schema import dataset

    for name in TABLES:
        report.rows[name] = dataset(output, name).count_rows()
    errors = dataset(output, "errors").to_table(columns=["code"]).column("code").to_pylist()
    report.error_codes = Counter(errors)
    return report
