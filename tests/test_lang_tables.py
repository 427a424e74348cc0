"""Every language table under lang/zh is well-formed and loads.

A table is UTF-8 TSV: ``#`` comment lines, one header row, then rows with as many cells as the
header. A table may name its key column(s) in a comment, ``# key: label`` or ``# key: kind+scope+pattern``;
keys must then be unique. Columns named ``pattern`` hold regular expressions and must compile.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from duban.lang import LANG_DIR, load_table

ZH = LANG_DIR / "zh"
TABLES = sorted(ZH.glob("*.tsv"))
KEY = re.compile(r"#\s*key:\s*(\S+)")


def _read(path: Path) -> tuple[list[str], list[list[str]], list[str]]:
    """(header, rows, key columns) of a table, read without the loader."""
    header: list[str] | None = None
    rows, key = [], []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("#"):
            if m := KEY.match(line):
                key = m.group(1).split("+")
            continue
        if not line.strip():
            continue
        cells = line.split("\t")
        if header is None:
            header = cells
        else:
            rows.append(cells)
    return header or [], rows, key


def test_there_are_tables():
    names = {p.stem for p in TABLES}
    assert {
        "metadata_fields",
        "page_chrome",
        "trailers",
        "template_residue",
        "section_markers",
        "parts",
        "period_words",
        "org_levels",
        "doc_types",
    } <= names


@pytest.mark.parametrize("path", TABLES, ids=lambda p: p.name)
def test_same_column_count_on_every_row(path):
    header, rows, _ = _read(path)
    assert header, "no header row"
    assert len(set(header)) == len(header), "duplicate column names"
    for i, row in enumerate(rows, 1):
        assert len(row) == len(header), f"row {i} has {len(row)} cells, header {len(header)}: {row}"


@pytest.mark.parametrize("path", [p for p in TABLES if _read(p)[2]], ids=lambda p: p.name)
def test_keys_are_unique(path):
    """Tables that declare a key (``# key: …``) hold each key once."""
    header, rows, key = _read(path)
    assert set(key) <= set(header), f"key {key} not in header {header}"
    idx = [header.index(k) for k in key]
    seen: dict[tuple[str, ...], int] = {}
    for i, row in enumerate(rows, 1):
        value = tuple(row[j].strip() for j in idx)
        assert value not in seen, f"duplicate key {value} in rows {seen[value]} and {i}"
        seen[value] = i


@pytest.mark.parametrize("path", TABLES, ids=lambda p: p.name)
def test_patterns_compile_and_loader_agrees(path):
    header, rows, _ = _read(path)
    loaded = load_table(path.stem)
    assert len(loaded) == len(rows)
    if "pattern" in header:
        for row in loaded:
            re.compile(row["pattern"])


def test_named_groups_the_code_relies_on():
    for row in load_table("section_markers"):
        assert "(?P<n>" in row["pattern"], row["type"]
    for row in load_table("trailers"):
        assert "(?P<v>" in row["pattern"], row["name"]


def test_a_table_is_read_again_when_it_changes_and_its_kept_copy_never_decides(tmp_path, monkeypatch):
    """The rows kept beside the tables (``__pycache__``) stand for a table only while its bytes are
    the very ones they were read from: an edited table is read again; a damaged copy is ignored."""
    import duban.lang as lang

    (tmp_path / "zh").mkdir()
    table = tmp_path / "zh" / "sample.tsv"
    monkeypatch.setattr(lang, "LANG_DIR", tmp_path)

    def rows():
        lang._load.cache_clear()
        return lang.load_table("sample")

    try:
        table.write_text("# a comment\nword\tkind\n万\tmagnitude\n", encoding="utf-8")
        assert rows() == [{"word": "万", "kind": "magnitude"}]
        kept = list((tmp_path / "__pycache__").glob("zh-sample.*"))
        assert len(kept) == 1
        assert rows() == [{"word": "万", "kind": "magnitude"}]  # read back from the kept copy
        table.write_text("word\tkind\n亿\tmagnitude\r\n千\n", encoding="utf-8")  # other bytes (a line end of \r\n read as \n)
        assert rows() == [{"word": "亿", "kind": "magnitude"}, {"word": "千", "kind": ""}]
        kept[0].write_bytes(b"not a copy of any table")
        assert rows() == [{"word": "亿", "kind": "magnitude"}, {"word": "千", "kind": ""}]
        table.write_text("word\tkind\n亿\tmagnitude\textra\n", encoding="utf-8")
        with pytest.raises(ValueError, match="sample.tsv:2: 3 cells"):
            rows()
    finally:
        lang._load.cache_clear()
