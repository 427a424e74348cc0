"""The registries: a part registered by name, or lazily by "module:attribute" (imported when first asked for)."""

from __future__ import annotations

import subprocess
import sys

import pytest

from duban.registry import Registry


def test_a_lazy_part_is_imported_when_first_asked_for() -> None:
    parts: Registry = Registry("parts-under-test")
    parts.register_lazy("hsv", "colorsys:rgb_to_hsv")
    assert "hsv" in parts and parts.names() == ["hsv"]
    import colorsys

    assert parts.get("hsv") is colorsys.rgb_to_hsv


def test_a_part_registered_by_name_replaces_a_lazy_one() -> None:
    parts: Registry = Registry("parts-under-test")
    parts.register_lazy("stage", "colorsys:rgb_to_hsv")
    parts.register("stage")(len)
    assert parts.get("stage") is len and parts.items() == [("stage", len)]


def test_an_unknown_part_names_what_there_is() -> None:
    parts: Registry = Registry("parts-under-test")
    parts.register_lazy("hsv", "colorsys:rgb_to_hsv")
    with pytest.raises(KeyError, match="available: hsv"):
        parts.get("rgb")


def test_importing_the_stages_loads_no_stage_it_does_not_run() -> None:
    # a process that extracts quantities pays for neither the commitments nor the chrome module
    code = ("import sys, duban.extract, duban.clean; "
            "print(sorted(m for m in ('duban.extract.commitments', 'duban.clean.chrome', "
            "'duban.clean.normalise') if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"
