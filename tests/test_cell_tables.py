"""Tables printed one cell a line: found by the header cell that names the rows, read row by row,
and used for what a figure in them measures and, in a review, for what was done."""

from __future__ import annotations

import pytest

from duban.clean.cell_tables import CellIndex, cell_tables, header_kind, pipe_tables, task_tables
from duban.document import Document
from duban.extract.quantities import extract_text
from duban.extract.statements import read_outside_plan
from duban.pipeline import process

TARGETS_MET = (
    "表一  2024年主要目标完成情况\n\n指标名称\n\n属性\n\n全年目标\n\n全年完成\n\n"
    "全市生产总值\n\n预期性\n\n增长5%左右\n\n增长5%\n\n"
    "地方一般公共预算收入\n\n预期性\n\n增长5%\n\n增长0.7%\n\n"
    "城镇调查失业率\n\n预期性\n\n5%以内\n\n4.2%\n"
)


RAGGED = (
    "2021年主要指标完成情况\n\n指标名称\n\n2021年预期目标\n\n(增速)\n\n2021年完成情况(预计)\n\n绝对值\n\n增速\n\n"
    "地区生产总值\n\n(简称“GDP”)\n\n7%\n\n1664.44亿元\n\n10.4%\n\n"
    "地方一般公共预算收入\n\n不低于上年预算执行数\n\n140.13亿元\n\n28%\n\n"
    "实施重大项目\n\n210项\n\n206项\n\n"
    "重大项目年度计划投资\n\n270亿元以上\n\n323.89亿元\n\n"
    "一、疫后恢复呈现良好态势\n\n经济发展水平持续恢复,经济运行加快全面恢复、呈现稳中向好态势。\n"
)


def _cells(text: str) -> list[list[list[str]]]:
    return [[[text[a:b] for a, b in row] for row in (t.header, *t.rows)] for t in cell_tables(text)]


@pytest.mark.parametrize("text, rows", [
    (TARGETS_MET, [
        ["指标名称", "属性", "全年目标", "全年完成"],
        ["全市生产总值", "预期性", "增长5%左右", "增长5%"],
        ["地方一般公共预算收入", "预期性", "增长5%", "增长0.7%"],
        ["城镇调查失业率", "预期性", "5%以内", "4.2%"],
    ]),
    # rows that leave out their empty cells under a header of two levels; a name's note on a line of its
    # own; a target in words; the body's next heading ends the table
    (RAGGED, [
        ["指标名称", "2021年预期目标", "2021年完成情况(预计)", "2021年完成情况(预计)"],
        ["地区生产总值", "7%", "1664.44亿元", "10.4%"],
        ["地方一般公共预算收入", "不低于上年预算执行数", "140.13亿元", "28%"],
        ["实施重大项目", "210项", "206项", ""],
        ["重大项目年度计划投资", "270亿元以上", "323.89亿元", ""],
    ]),
], ids=["fixed", "ragged"])
def test_a_table_is_read_from_its_header_row_by_row(text, rows):
    assert _cells(text) == [rows]


@pytest.mark.parametrize("text", [
    "项目\n\n今年我们建成了一批项目,群众满意。\n",  # a header word over prose: no rows
    "指标\n绝对值\n全市生产总值\n3453.93\n",  # one row is no table
    "指标名称\n属性\n全市生产总值\n预期性\n",  # rows without a figure
])
def test_no_table_without_rows_of_figures(text):
    assert cell_tables(text) == []


def test_a_table_ends_where_prose_begins():
    text = "指标\n数值\n粮食产量\n120万吨\n油料产量\n3万吨\n全年粮食生产形势总体平稳,秋粮丰收已成定局。\n"
    assert _cells(text) == [[["指标", "数值"], ["粮食产量", "120万吨"], ["油料产量", "3万吨"]]]


def test_cells_are_found_by_their_offsets():
    index = CellIndex(cell_tables(TARGETS_MET))
    found = index.at(TARGETS_MET.index("增长0.7%") + 2)
    assert found is not None and found[1:] == (1, 3)
    assert index.at(TARGETS_MET.index("表一")) is None


@pytest.mark.parametrize(("cell", "kind"), [
    ("全年目标", "target"), ("2024年目标", "target"), ("全年完成", "result"), ("上半年实绩", "result"), ("属性", ""),
])
def test_header_cells_say_what_a_column_holds(cell, kind):
    assert header_kind(cell, ("result", "target")) == kind


def test_a_figure_in_a_table_measures_what_its_row_names():
    assert [f.subject for f in extract_text(TARGETS_MET) if f.unit == "%"] == [
        "全市生产总值", "全市生产总值", "地方一般公共预算收入", "地方一般公共预算收入", "城镇调查失业率", "城镇调查失业率",
    ]


def test_a_review_reads_what_was_done_not_the_targets_beside_it():
    doc = process(Document(source="x.txt", original=TARGETS_MET))
    doc.parts = []  # (all of it outside any plan part)
    read = [(st.object, st.q.value) for st in read_outside_plan(doc).statements]
    assert read == [("全市生产总值", 5.0), ("地方一般公共预算收入", 0.7), ("城镇调查失业率", 4.2)]


def test_a_ragged_tables_columns_hold_the_targets_then_what_was_done():
    assert cell_tables(RAGGED)[0].kinds == ("", "target", "result", "result")


def test_a_review_reads_what_was_done_in_a_ragged_table_and_its_cells_are_no_headings():
    doc = process(Document(source="x.txt", original=RAGGED))
    read = [(st.object, st.q.value) for st in read_outside_plan(doc).statements]
    assert read[:4] == [("地区生产总值", 166444000000.0), ("地区生产总值", 10.4),
                        ("地方一般公共预算收入", 14013000000.0), ("地方一般公共预算收入", 28.0)]
    assert [s.title for s in doc.sections] == ["疫后恢复呈现良好态势"]  # not 2021年预期目标, nor a row's name


HALF_YEAR = (
    "一、上半年国民经济和社会发展计划执行情况\n"
    "今年以来,全市经济社会发展总体平稳,各项目标任务扎实有序推进。\n"
    "序号 | 指标名称 | 单位 | 目标 | 上半年实绩 |\n"
    "绝对值 | 增速(%) |\n"
    "经济发展 | 1 | 地区生产总值 | 亿元 | 增长6%以上 | 4297.8 | 6.2 |\n"
    "2 | #农林牧渔业增加值 | 亿元 | 增长4% | 77.7 | 4.2 |\n"
    "3 | 常住人口城镇化率 | % | 74.5 | 年度指标 |\n"
)


def test_a_row_that_opens_with_a_merged_group_cell_is_placed_by_its_number():
    assert _cells_of(pipe_tables(HALF_YEAR), HALF_YEAR) == [[
        ["序号", "指标名称", "单位", "目标", "上半年实绩"],
        ["1", "地区生产总值", "亿元", "增长6%以上", "4297.8"],
        ["2", "#农林牧渔业增加值", "亿元", "增长4%", "77.7"],
        ["3", "常住人口城镇化率", "%", "74.5", "年度指标"],
    ]]


def _cells_of(tables, text):
    return [[[text[a:b] for a, b in row] for row in (t.header, *t.rows)] for t in tables]


def test_a_half_years_table_of_targets_gives_the_years_commitments():
    title = "某市2024年上半年国民经济和社会发展计划执行情况的报告\n"
    doc = process(Document(source="x.txt", original=title + HALF_YEAR))
    tabled = [(c.object, c.target_text, c.deadline) for c in doc.commitments if c.target_start
              and doc.original.index("序号") < c.target_start]
    assert tabled == [("地区生产总值", "增长6%以上", "2024"), ("农林牧渔业增加值", "增长4%", "2024"),
                      ("常住人口城镇化率", "74.5", "2024")]


def test_a_year_end_reviews_table_of_last_years_targets_gives_no_commitments():
    title = "关于某市2024年国民经济和社会发展计划执行情况与2025年国民经济和社会发展计划草案的报告\n一、2024年计划执行情况\n"
    doc = process(Document(source="x.txt", original=title + TARGETS_MET))
    assert not [c for c in doc.commitments if c.target_start and c.target_start > doc.original.index("指标名称")]


BARRED = (
    "二、农业\n全年粮食播种面积4.51万亩,同比增长1.42%,蔬菜面积3.36万亩,增长2.20%。全县农业总产值113571万元。\n"
    "表1 2020年主要农产品产量\n指 标 |\n产 量 |\n比上年增长(%) |\n农作物播种面积 |\n7369公顷 |\n2.32 |\n"
    "粮食产量 |\n12397吨 |\n0.02 |\n油料产量 |\n334吨 |\n-8.99 |\n"
)


def test_a_table_a_cell_a_line_with_its_bars_and_a_letter_spaced_header_is_read():
    # 指 标 | ⏎ 产 量 |: a header word set letter-spaced, every cell followed by its bar
    assert _cells(BARRED) == [[["指 标", "产 量", "比上年增长(%)"], ["农作物播种面积", "7369公顷", "2.32"],
                               ["粮食产量", "12397吨", "0.02"], ["油料产量", "334吨", "-8.99"]]]
    facts = {f.text: f.subject for f in process(Document(source="t.txt", original=BARRED)).facts}
    assert (facts["12397吨"], facts["334吨"], facts["-8.99"]) == ("粮食产量", "油料产量", "油料产量")


BUDGET = (
    "表1 | |||||\n2020年某镇一般公共预算收入执行情况表 | |||||\n单位:万元 | |||||\n"
    "项 目 | 2019年决算数 | 2020年预算调整数 | 2020年执行数 | ||\n金额 | 占调整预算% | 比上年增长% | |||\n"
    "一、税收收入 | 401 | 431 | 431 | 100 | 7.48 |\n增值税 | 266 | 292 | 292 | 100 | 9.77 |\n"
    "房产税 | 1 | 1 | 1 | 100 | |\n"
)


def test_a_count_in_a_barred_table_takes_its_columns_kind_and_a_rows_empty_last_cells_are_columns():
    kinds = [(q.text, q.kind) for q in extract_text(BUDGET)]
    # 占调整预算%: a column of percentages no word calls changes holds shares; 房产税's last cell is empty
    assert kinds[-4:] == [("1", "amount"), ("1", "amount"), ("1", "amount"), ("100", "share")]
    assert ("7.48", "change") in kinds and kinds.count(("100", "share")) == 3


def test_a_header_cell_that_holds_a_figure_is_a_rows_cell_and_names_no_column():
    # 地区生产总值 | 6.5% | 预计全年实现增长6.5%左右 |: a first row without a bare figure, taken into the header
    text = ("指标名称 | 2023年预期目标 (增速) | 2023年完成情况(预计) | |\n绝对值 | 增速 | ||\n"
            "地区生产总值 | 6.5% | 预计全年实现增长6.5%左右 | |\n全社会固定资产投资 | 365 | 380 | - |\n"
            "实施重大项目 | 215 | 230 |\n")
    assert [(q.text, q.kind) for q in extract_text(text) if q.text in ("380", "230")] == [("380", "amount"), ("230", "amount")]


PROGRESS = (
    "2024年区政府工作报告重点工作进展情况汇总表(截至11月30日)\n发布日期:2025-01-07\n\n序号\n\n重点工作\n\n责任单位\n\n进展情况\n\n"
    "1\n\n地区生产总值增长6.5%左右。\n\n区发改局\n\n三季度地区生产总值增速6.1%。\n\n"
    "2\n\n全社会固定资产投资增长6%。\n\n区发改局\n\n1-10月份全区固定资产投资完成354.1亿元,同比增长0.1%。\n\n"
    "3\n\n规上工业增加值增长9%。\n\n区经信局\n\n1—10月规上工业增加值增速9.6%。\n"
)


def test_a_table_of_a_reports_tasks_and_their_progress_is_read_row_by_row():
    (table,) = task_tables(PROGRESS)
    assert [(PROGRESS[slice(*t)], PROGRESS[slice(*p)][:9]) for t, p in table.rows] == [
        ("地区生产总值增长6.5%左右。", "三季度地区生产总值"), ("全社会固定资产投资增长6%。", "1-10月份全区固"),
        ("规上工业增加值增长9%。", "1—10月规上工业")]
    # its rows' tasks are the plan of the title's year, their progress no commitment
    doc = process(Document(source="t.txt", original=PROGRESS))
    assert doc.periods == {"review": "2024", "plan": "2024"}
    assert [(c.object, c.target_text, c.period) for c in doc.commitments] == [
        ("地区生产总值", "增长6.5%左右", "2024"), ("全社会固定资产投资", "增长6%", "2024"), ("规上工业增加值", "增长9%", "2024")]
    # negative: a table of figures (指标名称 … 全年完成) names no tasks
    assert task_tables(TARGETS_MET) == []


def test_a_rate_in_a_barred_tables_column_of_growth_is_a_change():
    text = "2018年甘德县地区生产总值计算表\n| 项目 | 单位 | 现价总值 | 增长率(%) |\n| 生产总值 | 万元 | 35163 | 5.7 % |\n| 第一产业 | 万元 | 10433 | 2.8 % |\n"
    assert [(q.text, q.kind) for q in extract_text(text)][-3:] == [("5.7 %", "change"), ("10433", "amount"), ("2.8 %", "change")]
    # negative: a bare figure above a rate's range under a growth header is a level (| 365 | under (增速))
    text = ("指标名称 | 2023年预期目标 (增速) | 2023年完成情况(预计) | |\n绝对值 | 增速 | ||\n"
            "地方一般公共预算收入 | 5% | 137 | 0.8% |\n全社会固定资产投资 | 365 | 380 | - |\n")
    assert {q.text: q.kind for q in extract_text(text)}["365"] == "amount"


def test_a_header_of_months_and_rows_opening_with_a_fall_read_as_one_table():
    # 1-本月 names months, no figure of a row's; -2.8 is a cell, no row's name
    text = ("指标\n\n本月\n\n比去年同月增长(%)\n\n1-本月\n\n比去年同期增长(%)\n\n"
            "社会消费品零售总额(亿元)\n\n1478.53\n\n0.3\n\n11864.63\n\n-10.7\n\n"
            "住宿餐饮业\n\n114.60\n\n-2.8\n\n809.25\n\n-24.8\n\n"
            "吃的商品\n\n329.11\n\n-9.7\n\n2635.30\n\n-9.5\n")
    assert _cells(text) == [[
        ["指标", "本月", "比去年同月增长(%)", "1-本月", "比去年同期增长(%)"],
        ["社会消费品零售总额(亿元)", "1478.53", "0.3", "11864.63", "-10.7"],
        ["住宿餐饮业", "114.60", "-2.8", "809.25", "-24.8"],
        ["吃的商品", "329.11", "-9.7", "2635.30", "-9.5"],
    ]]


# -- tables whose rows are numbered ------------------------------------------------------------------

NUMBERED = (
    "铜川市耀州区2018年扶贫资金分配表\n单位:万元\n序号 |\n项目名称 |\n建设地点 |\n建设内容 |\n整合资金 |\n责任单位 |\n"
    "1 |\n2018年扶贫小额贷款贴息 |\n全区 |\n为全区小额贷款贴息 |\n130 |\n金融办 |\n"
    "2 |\n新兴安全饮水工程 |\n石柱镇新兴村 |\n改造水厂1座、新建抽水站1座,新建水厂1座,安装各类管道29.58km |\n550 |\n水务局 |\n"
    "3 |\n芋园村绿化工程 |\n照金镇芋园村 |\n1、新村巷道绿化;2、兔场周边绿化 |\n49 |\n照金镇政府 |\n"
)

NUMBERED_WITH_TOTALS = (
    "单位:万元\n\n序号\n\n村名\n\n项目名称\n\n建设内容\n\n资金金额\n\n"
    "1\n\n苗儿村\n\n水果基地\n\n续建\n\n20\n\n2\n\n田江村\n\n蔬菜基地\n\n新建\n\n16\n\n小计\n\n36\n\n"
    "3\n\n小额信贷贴息\n\n12\n\n4\n\n望城坡村\n\n灌溉设施\n\n维修\n\n10(其中,灾情因素6万元)\n\n合计\n\n58\n"
)


def test_a_numbered_tables_rows_are_told_apart_by_their_numbers_however_long_their_cells():
    from duban.clean.cell_tables import numbered_tables
    (table,) = numbered_tables(NUMBERED)
    rows = [[NUMBERED[a:b] for a, b in row] for row in table.rows]
    assert [row[0] for row in rows] == ["1", "2", "3"] and [row[4] for row in rows] == ["130", "550", "49"]
    assert NUMBERED[slice(*table.header[table.name_column])] == "项目名称"


def test_a_numbered_tables_short_rows_and_totals_put_their_figures_last():
    from duban.clean.cell_tables import numbered_tables
    (table,) = numbered_tables(NUMBERED_WITH_TOTALS)
    text = NUMBERED_WITH_TOTALS
    rows = [[text[a:b] for a, b in row] for row in table.rows]
    assert rows == [["1", "苗儿村", "水果基地", "续建", "20"], ["2", "田江村", "蔬菜基地", "新建", "16"],
                    ["", "", "小计", "", "36"], ["3", "", "小额信贷贴息", "", "12"],
                    ["4", "望城坡村", "灌溉设施", "维修", "10(其中,灾情因素6万元)"], ["", "", "合计", "", "58"]]


def test_a_numbered_tables_numbers_count_nothing_and_its_figures_are_what_their_rows_name():
    facts = [(f.text, f.value, f.unit, f.subject) for f in process(Document(source="x.txt", original=NUMBERED_WITH_TOTALS)).facts]
    assert facts == [("20", 20, "", "水果基地"), ("16", 16, "", "蔬菜基地"), ("36", 36, "", "小计"),
                     ("12", 12, "", "小额信贷贴息"), ("10", 10, "", "灌溉设施"), ("6万元", 60000, "元", "灾情因素"),
                     ("58", 58, "", "合计")]
    # a figure inside a row's words keeps its own name (改造水厂1座), and a row's number is no fact
    named = {(f.text, f.subject) for f in process(Document(source="x.txt", original=NUMBERED)).facts}
    assert ("1座", "改造水厂") in named and ("130", "2018年扶贫小额贷款贴息") in named
    with_units = process(Document(source="x.txt", original=NUMBERED.replace("550 |", "550万元 |")))
    assert ("550万元", "新兴安全饮水工程") in {(f.text, f.subject) for f in with_units.facts}  # a figure and its unit fill the cell
    assert not any(text in ("1", "2", "3") for text, _ in named)
    # negative: numbers under a 序号 with no table's rows after it stay as prose reads them
    assert [f.text for f in extract_text("序号\n\n1\n\n今年完成投资3亿元。\n")] == ["3亿元"]


def test_a_figure_among_a_numbered_rows_words_that_names_nothing_takes_the_rows_name():
    text = ("序号 |\n项目名称 |\n建设地点 |\n建设内容 |\n投资规模 |\n1 |\n后林都道路建设项目 |\n后林都村 |\n"
            "270米×4米×0.2米, 1216米×5米×0.2米,标号C25。 |\n73.5万元 |\n"
            "2 |\n周家营村饮水工程项目 |\n周家营村 |\n新建主管道2300米,闸阀8个。 |\n20万元 |\n")
    facts = {(f.text, f.subject) for f in process(Document(source="x.txt", original=text)).facts}
    assert {("270米", "后林都道路建设项目"), ("73.5万元", "后林都道路建设项目"), ("20万元", "周家营村饮水工程项目")} <= facts
    assert ("2300米", "主管道") in facts  # (its own words name it)
