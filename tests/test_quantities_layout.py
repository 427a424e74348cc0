"""Quantities of texts in awkward shapes: PDF text with a token a line, lists of figures that
分别 gives to the items before them, and pages whose converter printed romanisation.

Each case is a phrase and what it must give, as (text, value, unit, kind, subject) a fact.
"""

from __future__ import annotations

import pytest

from duban.extract.quantities import extract_text


def _facts(phrase):
    return [(f.text, f.value, f.unit, f.kind, f.subject) for f in extract_text(phrase)]


# a paragraph of prose before a table, so that the page is not taken for a PDF's wrapped lines
_PROSE = "全年经济运行总体平稳,主要指标好于预期,发展质量稳步提升,民生保障持续加强,各项事业全面进步。\n"


@pytest.mark.parametrize("phrase, expected", [
    # a PDF reader put every number, unit and cue on a line of its own: the quantity goes on
    ("全年实现地区生产总值\n5532.4\n亿元、增长\n3%", [
        ("5532.4\n亿元", 553240000000.0, "元", "amount", "地区生产总值"),
        ("增长\n3%", 3.0, "%", "change", "地区生产总值")]),
    ("带动就业近\n300人", [("近\n300人", 300.0, "人", "amount", "带动就业")]),
    # ... or between the magnitude and the unit (not in a table's cells: there the next line is the next row)
    ("共支出补贴2806万元,为1.09万\n人减免税费291.2万元", [
        ("2806万元", 28060000.0, "元", "amount", "支出补贴"), ("1.09万\n人", 10900.0, "人", "amount", "减免税费"),
        ("291.2万元", 2912000.0, "元", "amount", "减免税费")]),
    # one unit written after the last of a list broken over lines serves them all
    ("投资、消费和货物进出口增速分别提高\n9.6\n、\n32.6\n和\n21.7\n个百分点", [
        ("提高\n9.6", 9.6, "百分点", "change", "投资"),
        ("32.6", 32.6, "百分点", "change", "消费"),
        ("21.7\n个百分点", 21.7, "百分点", "change", "货物进出口增速")]),
    # a table printed one cell a line: a row's figures alone on lines side by side are cells, their
    # unit in the column's header (unit ""), as the cells of a table flattened with | are
    ("地区生产总值\n21675\n21537\n-0.6", [
        ("21675", 21675.0, "", "amount", "地区生产总值"), ("21537", 21537.0, "", "amount", "地区生产总值"),
        ("-0.6", -0.6, "", "change", "地区生产总值")]),
    # a header set with its letters spaced apart names its column as well (增 幅: changes)
    ("居民消费价格比上年涨跌幅度(%) | |\n指 标 | 增 幅 |\n居民消费价格 | 0.1 |\n粮 食 | 3.7 |\n二、衣着 | -0.4 |", [
        ("0.1", 0.1, "", "change", "居民消费价格"), ("3.7", 3.7, "", "change", "粮 食"),
        ("-0.4", -0.4, "", "change", "衣着")]),  # a row's outline number is no part of its label
    # ... but a label that opens on a numeral is a name (九龍城, 一般公共预算收入), where a month's cell is none
    ("| 地區 | 喬木 |\n| 油尖旺 | 246 |\n| 九龍城 | 106 |\n| 一般公共预算收入 | 5.2 |\n| 一月 | 7 |", [
        ("246", 246.0, "", "amount", "油尖旺"), ("106", 106.0, "", "amount", "九龍城"),
        ("5.2", 5.2, "", "amount", "一般公共预算收入"), ("7", 7.0, "", "amount", "一般公共预算收入")]),
    # a whole number is a cell when it is a fall (-16); a positive one may be a row's number
    ("建筑业 |\n亿元 |\n2.29 |\n-40.1 |\n住宿和餐饮业 |\n亿元 |\n1.19 |\n-16 |\n批发和零售业 |\n亿元 |\n2.89 |\n3 |", [
        ("2.29", 2.29, "", "amount", "建筑业"), ("-40.1", -40.1, "", "change", "建筑业"),
        ("1.19", 1.19, "", "amount", "住宿和餐饮业"), ("-16", -16.0, "", "change", "住宿和餐饮业"),
        ("2.89", 2.89, "", "amount", "批发和零售业")]),
    # ...and a cell never takes the next row's name as its unit (no 3.7批, no 9.2年)
    ("建筑业\n484.36\n3.7\n批发和零售业\n160.92\n8.7\n年末常住人口681.79万人", [
        ("484.36", 484.36, "", "amount", "建筑业"), ("3.7", 3.7, "", "amount", "建筑业"),
        ("160.92", 160.92, "", "amount", "批发和零售业"), ("8.7", 8.7, "", "amount", "批发和零售业"),
        ("681.79万人", 6817900.0, "人", "amount", "年末常住人口")]),
    # the header's lines above the first row name the columns: a column headed 增长 holds changes
    (_PROSE + "表1 生产总值及其增长速度\n指标\n绝对值(亿元)\n比上年增长(%)\n全区生产总值\n3453.93\n7.8\n"
     "农林牧渔业\n276.64\n4.3", [
        ("3453.93", 3453.93, "", "amount", "全区生产总值"), ("7.8", 7.8, "", "change", "全区生产总值"),
        ("276.64", 276.64, "", "amount", "农林牧渔业"), ("4.3", 4.3, "", "change", "农林牧渔业")]),
    # negative: without a header of one line a column, a column's kind is not told (amounts)
    (_PROSE + "全区生产总值\n3453.93\n7.8\n农林牧渔业\n276.64\n4.3", [
        ("3453.93", 3453.93, "", "amount", "全区生产总值"), ("7.8", 7.8, "", "amount", "全区生产总值"),
        ("276.64", 276.64, "", "amount", "农林牧渔业"), ("4.3", 4.3, "", "amount", "农林牧渔业")]),
    # negative: a figure alone between lines of words is a PDF's run, no cell; one figure a row
    # (a single column) is too little to tell a table by; a year broken over lines
    ("投资超\n9.5\n亿元", [("超\n9.5\n亿元", 950000000.0, "元", "amount", "投资")]),
    ("第一产业\n261.07\n第二产业\n1580.53", []),
    ("2\n020\n年是不平凡的一年", []),
    # negative: a number that ends a line does not take a word of the next line that is no unit
    ("完成投资5\n项目建设有序推进", []),
    # a unit that a line break of a PDF text splits is one unit; across the break no span of time
    # is glued (3个⏎月度: the next line starts a word)
    ("建筑面积5平\n方米", [("5平\n方米", 5.0, "平方米", "amount", "建筑面积")]),
    ("完成3个\n月度任务", [("3个", 3.0, "个", "amount", "")]),
    # 余/多 and the unit on the line after a figure alone on its line: one quantity, over; 余 that begins
    # a word (余下) is none
    ("出动\n8000\n余人次", [("8000\n余人次", 8000.0, "人次", "amount", "出动")]),
    ("资金\n8000\n余下部分", []),
])
def test_a_quantity_of_pdf_text_goes_on_over_a_line_end(phrase, expected):
    assert _facts(phrase) == expected


@pytest.mark.parametrize("phrase, subjects", [
    ("医疗器械、钢构网架、文化用品、电子信息等行业产值分别增长7.9%、15.7%、19.9%、24%",
     ["医疗器械", "钢构网架", "文化用品", "电子信息等行业产值"]),
    # items with a numeral inside a word (零售, 一产) and 和 inside their names, 、 between them
    ("交通运输仓储和邮政业、批发和零售业、住宿和餐饮业增加值增速分别为-6.1%2.0%-0.3%",
     ["交通运输仓储和邮政业", "批发和零售业", "住宿和餐饮业增加值增速"]),
    ("一产、二产、三产分别完成8.08亿元、2.08亿元、6.68亿元", ["一产", "二产", "三产"]),
    # items set apart by commas, a base (同比) before 分别
    ("重点行业中,农副食品加工业,金属制品业,汽车制造业增加值分别同比增长10.2%、11.4%、42.0%",
     ["农副食品加工业", "金属制品业", "汽车制造业增加值"]),
    # two items, the first a modifier of the second's noun; the rates after take the amounts' items
    ("城镇和农村居民人均可支配收入分别达34525元、18352元,分别增长8.5%、9%",
     ["城镇居民人均可支配收入", "农村居民人均可支配收入", "城镇居民人均可支配收入", "农村居民人均可支配收入"]),
    # negative: what stands before 分别 are comparison bases, not names
    ("增速较一季度和1-5月分别提高15.5和2.2个百分点", ["增速", "增速"]),
    # negative: as many items as figures, or nothing is given out
    ("工业和农业分别增长5%、6%、7%", ["工业和农业", "工业和农业", "工业和农业"]),
    # no items before 分别: the figures measure the amounts of the clauses before, in order
    ("2020年,全镇生产总值实现12.7亿元,固定资产投资7.1亿元,财政总收入2.2亿元,同比分别增长3.1%、1.2%、0.8%",
     ["生产总值", "固定资产投资", "财政总收入", "生产总值", "固定资产投资", "财政总收入"]),
    # 分别 reaches its first figure over a frame (是…的)
    ("财政总收入、公共预算收入分别完成6.1亿元、3.6亿元,分别是2011年的1.65倍、1.86倍",
     ["财政总收入", "公共预算收入", "财政总收入", "公共预算收入"]),
    # negative: more amounts in the stretch than figures after 分别, or a change between
    ("工业产值8亿元,农业产值3亿元,服务业产值5亿元,同比分别增长3.1%、1.2%",
     ["工业产值", "农业产值", "服务业产值", "服务业产值", "服务业产值"]),
    ("全县生产总值8亿元,增长5%,财政收入3亿元,同比分别增长3.1%、1.2%",
     ["生产总值", "生产总值", "财政收入", "财政收入", "财政收入"]),
])
def test_a_list_that_fenbie_gives_out_takes_its_items_in_order(phrase, subjects):
    assert [f.subject for f in extract_text(phrase)] == subjects


@pytest.mark.parametrize("phrase, subjects", [
    # the romanisation a converter printed after characters is no part of the name
    ("全縣生產(chǎn)總值27.54億元,同比增長(zhǎng)12.3%", ["生產總值", "生產總值"]),
    # a comparison in percentage points passes its subject to places and points, not to the next rate
    ("全县生产总值27.54亿元,同比增长12.3%,增速高于全市平均水平0.3个百分点,两年平均增长1.7%,全市排名第七。",
     ["生产总值", "生产总值", "增速", "生产总值", "生产总值"]),
    ("规上工业增加值增速快于全国1.5个百分点,居第10位。", ["规上工业增加值增速", "规上工业增加值增速"]),
    # a share whose frame opens with 占 says of what: the thing before it
    ("实际到位资金13456万元,占全年计划的67%", ["实际到位资金", "实际到位资金占全年计划"]),
    # a change with no name in its clause and no fact before it in the sentence: the clause before names it
    ("记者获悉,今年1-4月份,宁夏固定资产投资继续保持高位运行,同比增长10.5%,位居全国第九位。",
     ["宁夏固定资产投资", "宁夏固定资产投资"]),
    # negative: a time names nothing; a fact before it in the sentence is what the change measures
    ("今年以来,同比增长8%。", [""]),
    ("1-4月份,同比增长8%。", [""]),
    ("全县生产总值5亿元,工业继续保持增长,同比增长8%。", ["生产总值", "生产总值"]),
    # a multiple of a base measures the amount before it, not the base its frame names
    ("全县地方生产总值完成96.4亿元,是2011年的1.37倍", ["地方生产总值", "地方生产总值"]),
    # a clause that holds only adverbs or a linking verb before its base (但仍, 转为) names nothing: the
    # comparison compares the rate named before
    ("基础设施投资增长20.2%,增速回落0.5个百分点,但仍高于全部投资39.5个百分点。",
     ["基础设施投资", "增速", "增速"]),
    ("全市规上工业增加值增速为5.1%,转为高于全国1.2个百分点。", ["规上工业增加值", "规上工业增加值"]),
    # a clause that opens with a base and ends in a rate's noun before the change's cue: the rate
    ("零售总额同比下降1.1%,比一季度降幅收窄了0.4个百分点。", ["零售总额", "降幅"]),
    ("规上工业增加值增长5.1%,较上月增速加快1.2个百分点。", ["规上工业增加值", "增速"]),
    # negative: a rate that is the base's own (高于全省平均增速) names nothing of its own
    ("邮政行业业务总量同比增长17.53%,高于全省平均增速(16.8%)0.73个百分点",
     ["邮政行业业务总量", "邮政行业业务总量", "邮政行业业务总量"]),
    # a change with no name in its clause: the clause before, too long for a subject's walk, is named from
    # its start up to its predicate (延续); negative: after a figure in its sentence, the figure's name
    ("今年1-10月,全市固定资产投资延续平稳增长、小幅加快的良好态势,同比增长2%。", ["固定资产投资"]),
    ("全市固定资产投资延续平稳增长、小幅加快的良好态势,完成投资50亿元,同比增长2%。", ["投资", "投资"]),
    # 考核 alone (位列全县考核第7位) names no thing: the rank places what the clause before names;
    # kept inside a longer name (年度考核综合排名)
    ("地方财政一般预算收入989万元,位列全县考核第7位;", ["地方财政一般预算收入", "地方财政一般预算收入"]),
    ("年度考核综合排名全县第3名", ["年度考核综合排名"]),
    # a PDF's space between a clause and its number is no part of the name: 投资 alone names the money
    ("年内,投资 1544.6 万元", ["投资"]),
    ("年内,投资1544.6万元", ["投资"]),
])
def test_subject_is_written_as_the_report_names_it(phrase, subjects):
    assert [f.subject for f in extract_text(phrase)] == subjects


@pytest.mark.parametrize("phrase, expected", [
    # a table flattened into cells, one a line: a figure alone in its cell, named by the row's label
    ("|\n社会从业人员 |\n人 |\n21675 |\n21537 |\n-0.6 |\n|\n#女性 |\n人 |\n8535 |", [
        ("21675", 21675.0, "", "amount", "社会从业人员"),
        ("21537", 21537.0, "", "amount", "社会从业人员"),
        ("-0.6", -0.6, "", "change", "社会从业人员"),
        ("8535", 8535.0, "", "amount", "女性")]),
    # a figure with its unit alone in its cell takes the row's label too, past a code cell; a quoted
    # row's > is no part of the label
    ("| 03-01-01-01 | 度量衡之检定 | $ 120,000.00 |\n| 03-01-01-02 | 车辆检验 | $ 7,000,000.00 |", [
        ("$ 120,000.00", 120000.0, "$", "amount", "度量衡之检定"),
        ("$ 7,000,000.00", 7000000.0, "$", "amount", "车辆检验")]),
    ("> 全省国土面积 | 16.7万平方公里 |\n> 常住人口 | 9815万 |", [
        ("16.7万平方公里", 167000.0, "平方公里", "amount", "全省国土面积"),
        ("9815万", 98150000.0, "", "amount", "常住人口")]),
    # a small count in a row after its label, in | cells or a cell a line (a disclosure report's table of
    # counts, zeros included)
    ("| 规章 | 0 | 0 |\n| 行政规范性文件 | 2 | 1 |", [
        ("0", 0.0, "", "amount", "规章"), ("0", 0.0, "", "amount", "规章"),
        ("2", 2.0, "", "amount", "行政规范性文件"), ("1", 1.0, "", "amount", "行政规范性文件")]),
    ("信息内容\n\n上一年项目数量\n\n本年增/减\n\n行政处罚\n\n0\n\n3\n\n行政强制\n\n1\n\n0\n", [
        ("0", 0.0, "", "amount", "行政处罚"), ("3", 3.0, "", "amount", "行政处罚"),
        ("1", 1.0, "", "amount", "行政强制"), ("0", 0.0, "", "amount", "行政强制")]),
    # negative: a row's number before the row's words, a page's number under a heading stay out
    ("经济发展 | 1 | 地区生产总值 | 亿元 |", []),
    ("一、总体情况\n\n3\n\n二、主动公开政府信息情况\n", []),
    # negative: a row's number, a year heading a column, a small bare count stay out
    ("序号 | 任务 |\n1 | 推动义务教育均衡发展 |", []),
    ("指标 | 2016 | 2015 |", []),
    # negative: a figure in prose that a | follows later is no cell
    ("全县从业人员21675,其中 | 女性", []),
    # a table flattened onto one line (every row's cells in a row of | cells): the header's cells
    # before the first row name the columns, the last ones the figures' (增加值, then 同比增长%)
    ("增长9.7%。 表1 生产总值 单位:亿元 指标名称 | 增加值 | 同比增长% | 地区生产总值 | 90.39 | 9.8 | "
     "其中:工业 | 6.25 | 7.5 |", [
        ("增长9.7%", 9.7, "%", "change", ""),
        ("90.39", 90.39, "", "amount", "地区生产总值"), ("9.8", 9.8, "", "change", "地区生产总值"),
        ("6.25", 6.25, "", "amount", "其中:工业"), ("7.5", 7.5, "", "change", "其中:工业")]),
    # ...and one row a line, under a markdown rule; a row of a name and a unit cell before its figures
    ("| 指标 | 增加值 | 比上年增长(%) |\n|---|---|---|\n| 生产总值 | 90.39 | 9.8 |\n| 工业 | 6.25 | 7.5 |", [
        ("90.39", 90.39, "", "amount", "生产总值"), ("9.8", 9.8, "", "change", "生产总值"),
        ("6.25", 6.25, "", "amount", "工业"), ("7.5", 7.5, "", "change", "工业")]),
    ("指标 | 单位 | 2021年 | 增速 | 从业人员 | 人 | 21675 | 3.5 | 女性 | 人 | 8535 | 2.1 |", [
        ("21675", 21675.0, "", "amount", "从业人员"), ("3.5", 3.5, "", "change", "从业人员"),
        ("8535", 8535.0, "", "amount", "女性"), ("2.1", 2.1, "", "change", "女性")]),
    # header cells a PDF broke across lines (| 绝对数⏎(亿元) |⏎比上年增长⏎(%) |) are one cell each
    ("表1 生产总值\n| 指 标 | 绝对数\n(亿元) |\n比上年增长\n(%) |\n| 生产总值 | 613.52 | 4.7 |\n| 第一产业 | 31.16 | 1.6 |\n", [
        ("613.52", 613.52, "", "amount", "生产总值"), ("4.7", 4.7, "", "change", "生产总值"),
        ("31.16", 31.16, "", "amount", "第一产业"), ("1.6", 1.6, "", "change", "第一产业")]),
    # negative: a header that names no change leaves its cells amounts; no header, amounts too
    ("指标 | 2020年 | 2021年 | 生产总值 | 85.6 | 90.39 | 工业 | 6.1 | 6.25 |", [
        ("85.6", 85.6, "", "amount", "生产总值"), ("90.39", 90.39, "", "amount", "生产总值"),
        ("6.1", 6.1, "", "amount", "工业"), ("6.25", 6.25, "", "amount", "工业")]),
    ("生产总值 | 90.39 | 9.8 | 工业 | 6.25 | 7.5 |", [
        ("90.39", 90.39, "", "amount", "生产总值"), ("9.8", 9.8, "", "amount", "生产总值"),
        ("6.25", 6.25, "", "amount", "工业"), ("7.5", 7.5, "", "amount", "工业")]),
])
def test_a_figure_alone_in_a_table_cell_is_a_quantity(phrase, expected):
    assert _facts(phrase) == expected


# A table printed one cell a line whose converter kept the cell borders (a | ending a cell's line):
# a header cell may take two lines (规模工业增加值⏎增长速度 |), a row may have a unit cell after its
# name; the column's header still tells changes from amounts, in every row.
_BORDERED = (_PROSE + "单位:%\n规模工业增加值\n增长速度 |\n工业固定资产投资\n增长速度 |\n"
             "全 省\n15.9\n25.1\n长沙市\n14.4\n0.2")
_UNIT_CELLS = (_PROSE + "指标 |\n单位 |\n2016年 |\n2015年 |\n同比增长% |\n社会从业人员 |\n人 |\n21675 |\n"
               "21537 |\n-0.6 |\n第二产业 |\n人 |\n4659 |\n5023 |\n7.8 |")


@pytest.mark.parametrize("phrase, expected", [
    (_BORDERED, [("15.9", 15.9, "", "change", "全 省"), ("25.1", 25.1, "", "change", "全 省"),
                 ("14.4", 14.4, "", "change", "长沙市"), ("0.2", 0.2, "", "change", "长沙市")]),
    (_UNIT_CELLS, [("21675", 21675.0, "", "amount", "社会从业人员"), ("21537", 21537.0, "", "amount", "社会从业人员"),
                   ("-0.6", -0.6, "", "change", "社会从业人员"), ("4659", 4659.0, "", "amount", "第二产业"),
                   ("5023", 5023.0, "", "amount", "第二产业"), ("7.8", 7.8, "", "change", "第二产业")]),
    # negative: headers of two lines that name no change hold amounts
    (_BORDERED.replace("增长速度", "绝对值"), [
        ("15.9", 15.9, "", "amount", "全 省"), ("25.1", 25.1, "", "amount", "全 省"),
        ("14.4", 14.4, "", "amount", "长沙市"), ("0.2", 0.2, "", "amount", "长沙市")]),
    # negative: a unit cell is no column of figures (the header's 同比增长% stays over the last one)
    (_UNIT_CELLS.replace("同比增长% |", "2014年 |"), [
        ("21675", 21675.0, "", "amount", "社会从业人员"), ("21537", 21537.0, "", "amount", "社会从业人员"),
        ("-0.6", -0.6, "", "change", "社会从业人员"), ("4659", 4659.0, "", "amount", "第二产业"),
        ("5023", 5023.0, "", "amount", "第二产业"), ("7.8", 7.8, "", "amount", "第二产业")]),
])
def test_a_bordered_table_column_header_tells_its_cells_kind(phrase, expected):
    assert _facts(phrase) == expected


_GROUPED = ("表1:2022年全县地区生产总值及其构成 | |||\n指标 | 绝对数(万元) | 增长(%) | 构成(%) |\n"
            "地区生产总值 | 341881 | 7.23 | 100 |\n分产业 | -- | -- | -- |\n第一产业 | 56789 | 5.25 | 16.6 |")


@pytest.mark.parametrize("phrase, expected", [
    # a group's row of cells that hold no value keeps the columns in place; 构成(%) is a share
    (_GROUPED, [("341881", 341881.0, "", "amount", "地区生产总值"), ("7.23", 7.23, "", "change", "地区生产总值"),
                ("56789", 56789.0, "", "amount", "第一产业"), ("5.25", 5.25, "", "change", "第一产业"),
                ("16.6", 16.6, "", "share", "第一产业")]),
    (_GROUPED.replace(" -- | -- | -- ", " — | — | — "), [
        ("341881", 341881.0, "", "amount", "地区生产总值"), ("7.23", 7.23, "", "change", "地区生产总值"),
        ("56789", 56789.0, "", "amount", "第一产业"), ("5.25", 5.25, "", "change", "第一产业"),
        ("16.6", 16.6, "", "share", "第一产业")]),
])
def test_a_row_of_cells_holding_no_value_keeps_a_tables_columns(phrase, expected):
    assert _facts(phrase) == expected


@pytest.mark.parametrize("phrase, expected", [
    # a table flattened with spaces between its cells: rows of a name and figures to the line's end,
    # the header's last cells over the figures (累计(亿元) holds amounts, 同比(%) changes); a row's next
    # line is the next row's name, never the figure's unit (个人所得税 is no 个)
    ("表1 财政收支情况\n\n指标 累计(亿元)    同比(%)\n其中:税收收入 248.76 3.3\n    #增值税 71.77 1.5\n"
     "企业所得税 52.89 -18.0\n 个人所得税 32.51 -4.3\n", [
        ("248.76", 248.76, "", "amount", "税收收入"), ("3.3", 3.3, "", "change", "税收收入"),
        ("71.77", 71.77, "", "amount", "增值税"), ("1.5", 1.5, "", "change", "增值税"),
        ("52.89", 52.89, "", "amount", "企业所得税"), ("-18.0", -18.0, "", "change", "企业所得税"),
        ("32.51", 32.51, "", "amount", "个人所得税"), ("-4.3", -4.3, "", "change", "个人所得税")]),
    # rows of one figure under a header of their own
    ("名称 金额(万元)\n道路工程 120.5\n个人补助 32.5\n", [
        ("120.5", 120.5, "", "amount", "道路工程"), ("32.5", 32.5, "", "amount", "个人补助")]),
    # negative: a sentence a PDF broke after its figures twice is no table: the units on the next lines
    ("全年地区生产总值 3157.30\n亿元同比增长 5.9\n%,第三产业增长较快", [
        ("3157.30\n亿元", 315730000000.0, "元", "amount", "地区生产总值"),
        ("同比增长 5.9\n%", 5.9, "%", "change", "地区生产总值")]),
    # negative: one line of a name and figures, with no row beside it, is no table (nor a range 52.89-18.0本)
    ("企业所得税 52.89 -18.0\n\n本年度税收稳步增长。", []),
])
def test_a_table_flattened_with_spaces_between_its_cells_is_read_by_rows(phrase, expected):
    assert _facts(phrase) == expected


# A page that lost every decimal point to a space: told from the page, never from one pair alone.
_LOST_POINTS_PAGE = "全年预计完成国内生产总值5 9亿元,预计完成财税收入870万元,占全年任务的108 3%。引进投资1 3亿元的公司。"


@pytest.mark.parametrize("phrase, expected", [
    (_LOST_POINTS_PAGE, [
        ("5 9亿元", 590000000.0, "元", "amount", "国内生产总值"),
        ("870万元", 8700000.0, "元", "amount", "财税收入"),
        ("108 3%", 108.3, "%", "share", "财税收入占全年任务"),
        ("1 3亿元", 130000000.0, "元", "amount", "公司")]),
    # negative: one pair on a page says nothing (a stray space); the second number stands alone
    ("全年完成生产总值5 9亿元。", [("9亿元", 900000000.0, "元", "amount", "生产总值5")]),
    # negative: a page that writes decimal points elsewhere has not lost them
    ("完成5 9亿元,增长108 3%,其中工业12.5亿元。", [
        ("9亿元", 900000000.0, "元", "amount", ""), ("3%", 3.0, "%", "share", "增长108"),
        ("12.5亿元", 1250000000.0, "元", "amount", "工业")]),
])
def test_a_page_that_lost_its_decimal_points_is_read_with_them(phrase, expected):
    assert _facts(phrase) == expected


@pytest.mark.parametrize("phrase, values", [
    # negative, on a page that lost its points: dates, ordinals and lists are never joined
    (_LOST_POINTS_PAGE + "2023年 5月完成。", [590000000.0, 8700000.0, 108.3, 130000000.0]),
    (_LOST_POINTS_PAGE + "全县第3 2名。", [590000000.0, 8700000.0, 108.3, 130000000.0, 3.0, 2.0]),
    (_LOST_POINTS_PAGE + "共1 2 3项。", [590000000.0, 8700000.0, 108.3, 130000000.0, 3.0]),
])
def test_a_lost_point_is_never_read_into_dates_ordinals_or_lists(phrase, values):
    assert [f.value for f in extract_text(phrase)] == values


@pytest.mark.parametrize("phrase, expected", [
    # a page footer line between a figure and its unit: the figure keeps its unit, its text spans the footer
    ("各项存贷款余额达7338万元和4022\n- 1 -\n万元", [
        ("7338万元", 73380000.0, "元"), ("4022\n- 1 -\n万元", 40220000.0, "元")]),
    ("收入2.5\n第 3 页\n亿元", [("2.5\n第 3 页\n亿元", 250000000.0, "元")]),
    # a page number printed after the figure at the end of the line the page ended
    ("社会消费品零售总额完成16.11 1\n\n亿元,增长14.6%", [
        ("16.11 1\n\n亿元", 1611000000.0, "元"), ("增长14.6%", 14.6, "%")]),
    # negative: no unit after the page number, nothing to join
    ("完成 12\n- 1 -\n项目建设", []),
    # negative: a bare number on a line of its own is a figure of a PDF text, not a page number
    ("收入25\n3\n亿元", [("3\n亿元", 300000000.0, "元")]),
])
def test_a_page_number_between_a_figure_and_its_unit_is_stepped_over(phrase, expected):
    assert [(f.text, f.value, f.unit) for f in extract_text(phrase)] == expected


_COLUMNS = (
    "木里年鉴            2021\n"
    "                 全乡种植小春面积 2082 亩,种植玉米          院 1 所,医生 6 人,门诊治疗 1685 人次\n"
    "                 6679 亩,种植魔芋 1043 亩              元;接种率达 90%。全乡育龄妇女 997\n"
    "                 积2399亩。                        人,及时率 33%。有幼教点 3个,招生 90余\n"
    "                 攻坚成果。                         人。全乡供养 23 人,年供养 24.84\n"
    "P. 340\n"
)


def test_a_figure_ending_its_line_on_a_page_of_columns_keeps_what_is_contiguous():
    facts = {(f.text, f.value, f.unit, f.approx) for f in extract_text(_COLUMNS)}
    assert {("997", 997.0, "", "exact"), ("90余", 90.0, "", "over"), ("24.84", 24.84, "", "exact")} <= facts
    assert not any(f.value in (340.0, 2021.0) for f in extract_text(_COLUMNS))  # a page number, a year


_COLUMN_SUBJECTS = (
    "宣威年鉴2018\n"
    "            部分河谷属北亚热带气候。年降水量             有卫生院 1 所,医务人员 29 人,\n"
    "            974.5 毫米,年平均气温 13.5℃。             病床 30 张,村级卫生室 11 个。\n"
    "            全年完成国内生产总值3.2亿元,               全镇有 8 个村委会\n"
    "            同比增 10%;固定资产投资 3.9 亿元,         大佐“二次网改”竣工投用。\n"
    "            同比增 25%。                             加大农网改造力度。\n"
)


def test_subjects_on_a_page_of_columns_are_read_in_the_columns_order():
    subjects = {f.text: f.subject for f in extract_text(_COLUMN_SUBJECTS)}
    assert subjects["974.5 毫米"] == "年降水量"  # the column's line above, not the other column's text
    assert subjects["同比增 10%"] == "国内生产总值"  # what the amount before it in the column measures
    assert subjects["同比增 25%"] == "固定资产投资"
    assert subjects["8 个"] == "村委会"  # the counted noun stops at the column's edge
    # negative: the same lines without the gaps between columns are one column, read across
    import re

    flat = {f.text: f.subject for f in extract_text(re.sub(" {2,}", " ", _COLUMN_SUBJECTS))}
    assert flat["974.5 毫米"] != "年降水量"


def test_without_columns_a_figure_ending_its_line_takes_no_unit_it_lacks():
    import re

    flat = re.sub(" {2,}", " ", _COLUMNS)  # the same lines without the gaps between columns
    texts = {f.text for f in extract_text(flat)}
    assert "997" not in texts and "24.84" not in texts


@pytest.mark.parametrize("phrase, expected", [
    # a rate written with its sign is a change
    ("其中一、二、三产业产值同比+19.82%、+80.46%、-16.99%", [
        ("+19.82%", 19.82, "%", "change"), ("+80.46%", 80.46, "%", "change"), ("-16.99%", -16.99, "%", "change")]),
    ("增长+5.2%", [("增长+5.2%", 5.2, "%", "change")]),
    # negative: + inside a formula or a name is no sign
    ("“3+3”重点产业产值增长9%", [("增长9%", 9.0, "%", "change")]),
    ("实施1+3+N行动", []),
    # a multiple of a base is a share; a multiple after a change cue a change
    ("生产总值96.4亿元,是2011年的1.37倍", [
        ("96.4亿元", 9640000000.0, "元", "amount"), ("1.37倍", 1.37, "倍", "share")]),
    ("分别是2011年的1.65倍\n、1.86倍", [("1.65倍", 1.65, "倍", "share"), ("1.86倍", 1.86, "倍", "share")]),
    ("相当于全国平均水平的1.2倍", [("1.2倍", 1.2, "倍", "share")]),
    ("基础设施投资增长1.4倍", [("增长1.4倍", 1.4, "倍", "change")]),
    # negative: 倍 with no frame stays a count of times
    ("产能扩大3倍", [("扩大3倍", 3.0, "倍", "change")]),
    # a bracket of several measure words after a figure: a count, unit ""
    ("牲畜存栏总头数149875(头、只、匹),同比增加6219(头、只、匹)", [
        ("149875", 149875.0, "", "amount"), ("6219", 6219.0, "", "amount")]),
    ("牲畜存栏总头数149875(头、只、匹,同比增加", [("149875", 149875.0, "", "amount")]),  # left open
    # negative: a bracket that holds no measure words
    ("增长12(见表1、表2)", [("增长12", 12.0, "", "change")]),
    # one measure word in brackets is the figure's own (a flattened table's column unit)
    ("产量149875(吨)", [("149875(吨)", 149875.0, "吨", "amount")]),
    # thousands set apart by spaces, before a decimal point or a spaced unit; km2 for km²
    ("行政区划总面积1 791.3 km2,人均耕地约0.042 km2", [
        ("1 791.3 km2", 1791.3, "平方公里", "amount"), ("约0.042 km2", 0.042, "平方公里", "amount")]),
    ("建成厂房 23 000 平方米", [("23 000 平方米", 23000.0, "平方米", "amount")]),
])
def test_signs_multiples_brackets_and_spaced_thousands(phrase, expected):
    assert [(f.text, f.value, f.unit, f.kind) for f in extract_text(phrase)] == expected


def test_a_header_cell_whose_unit_stands_on_a_line_of_its_own_names_one_column():
    # 绝对数⏎(亿元)⏎比上年同期增长⏎(%): two header cells, each broken before its unit
    text = (_PROSE + "附表:2018年上半年各市县地区生产总值及增速\n市    县\n绝对数\n(亿元)\n比上年同期增长\n(%)\n"
            "海 口 市\n797.49\n8.1\n三 亚 市\n304.09\n7.0\n")
    kinds = [(f.text, f.kind) for f in extract_text(text) if f.text in ("797.49", "8.1", "304.09", "7.0")]
    assert kinds == [("797.49", "amount"), ("8.1", "change"), ("304.09", "amount"), ("7.0", "change")]


@pytest.mark.parametrize("phrase, kinds", [
    # a rate in brackets after a name, after a growth rate: each name's growth
    ("全区规模以上工业增加值同比增长7.4%,排在我区前两位的是西藏(15.8%)、宁夏(10.7%)。",
     ["change", "rank", "change", "change"]),
    # … but a share's name keeps its share
    ("GDP增长5%,城镇化率(65%)。", ["change", "share"]),
])
def test_a_rate_in_brackets_after_a_name_follows_the_rate_before_it(phrase, kinds):
    assert [f.kind for f in extract_text(phrase)] == kinds
