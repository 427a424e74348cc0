"""Who, where and when on reports written in ways no seed shows: each rule is a way Chinese reports
are written (period cues, session dates, short names, offices, news leads), with the cases it must
not touch."""

from __future__ import annotations

import pytest

from duban.clean.chrome import strip_chrome
from duban.clean.normalise import normalise
from duban.document import Document
from duban.structure import structure
from duban.structure.header import addresses_session, compact_dates, cued_periods, iso_date
from duban.structure.org import first_units, office_level, official_name, org_chain

from helpers import document


def process(text: str) -> Document:
    return document(text, strip_chrome, normalise, structure)


# -- periods the opening's own sentences give --------------------------------------------------

CUES = [
    ("他说,刚刚过去的2024年,习近平总书记亲临湖北", {"review": "2024"}),
    ("回望刚刚走过的2024年,我们无比自豪,更倍感振奋。", {"review": "2024"}),
    ("镇长要求,要以积极向上的状态开展2021年工作。", {"plan": "2021"}),  # the year's work to be done
    ("全力做好2024年各项工作。", {"plan": "2024"}),
    ("各负责人就2022年工作亮点及2023年工作谋划分别作发言。", {"review": "2022", "plan": "2023"}),
    ("各村要做好2020年工作总结。", {"review": "2020"}),  # (its summing-up reviews it)
    ("第一部分,2023年工作回顾。第二部分,2024年的工作安排。", {"review": "2023", "plan": "2024"}),
    ("会议指出,2022年,在区委、区政府的坚强领导下,全镇上下坚持稳中求进", {"review": "2022"}),
    ("2023年,常州经开区预计完成地区生产总值992亿元", {"review": "2023"}),
    ("2024年,市桥街全年经济运行整体向好", {"review": "2024"}),
    ("12月26日上午,会议听取了工业路街道2023年度经济运行工作情况", {"review": "2023"}),
    # a year's work meeting written without 年 plans its year and reviews the one before
    ("3月7日,哈尔滨市卫健委召开2024全市卫生健康工作会议,回顾总结去年工作,部署今年重点工作任务。", {"review": "2023", "plan": "2024"}),
    # a draft of a year's report, read before its session, reviews the year before
    ("11月16日,市政府召开专题座谈会,就《2022年政府工作报告》(征求意见稿)广泛听取意见和建议。", {"review": "2021", "plan": "2022"}),
    ("本报告统计数据从2024年1月1日至12月31日。", {"review": "2024"}),
    ("报告提出了2023年济南市经济社会发展的总体要求", {"plan": "2023"}),
    ("过去的一年,是统计工作发生巨大变化的一年。深入思考、认真谋划好2018年工作。", {"review": "2017", "plan": "2018"}),
    ("全面总结2023年工作,部署2024年全市自然资源工作", {"review": "2023", "plan": "2024"}),
    ("镇长简要回顾了2023年各项工作,并对2024年工作进行了部署", {"review": "2023", "plan": "2024"}),
    ("政府工作报告对本届政府及2011年政府工作的回顾总结客观全面", {"review": "2011"}),
    # a paragraph on the year so far reviews it; what a unit will do in a year plans it (将 alone may be 把)
    ("县住建局上台领奖。\n2023年以来,海盐县住建局坚持“狠抓落实”,克难攻坚。\n荣誉是一种肯定。2024年,县住建局将继续狠抓落实。",
     {"review": "2023", "plan": "2024"}),
    ("2023年,全镇将人居环境整治作为重点,完成改厕300户。", {}),
    # a field's plan for a year (工作思路, 工作要点) plans it; a copy's spaces around a year are no matter
    ("现将红寺堡镇2024年法治政府建设工作报告暨2025年依法治区工作思路报告如下:", {"plan": "2025"}),
    ("报告总结 2024 年工作成果,明确 2025 年重点任务。", {"review": "2024", "plan": "2025"}),
    ("全镇2024年党建工作要点已印发。", {"plan": "2024"}),
    # a year's annual report, and the stretch its figures are counted over, review that year
    ("现公布西秀区黄腊乡2021年政府信息公开工作年度报告。", {"review": "2021"}),
    ("除特别说明的外,所列数据统计时段为2021年1月1日至12月31日。", {"review": "2021"}),
    # a year's output achieved is reviewed; one to be achieved is planned
    ("根据江西省统计局地区生产总值统一核算结果,2024年江西全省实现地区生产总值34202.5亿元。", {"review": "2024"}),
    ("力争2025年实现地区生产总值增长6%左右。", {}),
    # the year a speaker reports on is reviewed; a year whose targets are told is planned
    ("浙江省代省长刘捷作政府工作报告时介绍,2024年浙江省生产总值增长5.5%左右。", {"review": "2024"}),
    ("市长透露,2023年全市地区生产总值增长4.3%,2024年,天津市地区生产总值预期目标增长4.5%左右。", {"review": "2023", "plan": "2024"}),
    # an audit of a year's accounts reviews that year; a draft of the year's report plans it
    ("我受区人民政府的委托,向区人大常委会报告2022年度区本级预算执行和其他财政收支审计情况,请予审议。", {"review": "2022"}),
    ("市长主持召开市政府第24次常务会议,审议并原则通过2024年《政府工作报告(讨论稿)》。", {"plan": "2024"}),
    # a year's work mobilised (动员大会, 誓师大会) is the year planned
    ("2月25日上午,大屯镇召开2021年工作总结暨2022年工作动员大会。", {"review": "2021", "plan": "2022"}),
    # a ROC year written a digit at a time (一一四年 = 2025), and the year's achievements reported
    ("昨(二十五日)在公所四樓禮堂的「一一四年施政成果報告」,湧入超過六OO位好朋友", {"review": "2025"}),
    # a year's plan announced as its general idea or requirements; a five-year review's closing year
    ("2025年,我们工作的总体思路是:坚持以习近平新时代中国特色社会主义思想为指导", {"plan": "2025"}),
    ("2025年是“十四五”规划的决胜之年,也是鼎龙乡迈向高质量发展的攻坚之年。今年工作的总体要求是:以", {"plan": "2025"}),
    ("与会人员对“十四五”时期回顾和2025年政府工作给予了充分肯定", {"review": "2025"}),
    # the year a report describes and then plans (要…, 做好…工作意义重大), or describes and then reviews (一年来…)
    ("王伟说,2022年是实施“十四五”规划的重要一年,也是新一届政府的开局之年。要着眼五年、立足当前", {"plan": "2022"}),
    ("2022年是中共二十大召开之年,做好2022年工作,意义重大。", {"plan": "2022"}),
    ("2023年是全面贯彻党的二十大精神的开局之年,是三年新冠疫情防控转段后经济恢复发展的一年。一年来,全镇上下坚持",
     {"review": "2023"}),
    ("2020年是极不平凡的一年,在师市党委的坚强领导下,全师上下要求严格", {}),
    # not cues: a plan said in the future (将), a year that is no period, a target year
    ("报告指出,2023年,全乡要认真贯彻落实党的二十大精神", {}),
    ("2024年,在县委的领导下,全乡将聚焦产业发展", {}),
    ("全镇国土空间总体规划(2021-2035年)已获批准", {}),
    # a year described names the five-year plan's tasks, not its own
    ("会议指出,2024年是实现“十四五”规划目标任务的关键之年。", {}),
    ("新中国成立75周年,各项事业蓬勃发展", {}),
    # a session that hears how the year went and chooses the next year's projects
    ("大会听取和审议了石梁镇2022年经济和社会发展情况报告、2023年民生实事候选项目的说明", {"review": "2022", "plan": "2023"}),
    ("4月28日下午,街道第一届居民议事会第一次会议召开,票决出了街道 2025 年民生实事项目的五项内容", {"plan": "2025"}),
    # Macao's policy address is named by the fiscal year it plans, its years typed with noughts
    ("澳门特首在今天澳门特别行政区政府二00五年财政年度报告上说,过去的一年,是特区发展的一年", {"review": "2004", "plan": "2005"}),
    # a budget's execution and the projects' progress name no period of the report
    ("书面审查了《海山乡2024年上半年财政预算执行情况的报告》和《海山乡2024年度民生实事项目进展情况的报告》", {}),
    # final accounts close the year they account for; heard at a half year's meeting, the next year's first half
    ("会议听取并审议了区政府关于2021年区级决算情况的报告", {"review": "2021"}),
    ("区人大财经委对《海珠区2022年财政收支总决算报告(草案)》进行初审", {"review": "2022"}),
    ("评议区政府上半年工作情况的报告。会议还听取了虹口区2004年决算的报告", {"review": "2005H1", "plan": "2005H2"}),
    # … but a session that hears the work report beside them reviews the report's year, not the accounts'
    ("会议听取和审议了《黄龙乡人民政府工作报告》《黄龙乡2021年财政预算执行情况和2022年财政决算(草案)的报告》", {}),
    # a term's achievements reviewed with its last year; the year so far of a 1—N月 or three quarters' analysis;
    # a year's projects completed
    ("钟方成在报告中回顾了“十四五”发展成就和2025年主要工作。", {"review": "2025"}),
    ("总结了2024年工作和2025年工作安排", {"review": "2024", "plan": "2025"}),
    ("根据生产总值统一核算结果,2024年前三季度全县生产总值增长7.4%。", {"review": "2024"}),
    ("2024年1-8月,全乡完成固定资产投资1.2亿元。", {"review": "2024"}),
    ("力争2025年1-6月完成投资的60%", {}),
    # a report being drafted plans its year and reviews the one before
    ("为起草好2023年相山区《政府工作报告》,进一步问政于民、问需于民", {"review": "2022", "plan": "2023"}),
    # a paragraph opening on the year after a news item's lead (XX网讯, 本报讯(记者 …))
    ("茂名网讯 2016年,博贺镇从容应对各种严峻考验,全镇完成社会生产总值34.69亿元", {"review": "2016"}),
    ("本报讯(记者 李明)2024年,全镇坚持稳中求进工作总基调", {"review": "2024"}),
    ("茂名网讯 2025年,全镇将继续抓好项目建设", {"plan": "2025"}),
    # the first half of a year reported as done is that half; planned, it is no period
    ("2023年1-6月份,峡江县财政总收入完成146405万元,同比增收8348万元", {"review": "2023H1"}),
    ("2024年上半年,全镇实现地区生产总值3.2亿元,同比增长6.1%", {"review": "2024H1"}),
    ("确保2025年上半年完成主体工程", {}),
    ("会议听取和审议了县人民政府关于2016年上半年国民经济和社会发展计划执行情况的报告", {"review": "2016H1"}),
    ("听取审议了区政府关于2010年上半年国民经济和社会发展计划执行情况的报告和财政预算执行情况及下半年工作安排的报告",
     {"review": "2010H1", "plan": "2010H2"}),
    ("计划2025年上半年完成主体工程", {}),
    ("会议审议了《城厢镇2022年民生实事项目完成情况的报告》", {"review": "2022"}),
    # a year's results reported; a year described, then its account (年初以来)
    ("2月6日上午,翠山湖高新区2023年度高质量发展工作成果汇报会在管委会礼堂隆重召开", {"review": "2023"}),
    ("2023年是学习贯彻党的二十大精神的开局之年,也是承上启下的关键一年。年初以来,回龙观街道坚持", {"review": "2023"}),
    ("2024年是实现“十四五”规划目标任务的关键一年。年底前全面完成", {}),
    # a first half's summary or its economy's account: the first half reviewed, the second planned
    ("7月14日上午,东二营镇召开2023年上半年工作总结暨重点工作推动部署会。", {"review": "2023H1", "plan": "2023H2"}),
    ("濉溪县2025年上半年经济运行情况新闻发布会", {"review": "2025H1", "plan": "2025H2"}),
    ("8月6日下午,相公庄街道召开2021年半年工作总结暨下半年安排部署会", {"review": "2021H1", "plan": "2021H2"}),
    ("全面总结分析2025年度工作,讨论研究2026年度重点工作", {"review": "2025", "plan": "2026"}),
    # a plan word inside a review cue plans nothing (总结2022年度重点工作), the year after does
    ("为系统全面的总结2022年度重点工作,向2023年发起新一轮强攻。会议重点亮出2023年工作思路", {"review": "2022", "plan": "2023"}),
    # a year described, then how it was met, is reviewed; met as a plan (我们要…), it is not
    ("2021年是党和国家历史上具有里程碑意义的一年。面对世纪疫情和百年变局交织的严峻形势,全市上下坚持稳中求进",
     {"review": "2021"}),
    ("2023年是全面贯彻党的二十大精神的开局之年。面对复杂严峻的形势,我们要坚定信心、迎难而上", {}),
    # a year's targets assessed, a year's work summed up (对…进行总结), a term's last year with it
    ("太华路街道召开2014年目标考核暨2015年目标责任落实大会,会上首先对2014年街道全年工作进行总结", {"review": "2014", "plan": "2015"}),
    ("回顾总结“十二五”及2015年开发区的经济工作,安排部署“十三五”及2016年的工作任务", {"review": "2015", "plan": "2016"}),
    ("下面是街道工作总结及2023年工作思路,供大家参考。", {"plan": "2023"}),  # 总结及 plans its year
    # the meeting that opens a year's work plans it and reviews the year before
    ("天水经济技术开发区召开2016年工作会议安排部署2016年工作任务", {"review": "2015", "plan": "2016"}),
    ("周湾镇隆重召开了2025年农业农村工作会议,全面总结和部署了新一年的农业农村工作", {"review": "2024", "plan": "2025"}),
    # a headline's years looked back on and forward to, written without 年; a vision's year is no plan's
    ("建外丨回眸2020,展望2021:青春何处风光好", {"review": "2020", "plan": "2021"}),
    ("吳秋齡鎮長表示,回顧2023羅東鎮在基礎建設的厚植與競爭力的強化工作上,獲得各級指導單位的肯定", {"review": "2023"}),
    ("回顾20年来的发展历程", {}),
    ("展望2035年远景目标,基本实现社会主义现代化", {}),
]


@pytest.mark.parametrize(("text", "expected"), CUES, ids=[c[0][:12] for c in CUES])
def test_opening_cues_name_the_reviewed_and_planned_year(text, expected):
    assert cued_periods(text) == expected


SESSIONS = [
    # a session in October reviews the year so far and plans the next; a half-year budget report is no
    # half-year work report
    ("10月29日,址山镇第十七届人民代表大会第七次会议胜利召开。大会听取并审议《政府工作报告》、《址山镇2024年上半年"
     "预算执行情况(草案)的报告》。报告指出,2024年以来,址山镇坚持稳中求进。", "2024", "2025"),
    # the half-year report of a session in August stays a half-year report
    ("8月2日,擂鼓镇召开第十一届人民代表大会第六次会议。会议听取了《擂鼓镇2024年上半年政府工作报告》。", "2024H1", "2024H2"),
    # a session in January that names the reviewed year: review that year, plan the next
    ("1月7日上午,荆州市第六届人民代表大会第四次会议开幕。他说,刚刚过去的2024年,全市上下牢记嘱托。", "2024", "2025"),
    # a session in December whose report sets the next year's goals
    ("12月26日,济南市第十八届人民代表大会第二次会议开幕。报告提出了2023年济南市经济社会发展的总体要求。", "2022", "2023"),
    # a December session that names this year's budget executed and next year's budget: next year is planned
    ("12月18日上午,青州镇第十四届人民代表大会第九次会议召开。会议书面审议了《青州镇2025年财政预算执行情况和2026年财政预算报告》。",
     "2025", "2026"),
    # … an October one naming last year's accounts and this year's half: this year is reviewed
    ("10月29日,址山镇第十七届人民代表大会第七次会议胜利召开。大会审议《政府工作报告》、《址山镇2023年财政决算(草案)的报告》及《址山镇2024年"
     "上半年预算执行情况(草案)的报告》。", "2024", "2025"),
    # a news agency's dateline tells the session's month on a page reposted months later
    ("天津经济运行整体向好\n发布时间:2024-11-23 15:23:00\n中新网 天津1月23日电 天津市第十八届人民代表大会第二次会议开幕,"
     "市长作政府工作报告。\n", "2023", "2024"),
    # an undated session's news is about the years it names most often together, not an event it recalls
    ("无锡市第十六届人民代表大会第二次会议召开,市长在政府工作报告中指出,预计2017年全市实现地区生产总值10500亿元。\n"
     "2008年爆发的太湖蓝藻事件,促使无锡开始反思。2018年,无锡将GDP增幅目标设在7-7.5%之间。\n2016年江苏GDP增加了1302.11亿元。\n",
     "2017", "2018"),
    # the years the session's reports name, over a page date that is a portal's stale clock
    ("2019年03月18日17:01:33周一\n4月20日上午,县十五届人大一次会议开幕。会议听取了延津县人民政府工作报告,书面听取了延津县"
     "2021年国民经济和社会发展计划执行情况与2022年计划(草案)的报告。\n", "2021", "2022"),
    # a December session's report, dated in brackets after its title, reviews its own year
    ("(辽宁省)大连市沙河口区人民政府工作报告(2022年12月24日)\n(三)深化重点领域改革,营商环境持续优化。\n", "2022", "2023"),
    # the report read out names both halves of its year, though it is a budget's
    ("各位代表:\n受木镇镇人民政府委托,向大会作2024年财政预算上半年执行情况与下半年财政工作安排的(草案)报告,请予以审议。\n",
     "2024H1", "2024H2"),
    # a session written 第十五届人大会第七次会议, its years only in its budget report's title
    ("中国隆回网讯 4月7日,金石桥镇召开第十五届人大会第七次会议。财政所所长作金石桥镇2010年财政预算执行情况和2011年"
     "财政收支预算的报告(草案)。\n", "2010", "2011"),
    # the session's budget report names the year carried out and the year budgeted, over a paragraph on a year
    ("5月29日,甘棠镇第十七届人民代表大会第四次会议召开。大会听取和审议通过了《政府工作报告》和《甘棠镇2023年财政预算执行情况和"
     "2024年财政预算报告(草案)》。\n2024年,甘棠镇坚持以推动高质量发展为主题,全力推动镇域经济发展。\n", "2023", "2024"),
    # ... but not over what the report itself says it reviews and plans (the budget's years a copy's slip)
    ("3月29日下午,府城镇十六届人民代表大会第三次会议隆重召开。会议书面审议了《关于府城镇2014年财政预算执行情况和2015年财政预算"
     "(草案)报告》。报告实事求是地总结了2015年以来的工作,全面安排部署了2016年工作任务。\n", "2015", "2016"),
    # the consultative conference's plenary session, held beside the congress's, plans its year as that does
    ("各界网讯:3月3日上午,中国人民政治协商会议第八届留坝县委员会第三次会议隆重开幕。县政协主席代表常务委员会向大会作工作报告。"
     "他指出,2013年,在中共留坝县委的正确领导下,县政协履行职能。\n", "2013", "2014"),
]


@pytest.mark.parametrize(("text", "review", "plan"), SESSIONS,
                         ids=["october", "half-year", "january", "december", "december-budgets", "october-accounts", "reposted",
                              "recalled-year", "stale-clock", "dated-title", "budget-halves-read", "session-short",
                              "budget-pair", "report-over-budget-pair", "consultative-session"])
def test_news_of_a_session_without_its_year(text, review, plan):
    doc = process(text)
    assert doc.periods.get("review") == review
    assert doc.periods.get("plan") == plan


def test_a_title_year_is_the_reviewed_year_when_the_body_says_so():
    doc = process("《2023年精武镇政府工作报告》政策解读\n一、《报告》的主要内容\n《报告》共分为两个部分:第一部分,2023年工作"
                  "回顾。第二部分,2024年的工作安排。\n")
    assert doc.periods == {"review": "2023", "plan": "2024"}
    dated = process("2022年乌恰县政府工作报告\n(2023年1月10日在乌恰县第十七届人民代表大会第三次会议上\n各位代表:\n"
                    "一、2022年工作回顾\n2022年,我们团结带领全县各族干部群众。\n")
    assert dated.periods == {"review": "2022", "plan": "2023"}  # the dated session decides


def test_a_term_reviews_first_year_is_not_the_year_a_titled_work_report_reviews():
    # 2003年以来 opens a review of the government's term: the title's 2007 report reviews 2006 and plans 2007
    doc = process("乐亭县2007年政府工作报告\n来源:乐亭县人民政府\n一、十三届政府工作回顾\n2003年以来,十三届政府在市委的"
                  "正确领导下,超额完成了各项目标。2006年,全县地区生产总值完成140.1亿元。\n")
    assert doc.periods == {"review": "2006", "plan": "2007"}


NATIONAL_2018 = """各位代表:
现在,我代表国务院,向大会报告政府工作,请予审议,并请全国政协委员提出意见。
一、过去五年工作回顾
十二届全国人大一次会议以来的五年,是我国发展进程中极不平凡的五年。
刚刚过去的2017年,我国经济发展好于预期。
二、对今年政府工作的建议
今年是全面贯彻党的十九大精神的开局之年。
"""


def test_a_report_that_opens_at_its_salutation_plans_the_year_it_calls_this_year():
    doc = process(NATIONAL_2018)
    assert doc.doc_type == "政府工作报告"
    assert doc.periods == {"review": "2017", "plan": "2018"}
    assert [(p.kind, p.period) for p in doc.parts] == [("review", "2017"), ("plan", "2018")]


FIVE_YEAR_OPENING = ("各位代表:\n现在,我代表国务院,向大会报告过去五年的政府工作,并对今年工作提出建议。\n"
                     "一、过去五年工作回顾\n")


@pytest.mark.parametrize(("body", "periods"), [
    # the years of a five-year review are points of the span: the latest one passed is reviewed
    ("财政赤字占国内生产总值的比重从2009年的2.8%降到去年的2.1%。资本充足率从2007年底的8.4%提升到13.3%。"
     "2012年,在世界各大经济体增长全面减速的情况下,我国经济增长7.8%。", {"review": "2012", "plan": "2013"}),
    # a goal year is not a year passed (到2020年, 2035年远景目标)
    ("城镇化率比2012年提高6.4个百分点。2017年底,贫困人口减少到3046万人。到2020年全面建成小康社会,"
     "2035年远景目标。", {"review": "2017", "plan": "2018"}),
    # 增加到2012年的1923亿元 reaches a point passed: 到 before a year and 的 is no deadline
    ("补贴资金从2007年的639亿元增加到2012年的1923亿元。", {"review": "2012", "plan": "2013"}),
], ids=["points-passed", "goal-years", "increased-to"])
def test_a_five_year_review_reviews_the_last_year_it_names(body, periods):
    assert process(FIVE_YEAR_OPENING + body + "\n").periods == periods


def test_a_one_year_opening_keeps_the_years_it_names_as_before():
    # no five-year cue: the years of the opening still say the plan year, as for any session's report
    doc = process("各位代表:\n现在,我代表县人民政府向大会报告工作,请予审议。2021年,我们坚持稳中求进,"
                  "全县生产总值比2020年增长6%。\n")
    assert doc.periods == {"review": "2020", "plan": "2021"}


def test_this_year_in_a_summary_written_at_the_years_end_is_the_reviewed_year():
    doc = process("城关镇2023年工作总结\n一、今年工作总结\n今年以来,全镇各项工作稳步推进。\n二、明年工作计划\n"
                  "明年,全镇将继续抓好项目建设。\n")
    assert [(p.kind, p.period) for p in doc.parts] == [("review", "2023"), ("plan", "2024")]


@pytest.mark.parametrize(("text", "expected"), [
    ("各位代表:\n现在,我代表县人民政府向大会报告工作,请予审议。", True),
    ("现在,我代表镇人民政府,向大会报告上半年政府工作情况,请予以审议。", True),
    ("县长张宏江代表县人民政府向大会作政府工作报告。", False),  # a news item speaks of the speaker
    ("各位领导、同志们:现将我局2023年工作总结如下。", False),
])
def test_a_report_read_to_its_session(text, expected):
    assert addresses_session(text) is expected


# -- dates ---------------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("苗栗縣政府 新聞稿:113/10/29", "2024-10-29"),  # a ROC year written with slashes
    ("发布时间:2024-12-19 15:54", "2024-12-19"),
    ("2025年1月10日", "2025-01-10"),
    ("比上年增长12/30", ""),  # no ROC date: a two-digit first number
    ("第113/13/40号", ""),  # no month 13
])
def test_dates_in_every_form_a_page_writes(text, expected):
    assert iso_date(text) == expected


def test_a_pdf_copys_spaced_date_is_still_the_session_date():
    assert compact_dates("——2025 年 3 月 5 日在第十四届全国人民代表大会第三次会议上") == "——2025年3月5日在第十四届全国人民代表大会第三次会议上"
    doc = process("政府工作报告\n——2025 年 3 月 5 日在第十四届全国人民代表大会第三次会议上\n国务院总理 李强\n各位代表:\n")
    assert doc.periods == {"review": "2024", "plan": "2025"}


@pytest.mark.parametrize(("text", "published"), [
    # a page's time-stamped date beside the meeting line is the page's, not the session's
    ("2023年各省政府工作报告\n2023-03-10 14:38:52 122\n联系客服\n河北省政府工作报告\n——2023111日在河北省第十四届人民代表大会"
     "第一次会议上\n各位代表:\n", "2023-03-10"),
    # a field's date before the meeting line is the page's; the session's date stays out
    ("新场镇2023年政府工作报告\n索引号 | 发布机构 | 新场镇 | |\n公开类别 | 主动公开 | 发布时间 | 2024-01-03 |\n政府工作报告\n"
     "——在浦东新区新场镇第五届人民代表大会第五次会议上\n(2023年12月26日)\n各位代表:\n", "2024-01-03"),
    # a bulleted field
    ("昌硕街道2022年工作总结和2023年工作计划\n- 时间:2023-02-24\n一、2022年工作回顾\n2022年以来,街道办事处稳中求进。\n",
     "2023-02-24"),
    # a session's date alone beside the meeting line is never the publication date
    ("政府工作报告\n——在金碧镇第十四届人民代表大会第七次会议上\n镇长王鹏\n2025年1月3日\n各位代表:\n", ""),
    # a newspaper page's bulleted date under its headline is the page's; a dash before a meeting line is not
    ("市十六届人大一次会议昨开幕\n- 2012年04月16日\n来源:齐鲁晚报\n本报威海4月15日讯 15日上午,威海市第十六届人民代表大会"
     "第一次会议开幕。\n", "2012-04-16"),
    ("政府工作报告\n- 2025年1月3日在金碧镇第十四届人民代表大会第七次会议上\n各位代表:\n", ""),
    # a forum post: the date after 发表于 is the post's, not the user panel's sign-in above it
    ("[湖南] 2024年湘潭县政府工作报告\nTA的每日心情\n奋斗\n2024-12-31 10:19\n签到天数: 866 天\n"
     "发表于 2024-6-20 22:51:26 | 显示全部楼层\n2024年湘潭县政府工作报告\n", "2024-06-20"),
    # a date field opening a page whose fields and body share one line
    ("日期: 2023-01-05 09:49:22 来源:湖北新闻收集编辑:湖北新闻 1月5日,武汉市第十五届人民代表大会第二次会议开幕,武汉市市长"
     "程用文作《政府工作报告》。《政府工作报告》显示,预计2022年武汉地区生产总值增长4.5%左右,总量达到1.9万亿元左右。", "2023-01-05"),
    # … but not a date in prose after a colon
    ("会议明确了时间节点:2023年1月5日前完成全部验收。", ""),
    # a news item's dateline and an e-paper's page line date the text they open
    ("深圳新闻网2024年8月23日讯 (记者 陈琳君)8月22日,盐田区六届人大常委会召开第二十七次会议。", "2024-08-23"),
    ("商洛日报/2024 年/2 月/6 日/第 001 版政府工作报告——2024 年 2 月 2 日在商洛市第五届人民代表大会第四次会议上", "2024-02-06"),
])
def test_a_pages_own_date(text, published):
    assert process(text).published == published


def test_the_new_session_date_rule_keeps_the_december_session():
    doc = process("2023年度政府工作报告\n来源:清河区人民政府办公室 时间:2023-12-25\n政府工作报告\n(2023年12月20日在铁岭市清河区"
                  "十届人大三次会议第一次全体会议上)\n各位代表:\n一、2023年工作回顾\n")
    assert doc.published == "2023-12-25"
    assert doc.periods["review"] == "2023"


# -- types -----------------------------------------------------------------------------------------

@pytest.mark.parametrize(("title", "doc_type", "periods"), [
    ("城东街道2025年工作谋划", "计划", {"plan": "2025"}),
    ("塘桥街道2024年社代会报告", "政府工作报告", {"review": "2023", "plan": "2024"}),
    ("2024年政府信息公开工作年度报告", "总结", {"review": "2024"}),
    ("五马镇2024年政务公开总结", "总结", {"review": "2024"}),
    ("黎平县2018年国民经济和社会发展统计公报", "统计公报", {"review": "2018"}),  # a bulletin reviews its year
    # how a plan went reviews the year; a budget's execution with next year's draft reviews and plans
    ("报告显示:今年以来计划执行情况总体较好\n2025-09-11\n", "总结", {"review": "2025"}),
    ("关于某区2024年预算执行情况和2025年预算草案的报告", "总结和计划", {"review": "2024", "plan": "2025"}),
    # final accounts review the year they close, whenever the standing committee hears them
    ("2023年天等县决算(草案)的报告\n2024年10月18日天等县第十七届人民代表大会常务委员会第二十四次会议通过", "决算", {"review": "2023"}),
    ("2024年预决算公开", "", {}),  # a budget's and final accounts' page together: no type of its own
    # a title broken after its 和 goes on in the next line
    ("南开区2023年预算执行情况和\n2024年预算草案的报告", "总结和计划", {"review": "2023", "plan": "2024"}),
    # how the main work targets went: the plan's words belong to the review phrase
    ("2016年上半年润雅乡主要工作目标管理情况自查报告", "半年总结", {"review": "2016H1", "plan": "2016H2"}),
    # how an economy went: a statistics bureau's analysis reviews its stretch
    ("托里县2023年上半年经济运行分析", "半年总结", {"review": "2023H1", "plan": "2023H2"}),
    ("大鹏新区2018年管委会工作报告", "政府工作报告", {"review": "2017", "plan": "2018"}),  # a new area's committee's
    ("某县2024年前三季度经济运行情况", "总结", {"review": "2024"}),
])
def test_titles_of_plans_congress_reports_and_annual_reports(title, doc_type, periods):
    doc = process(f"{title}\n各项工作稳步推进,取得了较好成效。\n")
    assert (doc.doc_type, doc.periods) == (doc_type, periods)


def test_a_news_pages_report_line_is_the_title_over_the_review_heading_below_it():
    # the unit named inside the line (刘媛在廊坊市…) counts for it as a unit ahead of the line would
    doc = process("“两会”进行时\n刘媛在廊坊市八届人大六次会议上的政府工作报告(摘登)\n2024年01月29日 来源: 《廊坊日报》\n"
                  "2023年 工作回顾\n刚刚过去的一年,极不平凡、极为艰难、极其难忘。\n")
    assert (doc.title, doc.doc_type, doc.periods) == (
        "刘媛在廊坊市八届人大六次会议上的政府工作报告(摘登)", "政府工作报告", {"review": "2023", "plan": "2024"})
    assert doc.org["name"] == "廊坊市"


def test_a_bulletins_title_names_its_place_under_a_source_field_without_one():
    doc = process("当前位置:首页 > 政府数据 > 统计公报\n黎平县2018年国民经济和社会发展统计公报\n"
                  "文章来源:县统计局 发布时间:2019-11-11 11:04\n\n2018年,全县坚持稳中求进,经济平稳发展。\n")
    assert (doc.title, doc.org["name"], doc.org["province"]) == ("黎平县2018年国民经济和社会发展统计公报", "黎平县", "贵州省")


def test_a_title_printed_between_a_disclosure_pages_fields_is_the_title():
    # the fields and the lines around them are chrome; the title line among them still names the report
    doc = process("分享到:\n索引号: f751425--2024-0015 主题分类: 综合政务\n发布机构: 县农业农村局 生成日期: 2024-01-22\n"
                  "文件编号: 有效性: 有效\n南昌县农业农村局2023年工作总结和2024年工作计划\n  • 浏览量:\n  • 字体【 】\n\n"
                  "今年以来,南昌县农业农村工作按照中央、省、市和县委一号文件精神要求,深入实施乡村振兴战略。\n"
                  "一、2023年工作成效\n粮食方面:全年粮食播种面积稳定。\n")
    assert doc.title == "南昌县农业农村局2023年工作总结和2024年工作计划"
    assert (doc.org["name"], doc.org["county"], doc.periods) == (
        "南昌县农业农村局", "南昌县", {"review": "2023", "plan": "2024"})


def test_a_township_named_short_that_has_since_become_a_town_is_found_by_its_county():
    # the map holds only 炎山镇 (昭阳区): a 乡 speaking of itself as 炎山, with its county named, is that unit
    doc = process("政府汇报材料\n尊敬的各位领导:\n首先,我代表乡四套班子和全乡两万多人民群众,对你们的到来表示热烈的欢迎!\n"
                  "炎山是昭阳区西部的一个贫困乡。全乡总面积77.6平方公里,有8个村。\n")
    assert (doc.org["name"], doc.org["county"], doc.org["province"]) == ("炎山乡", "昭阳区", "云南省")
    # negative: a run of characters that names a town only by chance (民政 out of 乡人民政府) is none
    doc = process("政府工作报告\n现在,我代表乡人民政府向大会作工作报告。乡人民政府在县委的正确领导下,团结全乡人民。\n")
    assert doc.org["name"] is None


def test_a_government_head_deliberating_the_report_speaks_for_his_level():
    # 区长 … 审议政府工作报告 makes the page a district's; 城区 (the urban area) names no district
    doc = process("红网南岳站2月11日讯(记者 文丽贵)今天上午,区委副书记、区长杨洪峰参加第四代表团讨论,与人大代表一起审议政府工作报告。\n"
                  "代表们还围绕拆迁、信访、公路硬化、城区基础设施等工作先后发言。这充分体现了大家对南岳发展的关心和关注。\n")
    assert (doc.org["name"], doc.org["prefecture"], doc.org["province"]) == ("南岳区", "衡阳市", "湖南省")


def test_a_two_character_county_after_a_year_in_digits_is_a_place():
    # 2023年莒县: the 年 of a year written in digits leads to a place (八十年代县委 holds no 代县)
    doc = process("2023年莒县国民经济和社会发展统计公报 2023年是全面贯彻落实党的二十大精神的开局之年,"
                  "全县上下坚持稳中求进。 一、综合 经济运行保持平稳。2023年全县实现地区生产总值300亿元。\n")
    assert (doc.org["name"], doc.org["prefecture"], doc.org["province"]) == ("莒县", "日照市", "山东省")
    assert org_chain("上世纪八十年代县委书记") == []


def test_a_half_year_briefing_dated_in_summer_reviews_the_first_half():
    doc = process("李家镇人大召开政府半年工作通报会\n2014-08-01 13:52\n"
                  "7月29日上午,李家镇人大组织人大代表和主席团成员召开了政府半年工作通报会。"
                  "会上,该镇镇长代表政府向代表们通报了上半年工作完成情况。\n")
    assert doc.periods == {"review": "2014H1", "plan": "2014H2"}


def test_the_year_a_report_points_out_and_the_projects_a_session_votes_for():
    # 报告指出,2025年,…实现 reviews 2025 (not 报告指出,2025年,全镇将…); 票决…2026年…民生项目 plans 2026
    doc = process("1月29日,南洋镇第十五届人民代表大会第九次会议胜利召开。会议听取和审议《政府工作报告》,"
                  "票决南洋镇2026年政府重大民生项目。\n报告指出,2025年,南洋镇锚定高质量发展目标,实现经济、产业、"
                  "民生等领域稳步提升。\n")
    assert doc.periods == {"review": "2025", "plan": "2026"}


def test_a_place_name_inside_a_persons_name_is_no_place():
    # 代县长曾平原 … 曾平原认真听取: no 平原县; 总书记视察东营 holds no person's name (视 opens no surname)
    doc = process("红网岳阳县分站11月28日讯 11月27日下午,湖南省岳阳县委副书记、代县长曾平原参加县十七届人大一次会议"
                  "第九代表团讨论。\n曾平原认真听取代表发言。曾平原要求,要抓好落实。曾平原希望代表们积极建言。\n")
    assert (doc.org["name"], doc.org["province"]) == ("岳阳县", "湖南省")


def test_a_summer_session_on_the_years_progress_reviews_the_year_so_far():
    doc = process("洪湖镇第二十届人民代表大会第二次会议胜利召开\n日期:2022-07-22\n7月22日,洪湖镇第二十届人民代表大会"
                  "第二次会议胜利召开。会议听取和审议了《洪湖镇疫情防控工作报告》、《2022年民生实事项目进度工作报告》。\n")
    assert doc.periods == {"review": "2022"}


def test_a_notice_that_carries_a_document_gives_its_title():
    doc = process("咸政发〔2024〕3号\n各县市区人民政府,市人民政府各工作部门、派出机构、直属事业机构:\n"
                  "《咸阳市2024年国民经济和社会发展计划》已经市九届人大四次会议审议通过,现印发给你们,请认真组织实施。\n"
                  "咸阳市人民政府\n2024年3月2日\n咸阳市2024年国民经济和社会发展计划\n"
                  "2024年全市经济社会发展的总体要求是:坚持稳中求进。\n")
    assert (doc.title, doc.doc_type, doc.periods["plan"]) == ("咸阳市2024年国民经济和社会发展计划", "计划", "2024")
    assert doc.org["name"] == "咸阳市"  # not 市区 read from the addressees (各县市区人民政府)


def test_a_title_broken_by_lost_characters_is_still_a_title():
    doc = process("(陜西?。?023年咸陽市秦都區(qū)人民政府工作報告\n各位代表:\n2022年工作回顧\n2022年,我們堅持穩中求進。\n")
    assert doc.org["name"] == "秦都区"
    assert (doc.org["county"], doc.org["province"]) == ("咸阳市", "陕西省")
    assert doc.periods == {"review": "2022", "plan": "2023"}


# -- names -----------------------------------------------------------------------------------------

@pytest.mark.parametrize(("written", "official"), [
    ("通道县", "通道侗族自治县"),  # an autonomous county by its short name
    ("玉屏县", "玉屏侗族自治县"),
    ("鄂伦春旗", "鄂伦春自治旗"),
    ("恩施州", "恩施土家族苗族自治州"),
    ("市桥街", "市桥街道"),  # a street office written 街
    ("通道侗族自治县", "通道侗族自治县"),  # already the map's name
    ("步行街", "步行街"),  # a street that is no street office
    ("道县", "道县"),  # a county of its own, not a short form
    ("高良乡", "高良壮族苗族瑶族乡"),  # an ethnic township by its short name
    ("科右前旗", "科尔沁右翼前旗"),  # a banner by its wing
    ("土左旗", "土默特左旗"),
    ("喀左县", "喀喇沁左翼蒙古族自治县"),
    ("科右旗", "科右旗"),  # no banner is written so: two wings of 科尔沁 have a 中旗
    ("柳城镇", "柳城镇"),  # a town of the short name on the map stays itself (not 柳城畲族镇)
])
def test_short_forms_read_as_the_maps_names(written, official):
    assert official_name(written) == official


@pytest.mark.parametrize("text, name", [
    # an everyday word that is also a district's short name places nothing (宏伟蓝图 is no 宏伟区)
    ("2025:扬州经开区启航“高质量号”列车\n会议在扬州经济技术开发区召开。全区上下共绘发展的宏伟蓝图,推动园区高质量发展。\n",
     "扬州经开区"),
    # a person's posts (区长兼经开区党工委书记) are no office
    ("近日,区委副书记、区长兼经开区党工委书记、管委会主任王俊主持召开区长办公会,讨论研究《政府工作报告》(征求意见稿)。\n", None),
    # a short name a prefecture shares (西安: 西安市) is not read as a district of another province (辽源's 西安区)
    ("据陕西省政府网站消息,今年以来,全区上下聚焦高质量发展首要任务。\n赴四川达州、西安等地开展旅游推介活动,全区接待游客增长12%。\n",
     "陕西省"),
])
def test_everyday_words_and_shared_short_names_are_no_reporter(text, name):
    assert process(text).org["name"] == name


@pytest.mark.parametrize(("text", "chain"), [
    ("通道县菁芜洲镇", ["通道侗族自治县", "菁芜洲镇"]),  # not 道县 + 菁芜洲镇
    ("张继军出席 董奕锋作县政府工作报告", []),  # a person 作 the report: no county 董奕锋作县
    ("焦作市人民政府工作报告", ["焦作市"]),  # a name on the map keeps its 作
    # a unit's other name in brackets is passed over; the unit below goes on the chain, before its words
    ("乌鲁木齐市高新区(新市区)六十户乡工作总结", ["乌鲁木齐市高新区", "六十户乡"]),
    ("衡南县人民政府花桥镇工作总结", ["衡南县", "花桥镇"]),
    # a run opening on a unit of the map and going down level by level keeps a unit the map lacks
    # (渝北区), rather than a name inside it (北区)
    ("重庆市渝北区大盛镇人民政府关于2024年法治政府建设情况的报告", ["重庆市", "渝北区", "大盛镇"]),
    ("湖南省长沙县推进城市建设", []),  # words after the units: no run of names
])
def test_chains_of_whole_names(text, chain):
    assert org_chain(text) == chain


ORGS = [
    # a news lead opening on a couplet: the subject of the next sentence reports
    ("邵阳新闻网讯 丁酉金鸡展翅去,戊戍瑞狗疾步来。2月22日,新年上班第一天,绥宁县统计局召开全体干部会议,就各项工作进行部署。",
     "绥宁县统计局", "绥宁县", "湖南省"),
    # an office written with its level word only: the city the text names
    ("市自然资源和规划局部署2024年重点工作任务\n2月28日,记者从市自然资源和规划局获悉,该局日前召开工作会议。为中国式现代化建设"
     "商丘实践贡献力量。\n", "商丘市自然资源和规划局", "商丘市", "河南省"),
    # a street named by its short form more often than its district
    ("今年以来,市桥街认真落实区委部署,推动社会大局安全稳定。\n2024年,市桥街全年经济运行整体向好,GDP总量全区第六。番禺区"
     "委、番禺区政府高度肯定。番禺区各街道中,市桥街位居前列。\n", "市桥街道", "番禺区", "广东省"),
    # the lone word ending in 局 is no office (社会大局)
    ("今年以来,全镇上下推动经济运行持续恢复、社会大局安全稳定、民生水平不断提高。", None, None, None),
    # words that stand between names are no part of one the map lacks (会议由街道…, 组织全体区人大代表)
    ("为总结2022年度重点工作,镇江路街道于2月20日组织开展擂台赛活动。\n会议由街道办事处主任李凌主持,街道各科室负责人依次述职。",
     "镇江路街道", "市北区", "山东省"),
    # Hong Kong's chief executive (特首) gives its policy address
    ("特首林郑月娥上月宣告押后发表新一份《施政报告》,料新一份《施政报告》内容会触及香港与大湾区发展的机遇。",
     "香港特别行政区", None, "香港特别行政区"),
    # the State Council's report to the standing committee; the national session by its short name
    ("8月25日,十一届全国人大常委会第二十二次会议举行第二次全体会议,听取国务院关于今年以来预算执行情况的报告。",
     "国务院", None, None),
    ("3月5日,十四届全国人大三次会议在北京开幕,党和国家领导人出席大会。", "国务院", None, None),
    # a disclosure report says whose it is wherever its opening sentence names it; a session a town 召开s is its own
    ("根据《中华人民共和国政府信息公开条例》(以下简称《条例》)及《中华人民共和国政府信息公开工作年度报告格式》相关要求,"
     "现公布北票市黑城子镇人民政府2025年度政府信息公开工作报告。", "黑城子镇", "北票市", "辽宁省"),
    ("4月23日,景福镇召开第二十一届人民代表大会第四次会议。会议先后听取和审议了政府工作报告。三台县人大常委会到会指导。",
     "景福镇", "三台县", "四川省"),
    # a government's own standing meeting gives its level; the unit of that level the page names is it
    ("市政府召开第24次常务会议\n2023年12月30日上午,市长蔡毅主持召开十八届市政府第24次常务会议,审议《关于启东市2023年国民经济"
     "和社会发展计划执行情况与2024年计划草案的报告》《启东市2023年财政预算执行情况的报告》。", "启东市", "南通市", "江苏省"),
    # 征求 stands in no name (州政府就…征求州人大常委会意见)
    ("州政府就《政府工作报告(征求意见稿)》征求州人大常委会意见。", None, None, None),
    # the national session: the premier gives the State Council's report to it
    ("第十四届全国人民代表大会第一次会议3月5日上午在北京开幕,国务院总理李克强向大会作政府工作报告。", "国务院", None, None),
]


@pytest.mark.parametrize(("text", "name", "county", "province"), ORGS,
                         ids=["lead", "level-office", "short-street", "no-office", "not-in-names", "hong-kong", "state-council",
                              "national-short", "disclosure", "session-convened", "standing-meeting", "seeks", "national"])
def test_organisations_from_leads_offices_and_prose(text, name, county, province):
    doc = process(text)
    assert (doc.org["name"], doc.org["county"], doc.org["province"]) == (name, county, province)


@pytest.mark.parametrize(("text", "name", "level", "province", "prefecture"), [
    # a municipality is a province: its own report is a province's
    ("北京市2024年政府工作报告\n——2024年1月21日在北京市第十六届人民代表大会第二次会议上\n各位代表:\n", "北京市", "省", "北京市", None),
    ("1月19日,重庆市第六届人民代表大会第三次会议开幕。会上,重庆市人民政府市长胡衡华作了政府工作报告。\n",
     "重庆市", "省", "重庆市", None),
    # negative: a prefecture-level city stays a 市 of its province
    ("吉林市2024年政府工作报告\n各位代表:\n现在,我代表市人民政府向大会报告工作。\n", "吉林市", "市", "吉林省", "吉林市"),
])
def test_a_municipality_reports_as_a_province(text, name, level, province, prefecture):
    doc = process(text)
    assert (doc.org["name"], doc.org["level"], doc.org["province"], doc.org["prefecture"]) == (name, level, province, prefecture)


@pytest.mark.parametrize(("text", "name"), [
    # 乡镇 (townships) is a word: 苏木乡镇机构改革 names no 苏木乡; the county named after it is the page's
    ("苏木乡镇机构改革,是中央和自治区深化农村牧区税费改革的重要内容。今年5月,凉城县作为自治区12个旗县乡镇机构改革试点县之一,"
     "高度重视。\n", "凉城县"),
    # a short name that is an everyday word is no hint: 东方大酒店 is a hotel, not 东方市
    ("10月28日,市政府新闻办在东方大酒店召开新闻发布会,发布我市前三季度经济运行有关情况。\n", None),
])
def test_words_that_only_look_like_units(text, name):
    assert process(text).org["name"] == name




@pytest.mark.parametrize(("text", "level", "province"), [
    # a county that never writes its name: the level it speaks as, the province its frames name
    ("政 府 工 作 报 告\n县 长 桑 周\n各位代表:\n现在,我代表县人民政府向大会报告工作。2021年,我们深入学习贯彻习近平总书记"
     "对青海工作的重大要求和重要指示批示精神,全面落实州委、州政府决策部署,在县委的领导下。\n", "县", "青海省"),
    # two provinces named as often: none is taken
    ("各位代表:\n现在,我代表县人民政府向大会报告工作。我们贯彻习近平总书记考察江西重要讲话和考察湖南重要讲话精神。\n",
     "县", None),
])
def test_an_unnamed_issuer_keeps_its_level_and_province(text, level, province):
    doc = process(text)
    assert doc.org["name"] is None
    assert (doc.org["level"], doc.org["province"]) == (level, province)


@pytest.mark.parametrize(("text", "name", "level"), [
    # a session's short name opened by the level word: the region the page names
    ("当前位置: 首页>专题专栏>2024西藏两会\n自治区十二届人大二次会议继续分组审议\n来源: 西藏日报\n"
     "8日上午,自治区十二届人大二次会议继续分组审议政府工作报告。\n", "西藏自治区", "省"),
    # the short form in brackets between the name and 政府
    ("行政長官向立法會發表《行政長官2021年施政報告》\n今天我發表任內第五份《施政報告》,也是本屆香港特別行政區(特區)"
     "政府五年任期內的最後一份《施政報告》。\n", "香港特别行政区", "省"),
])
def test_an_issuer_named_by_its_level_and_the_page(text, name, level):
    doc = process(text)
    assert (doc.org["name"], doc.org["level"]) == (name, level)


def test_a_persons_name_after_a_title_is_no_unit():
    doc = process("▲議長張鎮榮肯定楊文科縣長上任以來陸續兌現競選政見。\n新竹縣議會第十九屆第一次定期大會今日上午開幕,"
                  "會議期間將進行縣長施政報告。\n")
    assert doc.org["name"] == "新竹县"  # not 张镇


def test_a_portals_footer_owner_places_a_township_many_units_share_the_name_of():
    doc = process("太平镇第五届人民代表大会第三次会议召开\n2月10日,太平镇第五届人民代表大会第三次会议在太平镇社区服务中心"
                  "召开。大会听取和审议了太平镇人民政府工作报告。\n主办单位:天津市滨海新区人民政府办公室\n")
    assert (doc.org["name"], doc.org["county"], doc.org["province"]) == ("太平镇", "滨海新区", "天津市")
    assert [f.value for f in doc.metadata if f.name == "site_owner"] == ["天津市滨海新区人民政府办公室"]


def test_a_prefecture_that_speaks_under_its_party_committee():
    doc = process("一、2024年工作回顾\n2024年,在地委的坚强领导下,在地区人大工委的监督指导下,我们贯彻落实习近平总书记关于"
                  "新疆工作的重要讲话精神。推动巴克图口岸恢复人员流动,为塔城口岸经济注入了新动力。\n")
    assert (doc.org["name"], doc.org["level"], doc.org["province"]) == ("塔城地区", "市", "新疆维吾尔自治区")


PORTAL = "索引号: 113311240026012345/2025-00012\n发布机构: 松阳县人民政府\n发布日期: 2025-01-20\n2024年工作总结和2025年工作计划\n"


@pytest.mark.parametrize(("body", "name", "county"), [
    # the county portal carries a township's report that names itself only in the body
    ("2024年,在县委县政府的坚强领导下,斋坛乡全乡上下团结一心,各项工作取得新成效。我乡坚持项目为王,斋坛乡茶产业持续壮大。\n"
     "一、2024年工作总结\n斋坛乡茶叶产值增长8%。\n", "斋坛乡", "松阳县"),
    # the county's own report on its portal stays the county's
    ("2024年,全县上下团结一心,各项工作取得新成效。斋坛乡茶产业持续壮大,安民乡旅游兴旺。\n一、2024年工作总结\n", "松阳县", "丽水市"),
])
def test_a_portals_report_speaks_as_the_unit_it_names(body, name, county):
    doc = process(PORTAL + body)
    assert (doc.org["name"], doc.org["county"]) == (name, county)


BANNER = "天津市宝坻区人民政府\n2019年12月3日星期二\n一、总体情况\n"


@pytest.mark.parametrize(("body", "name", "county"), [
    # a district government's banner over a township's report, which speaks as 我镇 and names itself
    ("2025年,黄庄镇持续严格遵照条例要求,进一步提质增效。\n(二)主动公开情况\n2025年,我镇依托区政府门户网站主动公开政府信息37条。\n",
     "黄庄镇", "宝坻区"),
    # the district's own report under its banner stays the district's, whatever township it names
    ("2025年,全区上下持续推进政务公开。黄庄镇、大口屯镇公开政府信息各30条。\n我区依托门户网站主动公开信息800条。\n",
     "宝坻区", "天津市"),
])
def test_a_banners_government_yields_to_the_lower_unit_a_report_speaks_as(body, name, county):
    doc = process(BANNER + body)
    assert (doc.org["name"], doc.org["county"]) == (name, county)


def test_a_rule_the_opening_cites_names_no_reporter():
    # 《河北省实施<…条例>办法》 is the province's rule; the township after it reports
    doc = process("根据《河北省实施<中华人民共和国政府信息公开条例>办法》等规定,寻召乡发布2024年政府信息公开工作年度报告。\n"
                  "一、总体情况\n2024年,全乡主动公开政务信息545条。\n")
    assert (doc.org["name"], doc.org["county"], doc.periods) == ("寻召乡", "平乡县", {"review": "2024"})


def test_a_report_without_a_dated_session_whose_review_heading_names_a_half_reviews_that_half():
    doc = process("2024年政府工作报告\n——2024929日在东园镇第十五届人民代表大会第七次会议上\n各位代表:\n"
                  "我代表镇人民政府向大会作工作报告,请予审议。\n2024年上半年工作回顾\n2024年上半年,镇政府坚持稳中求进。\n")
    assert doc.periods == {"review": "2024H1", "plan": "2024H2"}


@pytest.mark.parametrize(("page", "name", "level"), [
    # an office named only by its level publishes the document of the unit the title names
    ("阳城县财政局\n\n阳城县2023年政府决算\n\n发布日期: 2024-08-29 发布机构: 县财政局\n\n阳城县2023年财政决算\n\n"
     "第一部分\n关于2023年县本级财政决算的报告\n", "阳城县", "县"),
    # an office's own news, under its own name, stays the office's
    ("发布机构: 县财政局\n县财政局召开2024年工作部署会\n2月1日,县财政局召开全局干部大会。\n", "财政局", "局"),
])
def test_an_office_named_by_its_level_publishes_the_titles_unit(page, name, level):
    doc = process(page)
    assert (doc.org["name"], doc.org["level"]) == (name, level)


# -- the third set: year-end articles, mid-year meetings, task tables, a portal's clock ------------

THIRD_CUES = [
    ("岁末年终,万象更新。各社区将以细腻的笔触,细数2024年的点点滴滴。", {"review": "2024"}),
    ("向大家汇报一年的工作成果,并对2024年的工作进行展望。", {"plan": "2024"}),
    ("日前,泰达街道召开工委扩大会暨2024年中期工作推动会,总结上半年工作情况,部署下半年重点工作。",
     {"review": "2024H1", "plan": "2024H2"}),
    # not cues: a five-year plan's mid-term evaluation, a look ahead to a target year
    ("开展“十四五”规划中期评估,2024年全面完成。", {}),
    ("展望2035年远景目标,基本实现现代化。", {}),
]


@pytest.mark.parametrize(("text", "expected"), THIRD_CUES, ids=["year-end", "outlook", "mid-year", "mid-term", "2035"])
def test_year_end_articles_outlooks_and_mid_year_meetings(text, expected):
    assert cued_periods(text) == expected


def test_a_mid_year_meeting_in_the_news_reviews_the_first_half():
    doc = process("日前,泰达街道召开工委扩大会暨2024年中期工作推动会,总结街道各系统上半年工作情况,部署下半年重点工作。\n"
                  "今年以来,泰达街在区委区政府坚强领导下,社会事业整体稳中有进。\n")
    assert doc.periods == {"review": "2024H1", "plan": "2024H2"}


@pytest.mark.parametrize(("title", "doc_type", "review"), [
    # a table of how the report's tasks were done is a summary of that year
    ("2020年西城区政府工作报告重点工作全年完成情况", "总结", "2020"),
    ("2023年政府工作报告重点任务落实情况", "总结", "2023"),
    # the report itself stays a report, which reviews the year before its title's
    ("2020年西城区政府工作报告", "政府工作报告", "2019"),
])
def test_a_table_of_the_reports_tasks_done_reviews_the_tasks_year(title, doc_type, review):
    doc = process(f"{title}\n各项工作稳步推进,取得了较好成效。\n")
    assert (doc.doc_type, doc.periods.get("review")) == (doc_type, review)


@pytest.mark.parametrize(("text", "published"), [
    # the portal's clock in the top bar is not the page's date; the item's date line is
    ("繁体 | 简体 今天是西元 2025 年 06 月 22 日 星期日    夜晚\n首頁 > 政治 > 新聞內文\n花蓮縣議會第17屆第5次定期會施政總報告\n"
     "TNN台灣地方新聞/更新日期: 2012-05-11 13:29:52\n花蓮縣議會第17屆第5次定期會於8日正式開議。\n", "2012-05-11"),
    ("今天是 2024年4月11日 星期四 智能问答\n镇政府工作报告\n发布时间:2024-01-05\n各位代表:\n", "2024-01-05"),
    # a menu's items do not push the item's date out of the page's head
    ("京海傳媒\n" + "  • 藝術人文\n  • 兩岸國際\n  • 交通產經\n  • 社會生活\n  • 休閒娛樂\n  • 專題區\n" * 4
     + "Home 新聞區\n嘉義鹿草鄉長施政三周年\n2025-12-31\n鹿草鄉公所於12月31日舉辦施政交流會。\n", "2025-12-31"),
    # a site's banners (its privacy notice, a line in Japanese) do not end the page's head before its date
    ("本網站使用相關技術提供更好的閱讀體驗,同時尊重使用者隱私,點這裡瞭解隱私聲明。\n"
     "こちらのページは繁体字版です。日本語版に移動しますか。\n蔣萬安首度施政報告 議員批不熟市政頻看稿\n"
     "2023/4/13 17:17(4/13 18:01 更新)\n台北市長蔣萬安13日首度赴台北市議會施政報告。\n", "2023-04-13"),
    # a publication label after the site's name dates the page, though the session was that day too
    ("2005年政府工作报告\n青岛政务网 发布日期 : 2005-01-27\n──2005年1月27日在青岛市第十三届人民代表大会第三次会议上\n"
     "各位代表:\n", "2005-01-27"),
    # an aggregator writes its date day first
    ("大理州十三届人大三次会议隆重开幕\n\n02.03.2015  01:39\n\n昨日上午,州十三届人大三次会议隆重开幕。\n", "2015-03-02"),
])
def test_a_portals_clock_is_not_the_pages_date(text, published):
    assert process(text).published == published


@pytest.mark.parametrize(("text", "published"), [
    # a date with its weekday beside or under a government portal's banner is the portal's clock
    ("天津市宝坻区人民政府\n2019年12月3日星期二\n一、总体情况\n2025年,黄庄镇持续推进政务公开。\n", ""),
    ("天津市宁河区人民政府 2019年12月3日星期二\n\n区政务服务办政府信息公开工作年度报告\n"
     "来源:政务服务办公室 发布时间:2026-01-21 16:53\n根据《条例》要求,现将2025年度工作情况报告如下。\n", "2026-01-21"),
    ("天津政务网\n2019年12月3日星期二\n天津市城市管理委员会2025年政府信息公开工作年度报告\n现将情况报告如下。\n", ""),
    # a newspaper's masthead and a blog's date header date the page, weekday and all
    ("人民日报海外版 2019年01月01日 星期二\n浦东新区政府工作报告\n各位代表:\n", "2019-01-01"),
    ("2023年1月31日 星期二\n西屿乡公所举办年终活动\n乡公所于1月30日举办活动。\n", "2023-01-31"),
])
def test_a_date_with_its_weekday_under_a_portals_banner_is_its_clock(text, published):
    assert process(text).published == published


@pytest.mark.parametrize(("written", "official"), [
    ("香港特区", "香港特别行政区"),  # the unit word written short
    ("澳门特区", "澳门特别行政区"),
    ("深圳经济特区", "深圳经济特区"),  # a zone, no unit: the map has no 深圳经济特别行政区
])
def test_unit_words_written_short(written, official):
    assert official_name(written) == official


@pytest.mark.parametrize(("text", "name", "level"), [
    # a page about several units: the report speaks for the one it names after 我代表
    ("如何谋划2025年的目标任务,陆续闭幕的江苏13个设区市两会给出回答。\n各位代表:现在,我代表江苏省人民政府向大会报告工作,请予审议。"
     "沭阳县为宿迁市下辖县。\n", "江苏省", "省"),
    ("香港特区行政长官李家超发表2024年施政报告\n李家超在特区立法会发表施政报告。\n", "香港特别行政区", "省"),
    # the level word alone names no unit: the map's unit the text names most stands for it
    ("各位代表:\n现在,我代表县人民政府向大会报告工作。黎平各族人民团结奋进,黎平发展迈上新台阶。\n", "黎平县", "县"),
    # a township's delegates watch the national session: the report is the State Council's
    ("2024年3月5日上午,第十四届全国人民代表大会第二次会议在北京人民大会堂开幕。开远市羊街乡人大主席团及时组织全乡人大代表"
     "收看大会开幕盛况,认真聆听国务院总理李强所作的政府工作报告。\n", "国务院", "国家"),
    # a township's own session: the township's head gave the report
    ("近日,新塘乡第十八届人民代表大会第五次会议召开。会议听取了新塘乡乡长王明所作的政府工作报告。\n", "新塘乡", "乡"),
    # the chief executive speaks for a special administrative region
    ("2015年度香港行政长官施政报告\n《2015年度香港行政长官施政报告》是香港行政长官发表的第3份施政报告。\n", "香港特别行政区", "省"),
    # a Taiwan city's office (市公所) speaks for the county's city the text names; 同仁 are colleagues
    ("欣逢貴會定期大會開議,謹代表市公所全體同仁致上祝賀之意,向貴會提出施政總報告,共同為臺東市民謀求福祉。\n", "台东市", "市"),
    # a township head's column names the township only by its short form, which the map holds once
    ("积极稳健向前迈进推动鹿港发展\n◎镇长园地\n昨在公所四楼礼堂的施政成果报告,回顾上任以来,鹿港的大街小巷都有变化。\n", "鹿港镇", "镇"),
    # a delegation's news of the session above deliberating its report: the report is that level's
    ("直管市林区代表团举行全体会议审议省政府工作报告\n来源:神农架林区融媒体中心\n1月27日下午,省十四届人大四次会议直管市林区"
     "代表团举行全体会议,审议省政府工作报告。神农架林区党委书记作审议发言,谈湖北发展。\n", "湖北省", "省"),
    # a delegate interviewed on the head's report: the report is the prefecture's
    ("助推三都文旅产业新发展\n——访州人大代表、三都水族自治县文化和旅游局局长韦丽娜\n“向承强州长作的政府工作报告,让我深受鼓舞。”黔南日报记者\n",
     "黔南布依族苗族自治州", "市"),
    # a county portal's name before the township's report title: the township reports
    ("永顺县人民政府-2016年上半年润雅乡主要工作目标管理情况自查报告\n\n2016年上半年润雅乡主要工作目标管理情况自查报告\n\n"
     "2016年,润雅乡在县委、政府的正确领导下,各方面工作取得较好的成绩。\n", "润雅乡", "乡"),
    # 神农架林区 is a county-level unit (北林区 a city's district)
    ("各位代表:\n现在,我代表神农架林区人民政府向大会报告工作。\n", "神农架林区", "县"),
    ("各位代表:\n现在,我代表北林区人民政府向大会报告工作。北林区隶属绥化市。\n", "北林区", "区"),
    # a meeting of the whole county (全县2012年统计工作会议) is the county's: the county the text names
    ("本报讯 3月27日下午,全县2012年统计工作会议在县政府三楼会议室召开。会议宣读了《武陟县关于表彰2011年度统计工作先进集体"
     "的决定》。\n", "武陟县", "县"),
    # delegates deliberating the district government's report: the district the text names by its short form
    ("区人大代表分组审议区政府工作报告\n1月18日,区人大代表分组审议区政府工作报告。代表们结合越城发展实际,说变化、提建议。\n",
     "越城区", "区"),
    # a region named after a city (武汉都市圈) does not name the city the report speaks for
    ("各位代表:\n现在,我代表市人民政府向大会报告工作。一年来,我们围绕打造武汉都市圈重要节点城市,迎来孝感建市三十周年。\n",
     "孝感市", "市"),
    # a session written short names its unit, before the delegates it sends to the session above
    ("晋州市七届人大一次会议于2月25日至28日召开,大会听取审议了政府工作报告,选举出市人民政府市长和我市出席石家庄市"
     "第十四届人民代表大会的代表。\n", "晋州市", "市"),
    # a county and its town before 召开了 a session: the town's session; a town named by 我镇 counts no township
    # whose name is a piece of an everyday phrase (民政镇 out of 人民政府, 会发镇 out of 社会发展)
    ("10月25日至26日,平昌县鹿鸣镇召开了第十四届人民代表大会。会议选举产生了鹿鸣镇人民政府镇长1名。\n"
     "大会要求:今后五年是我镇社会发展的黄金机遇期,鹿鸣镇人民政府要推进社会发展。\n", "鹿鸣镇", "镇"),
    # a township's stem written once, without its unit word, is as often a piece of a phrase: no unit (镇前镇)
    ("今年我镇前三季度经济总体保持增长的同时,工业经济稳中有进。\n", None, None),
    # a category of zones (国家高新区, 省级开发区) names no zone
    ("2019年工作总结\n“一区多园”预计实现营业总收入3035亿元,综合评价排名在国家高新区中上升至第22位。\n", None, None),
    # a government's head convening its meeting, its office meeting or its standing meeting names its level
    ("7月24日,县委副书记、县长杨孟珠主持召开县长办公会议,县政府全体在家领导参加会议。\n", None, "县"),
    ("1月11日上午,区委副书记、区长王锋主持召开区政府党组(扩大)会议和区政府常务会议。\n", None, "区"),
    ("1月21日下午,县长徐望主持召开县政府2026年第1次常务会议。\n", None, "县"),
    # … not a higher government's meeting that is conveyed (传达市政府常务会议精神), nor a deputy head's
    ("3月2日,某镇召开党委会议,传达市政府常务会议精神。\n", None, None),
])
def test_the_unit_a_report_speaks_for(text, name, level):
    doc = process(text)
    assert (doc.org["name"], doc.org["level"]) == (name, level)


@pytest.mark.parametrize(("text", "fields"), [
    # a converter's pinyin glued to a label's characters: the label still reads
    ("2025年縣政府重點(diǎn)工作任務(wù)一季度完成情況\n瀏覽次數(shù): 來源:霍邱縣政府辦公室 時(shí)間:2025-06-16 16:01\n"
     "序號(hào) 重點(diǎn)工作任務(wù)\n", {"source_site", "published"}),
    # brackets that are no pinyin (a note) are left as they are: no label is made across them
    ("镇政府工作报告\n来(注)源:镇政府 时(注)间:2025-06-16\n各位代表:\n", set()),
])
def test_a_label_read_across_its_pinyin(text, fields):
    assert {f.name for f in process(text).metadata} & {"source_site", "published"} == fields


@pytest.mark.parametrize(("text", "name"), [
    # a prefecture that never writes its name: the county-level units it names are all its own
    ("各位代表:\n现在,我代表州人民政府,向大会报告工作。一年来,全州各族人民奋力攻坚。陇川安琪酵母获评国家重点龙头企业,"
     "瑞丽柠檬实现首次出口。\n", "德宏傣族景颇族自治州"),
    # units under two prefectures: none is taken
    ("各位代表:\n现在,我代表州人民政府,向大会报告工作。全州各族人民奋力攻坚。陇川酵母、瑞丽柠檬、泸定红樱桃、康定牦牛肉走出大山。\n", None),
    # one unit alone is not enough, and everyday words are no units (全州各族人民, 中华人民共和国, 自然资源)
    ("各位代表:\n现在,我代表州人民政府,向大会报告工作。中华人民共和国成立75周年,全州各族人民保护自然资源。瑞丽柠檬实现首次出口。\n", None),
])
def test_a_prefecture_named_only_by_its_counties(text, name):
    doc = process(text)
    assert (doc.org["name"], doc.org["level"]) == (name, "市")


@pytest.mark.parametrize(("text", "name", "level"), [
    # a deputy reads the report on the government's behalf
    ("各位代表:\n受西城区人民政府委托,现将2024年工作情况报告如下,请予审议。\n", "西城区", "区"),
    ("各位代表:\n受县人民政府委托,现将工作报告如下。黎平各族人民团结奋进,黎平发展迈上新台阶。\n", "黎平县", "县"),
    # a commission of another body names no government
    ("受大会主席团委托,现将议案审查情况报告如下。\n", None, None),
])
def test_a_report_read_on_a_governments_behalf(text, name, level):
    doc = process(text)
    assert (doc.org["name"], doc.org["level"]) == (name, level)


@pytest.mark.parametrize(("text", "published"), [
    ("当前日期:2025年1月3日 星期五\n镇政府工作报告\n发布日期:2024-12-30\n各位代表:\n", "2024-12-30"),
    # a newspaper's own dated head stays the page's date
    ("甘孜日報 2024年02月01日\n甘孜藏族自治州第十三屆人民代表大會第三次會議聽取和審議了政府工作報告。\n", "2024-02-01"),
])
def test_a_portals_clock_in_other_words(text, published):
    assert process(text).published == published


@pytest.mark.parametrize(("text", "expected"), [
    ("「一一四年施政成果報告」", "「2025年施政成果報告」"),
    ("回顧一O七年上任以來", "回顧2018年上任以來"),  # a nought typed as the letter O
    ("民國一百一十三年", "2024年"),
    ("二〇二四年", "二〇二四年"),  # a Gregorian year in numerals has four (read by cn_year)
    ("十一一四年", "十一一四年"),  # no ROC year inside a longer numeral
])
def test_roc_years_are_read_as_gregorian_ones(text, expected):
    from duban.structure.text import gregorian

    assert gregorian(text) == expected


ANCHORED = [
    "白玉县第十五届人民代表大会第三次会议",
    "2024年1月5日,景福镇隆重召开第二十一届人民代表大会第四次会议",
    "在第十五届人民代表大会上",  # no name before the session
    "某某县第十届人民代表大会常务委员会与某某镇第二届人民代表大会",
    "认真聆听国务院总理李强所作的政府工作报告。会议听取了新塘乡乡长王明所作的政府工作报告",
    "国务院总理李克强向大会作政府工作报告",
    "审议政府工作报告。新塘乡乡长王明同志所作的《政府工作报告》",
    "会议审议了政府工作报告",  # the report, but no one who gave it
    "晋州市七届人大一次会议于2月25日至28日召开",  # a session written short
    "州十三届人大三次会议隆重开幕,大理白族自治州第十三届人民代表大会第三次会议",  # a numeral is no name's end
    "圆满完成市十七届人大三次会议确定的目标任务,某某县十七届人大三次会议",
    "",
]


@pytest.mark.parametrize("text", ANCHORED)
def test_a_search_from_its_anchor_finds_what_the_whole_search_finds(text):
    from duban.structure import org
    from duban.structure.text import search_before

    for pattern, anchor, reach in (org._heard(), (org.SESSION_OF, org.SESSION_OF_ANCHOR, org.SESSION_OF_REACH),
                                   (org.SESSION_SHORT, org.SESSION_SHORT_ANCHOR, org.SESSION_SHORT_REACH)):
        for start in range(len(text) + 1):  # every cut of the text, the anchor near its start or far from it
            whole, near = pattern.search(text[start:]), search_before(pattern, anchor, reach, text[start:])
            assert (whole and (whole.span(), whole.groups())) == (near and (near.span(), near.groups()))


OPENING = "２０２４年政府工作報告\n乾隆年間,這裡設縣。\n全縣完成投資１億元,乾隆\n"  # 乾 alone is 干, 乾隆 is kept


@pytest.mark.parametrize("first", [len(OPENING), 12, 13, 34])  # (13, 34: after a 乾)
def test_an_opening_read_at_several_lengths_converts_as_each_length_alone(first, monkeypatch):
    from duban.clean.normalise import half_width, to_simplified
    from duban.structure import text

    monkeypatch.setattr(text, "CONVERTED_MIN", 0)  # this short opening kept as a long one is
    for n in range(len(OPENING) + 1):  # every cut, inside a word (乾|隆) and at a line's end
        text._converted.clear()
        text._simplified_script(OPENING[:first])  # converted first: the other length shares its lines
        assert text._simplified_script(OPENING[:n]) == to_simplified(half_width(OPENING[:n]))


def test_a_breadcrumb_with_its_label_is_no_title():
    doc = process("您现在所在的位置: 网站首页 > 政府信息公开 > 横渡镇人民政府 > 政府工作报告\n"
                  "横渡镇人民政府2025年上半年工作报告\n各位代表:\n一、2025年上半年工作回顾\n全镇完成投资1亿元。\n")
    assert doc.title == "横渡镇人民政府2025年上半年工作报告"


def test_a_half_year_work_report_to_a_session_reviews_the_first_half():
    doc = process("横渡镇人民政府2025年上半年工作报告\n——2025年7月10日在横渡镇第五届人民代表大会第八次会议上\n"
                  "各位代表:\n一、2025年上半年工作回顾\n全镇完成投资1亿元。\n")
    assert (doc.doc_type, doc.periods) == ("半年总结", {"review": "2025H1", "plan": "2025H2"})


def test_a_report_following_two_levels_of_committees_is_the_unit_under_them_it_names():
    doc = process("2025年,我们工作的总体思路是:坚持以习近平新时代中国特色社会主义思想为指导,紧扣岳阳市委“1376”总体思路,"
                  "锚定临湘市委市政府“三区四市五个新格局”美好蓝图,持续做好以下几项重点工作:\n"
                  "一、党建引领持续深化\n建强村级班子。\n二、粮食生产\n江南镇现有耕地3万亩。\n")
    assert doc.org["name"] == "江南镇"
    assert doc.periods == {"plan": "2025"}


def test_a_report_under_its_own_committees_leadership_stays_its_own():
    # 在吉林省委、省政府的正确领导下: the province's own committee, not one above it
    doc = process("在吉林省委、省政府的正确领导下,吉林省在农业农村工作上实现了六个新提升。\n")
    assert doc.org["name"] == "吉林省"


def test_a_news_pages_main_targets_heading_opens_its_plan():
    doc = process("镇安县政府工作报告\n主要目标\n生产总值增长11.5%左右,全社会固定资产投资增长23%左右。\n回眸展望\n")
    assert [p.kind for p in doc.parts][:1] == ["plan"]


@pytest.mark.parametrize(("published", "opening", "periods"), [
    # a hearing on the draft late in the year: next year's report
    ("2025-12-25", "12月24日,卓尼县召开《政府工作报告》征求意见座谈会,县委常委主持会议。",
     {"review": "2025", "plan": "2026"}),
    # … early in the year: that year's
    ("2025-01-07", "1月6日下午,永靖县召开《政府工作报告》征求意见座谈会。", {"review": "2024", "plan": "2025"}),
])
def test_a_hearing_on_the_reports_draft_is_about_the_report_its_date_plans(published, opening, periods):
    doc = process(f"卓尼县召开《政府工作报告》征求意见座谈会\n发布时间:{published}\n{opening}\n")
    assert doc.periods == periods


@pytest.mark.parametrize(("opening", "periods"), [
    # a meeting on the draft, dated in its news: late in the year next year's report, early in the year this year's
    ("本报讯 2024年12月31日,市政府第五次全体会议召开,讨论研究《政府工作报告(讨论稿)》。", {"review": "2024", "plan": "2025"}),
    ("2024年1月8日,县政府召开常务会议,讨论《政府工作报告(征求意见稿)》。", {"review": "2023", "plan": "2024"}),
    # … in mid-year no report is drafted for a session; a report named with no draft is no draft
    ("2024年6月8日,县政府召开常务会议,讨论《政府工作报告(征求意见稿)》。", {}),
    ("2024年12月8日,县政府召开常务会议,学习《政府工作报告》。", {}),
])
def test_a_meeting_on_the_reports_draft_plans_the_year_its_date_points_to(opening, periods):
    assert process(f"市政府全体会议召开\n{opening}\n").periods == periods


@pytest.mark.parametrize(("heading", "kinds"), [
    # a heading naming a review and a plan goes by its year where it names one …
    ("2020年主要工作和十三五发展成就", ["review", "plan"]),
    # … and, where it names none, by the words it names last: the part goes on to them
    ("“十三五”时期发展成就和“十四五”时期主要目标任务", ["plan"]),
    ("主要工作及成效", ["review", "plan"]),
    ("“十二五”经济社会发展取得重大成就", ["review", "plan"]),
    ("计划执行情况", ["review", "plan"]),
    # a plan's words with the year the report reviews: that year's main work, done
    ("2020年主要工作", ["review", "plan"]),
    ("2021年主要工作", ["plan"]),
    # the year behind the report: its main work is the work done
    ("过去一年的主要工作", ["review", "plan"]),
], ids=["year-decides", "plan-named-last", "review-named-last", "achievements", "execution", "reviewed-year",
        "planned-year", "the-year-behind"])
def test_a_heading_naming_two_kinds_of_part(heading, kinds):
    doc = process(f"某县人民政府工作报告\n一、{heading}\n2020年,全县生产总值增长5%。\n二、2021年工作安排\n"
                  "2021年全县生产总值增长6%左右。\n")
    assert [p.kind for p in doc.parts] == kinds


def test_a_session_written_short_after_a_verb_names_no_unit():
    # the city speaking of its own session (圆满完成市十七届人大…) names no unit 圆满完成市
    text = "各位代表:\n过去一年,我们圆满完成市十七届人大三次会议确定的目标任务,全市经济稳中有进。\n"
    assert process(text).org["name"] is None


def test_an_unnumbered_heading_on_the_year_behind_opens_the_review():
    doc = process("沈阳市人民代表大会常务委员会工作报告\n各位代表:\n我受市人大常委会委托,向大会报告工作,请予审议。\n"
                  "过去一年的主要工作\n2025年是“十四五”收官之年。一年来,市人大常委会推动人大工作取得新进展。\n")
    assert [p.kind for p in doc.parts] == ["review"]


@pytest.mark.parametrize("text", [
    "一、2023年工作回顾\n一年来,在省委、地委和县委的坚强领导下,县政府坚持稳中求进,较好地完成了全年目标任务。\n",  # not 和县
    "各位代表:\n过去一年,我们较好完成县十届人大四次会议确定的各项任务,建设现代县城。\n",  # not 成县, 代县
])
def test_a_two_character_name_ending_a_word_or_a_list_names_no_unit(text):
    assert process(text).org["name"] is None


def test_a_two_character_name_after_a_word_leading_to_a_place_names_it():
    assert process("本报讯 3月2日,全县经济工作会议在沛县召开。\n").org["name"] == "沛县"


@pytest.mark.parametrize(("text", "plans"), [
    # the targets a news item quotes first, and the tasks it announces after last year's results
    ("南京市政府工作报告发布\n"
     "今年全市经济社会发展的主要预期目标是:地区生产总值增长5%以上,一般公共预算收入增长2%左右,社会消费品零售总额增长5.5%左右。\n"
     "在过去的一年,南京全力推动经济运行整体好转,预计全市地区生产总值增长4.7%左右,科技创新取得新突破。\n"
     "今年是实现“十四五”规划目标任务的关键一年。\n"
     "对此,南京将重点做好十个方面工作。在扩大内需上,确保新开工重大项目上半年开工率达到75%、三季度全部开工。\n",
     ["今年全市", "对此,南"]),
    # a session's news that names the report's parts is no plan of its own
    ("2月27日上午,湟源县第十九届人民代表大会第四次会议开幕。报告共三个部分:一是2023年工作回顾;"
     "二是2024年总体要求和重点任务;三是加强政府自身建设。\n"
     "报告指出,2023年,在县委的坚强领导下,较好完成了县十九届人大三次会议确定的目标任务。\n"
     "今年发展的主要预期目标是:地区生产总值增长5.5%左右;城镇新增就业2000人以上。\n"
     "对此,湟源将重点抓好七个方面工作,确保完成全年目标任务。\n",
     ["今年发展"]),
    # the preliminary figures of the year just ended are results, though their estimates read as targets
    ("人民网福州1月11日电 1月11日上午,福建省第十四届人民代表大会第一次会议开幕,省长向大会作政府工作报告。\n"
     "根据工作报告,初步预计,2022年福建省地区生产总值突破5万亿元,固定资产投资增长7.5%,城镇居民、农村居民"
     "人均可支配收入分别增长5.2%左右、7.6%左右,城镇调查失业率5.1%左右,居民消费价格上涨1.9%左右。\n"
     "政府工作报告提出,2023年全省经济社会发展的主要预期目标是:地区生产总值增长6%左右,固定资产投资增长6.5%,"
     "城镇调查失业率控制在5.5%以内。\n",
     ["政府工作"]),
], ids=["targets-then-tasks", "parts-named", "preliminary-figures"])
def test_where_the_plan_of_a_news_item_on_a_report_stands(text, plans):
    doc = process(text)
    assert [doc.original[p.span.start : p.span.start + 4] for p in doc.parts if p.kind == "plan"] == plans


# -- a document site's copy: the table of contents first, the title after it ----------------------

CONTENTS = "\n".join(["一、2025年工作回顾"] + [f"({n})抓实第{n}项工作" for n in "一二三四五六七"]
                     + ["二、2026年工作安排"] + [f"({n})做好第{n}项工作" for n in "一二三四五六"])
SPEECH = "现在,我代表县人民政府,向大会报告政府工作,请予审议,并请各位政协委员和列席人员提出意见。\n"


def test_a_title_printed_after_the_table_of_contents_is_the_line_above_the_salutation():
    doc = process(CONTENTS + "\n2026年通城县政府工作报告\n各位代表:\n" + SPEECH)
    assert doc.title == "2026年通城县政府工作报告"
    assert doc.periods == {"review": "2025", "plan": "2026"}


def test_a_contents_line_just_above_the_salutation_is_no_title():
    # (the contents' first line stays the best title there is)
    doc = process(CONTENTS + "\n各位代表:\n" + SPEECH)
    assert doc.title == "一、2025年工作回顾"


# -- a unit the map has merged or renamed since, named in full: the unit as the page names it ------

def test_a_former_district_named_in_full_is_the_organisation_as_written():
    doc = process("万盛区第十六届人大常委会召开第二十九次会议\n7月26日,岳建忠主任主持召开区第十六届人大常委会第二十九次会议,"
                  "会议听取审议了区政府关于2010年上半年国民经济和社会发展计划执行情况的报告。\n")
    assert (doc.org["name"], doc.org["county"], doc.org["province"]) == ("万盛区", "重庆市", "重庆市")


def test_a_page_that_writes_the_current_name_too_takes_the_current_unit():
    doc = process("綦江区第十六届人大常委会召开第二十九次会议\n7月26日,区人大常委会召开会议,原万盛区、綦江区代表出席,"
                  "会议听取审议了区政府关于2012年上半年国民经济和社会发展计划执行情况的报告。\n")
    assert doc.org["name"] == "綦江区"


# -- an office's or a zone's name: where it ends, and the place its name starts with ----------------

def test_an_office_name_ends_at_its_office_word_before_a_preposition():
    doc = process("1月13日上午9时,维西县审计局在局会议室召开2020年度工作总结大会,全面总结了2020年度我局工作开展情况。\n")
    assert (doc.org["name"], doc.org["county"]) == ("维西县审计局", "维西县")


def test_a_zone_named_after_a_prefecture_that_shares_its_short_name_with_a_district_is_the_prefectures():
    doc = process("1月30日,中山火炬开发区召开2023年工作总结暨2024年工作部署大会。2023年,火炬开发区全年地区生产总值"
                  "预计完成531.48亿元,同比增长5.0%,总量居全市第一。\n")
    assert (doc.org["name"], doc.org["prefecture"], doc.org["province"]) == ("中山火炬开发区", "中山市", "广东省")


# -- state farms and forest farms: township-level units whose names need no place -------------------

def test_a_state_farm_in_a_news_lead_is_the_organisation_without_a_place_before_it():
    doc = process("2月11日,官塘驿林场召开2024年工作总结暨2025年工作部署会,总结成绩,表彰先进。\n")
    assert (doc.org["name"], doc.org["level"]) == ("官塘驿林场", "场")


def test_a_farm_run_as_a_management_area_is_one_body_under_the_city_above_both():
    doc = process("来源:潜江市熊口管理区\n\n熊口农场\n\n2021年工作总结\n\n在市委、市政府的坚强领导下,农场党委认真贯彻。\n")
    assert (doc.org["name"], doc.org["county"], doc.org["province"]) == ("熊口农场", "潜江市", "湖北省")


def test_family_farms_and_model_farms_are_kinds_of_farm_not_units():
    doc = process("2023年工作总结\n\n今年,我们新增家庭农场12家,建成了示范农场3个,国有林场改革完成。\n")
    assert doc.org["name"] is None


# -- zones and districts named by common words ---------------------------------------------------

def test_a_zone_that_the_lead_names_is_the_district_the_report_speaks_as():
    doc = process("镇江高新区召开2025年建设发展工作会议\n金山网讯 2024年12月31日下午,镇江高新区召开2025年建设发展工作会议,"
                  "总结2024年工作,动员全区上下聚力推动高质量发展。\n")
    assert (doc.org["name"], doc.org["prefecture"]) == ("镇江高新区", "镇江市")  # not 金山区 out of the credit


def test_a_tourist_zone_keeps_the_county_written_before_it():
    doc = process("3月25日,陕西省眉县太白山旅游区召开2024年度目标责任考核总结表彰大会。\n")
    assert (doc.org["name"], doc.org["county"], doc.org["prefecture"]) == ("眉县太白山旅游区", "眉县", "宝鸡市")


def test_a_district_named_by_a_common_word_after_its_city_is_that_district():
    doc = process("政府工作报告\n——2023年2月23日在晋城市城区第\n人民代表大会第次会议上\n各位代表:\n"
                  "现在,我代表区人民政府向大会报告工作。\n一、2022年工作回顾\n")
    assert (doc.org["name"], doc.org["level"], doc.org["county"]) == ("城区", "区", "晋城市")
    # negative: the urban area of a city is no district
    assert org_chain("推进晋城市城区建设") == []


def test_a_name_that_ended_long_before_the_report_is_not_what_it_means():
    doc = process("区十三届人大五次会议隆重开幕\n1月31日上午,区第十三届人民代表大会第五次会议开幕。"
                  "在新起点上奋力谱写“十五五”郊区高质量发展新篇章,牢记考察安徽重要讲话。"
                  "郊区2025年地区生产总值增长6%。我代表区人民政府向大会报告2025年工作和2026年安排。\n")
    assert (doc.org["name"], doc.org["prefecture"]) == ("郊区", "铜陵市")  # 合肥's 郊区 became 包河区 in 2002


def test_a_consultative_conferences_session_names_its_unit_and_a_sessions_ordinal_names_none():
    doc = process("1月6日上午,中国人民政治协商会议第九届黄山市徽州区委员会第一次会议在岩寺胜利开幕。"
                  "区委书记王平,八届区人大常委会副主任孙惠萍、八届区政协副主席吴建宇出席。\n")
    assert (doc.org["name"], doc.org["prefecture"]) == ("徽州区", "黄山市")
    assert org_chain("八届区人大常委会副主任") == []  # 届 stands in no place's name


def test_a_consultative_standing_committees_meeting_is_no_session():
    doc = process("6月12日,县政协常委会第十次会议召开,听取了2013年上半年提案办理情况的通报。\n")
    assert doc.periods.get("plan") is None


def test_an_annual_report_written_short_is_a_review_of_its_year():
    doc = process("2009年通源乡人民政府信息公开年报\n(2010年3月5日)\n引 言\n本年报是根据《中华人民共和国政府信息公开条例》要求,"
                  "由嵊州市通源乡人民政府编制的2009年度政府信息公开年度报告。\n")
    assert (doc.org["name"], doc.org["county"], doc.periods.get("review")) == ("通源乡", "嵊州市", "2009")


def test_a_zone_page_that_calls_itself_by_its_zone_word_takes_the_zone_it_names_once():
    doc = process("经济运行总体平稳。2025年1-9月高新区实现GDP115.5亿元,全年预计实现GDP178亿元。"
                  "招商引资成效显著。2025年,高新区新签约项目38个,列扬州市级项目9个,高邮高新区通用机场项目投资完成率100%。\n")
    assert (doc.org["name"], doc.org["county"], doc.org["prefecture"]) == ("高邮高新区", "高邮市", "扬州市")


def test_a_departments_budget_plans_the_year_it_names():
    doc = process("2017\n柳城县冲脉镇2017年部门预算及“三公”经费预算公开说明\n来源: 财政局\n发布日期: 2017-03-02\n\n"
                  "柳城县冲脉镇2017年部门预算及“三公”经费预算公开说明\n目  录\n第一部分:部门概况\n")
    assert (doc.doc_type, doc.org["name"], doc.org["county"], doc.periods) == ("预算", "冲脉镇", "柳城县", {"plan": "2017"})
    # negative: how a budget went is a review, not a budget
    assert process("某镇2023年部门预算执行情况\n\n一、收入情况\n").doc_type != "预算"


def test_an_annual_report_named_without_work_reviews_its_year_but_a_fiscal_years_address_plans_it():
    doc = process("本年报是根据《中华人民共和国政府信息公开条例》要求,由鹿城区发展和改革局编制的2008年度政府信息公开年度报告。\n")
    assert doc.periods.get("review") == "2008"
    doc = process("中新社澳門十一月十六日電 澳門特首何厚鏵在今天澳門特別行政區政府二00五年財政年度報告上說,過去的一年,是特區發展的一年。\n")
    assert doc.periods.get("review") != "2005"


def test_a_title_naming_its_year_and_unit_after_a_portals_menu_and_notice_wins_over_a_menu_item():
    doc = process("信息公开目录\n依申请公开\n政府信息公开年报\n政府信息公开意见箱\n"
                  "政府信息公开意见箱是根据国办发[2007]54号的要求设立的,目的是听取公民的意见和建议。热诚欢迎您的参与。\n"
                  " 新县镇2012年度政府信息公开年度报告\n引 言\n本报告根据《莆田市2012年度政府信息公开工作要点》编制。\n")
    assert (doc.title.strip(), doc.org["name"], doc.org["county"], doc.periods.get("review")) == (
        "新县镇2012年度政府信息公开年度报告", "新县镇", "涵江区", "2012")


def test_an_annual_work_report_reviews_its_year():
    doc = process("先锋街道2009年政府信息公开年度工作报告\n发布日期:2010-03-13\n亭湖区先锋街道办事处\n根据有关规定,特编制本报告。\n")
    assert (doc.org["name"], doc.periods.get("review")) == ("先锋街道", "2009")


def test_an_ethnic_township_written_short_is_the_one_whose_county_the_page_names():
    doc = process("您的位置: 首页 > 政府信息公开 > 易门县人民政府办公室 > 政府信息公开年报\n铜厂乡2022年政府信息公开工作\n年度报告\n"
                  "2022年,铜厂彝族乡人民政府严格按照《玉溪市贯彻落实2022年政务公开工作要点任务清单》文件精神开展工作。\n")
    assert (doc.org["name"], doc.org["county"], doc.org["prefecture"]) == ("铜厂乡", "易门县", "玉溪市")
    # negative: with nothing of its place written, the township of the very name (金平县's 铜厂乡) stays
    doc = process("铜厂乡2022年政府信息公开工作年度报告\n2022年,我乡坚持以人民为中心。\n")
    assert doc.org["county"] == "金平苗族瑶族傣族自治县"


def test_a_provinces_department_reports_as_an_office_and_a_general_office_or_a_room_is_none():
    doc = process("2009年,吉林省审计厅全面贯彻落实《中华人民共和国政府信息公开条例》。现编制吉林省审计厅2009年度政务信息公开工作年度报告。\n")
    assert (doc.org["name"], doc.org["province"], doc.periods.get("review")) == ("吉林省审计厅", "吉林省", "2009")
    assert org_chain("吉林省人民政府办公厅") == ["吉林省"]  # the general office publishes for its government
    assert org_chain("市政府办公厅") == [] and org_chain("政务服务大厅") == []


def test_an_office_credited_as_the_source_yields_to_the_office_the_lead_is_about():
    doc = process("当前所在:首页 > 三农资讯\n\n发布时间:2022-02-15 来源: 广西壮族自治区农业农村厅\n\n"
                  "春节收假上班的第一天,2月7日,资源县农业农村局召开2022年工作部署会,全面部署2022年工作。\n")
    assert (doc.org["name"], doc.org["county"]) == ("资源县农业农村局", "资源县")


def test_a_former_county_its_disclosure_report_led_by_its_governments_group_speaks_as_a_county():
    doc = process("引言 本报告所列数据的统计期限自2009年1月1日至2009年12月31日止。如对本报告有任何疑问,请与永定县政府信息中心联系"
                  "(地址:永定县凤城镇中山路1号)。\n一、概述\n在县政府信息公开工作领导小组的统一领导和安排部署下,各成员单位明确了工作职责。\n")
    assert (doc.org["name"], doc.org["level"], doc.org["prefecture"]) == ("永定县", "县", "龙岩市")  # 永定区 since 2014


def test_a_sessions_news_of_a_year_summed_up_reviews_that_year():
    doc = process("11月28日,甘堰土家族乡召开第六次人民代表大会第五次会议。\n会议听取了乡直各部门的述职报告,"
                  "对2023年的重点工作作了全面的总结回顾,明确了下一步工作计划。\n")
    assert doc.periods.get("review") == "2023"


def test_a_page_broken_into_short_lines_keeps_its_session_and_no_line_of_prose_is_its_title():
    doc = process("1月14日下午\n出席縣第十八屆人民代表大會\n第六次會議的代表\n分團審議了政府工作報告\n對過去一年的工作總結全面客觀\n"
                  "對2025年的工作安排\n站位高、目標清\n代表們說,2024年,是云陽發展史上具有里程碑意義的一年。云陽全面貫徹新發展理念。\n")
    assert (doc.org["name"], doc.periods) == ("云阳县", {"review": "2024", "plan": "2025"})
    assert "2025" not in doc.title  # (对2025年的工作安排 is the object of the line before)



def test_a_bodys_name_holds_words_of_its_own_after_its_place():
    # 临渭区中心城区: the district's central area, no body named 临渭区中心 (松阳县自然资源局 is one)
    assert first_units("推进临渭区中心城区建设") == ["临渭区"]
    assert first_units("松阳县自然资源局召开会议") == ["松阳县", "自然资源局"]
    assert org_chain("镇江高新区") == ["镇江高新区"]  # a zone's name may open with its place's

def test_a_countys_stem_that_is_a_piece_of_everyday_phrases_names_no_county_alone():
    # county_words.tsv: 安居乐业 is no 乐业县, 惠民生 no 惠民县
    for text in ("县委副书记、县长:建设美丽幸福家园,让群众安居乐业。全县人民共同努力。\n",
                 "2015年政府工作报告\n县长 张三\n促改革、调结构、惠民生、防风险各项工作扎实推进。\n"):
        assert process(text).org.get("name") is None, text
    # ... but written with its unit word the county is still named, also as the short form of an ethnic one
    doc = process("信息来源:通道县菁芜洲镇\n菁芜洲镇2024年工作计划\n一、工作目标\n全镇完成造林500亩。\n")
    assert (doc.org["name"], doc.org["county"]) == ("菁芜洲镇", "通道侗族自治县")
    assert org_chain("通道县菁芜洲镇") == ["通道侗族自治县", "菁芜洲镇"]


def test_a_surname_before_a_heads_title_where_the_head_is_addressed_is_no_place():
    # title_address.tsv: 金县长,您好 is no 金县 (a former county of 大连); 丰县长期 stays 丰县
    assert first_units("记者:金县长,您好!首先要祝贺您当选") == []
    assert first_units("王市长表示,今年要抓好三件事") == []
    assert first_units("丰县长期坚持生态优先") == ["丰县"]


def test_a_short_name_inside_a_longer_full_name_is_no_name_of_its_own():
    # 西安区 (a district of 牡丹江 and of 辽源) names no 西安市
    doc = process("各位代表:\n现在,我代表市人民政府,向大会报告工作。\n一、2023年工作回顾\n"
                  "产权交易实现市县乡村四级联动,西安区获批国家级农村集体经营性建设用地入市试点。\n")
    assert doc.org.get("name") != "西安市" and doc.org.get("province") != "陕西省"


def test_a_prefectures_administrative_office_reports_as_a_government():
    # 行署工作报告: a 地区's report to its congress working committee, delivered in April, plans that year
    doc = process("2011年行署工作报告\n\n行 署 工 作 报 告\n\n(2011年4月28日)\n\n现在,我代表塔城地区行署,向地区人大工委"
                  "2011年第一次会议作工作报告,请予审议。\n\n一、过去一年工作回顾\n\n2010年,塔城地区行署团结带领全区各族干部群众。\n")
    assert doc.doc_type == "政府工作报告" and doc.periods == {"review": "2010", "plan": "2011"}


def test_a_public_institution_named_whole_by_its_office_word_reports_for_itself():
    # 疾控中心 names the body after its place (临渭区疾控中心); 临渭区中心城区 is still the district's centre
    assert first_units("临渭区疾控中心表扬先进聚人心开新篇") == ["临渭区疾控中心"]
    assert first_units("推进临渭区中心城区建设") == ["临渭区"]
    doc = process("盐都区疾控中心\n\n3月15日,盐都区疾控中心2024年度工作部署会在中心大会议室召开。中心全体干部职工参加会议。\n")
    assert (doc.org["name"], doc.org["county"]) == ("盐都区疾控中心", "盐都区")


@pytest.mark.parametrize("text", [
    "3月6日,宜宾县委中心组召开(扩大)学习会议,传达学习国务院《2017年政府工作报告》和省委、省政府有关决策部署。\n",
    "2018年3月8日,三道通镇召开党委政府工作会议,认真学习了李克强总理在第十三届全国人民代表大会第一次会议上所作出的政府工作报告。\n",
    "3月21日,县长吴海宏主持召开县政府党组理论学习中心组学习会议。会议传达学习了全国“两会”精神,认真学习了《政府工作报告》。\n",
])
def test_a_meeting_that_studies_the_national_report_is_about_the_state_councils_report(text):
    assert process(text).org["name"] == "国务院"


def test_the_state_councils_report_named_by_its_year_plans_that_year():
    doc = process("3月6日,宜宾县委中心组召开学习会议,传达学习国务院《2017年政府工作报告》。\n")
    assert doc.periods == {"review": "2016", "plan": "2017"}
    # a township's report named by a year may be its report on that year: no cue
    doc = process("会议听取和审议了《2023年政府工作报告》;审查了2024年财政预算(草案)。\n2023年,鹅池镇坚持以经济社会发展为统领。\n")
    assert doc.periods.get("plan") != "2023"


def test_a_headline_that_opens_with_a_place_and_a_colon_says_where_and_the_lead_says_who():
    doc = process("开州区:成功召开首届街道议事代表会议\n本文来源:重庆日报\n近日,开州区赵家街道第一届议事代表会议第一次会议胜利召开。\n")
    assert (doc.org["name"], doc.org["county"]) == ("赵家街道", "开州区")
    # negative: without the colon the headline's unit is the one that held the meeting
    doc = process("开州区成功召开首届街道议事代表会议\n本文来源:重庆日报\n近日,开州区赵家街道第一届议事代表会议第一次会议胜利召开。\n")
    assert doc.org["name"] == "开州区"


def test_a_verb_before_a_farm_word_names_no_farm():
    assert first_units("为保证农场公司第八届第二次职工代表大会的顺利进行") == []


def test_a_deputy_interviewed_at_a_session_speaks_of_the_report_of_the_congress_he_sits_in():
    doc = process("广西广播电视台综合广播\n《两会面对面》——专访自治区人大代表、武宣县委书记杨世爵\n\n"
                  "今年政府工作报告提到,要加快工业园区提档升级。武宣县在工业振兴方面也将围绕百亿园区进行建设。\n")
    assert doc.org["name"] == "广西壮族自治区"
    # negative: the county's own head speaking of the county's report is the county's
    doc = process("武宣县人民政府\n县长杨世爵:今年政府工作报告提到,要加快工业园区提档升级。我县在工业振兴方面将围绕百亿园区进行建设。\n")
    assert doc.org["name"] == "武宣县"


def test_an_office_that_convenes_its_sectors_meeting_of_the_whole_place_reports_for_itself():
    doc = process("围绕需求,从严从实,创新发展\n2月20日,朝阳市气象局召开了2017年全市气象工作会议。会议总结2016年工作,部署2017年工作。\n")
    assert (doc.org["name"], doc.org["county"]) == ("朝阳市气象局", "朝阳市")
    # negative: an office's press conference on the province's figures speaks of the province (我省)
    doc = process("2017年我省GDP增速达到7%\n1月23日,山西省统计局召开新闻发布会。全省经济发展由疲转兴,我省经济增长步入合理区间。\n")
    assert doc.org["name"] == "山西省"


def test_a_half_years_report_to_deputies_reviews_the_first_half_and_plans_the_second():
    doc = process("8月7日上午,丰华街道召开第一届代表议政会第二次会议。会上,街道办主任陈纪忠汇报了2020年上半年政府工作报告,"
                  "相关条线的分管领导汇报了上半年工作和下半年计划。\n")
    assert doc.periods == {"review": "2020H1", "plan": "2020H2"}
    # a title that names a half year's government work report is a half year's summary
    doc = process("中山街道2023年上半年政府工作报告\n发布时间:2023-08-09\n1-5月,全街道实现财政总收入17.81亿元。\n")
    assert doc.doc_type == "半年总结" and doc.periods.get("review") == "2023H1"


def test_a_street_office_that_publishes_its_disclosure_report_is_named_by_it():
    doc = process("根据《中华人民共和国政府信息公开条例》和州政府办要求,现公布沙包堡街道办事处2022年政府信息公开工作年度报告。\n"
                  "本报告包括总体情况、主动公开政府信息情况。\n")
    assert (doc.org["name"], doc.org["county"]) == ("沙包堡街道", "都匀市")


def test_a_year_that_opens_a_units_account_under_its_leaders_is_reviewed():
    doc = process("威远镇政府信息公开工作年度报告\n2022年度,威远镇在县委、县政府的正确领导下,深入学习贯彻条例。\n")
    assert doc.periods.get("review") == "2022"


def test_the_unit_that_convenes_names_itself_by_its_level():
    doc = process("连江新闻网\n我县召开《政府工作报告》征求意见会\n连江新闻网讯 日前,我县召开《政府工作报告》征求意见会,广泛征求县人大代表意见。\n")
    assert (doc.org["name"], doc.org["prefecture"]) == ("连江县", "福州市")


def test_a_citys_report_names_the_city_its_autonomous_prefecture_shares_a_short_name_with():
    doc = process("各位代表:\n现在,我代表市人民政府向大会报告工作。\n一、2023年工作回顾\n2023年是建州40周年。"
                  "实现了恩施人民30年来不懈追求,沪渝蓉高铁恩施站签订土地综合开发协议。\n")
    assert (doc.org["name"], doc.org["prefecture"]) == ("恩施市", "恩施土家族苗族自治州")


def test_a_session_written_short_by_its_term_and_sitting_gives_the_level():
    doc = process("1月28日下午,出席省十四届二次会议的代表分团审议了政府工作报告。大家认为,报告将推动中国式现代化建设河南实践不断取得新突破。\n")
    assert doc.org["name"] == "河南省"


def test_a_disclosure_report_that_names_its_own_title_is_by_that_unit_before_a_document_it_cites():
    doc = process("按照《中华人民共和国政府信息公开条例》和《武山县2022年政务公开工作要点》要求,结合我镇工作实际,"
                  "特编制并向社会公布《温泉镇2022年政府信息公开工作年度报告》。\n")
    assert (doc.org["name"], doc.org["county"]) == ("温泉镇", "武山县")


def test_a_disclosure_report_named_as_before_2019_reviews_its_year_and_its_office_takes_the_portals_county():
    # 政府信息公开工作报告 was the report's name until 2019; the office written with only its level word is the
    # office of the county whose portal publishes the report
    doc = process("县林业局2011年度政府信息公开工作报告\n2011年,我局按照条例要求开展公开工作。"
                  "本报告中所列数据的统计期限自2011年1月1日起至2011年12月31日止。本年度报告在旌德县人民政府门户网站全文公开,相关事宜请与我局办公室联系。\n")
    assert doc.doc_type == "总结" and doc.periods.get("review") == "2011"
    assert (doc.org["name"], doc.org["county"], doc.org["province"]) == ("旌德县林业局", "旌德县", "安徽省")
    # negative: a county's stem that is an everyday word (平原绿化) is no host for the office
    doc = process("在XX县林业局2012年上半年工作总结会议上的讲话\n上半年,我局全面完成平原绿化工程和灾后补植补造任务。\n")
    assert doc.org["county"] is None


def test_a_street_office_that_speaks_of_itself_names_itself_by_its_short_name():
    doc = process("今年以来,我街道全面贯彻县委县政府战略部署。下半年,我街道将持续发力、奋力攻坚,将丹西建设成为象山"
                  "“产城融合典范区”,贡献丹西力量。\n一、2023年上半年工作开展情况\n(一)经济发展稳中求进。\n")
    assert (doc.org["name"], doc.org["county"]) == ("丹西街道", "象山县")
    assert doc.periods == {"review": "2023H1", "plan": "2023H2"}  # 下半年,我街道将…: the second half planned
    # negative: villages and the places a service reaches, listed, are no street's short name
    doc = process("今年我街道新建7处社区服务中心。荣泰社区服务中心,位于大水泊村,服务覆盖范围:河崖、大丘、小丘、大水泊、"
                  "唐家水泊、庙后水泊、杜家水泊、宋家水泊;\n")
    assert doc.org["name"] is None and doc.org["level"] == "街道"


def test_a_half_years_report_heard_by_deputies_reviews_the_first_half():
    doc = process("7月26日,鼎山街道召开第一届议事代表大会第二次会议。会议听取并讨论了鼎山街道2024年1-6月工作报告。\n")
    assert doc.periods.get("review") == "2024H1"
    # negative: a target for the first half is no first half reported
    assert cued_periods("会议要求确保2024年1-6月工作报告按时报送。").get("review") != "2024H1"


def test_a_work_meeting_given_in_the_year_after_the_one_it_reviews_plans_that_year():
    text = ("澧县林业局召开林业系统工作会议\n来源:市林业局 2017-04-17 16:30\n"
            "4月13日,澧县林业局召开林业系统工作会议。局长作主体报告。他指出,2016年,在全系统干部职工的努力拼搏下,"
            "全县植树造林取得突破性进展。\n")
    doc = process(text)
    assert doc.periods == {"review": "2016", "plan": "2017"}
    # negative: a forum is no work meeting, and a meeting given in the year it reviews plans nothing
    assert "plan" not in process(text.replace("工作会议", "座谈会")).periods
    assert "plan" not in process(text.replace("2017-04-17", "2016-12-17")).periods


def test_a_governments_commission_reports_as_an_office_does():
    doc = process("海东日报讯 记者从海东市发展和改革委员会了解到,1—8月,海东市积极优化都市圈总体发展格局。\n")
    assert (doc.org["name"], doc.org["county"], doc.org["province"]) == ("海东市发展和改革委员会", "海东市", "青海省")
    assert first_units("海东市发改委召开会议") == ["海东市发改委"]  # its short name names it whole
    # negative: a party committee, a villagers' committee and a standing committee are no commissions
    assert first_units("市委召开会议") == [] and first_units("村民委员会") == []


def test_the_offices_among_several_credited_sources_name_no_issuer():
    doc = process("回望安徽2023\n来源:安徽日报、安徽省发展改革委、安徽省人民政府网、安徽省统计局\n"
                  "今年1月25日,安徽省统计部门发布了全省2023年经济运行情况。全年全省生产总值47050.6亿元。\n")
    assert doc.org["name"] == "安徽省"


def test_a_name_the_map_lacks_is_short_and_an_office_run_into_a_township_is_none():
    assert org_chain("弋阳县大数据发展服务中心中畈乡2022年部门预算") == ["中畈乡"]
    assert org_chain("重庆市渝北区大盛镇人民政府") == ["重庆市", "渝北区", "大盛镇"]


def test_a_meeting_where_each_reports_on_the_years_work_reviews_that_year():
    assert cued_periods("1月3日,泰安市徂徕山林场召开2024年工作述职会议,对2024年工作落实情况进行集中检阅。") == {"review": "2024"}



def test_a_zone_written_shiyanqu_with_the_character_for_trial_is_a_zone():
    assert office_level("柴达木循环经济试验区") == ("区", 3) and office_level("柴达木循环经济实验区") == ("区", 3)
    assert office_level("试验区") is None  # the zone word alone names nothing


def test_a_heads_title_before_no_persons_name_names_no_unit():
    doc = process("記者呂胤甫/綜合報導\n金門縣政府於春節前召開114年第1次縣務會議,由縣長陳福海主持。"
                  "陳福海強調縣務會議的重要性,同時也請各鄉鎮長踴躍出席,強化縣府與地方的協調。\n")
    assert (doc.org["name"], doc.org["province"]) == ("金门县", "福建省")
    # negative: the presidium of a township's congress names the township
    doc = process("会议听取和审议了四亩地镇人民政府工作报告和四亩地镇人大主席团工作报告。\n")
    assert doc.org["name"] == "四亩地镇"


def test_words_ending_in_ju_that_name_no_bureau_and_township_stems_that_are_everyday_words():
    doc = process("【“五位一体”总体布局】赣榆经济开发区召开2019 年度总结表彰暨作风建设大会\n"
                  "5月7日下午,赣榆经济开发区(宋庄镇) 2019 年度总结表彰大会召开。大会回顾总结2019年工作成绩,"
                  "安排部署2020年重点任务。\n")
    assert doc.org["name"] == "赣榆经济开发区"
    assert doc.periods == {"review": "2019", "plan": "2020"}  # a summing-up that plans the next year
    # 公开平台 holds no 开平镇
    doc = process("2023年度,我镇认真抓好政府信息公开工作,充分利用微信公众平台、镇及嘎查公示栏等公开平台进行公开,"
                  "拓宽公开平台。\n")
    assert doc.org["name"] is None and doc.org["level"] == "镇"


def test_a_cppccs_members_discussing_the_report_speak_of_their_levels_government():
    doc = process("市政协委员分组讨论政府工作报告等\n2月9日下午,出席市政协三届五次会议的市政协委员参加小组会议,"
                  "讨论政府工作报告及其他报告。委员们为铜仁高质量发展建言献策。\n")
    assert (doc.org["name"], doc.org["province"]) == ("铜仁市", "贵州省")


def test_our_city_that_sets_to_work_names_itself_by_its_level():
    text = ("来源:日期:2024-07-15\n上半年,我市认真落实全省强县域行动推进会暨园区(兰州新区)工作会议精神,"
            "制定印发《张掖市强县域行动实施方案(2022-2025年)》,张掖市县域经济发展综合评价考核有序开展。\n")
    assert process(text).org["name"] == "张掖市"
    # negative: 我市场 is no city's word for itself
    assert process(text.replace("我市认真", "我市场主体认真")).org["name"] != "张掖市"


def test_a_page_dated_in_mid_year_that_opens_on_the_first_half_reviews_that_half():
    # no year is written: the page's date gives it, and a year's task list it issued is no plan of its own
    text = ("来源:日期:2024-07-15\n上半年,我市认真落实全省强县域行动推进会精神,制定印发《张掖市强县域行动实施方案"
            "2024年度重点任务清单》。预计上半年地区生产总值增长6.5%,顺利实现“双过半”目标。\n")
    assert process(text).periods == {"review": "2024H1"}
    # negatives: the first half planned, and a page dated late in the year (which half it is is unsaid)
    assert process(text.replace("我市认真落实", "全市将认真落实")).periods.get("review") != "2024H1"
    assert process(text.replace("2024-07-15", "2024-12-15")).periods.get("review") != "2024H1"


def test_a_half_years_account_meeting_reviews_that_half_and_plans_the_next_where_it_sets_it_out():
    text = "三门峡经济开发区召开2025年上半年述职评议暨工作总结大会。会议全面复盘总结上半年工作成效,安排部署下半年重点任务。"
    assert cued_periods(text) == {"review": "2025H1", "plan": "2025H2"}
    # negative: a half year's account asked for is no account given
    assert cued_periods("会议要求各部门做好2025年上半年述职准备。").get("review") != "2025H1"


def test_a_zone_whose_name_names_no_place_is_the_zone_of_the_county_its_page_calls_its_own():
    text = ("聚焦特色强引擎 打造亮点促发展\n来源:白马工业园区管委会 发布时间:2025-06-10\n"
            "白马工业园区管委会围绕工业“一南一北”精准发力,坚定不移推动米易工业经济高质量发展。"
            "为全力推动我县工业经济高质量发展,全面落实县委“大抓产业、大抓工业”部署。\n")
    doc = process(text)
    assert (doc.org["name"], doc.org["county"], doc.org["province"]) == ("白马工业园区", "米易县", "四川省")
    # negative: a page that calls no government its own leaves the zone unplaced
    assert process(text.replace("我县", "园区")).org["county"] is None


def test_a_year_a_unit_must_work_in_under_its_leaders_is_planned():
    text = ("回眸2015年,是资兴统计局发展史上具有重要意义的一年。"
            "2016年,资兴统计要在市委、市政府的坚强领导下,以全国统计工作会议精神为指导。")
    assert cued_periods(text) == {"review": "2015", "plan": "2016"}
    # negatives: the year's account under its leaders is reviewed; 要素 is no 要
    assert cued_periods("2022年,在区委的坚强领导下,全镇上下团结一心。") == {"review": "2022"}
    assert "plan" not in cued_periods("2015年,全县要素保障有力,完成投资5亿元。")


def test_an_office_that_convenes_its_sectors_meeting_is_the_issuer_though_the_place_is_named_more():
    # a commission written by its whole short name, and a bureau whose lead runs past the first 80 characters
    doc = process("黑龙江网讯(记者 王忠岩)3月7日,哈尔滨市卫健委召开2024全市卫生健康工作会议,传达国家和省工作会议精神,"
                  "回顾总结去年工作,部署今年重点工作任务。哈尔滨市卫健委党委书记、主任栾枫作工作报告。\n")
    assert (doc.org["name"], doc.org["county"]) == ("哈尔滨市卫健委", "哈尔滨市")
    doc = process("2021年02月23日\n第06版:周口水利 PDF版\n郸城县水利局为高质量发展擘画蓝图\n本报讯 (记者 彭慧 通讯员 薛成洲)"
                  "2月19日,郸城县水利局召开全县水利工作会议。会议总结了“十三五”期间水利工作,谋划“十四五”发展蓝图。\n")
    assert (doc.org["name"], doc.org["county"]) == ("郸城县水利局", "郸城县")
    # negative: a county that convenes its own meeting stays the issuer
    doc = process("2月19日,郸城县召开全县水利工作会议。会议总结了“十三五”期间水利工作。\n")
    assert doc.org["name"] == "郸城县"


def test_a_disclosure_report_compiled_for_a_commissions_work_is_the_commissions():
    doc = process("根据《中华人民共和国政府信息公开条例》相关要求,结合来宾市卫生健康委员会政府信息公开工作实际,"
                  "现编制2023年政府信息公开工作年度报告。报告内容主要包括:总体情况。\n")
    assert (doc.org["name"], doc.org["level"], doc.org["county"]) == ("来宾市卫生健康委员会", "委", "来宾市")
    assert org_chain("来宾市教育委员会") == ["来宾市教育委员会"]  # a commission's whole name, not a tail after a place
    # negative: a report compiled for one's own work names nobody
    assert process("结合我镇工作实际,现编制2023年政府信息公开工作年度报告。\n").org["name"] is None


def test_a_work_report_that_opens_on_a_years_main_work_reviews_that_year():
    text = ("各位代表:\n现在,我代表市人民政府,向大会报告工作,请予审议。\n一、2023年主要工作\n"
            "2023年是绍兴发展史上具有重要里程碑意义的一年。我们较好完成了市九届人大三次会议确定的目标任务。\n")
    doc = process(text)
    assert doc.periods == {"review": "2023", "plan": "2024"}
    assert [p.kind for p in doc.parts] == ["review"]
    # negatives: a year's main targets, or its key work, are a plan's words
    assert "review" not in cued_periods("一、2024年主要工作目标\n")
    assert "review" not in cued_periods("一、2024年重点工作\n")
    # … and where another cue names the year reviewed, the heading's year is the plan's (二、2021年工作安排 after it)
    assert cued_periods("一、2021年主要工作\n2020年,全县生产总值增长5%。\n")["review"] == "2020"


def test_a_zone_named_by_its_province_and_its_district_is_placed_in_the_district():
    doc = process("山东沾化经济开发区召开2026年重点工作分析研判会\n1月20日上午,沾化经济开发区召开2026年重点工作分析研判会。"
                  "会议回顾总结2025年度工作,对2026年重点工作进行了谋划部署。\n")
    assert (doc.org["county"], doc.org["prefecture"], doc.org["province"]) == ("沾化区", "滨州市", "山东省")
    # negative: a zone named by its city alone stays the city's
    assert process("常州经开区召开2026年工作会议\n").org["county"] == "常州市"


def test_a_taiwan_countys_own_weekly_meeting_names_the_county_it_speaks_for():
    doc = process("王縣長主持第834次縣務會議\n發布日期:2014-04-21\n縣長王乾發21日上午主持縣府第834次縣務會議;他表示,"
                  "各單位應加倍努力,讓觀光客來澎湖都能留下美好印象。\n")
    assert (doc.org["name"], doc.org["level"], doc.org["province"]) == ("澎湖县", "县", "台湾省")
    # negative: a meeting's number alone, with no 縣務會議, names no level
    assert process("主持第834次會議,讓觀光客來澎湖都能留下美好印象。\n").org["name"] is None


def test_a_governments_own_plenary_meeting_names_the_level_it_speaks_for():
    doc = process("市政府第五次全體會議召開\n本報訊 2024年12月31日,市政府第五次全體會議召開,討論研究《政府工作報告(討論稿)》。"
                  "市長強調,要為更好濰坊建設作出新的更大貢獻。\n")
    assert (doc.org["name"], doc.org["level"], doc.org["province"]) == ("潍坊市", "市", "山东省")
    # negative: the State Council's plenary is no local government's, and a meeting with no government names no level
    assert process("国务院第五次全体会议召开\n会议强调,更好潍坊。\n").org["level"] != "市"
    assert process("协会召开第五次全体会议\n会议强调,更好潍坊。\n").org["level"] is None
    # a district's own plenary, where the city's it conveys is named twice: the district's
    district = process("8月16日下午,西岗区政府召开第十九届第二次全体(扩大)会议。会议书面传达了市政府十七届二次全体(扩大)会议精神。"
                       "会议强调,要认真落实市政府十七届二次全体(扩大)会议和区委部署。大连市西岗区人民政府门户网站\n")
    assert (district.org["name"], district.org["level"]) == ("西岗区", "区")


@pytest.mark.parametrize(("text", "expected"), [
    # a government's meeting deliberating a year's report before the session: the year it is delivered in
    ("徐汇区政府1月12日举行全体会议,审议2026年《政府工作报告》、“十五五”规划《纲要(草案)》。", {"review": "2025", "plan": "2026"}),
    ("县政府召开常务会议,讨论了《2024年政府工作报告》。", {"review": "2023", "plan": "2024"}),
    # a congress approving a report named by a year is no deliberation of a draft: a township's may be its report on that year
    ("镇人大主席团会议审议通过了2023年政府工作报告。", {}),
    ("会议听取和审议了《2023年政府工作报告》《2023年人大主席团工作报告》。", {}),
])
def test_a_meeting_deliberating_a_years_report_names_the_year_it_plans(text, expected):
    assert cued_periods(text) == expected


@pytest.mark.parametrize(("page", "name", "county"), [
    # an office written with its level's word alone before its whole name: the level's unit the page names
    ("天津市宁河区人民政府 2019年12月3日星期二\n\n区政务服务办政府信息公开工作年度报告\n来源:政务服务办公室 发布时间:2026-01-21\n"
     "结合我区政务服务工作实际,现将2025年度政府信息公开工作情况报告如下。\n", "宁河区政务服务办", "宁河区"),
    ("县政务服务办公室2023年上半年工作总结和下半年工作思路\n2023年以来,县政务服务办紧紧围绕县委战略。\n", "县政务服务办公室", None),
    # negative: a county government's own office publishes for the county
    ("平乡县人民政府办公室\n关于2023年工作总结的报告\n2023年,在县委的坚强领导下,平乡县经济平稳。\n", "平乡县", "邢台市"),
])
def test_an_office_named_by_its_levels_word_and_its_whole_name_reports_for_itself(page, name, county):
    doc = process(page)
    assert (doc.org["name"], doc.org["county"]) == (name, county)


def test_a_municipal_commission_of_city_management_is_an_office():
    doc = process("天津市城市管理委员会2025年政府信息公开工作年度报告\n2025年,市城市管理委坚持以习近平新时代中国特色社会主义思想为指导。\n")
    assert (doc.org["name"], doc.org["level"]) == ("天津市城市管理委员会", "委")


def test_a_lead_that_opens_on_its_purpose_names_who_after_the_day():
    doc = process("为深入学习贯彻党的二十届三中全会精神,认真落实市委、区委部署要求,进一步强化书记抓基层党建第一责任人的责任意识,"
                  "持续推动党建引领基层治理,2025年1月15日,江湾镇街道召开2024年度基层党组织书记抓基层党建工作述职评议会。"
                  "会议由街道党工委书记主持。\n")
    assert (doc.org["name"], doc.org["county"], doc.periods.get("review")) == ("江湾镇街道", "虹口区", "2024")


@pytest.mark.parametrize(("text", "name", "level"), [
    # a township written with the 乡 it was before it became a town (the map holds only 马寨镇) is a unit
    ("4月22日,马寨乡召开2022年度基层党组织书记抓党建述职评议会。乡党委主要负责人主持会议。\n", "马寨乡", "乡"),
    # words ending in 乡 are none: 和美乡村 (the map's 和美镇), 城乡 (the map's 域城镇)
    ("4月22日,和美乡村建设现场会召开。\n", None, None),
    ("近日,县域城乡融合发展推进会召开。\n", None, None),
])
def test_a_township_written_as_the_xiang_it_was_before_it_became_a_town(text, name, level):
    doc = process(text)
    assert (doc.org["name"], doc.org["level"]) == (name, level)


@pytest.mark.parametrize(("text", "review"), [
    # a meeting that hears a year's accounts of duties (述职评议会) reviews that year
    ("1月30日上午,新渡镇组织召开2017年度村党组织书记抓党建工作述职评议会。\n", "2017"),
    ("3月9日,曹武镇召开2021年度基层党建述职评议大会。\n", "2021"),
])
def test_a_years_述职_meeting_reviews_that_year(text, review):
    assert process(text).periods.get("review") == review


def test_a_place_inside_a_listed_leaders_name_is_no_place():
    # 路亚东 is a person of the list after 领导, not 亚东县
    doc = process("3月22日,全县季度经济运行调度会议召开。县委副书记、县长曹育铮主持会议并讲话;"
                  "县政府领导鲁生林、路亚东、刘博、程水银参加会议。\n")
    assert (doc.org["name"], doc.org["province"]) == (None, None)


@pytest.mark.parametrize(("text", "county", "province"), [
    # a county that names itself by its level alone is placed by the prefecture whose plans it follows
    ("1月6日,我县召开工作务虚会。县长黄强主持会议。\n黄强强调,要牢记自治区、桂林市的部署要求,全县上下团结一心。\n",
     "桂林市", "广西壮族自治区"),
    ("1月6日,我县召开工作务虚会。县长黄强主持会议。\n会议要求,认真贯彻落实宝鸡市委十四届五次全会精神。\n", "宝鸡市", "陕西省"),
    # a city's committee written without its name places nothing
    ("1月6日,我县召开工作务虚会。县长黄强主持会议。\n要落实省委、省政府和市委、市政府的部署要求。\n", None, None),
])
def test_a_county_named_by_its_level_is_placed_by_the_prefecture_it_follows(text, county, province):
    doc = process(text)
    assert (doc.org["name"], doc.org["county"], doc.org["province"]) == (None, county, province)


def test_a_news_items_time_stamp_before_its_fields_and_a_media_centre_as_its_source():
    doc = process("当前的位置:首页 > 政务公开 > 领导活动\n全县2024年一季度经济运行调度会召开\n"
                  "2024-02-20 09:37 作者:王钦  来源:梓潼县融媒体中心\n2月19日,全县经济运行调度会召开,县长黄建主持会议。\n")
    assert (doc.org["name"], doc.org["county"], doc.published) == ("梓潼县", "绵阳市", "2024-02-20")


def test_an_office_in_the_post_of_one_present_is_no_issuer():
    doc = process("3月30日,县委书记王国忠主持召开全县统筹疫情防控和经济社会发展工作专题会。县长高寒,"
                  "县工业园区管委会主任郭锦伟出席会议。\n")
    assert doc.org["name"] is None
    assert first_units("潼关县自然资源局召开会议") == ["潼关县", "自然资源局"]  # (an office that convenes is one)


def test_a_zone_written_short_is_placed_by_the_site_owners_full_name():
    doc = process("文旅示范区召开党工委第68次扩大会议\n发布日期:2024-06-12 22:29信息来源:文旅示范区\n6月12日,文旅示范区召开党工委第68次扩大会。\n"
                  "扫一扫在手机打开当前页\n主办单位:中共巴中市光雾山诺水河文旅融合发展示范区工作委员会 联系电话:0827-8566789\n")
    assert (doc.org["name"], doc.org["county"], doc.org["province"]) == ("文旅示范区", "巴中市", "四川省")


def test_a_unit_written_in_full_under_its_parents_outranks_a_stem_that_is_a_common_phrase():
    # 民族团结 (ethnic unity) is also the stem of 民族团结乡: a stem inside other words is only guessed
    doc = process("近年来,四川省攀枝花市米易县麻陇彝族乡着力“四个坚持”,加快打造民族团结进步“样板乡”。坚持以加强党的领导为统领,"
                  "科学谋划民族团结工作。米易县麻陇彝族乡高度重视民族团结工作,积极引领全乡群众向上、向善、向美,"
                  "有力有效促进了全乡各族群众像石榴籽一样紧紧抱在一起,全乡群众的精神面貌在民族团结进步创建中逐步提高。\n")
    assert (doc.org["name"], doc.org["county"], doc.org["province"]) == ("麻陇彝族乡", "米易县", "四川省")


@pytest.mark.parametrize(("text", "periods"), [
    # a meeting at the turn of the year looks back on the year before its date and ahead to the date's year
    ("2025年2月6日,新化县荣华乡召开春节节后收心会,动员全乡干部职工投入新一年工作。\n"
     "乡长张俊祥充分肯定了过去一年全乡干部职工在经济发展等方面取得的成绩。\n", {"review": "2024", "plan": "2025"}),
    ("2024年12月28日,某镇召开年终总结会。一年来,全镇上下团结奋进。\n", {"review": "2024"}),
    # in mid-year, 过去一年 is no calendar year
    ("2025年7月6日,新化县荣华乡召开会议,肯定了过去一年全乡干部职工取得的成绩。\n", {}),
])
def test_a_page_at_the_turn_of_the_year_looks_back_and_ahead(text, periods):
    assert process(text).periods == periods


@pytest.mark.parametrize(("text", "periods"), [
    # a short saying may open the paragraph before the year reviewed
    ("岁月不居,时间如流。2022年,陕西省榆林市靖边县宁条梁镇坚持“生态立镇”工作思路,各项重点工作稳中向好。\n", {"review": "2022"}),
    ("岁月不居,时间如流。2025年,全镇将坚持“生态立镇”工作思路。\n", {"plan": "2025"}),
])
def test_a_short_saying_before_the_year_that_opens_a_paragraph(text, periods):
    assert process(text).periods == periods


def test_a_news_item_naming_only_the_year_reviewed_reads_its_paragraphs_against_the_next_year():
    # the paragraph of last year's results (2024年,面对…) is no part of the targets quoted before it
    doc = process("北京:今年GDP增长目标为5%左右\n"
                  "北京市市长周二发表政府工作报告,指今年地区生产总值增长5%左右、努力争取更好结果,并争取一般公共预算收入增长4%左右,"
                  "城镇调查失业率控制在5%以内,居民消费价格涨幅2%左右。\n"
                  "北京当前最大挑战是消费萎缩,如去年首11个月按年跌2.8%。市长表示,2024年,面对外部压力加大的复杂严峻形势,"
                  "仍预计全市GDP增长5.2%左右,一般公共预算收入增长3.1%,城镇调查失业率4.1%左右,居民人均可支配收入增长4.5%左右,"
                  "居民消费价格涨幅0.1%。\n")
    assert doc.periods == {"review": "2024", "plan": "2025"}
    assert [(p.kind, doc.original[p.span.start : p.span.start + 8]) for p in doc.parts] == [("plan", "北京市市长周二发")]
    assert doc.original[doc.parts[0].span.end - 1] == "\n"


def test_a_plan_headings_this_year_in_news_of_a_session_is_the_year_planned():
    doc = process("某市第十届人民代表大会第四次会议开幕\n报告指出,2023年,某市GDP为4233.2亿元、增长3.8%。\n"
                  "今年各项预期目标公布\n展望今年,报告提出,今年经济社会发展的主要预期目标是:地区生产总值增长6%;固定资产投资增长4%。\n")
    assert doc.periods == {"review": "2023", "plan": "2024"}
    assert [(p.kind, p.period) for p in doc.parts] == [("plan", "2024")]


def test_a_governments_plenary_meeting_of_the_year_that_sets_the_second_half():
    # the year may stand before the meeting's number, spaced; the meetings conveyed are listed after 传达学习了
    doc = process("今日上午,县政府 2024 年第二次全体会议召开,传达学习有关会议精神,并对下半年经济工作进行研究部署。县长宋在军主持会议。\n"
                  "会议传达学习了国务院第五次全体会议、省政府第四次全体会议、市政府第二次全体会议精神,将其作为指导始兴县各项工作的"
                  "重要遵循。会议指出,上半年始兴县经济发展取得了一定成绩。\n")
    assert (doc.org["name"], doc.org["level"], doc.org["province"]) == ("始兴县", "县", "广东省")
    assert doc.periods == {"review": "2024H1", "plan": "2024H2"}
    assert process("2月6日,十八届县人民政府召开第四次全体会议。县长王开国主持会议并讲话。\n").org["level"] == "县"


def test_units_in_the_posts_of_a_list_of_those_present_are_no_issuer():
    doc = process("我县召开前半年经济运行调度会\n本报讯 6月25日,我县在政府二楼会议室召开前半年经济运行调度会。县委副书记、县长牛志强出席并讲话,县委常委、常务副县长王燕,"
                  "县经开区党工委书记、管委会主任李伟,政府办主任张宇锋出席。\n")
    assert (doc.org["name"], doc.org["level"]) == (None, "县")
    # … but the unit of the one who convenes is
    assert process("6月25日,潼关县县委书记王五主持召开会议,县直各部门负责人参加。\n").org["name"] == "潼关县"


def test_a_portals_breadcrumb_names_the_place_a_head_speaks_for():
    doc = process("您的位置:首页 > 要闻动态 > 今日滕州\n《政府工作报告》专题协商座谈会举行\n时间:2026-01-16 来源:市融媒体中心\n"
                  "1月15日,市委副书记、市长刘晓璐主持召开专题协商座谈会,听取对2026年《政府工作报告(征求意见稿)》的意见建议。\n")
    assert (doc.org["name"], doc.org["province"]) == ("滕州市", "山东省")


@pytest.mark.parametrize(("text", "periods"), [
    # a meeting on the year's second half, in mid-year, reviews the first
    ("6月28日,高城镇组织召开2023年下半年工作务虚会,科学谋划2023年下半年工作。\n会议指出,上半年,高城镇各项工作有序推进。\n",
     {"review": "2023H1", "plan": "2023H2"}),
    # a meeting dated in September that sums up the first half
    ("时间:2025-09-18\n9月17日,某县召开全县经济运行调度会议,总结上半年经济运行情况,部署下一阶段重点任务。\n", {"review": "2025H1"}),
])
def test_meetings_on_the_halves_of_a_year(text, periods):
    assert process(text).periods == periods


def test_a_zone_named_by_its_zone_word_alone_that_speaks_of_the_whole_zone():
    doc = process("9月17日,高新区党工委书记、管委会主任王婧楠主持召开全区经济运行调度会议,总结上半年经济运行情况。\n")
    assert (doc.org["name"], doc.org["level"], doc.org["province"]) == ("高新区", "区", None)
    # a zone visited is no issuer
    assert process("9月17日,县长在高新区调研,强调全县要抓好安全生产。\n").org["name"] is None


def test_the_town_an_interview_speaks_for_not_the_county_its_media_centre_introduces():
    doc = process("2025,我们这样干 | 专访小街基镇党委书记田志鹏\n政务\n2025-01-21 17:37\n"
                  "笃行实干担使命。为展现我县各地各部门的思路举措,营造全县上下全力以赴拼经济的良好氛围,开鲁县融媒体中心推出专题访谈栏目。"
                  "2025年,我镇将以开鲁县蒙锋中药材种植专业合作社的中蒙药材种植基地为重点,大力推动黄芪种植。\n")
    assert (doc.org["name"], doc.org["county"]) == ("小街基镇", "开鲁县")


@pytest.mark.parametrize(("text", "periods"), [
    # a year's work reported at a meeting that deploys the next
    ("2月7日,资源县农业农村局召开2022年工作部署会,全面部署2022年工作。\n局长马军通报了2021年工作取得的成就、问题短板及2022年工作打算。\n",
     {"review": "2021", "plan": "2022"}),
    # a budget's year is planned; its execution is reviewed
    ("关于2023年预算执行情况和2024年预算草案的报告\n各位代表:\n", {"review": "2023", "plan": "2024"}),
    # a title cut at its line's end names the accounts' year; the opening names the budget's
    ("2023年财政决算情况及2024年\n财政预算情况报告(草案)\n某镇人民政府\n各位代表:\n"
     "现将我镇2023年财政决算情况(财政预算执行情况)及2024年财政预算(草案)提请镇人大会议审议。\n", {"review": "2023", "plan": "2024"}),
])
def test_years_reported_and_budgeted(text, periods):
    assert process(text).periods == periods


def test_an_office_that_reports_on_its_governments_behalf_reports_for_that_government():
    doc = process("温州市发展和改革委员会\n(2024年8月26日)\n主任、副主任、秘书长,各位委员:\n"
                  "受市人民政府委托,现向市人大常委会报告今年上半年我市国民经济和社会发展计划执行情况,请予审议。\n")
    assert (doc.org["name"], doc.org["level"], doc.org["province"]) == ("温州市", "市", "浙江省")
    # an office that reports for itself stays the office
    doc = process("温州市发展和改革委员会\n2024年上半年工作总结\n今年以来,我委认真贯彻落实市委、市政府决策部署。\n")
    assert doc.org["name"] == "温州市发展和改革委员会"


def test_a_plan_issued_names_its_year_and_last_year_under_it_is_reviewed():
    doc = process("近日,临沂市政府以正式文件的形式,发布《临沂市人民政府关于印发2014年国民经济和社会发展计划的通知》。\n"
                  "去年,临沂实现生产总值3336.8亿元、增长11%。\n")
    assert doc.periods == {"review": "2013", "plan": "2014"}


def test_a_customs_office_that_reviews_its_year_and_looks_ahead():
    doc = process("首頁 -> 港澳 ->社會\n香港海關2022年工作回顧記者會\n"
                  "香港新聞網3月1日電 1日,香港海關關長何珮珊舉行記者會,總結海關在2022年的工作,並闡述部門2023年的工作展望。\n")
    assert (doc.org["name"], doc.org["province"]) == ("香港海关", "香港特别行政区")
    assert doc.periods == {"review": "2022", "plan": "2023"}
