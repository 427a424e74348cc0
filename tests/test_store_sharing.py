"""One store shared: two `duban ingest` runs into one database at once both complete, and a
store that cannot be written (a read-only file in a read-only folder) is still read by
`docs`, `show`, `search`, `facts` and `serve`."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from duban.store import Database

ROOT = Path(__file__).resolve().parents[1]
SEEDS = sorted((ROOT / "samples" / "seeds").glob("*.txt"))
CLI = [sys.executable, "-c", "from duban.cli.main import app; app()"]


def reports(folder: Path, tag: str, n: int) -> list[Path]:
    """``n`` short reports, each with its own text (so each is a new document)."""
    folder.mkdir(parents=True)
    paths = []
    for i in range(n):
        path = folder / f"{tag}{i:03d}.txt"
        path.write_text(f"{tag}乡{i}号2024年工作总结\n一、2024年工作回顾\n全年新建道路{i + 3}公里，"
                        f"完成投资{i * 7 + 11}万元，乡村振兴示范点{i % 5 + 1}个。\n二、2025年工作计划\n"
                        f"力争新增就业岗位{i + 100}个。\n", encoding="utf-8")
        paths.append(path)
    return paths


@pytest.mark.parametrize("fresh", [True, False], ids=["new database", "existing database"])
def test_two_ingests_into_one_database_at_once_both_complete(tmp_path, fresh):
    db = tmp_path / "shared.db"
    if not fresh:
        Database(db).close()
    a, b = reports(tmp_path / "a", "甲", 40), reports(tmp_path / "b", "乙", 40)
    runs = [subprocess.Popen([*CLI, "ingest", str(folder), "--db", str(db)], stdout=subprocess.PIPE,
                             stderr=subprocess.PIPE, text=True, env={**os.environ, "COLUMNS": "200"})
            for folder in (tmp_path / "a", tmp_path / "b")]
    outs = [run.communicate(timeout=600) for run in runs]
    for run, (out, err) in zip(runs, outs, strict=True):
        assert run.returncode == 0, err
        assert "locked" not in out + err
    with Database(db) as database:
        sources = {d["source"] for d in database.documents()}
    assert sources == {str(p.resolve()) for p in a + b} or len(sources) == len(a) + len(b)


def _lock(path: Path, on: bool) -> None:
    """Make ``path`` unwritable (or writable again). Root writes whatever the modes say, so
    as root the file system's immutable attribute is used (chattr, e2fsprogs)."""
    if os.geteuid() != 0:
        path.chmod((0o555 if path.is_dir() else 0o444) if on else 0o755)
        return
    r = subprocess.run(["chattr", "+i" if on else "-i", str(path)], capture_output=True, text=True)
    if r.returncode != 0 and on:
        pytest.skip(f"cannot make a file read-only for root here: chattr: {r.stderr.strip()}")


@pytest.fixture(scope="module")
def read_only_store(tmp_path_factory) -> Path:
    """A store whose file and folder cannot be written by the user running the commands."""
    if os.geteuid() == 0 and not shutil.which("chattr"):
        pytest.skip("running as root without chattr: a read-only store cannot be made")
    folder = tmp_path_factory.mktemp("ro") / "store"
    folder.mkdir()
    path = folder / "duban.db"
    with Database(path) as db:
        assert db.ingest(SEEDS[:2]).ok
    assert not list(folder.glob("duban.db-wal"))  # closed cleanly: the WAL is checkpointed and gone
    _lock(path, True)
    _lock(folder, True)
    yield path
    _lock(folder, False)
    _lock(path, False)


def run_reading(args: list[str]) -> subprocess.CompletedProcess:
    return subprocess.run(args, capture_output=True, text=True, timeout=300, env={**os.environ, "COLUMNS": "200"})


@pytest.mark.parametrize("command", [
    ["docs"], ["docs", "--json"], ["show", "1"], ["search", "乡村振兴"], ["search", "乡村"], ["facts", "--unit", "亩"],
])
def test_reading_commands_work_on_a_read_only_store(read_only_store, command):
    r = run_reading([*CLI, *command, "--db", str(read_only_store)])
    assert r.returncode == 0, r.stderr
    assert "readonly" not in r.stderr and r.stdout.strip()


def test_serve_works_on_a_read_only_store(read_only_store):
    code = (
        "import sys; from fastapi.testclient import TestClient; from duban.web import create_app\n"
        f"c = TestClient(create_app({str(read_only_store)!r}))\n"
        "for url in ('/documents', '/facts', '/api/v1/search?q=乡村振兴', '/search?q=乡村', '/documents/1'):\n"
        "    r = c.get(url); assert r.status_code == 200, (url, r.status_code, r.text[:300])\n"
        "print('ok')\n"
    )
    r = run_reading([sys.executable, "-c", code])
    assert r.returncode == 0 and "ok" in r.stdout, r.stderr[-2000:]
    assert not list(read_only_store.parent.glob("duban.db-*"))  # nothing was written beside it
