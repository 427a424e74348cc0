"""The repository carries its own evaluation data; where ``../shared`` stands beside it, the copies
must still equal the contracts, byte for byte, so that they cannot drift apart."""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers import DATA, ROOT, SEEDS, SHARED

# Each shared folder and the copy the repository keeps of it.
COPIES = {
    "gold": DATA / "gold",
    "series": DATA / "series",
    "structure": DATA / "structure",
    "seeds": SEEDS,
    "spec": ROOT / "docs" / "spec",
}


def files_under(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


@pytest.mark.parametrize("name", sorted(COPIES))
def test_the_repository_carries_a_copy_equal_to_shared(name):
    copy = files_under(COPIES[name])
    assert copy, f"{COPIES[name]} is empty"
    if (SHARED / name).is_dir():  # a clone alone has only its copies, and they are what it tests with
        assert copy == files_under(SHARED / name)
