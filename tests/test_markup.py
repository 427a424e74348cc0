"""Markup a program left in a text (a page's HTML tags in a text dump, a forum's BBCode) is no part
of the report: the normalised view leaves the tags out, a line break standing for one that ends a
paragraph, and every fact still points at the original's characters."""

from __future__ import annotations

import pytest

import duban
from duban.clean.normalise import normalise_text


@pytest.mark.parametrize("original, view", [
    # a forum's BBCode around every character of a title, attributes with spaces inside
    ("[align=center][color=rgb(51, 51, 51)][size=3] [b]20[/b][b]2[/b][b]2[/b][b]年[/b][b]闻喜县统计公报[/b][/size]"
     "[/color][/align][align=center]  闻喜县统计局[/align]", "2022年闻喜县统计公报\n闻喜县统计局"),
    # a page's HTML in a text dump: a paragraph is a line, white space at a line's start left out
    ("<div> \n<p> <strong>1—7月全区</strong></p>\n<p> 来源:宁夏日报</p>\n正文", "1—7月全区\n来源:宁夏日报\n正文"),
    ("建筑面积3000m<sup>2</sup>,增长<font color=\"red\">19%</font>", "建筑面积3000m2,增长19%"),
    ("第一段<br>  第二段<br/>第三段", "第一段\n第二段\n第三段"),
    # a mis-decoded page turned each tag's < into ?
    ('水利建设情?/span>\n各类水利建设资?span lang="en-us">8000余万元', "水利建设情\n各类水利建设资8000余万元"),
    # negative: a question mark before a letter that opens no tag of two letters or a closing one stays
    ("是什么?p 值>0.05。为什么?b>1", "是什么?p 值>0.05。为什么?b>1"),
    # negative: an angle or a bracket that opens none of the tags stays
    ("PM2.5<35微克,文号[2023]5号,<<条例>>,[附件1]", "PM2.5<35微克,文号[2023]5号,<<条例>>,[附件1]"),
])
def test_markup_tags_are_left_out_of_the_view(original, view):
    assert normalise_text(original)[0] == view


def test_facts_read_through_markup_point_at_the_original():
    original = "<p>全年完成投资<b>12.5</b>亿元,同比增长<font color=\"red\">8.3%</font>。</p>"
    doc = duban.process(duban.Document(source="t.txt", original=original))
    assert [(f.value, f.unit, f.kind) for f in doc.facts] == [(1250000000.0, "元", "amount"), (8.3, "%", "change")]
    assert all(original[f.start : f.end] == f.text for f in doc.facts)


def test_a_title_spelled_out_tag_by_tag_gives_the_year():
    original = ("[align=center][size=3][b]20[/b][b]2[/b][b]2[/b][b]年[/b][b]闻喜县[/b][b]国民经济和社会发展统计公报[/b][/size]"
                "[/align][align=center]闻喜县统计局[/align][align=left]  2022年,面对复杂的国际环境,全县地区生产总值增长4.5%。[/align]")
    doc = duban.process(duban.Document(source="t.txt", original=original))
    assert doc.periods.get("review") == "2022"
