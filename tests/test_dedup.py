"""De-duplication leaves out only what is said twice word for word.

A stretch of body is left out only when, after normalisation, it is identical to another
stretch (or to a part of one); every such drop is a warning with its span, shown by
`duban show` and the document page. A copy that differs is kept whole and flagged.
"""

from __future__ import annotations

import re

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from duban.clean.chrome import first_containers
from duban.cli.main import app
from duban.pipeline import process
from helpers import document, seed

REPORT = seed("001").read_text(encoding="utf-8")
OTHER = seed("004").read_text(encoding="utf-8")  # opens with its title, as 001 does: no header line between
PUBLISHED = "发布时间：2024-01-15 10:30"
BOILERPLATE = ("为深入贯彻落实党的二十大精神，全面贯彻习近平新时代中国特色社会主义思想，按照县委、县政府的统一部署，"
               "现将本乡镇一年来的工作情况和下一年度的工作安排报告如下，请予审议，并请各位委员和列席人员提出意见。"
               "各项工作在全体干部群众的共同努力下取得了新的进展。")


def every_figure_changed(text: str) -> str:
    return re.sub(r"\d+", lambda m: str(int(m.group()) + 1), text)


def facts(text: str) -> list[tuple[str, float | None, str]]:
    return [(f.text, f.value, f.unit) for f in process(document(text)).facts]


def test_the_boilerplate_is_long():
    assert len(BOILERPLATE) >= 113


# (case, the file's text, the texts whose facts must all be kept)
CASES = [
    ("report, 发布时间 line, the same report with every figure changed",
     f"{REPORT}\n{PUBLISHED}\n{every_figure_changed(REPORT)}", [REPORT, every_figure_changed(REPORT)]),
    ("two reports opening with the same long boilerplate paragraph",
     f"{BOILERPLATE}\n{REPORT}\n{PUBLISHED}\n{BOILERPLATE}\n{OTHER}", [f"{BOILERPLATE}\n{REPORT}", f"{BOILERPLATE}\n{OTHER}"]),
    ("two reports opening with the same boilerplate, no line between",
     f"{BOILERPLATE}\n{REPORT}\n{BOILERPLATE}\n{OTHER}", [f"{BOILERPLATE}\n{REPORT}", f"{BOILERPLATE}\n{OTHER}"]),
    ("the same report with one figure changed",
     f"{REPORT}\n{PUBLISHED}\n{REPORT.replace('6条红色旅游', '7条红色旅游')}", [REPORT, REPORT.replace("6条红色旅游", "7条红色旅游")]),
]


@pytest.mark.parametrize("label,text,parts", CASES, ids=[c[0] for c in CASES])
def test_a_copy_that_differs_is_kept_with_all_its_facts(label, text, parts):
    doc = process(document(text))
    got = sorted((f.text, f.value, f.unit) for f in doc.facts)
    want = sorted(fact for part in parts for fact in facts(part))
    assert len(want) > 50
    assert got == want
    assert not any(w.startswith("second copy") for w in doc.warnings)


@pytest.mark.parametrize("label,text", [
    ("every figure changed", f"{REPORT}\n{PUBLISHED}\n{every_figure_changed(REPORT)}"),
    ("one figure changed", f"{REPORT}\n{PUBLISHED}\n{REPORT.replace('6条红色旅游', '7条红色旅游')}"),
    ("the same boilerplate opening", f"{BOILERPLATE}\n{REPORT}\n{PUBLISHED}\n{BOILERPLATE}\n{REPORT[:-400]}安民乡"),
])
def test_a_copy_that_differs_is_flagged_with_both_spans(label, text):
    doc = process(document(text))
    (flag,) = [w for w in doc.warnings if "differs from it: both kept" in w]
    first, second = [tuple(map(int, m)) for m in re.findall(r"\[(\d+), (\d+)\)", flag)][::-1]
    assert first[0] < second[0]
    assert PUBLISHED not in text[first[0]:first[1]] and PUBLISHED not in text[second[0]:second[1]]


def test_different_reports_are_not_flagged():
    doc = process(document(f"{REPORT}\n{PUBLISHED}\n{OTHER}"))
    assert not any("both kept" in w or w.startswith("second copy") for w in doc.warnings)


def test_an_identical_copy_is_left_out_with_a_warning_naming_its_span():
    text = f"{REPORT}\n{PUBLISHED}\n{REPORT}"
    doc = process(document(text))
    assert len(doc.facts) == len(facts(REPORT))
    (warning,) = [w for w in doc.warnings if w.startswith("second copy")]
    start, end = map(int, re.search(r"at \[(\d+), (\d+)\)", warning).groups())
    assert text[start:end].strip() == REPORT.strip()
    assert start > len(REPORT)


def test_a_copy_identical_after_normalisation_is_left_out():
    copy = REPORT.replace("，", ",").replace("\n", "\n\n").replace("（", "(")  # full-width vs half-width, blank lines
    doc = process(document(f"{REPORT}\n{PUBLISHED}\n{copy}"))
    assert len(doc.facts) == len(facts(REPORT))
    assert sum(w.startswith("second copy") for w in doc.warnings) == 1


def test_a_copy_that_is_part_of_a_longer_one_is_left_out_and_the_longer_kept():
    first_half = REPORT[: REPORT.index("\n", len(REPORT) // 2)]
    doc = process(document(f"{first_half}\n{PUBLISHED}\n{REPORT}"))
    assert len(doc.facts) == len(facts(REPORT))
    (warning,) = [w for w in doc.warnings if w.startswith("second copy")]
    assert warning.startswith("second copy of the body at [0, ")


def test_the_drop_is_shown_by_duban_show_and_on_the_document_page(tmp_path):
    from fastapi.testclient import TestClient

    from duban.web import create_app

    report = tmp_path / "twice.txt"
    report.write_text(f"{REPORT}\n{PUBLISHED}\n{REPORT}", encoding="utf-8")
    db = tmp_path / "duban.db"
    runner = CliRunner()
    assert runner.invoke(app, ["ingest", str(report), "--db", str(db)]).exit_code == 0
    shown = runner.invoke(app, ["show", "1", "--db", str(db)], env={"COLUMNS": "200"})
    assert shown.exit_code == 0
    match = re.search(r"second copy of the body at \[(\d+), (\d+)\)", shown.output)
    assert match
    page = TestClient(create_app(db)).get("/documents/1")  # the page says it in Chinese, at the same offsets
    assert page.status_code == 200 and f"正文重复出现：第 {match[1]}–{match[2]} 字处的第二份" in page.text


SENTENCES = ["全乡粮食播种面积1.2万亩。", "新建村道8公里！", "完成投资3亿元；", "群众满意度明显提升。", "项目建设稳步推进？",
             "各项工作取得新进展。", "一", "二。"]


def _first_containers_plainly(texts: list[str]) -> list[int | None]:
    kept: list[int] = []
    out: list[int | None] = []
    for i, text in enumerate(texts):
        container = next((k for k in kept if text in texts[k]), None)
        out.append(container)
        if container is None:
            kept.append(i)
    return out


@settings(max_examples=300, deadline=None)
@given(st.lists(st.lists(st.sampled_from(SENTENCES), max_size=12).map("".join), max_size=12))
@example(["甲。" + "乙" * 12 + "。丙", "乙" * 12, "甲。" + "乙" * 12])  # a copy held inside a longer text
def test_which_stretch_a_copy_belongs_to_is_found_as_trying_every_kept_stretch_would(texts):
    texts = sorted(texts, key=lambda t: -len(t))  # as the stripper orders them: the longer first
    assert first_containers(texts) == _first_containers_plainly(texts)


def test_many_reports_in_one_file_are_not_compared_each_with_every_other():
    # a file of 400 different reports: each stretch is tried against few others, not all kept ones
    texts = [f"第{i}份报告。全乡完成投资{i}亿元。新建村道{i}公里。" * 3 for i in range(400)]
    calls = 0

    class Counting(str):
        def __contains__(self, other):
            nonlocal calls
            calls += 1
            return str.__contains__(self, other)

    assert first_containers([Counting(t) for t in texts]) == [None] * 400
    assert calls < 400 * 5
