"""Items numbered ①②③ are read as headings and numbered, not a crash that loses the report.

Python counts ① as a digit (``"①".isdigit()``) but ``int("①")`` fails; the structure stage
once took the first for the second.
"""

import duban
from duban.structure.text import ordinal


def test_a_circled_number_is_an_ordinal():
    assert [ordinal(n) for n in "①②⑩"] == [1, 2, 10]
    assert ordinal("３") == 3  # a full-width digit is a decimal digit


def test_a_report_with_circled_items_gives_its_facts(tmp_path):
    path = tmp_path / "report.txt"
    path.write_text("一、工作回顾\n①项目建设。完成投资3亿元。\n②新建道路5公里。(1)民生。③发放补贴20万元。\n", encoding="utf-8")
    doc = duban.read(path)
    assert [(f.text, f.subject) for f in doc.facts] == [("3亿元", "投资"), ("5公里", "道路"), ("20万元", "补贴")]
