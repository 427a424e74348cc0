"""A PDF made from a report has the same parts and sections as the report's text.

Each seed is laid out as a word processor would print it (reportlab, STSong-Light, lines
filling the text width, page numbers at the foot), read back through the PDF reader and the
whole pipeline, and its parts and outline compared with those of the seed's .txt. A heading
line (一、 (二) 三是 …) after a line that fills the width without a sentence end is the case
that used to be glued to the line before.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from duban.clean.lines import wraps
from duban.pipeline import process
from duban.read import read_file
from helpers import SEEDS

pytest.importorskip("reportlab")
from reportlab.pdfbase import pdfmetrics  # noqa: E402
from reportlab.pdfbase.cidfonts import UnicodeCIDFont  # noqa: E402
from reportlab.pdfgen import canvas  # noqa: E402

FONT, SIZE, LEFT, TOP, BOTTOM, LEADING = "STSong-Light", 11, 72, 770, 72, 16
# Text widths (points) at which, before headings were kept off the line before, seeds 000, 001 and
# 003 lost or changed sections. (At 260 and 220 a line ending with 。 at the margin, or a heading
# running 25+ characters into the next line, still changes one nesting level or title.)
WIDTHS = [240, 300, 360, 420]
pdfmetrics.registerFont(UnicodeCIDFont(FONT))
SEED_FILES = sorted(SEEDS.glob("*.txt"))


def wrap(text: str, width: float) -> list[str]:
    lines, line = [], ""
    for ch in text:
        if pdfmetrics.stringWidth(line + ch, FONT, SIZE) > width:
            lines.append(line)
            line = ""
        line += ch
    return lines + [line] if line else lines


def print_to_pdf(text: str, path: Path, width: float) -> Path:
    lines = [piece for paragraph in text.split("\n") if paragraph.strip() for piece in wrap(paragraph.strip(), width)]
    per_page = int((TOP - BOTTOM) / LEADING)
    c = canvas.Canvas(str(path))
    for number, start in enumerate(range(0, len(lines), per_page), 1):
        c.setFont(FONT, SIZE)
        for i, line in enumerate(lines[start : start + per_page]):
            c.drawString(LEFT, TOP - i * LEADING, line)
        c.drawCentredString(297, 40, f"- {number} -")
        c.showPage()
    c.save()
    return path


def outline(doc) -> list[tuple[int, str, str]]:
    return [(s.level, s.marker, s.title) for top in doc.sections for s in top.walk()]


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("seed", SEED_FILES, ids=lambda p: p.name[:3])
def test_a_pdf_of_a_report_has_the_parts_and_sections_of_its_text(tmp_path, seed, width):
    text = seed.read_text(encoding="utf-8")
    from_text = process(read_file(seed))
    from_pdf = process(read_file(print_to_pdf(text, tmp_path / "report.pdf", width)))
    assert [p.kind for p in from_pdf.parts] == [p.kind for p in from_text.parts]
    assert outline(from_pdf) == outline(from_text)
    assert len(outline(from_text)) >= 5


FULL = "过去一年，全镇上下坚持稳中求进工作总基调，统筹推进经济社会各项事业取得了新的成效和进"  # a full line, no 。


# (the line after a full line without a sentence end, whether it goes on that line)
FOLLOWING = [
    ("(二)着力推进乡村振兴", False),
    ("（二）着力推进乡村振兴", False),
    ("二、2025年工作安排", False),
    ("第二部分 存在的问题", False),
    ("三是强化安全生产。", False),
    ("2.抓好项目建设", False),
    ("①完成道路硬化", False),
    ("展，地区生产总值增长6.1%。", True),
    ("1.5亿元，同比增长8%。", True),
    ("二〇二四年的工作成效明显。", True),
]


@pytest.mark.parametrize("following,goes_on", FOLLOWING, ids=[f[0] for f in FOLLOWING])
def test_a_heading_line_never_continues_the_line_before(following, goes_on):
    full = len(FULL) * 2
    assert wraps(FULL, following, full) is goes_on


# (a full line without a sentence end, the line after it, whether it goes on that line)
HEADING_LINES = [
    ("a heading filling the line, then its paragraph",
     "(一)深化转型升级,加速产业发展融合提档，推动全镇经济高质量发展再上新台阶", FULL, False),
    ("a long heading wrapping into a short line",
     "(一)深化转型升级,加速产业发展融合提档，推动全镇经济高质量发展再上新台阶", "和新水平", True),
    ("a long inline heading ending early in the next line, its paragraph after it",
     "(二)聚势赋能,实施“三大类项目”夯实柳城发展基础加速起势特色产业,确保强村项目",
     "后劲足。推动宣莲产业从单纯农业生产型向经济型、生态型多功能发展,打造“春售藕", True),
    ("a paragraph opening with a heading phrase and a sentence",
     "(一)抓好产业发展。全年新建高标准农田3500亩，完成农村公路建设48公里，新", FULL, True),
    ("a 一是 paragraph running on", "一是深挖红色资源优势，推出6条红色旅游精品线路，先后入选全国建党百年红色旅游", FULL, True),
]


@pytest.mark.parametrize("line,following,goes_on", [h[1:] for h in HEADING_LINES], ids=[h[0] for h in HEADING_LINES])
def test_a_heading_line_that_fills_the_width_goes_on_only_into_a_short_line(line, following, goes_on):
    full = len(FULL) * 2
    assert wraps(line, following, full) is goes_on
