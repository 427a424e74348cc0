"""Documented limits and thresholds. Each can be overridden by an environment variable.

Read the value through the function (``max_file_mb()``), not the constant, so an
override set after import still takes effect.
"""

from __future__ import annotations

import os

# Files larger than this are refused with E009 before any byte is read: a work report is
# rarely over a few MB, and reading holds the whole file (and its text) in memory.
# Override: DUBAN_MAX_FILE_MB.
MAX_FILE_MB = 64

# Encoding detection (charset-normalizer) looks at no more than this many bytes from the
# start of a file, so detecting the encoding of a 50 MB file costs the same as of a 1 MB one.
DETECT_SAMPLE_BYTES = 1 << 20


def max_file_mb() -> float:
    value = os.environ.get("DUBAN_MAX_FILE_MB", "")
    try:
        return float(value) if value.strip() else MAX_FILE_MB
    except ValueError:
        return MAX_FILE_MB
