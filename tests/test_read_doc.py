"""Old Word (.doc) and WPS (.wps) files are read through a real converter, or fail saying why.

The fixture tests/data/doc/report.doc was written by LibreOffice (see its README). catdoc
is what `make test` installs; LibreOffice is tested where it is installed.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from duban.cli.main import app
from duban.errors import DubanError, E
from duban.read import read_file
from duban.read.doc import CONVERTERS, ConversionError

FIXTURE = Path(__file__).parent / "data" / "doc" / "report.doc"
PARAGRAPHS = [
    "安民乡2023年工作总结和2024年工作思路要点",
    "一、2023年工作总结",
    "(一)锚定产业发展不动摇,擦亮焕新安民品牌",
    "二、2024年工作思路：新建高标准农田3500亩。",
]
CELLS = ["指标", "2022年", "2023年", "财政收入（万元）", "8200", "8650"]
NEEDS_CATDOC = pytest.mark.skipif(
    shutil.which("catdoc") is None,
    reason="catdoc is not installed: `make test` installs it as root (apt-get install catdoc)")


def lines(text: str) -> list[str]:
    return [line.strip() for line in text.split("\n") if line.strip()]


@NEEDS_CATDOC
@pytest.mark.parametrize("suffix", [".doc", ".wps"])
def test_an_old_word_file_reads_as_its_paragraphs_and_table_rows(tmp_path, suffix):
    path = tmp_path / f"report{suffix}"
    shutil.copy(FIXTURE, path)
    doc = read_file(path)
    assert doc.format == suffix[1:]
    got = lines(doc.original)
    assert [line for line in got if line in PARAGRAPHS] == PARAGRAPHS
    assert "指标 | 2022年 | 2023年" in got and "财政收入（万元） | 8200 | 8650" in got
    assert any(line.startswith("过去一年,安民乡在县委、县政府的坚强领导下") for line in got)
    assert ("converter", "catdoc") in [(m.name, m.value) for m in doc.metadata]


@pytest.mark.parametrize("converter", CONVERTERS, ids=lambda c: c.program)
def test_each_converter_reads_every_paragraph_and_cell(converter):
    if shutil.which(converter.program) is None:
        pytest.skip(f"{converter.program} is not installed")
    got = lines(converter(FIXTURE.read_bytes(), "doc"))
    for expected in PARAGRAPHS + CELLS:
        assert any(expected in line for line in got), expected


@pytest.mark.parametrize("converter", CONVERTERS, ids=lambda c: c.program)
def test_a_converter_that_cannot_read_the_file_says_so(converter):
    if shutil.which(converter.program) is None:
        pytest.skip(f"{converter.program} is not installed")
    spoilt = FIXTURE.read_bytes()[:512] + bytes(range(256)) * 8
    with pytest.raises(ConversionError):
        converter(spoilt, "doc")


def read_error(path) -> DubanError:
    with pytest.raises(DubanError) as caught:
        read_file(path)
    return caught.value


def test_without_a_converter_the_file_fails_naming_the_reason(tmp_path, monkeypatch):
    monkeypatch.setenv("PATH", str(tmp_path / "empty"))
    error = read_error(FIXTURE)
    assert error.code is E.E016 and error.file == str(FIXTURE)
    assert "no converter for old Word files is installed" in error.reason and "catdoc" in error.reason


def test_without_a_converter_ingest_names_the_file_and_exits_1(tmp_path, monkeypatch):
    folder = tmp_path / "reports"
    folder.mkdir()
    shutil.copy(FIXTURE, folder / "旧报告.doc")
    (folder / "new.txt").write_text("全年完成地区生产总值12.5亿元。\n", encoding="utf-8")
    monkeypatch.setenv("PATH", str(tmp_path / "empty"))
    result = CliRunner().invoke(app, ["ingest", str(folder), "--db", str(tmp_path / "d.db")])
    assert result.exit_code == 1
    assert f"{folder / '旧报告.doc'}: cannot read this old Word/WPS file: no converter" in result.output


@pytest.mark.parametrize("label,raw", [
    ("random bytes", bytes(range(256)) * 4),
    ("a text file named .doc", "这不是Word文件".encode("gbk")),
])
def test_a_file_that_is_no_word_document_gives_E016(tmp_path, label, raw):
    path = tmp_path / "fake.doc"
    path.write_bytes(raw)
    error = read_error(path)
    assert error.code is E.E016 and "not a Word or WPS document" in error.reason


@NEEDS_CATDOC
def test_a_broken_word_file_gives_E016_with_the_converters_reasons(tmp_path):
    path = tmp_path / "broken.doc"
    path.write_bytes(FIXTURE.read_bytes()[:512] + bytes(range(256)) * 8)
    error = read_error(path)
    assert error.code is E.E016 and "catdoc:" in error.reason


def test_a_docx_or_a_web_page_saved_as_doc_is_read_as_what_it_holds(tmp_path):
    import docx

    document = docx.Document()
    document.add_paragraph("全年完成地区生产总值12.5亿元。")
    document.save(tmp_path / "really_docx.doc")
    assert read_file(tmp_path / "really_docx.doc").original == "全年完成地区生产总值12.5亿元。"
    (tmp_path / "page.doc").write_text("<html><body><p>新建高标准农田3500亩。</p></body></html>", encoding="utf-8")
    assert read_file(tmp_path / "page.doc").original == "新建高标准农田3500亩。"
