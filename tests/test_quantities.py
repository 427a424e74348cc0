"""Quantity facts: what `duban.extract.quantities` finds in report phrases (spec: shared/spec/quantities.md).

The cases live in ``tests/data/quantity_cases.tsv``, one phrase a line with the facts it must
give, so that a linguist can read and extend them without reading code.
"""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from duban.extract.quantities import extract_text, scan_text

CASES = Path(__file__).parent / "data" / "quantity_cases.tsv"


def _cases():
    with CASES.open(encoding="utf-8") as fh:
        rows = [r for r in csv.reader((line for line in fh if not line.startswith("#")), delimiter="\t")]
    header, *rows = rows
    assert header == ["phrase", "expected"]
    for phrase, expected in rows:
        facts = [] if expected == "none" else [_parse(f) for f in expected.split(" | ")]
        yield pytest.param(phrase, facts, id=phrase[:24])


def _parse(spec: str) -> tuple:
    text, value, unit, approx, kind = spec.rsplit(" ", 4)
    return text, float(value), "" if unit == "-" else unit, approx, kind


@pytest.mark.parametrize("phrase,expected", list(_cases()))
def test_phrase_gives_exactly_these_facts(phrase, expected):
    facts = extract_text(phrase)
    got = [(f.text, f.value, f.unit, f.approx, f.kind) for f in facts]
    assert got == expected


@pytest.mark.parametrize("phrase,_", list(_cases()))
def test_every_fact_points_at_its_own_text(phrase, _):
    for f in extract_text(phrase):
        assert phrase[f.start : f.end] == f.text


def test_traditional_script_is_read_and_grounded_in_the_original_characters():
    original = "救災資金96萬餘元,總長約24公裏,花橋在全縣後三名,7天時間征繳率上升13個點"
    facts = extract_text(original)
    assert [(f.text, f.value, f.unit, f.approx, f.kind) for f in facts] == [
        ("96萬餘元", 960000, "元", "over", "amount"),
        ("約24公裏", 24, "公里", "about", "amount"),
        ("全縣後三名", 3, "名", "exact", "rank"),
        ("7天", 7, "天", "exact", "duration"),
        ("上升13個點", 13, "百分点", "exact", "change"),
    ]
    assert all(original[f.start : f.end] == f.text for f in facts)


def test_full_width_digits_and_units_are_read_and_grounded():
    original = "新增就业１２００人，增长３.５％，面积２０㎡"
    facts = extract_text(original)
    assert [(f.text, f.value, f.unit, f.kind) for f in facts] == [
        ("１２００人", 1200, "人", "amount"),
        ("增长３.５％", 3.5, "%", "change"),
        ("２０㎡", 20, "平方米", "amount"),
    ]


def test_a_rate_of_fall_reached_is_a_fall_and_counts_of_trips_and_containers_have_their_units():
    facts = extract_text("信访量下降率达87.2%,下降幅度为3.5个百分点,查处渣土车300辆次,集装箱吞吐量达1900万标箱。")
    assert [(f.text, f.value, f.unit, f.kind) for f in facts] == [
        ("下降率达87.2%", -87.2, "%", "change"),
        ("下降幅度为3.5个百分点", -3.5, "百分点", "change"),
        ("300辆次", 300, "辆次", "amount"),
        ("1900万标箱", 19_000_000, "标准箱", "amount"),  # a container port's twenty-foot units (TEU)
    ]


def test_counts_as_grassroots_reports_write_them():
    facts = extract_text("节电488千瓦小时,培训4800人(次),减幅为3.4%,建成中心、大杉二个基地,历时二个月。二期工程。")
    assert [(f.text, f.value, f.unit, f.kind) for f in facts] == [
        ("488千瓦小时", 488, "千瓦时", "amount"),
        ("4800人(次)", 4800, "人次", "amount"),
        ("减幅为3.4%", -3.4, "%", "change"),
        ("二个", 2, "个", "amount"),  # 二 counts before 个 as 两 does; 二期 stays a phase
        ("二个月", 2, "月", "duration"),
    ]


def test_the_nth_largest_after_a_ranking_scope_is_a_rank_and_tripling_thrice_is_seven_hundred_percent():
    facts = extract_text("是全县第一大镇,成为全国第二大经济体,总量翻三番。第二大道,全省第三批。")
    assert [(f.text, f.value, f.unit, f.kind) for f in facts] == [
        ("全县第一", 1, "名", "rank"),
        ("全国第二", 2, "名", "rank"),
        ("翻三番", 700, "%", "change"),  # doubled three times: ×8, +700%
    ]


def test_air_quality_figures_an_index_and_days_counted():
    facts = extract_text("PM2.5浓度16µg/m3,一氧化碳1.0mg/m3,臭氧33μg/m³;全市综合指数为4.03,基尼系数0.46;"
                         "优良天数为128天,从149天增加到238天,无霜期158天。")
    assert [(f.text, f.value, f.unit, f.kind) for f in facts] == [
        ("16µg/m3", 16, "微克/立方米", "amount"),
        ("1.0mg/m3", 1, "毫克/立方米", "amount"),
        ("33μg/m³", 33, "微克/立方米", "amount"),
        ("4.03", 4.03, "", "amount"),  # an index's value has no unit
        ("0.46", 0.46, "", "amount"),
        ("128天", 128, "天", "amount"),  # good-air days are counted, not spent
        ("149天", 149, "天", "amount"),
        ("238天", 238, "天", "amount"),
        ("158天", 158, "天", "duration"),  # the frost-free period is a span
    ]
    # negative: a decimal with neither unit nor an index before it is still left out
    assert extract_text("完成4.03,进展顺利") == []
    assert [(f.text, f.unit) for f in extract_text("新建蓄水池200m3,道路长200m")] == [("200m3", "立方米"), ("200m", "米")]


def test_a_number_after_a_noun_of_counting_is_a_count_without_a_unit():
    facts = extract_text("有劳动力资源数13208,其中外出务工人员10867人;参保人数为12345,户数125。")
    assert [(f.text, f.value, f.unit, f.subject) for f in facts] == [
        ("13208", 13208, "", "劳动力资源数"),  # long, yet kept: its noun says what it counts
        ("10867人", 10867, "人", "外出务工人员"),
        ("12345", 12345, "", "参保人数"),
        ("125", 125, "", "户数"),
    ]
    # negative: a 数 that counts nothing, a year, and a list's next number stay out
    assert extract_text("全县指数4。参保人数2020,大多数1234") == []
    assert extract_text("还本付息决算数22、2022年地方政府新增债券使用情况表") == []


def test_villages_named_by_their_households_are_no_counts():
    text = "镇政府驻五百户村。辖土山、四百户、三百户、骡子王、东七百户、头百户、仓上43个行政村。"
    assert [(f.text, f.value) for f in extract_text(text)] == [("43个", 43)]
    # negative: a count of households in a list comes with its noun, and stays
    assert [f.value for f in extract_text("新增脱贫户三百户、五保户二十户。")] == [300, 20]


def test_a_number_written_twice_is_two_facts():
    facts = extract_text("临时救助金5.2万元。另发放慰问金5.2万元。")
    assert [f.value for f in facts] == [52000, 52000]
    assert facts[0].start != facts[1].start


def test_subject_names_what_is_measured():
    facts = extract_text("实现村集体经济总收入1151.63万元,全镇实现规上工业产值29.74亿元,同比增长31.3%")
    assert [f.subject for f in facts] == ["村集体经济总收入", "规上工业产值", "规上工业产值"]


def test_subject_of_a_run_is_the_counted_thing():
    facts = extract_text("共计8批次930亩土地20幢房屋105穴坟墓767户政策处理工作")
    assert [f.subject for f in facts][1:4] == ["土地", "房屋", "坟墓"]


@pytest.mark.parametrize("phrase, subjects", [
    ("国民生产总值由2.9亿元增长为8亿元", ["国民生产总值", "国民生产总值"]),  # a verb of change names nothing
    ("稻谷面积184865亩,增加6727亩;烟叶面积34458亩,减少4181亩", ["稻谷面积", "稻谷面积", "烟叶面积", "烟叶面积"]),
    ("产业结构由上年的22%和78%调整为21%和79%", ["产业结构"] * 4),  # nor 调整为, nor the year the shares were
    # a proportion named as such (比重) is a measure of its own, a plan's part (占全年计划) passes on what was done
    ("城镇人口6.3万人,占总人口比重为46.5%,比上年末提高0.8个百分点", ["城镇人口", "占总人口比重", "占总人口比重"]),
    ("到位资金13456万元,占全年计划的67%,同比增长17.8%", ["到位资金", "到位资金占全年计划", "到位资金"]),
    ("参保率由80%提高到95%", ["参保率", "参保率"]),
    ("新建道路3公里,投资500万元", ["道路", "投资"]),  # a lone verb of doing names the investment
    ("动员16户71人参与大搬快聚", ["参与大搬快聚", "参与大搬快聚"]),  # … after the run's noun
    ("①完成改厕30个", ["改厕"]),  # a numbering marker is no part of it
    ("1.2024年我镇实现财政总收入2.09亿元", ["我镇实现财政总收入"]),  # nor a list's number before a year
    ("增幅全省排第7位", ["增幅"]),  # nor a ranking verb with its scope
    ("300公里农村公路安保工程,现已完成344公里", ["农村公路安保工程", "农村公路安保工程"]),  # 现已 is no name
    ("我国60岁以上人口已达2.5亿", ["人口", "人口"]),  # people counted are no run's measure word (6个批次215亩)
    ("——贫困发生率降至0.5%", ["贫困发生率"]),
    ("每亩增收300-500元", ["每亩增收", "每亩增收"]),  # nor the low end of a range, a fact of its own
    ("新建3~5个站点", ["站点", "站点"]),
    ("位居全县第一", [""]),  # a ranking verb alone
    ("占地220亩的养殖场", ["养殖场"]),
    ("2022年全年完成粮食作物播种面积36.5万亩", ["粮食作物播种面积"]),  # not 022年… cut by the length limit
    ("平均亩产252.14公斤/亩,增长1.46%", ["平均亩产", "平均亩产"]),  # /亩 says per what, it names nothing
    ("工业增加值12亿元,按可比价计算增长5%", ["工业增加值", "工业增加值"]),
    ("预算收入4.33亿元,增长6.5%(按同口径计算增长12.8%)", ["预算收入"] * 3),  # a basis of computing names nothing
    ("农村居民人均可支配收入1万元,名义增长7.0%", ["农村居民人均可支配收入"] * 2),  # nor how the rate is reckoned
    ("城镇调查失业率控制在5.5%以内", ["城镇调查失业率"]),  # nor the ceiling's verb
    ("生产总值从39.7亿元增长到2020年61.95亿元", ["生产总值", "生产总值"]),  # nor the year a level was reached
    ("粮食产量2023年达到100万吨", ["粮食产量"]),
    # a measure's own name in brackets before 为 names the figure; a note in brackets does not
    ("城镇人口395万人,占常住人口比重(常住人口城镇化率)为57.98%,比上年末提高1.69个百分点",
     ["城镇人口", "常住人口城镇化率", "常住人口城镇化率"]),
    ("已完成77个村庄规划编制,完成率97.47%", ["村庄规划编制", "完成率"]),  # a verb that begins a rate's name stays
    ("有色金属产量100万吨,有效发明专利100件", ["有色金属产量", "有效发明专利"]),  # a name that begins like 有
    ("共享单车5000辆,达标率98%,预期寿命78.5岁", ["共享单车", "达标率", "预期寿命"]),  # … like 共, 达, 预期
    ("共有企业50家", ["企业"]),  # 共有 still opens the clause
    ("查处违法行为100起,完成设计3项", ["查处违法行为", "设计"]),  # a name that ends like 为 or 计
    ("产值达5亿元", ["产值"]),  # 达 still closes the clause
    ("完成投资额59.66亿元", ["投资额"]),  # not 额: 投资 is a head word, 投资额 a name
    ("2024年粮食产量100万吨,在2024年新增企业5家", ["粮食产量", "企业"]),  # nor a year opening the clause
    ("在校生5000人,在建项目30个", ["在校生", "在建项目"]),  # … but 在 that begins a name stays
    # 超过 opening a clause compares, as 高于 does: the points measure what the fact before did
    ("全省地区总产值增长6.2%,超过全国0.4个百分点", ["全省地区总产值", "全省地区总产值"]),
    ("完成投资超过5亿元", ["投资"]),  # … while 超过 before a figure is its qualifier
    # prepositions opening a clause (将, 对, 向) and particles closing it (了, 在, 低于) are no part of a name;
    # words that begin or end like them are (对外贸易, 从业人员)
    ("将加计扣除比例从75%提高到100%", ["加计扣除比例", "加计扣除比例"]),
    ("对外贸易增长5%,从业人员5000人,赤字率在3%", ["对外贸易", "从业人员", "赤字率"]),
    # a mark the clause cut off is no part of the name; a pair of quotes is
    ("管道改造工程(1698米)", ["管道改造工程"]),
    ("“十三五”时期全省生产总值年均增长6%左右", ["“十三五”时期全省生产总值"]),
    # 分别 after a clause that holds only a rate: the items are those the clause before lists
    ("主要行业是电气机械和器材制造业、橡胶和塑料制品业、化学原料制造业,增速分别为37.5%、22.1%和17.4%",
     ["电气机械和器材制造业", "橡胶和塑料制品业", "化学原料制造业"]),
    ("对18个开放性市场和安置区、15个写字楼、12家商超", ["开放性市场", "写字楼", "商超"]),  # each its own noun
    ("成立24支72人流调协查小组", ["流调协查小组", "流调协查小组"]),
    ("新引进企业12家(其中外资3家)", ["新引进企业", "外资"]),  # the bracket opens a remark
    ("配备社工与心理师各3名", ["社工与心理师"]),  # 各 closes, 配备 introduces
    ("完成征地6个批次215亩", ["征地批次", "征地"]),  # 批次 is the run's measure word
    ("其中城镇常住居民人均可支配收入达到42000元", ["城镇常住居民人均可支配收入"]),  # not 中城镇… cut in 其中
    ("规上工业增加值增长5%,居全省第1位", ["规上工业增加值", "规上工业增加值"]),  # a ranking verb names nothing
    ("规上工业增加值增长5%,全省排名第5位", ["规上工业增加值", "规上工业增加值"]),
    ("小麦种植面积210万亩,比上年增加3.18万亩", ["小麦种植面积", "小麦种植面积"]),  # nor a comparison base
    ("增速较1-5月上升1位", ["增速"]),
    ("合同金额12亿元,比增12%", ["合同金额", "合同金额"]),
    ("生产总值3157.30亿元(现价),可比增长5.9%", ["生产总值", "生产总值"]),  # 可比 is the basis, as 同比
    ("地区生产总值按可比价增长3%", ["地区生产总值"]),
    ("赤字率拟按3%安排", ["赤字率"]),  # 拟 and 按 close no name
    # a sum of money for a project named after 的: the project, its size between left out
    ("投资6000万元的1万亩柠檬种植基地项目", ["柠檬种植基地项目", "柠檬种植基地项目"]),
    ("总投资8.5亿元的城市排水防涝能力提升工程", ["城市排水防涝能力提升工程"]),
    ("完成投资5亿元的目标", ["目标"]),  # negative: no project named
    # a percentage that opens its clause, then 的: the share is of the things named after it
    ("每个县有1-2个县域特色产业", ["县域特色产业", "县域特色产业"]),  # a range: both ends measure one thing
    ("年活动积温2500-2800℃", ["年活动积温", "年活动积温"]),
    ("93%的村庄和96%的农户实现清洁取暖", ["村庄", "农户"]),
    ("71%的煤电机组实现超低排放", ["煤电机组"]),
    ("76%的城镇化率为产城融合奠定基础", ["城镇化率"]),
    ("城镇化率达到60%的水平", ["城镇化率"]),  # negative: a name before it
    ("农宅空置率30%—50%的“空心村”", ["农宅空置率", "农宅空置率"]),  # negative: a range's high end
    ("全市模拟考试参考人数3000人", ["模拟考试参考人数"]),  # … but 模拟 is a word
    ("累计完成税收收入42万元,完成年度任务120万元的35%", ["税收收入", "年度任务", "税收收入"]),  # what was completed
    ("完成国内生产总值31100万元,占年计划的58.2%,同比增长17.8%", ["国内生产总值", "国内生产总值占年计划", "国内生产总值"]),
    ("城镇化率65%,提高2个百分点", ["城镇化率", "城镇化率"]),
    ("6个社区年收入超过40万元", ["社区", "社区年收入"]),  # the count names 社区, the amount its income
    ("年产值突破200亿元,同比增长5%", ["年产值", "年产值"]),  # an attribute alone names the measure
    ("人均3000元", [""]),  # … but 人均 alone names nothing
    ("7个村均实现双达标", ["村"]),
    ("综合排名位列全省第3名", ["综合排名"]),  # 位列 is trimmed, 排名 kept
    ("企业数量增加至50家", ["企业数量"]),
    ("工业企业12家、商贸企业24家,合计36家", ["工业企业", "商贸企业", "企业"]),  # a total: what the items share
    # households and people after the units a place governs are the place's, not its units'
    ("全村辖8个村民小组,共528户1548人", ["村民小组", "全村", "全村"]),
    ("下龙村属我县极贫村,辖12个村,76个社区,共612户2325人", ["村", "社区", "下龙村", "下龙村"]),
    ("街头镇总面积224平方公里,辖77个行政村,5.6万人", ["街头镇总面积", "行政村", "街头镇"]),
    ("辖12个村,163个互助组,3638户,12320人", ["村", "互助组", "", ""]),  # no place named: nothing
    ("有居民38535户、79715人", ["居民", "居民"]),  # negative: no governing word
    # a result with no noun of its own counts what the plan's count before it named after its unit
    ("我市计划新增7条公交线路,现已新增20条", ["公交线路", "公交线路"]),
    ("计划新建1万亩蔬菜基地,现已建成9120亩", ["蔬菜基地", "蔬菜基地"]),
    ("计划新建80个社区便利店,现已超额完成93个", ["社区便利店", "社区便利店"]),
    ("年度计划投资44.62亿元,完成投资6.50亿元", ["年度计划投资", "投资"]),  # negative: money is named before it
    ("新增500户。新增300户", ["新增", "新增"]),  # negative: another sentence
    # a verb after the figure starts a new predicate: what it does is no part of the counted noun
    ("使用转贷应急周转金8.1亿元帮助65家企业获得信贷支持", ["使用转贷应急周转金", "企业"]),
    ("筹集1.2亿元资金", ["资金"]),  # negative: the noun after the sum is what it is
    # the wider places' figures in brackets measure the same thing there; what follows goes on from the figure before
    ("人均可支配收入4894元(全国5963元、全省4881元),同比增长16.8%(全国7.1%、全省14.8%)",
     ["人均可支配收入", "全国人均可支配收入", "全省人均可支配收入", "人均可支配收入", "全国人均可支配收入",
      "全省人均可支配收入"]),
    # 可比价 (at comparable prices) names nothing: the growth is of what the clause before named
    ("全区实现地区生产总值91.4亿元,可比价同比增长5.1%", ["全区实现地区生产总值"] * 2),
    # … and a place compared, named before its figure in brackets
    ("生产总值增长8.4%,比全省(7.7%)和全国平均水平(7.0%)分别高0.7、1.4个百分点",
     ["生产总值", "全省生产总值", "全国平均水平", "生产总值", "生产总值"]),
    # 增 written short for 增加 names nothing: the amount added is of what the clause before measured
    ("粮豆总产18.2万吨,比2013年的17.3459万吨,增0.8541万吨,增4.9%", ["粮豆总产"] * 4),
    ("全年实现了销售收入5亿元", ["销售收入"]),  # 了 after the verb is trimmed with it
    ("到位资金10929.3亿元,实现了36.5%的较快增长", ["到位资金", "到位资金"]),  # nothing named: the amount's
    ("培训农民工120人、退役军人30人,合计150人", ["培训农民工", "退役军人", ""]),
    # 分别 after a clause of its own: the items that open the sentence, the last up to its verb or base
    ("遵义、黔西南、安顺地区生产总值比上年同期保持两位数增长,分别增长11.7%、11.5%、11.3%",
     ["遵义", "黔西南", "安顺地区生产总值"]),
    ("黔南、铜仁、六盘水、黔西南位于1000亿元至1500亿元之间,分别为1310.35、1098.90、1081.33、1050.40亿元",
     ["黔南、铜仁、六盘水、黔西南"] * 2 + ["黔南", "铜仁", "六盘水", "黔西南"]),
    # items that are no subject (甲、乙) are not given; the two amounts before 分别 are, in order
    ("启动甲、乙等重点项目70个,完成投资43.5亿元,分别增长40%和56%",
     ["启动甲、乙等重点项目", "投资", "启动甲、乙等重点项目", "投资"]),
    ("遵义地区突破3000亿元 同比增速位居首位", ["遵义地区", "增速"]),  # a space after the unit ends the phrase
    ("甜菜播种面积创新高,达1.17万亩", ["甜菜播种面积"]),  # a verb alone: the clause before names it
    # a change that opens the clause after a semicolon and names nothing compares the same measure again
    ("生产总值423.19亿元,同比增长14.8%;比2019年同期增长13.4%,两年平均增长6.5%", ["生产总值"] * 4),
    ("生产总值423.19亿元,同比增长14.8%;工业增加值增长13.4%", ["生产总值", "生产总值", "工业增加值"]),
    # a phrase ending in 的 after the count qualifies what is counted, though it opens on a verb (有)
    ("积极引进2个有实力的企业", ["有实力的企业"]),
    ("今年以来,达到120万吨", [""]),  # … not a time
    ("谋划储备500个5000万元以上重大项目", ["重大项目", "重大项目"]),  # the threshold qualifies the noun counted
    ("新增3家规模以上企业", ["规模以上企业"]),
    ("肉、奶产量分别达到21.2万吨和27.4万吨", ["肉产量", "奶产量"]),  # one character sharing the last item's noun
    ("第一、二、三产业贡献率分别为12.0%、19.0%、69.0%", ["二、三产业贡献率"] * 3),  # … not in a list of three
    # periods listed before 分别 measure the noun after the last of them
    ("一季度、上半年、前三季度、全年全市GDP分别增长6.7%、6.6%、6.2%、6.0%", ["GDP"] * 4),
    ("1-3月、1-6月规上工业增加值分别增长5.1%、6.3%", ["规上工业增加值"] * 2),
    # an infobox's or a form's label before a colon names the figure after it
    ("下辖地区: 10个行政村\n\n面 积: 58.13平方千米\n\n耕地面积: 2.6万亩", ["行政村", "面 积", "耕地面积"]),
    ("• 签到天数: 723 天", ["签到天数"]),
    ("主要指标完成情况如下:地区生产总值增长5%", ["地区生产总值"]),  # … not a sentence's colon
    # a ranking verb alone, or a range of years, names nothing: the clause before does
    ("GDP增长7%,排全省第2位", ["GDP", "GDP"]),
    ("地区生产总值增长8%,2021-2024年年均增长7.4%", ["地区生产总值", "地区生产总值"]),
    # who came: 出席 is a new predicate, the people are named around the count
    ("辖区各类代表共231人出席", ["辖区各类代表"]),
    ("523名市人大代表出席会议", ["市人大代表"]),
    ("17名列席人员出席会议", ["列席人员"]),
    # an adverb of continuing before a ranking verb: the verb alone names nothing
    ("GDP总量为2万亿元,仍排名全国第14位", ["GDP总量", "GDP总量"]),
    ("继续教育经费5万元", ["继续教育经费"]),  # … but 继续教育 is a name
    # a time alone names nothing: the fact before does
    ("前10月,全省规模以上工业增加值增长7.7%,其中,10月当月增长5.6%", ["全省规模以上工业增加值"] * 2),
    # 分居 and 分列 rank the items before them
    ("两项指标分列全省第1、第3位", ["指标", "指标", "指标"]),
    # a rise from one fiscal year's figure to another's: what rose (ROC years too)
    ("岁入自2014年度318亿元至2018年度405亿元", ["岁入", "岁入"]),
    ("經濟發展支出從103年度41億餘元到107年度84億餘元", ["經濟發展支出", "經濟發展支出"]),  # in the original script
    # 方面 frames a topic: the topic names the figure
    ("固定资产投资方面,比上年增长2.5%", ["固定资产投资"]),
    # a final account's words: 短收 and 减收 name their own amount, the change after them what was named before;
    # a base's own value is the base period's; a frame's amount passes nothing on
    ("一般公共预算收入42100万元,短收7431万元,同比下降10.2%", ["一般公共预算收入", "短收", "一般公共预算收入"]),
    ("一般公共预算支出409525万元,同比减支46744万元,下降10.2%", ["一般公共预算支出", "减支", "一般公共预算支出"]),
    ("大口径财政收入67955万元,占预算101032万元的67.3%,较上年同期99895万元下降32.0%",
     ["大口径财政收入", "预算", "大口径财政收入", "上年同期", "大口径财政收入"]),
    # … the frame's verb is no part of what it holds (占地3000平方米 is no frame: 占地 is the land taken)
    ("完成投资2亿元,占年计划3亿元的66%", ["投资", "年计划", "投资"]),
    ("占地3000平方米", ["占地"]),
    # … while a base that names nothing still passes the figure before on (比上年增加3.18万亩)
    ("粮食播种面积58.2万亩,比上年增加3.18万亩", ["粮食播种面积", "粮食播种面积"]),
    ("出台促进经济平稳较快增长的十项措施", ["措施"]),  # … and not the last item  # a share that is no frame passes its subject on
    # the periods a change is compared with, listed after 比, name nothing: the figure before passes its name on
    ("增加值49590万元,同比下降0.5%,幅度比今年1-3月、1-4月、1-5月分别提高6.4个百分点、7.8个百分点、5.2个百分点",
     ["增加值"] * 5),
    # a base that names its year (与2015年相比) passes the figure before on, as 较2015年 does
    ("优良率为70.3%,与2015年相比上升2.3%", ["优良率", "优良率"]),
    ("与2015年签约的3个项目", ["项目"]),  # (no 相比: no base)
    # 共有 before a count of the units a place administers governs as 辖 does: the households after are the place's
    ("全村共有5个村民小组,528户1548人", ["村民小组", "全村", "全村"]),
    ("全镇共有企业12家,职工300人", ["企业", "职工"]),  # (no units administered: each figure its noun)
    # a verb of having at either edge names nothing (该村有, 现有党员, 仅有), a word it ends does (国有)
    ("该村有329户1456人", ["该村", "该村"]),
    ("现有耕地面积3000亩,中央补助款仅有50亿元,国有15家", ["耕地面积", "中央补助款", "国有"]),
    ("还有95%", [""]),
    # a place taken whole names its people and households counted right after it, and nothing else alone
    ("全县不足6000人拥有近70万牲畜", ["全县", "牲畜"]),  # (拥有 a new predicate: no 拥 counted)
    ("全镇11029户", ["全镇"]),
    ("全乡7203户、34215人", ["全乡", "全乡"]),
    ("全县增长5%", [""]),
    ("全镇3人被评为先进个人", [""]),  # (the people a deed counts, not the town's)
    ("3个项目都已开工", ["项目"]),  # (都 closes the noun before a predicate)
    # 平均 before a figure says "on average": no part of the name (均 alone would cut 平均 in two)
    ("全镇人均纯收入平均达到8000元", ["人均纯收入"]),
    ("平均气温12℃", ["平均气温"]),
    ("1.煤炭行业1-4月累计完成增加值2.1亿元", ["煤炭行业1-4月累计完成增加值"]),  # (a list number's point left at the cut)
    ("村里公示账目清单已经30多年了", ["村里公示账目清单"]),  # (了 after the figure closes the clause: no noun)
    # within a span (内, 里) is no part of what is done in it
    ("3个工作日内办结", ["办结"]),
    ("合作社成立至今的四个月里实现了6万元的收益", ["合作社成立至今", "收益"]),
    ("全县粮食产量3万吨", ["粮食产量"]),
    # a quote opened before a figure is no part of the name, and closes what it counts
    ("全县实现 “零伤亡”,各项工作推进", ["伤亡"]),
    # a conjunction ending the clause before the figure (…并位列) is no part of the name; 兼并 is a word
    ("该县入选全国榜单并位列38位", ["该县入选全国榜单"]),
    ("全年企业兼并12家", ["企业兼并"]),
    # a count with no noun of its own after a count's noun and 、 is the run's owner's, not that noun's
    ("全村共有15个村民小组、620户、2300人", ["村民小组", "全村", "全村"]),
    ("星海家属院共1栋楼、28户", ["楼", "星海家属院"]),
    ("引进企业5家、项目3个", ["企业", "项目"]),  # (项目 names the 3: no count's noun before it)
    # an item before 、 right before a count with its own noun is another item of the list
    ("审计报告反映涉及4个方面、29个单位共计50项具体问题", ["单位", "具体问题"]),
    ("改造道路、桥梁、3座水厂", ["水厂"]),
    ("新建学校、医院5所", ["学校、医院"]),  # (the list before the count is what it counts)
    # an adverb before 有 (就有, 还有, 也有) opens the predicate as 有 does
    ("该村养猪20头的大户就有40余户", ["大户", "大户"]),
    # 由…发展到… is a level grown to, as 由…扩大到…: both ends are the thing's
    ("全乡中药材种植面积已由原来的400亩发展到6500亩", ["中药材种植面积", "中药材种植面积"]),
    ("全镇合作社发展到30家", ["合作社"]),
    # the deed a verb brings to those counted (予以, 给予, 进行) names them
    ("对1人予以记大过处分,对2人予以提醒谈话", ["记大过处分", "提醒谈话"]),
    ("对50户进行走访", ["走访"]),
    # 分别 gives the changes to the amounts before them in order, whatever their units
    ("接待游客4213.72万人次,实现旅游综合收入233.97亿元,分别增长8.08%和15.45%",
     ["接待游客", "旅游综合收入", "接待游客", "旅游综合收入"]),
])
def test_subject_leaves_out_what_names_nothing(phrase, subjects):
    assert [f.subject for f in extract_text(phrase)] == subjects


def test_template_residue_is_not_a_quantity():
    from duban.clean.chrome import strip_chrome
    from duban.clean.normalise import normalise
    from duban.document import Document
    from duban.extract.quantities import extract_quantities

    doc = Document(source="t", original="一年来,关键词2主要抓了以下工作:完成改厕30个。")
    extract_quantities(normalise(strip_chrome(doc)))
    assert [f.text for f in doc.facts] == ["30个"]


def test_scan_text_offsets_are_into_the_given_text():
    text = "开展活动30场"
    (q,) = scan_text(text)
    assert text[q.start : q.end] == "30场"


def test_numbers_left_out_for_want_of_a_unit_are_counted_in_a_warning():
    from duban.clean.normalise import normalise
    from duban.document import Document
    from duban.extract.quantities import extract_quantities

    original = "完成产值12.5亿元,检测编码1234甲乙,配备2.5吋屏幕。"
    doc = Document(source="t", original=original)
    extract_quantities(normalise(doc))
    assert [f.text for f in doc.facts] == ["12.5亿元"]
    (warning,) = [w for w in doc.warnings if "for want of a unit" in w]
    assert warning.startswith("2 number(s)") and f"offset {original.index('1234')}" in warning


def test_a_long_report_read_a_stretch_at_a_time_warns_of_the_same_numbers_and_stores_the_warning(
        monkeypatch, tmp_path):
    from duban.extract import quantities
    from duban.extract.context import FactStream
    from duban.pipeline import process
    from duban.read import read_file
    from duban.store import Database

    path = tmp_path / "report.txt"
    path.write_text("一、工作回顾\n完成产值12.5亿元。\n检测编码1234甲乙。\n" + "开展活动30场。\n" * 40
                    + "配备2.5吋屏幕。\n", encoding="utf-8")
    whole = process(read_file(path))
    monkeypatch.setattr(quantities, "STREAM_CHARS", 0)  # every document counts as long
    monkeypatch.setattr(quantities, "CHUNK", 60)
    streamed = process(read_file(path))
    assert isinstance(streamed.facts, FactStream)
    with Database(tmp_path / "store.db") as db:
        doc_id = db.ingest_document(streamed)[1]
        stored = [w for w in db.warnings(doc_id) if "for want of a unit" in w]
    (expected,) = [w for w in whole.warnings if "for want of a unit" in w]
    assert stored == [expected] and expected.startswith("2 number(s)")


def test_pinyin_printed_after_characters_is_read_through():
    original = "全市35個(gè)行業(yè)大類中,小麥種植面積210.0萬(wàn)畝,同比增長(zhǎng)10.4%"
    facts = extract_text(original)
    assert [(f.text, f.value, f.unit, f.kind) for f in facts] == [
        ("35個", 35, "个", "amount"),
        ("210.0萬(wàn)畝", 2100000, "亩", "amount"),
        ("同比增長(zhǎng)10.4%", 10.4, "%", "change"),
    ]
    assert facts[1].subject == "小麥種植面積"
    assert all(original[f.start : f.end] == f.text for f in facts)


@pytest.mark.parametrize("original, expected", [
    # a converter that printed a syllable twice or thrice: all of it is read through
    ("有世界第(di)(di)三亞(ya)洲(zhou)第(di)(di)一的(de)東(dong)寨港紅樹林", [
        ("世界第(di)(di)三", 3, "名", "rank"), ("亞(ya)洲(zhou)第(di)(di)一", 1, "名", "rank")]),
    ("距市(shi)政(zheng)府(fu)(fu)21千(qian)米,演(yan)(yan)西10個(ge)村委會", [
        ("21千(qian)米", 21, "公里", "amount"), ("10個", 10, "个", "amount")]),
    # negative: letters without a vowel in brackets are a unit's abbreviation, not pinyin
    ("面积(km)(km)达到5平方公里", [("5平方公里", 5, "平方公里", "amount")]),
])
def test_pinyin_printed_several_times_after_a_character_is_read_through(original, expected):
    facts = extract_text(original)
    assert [(f.text, f.value, f.unit, f.kind) for f in facts] == expected
    assert all(original[f.start : f.end] == f.text for f in facts)


def test_units_of_transport_work_and_of_visits_to_stations():
    facts = extract_text("完成货物周转量1514亿吨公里,旅客周转量56.2亿人公里,超警洪水388站次,出动车辆20台次。")
    assert [(f.text, f.unit) for f in facts] == [
        ("1514亿吨公里", "吨公里"), ("56.2亿人公里", "人公里"), ("388站次", "站次"), ("20台次", "台次")]


def test_a_space_between_a_magnitude_and_its_unit_is_one_joint_like_the_others():
    facts = extract_text("草场面积443.16萬 畝,投资3亿 元。")
    assert [(f.text, f.value, f.unit) for f in facts] == [("443.16萬 畝", 4431600, "亩"), ("3亿 元", 300000000, "元")]


def test_population_is_a_noun_counted_by_its_magnitude_not_a_unit():
    facts = extract_text("保障了900多万人口的防洪安全,农村人口8.9万。")
    assert [(f.text, f.value, f.unit) for f in facts] == [("900多万", 9000000, ""), ("8.9万", 89000, "")]



def test_a_measure_word_no_table_knows_after_a_magnitude_is_the_unit_as_after_digits():
    facts = extract_text("小水电发电量达到5800万度。现日播种能力1.1万盘,大概有30萬嘛!")
    assert [(f.text, f.value, f.unit) for f in facts] == [
        ("5800万度", 58000000, "度"), ("1.1万盘", 11000, "盘"), ("大概有30萬", 300000, "")]  # 嘛 is a particle
    # negative: a verb that begins a word is no measure word
    assert [(f.text, f.unit) for f in extract_text("投资3000万建设道路,筹资20万修路。")] == [("3000万", ""), ("20万", "")]


def test_a_word_after_the_last_rate_of_a_list_makes_every_rate_of_it_a_change():
    facts = extract_text("分别实现 14.2%、5.2%、157.3% 的同比增长,出现3% 的下降。")
    assert [(f.value, f.kind) for f in facts] == [(14.2, "change"), (5.2, "change"), (157.3, "change"), (-3, "change")]
    # negative: a list of shares followed by a clause of its own stays shares
    assert [f.kind for f in extract_text("占比分别为14.2%、5.2%,增长较快")] == ["share", "share"]


def test_about_before_the_verb_of_a_share_qualifies_the_share():
    facts = extract_text("货物进出口值约占全市42.3%,超支約佔3成,贫困户约占全镇总户数的60%。")
    assert [(f.text, f.approx, f.subject) for f in facts] == [
        ("约占全市42.3%", "about", "货物进出口值"), ("約佔3成", "about", "超支"), ("约占全镇总户数的60%", "about", "贫困户")]
    # negative: a share with no qualified verb stays exact
    assert [(f.text, f.approx) for f in extract_text("占全镇总户数的60%")] == [("60%", "exact")]


def test_a_run_of_years_names_nothing_so_the_figure_before_it_names_the_run():
    facts = extract_text("优良天数比例达94%,超额完成年度目标,连续两年超九成。")
    assert [(f.text, f.subject) for f in facts] == [("94%", "优良天数比例"), ("两年", "优良天数比例"), ("超九成", "优良天数比例")]


def test_kilowatts_written_in_capitals_and_amounts_per_day():
    facts = extract_text("建设60KW村级光伏电站,年发电量1200KWh,日供水规模20000吨/日,接待游客3000人/天。")
    assert [(f.text, f.unit) for f in facts] == [
        ("60KW", "千瓦"), ("1200KWh", "千瓦时"), ("20000吨/日", "吨/日"), ("3000人/天", "人/天")]
    # negative: a date written with slashes stays out
    assert extract_text("时间为2023/5/1") == []


def test_a_posts_count_and_the_count_actually_held_both_measure_the_posts():
    facts = extract_text("行政编制30人实有19人,事业编制27人实有37人。")
    assert [f.subject for f in facts] == ["行政编制", "行政编制", "事业编制", "事业编制"]


def test_below_and_above_before_a_rate_bound_it_but_compare_two_rates_before_points():
    facts = extract_text("完成率低于91.7%,比例高于60%,增速低于全国10.5个百分点。")
    assert [(f.text, f.approx, f.kind) for f in facts] == [
        ("低于91.7%", "under", "share"), ("高于60%", "over", "share"), ("10.5个百分点", "exact", "change")]


def test_a_modal_before_the_figure_is_no_part_of_its_subject():
    facts = extract_text("GDP要增长11%以上,全省粮食总产量将超过850亿斤,农民人均纯收入有望增长6%以上。规划纲要3项。")
    assert [f.subject for f in facts] == ["GDP", "全省粮食总产量", "农民人均纯收入", "规划纲要"]


def test_a_page_that_spaces_its_decimal_points_spaces_them_at_a_lines_start_and_in_a_list_too():
    text = ("完成出口额 10000 万美元,合同投资额 1. 04 亿美元,计划总投资 60. 5 亿元,固定资产投资\n"
            "24. 3 亿元,比上年分别增长 36. 8、25%、33. 3%。")
    facts = extract_text(text)
    assert [(f.value, f.unit) for f in facts][-5:] == [(60.5e8, "元"), (24.3e8, "元"), (36.8, "%"), (25, "%"), (33.3, "%")]
    # negative: on a page with no such decimals, a list's number at a line's start stays a marker
    assert [(f.text, f.value) for f in extract_text("工作如下:\n1. 3个村完成改造")] == [("3个", 3)]


def test_a_price_per_kilowatt_hour():
    assert [(f.text, f.unit) for f in extract_text("电价0.24元/度,坡度25度以上")] == [("0.24元/度", "元/度"), ("25度以上", "度")]


def test_reign_years_and_stretches_named_as_such_are_no_spans():
    assert [f.text for f in extract_text("设县治于明正德七年(公元1512年)。现辖6镇6乡")] == ["6镇", "6乡"]
    assert extract_text("对今后五年青浦经济和社会发展作出部署。") == []
    assert [f.text for f in extract_text("五年中完成实事工程项目86项。")] == ["86项"]
    # negative: a span measured stays one
    assert [f.text for f in extract_text("建设期三年,历时近3个月")] == ["三年", "近3个月"]


def test_a_pollutants_name_written_with_a_space_keeps_its_number():
    facts = extract_text("同比下降 14.99%;PM 2.5\n年均浓度为 58μg/m3;O 3 浓度为 183μg/m3")
    assert [f.text for f in facts] == ["同比下降 14.99%", "58μg/m3", "183μg/m3"]  # no 2.5年, no 3


def test_a_place_named_with_a_numeral_and_tai_counts_no_machines():
    assert extract_text("三台县进都乡农业服务中心,九台区发展") == []
    # negative: machines counted stay, also before a word that begins with 县
    assert [f.text for f in extract_text("新建三台变压器,购置3台县级设备")] == ["三台", "3台"]


def test_a_change_whose_clause_names_only_a_time_measures_what_came_before():
    facts = extract_text("全市地区生产总值完成1161.1亿元,“十二五”期间年均增长7.6%。")
    assert [f.subject for f in facts] == ["地区生产总值", "地区生产总值"]
    # negative: a name before the time keeps its clause's subject
    assert [f.subject for f in extract_text("重庆规上工业增加值5月份增长9.7%")] != [""]


def test_a_total_and_its_parts_in_brackets_share_the_measure_after_the_bracket():
    facts = extract_text("完成税收2699(国税1636、地税1036)万元,完成投资12(其中政府投资5)亿元。")
    assert [(f.text, f.value, f.unit) for f in facts] == [
        ("2699", 26990000, "元"), ("1636", 16360000, "元"), ("1036", 10360000, "元"), ("12", 1.2e9, "元"), ("5", 5e8, "元")]
    # negative: a bracket of a unit or a name is no breakdown
    assert [(f.text, f.unit) for f in extract_text("共10(个)项目,地区生产总值(GDP)100亿元")] == [("10(个)", "个"), ("100亿元", "元")]


def test_a_comparative_before_a_rate_after_a_base_of_comparison_makes_a_change():
    facts = extract_text("到场率为96.1%,较服务承诺标准高3.1%,价格比上年低5%。")
    assert [(f.text, f.value, f.kind) for f in facts] == [
        ("96.1%", 96.1, "share"), ("高3.1%", 3.1, "change"), ("低5%", -5, "change")]
    # negative: 比 inside a noun of shares (比重, 占比) opens no base, and 高达 is no comparative
    assert [f.kind for f in extract_text("比重高5%,占比低2%,比例高达95%。")] == ["share", "share", "share"]


def test_working_days_as_hong_kong_writes_them_are_a_duration():
    facts = extract_text("验收工作由原来的52個工作天缩短至35个工作天。")
    assert [(f.text, f.unit, f.kind) for f in facts] == [
        ("52個工作天", "工作天", "duration"), ("35个工作天", "工作天", "duration")]


def test_bare_figures_listed_one_to_one_after_respectively_are_counts_however_long():
    facts = extract_text("屋宇署发出的清拆令、警告通知及劝喻信分别为11,816、332及2972,较2005年下降。")
    assert [(f.text, f.value, f.unit, f.subject) for f in facts] == [
        ("11,816", 11816, "", "屋宇署发出的清拆令"), ("332", 332, "", "警告通知"), ("2972", 2972, "", "劝喻信")]
    # negative: a figure alone after 分别为, and years listed so, are no counts
    assert extract_text("两地分别为2972") == [] and extract_text("分别为2019、2020年建成") == []
    # negative: a list whose last figure has a unit or a magnitude shares it (or, a magnitude alone, nothing)
    assert [f.text for f in extract_text("分别为11,816、332及2972宗。")] == ["11,816", "332", "2972宗"]
    assert [f.text for f in extract_text("分别为3、5万")] == ["5万"]


def test_a_litre_written_as_hong_kong_and_taiwan_write_it_is_a_litre():
    assert [(f.text, f.unit) for f in extract_text("每日节约个人用水10公升。")] == [("10公升", "升")]


def test_a_clause_of_head_words_after_a_semicolon_measures_what_the_clause_before_did():
    facts = extract_text("一般公共预算收入当月完成25.2亿元,下降43.8%;累计完成427.4亿元,增长34.6%。")
    assert [f.subject for f in facts] == ["一般公共预算收入当月"] * 4
    # negative: after a full stop the same words name nothing
    assert [f.subject for f in extract_text("非税收入完成2亿元。达到5亿元。")] == ["非税收入", ""]


def test_symbols_a_spam_mirror_strews_after_figures_are_no_counted_noun():
    facts = extract_text("今年力争棉花总产继续保持在500万吨以上%*@#*,粮食产量423.8亿斤%%%,增加61.1亿斤@*#。")
    assert ["棉花总产" in facts[0].subject, facts[1].subject, facts[2].subject] == [True, "粮食产量", "粮食产量"]


def test_a_threshold_before_a_noun_bounds_the_measure_named_before_it():
    facts = extract_text("地区生产总值超200亿元的县(市、区)达50个以上,力争年收入过10万元的村集体达到50个。")
    assert [(f.text, f.subject) for f in facts] == [
        ("超200亿元", "县地区生产总值"), ("50个以上", "县"), ("过10万元", "村集体年收入"), ("50个", "村集体")]
    # negative: with a verb and no measure before it, the sum is the thing's after it (投资 alone is the verb)
    assert extract_text("投资1500余万元的易地扶贫搬迁工程")[0].subject == "易地扶贫搬迁工程"


def test_a_total_with_one_item_or_none_before_it_takes_what_the_clause_before_holds():
    assert extract_text("举办各类文艺演出,共计1247场。")[0].subject == "举办各类文艺演出"
    facts = extract_text("工业企业12家、商贸企业24家,合计36家。")
    assert facts[-1].subject == "企业"  # (items listed: what they share)


def test_a_table_printed_a_cell_a_line_with_its_marks_counts_under_its_rows_labels():
    facts = extract_text("信息内容 |\n本年新制作数量 |\n本年新公开数量 |\n|\n规章(设区的市、自治州人民政府应提供相关数据) |\n0 |\n87 |\n0 |\n|\n")
    assert [(f.text, f.value, f.unit, f.subject) for f in facts] == [("0", 0, "", "规章"), ("87", 87, "", "规章"), ("0", 0, "", "规章")]
    # negative: a row of the columns' numbers under 栏次 counts nothing
    assert extract_text("栏次 |\n1 |\n2 |\n3 |\n4 |\n") == []


def test_one_and_a_measure_of_time_bounded_after_it_is_a_span_of_one():
    assert [(f.text, f.approx) for f in extract_text("需要连续有一周左右的晴朗天气,时间从一个月以上压缩到4个工作日以内")][:2] == [
        ("一周左右", "about"), ("一个月以上", "over")]
    assert extract_text("一年来,全镇上下共同努力") == []  # negative: 一年来 is the past year, no span


def test_a_year_run_into_the_next_ones_digits_is_no_span_of_years():
    assert extract_text("202223年,东联村对口帮扶单位投入近20万元")[0].text == "近20万元"


def test_a_village_group_named_by_a_character_and_its_number_is_a_name():
    facts = extract_text("五星组152人、塘七组111人、窝十八组72人")
    assert [(f.text, f.subject) for f in facts] == [("152人", "五星组"), ("111人", "塘七组"), ("72人", "窝十八组")]
    # negative: groups counted after 共 are a count
    assert [f.text for f in extract_text("全村共七组1120人")] == ["七组", "1120人"]


def test_a_run_of_roc_years_from_one_to_another_dates_the_text():
    # 自111年至114年: years as the ROC counts them, no spans of a century; 3年至5年 stays two spans
    assert [f.text for f in extract_text("114年補助原民區自治財源3.02億元,自111年至114年總共挹注高達11.8億元")] == [
        "3.02億元", "11.8億元"]
    assert [f.text for f in extract_text("工期3年至5年")] == ["3年", "5年"]


def test_an_amount_in_parts_may_leave_a_place_empty_with_zero():
    assert [(f.text, f.value) for f in extract_text("人口約1萬零24人,經費1亿零200万元")] == [
        ("約1萬零24人", 10024), ("1亿零200万元", 102000000)]


def test_years_and_more_since_are_a_period_named_as_years_since_are():
    # 一年多来 as 一年来: the time since, no span measured; 九年制学校 is a kind of school
    assert extract_text("一年多来,全镇上下共同努力。两年多来,我们坚持") == []
    assert [(f.text, f.subject) for f in extract_text("建成1所县城九年制学校")] == [("1所", "县城九年制学校")]


def test_a_note_in_brackets_between_a_change_cue_and_its_rate_keeps_the_change():
    facts = extract_text("地区生产总值374.76亿元,增长(比上年,下同)3.2%。全旗地区生产总值增长(按可比口径计算)2.3%")
    assert [(f.text, f.kind) for f in facts][1:] == [("增长(比上年,下同)3.2%", "change"), ("增长(按可比口径计算)2.3%", "change")]
    # negative: a unit's note before a bare figure makes no change (总产值(亿元)3.2)
    assert extract_text("总产值(亿元)3.2") == []


def test_the_base_a_change_starts_from_is_a_quantity_though_past_names_a_period():
    facts = extract_text("免疫工作由过去30天缩短至15天完成,办理时限由过去的20个工作日压缩至5个工作日")
    assert [(f.text, f.subject) for f in facts] == [
        ("30天", "免疫工作"), ("15天", "免疫工作"), ("20个工作日", "办理时限"), ("5个工作日", "办理时限")]
    # negative: the years 过去 names are a period, however the clause goes on
    assert extract_text("过去五年,全县地区生产总值") == [] and extract_text("回顾过去五年的工作") == []


def test_a_numeral_written_digit_by_digit_before_a_measure_word_is_that_number():
    # as Taiwan's documents write counts and rates (一O三件 with a Latin O: see the normalising tests)
    facts = extract_text("各單位所提出工程共為一一二件,其中一〇三件均予通過,未執行部分僅佔二〇%左右")
    assert [(f.text, f.value, f.approx) for f in facts] == [
        ("一一二件", 112, "exact"), ("一〇三件", 103, "exact"), ("二〇%左右", 20, "about")]
    # negative: a year, a ROC year, a range of two digits, an ordinal list of industries
    assert extract_text("二〇二四年") == [] and extract_text("一一二年度") == [] and extract_text("一二三产业融合") == []
    assert [f.value for f in extract_text("四五件")] == [4, 5]


def test_the_perfective_le_after_a_verb_is_no_part_of_what_the_verb_made():
    assert [(f.text, f.subject) for f in extract_text("全年新建了3所学校,建成了1座水厂")] == [
        ("3所", "学校"), ("1座", "水厂")]


def test_more_than_a_span_of_time_before_time_itself_is_over_that_span():
    assert [(f.text, f.approx) for f in extract_text("经过一年多时间的努力,用了两年多的时间")] == [
        ("一年多", "over"), ("两年多", "over")]
    # negative: 多 that begins a word after a count is no qualifier
    assert [(f.text, f.approx, f.subject) for f in extract_text("建成3个多功能室")] == [("3个", "exact", "多功能室")]


def test_a_range_written_with_a_comma_between_its_ends_shares_the_high_ends_scale_and_unit():
    assert [(f.text, f.value, f.unit) for f in extract_text("目前除有五、六千萬元工程仍在規劃設計")] == [
        ("五", 5e7, "元"), ("六千萬元", 6e7, "元")]
    assert [(f.text, f.value) for f in extract_text("共有三、四十人参加")] == [("三", 30), ("四十人", 40)]
    # negative: a list of grades, months or ordinals shares no scale
    assert extract_text("一、二级公路") == [] and extract_text("五、六月份") == [] and extract_text("第五、六批") == []


def test_a_rate_per_hundred_thousand_is_a_share_of_its_own_unit():
    facts = extract_text("孕产妇死亡率分别控制在80/10万和12‰以下")
    assert [(f.text, f.value, f.unit, f.kind) for f in facts] == [
        ("80/10万", 80, "/10万", "share"), ("12‰以下", 12, "‰", "share")]
    assert extract_text("每10万人") == []  # negative: a denominator alone measures nothing


def test_a_roc_year_before_a_years_administration_dates_the_text():
    # (112年 is the year the township's administration is shown for, no span of 112 years)
    assert [(f.text, f.unit) for f in extract_text("秀林鄉公所舉行112年施政交流暨成果展活動,分八梯次辦理")] == [
        ("八梯次", "梯次")]
    # ... and so does the year a work is to start or open in (預計115年動工), where 3年完工 stays a span
    assert extract_text("中央公園景觀風貌改善工程預計115年動工。") == []
    assert [(f.text, f.kind) for f in extract_text("工程预计3年完工。")] == [("3年", "duration")]


def test_a_tables_cell_grouped_by_spaces_is_one_figure():
    # Hong Kong's and Macao's tables group thousands by a space: | 98 592 | is 98592, as a cell
    facts = extract_text("| 地區 | 喬木 | 灌木 | 總計 |\n| 中西區 | 125 | 98 592 | 1 913 968 |\n")
    assert [(f.text, f.value) for f in facts] == [("125", 125), ("98 592", 98592), ("1 913 968", 1913968)]
    # negative: in prose, groups with no unit after them and no cell around them are not joined
    assert 12345 not in [f.value for f in extract_text("人口 12 345")]


def test_an_accounts_rows_of_figures_grouped_by_thousands_and_its_deductions_in_brackets():
    text = ("個人供款帳戶   739,516,285   718,162,846\n"
            "澳門特別行政區供款帳戶   1,481,084,320   1,434,437,081\n"
            "已付及應付不獲歸屬權益的帳戶餘額   (57,186,112)   (37,706,187)\n")
    assert [(f.text, f.value) for f in extract_text(text)] == [
        ("739,516,285", 739516285), ("718,162,846", 718162846), ("1,481,084,320", 1481084320),
        ("1,434,437,081", 1434437081), ("(57,186,112)", -57186112), ("(37,706,187)", -37706187)]
    # negative: a bracketed figure in a sentence is a note, no deduction; a line opening on 年底 holds no unit
    assert -57186112 not in [f.value for f in extract_text("其中(57,186,112)元为利息")]
    assert "年" not in [f.unit for f in extract_text("其他收入 28,413 140,825\n年底可作福利分派的淨資產 27,712,144,686")]


def test_a_place_that_opens_on_a_units_character_is_no_unit_after_a_number():
    # a page counter at a line's end, the city on the next line (台南, 台州 begin with 台, a measure of machines)
    assert [f.text for f in extract_text("1 de 4\n臺南市政府工務局第十六次局務會議紀錄")] == []
    assert [f.text for f in extract_text("购置设备4台,南市区\n")] == ["4台"]
    # … nor 乡村 (the countryside) a count of townships, after a byline's lone number
    assert [f.text for f in extract_text("作者:郭梅峰\n    1\n\n    鄉村干部報網\n")] == []
    assert [f.text for f in extract_text("全县5乡3镇")] == ["5乡", "3镇"]
