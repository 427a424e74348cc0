"""`duban batch` with the local engine, and `duban import`: tables, partitions, ids, errors, inputs."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest
from typer.testing import CliRunner

import duban.cli.commands_batch  # noqa: F401  (registers the commands on the app)
from duban.batch import TABLES, read_table, run_batch
from duban.batch.records import process_record
from duban.cli.app import app
from duban.pipeline import process
from duban.read import read_file
from duban.store import Database

SEEDS = Path(__file__).resolve().parent.parent / "samples" / "seeds"
runner = CliRunner()


def sorted_table(output: Path, name: str) -> pa.Table:
    spec = TABLES[name]
    return read_table(output, name).sort_by([(k, "ascending") for k in spec.keys])


@pytest.fixture(scope="module")
def seeds_out(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("batch") / "out"
    report = run_batch(SEEDS, out, processes=2)
    assert report.records == 5 and report.errors == 0
    return out


def test_tables_hold_what_the_pipeline_finds(seeds_out: Path) -> None:
    docs = sorted_table(seeds_out, "documents").to_pylist()
    assert len(docs) == 5
    for row in docs:
        path = SEEDS / row["record_id"]
        doc = process(read_file(path))
        assert row["doc_id"] == hashlib.sha256(path.read_bytes()).hexdigest()[:16]
        assert row["content_hash"] == doc.content_hash
        assert row["source"] == str(path)
        assert (row["title"], row["org_name"], row["review_period"]) == (doc.title, doc.org["name"],
                                                                          doc.periods.get("review"))
        assert row["original"] == doc.original
        assert row["fact_count"] == len(doc.facts)
        facts = [f for f in read_table(seeds_out, "facts").to_pylist() if f["doc_id"] == row["doc_id"]]
        assert sorted(f["text"] for f in facts) == sorted(f.text for f in doc.facts)
        assert all(row["original"][f["start"]:f["end"]] == f["text"] for f in facts)  # grounded
        commitments = [c for c in read_table(seeds_out, "commitments").to_pylist() if c["doc_id"] == row["doc_id"]]
        assert len(commitments) == row["commitment_count"] == len(doc.commitments)


def test_ids_are_content_hash_plus_ordinal(seeds_out: Path) -> None:
    for name, key in (("facts", "fact_id"), ("sections", "section_id"), ("commitments", "commitment_id")):
        rows = read_table(seeds_out, name).to_pylist()
        ids = [r[key] for r in rows]
        assert len(ids) == len(set(ids))
        assert all(r[key] == f"{r['doc_id']}:{r['ord']}" for r in rows)
    sections = read_table(seeds_out, "sections").to_pylist()
    ords = {(s["doc_id"], s["ord"]) for s in sections}
    assert all(s["parent_ord"] is None or (s["doc_id"], s["parent_ord"]) in ords for s in sections)


def test_partitioned_by_province_and_year(seeds_out: Path) -> None:
    for name in ("documents", "sections", "facts"):
        folders = sorted(p.relative_to(seeds_out / name).as_posix() for p in (seeds_out / name).glob("*/*"))
        # the province comes from the administrative map, though no seed writes it beside its name
        assert folders == ["province=浙江省/year=2023", "province=浙江省/year=2024", "province=湖南省/year=2024"]
        for f in (seeds_out / name).rglob("*.parquet"):  # the keys are in the folder names only
            assert "province" not in pq.read_schema(f).names
    assert not list((seeds_out / "errors").glob("*=*")) if (seeds_out / "errors").exists() else True
    years = {r["record_id"][:3]: r["year"] for r in read_table(seeds_out, "documents").to_pylist()}
    assert years == {"000": "2024", "001": "2023", "002": "2023", "003": "2024", "004": "2024"}


def test_province_partition_when_the_byline_names_it(tmp_path: Path) -> None:
    src = tmp_path / "in"
    src.mkdir()
    (src / "a.txt").write_text("青石镇2019年工作总结和2020年工作计划\n湖南省衡阳市衡南县青石镇人民政府\n"
                               "一、2019年工作总结\n全镇村集体经济收入达到356万元。\n", encoding="utf-8")
    run_batch(src, tmp_path / "out", processes=1)
    assert (tmp_path / "out" / "documents" / "province=湖南省" / "year=2019").is_dir()  # as Spark writes it
    doc = read_table(tmp_path / "out", "documents").to_pylist()[0]
    assert (doc["province"], doc["county"], doc["year"]) == ("湖南省", "衡南县", "2019")
    # 青石镇 is not on the map under 衡南县: placed under its written parents, with no code of its own
    assert (doc["prefecture"], doc["division_code"]) == ("衡阳市", None) and 0 < doc["place_confidence"] < 0.95


def test_rerun_gives_the_same_output(seeds_out: Path, tmp_path: Path) -> None:
    again = tmp_path / "again"
    run_batch(SEEDS, again, processes=1)  # another pool size, same output
    files = sorted(p.relative_to(seeds_out) for p in seeds_out.rglob("*.parquet"))
    assert files == sorted(p.relative_to(again) for p in again.rglob("*.parquet"))
    for f in files:
        assert (seeds_out / f).read_bytes() == (again / f).read_bytes(), f
    run_batch(SEEDS, again, processes=2)  # over an earlier output: replaced, not added to
    assert sorted(p.relative_to(again) for p in again.rglob("*.parquet")) == files


def test_bad_documents_land_in_errors(tmp_path: Path) -> None:
    src = tmp_path / "in"
    src.mkdir()
    good = (SEEDS / "001_501c0fb6689f0a4e.txt").read_bytes()
    (src / "a_good.txt").write_bytes(good)
    (src / "b_empty.txt").write_bytes(b"")
    (src / "c_binary.txt").write_bytes(b"\x00\x01\xff" * 100)
    (src / "d_broken.docx").write_bytes(b"PK\x03\x04 not a zip")
    (src / "e_copy.txt").write_bytes(good)  # the same content again: kept once
    (src / "notes.xyz").write_text("not a report")  # no reader: skipped, as `duban ingest` does
    report = run_batch(src, tmp_path / "out", processes=2)
    assert report.records == 5 and report.skipped == 1
    assert report.documents == 1
    errors = {r["record_id"]: r for r in read_table(tmp_path / "out", "errors").to_pylist()}
    assert {k: v["code"] for k, v in errors.items()} == {
        "b_empty.txt": "E003", "c_binary.txt": "E004", "d_broken.docx": "E006", "e_copy.txt": "duplicate"}
    assert errors["b_empty.txt"]["source"] == str(src / "b_empty.txt")
    assert errors["b_empty.txt"]["reason"] == "file is empty"
    assert errors["e_copy.txt"]["reason"] == "same content as record a_good.txt"
    assert errors["e_copy.txt"]["doc_id"] == hashlib.sha256(good).hexdigest()[:16]
    facts = read_table(tmp_path / "out", "facts")
    assert facts.num_rows == len(process(read_file(src / "a_good.txt")).facts)


def test_a_crashing_stage_is_that_records_error(monkeypatch: pytest.MonkeyPatch) -> None:
    from duban.batch import records

    def boom(doc):
        raise RuntimeError("stage fell over")

    monkeypatch.setattr(records, "_process", boom)
    text = "某乡2024年工作总结\n"
    rows = process_record({"id": "x", "text": text, "name": "x.txt"})
    assert rows["documents"] == [] and rows["facts"] == []
    assert rows["errors"] == [{"record_id": "x", "source": "x.txt", "code": "internal",
                               "doc_id": hashlib.sha256(text.encode()).hexdigest()[:16],  # it was read
                               "reason": "RuntimeError: stage fell over"}]


@pytest.mark.parametrize("column", ["path", "content", "text"])
def test_parquet_input(column: str, seeds_out: Path, tmp_path: Path) -> None:
    files = sorted(SEEDS.glob("*.txt"))
    values = {
        "path": [str(f) for f in files],
        "content": [f.read_bytes() for f in files],
        "text": [f.read_text(encoding="utf-8") for f in files],
    }[column]
    table = pa.table({"id": [f.name for f in files], column: values})
    pq.write_table(table, tmp_path / "in.parquet")
    report = run_batch(tmp_path / "in.parquet", tmp_path / "out", processes=2)
    assert report.records == 5 and report.errors == 0
    # the same documents (ids come from the bytes) and the same facts as from the folder
    for name in ("facts", "sections", "commitments"):
        assert sorted_table(tmp_path / "out", name).equals(sorted_table(seeds_out, name)), name
    docs = sorted_table(tmp_path / "out", "documents").drop_columns(["source"])
    assert docs.equals(sorted_table(seeds_out, "documents").drop_columns(["source"]))


def test_parquet_input_without_a_source_column(tmp_path: Path) -> None:
    pq.write_table(pa.table({"id": ["a"], "body": ["x"]}), tmp_path / "in.parquet")
    result = runner.invoke(app, ["batch", str(tmp_path / "in.parquet"), str(tmp_path / "out")])
    assert result.exit_code == 2
    assert "needs the columns `id` and one of `path`, `content` or `text`" in result.output


def test_cli_batch_then_import(tmp_path: Path) -> None:
    out, db = tmp_path / "out", tmp_path / "duban.db"
    result = runner.invoke(app, ["batch", str(SEEDS), str(out), "-j", "2", "--json"])
    assert result.exit_code == 0, result.output
    summary = json.loads(result.output)
    assert summary["records"] == 5 and summary["rows"]["documents"] == 5 and summary["engine"] == "local"

    result = runner.invoke(app, ["import", str(out), "--db", str(db)])
    assert result.exit_code == 0, result.output
    assert "5 documents imported" in result.output
    result = runner.invoke(app, ["import", str(out), "--db", str(db)])
    assert "0 documents imported, 5 already in the store" in result.output

    # what the import stored is what `duban ingest` stores, but for paths and times
    with Database(db) as imported, Database(tmp_path / "ingested.db") as ingested:
        ingested.ingest([SEEDS])
        a = {d["doc_key"]: d for d in imported.documents()}
        b = {d["doc_key"]: d for d in ingested.documents()}
        assert a.keys() == b.keys()
        volatile = ("id", "ingested_at")
        for key in a:
            assert {k: v for k, v in a[key].items() if k not in volatile} == \
                   {k: v for k, v in b[key].items() if k not in volatile}
            assert imported.text(a[key]["id"]) == ingested.text(b[key]["id"])
            assert imported.parts(a[key]["id"]) == ingested.parts(b[key]["id"])
            assert imported.metadata(a[key]["id"]) == ingested.metadata(b[key]["id"])
            assert _outline(imported.outline(a[key]["id"])) == _outline(ingested.outline(b[key]["id"]))
            strip = ("id", "doc_id")
            assert [{k: v for k, v in f.items() if k not in strip} for f in imported.facts(doc=a[key]["id"])] == \
                   [{k: v for k, v in f.items() if k not in strip} for f in ingested.facts(doc=b[key]["id"])]


def _outline(nodes: list[dict]) -> list[dict]:
    return [{**{k: v for k, v in n.items() if k != "id"}, "children": _outline(n["children"])} for n in nodes]


def test_cli_refuses_bad_arguments(tmp_path: Path) -> None:
    result = runner.invoke(app, ["batch", str(SEEDS), str(tmp_path / "out"), "--engine", "hadoop"])
    assert result.exit_code == 2 and "unknown engine 'hadoop'" in result.output
    keep = tmp_path / "mine"
    keep.mkdir()
    (keep / "thesis.docx").write_text("precious")
    result = runner.invoke(app, ["batch", str(SEEDS), str(keep)])
    assert result.exit_code == 2 and "not a batch output" in result.output
    assert (keep / "thesis.docx").read_text() == "precious"
    result = runner.invoke(app, ["batch", str(tmp_path / "nowhere"), str(tmp_path / "out")])
    assert result.exit_code == 1 and "file does not exist" in result.output
    result = runner.invoke(app, ["import", str(tmp_path / "nowhere"), "--db", str(tmp_path / "x.db")])
    assert result.exit_code == 2 and "not a batch output" in result.output
    result = runner.invoke(app, ["batch", "s3a://archive/records.parquet", str(tmp_path / "out")])
    assert result.exit_code == 2 and "Spark engine only" in result.output


@pytest.mark.parametrize("input, url", [
    ("s3a://archive/records.parquet", True),
    ("hdfs://namenode:8020/reports/2024", True),
    ("file:///data/records.parquet", True),
    ("/data/records.parquet", False),
    ("reports/2024", False),
    ("C:\\reports\\2024", False),  # a Windows drive is no scheme
    ("x://y", False),  # nor a single letter before ://
    ("records.parquet?a=b://c", False),  # :// later in a name
])
def test_a_url_input_is_told_from_a_path(input: str, url: bool) -> None:
    from duban.batch.inputs import is_uri

    assert is_uri(input) is url
    assert not is_uri(Path("s3a://archive"))  # a Path has already folded the URL's // and is local


def test_partition_values() -> None:
    from duban.batch.records import document_year, partition_value
    from duban.document import Document

    assert partition_value("浙江省") == "浙江省"
    assert [partition_value(v) for v in (None, "", " ", "a/b", "50%", "..", "x=y")] == ["unknown"] * 7
    doc = Document(source="x.txt", original="")
    assert document_year(doc) == "unknown"
    doc.published = "2025-08-12"
    assert document_year(doc) == "2025"
    doc.periods = {"plan": "2024H2"}
    assert document_year(doc) == "2024"
    doc.periods = {"review": "2023", "plan": "2024"}
    assert document_year(doc) == "2023"


# What Spark's driver makes of the keys its tasks send back (duban.batch.spark._duplicates):
# (kind, task, doc_id, record_id, source, province, year); a task wrote the rows of its first
# (smallest) record of a content only.
D, P, Y = "document", "浙江省", "2024"
DUPLICATE_CASES = [
    ("no copies", [(D, 0, "d1", "a", "a.txt", P, Y), (D, 1, "d2", "b", "b.txt", P, Y)], [], {}),
    ("a copy in the same task: nothing written to remove",
     [(D, 0, "d1", "a", "a.txt", P, Y), (D, 0, "d1", "b", "b.txt", P, Y)], [("b", "a")], {}),
    ("a copy in a later task: that task's rows go",
     [(D, 0, "d1", "a", "a.txt", P, Y), (D, 2, "d1", "c", "c.txt", P, Y)], [("c", "a")], {(2, P, Y): {"d1"}}),
    ("three copies over two tasks",
     [(D, 0, "d1", "a", "a.txt", P, Y), (D, 1, "d1", "b", "b.txt", P, Y), (D, 1, "d1", "c", "c.txt", P, Y)],
     [("b", "a"), ("c", "a")], {(1, P, Y): {"d1"}}),
    ("an error row passes through", [("error", 0, {"record_id": "x", "source": "x.txt", "doc_id": None,
                                                   "code": "E003", "reason": "empty"})], [], {}),
]


@pytest.mark.parametrize("case, keys, duplicates, copies", DUPLICATE_CASES, ids=[c[0] for c in DUPLICATE_CASES])
def test_spark_driver_finds_duplicates_and_copies_to_remove(case, keys, duplicates, copies) -> None:
    from duban.batch.spark import _duplicates

    errors, to_remove = _duplicates(keys)
    made = [(e["record_id"], e["reason"].rsplit(" ", 1)[-1]) for e in errors if e["code"] == "duplicate"]
    assert sorted(made) == duplicates
    assert dict(to_remove) == copies
    assert len(errors) == len(duplicates) + sum(k[0] == "error" for k in keys)
