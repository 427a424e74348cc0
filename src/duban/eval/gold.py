"""Reading gold files: JSON lines, each bad one named with its file, line and reason."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any


class GoldError(ValueError):
    """A gold file that cannot be scored; the message names the file and the reason."""


def json_lines(path: Path) -> Iterator[tuple[int, Any]]:
    """``(line number, value)`` for each non-blank line of a JSONL gold file."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise GoldError(f"{path}: cannot read gold ({exc.__class__.__name__}: {exc})") from None
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        try:
            yield number, json.loads(line)
        except json.JSONDecodeError as exc:
            raise GoldError(f"{path}:{number}: not a JSON line ({exc.msg})") from None
