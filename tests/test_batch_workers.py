"""The local engine survives the death of a worker process: the run ends, every record is in the
tables or in ``errors``, and a record that kills its worker each time is a ``worker_died`` error."""

from __future__ import annotations

import multiprocessing
import os
import signal
import threading
from pathlib import Path

from batch_workers import KILL, dies_on_marked_record
from duban.batch import read_table, run_batch
from duban.batch.local import _results
from helpers import SEEDS

LIMIT = 600  # seconds: a hang fails the test instead of blocking the suite (a loaded machine is slow)


def _in_thread(fn):
    """``fn()``'s value, or a failure when it has not returned within LIMIT seconds."""
    out: dict = {}
    thread = threading.Thread(target=lambda: out.update(value=fn()), daemon=True)
    thread.start()
    thread.join(LIMIT)
    assert not thread.is_alive(), f"still running after {LIMIT} s: the run hangs"
    return out["value"]


def test_a_record_that_kills_its_worker_is_an_error_and_the_others_are_processed():
    texts = [p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))]
    records = [{"id": f"r{i}", "name": f"r{i}.txt", "text": t} for i, t in enumerate(texts[:3])]
    records.append({"id": "r3", "name": "r3.txt", "text": KILL})
    records += [{"id": f"r{i + 4}", "name": f"r{i + 4}.txt", "text": t} for i, t in enumerate(texts[3:])]

    results = _in_thread(lambda: list(_results(records, 2, fn=dies_on_marked_record)))

    assert [record["id"] for record, _ in results] == [r["id"] for r in records]  # all, in order
    for record, rows in results:
        if record["text"] == KILL:
            assert rows["documents"] == []
            [error] = rows["errors"]
            assert error["code"] == "worker_died" and error["record_id"] == "r3" and error["source"] == "r3.txt"
            assert "SIGKILL" in error["reason"]
        else:
            assert len(rows["documents"]) == 1 and rows["errors"] == [], record["id"]


def test_a_worker_killed_from_outside_mid_run_costs_nothing(tmp_path: Path):
    killed: list[int] = []

    def kill_a_worker(done: int, total: int | None) -> None:
        workers = multiprocessing.active_children()
        if done >= 2 and not killed and workers:  # the run is under way: the OOM killer picks a worker
            os.kill(workers[0].pid, signal.SIGKILL)
            killed.append(workers[0].pid)

    out = tmp_path / "out"
    report = _in_thread(lambda: run_batch(SEEDS, out, processes=2, on_progress=kill_a_worker))
    assert killed, "no worker was there to kill"
    assert report.records == 5
    assert read_table(out, "documents").num_rows == 5
    assert not (out / "errors").exists() or read_table(out, "errors").num_rows == 0
