"""Shared by the test modules: where the sample reports are, and a Document built from text."""

from __future__ import annotations

import socket
import threading
import time
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

from duban.document import Document

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "samples" / "seeds"
DATA = ROOT / "data"  # the evaluation data the repository carries (copies of the shared contracts)
GOLD = DATA / "gold"  # hand-made gold facts of the seeds
SERIES = DATA / "series"  # consecutive-year reports and their tracking gold
STRUCTURE = DATA / "structure"  # who, where and when of the seeds and the series
SHARED = ROOT.parent / "shared"  # the contracts beside the repository, where a checkout has them


def seed(prefix: str) -> Path:
    """A sample report by its three-digit prefix: seed("004")."""
    return next(SEEDS.glob(f"{prefix}_*.txt"))


def document(path_or_text: Path | str, *stages) -> Document:
    """A Document from a file (read as UTF-8) or a string, run through ``stages`` in order."""
    if isinstance(path_or_text, Path):
        doc = Document(source=str(path_or_text), original=path_or_text.read_text(encoding="utf-8"))
    else:
        doc = Document(source="<text>", original=path_or_text)
    for stage in stages:
        doc = stage(doc)
    return doc


@contextmanager
def running_server(db_path: Path) -> Iterator[str]:
    """The web UI over ``db_path`` served by uvicorn on a free loopback port; yields its URL."""
    import uvicorn

    from duban.web import create_app

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(create_app(db_path), host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started:
        if time.monotonic() > deadline or not thread.is_alive():
            raise RuntimeError("the test server did not start")
        time.sleep(0.05)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout=10)


def merged(ranges) -> list[tuple[int, int]]:
    """Overlapping or touching ``(start, end)`` ranges joined into one, in order."""
    out: list[list[int]] = []
    for start, end in sorted(ranges):
        if out and start <= out[-1][1]:
            out[-1][1] = max(out[-1][1], end)
        else:
            out.append([start, end])
    return [tuple(r) for r in out]
