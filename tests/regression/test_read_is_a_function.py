"""`duban.read` stays the function after the stage package `duban.read` is imported."""

import importlib
from pathlib import Path

import duban

SEED = next((Path(__file__).resolve().parents[2] / "samples" / "seeds").glob("003_*.txt"))


def test_duban_read_can_be_called_again_after_the_read_package_was_imported():
    first = duban.read(SEED)
    importlib.import_module("duban.read")  # the package of the same name, and a submodule of it
    importlib.import_module("duban.read.txt")

    second = duban.read(SEED)
    assert callable(duban.read)
    assert [f.text for f in first.facts] == [f.text for f in second.facts]
