"""Reading .docx reports: paragraphs and tables in document order, core properties as metadata."""

from __future__ import annotations

import datetime as dt
import zipfile

import pytest

from duban.document import MetaField
from duban.errors import DubanError, E
from duban.read import read_file

docx = pytest.importorskip("docx")


def make_docx(path, blocks, title="", author=""):
    """Write ``blocks`` — strings (paragraphs) and lists of rows (tables) — to a .docx."""
    document = docx.Document()
    document.core_properties.title = title
    document.core_properties.author = author
    document.core_properties.created = dt.datetime(2025, 1, 6, 9, 30, tzinfo=dt.timezone.utc)
    for block in blocks:
        if isinstance(block, str):
            document.add_paragraph(block)
        else:
            table = document.add_table(rows=len(block), cols=len(block[0]))
            for r, row in enumerate(block):
                for c, value in enumerate(row):
                    table.cell(r, c).text = value
    document.save(path)
    return path


REPORT = [
    "花桥镇2024年工作总结和2025年工作计划",
    "一、2024年工作情况",
    "全镇实现地区生产总值12.5亿元，同比增长6.1%。",
    [["指标", "2023年", "2024年"], ["财政收入（万元）", "8200", "8650"]],
    "二、2025年工作计划",
]


def test_paragraphs_and_tables_are_read_in_document_order(tmp_path):
    doc = read_file(make_docx(tmp_path / "report.docx", REPORT))
    assert doc.original == (
        "花桥镇2024年工作总结和2025年工作计划\n"
        "一、2024年工作情况\n"
        "全镇实现地区生产总值12.5亿元，同比增长6.1%。\n"
        "指标 | 2023年 | 2024年\n"
        "财政收入（万元） | 8200 | 8650\n"
        "二、2025年工作计划"
    )
    assert (doc.format, doc.source) == ("docx", str(tmp_path / "report.docx"))
    assert len(doc.content_hash) == 64


def test_a_merged_cell_is_read_once_and_empty_cells_are_left_out(tmp_path):
    path = make_docx(tmp_path / "merged.docx", ["表一", [["合计", "", ""], ["项目", "", "8650"]]])
    document = docx.Document(path)
    document.tables[0].cell(0, 0).merge(document.tables[0].cell(0, 2))
    document.save(path)
    assert read_file(path).original == "表一\n合计\n项目 | 8650"


def test_core_properties_become_metadata(tmp_path):
    path = make_docx(tmp_path / "props.docx", REPORT, title="花桥镇工作总结", author="花桥镇人民政府")
    assert read_file(path).metadata == [
        MetaField("docx_title", "花桥镇工作总结"),
        MetaField("docx_author", "花桥镇人民政府"),
        MetaField("docx_created", "2025-01-06T09:30:00+00:00"),
    ]


def without_part(src, dst, part):
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dst, "w") as zout:
        for item in zin.namelist():
            if item != part:
                zout.writestr(item, zin.read(item))


def a_zip(path, name, data):
    with zipfile.ZipFile(path, "w") as z:
        z.writestr(name, data)


BAD_DOCX = [
    ("truncated copy", lambda good, bad: bad.write_bytes(good.read_bytes()[: good.stat().st_size // 2]), E.E006),
    ("not a zip at all", lambda good, bad: bad.write_bytes(b"\xd0\xcf\x11\xe0 old .doc renamed"), E.E006),
    ("no word/document.xml", lambda good, bad: without_part(good, bad, "word/document.xml"), E.E006),
    ("a zip that is not a Word package", lambda good, bad: a_zip(bad, "a.txt", "x"), E.E006),
    ("a document without text", lambda good, bad: make_docx(bad, ["", " "]), E.E011),
]


@pytest.mark.parametrize("label,spoil,code", BAD_DOCX, ids=[b[0] for b in BAD_DOCX])
def test_a_bad_docx_gives_its_catalogued_error(tmp_path, label, spoil, code):
    good = make_docx(tmp_path / "good.docx", REPORT)
    bad = tmp_path / "bad.docx"
    spoil(good, bad)
    with pytest.raises(DubanError) as caught:
        read_file(bad)
    assert caught.value.code is code
    assert str(caught.value) == f"{bad}: {caught.value.reason}"
