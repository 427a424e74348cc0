"""Reading PDF reports: the text layer, with the layout's line breaks repaired.

Test PDFs are drawn with reportlab in the standard CID font STSong-Light, which pypdf
decodes to Unicode through its CMap.
"""

from __future__ import annotations

import pytest

from duban.errors import DubanError, E
from duban.read import read_file
from duban.read.pdf import join_lines

pytest.importorskip("reportlab")
from reportlab.pdfbase import pdfmetrics  # noqa: E402
from reportlab.pdfbase.cidfonts import UnicodeCIDFont  # noqa: E402
from reportlab.pdfgen import canvas  # noqa: E402

FONT, SIZE, LEFT, WIDTH, TOP, BOTTOM, LEADING = "STSong-Light", 12, 72, 451, 770, 72, 18
pdfmetrics.registerFont(UnicodeCIDFont(FONT))

HEADING = "一、2024年工作情况"
PARAGRAPH_1 = (
    "一年来，花桥镇在县委、县政府的坚强领导下，聚焦高质量发展主题，全镇实现地区生产总值125.6亿元，"
    "同比增长6.5%，一般公共预算收入完成8.2亿元。新建高标准农田3.5万亩，粮食总产量稳定在12万吨以上，"
    "农村居民人均可支配收入达到21560元，同比增长7.2%。全年新增城镇就业1200人，城镇登记失业率控制在3%以内，"
    "完成农村危房改造126户，新改建农村公路35公里，实现村村通客车，群众出行更加便捷。"
)
PARAGRAPH_2 = "二是民生保障持续加强。全年民生支出占一般公共预算支出的比重达到78%，办结民生实事12件。"


def wrap(text: str) -> list[str]:
    """Break ``text`` into lines that fill the text width, as a word processor would."""
    lines, line = [], ""
    for ch in text:
        if pdfmetrics.stringWidth(line + ch, FONT, SIZE) > WIDTH:
            lines.append(line)
            line = ""
        line += ch
    return lines + [line] if line else lines


def make_pdf(path, pages: list[list[str]], page_numbers=lambda n: f"- {n} -"):
    """One page per list of lines, each page with its number at the bottom centre."""
    c = canvas.Canvas(str(path))
    for number, lines in enumerate(pages, 1):
        c.setFont(FONT, SIZE)
        for i, line in enumerate(lines):
            c.drawString(LEFT, TOP - i * LEADING, line)
        if page_numbers:
            c.drawCentredString(297, 40, page_numbers(number))
        c.showPage()
    c.save()
    return path


def report_pages() -> list[list[str]]:
    """The heading and paragraph 1 start page 1; paragraph 1 runs over onto page 2."""
    lines = [HEADING, *wrap(PARAGRAPH_1), *wrap(PARAGRAPH_2)]
    return [lines[:3], lines[3:]]


PAGE_NUMBERS = [lambda n: f"- {n} -", lambda n: f"第{n}页", str, lambda n: f"{n}/2", None]


@pytest.mark.parametrize("page_number", PAGE_NUMBERS, ids=["- 1 -", "第1页", "1", "1/2", "none"])
def test_a_paragraph_wrapped_over_lines_and_pages_reads_back_whole(tmp_path, page_number):
    assert len(wrap(PARAGRAPH_1)) >= 4  # the paragraph really is wrapped, and crosses the page break
    doc = read_file(make_pdf(tmp_path / "report.pdf", report_pages(), page_number))
    assert doc.original == f"{HEADING}\n{PARAGRAPH_1}\n{PARAGRAPH_2}"
    assert (doc.format, doc.encoding) == ("pdf", "")


# (what the layout holds, the text of the pages, the repaired text)
LINE_REPAIRS = [
    ("a wrapped Chinese line joins without a space",
     ["全镇生产总值增长6.5%，一般公共\n预算收入8.2亿元。"],
     "全镇生产总值增长6.5%，一般公共预算收入8.2亿元。"),
    ("a line ending in a digit joins the next",
     ["全镇生产总值增长6.5%，完成投资12\n亿元。"],
     "全镇生产总值增长6.5%，完成投资12亿元。"),
    ("a sentence end keeps the line break",
     ["全镇生产总值比上年增长百分之六。\n新建农田。"],
     "全镇生产总值比上年增长百分之六。\n新建农田。"),
    ("a colon or semicolon ends a line too",
     ["主要抓了以下几个方面的工作：\n一是抓项目；", "二是强产业，促进农民增收；\n三是惠民生。"],
     "主要抓了以下几个方面的工作：\n一是抓项目；\n二是强产业，促进农民增收；\n三是惠民生。"),
    ("a closing quote after the full stop still ends the sentence",
     ["发扬“闯”的精神，做到“干一件成一件。”\n二、主要做法"],
     "发扬“闯”的精神，做到“干一件成一件。”\n二、主要做法"),
    ("a short heading line is not joined",
     ["一、工作情况\n全镇经济社会发展取得了新的进步和成效"],
     "一、工作情况\n全镇经济社会发展取得了新的进步和成效"),
    ("an indented line starts a paragraph",
     ["全镇经济社会发展取得了新的进步和成效\n　　二是强化民生保障"],
     "全镇经济社会发展取得了新的进步和成效\n　　二是强化民生保障"),
    ("a blank line is a paragraph break",
     ["全镇经济社会发展取得了新的进步和成效\n\n二是强化民生保障"],
     "全镇经济社会发展取得了新的进步和成效\n\n二是强化民生保障"),
    ("a hyphenated Latin word is mended",
     ["The county grew steadily and the eco-\nnomy of the town too."],
     "The county grew steadily and the economy of the town too."),
    ("wrapped Latin words keep a space",
     ["The county grew steadily and the whole\nregion did as well."],
     "The county grew steadily and the whole region did as well."),
    ("pages join, and a line wraps across the page break",
     ["这一段文字还没有说完，继续写到了下一\n- 1 -", "2\n页才结束。"],
     "这一段文字还没有说完，继续写到了下一页才结束。"),
    ("page numbers go only at the top or bottom of a page",
     ["项目数量\n12\n全年共完成各类建设项目。\n第 3 页 共 10 页"],
     "项目数量\n12\n全年共完成各类建设项目。"),
]


@pytest.mark.parametrize("label,pages,text", LINE_REPAIRS, ids=[case[0] for case in LINE_REPAIRS])
def test_line_breaks_of_the_layout_are_repaired(label, pages, text):
    assert join_lines(pages) == text


def image_only(c):
    c.setFillColorRGB(0.8, 0.1, 0.1)
    c.rect(100, 400, 300, 200, fill=1)
    c.circle(300, 300, 50, fill=1)


def blank(c):
    pass


@pytest.mark.parametrize("draw", [image_only, blank], ids=["drawing without text", "blank pages"])
def test_a_pdf_without_a_text_layer_gives_E007(tmp_path, draw):
    path = tmp_path / "scan.pdf"
    c = canvas.Canvas(str(path))
    for _ in range(2):
        draw(c)
        c.showPage()
    c.save()
    with pytest.raises(DubanError) as caught:
        read_file(path)
    assert caught.value.code is E.E007
    assert str(caught.value) == f"{path}: no text layer: scanned PDF?"


CORRUPT = [
    ("truncated", lambda raw: raw[: len(raw) // 2]),
    ("only the header", lambda raw: raw[:9]),
    ("not a PDF at all", lambda raw: b"<html>an error page saved as .pdf</html>"),
    ("header then junk", lambda raw: b"%PDF-1.7\n" + bytes(range(1, 256)) * 20),
]


@pytest.mark.parametrize("label,spoil", CORRUPT, ids=[c[0] for c in CORRUPT])
def test_a_corrupt_pdf_gives_E008(tmp_path, label, spoil):
    raw = make_pdf(tmp_path / "good.pdf", report_pages()).read_bytes()
    path = tmp_path / "bad.pdf"
    path.write_bytes(spoil(raw))
    with pytest.raises(DubanError) as caught:
        read_file(path)
    assert caught.value.code is E.E008
    assert str(caught.value).startswith(f"{path}: not a valid PDF file: ")
