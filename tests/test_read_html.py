"""Reading HTML pages of government portals: the article as text, the page chrome left out."""

from __future__ import annotations

import pytest

from duban.document import MetaField
from duban.errors import DubanError, E
from duban.read import read_file
from duban.read.html import chrome_rules

# A county portal's article page: header, nav menu, breadcrumb, metadata table, the
# article with title, info line, body, a data table, share/print/close buttons, related
# links and a footer with the ICP number.
PORTAL_PAGE = """<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset={charset}">
<title>斋坛乡2024年工作总结和2025年工作计划_溧阳市人民政府</title>
<meta name="ArticleTitle" content="斋坛乡2024年工作总结和2025年工作计划">
<meta name="PubDate" content="2025-05-21 11:35">
<meta name="ContentSource" content="斋坛乡人民政府">
<meta name="Keywords" content="工作总结,工作计划">
<script>var tip = "请使用新版浏览器访问本站";</script>
<style>.nav {{ color: red }}</style>
</head>
<body>
<div class="header"><img src="logo.png" alt="logo"><span>溧阳市人民政府门户网站</span></div>
<div id="mainNav" class="nav">
  <ul><li><a href="/">首页</a></li><li><a href="/zwgk">政务公开</a></li><li><a href="/hdjl">互动交流</a></li></ul>
</div>
<div class="breadcrumb">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk">政务公开</a> &gt; 工作总结</div>
<div class="container">
  <table class="xxgk_table">
    <tr><td>索 引 号：</td><td>00266476_7/2025-20117</td><td>发布机构：</td><td>斋坛乡人民政府</td></tr>
    <tr><td>发布日期：</td><td>2025-05-21</td><td>主题分类：</td><td>综合政务</td></tr>
    <tr><td>文　　号：</td><td></td><td>公开方式：</td><td>主动公开</td></tr>
  </table>
  <div class="article">
    <h1 class="article-title">斋坛乡2024年工作总结和2025年工作计划</h1>
    <div class="info">发布时间：2025-05-21 &nbsp; 来源：斋坛乡人民政府 &nbsp; 浏览次数：<span>128</span></div>
    <div class="content" id="zoom">
      <p>2024年是新中国成立75周年，是实现“十四五”规划的攻坚之年。我们坚持以习近平新时代中国特色社会主义思想为指导，
      在县委、县政府和乡党委的正确领导下，奋力推动斋坛经济社会各项事业稳步发展。</p>
      <p><strong>一、2024年工作总结</strong></p>
      <p>全年完成地区生产总值12.5亿元，同比增长6.1%以上；<br>新建高标准农田3500亩。</p>
      <table border="1">
        <tr><th>指标</th><th>2023年</th><th>2024年</th></tr>
        <tr><td>财政收入（万元）</td><td>8200</td><td>8650</td></tr>
      </table>
      <p>二、2025年工作计划</p>
      <p>围绕“强富美高”目标，继续抓项目、育产业、提质量。</p>
    </div>
    <div class="share-bar">分享到：<a href="#">微信</a><a href="#">微博</a></div>
    <div class="tools"><a href="javascript:window.print()">打印</a> <a href="javascript:window.close()">关闭</a></div>
  </div>
  <div class="related"><h3>相关链接</h3><ul>
    <li><a href="/a">斋坛乡2023年工作总结和2024年工作计划</a></li>
    <li><a href="/b">关于印发乡村振兴实施方案的通知</a></li>
  </ul></div>
</div>
<div class="footer">主办单位：溧阳市人民政府办公室 &nbsp; 苏ICP备05000123号-1 &nbsp; 网站标识码：3204810001</div>
</body>
</html>
"""

PORTAL_TEXT = """索引号: 00266476_7/2025-20117
发布机构: 斋坛乡人民政府
发布日期: 2025-05-21
主题分类: 综合政务
公开方式: 主动公开
斋坛乡2024年工作总结和2025年工作计划
发布时间：2025-05-21 \xa0 来源：斋坛乡人民政府 \xa0 浏览次数：128
2024年是新中国成立75周年，是实现“十四五”规划的攻坚之年。我们坚持以习近平新时代中国特色社会主义思想为指导，\
在县委、县政府和乡党委的正确领导下，奋力推动斋坛经济社会各项事业稳步发展。
一、2024年工作总结
全年完成地区生产总值12.5亿元，同比增长6.1%以上；
新建高标准农田3500亩。
指标 | 2023年 | 2024年
财政收入（万元） | 8200 | 8650
二、2025年工作计划
围绕“强富美高”目标，继续抓项目、育产业、提质量。"""


def write(tmp_path, html: str, name: str = "page.html", encoding: str = "utf-8"):
    path = tmp_path / name
    path.write_bytes(html.encode(encoding))
    return path


def read_html_text(tmp_path, body: str) -> str:
    return read_file(write(tmp_path, f"<html><body>{body}</body></html>")).original


def test_a_portal_page_reads_as_its_article_with_metadata_table_lines_first(tmp_path):
    doc = read_file(write(tmp_path, PORTAL_PAGE.format(charset="utf-8")))
    assert doc.original == PORTAL_TEXT
    assert (doc.format, doc.encoding) == ("html", "utf-8")


def test_meta_tags_and_the_title_become_metadata_without_spans(tmp_path):
    doc = read_file(write(tmp_path, PORTAL_PAGE.format(charset="utf-8")))
    assert doc.metadata == [
        MetaField("html_title", "斋坛乡2024年工作总结和2025年工作计划_溧阳市人民政府"),
        MetaField("articletitle", "斋坛乡2024年工作总结和2025年工作计划"),
        MetaField("pubdate", "2025-05-21 11:35"),
        MetaField("contentsource", "斋坛乡人民政府"),
        MetaField("keywords", "工作总结,工作计划"),
    ]


@pytest.mark.parametrize("charset,encoding", [("gb2312", "gb18030"), ("GBK", "gb18030"), ("utf-8", "gb18030")])
def test_the_page_is_decoded_by_its_bytes_even_when_the_declared_charset_is_a_subset_or_wrong(
    tmp_path, charset, encoding
):
    doc = read_file(write(tmp_path, PORTAL_PAGE.format(charset=charset), encoding=encoding))
    assert doc.original == PORTAL_TEXT
    assert doc.encoding == "gb18030"


def test_a_utf8_page_that_declares_gb2312_is_still_read_as_utf8(tmp_path):
    doc = read_file(write(tmp_path, PORTAL_PAGE.format(charset="gb2312"), encoding="utf-8"))
    assert (doc.original, doc.encoding) == (PORTAL_TEXT, "utf-8")


@pytest.mark.parametrize("suffix", [".html", ".htm", ".HTML"])
def test_both_html_suffixes_are_read(tmp_path, suffix):
    assert read_file(write(tmp_path, "<p>工作总结</p>", name=f"a{suffix}")).original == "工作总结"


# (what the page holds, its body, the text read)
SNIPPETS = [
    ("br is a line break",
     "<p>第一行<br>第二行<br/>第三行</p>",
     "第一行\n第二行\n第三行"),
    ("block elements are lines",
     "<div>甲</div><p>乙</p><h2>丙</h2><ul><li>丁</li><li>戊</li></ul>",
     "甲\n乙\n丙\n丁\n戊"),
    ("inline elements stay in the line",
     "<p>增长<b>6.1</b>%，<span>居全市</span>第<em>2</em>位</p>",
     "增长6.1%，居全市第2位"),
    ("entities are decoded",
     "<p>投资&nbsp;12&#20159;元&amp;以上&lt;计划&gt;</p>",
     "投资\xa012亿元&以上<计划>"),
    ("source line breaks between Chinese characters vanish",
     "<p>坚持\n    以人民为中心</p>",
     "坚持以人民为中心"),
    ("other runs of spaces fold to one",
     "<p>GDP\n   增长 \t 6%</p>",
     "GDP 增长 6%"),
    ("table rows are lines of cells joined by |",
     "<table><tr><td>指标</td><td>数值</td></tr><tr><td>收入</td><td>8650</td></tr></table>",
     "指标 | 数值\n收入 | 8650"),
    ("empty cells are left out",
     "<table><tr><td>收入</td><td> </td><td>8650</td></tr></table>",
     "收入 | 8650"),
    ("a layout table cell keeps its paragraphs",
     "<table><tr><td><p>第一段。</p><p>第二段。</p></td></tr></table>",
     "第一段。\n第二段。"),
    ("script, style and noscript are dropped",
     "<p>正文</p><script>alert('广告')</script><style>p{}</style><noscript>请启用脚本</noscript>",
     "正文"),
    ("comments are dropped",
     "<p>正文<!-- 注释文字 -->继续</p>",
     "正文继续"),
    ("nav, header, footer and aside are dropped",
     "<header>网站名称</header><nav>首页</nav><p>正文内容</p><aside>热点新闻</aside><footer>版权所有</footer>",
     "正文内容"),
    ("form controls are dropped but not the form",
     "<form><input value='搜索'><button>搜索</button><p>正文内容</p></form>",
     "正文内容"),
    ("chrome is found by id or class words",
     "<div id='topMenu'>首页 政务公开</div><div class='dqwz'>当前位置：首页</div>"
     "<div class='sidebar-box'>专题专栏</div><div class='bdsharebuttonbox share'>分享到</div><p>正文内容</p>",
     "正文内容"),
    ("javascript links are buttons",
     "<p>正文内容</p><p><a href='javascript:window.print()'>【打印本页】</a>"
     "<a href='JavaScript:window.close()'>【关闭窗口】</a></p>",
     "正文内容"),
    ("text outside any element is kept",
     "前言<p>正文</p>后记",
     "前言\n正文\n后记"),
]


@pytest.mark.parametrize("label,body,text", SNIPPETS, ids=[s[0] for s in SNIPPETS])
def test_html_is_rendered_as_plain_text(tmp_path, label, body, text):
    assert read_html_text(tmp_path, body) == text


ARTICLE = "<p>" + "全镇经济社会发展取得了新的进步和成效。" * 10 + "</p>"


def test_the_main_content_is_the_block_with_most_chinese_text_outside_links(tmp_path):
    body = (
        "<div class='left'><ul><li><a href='/1'>关于做好春季农业生产工作的通知</a></li>"
        "<li><a href='/2'>关于开展安全生产大检查的通知</a></li></ul></div>"
        f"<div class='right'><div class='box'>{ARTICLE}</div><div class='pages'>上一篇 下一篇</div></div>"
    )
    assert read_html_text(tmp_path, body) == "全镇经济社会发展取得了新的进步和成效。" * 10


def test_the_title_heading_stays_with_the_article_it_heads(tmp_path):
    body = f"<div class='wrap'><h2>花桥镇2024年工作总结</h2><div class='txt'>{ARTICLE}</div></div>"
    assert read_html_text(tmp_path, body).split("\n")[0] == "花桥镇2024年工作总结"


def test_a_wrapper_whose_class_merely_mentions_a_chrome_word_is_not_dropped(tmp_path):
    body = f"<div class='page has-sidebar with-header'>{ARTICLE}</div><div class='sidebar'>热点</div>"
    assert read_html_text(tmp_path, body) == "全镇经济社会发展取得了新的进步和成效。" * 10


def test_a_metadata_table_inside_the_article_becomes_lines_in_place(tmp_path):
    body = (
        "<div class='article'><h1>工作计划</h1>"
        "<table><tr><td>索引号：</td><td>001/2025-01</td></tr><tr><td>成文日期：</td><td>2025年1月5日</td></tr></table>"
        f"{ARTICLE}</div>"
    )
    lines = read_html_text(tmp_path, body).split("\n")
    assert lines[:3] == ["工作计划", "索引号: 001/2025-01", "成文日期: 2025年1月5日"]


def test_a_metadata_table_with_label_and_value_in_one_cell_is_read(tmp_path):
    body = (
        "<table><tr><td>索引号：001/2025-01</td><td>发文字号：花政发〔2025〕3号</td></tr></table>"
        f"<div class='content'>{ARTICLE}</div>"
    )
    lines = read_html_text(tmp_path, body).split("\n")
    assert lines[:2] == ["索引号: 001/2025-01", "发文字号: 花政发〔2025〕3号"]


def test_a_table_with_one_metadata_label_is_an_ordinary_table(tmp_path):
    body = "<table><tr><td>发布日期</td><td>事项</td></tr><tr><td>1月5日</td><td>春耕</td></tr></table>"
    assert read_html_text(tmp_path, body) == "发布日期 | 事项\n1月5日 | 春耕"


def test_the_chrome_table_loads_with_every_kind_of_rule():
    rules = chrome_rules()
    assert set(rules) == {"tag", "class_word", "href_prefix", "meta_label"}
    assert {"script", "nav", "footer"} <= rules["tag"] and "form" not in rules["tag"]
    assert {"nav", "menu", "breadcrumb", "footer", "header", "share", "sidebar"} <= rules["class_word"]
    assert {"索引号", "发布机构", "发布日期", "成文日期", "文号", "主题分类", "公开方式"} <= rules["meta_label"]


BAD_PAGES = [
    ("only whitespace", b"  \n\t ", E.E003),
    ("markup without text", b"<html><head><title>x</title></head><body><div> </div></body></html>", E.E011),
    ("binary with NUL bytes", b"\x00\x01\x02\x00GIF89a\x00\x00" * 50, E.E004),
]


@pytest.mark.parametrize("label,raw,code", BAD_PAGES, ids=[p[0] for p in BAD_PAGES])
def test_a_bad_page_gives_its_catalogued_error(tmp_path, label, raw, code):
    path = tmp_path / "bad.html"
    path.write_bytes(raw)
    with pytest.raises(DubanError) as caught:
        read_file(path)
    assert caught.value.code is code
    assert str(caught.value) == f"{path}: {caught.value.reason}"
