"""The Spark engine (local[2]) writes what the local engine writes, row for row.

On the seeds and a few hundred generated reports (benchmarks/corpus.py: real paragraphs of
the seeds with other places, years and numbers, plus a few bad files and exact copies), read
from a folder; and on the seeds read from a Parquet file of contents. One Spark session for
the module: starting the JVM is most of the time.
"""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

import pytest

pyspark = pytest.importorskip("pyspark", reason="the spark engine needs pyspark: pip install 'duban[spark]'")
pytest.importorskip("pandas", reason="pyspark's mapInArrow needs pandas: pip install 'pyspark[sql]'")

import pyarrow as pa  # noqa: E402
import pyarrow.parquet as pq  # noqa: E402

from duban.batch import TABLES, read_table, run_batch  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "samples" / "seeds"
GENERATED = 240

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def spark():
    if shutil.which("java") is None:
        pytest.skip("the spark engine needs a Java runtime (java not on PATH)")
    from duban.batch.spark import spark_session

    session = spark_session("local[2]", app_name="duban tests", conf={
        "spark.ui.enabled": "false", "spark.ui.showConsoleProgress": "false", "spark.sql.shuffle.partitions": "4"})
    session.sparkContext.setLogLevel("ERROR")
    yield session
    session.stop()


@pytest.fixture(scope="module")
def corpus_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    sys.path.insert(0, str(ROOT / "benchmarks"))
    try:
        import corpus
    finally:
        sys.path.remove(str(ROOT / "benchmarks"))
    folder = tmp_path_factory.mktemp("spark") / "in"
    corpus.write_folder(folder / "generated", GENERATED, seed=7, bad_rate=0.02, duplicate_rate=0.02)
    shutil.copytree(SEEDS, folder / "seeds")
    return folder


def assert_same_output(a: Path, b: Path) -> dict[str, int]:
    counts = {}
    for name, spec in TABLES.items():
        left = read_table(a, name).sort_by([(k, "ascending") for k in spec.keys])
        right = read_table(b, name).sort_by([(k, "ascending") for k in spec.keys])
        assert left.schema.equals(right.schema), name
        assert left.num_rows == right.num_rows, name
        for column in left.column_names:  # the first differing column, not just "not equal"
            assert left.column(column).equals(right.column(column)), f"{name}.{column} differs"
        counts[name] = left.num_rows
    # the same partition folders (values as they are: province=浙江省)
    for name, spec in TABLES.items():
        if spec.partitioned and (a / name).exists():
            folders = {p.relative_to(a / name) for p in (a / name).glob("*/*")}
            assert folders == {p.relative_to(b / name) for p in (b / name).glob("*/*")}, name
    return counts


def test_spark_equals_local_on_seeds_and_generated(spark, corpus_dir: Path, tmp_path: Path) -> None:
    local = run_batch(corpus_dir, tmp_path / "local", processes=2)
    on_spark = run_batch(corpus_dir, tmp_path / "spark", engine="spark", spark=spark)
    counts = assert_same_output(tmp_path / "spark", tmp_path / "local")
    assert local.records == on_spark.records == GENERATED + 5
    assert counts["documents"] > GENERATED * 0.9
    assert counts["facts"] > 10 * counts["documents"]
    codes = set(read_table(tmp_path / "local", "errors").column("code").to_pylist())
    assert "duplicate" in codes and codes - {"duplicate"}  # both kinds were exercised
    provinces = set(read_table(tmp_path / "local", "documents").column("province").to_pylist())
    assert len(provinces - {"unknown"}) >= 3


def test_spark_reads_parquet_input(spark, tmp_path: Path) -> None:
    files = sorted(SEEDS.glob("*.txt"))
    pq.write_table(pa.table({"id": [f.name for f in files], "content": [f.read_bytes() for f in files]}),
                   tmp_path / "in.parquet")
    run_batch(tmp_path / "in.parquet", tmp_path / "local", processes=1)
    report = run_batch(tmp_path / "in.parquet", tmp_path / "spark", engine="spark", spark=spark, partitions=3)
    assert report.records == 5
    assert_same_output(tmp_path / "spark", tmp_path / "local")


def test_spark_reads_a_parquet_input_named_by_url(spark, tmp_path: Path) -> None:
    # s3a://, hdfs:// … are read by Spark alone; file:// is the same path through Spark's file systems
    files = sorted(SEEDS.glob("*.txt"))
    pq.write_table(pa.table({"id": [f.name for f in files], "content": [f.read_bytes() for f in files]}),
                   tmp_path / "in.parquet")
    run_batch(tmp_path / "in.parquet", tmp_path / "local", processes=1)
    report = run_batch((tmp_path / "in.parquet").as_uri(), tmp_path / "spark", engine="spark", spark=spark,
                       partitions=2)
    assert report.records == 5
    assert_same_output(tmp_path / "spark", tmp_path / "local")


def test_copies_in_one_task_and_across_tasks_keep_the_smallest_id(spark, tmp_path: Path) -> None:
    # Sorted ids: a/ holds the first copy of seed 0; b/ a second copy next to it (the same
    # task) and c/, z/ copies that land in later tasks, which must drop the rows they wrote.
    folder = tmp_path / "in"
    seeds = sorted(SEEDS.glob("*.txt"))
    for sub, files in {"a": seeds, "b": seeds[:1], "c": seeds[:2], "z": seeds[:1]}.items():
        (folder / sub).mkdir(parents=True)
        for f in files:
            shutil.copy(f, folder / sub / f.name)
    run_batch(folder, tmp_path / "local", processes=1)
    for partitions in (1, 3, 9):
        report = run_batch(folder, tmp_path / f"spark{partitions}", engine="spark", spark=spark, partitions=partitions)
        assert report.records == 9
        counts = assert_same_output(tmp_path / f"spark{partitions}", tmp_path / "local")
        assert counts["documents"] == 5 and counts["errors"] == 4
    errors = read_table(tmp_path / "spark3", "errors").to_pylist()
    assert [(e["record_id"], e["code"]) for e in errors] == [
        (f"b/{seeds[0].name}", "duplicate"), (f"c/{seeds[0].name}", "duplicate"),
        (f"c/{seeds[1].name}", "duplicate"), (f"z/{seeds[0].name}", "duplicate")]
    for e in errors:  # each names the record kept: the same file under a/
        assert e["reason"] == "same content as record a/" + e["record_id"].split("/", 1)[1]
    kept = set(read_table(tmp_path / "spark3", "documents").column("record_id").to_pylist())
    assert kept == {f"a/{f.name}" for f in seeds}


def test_folders_many_tasks_met_are_compacted_to_one_file(spark, corpus_dir: Path, tmp_path: Path,
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    from duban.batch import spark as spark_engine

    monkeypatch.setattr(spark_engine, "COMPACT_ABOVE", 1)  # any folder two tasks wrote to
    run_batch(corpus_dir, tmp_path / "local", processes=2)
    run_batch(corpus_dir, tmp_path / "spark", engine="spark", spark=spark, partitions=6)
    assert_same_output(tmp_path / "spark", tmp_path / "local")
    folders = [f for f in (tmp_path / "spark" / "facts").glob("*=*/*=*")]
    compacted = [f for f in folders if (f / "part-0.parquet").exists()]
    assert compacted  # 245 reports over few folders: some met by several of the 6 tasks
    for folder in folders:
        files = [p.name for p in folder.iterdir()]
        assert len(files) == 1 and (folder in compacted) == (files == ["part-0.parquet"]), files
