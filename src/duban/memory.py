"""Memory a stage freed, handed back to the system before the next stage of a very long document.

A stage of a 50 MB report makes and drops tens of megabytes of small objects (lines, spans, lists
of offsets). CPython returns what it frees to the C allocator, and glibc's ``malloc`` keeps most of
it: the process stays as large as that stage's peak, and the next stage's peak comes on top of it.
`give_back` collects the cycles left over and asks the allocator (``malloc_trim``, where the C
library has it) to return its free pages. It costs some milliseconds, so it is done only for a
document longer than `LONG_DOCUMENT_CHARS`; for a shorter one it does nothing.
"""

from __future__ import annotations

import ctypes
import gc
from functools import cache

LONG_DOCUMENT_CHARS = 4 << 20  # as long as a report whose facts are streamed (extract.quantities.STREAM_CHARS)


@cache
def _malloc_trim():
    try:
        return ctypes.CDLL(None).malloc_trim  # glibc; musl and macOS have none
    except (AttributeError, OSError):
        return None


def give_back(chars: int) -> None:
    """After a stage of a document of ``chars`` characters: if it is a very long one, return to the
    system the memory freed so far."""
    if chars <= LONG_DOCUMENT_CHARS:
        return
    gc.collect()
    trim = _malloc_trim()
    if trim is not None:
        trim(0)
