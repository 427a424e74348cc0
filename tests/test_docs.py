"""The documentation keeps up with the code: every command has help and is written up."""

from __future__ import annotations

from pathlib import Path

import pytest
import typer.main

from duban.cli.main import app
from duban.lang import table_names

ROOT = Path(__file__).resolve().parents[1]
DOCS = "\n".join(p.read_text(encoding="utf-8") for p in [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))])
COMMANDS = sorted(typer.main.get_command(app).commands.items())


@pytest.mark.parametrize("name,command", COMMANDS, ids=[n for n, _ in COMMANDS])
def test_every_command_has_help_text(name, command):
    assert (command.help or "").strip(), f"duban {name} has no help text"
    for param in command.params:
        if param.param_type_name == "option" and param.name != "help":
            assert (param.help or "").strip(), f"duban {name} {param.opts[0]} has no help text"


@pytest.mark.parametrize("name", [n for n, _ in COMMANDS])
def test_every_command_is_documented(name):
    assert f"duban {name}" in DOCS, f"`duban {name}` is in neither README.md nor docs/"


@pytest.mark.parametrize("name", table_names())
def test_every_language_table_is_described_in_the_lang_readme(name):
    readme = (ROOT / "src" / "duban" / "lang" / "README.md").read_text(encoding="utf-8")
    assert f"`{name}.tsv`" in readme
