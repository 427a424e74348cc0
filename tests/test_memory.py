"""`duban.memory.give_back`: after a stage of a very long document (only), the freed memory is
collected and handed back to the system."""

from __future__ import annotations

import pytest

from duban import memory


@pytest.mark.parametrize("chars, trimmed", [
    (0, False),
    (10_000, False),
    (memory.LONG_DOCUMENT_CHARS, False),
    (memory.LONG_DOCUMENT_CHARS + 1, True),
    (50_000_000, True),
])
def test_only_a_very_long_document_has_its_memory_handed_back(monkeypatch, chars, trimmed):
    calls = []
    monkeypatch.setattr(memory, "_malloc_trim", lambda: lambda pad: calls.append(pad))
    memory.give_back(chars)
    assert calls == ([0] if trimmed else [])


def test_without_malloc_trim_it_only_collects(monkeypatch):
    monkeypatch.setattr(memory, "_malloc_trim", lambda: None)
    memory.give_back(memory.LONG_DOCUMENT_CHARS + 1)  # no C library function: nothing to call, no error


def test_the_c_library_function_is_called_for_real():
    memory._malloc_trim.cache_clear()
    memory.give_back(memory.LONG_DOCUMENT_CHARS + 1)  # glibc's malloc_trim where there is one; else nothing
