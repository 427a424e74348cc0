"""The fixed Arrow schemas of a batch output: one per table, the same for every engine.

Both engines build their rows with `duban.batch.records.process_record` and turn them into
Arrow with these schemas, so the local engine and Spark write Parquet files with the same
columns and types. Every field is nullable: Spark writes nullable Parquet columns whatever
it is told, and identical schemas matter more than the flag.

``province`` and ``year`` are the hive partition keys (``province=…/year=…`` folders);
they are stored in the folder names, not in the files, and come back when a table is read
with `read_table`. ``errors`` is small and not partitioned.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pyarrow as pa

S, I, F = pa.string(), pa.int64(), pa.float64()

PARTITION_KEYS = ("province", "year")
UNKNOWN = "unknown"  # the partition value when a document's province or year is not known

DOCUMENTS = pa.schema([
    ("doc_id", S),  # first 16 hex characters of content_hash: stable across runs and engines
    ("record_id", S),  # the input record it came from (a path under INPUT, or the Parquet `id`)
    ("source", S),
    ("format", S),
    ("encoding", S),
    ("content_hash", S),  # SHA-256 of the input bytes (UTF-8 of the text for `text` input)
    ("script", S),
    ("title", S),
    ("org_name", S),
    ("org_level", S),
    ("county", S),
    ("city", S),  # the prefecture-level unit (kept under this name; = prefecture)
    ("prefecture", S),
    ("division_code", S),  # 12 digits for a township, 6 above (docs/place.md)
    ("place_confidence", F),
    ("place_candidates", S),  # JSON list of the units the evidence did not tell apart; "[]" when placed
    ("review_period", S),
    ("plan_period", S),
    ("doc_type", S),
    ("published", S),
    ("chars", I),
    ("body_chars", I),
    ("part_count", I),
    ("section_count", I),
    ("fact_count", I),
    ("commitment_count", I),
    ("warnings", pa.list_(S)),
    ("metadata", pa.list_(pa.struct([("name", S), ("label", S), ("value", S), ("start", I), ("end", I)]))),
    ("parts", pa.list_(pa.struct([("kind", S), ("start", I), ("end", I), ("heading_start", I), ("heading_end", I),
                                  ("period", S)]))),
    ("chrome", pa.list_(pa.struct([("start", I), ("end", I)]))),
    ("original", S),  # the decoded text every offset points into
    ("province", S),
    ("year", S),
])

SECTIONS = pa.schema([
    ("section_id", S),  # doc_id:ord
    ("doc_id", S),
    ("ord", I),  # pre-order position in the document's outline
    ("parent_ord", I),  # ord of the enclosing section; null at the top level
    ("level", I),
    ("marker", S),
    ("title", S),
    ("start", I),
    ("end", I),
    ("heading_start", I),
    ("heading_end", I),
    ("province", S),
    ("year", S),
])

FACTS = pa.schema([
    ("fact_id", S),  # doc_id:ord
    ("doc_id", S),
    ("ord", I),  # the extractor's order within the document
    ("text", S),
    ("start", I),
    ("end", I),
    ("value", F),
    ("unit", S),
    ("approx", S),
    ("kind", S),
    ("subject", S),
    ("part", S),
    ("section_path", S),  # section titles, outermost first, joined by ' > '
    ("sentence_start", I),
    ("sentence_end", I),
    ("domain", S),
    ("domain_cues", pa.list_(S)),
    ("fact_year", S),  # the year the fact itself is tied to (`facts.year` in the SQLite store)
    ("indicator", S),  # the normalised indicator of the subject (duban.extract.indicators)
    ("province", S),
    ("year", S),  # the document's year (the partition key)
])

COMMITMENTS = pa.schema([
    ("commitment_id", S),  # doc_id:ord
    ("doc_id", S),
    ("ord", I),
    ("text", S),
    ("start", I),
    ("end", I),
    ("data", S),  # the commitment's as_dict() as JSON: its fields as the extractor defines them
    ("province", S),
    ("year", S),
])

ERRORS = pa.schema([
    ("record_id", S),
    ("source", S),  # the file (or record) that failed
    ("doc_id", S),  # when the bytes could be hashed
    ("code", S),  # E001 … from duban.errors, `internal` for a bug, `duplicate` for repeated content
    ("reason", S),
])


@dataclass(frozen=True, slots=True)
class TableSpec:
    name: str
    schema: pa.Schema
    keys: tuple[str, ...]  # the deterministic row order within a file
    partitioned: bool = True


TABLES: dict[str, TableSpec] = {
    "documents": TableSpec("documents", DOCUMENTS, ("doc_id",)),
    "sections": TableSpec("sections", SECTIONS, ("doc_id", "ord")),
    "facts": TableSpec("facts", FACTS, ("doc_id", "ord")),
    "commitments": TableSpec("commitments", COMMITMENTS, ("doc_id", "ord")),
    "errors": TableSpec("errors", ERRORS, ("record_id", "code", "source"), partitioned=False),
}

# The input records both engines map over (see duban.batch.inputs).
INPUT = pa.schema([("id", S), ("name", S), ("path", S), ("content", pa.binary()), ("text", S)])

def partitioning():  # -> pyarrow.dataset.HivePartitioning
    """The hive partitioning of the partitioned tables: ``province=…/year=…``, both strings.

    Folders hold the values as they are (``province=浙江省``, as Spark writes them; see
    `output.write_table`); percent-encoded ones are read too. `records.partition_value` keeps
    values free of the characters a path cannot hold, ``%`` included.
    """
    import pyarrow.dataset as ds

    return ds.HivePartitioning(pa.schema([(k, S) for k in PARTITION_KEYS]), segment_encoding="uri")


def read_table(output: str | Path, name: str, columns: list[str] | None = None) -> pa.Table:
    """A table of a batch output as one Arrow table with its fixed schema (empty if absent)."""
    return dataset(output, name).to_table(columns=columns)


def dataset(output: str | Path, name: str):  # -> pyarrow.dataset.Dataset
    """A table of a batch output as a lazy pyarrow dataset with its fixed schema."""
    import pyarrow.dataset as ds

    spec = TABLES[name]
    folder = Path(output) / name
    if not folder.is_dir() or not any(p.suffix == ".parquet" for p in folder.rglob("*.parquet")):
        return ds.dataset(spec.schema.empty_table())
    return ds.dataset(str(folder), format="parquet", schema=spec.schema,
                      partitioning=partitioning() if spec.partitioned else None)
