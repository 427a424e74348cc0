"""The development tracking data (data/dev/series, series2, series3, series4, series5, series6, series7, series8, series9, series10, series11, series12, series13, series14, series15, series17, series18, series19, series20, series21, series22, series23, series24, series25, series26, series27, series28, series29, series30, series31, series32, series33, series34, series35, series36, series37, series38, series39, series40, series41) stays well formed.

These tests read only the data files and the gold reader: they never run the tracker, so a
held-out folder can be checked at every commit without being scored (it is scored once, at the
end, by `duban eval --pairs`). Every folder called `pairs` under a data set (data/dev/series,
data/dev/series2, data/dev/series3, data/dev/series4, data/dev/series5, data/dev/series6, data/dev/series7, data/dev/series8, data/dev/series9, data/dev/series10, data/dev/series11, data/dev/series12, data/dev/series13, data/dev/series14, data/dev/series15, data/dev/series17, data/dev/series18, data/dev/series19, data/dev/series20, data/dev/series21, data/dev/series22, data/dev/series23, data/dev/series24, data/dev/series25, data/dev/series26, data/dev/series27, data/dev/series28, data/dev/series29, data/dev/series30, data/dev/series31, data/dev/series32, data/dev/series33, data/dev/series34, data/dev/series35, data/dev/series36, data/dev/series37, data/dev/series38, data/dev/series39, data/dev/series40, data/dev/series41) is a gold folder whose documents sit in its parent folder,
so a new held-out folder is covered as soon as it exists. Each set's dev folder is its top-level `pairs`,
except in a check set (data/dev/series6, data/dev/series8, data/dev/series10), which has no dev part: its top-level `pairs` is held out as a whole,
and in a development-only set (data/dev/series11, data/dev/series14, data/dev/series22, data/dev/series26, data/dev/series27, data/dev/series28, data/dev/series30, data/dev/series31, data/dev/series32, data/dev/series33, data/dev/series34, data/dev/series35, data/dev/series36, data/dev/series37, data/dev/series38, data/dev/series39, data/dev/series40, data/dev/series41), which has no held-out part: its top-level `pairs` is its only folder, and a dev one.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from helpers import DATA

from duban.eval.tracking import load_pairs

SETS = [DATA / "dev" / "series", DATA / "dev" / "series2", DATA / "dev" / "series3", DATA / "dev" / "series4", DATA / "dev" / "series5", DATA / "dev" / "series6", DATA / "dev" / "series7", DATA / "dev" / "series8", DATA / "dev" / "series9", DATA / "dev" / "series10", DATA / "dev" / "series11", DATA / "dev" / "series12", DATA / "dev" / "series13", DATA / "dev" / "series14", DATA / "dev" / "series15", DATA / "dev" / "series17", DATA / "dev" / "series18", DATA / "dev" / "series19", DATA / "dev" / "series20", DATA / "dev" / "series21", DATA / "dev" / "series22", DATA / "dev" / "series23", DATA / "dev" / "series24", DATA / "dev" / "series25", DATA / "dev" / "series26", DATA / "dev" / "series27", DATA / "dev" / "series28", DATA / "dev" / "series29", DATA / "dev" / "series30", DATA / "dev" / "series31", DATA / "dev" / "series32", DATA / "dev" / "series33", DATA / "dev" / "series34", DATA / "dev" / "series35", DATA / "dev" / "series36", DATA / "dev" / "series37", DATA / "dev" / "series38", DATA / "dev" / "series39", DATA / "dev" / "series40", DATA / "dev" / "series41"]
# Sets scored only once, at the end, as a whole: no dev part, their top-level `pairs` is held out.
CHECK_SETS = [DATA / "dev" / "series6", DATA / "dev" / "series8", DATA / "dev" / "series10"]
# Development sets without a held-out part: their top-level `pairs` is their only gold folder, a dev one.
DEV_ONLY_SETS = [DATA / "dev" / "series11", DATA / "dev" / "series14", DATA / "dev" / "series22", DATA / "dev" / "series26", DATA / "dev" / "series27", DATA / "dev" / "series28", DATA / "dev" / "series30", DATA / "dev" / "series31", DATA / "dev" / "series32", DATA / "dev" / "series33", DATA / "dev" / "series34", DATA / "dev" / "series35", DATA / "dev" / "series36", DATA / "dev" / "series37", DATA / "dev" / "series38", DATA / "dev" / "series39", DATA / "dev" / "series40", DATA / "dev" / "series41"]
SPLIT_SETS = [root for root in SETS if root not in CHECK_SETS and root not in DEV_ONLY_SETS]
DEV_FOLDERS = [root / "pairs" for root in SPLIT_SETS + DEV_ONLY_SETS]
GOLD_FOLDERS = sorted(p for root in SETS for p in root.rglob("pairs") if p.is_dir())
# The five statuses of data/series/README.md (the scorer accepts one more, unused by this data).
STATUSES = {"met", "exceeded", "partly", "missed", "not_reported"}
# | file | government | level | reviews / plans | source | characters |
TABLE_ROW = re.compile(r"^\| ((?:[\w-]+/)?[\w-]+\.txt) \|.*\| ([\d,]+) \|$", re.MULTILINE)


def _text(path: Path) -> str:
    """The decoded file, newlines untouched (the gold is copied from the text exactly as found)."""
    return path.read_bytes().decode("utf-8")


def _lines(folder: Path) -> list[tuple[str, int, dict]]:
    return [(name, n, line) for name, lines in load_pairs(folder).items() for n, line in enumerate(lines, 1)]


def _set_of(path: Path) -> Path:
    return next(root for root in SETS if root == path or root in path.parents)


def _relative(folder: Path) -> str:
    return str(folder.relative_to(_set_of(folder).parent))


@pytest.mark.parametrize("root", SPLIT_SETS, ids=lambda r: r.name)
def test_there_is_a_dev_folder_and_a_held_out_folder(root: Path):
    folders = [f for f in GOLD_FOLDERS if _set_of(f) == root]
    assert root / "pairs" in folders
    assert any(f != root / "pairs" for f in folders), folders


@pytest.mark.parametrize("root", CHECK_SETS, ids=lambda r: r.name)
def test_a_check_set_is_one_held_out_folder(root: Path):
    assert [f for f in GOLD_FOLDERS if _set_of(f) == root] == [root / "pairs"]
    assert load_pairs(root / "pairs"), root


@pytest.mark.parametrize("root", DEV_ONLY_SETS, ids=lambda r: r.name)
def test_a_development_only_set_is_one_dev_folder(root: Path):
    assert [f for f in GOLD_FOLDERS if _set_of(f) == root] == [root / "pairs"]
    assert root / "pairs" in DEV_FOLDERS
    assert load_pairs(root / "pairs"), root


@pytest.mark.parametrize("folder", GOLD_FOLDERS, ids=_relative)
def test_each_pair_names_documents_of_its_folder(folder: Path):
    for name, lines in load_pairs(folder).items():
        for key in ("plan_doc", "result_doc"):
            path = folder.parent / lines[0][key]
            assert path.is_file(), f"{name}: {key} {path.name} is not in {folder.parent}"
        assert lines[0]["plan_doc"] != lines[0]["result_doc"], name


@pytest.mark.parametrize("folder", GOLD_FOLDERS, ids=_relative)
def test_target_and_result_texts_are_copied_exactly(folder: Path):
    texts: dict[str, str] = {}

    def text(doc: str) -> str:
        if doc not in texts:
            texts[doc] = _text(folder.parent / doc)
        return texts[doc]

    for name, n, line in _lines(folder):
        assert line["target_text"] in text(line["plan_doc"]), f"{name}:{n}: {line['target_text']!r}"
        if line.get("result_text"):
            assert line["result_text"] in text(line["result_doc"]), f"{name}:{n}: {line['result_text']!r}"


@pytest.mark.parametrize("folder", GOLD_FOLDERS, ids=_relative)
def test_a_result_text_is_empty_exactly_when_nothing_is_reported(folder: Path):
    for name, n, line in _lines(folder):
        assert line["status"] in STATUSES, f"{name}:{n}: {line['status']}"
        assert set(line) >= {"indicator", "target", "result", "result_text"}, f"{name}:{n}"
        assert (line["result_text"] == "") == (line["status"] == "not_reported"), f"{name}:{n}"


@pytest.mark.parametrize("folder", GOLD_FOLDERS, ids=_relative)
def test_no_target_is_listed_twice_in_a_pair(folder: Path):
    for name, lines in load_pairs(folder).items():
        targets = [line["target_text"] for line in lines]
        assert len(targets) == len(set(targets)), name


def test_held_out_pairs_share_no_text_with_dev_pairs():
    """Tuning on a dev pair must not tune on a held-out text: no document is used by both."""
    def used(folder: Path) -> dict[bytes, str]:
        docs = {d for lines in load_pairs(folder).values() for d in (lines[0]["plan_doc"], lines[0]["result_doc"])}
        return {(folder.parent / d).read_bytes(): f"{_relative(folder.parent)}/{d}" for d in docs}

    dev: dict[bytes, str] = {}
    for folder in DEV_FOLDERS:
        dev.update(used(folder))
    for folder in GOLD_FOLDERS:
        if folder not in DEV_FOLDERS:
            shared = [name for content, name in used(folder).items() if content in dev]
            assert not shared, f"{_relative(folder)} uses dev texts: {shared}"


def test_held_out_folders_share_no_text_with_each_other():
    seen: dict[bytes, str] = {}
    for folder in GOLD_FOLDERS:
        if folder in DEV_FOLDERS:
            continue
        for path in sorted(folder.parent.glob("*.txt")):
            content = path.read_bytes()
            assert content not in seen, f"{path} is also {seen.get(content)}"
            seen[content] = str(path)


@pytest.mark.parametrize("root", SETS, ids=lambda r: r.name)
def test_the_readme_gives_every_text_its_length_in_characters(root: Path):
    readme = _text(root / "README.md")
    listed = {name: int(count.replace(",", "")) for name, count in TABLE_ROW.findall(readme)}
    on_disk = {str(p.relative_to(root)) for p in root.rglob("*.txt")}
    assert set(listed) == on_disk
    for name, count in listed.items():
        assert len(_text(root / name)) == count, name
