"""Commitments: what a plan part promises, read clause by clause (docs/tracking.md).

The cases are written as the sentences reports use; each names the rule it shows.
"""

from __future__ import annotations

import pytest
from helpers import SERIES, seed

from duban.clean.normalise import normalise
from duban.document import Document, Part, Span
from duban.extract.commitments import Commitment, deadline_of, extract_commitments
from duban.pipeline import DEFAULT_STAGES, process
from duban.read import read_file
from duban.registry import stages


def plan(text: str, period: str = "2025", before: str = "") -> list[Commitment]:
    """The commitments of ``text`` standing as a plan part (after ``before``, a review part)."""
    original = before + text
    doc = Document(source="<text>", original=original)
    normalise(doc)
    doc.parts = [Part("plan", Span(len(before), len(original)), period=period)]
    if before:
        doc.parts.insert(0, Part("review", Span(0, len(before)), period=str(int(period) - 1)))
    doc.periods = {"plan": period}
    return extract_commitments(doc).commitments


def targets(text: str, **kw) -> list[Commitment]:
    return [c for c in plan(text, **kw) if c.has_target]


def test_the_stage_is_registered_after_quantities():
    assert "commitments" in stages
    assert DEFAULT_STAGES.index("commitments") == DEFAULT_STAGES.index("quantities") + 1


# -- targets: which quantity of a clause is the target --------------------------------------------
@pytest.mark.parametrize("text, expected", [
    ("新建改造高标准农田320万亩。", [("320万亩", "高标准农田")]),
    ("地区生产总值增长6%左右。", [("增长6%左右", "地区生产总值")]),
    # the lead of a list of targets names nothing
    ("2024年全区经济社会发展的主要预期目标是地区生产总值增长6%以上。", [("增长6%以上", "地区生产总值")]),
    ("新增高新技术企业60家、科技型中小企业500家。", [("60家", "高新技术企业"), ("500家", "科技型中小企业")]),
    ("创建400个美丽乡村，200个以上通过省级验收。", [("400个", "美丽乡村"), ("200个以上", "美丽乡村省级验收")]),
    ("提速总投资152.8亿元的32个省、市重点项目建设。", [("32个", "省、市重点项目")]),  # 的: a modifier
    ("全省超百亿元特色产业集群达到90个。", [("达到90个", "全省超百亿元特色产业集群")]),  # a measure as adjective
    ("将增值税起征点从月销售额10万元提高到15万元。", [("提高到15万元", "增值税起征点")]),  # 从…: a baseline
    ("新创建1个“美丽庭院”试点村和3个“清洁村庄”。", [("1个", "美丽庭院试点村"), ("3个", "清洁村庄")]),
    ("完成省定20项民心工程。", [("20项", "省定民心工程")]),
])
def test_each_target_and_what_it_counts(text, expected):
    got = [(c.target_text, c.object) for c in targets(text)]
    assert got == expected


@pytest.mark.parametrize("text", [
    "重点做好八个方面工作。",  # numbers in words count the report's own items
    "以县后、县前两个省级示范村为标杆，打造战斗堡垒。",  # 以…为: the means, not a commitment
    "抓好保定、沧州等6个国家物流枢纽承载城市建设。",  # 等N个: the size of a list just given
    "推进项目建设，总投资5942亿元。",  # 总投资: describes the projects
    "将3岁以下婴幼儿照护费用纳入专项附加扣除。",  # N以下 + noun: a class of things, not a target
])
def test_quantities_that_are_not_targets(text):
    assert targets(text) == []


def test_comparators_as_written():
    by_target = {c.target_text: c for c in targets(
        "居民消费价格指数涨幅控制在3%左右，新建“四好农村路”不少于20公里，力争国家科技型中小企业达到8000家。")}
    assert by_target["涨幅控制在3%左右"].comparator == "控制在…左右"
    assert by_target["不少于20公里"].comparator == "不少于"
    assert by_target["达到8000家"].comparator == "达到"


@pytest.mark.parametrize("text, strength", [
    ("确保粮食总产740亿斤以上。", "binding"),
    ("力争引进1个投资100亿元以上的大项目。", "aspirational"),
    ("新增设施农业2万亩。", "binding"),  # a figure to reach is binding even without a strength word
    ("完成东溪流域治理项目初步设计工作。", "binding"),
    ("争取年内启动工程建设。", "aspirational"),
])
def test_strength(text, strength):
    assert plan(text)[0].strength == strength


@pytest.mark.parametrize("text, deadline", [
    ("年内新增国家高新技术企业800家。", "2025"),
    ("三季度完成工程量50%。", "2025Q3"),
    ("6月底前完成主体验收。", "2025-06"),
    ("到2027年建成智慧社区30个。", "2027"),
    ("新建口袋公园100个。", ""),
])
def test_deadline(text, deadline):
    assert plan(text)[0].deadline == deadline


def test_deadline_words_are_a_table_with_templates():
    assert deadline_of("明年完成", 2024) == "2025"
    assert deadline_of("下半年启动", 2024) == "2024H2"
    assert deadline_of("十一月底前完成", 2024) == "2024-11"
    assert deadline_of("今后五年", 2023) == "2027"
    assert deadline_of("二、明年工作计划", 2024, title=True) == ""  # a title naming the part's own period
    assert deadline_of("二、今后五年政府工作总体安排", 2023, title=True) == "2027"
    assert deadline_of("加快推进", 2024) == ""


@pytest.mark.parametrize("text, action, obj", [
    ("新建口袋公园。", "新建", "口袋公园"),
    ("年内出台促进民营经济发展的若干办法。", "出台", "若干办法"),
    ("完成东溪流域治理项目初步设计工作。", "完成", "东溪流域治理项目初步设计"),
    ("加快建成城东污水处理厂。", "建成", "城东污水处理厂"),
    ("河北中国医学科学院肿瘤医院建成投用。", "建成投用", "河北中国医学科学院肿瘤医院"),  # the verb closing the clause
    ("5月底前完成二期项目签约、腾退、拆迁。", "完成", "二期项目签约、腾退、拆迁"),  # a dated finish
    ("建设职教园区。", "建设", "职教园区"),
])
def test_a_clause_without_a_figure_is_a_commitment_when_it_names_a_deliverable(text, action, obj):
    (c,) = plan(text)
    assert (c.action, c.object, c.has_target) == (action, obj, False)


@pytest.mark.parametrize("text", [
    "平稳有序推进村级组织换届工作。",  # ongoing work, nothing finished
    "加快构建新发展格局。",  # an abstraction
    "坚持稳中求进工作总基调。",  # a slogan
    "完善基础设施。",  # no verb with an end
    "建立健全长效机制。",  # a finish verb, but a mechanism is no deliverable
    "支持国际陆港建设。",  # support, no delivery
    "谋划保障性安居工程建设。",  # planning a plan
    "建设美丽宜居农村。",  # the countryside is no deliverable
    "年内完成改革任务。",  # a year alone does not date an abstraction
])
def test_headings_slogans_and_policy_lines_are_no_commitments(text):
    assert plan(text) == []


def test_a_section_heading_is_no_commitment():
    text = ("某镇2024年工作总结和2025年工作计划\n一、2024年工作总结\n完成村道3公里。\n"
            "二、2025年工作计划\n（一）新建项目园区\n新建城东公园。\n")
    doc = process(Document(source="<text>", original=text))
    assert [c.text for c in doc.commitments] == ["新建城东公园"]


def test_an_object_naming_an_attribute_takes_the_topic_of_its_sentence():
    found = targets("加速推进年度投资1000万元的美术研学基地项目，完成工程量60%以上。")
    assert [(c.object, c.target_text) for c in found] == [("美术研学基地项目工程量", "60%以上")]


def test_a_topic_frame_names_what_the_figures_after_it_measure_one_to_one_after_respectively():
    found = targets("在固定资产投资、社会消费品零售总额、进出口方面,分别保持增长20%、13%和14%以上。")
    assert [(c.object, c.target_text) for c in found] == [
        ("固定资产投资", "增长20%"), ("社会消费品零售总额", "13%"), ("进出口", "14%以上")]
    assert [c.object for c in targets("在固定资产投资方面,保持增长20%。")] == ["固定资产投资"]


def test_plan_like_sentences_outside_plan_parts():
    cs = plan("二、明年计划\n修缮村道。", before="一、今年工作\n完成村道3公里。下半年，我们将新建文化礼堂2个。\n")
    assert [c.target_text for c in cs if c.part == "review"] == ["2个"]
    # the year a future word stands for may be written inside it, in brackets (今(2024)年将…)
    cs = plan("二、明年计划\n修缮村道。", before="一、去年工作\n完成村道3公里。今(2024)年将新建文化礼堂2个。\n")
    assert [c.target_text for c in cs if c.part == "review"] == ["2个"]
    # the words that open the plan year's targets make a sentence plan-like without a future word (a news
    # item on the report: 主要预期目标是:…); a review's sentence that looks back at them is still no plan
    cs = plan("二、明年计划\n修缮村道。", before="一、报告提出\n主要预期目标是:全市生产总值增长6%以上,固定资产投资增长6.5%左右。\n")
    assert [c.target_text for c in cs if c.part == "review"] == ["增长6%以上", "增长6.5%左右"]
    cs = plan("二、明年计划\n修缮村道。", before="一、去年工作\n全面完成了年初确定的主要预期目标,全市生产总值增长6%。\n")
    assert [c.target_text for c in cs if c.part == "review"] == []
    # … and 预期目标,包括 lists them too (a Hong Kong paper's report of a city's session, its normalised view simplified)
    cs = plan("二、明年計劃\n修繕村道。", before="一、報告指出\n報告又提出今(2024)年經濟社會發展的各項預期目標,包括預期今年"
              "GDP增長6%,規模以上工業增加值增長8%,外貿進出口總額增長2%等。\n")
    assert [c.target_text for c in cs if c.part == "review"] == ["增長6%", "增長8%", "增長2%"]


def test_retrospective_paragraphs_and_notes_in_a_plan_part_are_skipped():
    text = ("过去五年，城镇新增就业超过6000万人。\n今年新增就业80万人。\n"
            "名词解释\n[1]“三步走”：到2025年GDP超过5000亿元。\n")
    assert [c.target_text for c in targets(text)] == ["80万人"]


def test_a_clause_repeated_by_the_page_is_one_commitment():
    assert len(targets("新建口袋公园100个。\n新建口袋公园100个。")) == 1


def test_offsets_ground_every_commitment_in_the_original():
    for c in plan("今年经济社会发展的主要预期目标是：地区生产总值增长６％左右；新增學位2.7萬個。"):
        assert c.text and c.start < c.end
        if c.has_target:
            assert c.start <= c.target_start < c.target_end <= c.end
    by_target = {c.target_text: c for c in targets("地区生产总值增长６％左右；新增學位2.7萬個。")}
    assert set(by_target) == {"增长６％左右", "2.7萬個"}
    assert by_target["2.7萬個"].object == "學位"[:0] + "学位" and by_target["2.7萬個"].target_value == 27000


# -- on real reports --------------------------------------------------------------------------------
@pytest.fixture(scope="module")
def seed003():
    return process(read_file(seed("003")))


def test_seed_003_plans_the_second_half_year(seed003):
    c = next(c for c in seed003.commitments if c.target_text.endswith("6600亩"))
    assert c.text == "确保今年种植规模达6600亩"
    assert seed003.original[c.start : c.end] == c.text
    assert (c.strength, c.comparator, c.target_value, c.target_unit) == ("binding", "达", 6600, "亩")
    assert c.deadline == "2024"  # 今年, in a plan for 2024H2
    assert "种植规模" in c.object and "宣莲" in c.object
    growth = next(c for c in seed003.commitments if c.target_text.endswith("10%以上"))
    assert (growth.target_kind, growth.comparator, growth.object) == ("change", "以上", c.object)
    assert all(x.part == "plan" and x.deadline in ("", "2024", "2024H2") for x in seed003.commitments)


def test_as_dict_is_plain_and_offsets_hold_on_every_seed_and_series_file():
    paths = [seed(p) for p in ("000", "001", "002", "003", "004")]
    paths += sorted(SERIES.glob("*.txt"))
    for path in paths:
        doc = process(read_file(path))
        # every report with figures in its plan has commitments; seed 004's plan has neither figures
        # nor deliverables (强经济，增动能 …: policy lines only)
        assert doc.commitments or path.name.startswith("004_"), path.name
        for c in doc.commitments:
            assert doc.original[c.start : c.end] == c.text
            if c.has_target:
                assert doc.original[c.target_start : c.target_end] == c.target_text
            d = c.as_dict()
            assert d["text"] == c.text and isinstance(d["section"], list)


# -- targets the way reports also write them ---------------------------------------------------------
@pytest.mark.parametrize("text, expected", [
    ("新建三所幼儿园。", [("三所", "幼儿园")]),  # a count in words right after a verb
    ("建成幼儿园三所。", [("三所", "幼儿园")]),  # … or closing a clause a verb opens
    ("新建实验小学、第二中学等5所学校。", [("5所", "学校")]),  # a counted list delivered
    ("新增城镇就业5000人、农村劳动力转移就业5000人。",  # two equal figures in one clause are two
     [("5000人", "新增城镇就业"), ("5000人", "农村劳动力转移就业")]),
    ("超额完成播种8万亩的任务。", [("8万亩", "播种")]),  # a figure before 的任务 is the task's size
    ("全力打造共富工坊10个。", [("10个", "共富工坊")]),  # 共 opens the word 共富: not stripped
    # a share of the units covered (60%的县) is a target; the bracketed remark is cut off
    ("将免费孕前优生健康检查试点范围扩大到60%的县（市、区）。", [("扩大到60%", "免费孕前优生健康检查试点范围县")]),
    ("农村生活污水治理覆盖90%以上的行政村。", [("90%以上", "农村生活污水治理覆盖行政村")]),
])
def test_targets_written_in_words_lists_and_tasks(text, expected):
    assert [(c.target_text, c.object) for c in targets(text)] == expected


@pytest.mark.parametrize("text", [
    "北三县协同发展。",  # a number in words naming a place
    "推动北三县。",  # … even after a verb: it does not close a clause the verb opens with a noun
    "实施百人计划。",  # naming a programme
    "在保定、沧州等6个城市开展试点。",  # the list is where, not what is delivered
    "抓好保定、沧州等6个国家物流枢纽承载城市建设。",  # the count qualifies a longer name
    "将80%的资金用于民生领域。",  # a share of money, no units covered
    "将总投资60%的项目纳入监管。",  # a share of an amount qualifying a noun
])
def test_counts_in_words_and_lists_that_are_no_targets(text):
    assert targets(text) == []


def test_objects_keep_words_that_open_with_a_strip_word():
    assert [c.object for c in plan("建成要素保障中心。")] == ["要素保障中心"]
    assert [c.object for c in plan("将增值税起征点提高到15万元。")] == ["增值税起征点"]  # 将 alone is stripped


@pytest.mark.parametrize("text", [
    "继续实施老旧小区改造。",  # carried on
    "深入实施乡村建设行动。",
    "实施好关键核心技术攻关工程。",  # done well: no end
    "实施工业产品准入制度改革。",  # a reform is no deliverable
])
def test_programmes_carried_on_are_no_deliverables(text):
    assert plan(text) == []


@pytest.mark.parametrize("text, expected", [
    ("城镇和农村居民人均可支配收入分别达到4.5万元和2.1万元，分别增长5.1%和7.2%。",  # a run of figures a clause
     ["城镇居民人均可支配收入", "农村居民人均可支配收入", "城镇居民人均可支配收入", "农村居民人均可支配收入"]),
    ("粮食播种面积和产量分别达到97万亩、4.1亿斤。", ["粮食播种面积", "粮食产量"]),  # the table names 粮食产量
    ("一般公共预算收入和支出分别增长5%、3%。", ["一般公共预算收入", "一般公共预算支出"]),
    ("新建学校和医院分别达到3所、2家。", ["学校", "医院"]),  # no table name: the items as written
    # items naming things share the measure the last one ends in (measure_head) …
    ("全年基础设施、制造业投资分别增长9.4%、9.1%。", ["基础设施投资", "制造业投资"]),
    ("二氧化硫、化学需氧量排放量分别下降3.5%、2.9%。", ["二氧化硫排放量", "化学需氧量排放量"]),
    ("高技术制造业、装备制造业增加值年均分别增长10.6%、7.9%。", ["高技术制造业增加值", "装备制造业增加值"]),
    # … or what follows a per-unit in it
    ("居民医保和基本公共卫生服务经费人均财政补助标准分别再提高30元和5元。",
     ["居民医保人均财政补助标准", "基本公共卫生服务经费人均财政补助标准"]),
    # negative cases: an item naming a measure of its own keeps it; things without a measure stay
    ("城镇居民人均可支配收入和农村居民人均纯收入分别增长8.8%、9.9%。", ["城镇居民人均可支配收入", "农村居民人均纯收入"]),
    ("专业技术人才、高技能人才分别增加860万人和880万人。", ["专业技术人才", "高技能人才"]),
    # a word naming two things gives them in its order (城乡: 城镇, then 农村), a place before it kept
    ("全区城乡居民人均可支配收入分别增长7%和8%左右。", ["全区城镇居民人均可支配收入", "全区农村居民人均可支配收入"]),
])
def test_each_listed_name_takes_its_own_figure(text, expected):
    assert [c.object for c in targets(text)] == expected


def test_page_chrome_after_the_report_and_title_lines_are_no_commitments():
    text = ("柳河县2024年工作总结和2025年工作计划\n一、2024年工作总结\n完成村道3公里。下半年，我们将新建文化礼堂2个。\n"
            "二、2025年工作计划\n新建口袋公园5个。\n相关新闻\n下半年我县将新建学校10所\n")
    doc = process(Document(source="<text>", original=text))
    assert [c.text for c in doc.commitments] == ["我们将新建文化礼堂2个", "新建口袋公园5个"]


@pytest.mark.parametrize("text, expected", [
    ("粮食产量跃上1.4万亿斤新台阶、亩产提升10.1斤。", [("跃上1.4万亿斤", "粮食产量"), ("10.1斤", "亩产")]),  # a milestone
    ("调查失业率稳定在5%左右的较低水平。", [("稳定在5%左右", "调查失业率")]),  # the figure before 的较低水平 is the level
    ("单位GDP能耗下降5%以上、二氧化碳排放下降5.8%。",  # the list's modifier makes a table name
     [("下降5%以上", "单位GDP能耗"), ("下降5.8%", "单位GDP二氧化碳排放")]),
    ("新增高新技术企业60家、科技型中小企业500家。", [("60家", "高新技术企业"), ("500家", "科技型中小企业")]),  # no name: as written
])
def test_levels_reached_and_list_modifiers(text, expected):
    assert [(c.target_text, c.object) for c in targets(text)] == expected


@pytest.mark.parametrize("text, expected", [
    ("实施“规模以上服务业企业倍增计划”，新增78家。", [("78家", "规模以上服务业企业倍增计划")]),  # the topic is counted
    ("新增省级以上企业技术中心、重点实验室等250家。", [("250家", "省级以上企业技术中心、重点实验室")]),  # the list counted
])
def test_a_figure_without_a_name_takes_its_sentences_topic_or_list(text, expected):
    assert [(c.target_text, c.object) for c in targets(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # a rate before the change it is: the target itself, of what the clause before names
    ("力争规模以上固定资产投资7100亿元以上,实现20%以上的增长。", [("规模以上固定资产投资", 7100e8), ("规模以上固定资产投资", 20.0)]),
    # a figure that is only its year's: nothing says what it measures
    ("2023年预期目标增长9.5%左右。", []),
])
def test_targets_named_around_a_rate(text, expected):
    assert [(c.object, c.target_value) for c in targets(text)] == expected


def test_a_news_items_sentence_giving_the_plan_years_target_is_read_outside_any_plan_part():
    text = ("中新网天津1月23日电 天津市第十八届人民代表大会第二次会议开幕,市长在作政府工作报告时透露,"
            "2023年全市地区生产总值增长4.3%,2024年,天津市地区生产总值预期目标增长4.5%左右。\n"
            "2024年GDP预期增长目标4.5%左右\n")  # (a headline, with no stop, restates it: not read)
    doc = Document(source="<text>", original=text)
    normalise(doc)
    doc.parts, doc.periods = [], {"review": "2023", "plan": "2024"}
    extract_commitments(doc)
    assert [(c.object, c.target_text) for c in doc.commitments] == [("天津市地区生产总值", "增长4.5%左右")]


@pytest.mark.parametrize("sentence, expected", [
    # a range of rates whose unit the high end carries: the low end is the target, set by 设在
    ("2018年,无锡将GDP增幅目标设在7-7.5%之间。", [("地区生产总值", 7.0, "设在")]),
    # a word of doing between 目标 and the rate makes it a result: no target
    ("2018年目标完成率达到98%。", []),
])
def test_a_news_items_year_target_written_as_a_range_or_a_result(sentence, expected):
    doc = Document(source="<text>", original="市长在政府工作报告中指出,预计2017年全市实现地区生产总值10500亿元。" + sentence + "\n")
    normalise(doc)
    doc.parts, doc.periods = [], {"review": "2017", "plan": "2018"}
    extract_commitments(doc)
    assert [(c.indicator, c.target_value, c.comparator) for c in doc.commitments] == expected


@pytest.mark.parametrize("sentence, expected", [
    # an aim stated without a figure (…基本同步) is an item of its own, no part of the next figure's name
    ("今年主要预期目标:居民人均可支配收入增长与经济增长基本同步、粮食产量500亿斤左右。", [("粮食产量", 500e8)]),
    # negative: a name before the 、 (no aim of its own) stays in the figure's name
    ("今年主要预期目标:粮食播种面积、产量分别达到1000万亩、500亿斤。", [("粮食播种面积", 1000e4), ("粮食产量", 500e8)]),
])
def test_an_aim_without_a_figure_ends_its_item_of_a_list(sentence, expected):
    doc = Document(source="<text>", original="辽宁省2025年政府工作报告\n二、2025年工作安排\n" + sentence + "\n")
    doc = process(doc)
    assert [(c.object, c.target_value) for c in doc.commitments if c.has_target] == expected


# -- the shortcuts the stage takes give the answers of the long way ----------------------------------
def test_every_deadline_word_holds_one_of_the_anchor_characters():
    """deadline_of passes over a text without any of them: no deadline word may lack one."""
    from duban.extract.wording import wording
    from duban.lang import load_table

    anchor = wording().deadline_anchor
    for row in load_table("deadline_words"):
        assert anchor.search(row["word"].replace("{n}", "")), row["word"]


@pytest.mark.parametrize("text", [
    "下半年将建成幼儿园3所，今后五年完成改造", "明年开工建设，下一阶段启动", "建成投用、完成", "无此类词语", "",
])
def test_the_starts_of_a_kinds_words_are_every_position_a_word_starts(text):
    from duban.extract.wording import starts_pattern, words

    for kind in ("future", "finish"):
        naive = [i for i in range(len(text)) if any(text.startswith(w, i) for w in words(kind) if w)]
        assert [m.start() for m in starts_pattern(kind).finditer(text)] == naive


@pytest.mark.parametrize("text", [
    "透露,2024年,天津市地区生产总值预期目标增长4.5%左右。", "2024年目标增长5%-5.5%之间，2024年目标完成率98%",
    "12024年目标增长3%", "2023年目标增长6%", "2024年2024年预期目标增长7%以上",
])
def test_a_years_targets_are_those_one_pattern_opening_on_the_year_finds(text):
    import re

    from duban.extract.statements import _YEAR_TARGET, _year_targets

    one_pattern = re.compile("2024年" + _YEAR_TARGET.pattern)
    assert list(_year_targets(text, "2024")) == [m.span() for m in one_pattern.finditer(text)]


def test_the_round_trip_through_the_original_is_skipped_only_when_it_keeps_every_span():
    from duban.document import TextBuilder
    from duban.extract.quantities import Quantity
    from duban.extract.statements import _as_read, _kept_below, _starts_as_read

    def doc_of(edit) -> Document:
        original = "abc  def\nghi"
        builder = TextBuilder(len(original))
        edit(builder)
        doc = Document(source="<text>", original=original)
        doc.norm, doc.norm_map = builder.build()
        return doc

    deleted = doc_of(lambda b: (b.keep(0, "abc "), b.keep(5, "def\nghi")))  # a space folded
    inserted = doc_of(lambda b: (b.keep(0, "abc"), b.insert("x", 3), b.keep(3, "  def\nghi")))
    assert _kept_below(deleted) is not None and _kept_below(inserted) is None
    for doc in (deleted, inserted):
        found = [Quantity(a, b, 1.0, "", "exact", "amount", "", a, b)
                 for a in range(len(doc.norm)) for b in range(a + 1, len(doc.norm) + 1)]
        kept = _kept_below(doc)
        assert _starts_as_read(doc, found, kept) == _starts_as_read(doc, found)
        assert _as_read(doc, found, kept=kept) == _as_read(doc, found)


def test_where_a_deed_is_done_is_no_part_of_what_is_done():
    # 在城区 says where the parks are built; 在建 (under construction) is a state of the projects
    assert [c.object for c in plan("计划在城区建设3个口袋公园。")] == ["口袋公园"]
    assert [c.object for c in plan("推进在建项目30个。")][0].startswith("在建项目")


def test_two_deeds_of_one_sentence_with_the_same_figure_are_two_commitments():
    found = plan("计划在城区新建5个公厕,改造5个公厕。")
    assert [(c.action, c.object, c.target_text) for c in found] == [("新建", "公厕", "5个"), ("改造", "公厕", "5个")]


def _whole(text: str) -> Document:
    """``text`` through every stage, as `duban ingest` reads a file."""
    return process(Document(source="<text>", original=text))


def test_the_years_livelihood_projects_voted_at_the_session_are_its_plan():
    doc = _whole("在2月1日召开的宁海县十九届人大二次会议上,县人大代表对2023年民生实事候选项目(共13项)进行票决,"
                  "最终产生10项民生实事项目。\n1、城区公厕建设工程\n计划在城区新建5个公厕,改造5个公厕,改造公厕主要内容为内外墙面改造。\n")
    assert [(p.kind, p.period) for p in doc.parts] == [("plan", "2023")]
    assert ("改造", "5个") in [(c.action, c.target_text) for c in doc.commitments]
    # their results, announced, are no plan
    done = _whole("2023年民生实事项目完成情况公布,10项民生实事项目已全部完成。新建公厕5个,改造公厕5个,完成投资1200万元。\n")
    assert not [p for p in done.parts if p.kind == "plan"]
    # nor is a session's news that names the vote among its items
    news = _whole("4月12日,平梁镇第二十届人民代表大会第五次会议召开。会议听取和审查了镇人民政府工作报告,"
                  "同时对平梁镇2024年民生实事候选项目进行票决。本次大会依法选举产生镇人大主席1名。\n")
    assert not [p for p in news.parts if p.kind == "plan"]


def test_a_plan_whose_headings_name_no_part_is_a_plan_throughout():
    doc = _whole("某镇2023年工作计划\n一、农业\n新建高标准农田500亩。\n二、民生\n改造农村公路10公里。\n")
    assert [(p.kind, p.period) for p in doc.parts] == [("plan", "2023")]
    assert [c.target_text for c in doc.commitments] == ["500亩", "10公里"]
