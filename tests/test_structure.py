"""Stage ``structure``: organisation, periods, type, date, parts and the outline of each report."""

from __future__ import annotations

from pathlib import Path

import pytest

import duban
from duban.clean.chrome import strip_chrome
from duban.clean.normalise import normalise, to_simplified
from duban.document import Document, Section
from duban.structure import structure

from helpers import SERIES, SEEDS, seed, document


def process(path_or_text: Path | str) -> Document:
    return document(path_or_text, strip_chrome, normalise, structure)


def outline(doc: Document) -> list[tuple[str, str, list[tuple[str, str]]]]:
    """The top two levels: (marker, title, [(marker, title) of the children])."""
    return [(s.marker, s.title, [(c.marker, c.title) for c in s.children]) for s in doc.sections]


EXPECTED = {
    "000": dict(
        title="斋坛乡2024年工作总结和2025年工作计划",
        org=("斋坛乡", "乡", "松阳县"),  # the map, with 县委 and 丽水 in the text,
        periods={"review": "2024", "plan": "2025"},
        doc_type="总结和计划",
        published="2025-05-21",
        parts=["review", "problems", "plan"],  # problems: the paragraph 在肯定成绩的同时更要正视不足…
        outline=[
            (
                "",
                "2024年工作总结",
                [
                    ("(一)", "一年来,我们聚力抓项目、育产业、提质量,发展实力持续增强"),
                    ("(二)", "一年来,我们致力环境、共富、兴乡村,乡村面貌显著提升"),
                    ("(三)", "一年来,我们竭守底线保稳定、强治理,社会大局和谐稳定"),
                    ("(四)", "一年来,我们倾力民生强服务、增福祉,生活品质稳步提高"),
                    ("(五)", "一年来,我们着力强效能、转作风、重法治,政府建设不断提升"),
                ],
            ),
            (
                "",
                "2025年工作计划",
                [
                    ("一是", "以更快步伐实施经济动能提升工程以项目建设为抓手"),
                    ("二是", "以更大决心实施治理效能攻坚工程"),
                    ("三是", "以更实举措实施民生福祉提质工程"),
                    ("四是", "以更高标准实施双招双引突破工程"),
                    ("五是", "以更严要求实施作风建设强化工程"),
                ],
            ),
        ],
    ),
    "001": dict(
        title="安民乡2023年工作总结和2024年工作思路要点",
        org=("安民乡", "乡", "松阳县"),  # the map, with 县委 and 丽水 in the text,
        periods={"review": "2023", "plan": "2024"},
        doc_type="总结和计划",
        published="",
        parts=["review", "plan"],
        outline=[
            (
                "一、",
                "2023年工作总结",
                [
                    ("(一)", "锚定产业发展不动摇,擦亮焕新安民品牌"),
                    ("(二)", "紧盯乡村建设不放松,推动项目稳定落地"),
                    ("(三)", "牢记初心使命不懈怠,着力解决急难愁盼"),
                    ("(四)", "防范风险隐患不放手,逐步强化社会治理"),
                    ("(五)", "坚持效能提升不止步,持续建设干部队伍"),
                ],
            ),
            (
                "二、",
                "2024年工作思路要点",
                [
                    ("(一)", "深化转型升级,加速产业发展融合提档"),
                    ("(二)", "强化日常宣传,促进事业价值转化提效"),
                    ("(三)", "优化基层治理,力争全域和谐稳定提质"),
                    ("(四)", "细化干部管育,坚定干部履职能力提优"),
                ],
            ),
        ],
    ),
    "002": dict(  # one long line with inline headings; the title is cut short (…和2024)
        title="下各镇2023年工作总结和2024",
        org=("下各镇", "镇", "仙居县"),  # the map, and 331024 in the index number
        periods={"review": "2023", "plan": "2024"},
        doc_type="总结和计划",
        published="2024-01-10",
        parts=["review", "plan"],
        outline=[
            (
                "一、",
                "工作开展情况",
                [
                    ("(一)", "盘活存量、做优增量,镇域经济运行平稳"),
                    ("(二)", "筑牢根基、迸发活力,基层党建取得实效"),
                    ("(三)", "巩固提升,绿色发展,乡村振兴蹄疾步稳"),
                    ("(四)", "优化环境,完善功能,城镇面貌不断改善"),
                    ("(五)", "多元供给、以人为本,民生服务常抓不懈"),
                ],
            ),
            (
                "二、",
                "明年工作计划",
                [
                    ("(一)", "加速工业突破,激活发展动能"),
                    ("(二)", "聚焦民生实事,提升幸福指数"),
                    ("(三)", "加强城镇建管,打造宜居新城"),
                    ("(四)", "聚焦党建引领提效,筑牢治理根基"),
                ],
            ),
        ],
    ),
    "003": dict(
        title="柳城畲族镇2024年上半年工作总结和下半年工作思路",
        org=("柳城畲族镇", "镇", "武义县"),  # the map, and 330723 in the index number,
        periods={"review": "2024H1", "plan": "2024H2"},
        doc_type="半年总结和计划",
        published="2025-08-12",
        parts=["review", "problems", "plan"],  # (五)存在问题 and (六)最不满意的一项工作 inside 一、
        outline=[
            (
                "一、",
                "上半年工作总结",
                [
                    ("(一)", "强党建、增亮点,组织建设扎实推进"),
                    ("(二)", "抓产业、促发展,强村富民成效颇丰"),
                    ("(三)", "补短板、提品质,城乡面貌加速蝶变"),
                    ("(四)", "强网格、优服务,基层治理不断深化"),
                    ("(五)", "存在问题"),
                    ("(六)", "最不满意的一项工作"),
                ],
            ),
            (
                "二、",
                "下半年工作思路",
                [
                    ("(一)", "旗帜鲜明,将“党建统领”这一条主线始终贯穿到底"),
                    ("(二)", "聚势赋能,实施“三大类项目”夯实柳城发展基础加速起势特色产业,确保强村项目后劲足"),
                    ("(三)", "压紧压实,坚持“稳中求进”这一工作总基调"),
                ],
            ),
        ],
    ),
    "004": dict(  # traditional script: titles as written, org in simplified script
        title="花橋鎮2024年工作總結和2025年工作計劃",
        org=("花桥镇", "镇", "衡南县"),  # from the signature 衡南縣花橋鎮人民政府
        periods={"review": "2024", "plan": "2025"},
        doc_type="总结和计划",
        published="",
        parts=["review", "problems", "plan"],
        outline=[
            (
                "一、",
                "2024年工作情況",
                [
                    ("(一)", "提升政治站位,強化黨建引領"),
                    ("(二)", "堅持圍繞中心,推動經濟發展"),
                    ("(三)", "服務三農發展,助力鄉村振興"),
                    ("(四)", "回應群眾關切,提升民生福祉"),
                    ("(五)", "聚焦平安建設,強化基層治理"),
                ],
            ),
            (
                "二、",
                "當前工作存在的問題和不足",
                [
                    ("一是", "全鎮可支配財力相對有限"),
                    ("二是", "村與村之間發展不平衡"),
                    ("三是", "產業結構調整缺乏突破性進展"),
                ],
            ),
            (
                "三、",
                "2025年工作計劃",
                [
                    ("(一)", "強經濟,增動能"),
                    ("(二)", "促振興,提品質"),
                    ("(三)", "守底線,保安全"),
                    ("(四)", "優民生,增福祉"),
                ],
            ),
        ],
    ),
}


@pytest.fixture(scope="module", params=sorted(EXPECTED))
def case(request):
    return request.param, process(seed(request.param)), EXPECTED[request.param]


def test_title(case):
    _, doc, want = case
    assert doc.title == want["title"]


def test_org(case):
    _, doc, want = case
    assert (doc.org["name"], doc.org["level"], doc.org["county"]) == want["org"]


def test_periods(case):
    _, doc, want = case
    assert doc.periods == want["periods"]


def test_doc_type(case):
    _, doc, want = case
    assert doc.doc_type == want["doc_type"]


def test_published(case):
    _, doc, want = case
    assert doc.published == want["published"]


def test_part_kinds(case):
    _, doc, want = case
    assert [p.kind for p in doc.parts] == want["parts"]


def test_part_periods(case):
    _, doc, _ = case
    for part in doc.parts:
        key = "review" if part.kind == "problems" else part.kind
        assert part.period == doc.periods[key]


def test_outline(case):
    _, doc, want = case
    assert outline(doc) == want["outline"]


# -- invariants ----------------------------------------------------------------------------------


def _walk(sections: list[Section]):
    for s in sections:
        yield from s.walk()


def test_spans_within_original(case):
    _, doc, _ = case
    n = len(doc.original)
    for part in doc.parts:
        assert 0 <= part.span.start < part.span.end <= n
        assert part.heading is None or part.span.contains(part.heading)
    for s in _walk(doc.sections):
        assert 0 <= s.span.start < s.span.end <= n
        assert s.span.contains(s.heading)


def test_headings_hold_their_titles_in_the_documents_script(case):
    _, doc, _ = case
    for s in _walk(doc.sections):
        text = s.heading.text_of(doc.original)
        assert s.title and s.title in text
        assert text.startswith(s.marker)
    if doc.script == "traditional":
        assert any(s.title != to_simplified(s.title) for s in _walk(doc.sections))


def test_parts_do_not_overlap_and_keep_order(case):
    _, doc, _ = case
    for a, b in zip(doc.parts, doc.parts[1:]):
        assert a.span.end <= b.span.start
        assert a.kind != b.kind


def test_sections_nest(case):
    _, doc, _ = case

    def check(siblings: list[Section], parent: Section | None):
        for a, b in zip(siblings, siblings[1:]):
            assert a.span.end <= b.span.start
        for s in siblings:
            if parent is not None:
                assert parent.span.contains(s.span)
                assert s.level == parent.level + 1
            check(s.children, s)

    check(doc.sections, None)
    assert all(s.level == 1 for s in doc.sections)


def test_chrome_is_outside_every_part(case):
    _, doc, _ = case
    for span in doc.chrome:
        for part in doc.parts:
            assert not part.span.overlaps(span)


def test_preamble_belongs_to_no_part():
    doc = process(seed("003"))
    assert doc.part_at(doc.original.index("今年以来,柳城畲族镇")) is None
    offset = doc.original.index("少数党员干部纪律意识比较淡薄")
    assert doc.part_at(offset).kind == "problems"
    assert [s.title for s in doc.section_path(offset)][:2] == ["上半年工作总结", "存在问题"]


def test_a_glossary_after_the_report_belongs_to_no_part():
    text = "某某镇2024年工作总结和2025年工作计划\n一、2024年工作总结\n完成投资5.2亿元。\n二、2025年工作计划\n实施“5个1000”行动[1]。\n名词解释\n[1]“5个1000”行动:即每年招商入库1000个项目。\n"
    doc = duban.process(duban.Document(source="t.txt", original=text))
    assert [p.kind for p in doc.parts] == ["review", "plan"]
    assert doc.part_at(text.index("实施")).kind == "plan"
    assert doc.part_at(text.index("[1]“5个1000”行动:即")) is None



def test_a_government_work_reports_proposals_for_the_year_are_its_plan():
    # National and provincial reports head their plan 对今年政府工作的建议; 意见建议 under a review is no plan
    text = ("政府工作报告\n各位代表:\n一、过去一年工作回顾\n全年新增就业1200万人。\n征集意见建议300条。\n"
            "二、对今年政府工作的建议\n城镇新增就业1200万人左右。\n")
    doc = duban.process(duban.Document(source="t.txt", original=text))
    assert [p.kind for p in doc.parts] == ["review", "plan"]
    assert doc.part_at(text.index("征集意见建议")).kind == "review"
    assert doc.part_at(text.index("城镇新增就业")).kind == "plan"


# A body with no part heading is read by its wording (part_cues.tsv): a page holding only the plan
# of a report yields a plan part; a page that reviews, or reviews and ends with a word of intent,
# yields none. (title, body paragraphs, first plan paragraph or None)
_PLAN_ONLY = [
    "今年政府工作的总体要求是:坚持稳中求进工作总基调,全力构建发展新格局,奋力推动高质量发展走在前列。",
    "经济社会发展的主要预期目标是:生产总值增长6%以上,一般公共预算收入增长6%以上,固定资产投资增长7%左右。",
    "具体工作中,突出抓好十方面工作:(一)聚力恢复重建,确保大灾之后实现大建大治,抓好12179户农房重建任务。",
    "(二)聚力创新驱动,力争新增高新技术企业70家,培育科技型中小企业300家,建成50个口袋公园。",
]
_REVIEW_ONLY = [
    "过去一年,全市地区生产总值增长6.0%,一般公共预算收入增长3.9%,规上工业增加值增长9.1%。",
    "2023年全市完成固定资产投资增长8.3%,社会消费品零售总额比上年增长6.2%,取得了显著成效。",
    "一年来,我们新建了口袋公园52个,完成了12179户农房重建任务,居民收入同比增长5.2%。",
]
_CONTENT_CASES = [
    ("a plan-only page", "2024年某市政府工作报告", _PLAN_ONLY, 0),
    ("a plan published on its own", "某镇2024年度政府工作计划", _PLAN_ONLY[:1] + _PLAN_ONLY, 0),
    ("a review, then the plan, without headings", "2024年某市政府工作报告", _REVIEW_ONLY + _PLAN_ONLY, 3),
    ("a review-only page", "2024年某市政府工作报告", _REVIEW_ONLY, None),
    ("a review ending in one paragraph of intent", "2024年某市政府工作报告",
     _REVIEW_ONLY + ["下一步,我们将确保各项目标任务全面完成,力争经济运行持续向好,实现全年目标。"], None),
    ("plan paragraphs with as many review cues", "2024年某市政府工作报告",
     [x + "去年同比增长5%,比上年增长。" for x in _PLAN_ONLY], None),
]

# A news item quoting a report's targets in one paragraph: three approximate figures in a row lead
# a plan part, as 主要预期目标是 does, and so do 主要预期目标: and 主要预期目标,即.
_NEWS_OF_TARGETS = [
    ("报告提出,在整体经济发展目标方面,全市生产总值增长7%左右,规模以上工业增加值增长10%以上,"
     "固定资产投资增长11%以上,城镇调查失业率控制在5.5%以内。", ["增长7%左右", "增长10%以上", "增长11%以上"]),
    ("报告提出全区经济社会发展的主要预期目标,即地区生产总值增长6%左右,在实际工作中争取更好成绩。", ["增长6%左右"]),
    ("报告提出全区经济社会发展的主要预期目标:地区生产总值增长6%左右,在实际工作中争取更好成绩。", ["增长6%左右"]),
]


@pytest.mark.parametrize("paragraph,targets", _NEWS_OF_TARGETS)
def test_a_news_items_paragraph_of_targets_is_the_plan(paragraph, targets):
    text = "2024年某市政府工作报告\n" + _REVIEW_ONLY[0] + "\n" + paragraph + "\n(责任编辑:某某)\n"
    doc = duban.process(duban.Document(source="t.txt", original=text))
    assert [(p.kind, p.span.start) for p in doc.parts] == [("plan", text.index(paragraph))]
    assert [c.target_text for c in doc.commitments if c.has_target][: len(targets)] == targets


def test_a_news_items_targets_then_last_years_results_make_a_plan_part_that_ends_before_them():
    targets = ("北京市市长发表政府工作报告,指今年地区生产总值增长5%左右,并争取一般公共预算收入增长4%左右,"
               "城镇调查失业率控制在5%以内,居民消费价格涨幅2%左右。")
    results = ("北京当前最大挑战是消费萎缩,如去年首11个月按年跌2.8%。殷表示,2024年,面对外部压力加大的形势,"
               "仍预计全市GDP增长5.2%左右,一般公共预算收入增长3.1%,居民人均可支配收入增长4.5%左右。")
    text = "北京:今年GDP增长目标为5%左右\n2025年01月14日 18:20\n" + targets + "\n" + results + "\n"
    doc = duban.process(duban.Document(source="t.txt", original=text))
    plan = text.index(targets)
    assert [(p.kind, p.span.start, p.span.end) for p in doc.parts] == [("plan", plan, text.index(results))]
    assert doc.periods.get("plan") == "2025"  # the page's date is all that tells its year
    assert [c.target_text for c in doc.commitments if c.has_target] == ["增长5%左右", "增长4%左右", "控制在5%以内", "涨幅2%左右"]


def test_a_news_items_indicators_announced_for_the_year_are_the_plan_and_what_the_report_shows_its_review():
    # 主要预期性指标为: the targets as the plan's table of indicators names them; 报告还显示: results
    targets = "2022年,深圳经济社会发展的主要预期性指标为:GDP增长6%左右,规模以上工业增加值增长5%,固定资产投资额增长5%。"
    results = "报告还显示,47条创新举措和经验做法在全国推广,进出口总额3.5万亿元、增长16.2%,实际利用外资109.7亿美元、增长26.3%。"
    text = "深圳市七届人大二次会议开幕\n" + targets + "\n" + results + "\n"
    doc = duban.process(duban.Document(source="t.txt", original=text))
    assert [(p.kind, p.span.start, p.span.end) for p in doc.parts] == [("plan", text.index(targets), text.index(results))]
    assert [c.target_text for c in doc.commitments if c.has_target] == ["增长6%左右", "增长5%", "增长5%"]


def test_a_news_items_paragraph_opening_on_last_year_reviews_it_though_its_estimates_read_as_targets():
    text = ("中新社杭州1月14日电 浙江省第十四届人民代表大会第三次会议14日开幕,代省长作政府工作报告时介绍,2024年浙江省生产总值增长5.5%左右。\n"
            "去年,该省加快推进重大项目建设,投资完成率129.6%;社会消费品零售总额增长4%左右;服务业增加值增长5%左右,规上工业增加值增长7.5%左右。\n"
            "聚焦今年,浙江省政府工作报告将“生产总值增长5.5%左右”列入建议主要预期目标,并提出力争规上工业增加值增长6%以上、"
            "力争服务业增加值增长5.5%左右等内容。\n据介绍,以创新引领新质生产力发展,打造现代化产业体系,是今年浙江省政府重点工作之一。\n"
            "其中,该省持续巩固数字经济优势的思路依旧明显。今年在壮大新兴产业方面,浙江将“一业一策”支持生物医药等产业。\n")
    doc = duban.process(duban.Document(source="t.txt", original=text))
    assert doc.periods == {"review": "2024", "plan": "2025"}
    assert [(p.kind, p.span.start) for p in doc.parts] == [("plan", text.index("聚焦今年"))]
    assert [(c.indicator, c.target_text) for c in doc.commitments if c.has_target] == [
        ("地区生产总值", "增长5.5%左右"), ("规模以上工业增加值", "增长6%以上"), ("第三产业增加值", "增长5.5%左右")]


@pytest.mark.parametrize("subheading, kind", [
    ("2023年成绩单:产业集群壮大 开启“拥河发展”新篇章", "review"),  # a news item's label:headline subheading
    ("2024预期目标:五大产业集群总产值突破1100亿", "plan"),
])
def test_a_news_items_subheading_is_named_by_its_label(subheading, kind):
    text = "人民网蚌埠1月16日电 蚌埠市市长作政府工作报告。\n" + subheading + "\n报告指出,过去一年,全市地区生产总值增长6%左右。\n"
    doc = duban.process(duban.Document(source="t.txt", original=text))
    assert [(p.kind, p.span.start) for p in doc.parts] == [(kind, text.index(subheading))]


@pytest.mark.parametrize("line", [
    "重点工作任务:",  # a label with nothing after its colon leads a list, as before
    "五年来的主要工作及特点：",
    "会议指出:2025年是全面完成规划任务的收官之年。",  # a sentence, not a headline
])
def test_lines_that_are_no_labelled_subheadings(line):
    from duban.structure.outline import _labelled_headline
    assert _labelled_headline(line) is None


def test_a_news_items_paragraph_of_target_figures_alone_is_the_plan():
    # a paragraph of five target figures and no review cue is a list of targets, spaces of a copy aside
    targets = ("全市地区生产总值增长6.5 %左右。全员劳动生产率增长6%。一般公共预算收入增长1%。规模以上工业增加值增长6. 5%以上。"
               "固定资产投资增长6. 5%以上。实际利用外资增长10%以上。城镇登记失业率控制在4. 5%以内。居民消费价格涨幅控制在3%左右。")
    text = ("天健网消息 大连市第十六届人民代表大会第四次会议今天上午开幕,市长代表市政府向大会作工作报告。2021年是“十四五”开局之年。\n"
            + targets + "\n培育建设国际消费中心城市。发展壮大假日经济等消费新模式新业态。\n")
    doc = duban.process(duban.Document(source="t.txt", original=text))
    assert [(p.kind, p.span.start) for p in doc.parts] == [("plan", text.index(targets))]


def test_a_news_item_run_together_into_one_paragraph_of_targets_is_the_plan():
    text = ("2月11日上午九时,某省第十一届人民代表大会第五次会议开幕。代省长在《政府工作报告》中提出,2012年,某省将力争"
            "GDP首次突破一万亿元人民币,全年生产总值增长12%以上。今年将力争规模以上固定资产投资7100亿元以上,实现20%以上的增长;"
            "力争实现社会消费品零售总额3540亿元,达到18%以上的增长。2011年,某省实现生产总值8750.95亿元,同比增长13.7%。")
    doc = duban.process(duban.Document(source="t.txt", original=text))
    assert [(p.kind, p.span.start) for p in doc.parts] == [("plan", 0)]
    assert "增长12%以上" in [c.target_text for c in doc.commitments]
    assert not any(c.target_text == "增长13.7%" for c in doc.commitments)  # the year before's result
    # … and one that only says targets were set is none
    only_said = "12月26日,某市第十八届人民代表大会第二次会议开幕。报告提出了2023年某市经济社会发展的总体要求以及主要预期目标。"
    assert duban.process(duban.Document(source="t.txt", original=only_said)).parts == []


def test_a_title_with_its_date_after_it_and_broken_again_over_lines_is_no_heading():
    title = "关于某市2024年国民经济和社会发展计划执行情况与2025年国民经济和社会发展计划草案的报告"
    text = (title + " ( 2025年01月23日 )\n\n  关于某市2024年国民经济和社会发展\n\n  计划执行情况与2025年国民经济\n\n"
            "  和社会发展计划草案的报告\n\n各位代表:\n\n  一、2024年国民经济和社会发展计划执行情况\n\n"
            "  2024年,全市经济社会发展总体平稳,完成了主要目标任务。\n")
    doc = duban.process(duban.Document(source="t.txt", original=text))
    assert doc.title == title + " ( 2025年01月23日 )"
    assert [p.kind for p in doc.parts] == ["review"]  # 计划执行情况 is a review's heading, at the top level


@pytest.mark.parametrize("header,plan", [
    ("序号 | 主 要 工 作 任 务 | 责任单位 |", True),  # a table of the year's tasks, its heading spaced out
    ("序号 | 重点任务 | 牵头单位 |", True),
    ("序号 | 指标 | 2024年目标 | 上半年完成情况 |", False),  # what was done against the targets: a review
    ("序号 | 单位名称 | 联系电话 |", False),  # a table of other things
])
def test_a_page_that_is_a_table_of_tasks_is_the_plan(header, plan):
    text = header + "\n1 | 地区生产总值增长6%左右。 | 市发展改革委 |\n2 | 规上工业增加值增长6%以上。 | 市经信局 |\n"
    doc = duban.process(duban.Document(source="t.txt", original=text))
    assert [p.kind for p in doc.parts] == (["plan"] if plan else [])
    if plan:
        assert [c.target_text for c in doc.commitments if c.has_target] == ["增长6%左右", "增长6%以上"]


def test_a_title_that_restates_a_target_is_no_part_of_the_plan():
    text = ("某省政府工作报告丨2024年某省地区生产总值预期增长6%左右\n"
            "2024年,全省经济社会发展主要预期目标是:地区生产总值增长6%左右;城镇新增就业85万人。\n")
    doc = duban.process(duban.Document(source="t.txt", original=text))
    assert [(p.kind, p.span.start) for p in doc.parts] == [("plan", text.index("2024年,全省"))]
    assert [c.object for c in doc.commitments if c.has_target][:1] == ["地区生产总值"]


def test_a_reviews_figures_with_yishang_one_after_another_are_no_plan():
    text = "2024年某市政府工作报告\n过去一年,全市地区生产总值增长6%以上,规上工业增加值增长9%以上,比上年增长。\n"
    assert not any(p.kind == "plan" for p in duban.process(duban.Document(source="t.txt", original=text)).parts)


@pytest.mark.parametrize("name,title,paragraphs,first", _CONTENT_CASES, ids=[c[0] for c in _CONTENT_CASES])
def test_a_body_without_part_headings_is_read_by_its_wording(name, title, paragraphs, first):
    text = title + "\n" + "\n".join(paragraphs) + "\n(责任编辑:某某)\n"
    doc = duban.process(duban.Document(source="t.txt", original=text))
    if first is None:
        assert not any(p.kind == "plan" for p in doc.parts)
        return
    assert [p.kind for p in doc.parts] == ["plan"]
    assert doc.parts[0].span.start == text.index(paragraphs[first]) and doc.parts[0].period == "2024"
    assert doc.parts[0].heading is None
    targets = [c.target_text for c in doc.commitments if c.has_target]
    assert "增长6%以上" in targets and "12179户" in targets and "50个" in targets


def test_a_body_with_part_headings_is_not_read_by_its_wording_but_for_a_lead():
    # plan paragraphs under a review heading stay in the review part …
    without_lead = [_PLAN_ONLY[0]] + _PLAN_ONLY[2:]
    text = "2024年某市政府工作报告\n一、2023年工作回顾\n" + "\n".join(_REVIEW_ONLY + without_lead) + "\n"
    doc = duban.process(duban.Document(source="t.txt", original=text))
    assert [p.kind for p in doc.parts] == ["review"]
    # … unless one announces the year's targets in words (主要预期目标是:): the plan part starts there
    text = "2024年某市政府工作报告\n一、2023年工作回顾\n" + "\n".join(_REVIEW_ONLY + _PLAN_ONLY) + "\n"
    doc = duban.process(duban.Document(source="t.txt", original=text))
    assert [p.kind for p in doc.parts] == ["review", "plan"]
    assert doc.parts[1].span.start == text.index(_PLAN_ONLY[1])

# -- guards against false headings ------------------------------------------------------------------

TRICKY = """某某镇2024年工作总结和2025年工作计划
一、2024年工作总结
(一)经济运行。全镇实现产值1.71亿元。
1.71亿元中,工业占一半。同时积极探索“一、二、三”产业融合。
1.工业经济。规上工业增加值增长7.5%。
2.项目建设。完成投资5.2亿元,新增1、2、3号厂房。
三是这句话不是标题。
二、2025年工作计划
一是抓项目。二是惠民生。
"""


def test_false_headings_are_left_alone():
    doc = process(TRICKY)
    assert outline(doc) == [
        ("一、", "2024年工作总结", [("(一)", "经济运行")]),
        ("二、", "2025年工作计划", [("一是", "抓项目"), ("二是", "惠民生")]),
    ]
    first = doc.sections[0].children[0]
    assert [(c.marker, c.title) for c in first.children] == [("1.", "工业经济"), ("2.", "项目建设")]


def test_inline_list_closes_before_a_line_heading():
    # an excerpt holding only the plan may open with 二、
    text = (
        "某县2024年政府工作报告\n二、2024年主要任务\n总体要求是:一是稳增长。二是促改革。\n"
        "(一)扩大有效投资。内容。\n(二)推进改革开放。内容。\n"
    )
    doc = process(text)
    assert [(c.marker, c.title) for c in doc.sections[0].children] == [
        ("一是", "稳增长"),
        ("二是", "促改革"),
        ("(一)", "扩大有效投资"),
        ("(二)", "推进改革开放"),
    ]


@pytest.mark.parametrize("text, expected", [
    # a news item listing the report's parts inline: a list of contents, no headings
    ("张惠向大会作《政府工作报告》。\n报告共分为四个部分:一、政府工作回顾;二、今后五年政府工作的总体目标和主要任务;"
     "三、2017年政府工作重点;四、政府自身建设主要任务。\n张惠在报告中说,2016年,全市生产总值3212.2亿元。\n", []),
    # inline headings with bodies between them stay headings (a report printed as one line)
    ("一、2024年工作回顾。全年完成投资5亿元。二、2025年工作计划。力争完成投资6亿元。",
     [("一、", "2024年工作回顾"), ("二、", "2025年工作计划")]),
])
def test_an_inline_list_of_contents_is_no_outline(text, expected):
    assert [(s.marker, s.title) for s in process(text).sections] == expected


def test_report_in_parts_with_other_markers():
    text = (
        "某某街道2024年工作总结及2025年工作打算\n第一部分 主要工作及成效\n1）经济发展。全年完成税收1.2亿元。\n"
        "2）城市管理。整治点位30处。\n第二部分 存在的困难和问题\n一是财力紧张。二是人才不足。\n"
        "第三部分 下步工作打算\n1）抓招商。引进项目5个。\n"
    )
    doc = process(text)
    assert (doc.org["name"], doc.org["level"]) == ("某某街道", "街道")
    assert doc.periods == {"review": "2024", "plan": "2025"} and doc.doc_type == "总结和计划"
    assert [p.kind for p in doc.parts] == ["review", "problems", "plan"]
    assert outline(doc) == [
        ("第一部分", "主要工作及成效", [("1）", "经济发展"), ("2）", "城市管理")]),
        ("第二部分", "存在的困难和问题", [("一是", "财力紧张"), ("二是", "人才不足")]),
        ("第三部分", "下步工作打算", [("1）", "抓招商")]),
    ]


def test_org_parent_only_when_written_next_to_it():
    doc = process("2024年工作总结\n过去一年,我们衡南县花桥镇在全县花桥镇排名第一。花桥镇全年增收。\n")
    assert (doc.org["name"], doc.org["county"]) == ("花桥镇", "衡南县")
    doc = process("花桥镇2024年工作总结\n过去一年,在全县花桥镇排名第一。\n")
    assert (doc.org["name"], doc.org["county"]) == ("花桥镇", None)


# -- the series: 政府工作报告 of several levels ---------------------------------------------------


SERIES_EXPECTED = {
    # file: (org name, level, county/city above, province (from the map), review, plan, part kinds)
    "national_2021.txt": ("国务院", "国家", None, None, "2020", "2021", ["review", "problems", "plan"]),
    "national_2022.txt": ("国务院", "国家", None, None, "2021", "2022", ["review", "problems", "plan"]),
    "hebei_2023.txt": ("河北省", "省", None, "河北省", "2022", "2023", ["review", "problems", "plan"]),
    "hebei_2024.txt": ("河北省", "省", None, "河北省", "2023", "2024", ["review", "problems", "plan"]),
    "baoding_2022.txt": ("保定市", "市", None, "河北省", "2021", "2022", ["review", "plan"]),
    "baoding_2023.txt": ("保定市", "市", None, "河北省", "2022", "2023", ["review", "plan"]),
    "qingyuan_2023.txt": ("清苑区", "区", "保定市", "河北省", "2022", "2023", ["review", "problems", "plan"]),
    "qingyuan_2024.txt": ("清苑区", "区", "保定市", "河北省", "2023", "2024", ["review", "problems", "plan"]),
}


@pytest.mark.parametrize("name", sorted(SERIES_EXPECTED))
def test_series(name):
    doc = process(SERIES / name)
    org, level, county, province, review, plan, kinds = SERIES_EXPECTED[name]
    assert (doc.org["name"], doc.org["level"], doc.org["county"], doc.org["province"]) == (org, level, county, province)
    assert doc.periods == {"review": review, "plan": plan}
    assert doc.doc_type == "政府工作报告"
    assert [p.kind for p in doc.parts] == kinds
    assert "政府工作报告" in to_simplified(doc.title)


def test_series_plan_parts_hold_the_targets():
    # the plan part named in series/README.md holds the headline targets
    doc = process(SERIES / "hebei_2023.txt")
    plan = next(p for p in doc.parts if p.kind == "plan")
    offset = doc.original.index("新建改造高标准农田320万亩")
    assert plan.span.start <= offset < plan.span.end
    assert [s.title for s in doc.section_path(offset)][0] == "2023年目标任务和主要工作"
    assert [s.marker for s in doc.sections] == ["一、", "二、", "三、"]  # not 百人计划, a line cut out of a sentence
    doc = process(SERIES / "baoding_2023.txt")
    assert [(s.marker, s.title) for s in doc.sections] == [("", "2022年政府工作回顾"), ("", "2023年主要工作")]


@pytest.mark.parametrize("review_heading, plan_heading, review, plan", [
    # 全年 and 上半年 name a stretch of whichever year the part is about: the reviewed year, the plan year
    ("一、全年工作回顾", "二、全年主要预期目标", "2022", "2023"),
    ("一、2022年工作回顾", "二、建议全年经济社会发展预期目标", "2022", "2023"),
    # 今年 and 去年 count from the year the report is given in (a report planning 2023 is given in 2023)
    ("一、去年工作回顾", "二、今年工作安排", "2022", "2023"),
])
def test_a_headings_period_words_count_from_the_right_year(review_heading, plan_heading, review, plan):
    text = (f"某市2023年政府工作报告\n\n{review_heading}\n\n  全市地区生产总值增长4%,一般公共预算收入增长3%。\n\n"
            f"{plan_heading}\n\n  地区生产总值增长5%以上,一般公共预算收入增长5%以上。\n")
    doc = duban.process(duban.Document(source="p.txt", original=text))
    assert [(p.kind, p.period) for p in doc.parts] == [("review", review), ("plan", plan)]
