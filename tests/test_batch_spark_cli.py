"""`duban batch --engine spark --master local[2]`: duban starts Spark itself (a bare
SparkContext for a folder INPUT, stopped at the end) and writes what the local engine writes."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

pytest.importorskip("pyspark", reason="the spark engine needs pyspark: pip install 'duban[spark]'")

from typer.testing import CliRunner  # noqa: E402

import duban.cli.commands_batch  # noqa: F401, E402  (registers the commands on the app)
from duban.batch import TABLES, read_table, run_batch  # noqa: E402
from duban.cli.app import app  # noqa: E402

SEEDS = Path(__file__).resolve().parent.parent / "samples" / "seeds"

pytestmark = pytest.mark.slow


def test_cli_spark_run_starts_and_stops_its_own_context(tmp_path: Path) -> None:
    if shutil.which("java") is None:
        pytest.skip("the spark engine needs a Java runtime (java not on PATH)")
    from pyspark import SparkContext
    from pyspark.sql import SparkSession

    if SparkContext._active_spark_context is not None:
        pytest.skip("a Spark context of another test is still running in this process")
    folder = tmp_path / "in"
    shutil.copytree(SEEDS, folder / "a")
    shutil.copytree(SEEDS, folder / "b")  # copies: `duplicate` errors, made by the driver
    run_batch(folder, tmp_path / "local", processes=1)

    result = CliRunner().invoke(app, ["batch", str(folder), str(tmp_path / "spark"), "--engine", "spark",
                                      "--master", "local[2]", "--partitions", "3", "--json"])

    assert result.exit_code == 0, result.output
    summary = json.loads(result.output[result.output.index("{"):])
    assert summary["engine"] == "spark" and summary["records"] == 10
    assert summary["rows"]["documents"] == 5 and summary["error_codes"] == {"duplicate": 5}
    assert summary["phases"]["session"] > 0  # Spark's start is part of the run's time
    assert SparkContext._active_spark_context is None  # stopped: it was the run's own
    assert SparkSession.getActiveSession() is None  # and no SQL session was made for a folder
    for name, spec in TABLES.items():
        keys = [(k, "ascending") for k in spec.keys]
        assert read_table(tmp_path / "spark", name).sort_by(keys).equals(
            read_table(tmp_path / "local", name).sort_by(keys)), name
