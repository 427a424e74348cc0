"""Functions the batch tests hand to the local engine's pool (importable by its workers)."""

from __future__ import annotations

import os
import signal
from typing import Any

from duban.batch.records import Rows, process_record

KILL = "KILL THIS WORKER"


def dies_on_marked_record(record: dict[str, Any]) -> Rows:
    """`process_record`, but the worker kills itself (SIGKILL, as the OOM killer does) on a
    record whose text is `KILL`."""
    if record.get("text") == KILL:
        os.kill(os.getpid(), signal.SIGKILL)
    return process_record(record)
