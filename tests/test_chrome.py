"""Stage ``chrome``: page metadata and chrome leave the body, report text stays untouched."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from duban.clean.chrome import strip_chrome
from duban.clean.normalise import normalise
from duban.document import Document

from helpers import SERIES, SEEDS, seed, document


def clean(path_or_text: Path | str) -> Document:
    return document(path_or_text, strip_chrome, normalise)


def fields(doc: Document, name: str) -> list[str]:
    return [f.value for f in doc.metadata if f.name == name]


ALL_SEEDS = ["000", "001", "002", "003", "004"]
SERIES_FILES = sorted(SERIES.glob("*.txt"))


# -- metadata of each seed -------------------------------------------------------------------


def test_seed_000_header_line_with_several_pairs():
    doc = clean(seed("000"))
    assert fields(doc, "index_no") == ["00266476_7/2025-20117"]
    assert fields(doc, "publisher") == ["斋坛乡人民政府"]
    assert fields(doc, "published") == ["2025-05-21 11:35:44"]  # glued to 点击数:
    assert fields(doc, "clicks") == [""]
    assert fields(doc, "original_link") == [""]  # 点击查看源文件 is a button
    assert fields(doc, "policy_link") == [""]
    assert fields(doc, "attachment") == ["", ""]  # 附件: twice, empty


def test_seed_001_has_no_chrome():
    doc = clean(seed("001"))
    assert doc.metadata == [] and doc.chrome == [] and doc.warnings == []


def test_seed_002_pipe_table():
    doc = clean(seed("002"))
    assert fields(doc, "index_no") == ["1133102400268125XW/2024-104525"]
    assert fields(doc, "disclosure") == ["主动公开"]
    assert fields(doc, "written") == ["2024-01-10"]
    assert fields(doc, "publisher") == ["下各镇"]
    assert fields(doc, "category") == ["计划总结"]
    assert fields(doc, "source_site") == ["下各镇"]  # trailer 信息来源: 下各镇 |
    assert next(f.label for f in doc.metadata if f.name == "index_no") == "索 引 号"
    assert "|" not in doc.norm


def test_seed_003_breadcrumb_empty_doc_no_and_buttons():
    doc = clean(seed("003"))
    assert fields(doc, "breadcrumb") == ["首页 >> ... >> 规划计划"]
    assert fields(doc, "doc_no") == [""]
    assert fields(doc, "index_no") == ["11330723002601520C/2025-279923"]
    assert fields(doc, "publisher") == ["柳城畲族镇"]
    assert fields(doc, "published") == ["2025-08-12 15:15", "2025-08-12 15:15"]  # 公开日期 and 发布时间
    assert fields(doc, "source_site") == ["柳城畲族镇"]
    assert fields(doc, "clicks") == [""]  # 访问次数: 【字号 — the button is no value
    assert "font_size" in {f.name for f in doc.metadata}
    assert "share" in {f.name for f in doc.metadata}
    assert fields(doc, "file_name") == ["2024年上半年工作总结和下半年工作思路(柳城畲族镇)0726.docx"]


def test_seed_004_signature_byline_and_template_residue():
    doc = clean(seed("004"))
    assert fields(doc, "signature") == ["衡南縣花橋鎮人民政府"]  # as written, traditional
    assert fields(doc, "byline") == ["衡南縣花橋鎮人民政府"]
    assert fields(doc, "attachment") == [""]  # 附件下載:
    residue = [f for f in doc.metadata if f.name == "template_residue"]
    assert [f.value for f in residue] == ["关键词2"] * 3
    assert all(doc.original[f.span.start : f.span.end] == "关键词2" for f in residue)
    assert any(re.fullmatch(r"template residue '关键词2' at offset \d+ \(x3\)", w) for w in doc.warnings)
    assert doc.norm.count("关键词2") == 3  # residue is recorded, not removed
    assert "人民政府" not in doc.norm.splitlines()[-1]


# -- properties over every seed ---------------------------------------------------------------


@pytest.mark.parametrize("prefix", ALL_SEEDS)
def test_field_spans_point_at_their_values(prefix):
    path = seed(prefix)
    doc = clean(path)
    assert doc.original == path.read_text(encoding="utf-8")
    for f in doc.metadata:
        assert f.span is not None and 0 <= f.span.start <= f.span.end <= len(doc.original)
        if f.name != "breadcrumb":
            assert doc.original[f.span.start : f.span.end] == f.value


@pytest.mark.parametrize("prefix", ALL_SEEDS)
def test_no_chrome_left_in_norm(prefix):
    norm = clean(seed(prefix)).norm
    chrome_words = (
        "索引号",
        "索 引 号",
        "发布机构",
        "点击数",
        "访问次数",
        "附件",
        ".docx",
        "字号",
        "分享",
        "当前位置",
        "||",
    )
    for word in chrome_words:
        assert word not in norm, word


@pytest.mark.parametrize("prefix", ALL_SEEDS)
def test_chrome_spans_are_whole_lines(prefix):
    doc = clean(seed(prefix))
    for span in doc.chrome:
        assert span.start == 0 or doc.original[span.start - 1] == "\n"
        assert span.end == len(doc.original) or doc.original[span.end - 1] == "\n"


BODY = {  # the first and the last words of each report body, as normalised
    "000": ("斋坛乡2024年工作总结和2025年工作计划\n2024年工作总结\n2024年是新中国成立75周年", "再创新辉煌!"),
    "001": ("安民乡2023年工作总结和2024年工作思路要点\n过去一年,安民乡", "不断完善干部管育培全过程。"),
    "002": ("下各镇2023年工作总结和2024\n下各镇2023年工作总结和2024 工作思路 今年以来", "乡村振兴“头雁”队伍建设。"),
    "003": ("柳城畲族镇2024年上半年工作总结和下半年工作思路\n今年以来,柳城畲族镇", "坚决打造平安柳城!"),
    "004": ("花桥镇2024年工作总结和2025年工作计划\n风劲帆满图新志", "提升公共文化服务水平。"),
}


@pytest.mark.parametrize("prefix", ALL_SEEDS)
def test_body_untouched(prefix):
    doc = clean(seed(prefix))
    head, tail = BODY[prefix]
    assert doc.norm.startswith(head)
    assert doc.norm.endswith(tail)


# -- other layouts -----------------------------------------------------------------------------

PORTAL = """首页 > 政务公开 > 规划计划
某某县人民政府关于2023年工作总结和2024年工作计划的报告
发布时间：2024-01-15 10:20  来源：县政府办  浏览次数：1234  字体：[大 中 小]  【打印】【关闭】

2023年，我县坚持稳中求进工作总基调，全县经济社会保持平稳健康发展。
一、2023年工作总结
全年完成固定资产投资120亿元，增长8.2%。

某某县人民政府
2024年1月10日
网站地图 | 联系我们
主办单位：某某县人民政府办公室  湘ICP备12345678号
"""


def test_portal_page_header_buttons_signature_and_footer():
    doc = clean(PORTAL)
    assert fields(doc, "breadcrumb") == ["首页 > 政务公开 > 规划计划"]
    assert fields(doc, "published") == ["2024-01-15 10:20"]
    assert fields(doc, "source_site") == ["县政府办"]
    assert fields(doc, "clicks") == ["1234"]
    assert {"font_size", "print", "close"} <= {f.name for f in doc.metadata}
    assert fields(doc, "signature") == ["某某县人民政府"]
    assert fields(doc, "date") == ["2024年1月10日"]
    assert doc.norm.splitlines()[0].startswith("某某县人民政府关于")
    assert doc.norm.endswith("增长8.2%。")


def test_full_width_traditional_crlf_header():
    text = (
        "索引號：123/2024-1　　發布機構：某某鎮人民政府　　發布時間：2024-02-01點擊數：\r\n"
        "某某鎮2023年工作總結\r\n一年來，全鎮經濟穩中向好。\r\n附件：\r\n"
    )
    doc = clean(text)
    assert fields(doc, "index_no") == ["123/2024-1"]
    assert fields(doc, "publisher") == ["某某鎮人民政府"]
    assert fields(doc, "published") == ["2024-02-01"]
    assert fields(doc, "attachment") == [""]
    assert doc.norm == "某某镇2023年工作总结\n一年来,全镇经济稳中向好。"


def test_a_bulleted_list_of_fields():
    doc = clean("  • 索引号:11N000/ZK-2021-000006\n  • 发文单位:西红门镇\n  • 成文日期:2021-02-24\n"
                "  • 发布日期:2021-03-16\n西红门镇政府工作报告\n一年来,全镇经济稳中向好。\n")
    assert fields(doc, "publisher") == ["西红门镇"]
    assert (fields(doc, "written"), fields(doc, "published")) == (["2021-02-24"], ["2021-03-16"])
    assert doc.norm.startswith("西红门镇政府工作报告")


def test_a_metadata_table_printed_with_spaces_between_its_cells():
    doc = clean("欢迎访问本区人民政府网站!\n信息名称 2023年上半年工作总结及下半年工作计划\n索引号 11320482014141568L/2023-00025\n"
                "文件编号 发布机构 东城街道\n生成日期 2023-06-28 公开日期 2023-07-27\n\n今年以来,东城街道认真贯彻落实。\n")
    assert fields(doc, "title") == ["2023年上半年工作总结及下半年工作计划"]
    assert (fields(doc, "doc_no"), fields(doc, "publisher")) == ([""], ["东城街道"])
    assert (fields(doc, "written"), fields(doc, "published")) == (["2023-06-28"], ["2023-07-27"])
    assert "今年以来" in doc.norm and "索引号" not in doc.norm


@pytest.mark.parametrize("text", [
    # two lines opening on a label and a space are not yet a table: prose may open so
    "某镇2024年工作总结\n时间 过得很快,全镇上下团结奋进。\n来源 于群众的意见全部办结。\n",
    # a value as long as prose is no cell
    "标题 一\n日期 二\n摘要 " + "很长的一句话" * 20 + "\n",
])
def test_prose_opening_on_a_label_word_is_no_spaced_table(text):
    assert clean(text).metadata == []


def test_a_quoted_tables_rows_are_no_breadcrumb():
    # a breadcrumb goes on over a short line opening on > ; a table's row quoted with > holds cells and figures
    doc = clean("首页 > 政务公开\n> 通知公告\n基本数据 | |||\n> 全省国土面积 | 16.7万平方公里 | 占全国面积1.73% | |\n")
    assert "通知公告" not in doc.norm and "16.7万平方公里" in doc.norm


def test_a_document_sites_counts_of_a_file_are_chrome():
    doc = clean("某镇2025年工作总结.docx\n  • 约4.99千字\n  • 约 11页\n某镇2025年工作总结\n全年新建道路约12公里。\n")
    assert "千字" not in doc.norm and "11页" not in doc.norm and "约12公里" in doc.norm


def test_prose_with_a_colon_is_not_metadata():
    doc = clean("某镇2024年工作总结\n来源于群众的意见建议全部办结。\n时间:这是一个很长的句子" + "很长" * 50 + "。\n")
    assert doc.metadata == []


# -- the series files: scraper headers, portal footers, aggregator pages ---------------------



@pytest.mark.parametrize("path", SERIES_FILES, ids=lambda p: p.stem)
def test_series_chrome_out_of_norm(path):
    doc = clean(path)
    for word in (
        "ICP备",
        "网站标识码",
        "版权所有",
        "Public domain",
        "本作品是中华人民共和国的",
        "阅读排行",
        "标签云",
        "内容摘要",
        "来源URL",
        "发文单位",
        "责任编辑",
        "上一篇",
    ):
        assert word not in doc.norm, word
    assert len(doc.norm) > 10000


def test_series_scraper_header():
    doc = clean(SERIES / "baoding_2022.txt")
    assert fields(doc, "title") == ["2022年保定市政府工作报告"]
    assert fields(doc, "publisher") == ["保定市人民政府"]
    assert fields(doc, "published") == ["未知"]
    assert fields(doc, "url")[0].startswith("http://district.ce.cn/")
    assert fields(doc, "editor") == ["石兰兰"]
    assert doc.norm.startswith("――2022年1月23日在保定市第十六届人民代表大会第二次会议上")


def test_series_aggregator_header():
    doc = clean(SERIES / "qingyuan_2023.txt")
    assert fields(doc, "published") == ["2023-03-30"]  # 时间：2023-03-30????
    assert fields(doc, "author") == ["中国县域"]
    assert fields(doc, "source_site") == ["政府官网"]
    assert fields(doc, "clicks") == ["608"]  # 阅读：\n608
    assert fields(doc, "comments") == ["0"]
    assert fields(doc, "abstract")[0].startswith("政府工作报告——2023年1月13日")
    assert doc.norm.endswith("奋力谱写中国式现代化清苑场景新篇章!")


@pytest.mark.parametrize("name", ["hebei_2023.txt", "hebei_2024.txt"])
def test_series_second_copy_left_out(name):
    doc = clean(SERIES / name)
    assert any(w.startswith("second copy of the body") for w in doc.warnings)
    assert doc.norm.count("现在,我代表省人民政府向大会报告工作") == 1
    assert fields(doc, "breadcrumb") == ["首页 >> 领导之窗 >> 政府工作报告"]
    assert "省发展和改革委员会" not in doc.norm  # the portal's link lists


def test_series_wikisource_footer():
    doc = clean(SERIES / "national_2021.txt")
    assert doc.norm.endswith("实现中华民族伟大复兴的中国梦不懈奋斗!")
    assert doc.norm.startswith("政府工作报\n告\n")  # a title broken over two lines stays as written


def test_a_forums_welcome_banner_and_guest_notice_are_chrome():
    # (a line pattern that opens on any characters is tried: the quick test looks for its words anywhere)
    doc = clean("信宜-玉都风情网欢迎您的到来,注册后,您将能玩到更多好玩的功能!信宜人的网上家园。\n"
                "您需要 登录 才可以下载或查看,没有账号?注册会员\n"
                "茂名网讯 2016年,博贺镇从容应对各种严峻考验,全镇完成社会生产总值34.69亿元。\n")
    assert doc.norm.startswith("茂名网讯 2016年,博贺镇")


def test_a_portals_weather_widget_is_chrome_and_a_reports_temperatures_stay():
    doc = clean("星海湾街道天气、简介\n星海湾街道今天白天晴,最高气温8℃;夜间晴,最低气温4℃;\n"
                "11月15日沙河口星海天气 白天: 晴 8℃ 夜间:阴 4℃ ;\n"
                "星海街道办事处位于大连市沙河口区。全年白天平均气温12℃,夜间平均气温3℃。\n")
    assert doc.norm == "星海湾街道天气、简介\n星海街道办事处位于大连市沙河口区。全年白天平均气温12℃,夜间平均气温3℃。"


def test_an_abstract_the_body_never_repeats_is_body_text():
    # an aggregator's 摘要 repeats the opening (a field); a page's own 摘要 with figures of its own is its text
    own = clean("摘要:汝城县位于湖南省东南部,地处湘、粤、赣三省交界处,素有“鸡鸣三省,水注三江”之称,是湖南通粤达海的“南大门”。"
                "全县土地面积2400平方公里,辖14个乡镇,人口40万。\n(一)扶贫情况\n这一年,我们打好了三大攻坚战。\n")
    assert fields(own, "abstract") == [] and "2400平方公里" in own.norm
    repeated = clean("摘要:\n政府工作报告——2023年1月13日在清苑区第三届人民代表大会第三次会议上各位代表:现在,我代表区政府向大会作工作报告。"
                     "一、2022年政府工作回顾......\n政府工作报告\n——2023年1月13日在清苑区第三届人民代表大会第三次会议上\n各位代表:\n")
    assert fields(repeated, "abstract") and repeated.norm.startswith("政府工作报告")


def test_a_welcome_without_a_sign_in_is_no_banner():
    doc = clean("欢迎您的到来,全镇上下团结奋进。\n2016年,博贺镇完成社会生产总值34.69亿元。\n")
    assert doc.norm.startswith("欢迎您的到来")


def test_a_portals_ipv6_banner_and_a_disclosure_table_of_form_scope_and_validity_are_chrome():
    doc = clean("网站支持IPv6无锡市滨湖区人民政府  欢迎您!\n蠡园开发区(蠡园街道)2022年上半年工作总结\n"
                "信息索引号 014028901/2022-05909 生成日期 2022-08-18 公开日期 2022-08-18\n"
                "文件编号 公开时限 长期公开 发布机构 无锡市滨湖区蠡园街道办事处\n"
                "公开形式 网站 公开方式 主动公开 公开范围 面向社会\n"
                "有效期 长期 公开程序 部门编制,经办公室审核后公开 体裁 其他\n"
                "今年以来,蠡园街道紧盯经济发展目标。\n")
    assert doc.norm.startswith("蠡园开发区(蠡园街道)2022年上半年工作总结\n今年以来")
    assert fields(doc, "publisher") == ["无锡市滨湖区蠡园街道办事处"]
    assert fields(doc, "validity") == ["长期"]


def test_a_portals_bar_of_links_to_the_portals_above_it_is_chrome():
    doc = clean("中国政府网  |   山西省政府  |   长治市政府 今天是\n长治市屯留区统计局在线访谈\n欢迎访问在线访谈栏目。\n")
    assert doc.norm.startswith("长治市屯留区统计局在线访谈")
    # a sentence that names governments, or a table's row of them with figures, is no bar
    kept = clean("省政府、市政府、县政府共投入资金300万元。\n| 市政府 | 区政府 |\n| 100 | 200 |\n")
    assert kept.norm.startswith("省政府、市政府") and "| 市政府 | 区政府 |" in kept.norm


def test_a_line_of_search_engine_spam_is_chrome_and_a_line_with_a_sentence_is_not():
    doc = clean("99国产精品久久_波多野一级片_日本一区二区三区四区在线_久久久久黄_中文字幕\n"
                "三和集镇2023年上半年工作总结\n今年以来,全镇完成固定资产投资1.2亿元。\n")
    assert doc.norm.startswith("三和集镇2023年上半年工作总结")
    kept = clean("文件_通知_公告_要闻,全镇完成投资1.2亿元\n")
    assert kept.norm.startswith("文件_通知")


def test_a_share_widget_above_the_headline_keeps_the_headline_and_a_box_of_targets():
    doc = clean("·\n分享到:\n五大关键词阐释盐田今年工作重点\n来源:南方都市报 2022年04月19日\n"
                "  盐田今年经济社会发展主要预期目标\n  ◎地区生产总值增长7%左右\n  ◎一般公共预算收入增长5%以上\n"
                "  4月18日上午,盐田区第六届人民代表大会第二次会议召开。区长代表区人民政府向大会作工作报告。\n")
    assert "五大关键词阐释盐田今年工作重点" in doc.norm and "◎地区生产总值增长7%左右" in doc.norm
    assert "分享到" not in doc.norm
    # negative: below the body a share widget takes the link list after it
    doc = clean("4月18日上午,盐田区第六届人民代表大会第二次会议召开。区长代表区人民政府向大会作工作报告。\n"
                "分享到:\n微信\n微博\nQQ空间\n")
    assert "微博" not in doc.norm


def test_a_taiwan_sites_counter_of_visits_is_chrome_not_a_figure():
    doc = clean("泰安鄉公所新辦公大樓動土\n斥資7800萬興建。\n網站點閱次數:65,709,328 次\n")
    assert "65,709,328" not in doc.norm
