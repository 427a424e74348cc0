"""The local engine: `process_record` in a pool of processes, one per core by default.

Records go out in the order of their ``id`` and come back in that order, so the output does
not depend on how many processes ran or which finished first. Rows are staged in one
unpartitioned Parquet file per table as they come (memory stays bounded), then written out
partitioned. Needs nothing beyond duban's own dependencies.

A worker that dies (the OOM killer, a SIGKILL) does not hang the run: the pool notices it
(``concurrent.futures`` marks the pool broken), a new pool is started and the records that
had not come back are tried again; records still unfinished when a pool breaks a second time
are then tried one at a time, and one whose worker dies again becomes a ``worker_died`` row
of ``errors``. Every record ends either in the tables or in ``errors``.
"""

from __future__ import annotations

import multiprocessing
import os
import signal
import time
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from itertools import islice
from pathlib import Path
from typing import Any

from duban.batch.output import STAGING_PREFIX, BatchReport, Staging, count_rows, prepare_output
from duban.batch.records import Rows, duplicate_error, empty_rows, process_record, warm_up, worker_died_error

WINDOW = 512  # records in flight at once: bounds the memory of queued inputs and results


def run_local(
    records: Iterable[dict[str, Any]],
    output: str | Path,
    *,
    processes: int | None = None,
    total: int | None = None,
    on_progress: Callable[[int, int | None], None] | None = None,
) -> BatchReport:
    """Process ``records`` (sorted by ``id``) into the batch output ``output``."""
    started = time.perf_counter()
    processes = max(1, processes or os.cpu_count() or 1)
    out = prepare_output(output)
    staging = Staging(out / f"{STAGING_PREFIX}-{os.getpid()}")
    kept: dict[str, str] = {}  # doc_id → the record id that holds it
    report = BatchReport(engine="local")
    try:
        for n, (record, rows) in enumerate(_results(records, processes), 1):
            staging.add(dedupe(record, rows, kept))
            report.records = n
            if on_progress is not None:
                on_progress(n, total)
        staging.finish()
        report.phases["process"] = time.perf_counter() - started
        staging.write(out)
    finally:
        staging.close()
    report.seconds = time.perf_counter() - started
    report.phases["write"] = report.seconds - report.phases.get("process", 0.0)
    return count_rows(out, report)


def dedupe(record: dict[str, Any], rows: Rows, kept: dict[str, str]) -> Rows:
    """The first record (by id) with a content keeps its rows; a later one becomes a
    ``duplicate`` error naming it. Records come sorted by id, so "first" is "smallest id"."""
    if not rows["documents"]:
        return rows
    doc = rows["documents"][0]
    first = kept.setdefault(doc["doc_id"], doc["record_id"])
    if first == doc["record_id"]:
        return rows
    dup = empty_rows()
    dup["errors"].append(duplicate_error(doc["record_id"], doc["source"], doc["doc_id"], first))
    return dup


def _results(records: Iterable[dict[str, Any]], processes: int,
             fn: Callable[[dict[str, Any]], Rows] = process_record) -> Iterator[tuple[dict[str, Any], Rows]]:
    """``(record, fn(record))`` in the order of ``records``."""
    it = iter(records)
    if processes == 1:
        for record in it:
            yield record, fn(record)
        return
    pool = _Pool(processes, fn)
    try:
        while window := list(islice(it, WINDOW)):
            yield from zip(window, pool.map(window))
    finally:
        pool.close()


def _signal_name(number: int) -> str:
    try:
        return signal.Signals(number).name
    except ValueError:
        return f"signal {number}"


STOP_SECONDS = 10  # how long a worker may take to stop when the pool closes


class _Pool:
    """A process pool that survives the death of its workers (see the module's docstring)."""

    def __init__(self, processes: int, fn: Callable[[dict[str, Any]], Rows]):
        self.processes, self.fn = processes, fn
        self.executor: ProcessPoolExecutor | None = None
        self.workers: list[Any] = []  # the pool's processes, to tell how a dead one ended

    def _executor(self) -> ProcessPoolExecutor:
        if self.executor is None:
            # spawn, not fork: a clean interpreter per worker, whatever threads the parent runs.
            self.executor = ProcessPoolExecutor(self.processes, mp_context=multiprocessing.get_context("spawn"),
                                                initializer=warm_up)
        return self.executor

    def _broken(self) -> str:
        """Shut the broken pool down; how its dead workers ended (e.g. "killed by SIGKILL")."""
        how = "it ended abruptly"
        if self.executor is not None:
            self._remember_workers()
            self.executor.shutdown(wait=True, cancel_futures=True)
            self.executor = None
            codes = [w.exitcode for w in self.workers if w.exitcode not in (None, 0)]
            if codes:
                code = codes[0]
                how = f"killed by {_signal_name(-code)}" if code < 0 else f"exit code {code}"
        self.workers = []
        return how

    def map(self, window: list[dict[str, Any]]) -> list[Rows]:
        results: list[Rows | None] = [None] * len(window)
        todo = list(range(len(window)))
        broken_before = False
        while todo:
            futures = [(i, self._executor().submit(self.fn, window[i])) for i in todo]
            self._remember_workers()
            failed = []
            for i, future in futures:
                try:
                    results[i] = future.result()
                except BrokenProcessPool:
                    failed.append(i)
            if not failed:
                break
            self._broken()
            if not broken_before:  # once: a worker killed from outside; try them all again
                broken_before, todo = True, failed
                continue
            for i in failed:  # again: one at a time, so the record that kills its worker is known
                try:
                    future = self._executor().submit(self.fn, window[i])
                    self._remember_workers()
                    results[i] = future.result()
                except BrokenProcessPool:
                    results[i] = worker_died_error(window[i], self._broken())
            break
        return results  # type: ignore[return-value]

    def _remember_workers(self) -> None:
        processes = getattr(self.executor, "_processes", None) or {}
        self.workers = list(dict.fromkeys(self.workers + list(processes.values())))

    def close(self) -> None:
        if self.executor is None:
            return
        self._remember_workers()
        self.executor.shutdown(wait=False, cancel_futures=True)
        for worker in self.workers:
            worker.join(STOP_SECONDS)
            if worker.exitcode is None:
                # A worker killed while it waited for work may have died holding the task
                # queue's lock: the others then never read their stop signal, and would wait forever.
                worker.kill()
                worker.join()
        self.executor.shutdown(wait=True)  # the pool's own thread, now that its workers are gone
        self.executor = None
        self.workers = []
