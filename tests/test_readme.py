"""The README's command-line examples run as written, against a store of the samples, and
those that query the store find something (an example that prints an empty table teaches
nothing)."""

from __future__ import annotations

import json
import re
import shlex
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from duban.cli.main import app

ROOT = Path(__file__).resolve().parents[1]
README = ROOT / "README.md"
SERIES = ROOT / "data" / "series"
# The files the examples name, made from the repository's own samples.
PLACES = {
    "reports/": "reports",  # the seeds and a county's two consecutive reports
    "report.docx": "report.docx",
    "plan.txt": "plan.txt",
    "plan_2023.txt": "plan_2023.txt",
    "review_2024.txt": "review_2024.txt",
}
# Commands that would not return (a server): their help is shown instead.
LONG_RUNNING = {"serve"}


def readme_commands() -> list[str]:
    """Every one-line ``duban …`` command in the README's ``sh`` blocks (comments cut)."""
    text = README.read_text(encoding="utf-8")
    commands = []
    for block in re.findall(r"```sh\n(.*?)```", text, re.S):
        for line in block.splitlines():
            if line.startswith("duban ") and not line.rstrip().endswith(('"', "\\")) and line.count('"') % 2 == 0:
                command = re.split(r"\s{2,}#", line)[0].strip()
                commands.append(command)
    return commands


COMMANDS = readme_commands()


def make_docx(path: Path, text: str) -> None:
    docx = pytest.importorskip("docx")
    document = docx.Document()
    for line in text.splitlines():
        document.add_paragraph(line)
    document.save(str(path))


@pytest.fixture(scope="module")
def workdir(tmp_path_factory) -> Path:
    """A folder holding what the examples name; ``duban ingest reports/`` fills its duban.db."""
    work = tmp_path_factory.mktemp("readme")
    reports = work / "reports"
    reports.mkdir()
    for seed in sorted((ROOT / "samples" / "seeds").glob("*.txt")):
        shutil.copy(seed, reports / seed.name)
    for name in ("qingyuan_2023.txt", "qingyuan_2024.txt"):
        shutil.copy(SERIES / name, reports / name)
    shutil.copy(SERIES / "qingyuan_2024.txt", work / "plan.txt")
    shutil.copy(SERIES / "qingyuan_2023.txt", work / "plan_2023.txt")
    shutil.copy(SERIES / "qingyuan_2024.txt", work / "review_2024.txt")
    make_docx(work / "report.docx", sorted((ROOT / "samples" / "seeds").glob("*.txt"))[0].read_text(encoding="utf-8"))
    (work / "data").symlink_to(ROOT / "data")
    (work / "samples").symlink_to(ROOT / "samples")
    return work


def run(workdir: Path, args: list[str], monkeypatch) -> object:
    monkeypatch.chdir(workdir)
    monkeypatch.delenv("DUBAN_DB", raising=False)
    return CliRunner().invoke(app, args, env={"COLUMNS": "160"})


def test_the_readme_has_command_examples():
    names = {shlex.split(c)[1] for c in COMMANDS}
    assert {"ingest", "docs", "show", "extract", "facts", "eval", "search", "track", "serve"} <= names, names


@pytest.mark.parametrize("command", COMMANDS)
def test_every_readme_command_runs_as_written(workdir, monkeypatch, command):
    args = shlex.split(command)[1:]
    if args[0] != "ingest":  # the store the examples read: `duban ingest reports/` first
        result = run(workdir, ["ingest", "reports/"], monkeypatch)
        assert result.exit_code == 0, result.output
    if args[0] in LONG_RUNNING:
        args = [args[0], "--help"]
    result = run(workdir, args, monkeypatch)
    assert result.exit_code == 0, (command, result.output[-2000:])
    assert result.output.strip(), command


@pytest.mark.parametrize("command", [c for c in COMMANDS if shlex.split(c)[1] in ("facts", "search", "docs")])
def test_readme_queries_find_something(workdir, monkeypatch, command):
    args = shlex.split(command)[1:]
    assert run(workdir, ["ingest", "reports/"], monkeypatch).exit_code == 0
    machine = ["--format", "jsonl"] if args[0] == "facts" else ["--json"]
    result = run(workdir, args + machine, monkeypatch)
    assert result.exit_code == 0, result.output
    if args[0] == "facts":
        rows = [json.loads(line) for line in result.output.splitlines() if line.strip()]
    else:
        data = json.loads(result.output)
        rows = data["rows"] if isinstance(data, dict) else data
    assert rows, f"{command!r} finds nothing in a store of the samples"


def test_the_readme_python_example_runs_as_written(tmp_path, monkeypatch):
    """The ``python`` block, line by line; each bare expression that the README annotates with a
    value (``doc.org  # {'name': '花桥镇', …}``, ``… # always True``) gives it."""
    block = re.search(r"```python\n(.*?)```", README.read_text(encoding="utf-8"), re.S).group(1)
    (tmp_path / "samples").symlink_to(ROOT / "samples")
    monkeypatch.chdir(tmp_path)
    scope: dict = {}
    for line in block.splitlines():
        code, _, comment = line.partition("  #")
        if not code.strip():
            continue
        try:
            compile(code, "README", "eval")
        except SyntaxError:
            exec(code, scope)
            continue
        value = eval(code, scope)
        if "always True" in comment:
            assert value is True, code
        elif m := re.search(r"\{'name': '(\S+?)', 'level': '(\S+?)', 'county': '(\S+?)'", comment):
            assert (value["name"], value["level"], value["county"]) == m.groups(), value
    assert scope["db"].facts(org="花桥", unit="亩"), "the README's query finds nothing"
