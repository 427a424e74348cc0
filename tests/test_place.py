"""Who and where: organisations as whole names, placed on the administrative map by the document's evidence.

Each case is a rule of how Chinese reports name their issuer and its place, with the cases
where the rule must not fire (one name in many counties, fragments, portals of the county
above)."""

from __future__ import annotations

import pytest

import duban

from duban.document import Document, MetaField
from duban.pipeline import process
from duban.place import division_map, locate, short_name
from duban.structure.header import iso_date, simplified
from duban.structure.org import org_chain


def doc_of(text: str, **fields: str) -> Document:
    doc = Document(source="t.txt", original=text)
    doc.metadata = [MetaField(name, value) for name, value in fields.items()]
    return process(doc)


# -- the map ----------------------------------------------------------------------------------


def test_the_map_reaches_townships_with_12_digit_codes():
    m = division_map()
    assert len(m) > 40000
    [u] = [u for u in m.named("斋坛乡") if u.is_current]
    assert u.code == "331124202000" and [a.name for a in m.lineage(u)] == ["浙江省", "丽水市", "松阳县", "斋坛乡"]


@pytest.mark.parametrize("province,county", [("台湾省", "新北市"), ("香港特别行政区", "油尖旺区"), ("澳门特别行政区", "氹仔")])
def test_taiwan_hong_kong_and_macao_at_county_level(province, county):
    place = locate(county, levels=("county",))
    assert place.province == province and place.unit is not None


@pytest.mark.parametrize("name,level,short", [
    ("丽水市", "prefecture", "丽水"), ("松阳县", "county", "松阳"), ("广西壮族自治区", "province", "广西"),
    ("内蒙古自治区", "province", "内蒙古"), ("恩施土家族苗族自治州", "prefecture", "恩施"),
    ("巴音郭楞蒙古自治州", "prefecture", "巴音郭楞"), ("西双版纳傣族自治州", "prefecture", "西双版纳"),
    ("神农架林区", "county", "神农架"), ("新华区", "county", ""),  # an everyday word: never a hint alone
    ("东区", "county", ""),  # one character left: never used
])
def test_short_names(name, level, short):
    assert short_name(name, level) == short


# -- one name, many counties ----------------------------------------------------------------


@pytest.mark.parametrize("name,evidence,county,code", [
    # a parent written before the name decides outright
    ("花桥镇", dict(written=["衡南县"]), "衡南县", "430422125000"),
    # the county's code at the head of an index number (统一社会信用代码)
    ("城关镇", dict(codes=["150124"]), "清水河县", "150124101000"),
    # the prefecture's short name in the text, with 县委 (the parent is a 县)
    ("安民乡", dict(texts=[("在县委、县政府的坚强领导下,弘扬浙西南革命精神,丽水", 1.0)], parent_kinds=("县",)),
     "松阳县", "331124214000"),
    ("安民乡", dict(texts=[("肇东市委市政府", 1.0)]), "肇东市", "231282214000"),
    ("新华街道", dict(texts=[("北京市通州区人民政府", 2.0)]), "通州区", "110112002000"),
])
def test_evidence_decides_between_units_of_one_name(name, evidence, county, code):
    place = locate(name, levels=("township",), **evidence)
    assert (place.county, place.division_code) == (county, code)
    assert place.candidates == [] and place.confidence >= 0.6


@pytest.mark.parametrize("name,evidence", [
    ("花桥镇", {}),  # nothing at all
    ("新华街道", dict(texts=[("全街道上下团结奋进", 1.0)])),  # no place word
    ("安民乡", dict(texts=[("松阳 肇东", 1.0)])),  # evidence for both, equally
])
def test_undecided_names_keep_their_candidates_and_a_warning(name, evidence):
    place = locate(name, levels=("township",), **evidence)
    assert place.unit is None and place.county is None and place.division_code is None
    assert len(place.candidates) >= 2 and {c["name"] for c in place.candidates} == {name}
    assert place.warnings and "candidates" in place.warnings[0]


def test_a_township_off_the_map_is_the_town_it_became_where_the_text_places_it():
    place = locate("庙岗乡", levels=("township",), texts=[("首页巢湖快讯", 1.0)])
    assert (place.county, place.prefecture, place.unit.name) == ("巢湖市", "合肥市", "庙岗镇")
    assert any("the unit it became" in w for w in place.warnings)


def test_a_county_off_the_map_is_the_city_or_district_it_became_even_where_the_text_names_nowhere():
    # 黔西县 became 黔西市 in 2021 (撤县设市), a change the map's history does not record
    place = locate("黔西县", levels=("county",), texts=[("市委常委、县委书记卢林讲话", 1.0)])
    assert (place.unit.name, place.prefecture, place.province) == ("黔西市", "毕节市", "贵州省")
    assert any("the unit it became" in w for w in place.warnings)


def test_a_county_written_as_it_still_is_is_not_moved_to_a_city_of_its_stem():
    assert locate("朝阳县", levels=("county",)).unit.name == "朝阳县"  # 朝阳县 (辽宁) stands; no 朝阳区 for it
    assert locate("海淀乡", levels=("township",)).unit is None  # no 海淀镇 on the map: nothing it became


def test_a_name_on_both_sides_of_the_strait_is_taiwans_where_the_page_speaks_as_taiwans_do():
    # 中西区 of 台南市 (a municipality's district: a township row of the map) and of 香港 (a county row)
    doc = duban.process(duban.Document(source="t.txt", original=(
        "區公所召開102年度上半年里長業務聯繫會議\n中西區公所6月21日下午在區公所禮堂召開里長業務聯繫會議,由區長主持。\n")))
    assert (doc.org["name"], doc.org["county"], doc.org["province"]) == ("中西区", "台南市", "台湾省")
    hk = duban.process(duban.Document(source="t.txt", original="中西區區議會召開會議,討論中西區的交通安排。\n"))
    assert hk.org["province"] != "台湾省"


def test_a_township_off_the_map_with_nothing_of_its_place_in_the_text_stays_unplaced():
    assert locate("庙岗乡", levels=("township",), texts=[("全乡上下团结奋进", 1.0)]).unit is None


def test_a_written_parent_that_contradicts_a_unit_rules_it_out():
    place = locate("花桥镇", written=["松阳县"], levels=("township",))
    assert place.unit is None and not place.candidates and place.warnings


def test_candidates_agree_on_what_they_share():
    # two 花桥镇 in 湖南 (衡南县, 东安县, 中方县): 湖南 alone fills the province, not the county
    place = locate("花桥镇", texts=[("湖南省", 2.0)], levels=("township",))
    assert place.province == "湖南省" and place.county is None and len(place.candidates) >= 3


def test_a_former_name_is_placed_as_the_unit_it_became():
    place = locate("清苑县")
    assert (place.unit.name, place.province, place.division_code) == ("清苑区", "河北省", "130608")
    assert "former name" in place.warnings[0]


@pytest.mark.parametrize("name,became", [
    ("闸北区", "静安区"),  # 2015: merged into 静安区
    ("崇文区", "东城区"),
    ("塘沽区", "滨海新区"),
])
def test_a_unit_merged_into_another_is_placed_as_that_unit(name, became):
    assert locate(name).unit.name == became


def test_a_merged_name_of_a_district_another_city_still_has_is_told_by_its_parent():
    # 2025: 撤销江北区、渝北区, 设立两江新区; 宁波's 江北区 stays
    assert locate("江北区", written=["重庆市"]).unit.name == "两江新区"
    assert locate("江北区", written=["宁波市"]).unit.name == "江北区"


@pytest.mark.parametrize("short,units", [
    ("动力", set()),  # 动力区, merged into 香坊区 in 2006: no short form (动力 is a word)
    ("武昌", {"武昌区"}),  # the current 武昌区, not 武昌县 (江夏区 since 1995)
    ("襄樊", {"襄樊市"}),  # a renamed unit keeps its short form where no current unit has it (襄阳市 since 2010)
])
def test_short_forms_of_former_and_merged_names(short, units):
    m = division_map()
    assert {m.units[i].name for i in m.by_short.get(short, ())} == units


# -- Taiwan's townships, and the names it shares with the mainland ---------------------------------


def test_the_map_holds_taiwan_s_368_townships():
    m = division_map()
    uncoded = [u for u in m.units if u.level == "township" and not u.code and u.is_current]  # a walk keeps none
    by_county: dict[str, list[str]] = {}
    for u in uncoded:
        lineage = m.lineage(u)
        by_county.setdefault("/".join(a.name for a in lineage[:-1]), []).append(u.name)
    taiwan = {k: v for k, v in by_county.items() if k.startswith("台湾省/")}
    assert sum(map(len, taiwan.values())) == 358 and len(taiwan) == 20
    assert by_county["福建省/福州市/连江县"] == ["南竿乡", "北竿乡", "莒光乡", "东引乡"]
    assert sorted(by_county["福建省/泉州市/金门县"]) == sorted(["金城镇", "金湖镇", "金沙镇", "金宁乡", "烈屿乡", "乌坵乡"])
    assert len(taiwan["台湾省/台北市"]) == 12 and "中正区" in taiwan["台湾省/台北市"]


# no township codes: the division code is the nearest coded unit's (the province 710000, 连江县 350122)
@pytest.mark.parametrize("name,written,province,prefecture,county,code", [
    ("鹿港镇", [], "台湾省", None, "彰化县", "710000"),  # one unit of the name
    ("员林市", [], "台湾省", None, "彰化县", "710000"),  # a county-controlled city is a township
    ("中正区", ["台北市"], "台湾省", None, "台北市", "710000"),  # Taipei's, not Keelung's
    ("信义区", ["基隆市"], "台湾省", None, "基隆市", "710000"),
    ("莒光乡", [], "福建省", "福州市", "连江县", "350122"),  # Matsu, under the map's 连江县
    ("乌坵乡", [], "福建省", "泉州市", "金门县", "350527"),  # Kinmen, under the map's 金门县
    ("罗东镇", ["宜兰县"], "台湾省", None, "宜兰县", "710000"),  # a name the mainland has too, its county written
])
def test_taiwan_s_townships_under_their_counties(name, written, province, prefecture, county, code):
    place = locate(name, written=written, levels=("township",))
    assert place.unit is not None and place.unit.level == "township" and place.unit.code == ""
    assert (place.province, place.prefecture, place.county, place.division_code) == (province, prefecture, county, code)


@pytest.mark.parametrize("text,fields,name,county,prefecture,province", [
    ("鹿港鎮公所114年施政成果報告\n感謝代表會對鎮務的肯定。\n", {}, "鹿港镇", "彰化县", None, "台湾省"),
    ("員林市公所113年施政報告\n本市完成。\n", {}, "员林市", "彰化县", None, "台湾省"),
    ("臺北市中山區公所113年施政報告\n本區完成。\n", {}, "中山区", "台北市", None, "台湾省"),
    ("莒光鄉代會定期會開議 王大捷施政報告\n【本報西莒記者報導】莒光鄉民代表會第七屆第一次定期大會昨日開議,"
     "聽取鄉長半年來的施政報告。\n", {}, "莒光乡", "连江县", "福州市", "福建省"),
    ("宜蘭縣羅東鎮公所113年施政報告\n本鎮完成。\n", {}, "罗东镇", "宜兰县", None, "台湾省"),
])
def test_a_taiwan_township_s_report_is_placed(text, fields, name, county, prefecture, province):
    doc = doc_of(text, **fields)
    assert (doc.org["name"], doc.org["county"], doc.org["prefecture"], doc.org["province"]) == (
        name, county, prefecture, province)


@pytest.mark.parametrize("text,name,county,province", [
    # a township name Taiwan has too stays on the mainland when the text names its county or province
    ("罗东镇2024年工作总结\n一、2024年工作总结\n在南安市委、市政府的领导下,全镇完成投资1亿元。\n", "罗东镇", "南安市",
     "福建省"),
    ("罗东镇2024年工作总结\n一、2024年工作总结\n在福建省委的领导下,全镇完成投资1亿元。\n", "罗东镇", "南安市", "福建省"),
    ("北斗镇2024年工作总结\n一、2024年工作总结\n在丰顺县委的领导下,全镇完成投资1亿元。\n", "北斗镇", "丰顺县", "广东省"),
    ("金城镇2024年工作总结\n一、2024年工作总结\n在莱州市委的领导下,全镇完成投资1亿元。\n", "金城镇", "莱州市", "山东省"),
    # a district: the mainland's county-level district first, Taiwan's only with its city written
    ("中山区人民政府工作报告\n各位代表:现在,我代表区人民政府向大会报告工作。在区委的坚强领导下,全区完成投资。\n", "中山区",
     "大连市", "辽宁省"),
    ("大同区2024年政府工作报告\n在区委的领导下,全区完成投资。\n", "大同区", "大庆市", "黑龙江省"),
])
def test_a_name_taiwan_shares_does_not_take_a_mainland_report(text, name, county, province):
    doc = doc_of(text)
    assert (doc.org["name"], doc.org["county"], doc.org["province"]) == (name, county, province)


def test_a_shared_name_with_no_evidence_keeps_both_sides_as_candidates():
    place = locate("罗东镇", levels=("township",))
    assert place.unit is None and place.province is None
    assert {c["county"] for c in place.candidates} == {"南安市", "宜兰县"}


def test_a_shared_name_in_simplified_script_is_the_mainlands():
    # Taiwan writes traditional characters: a report in simplified ones naming only 罗东镇 is 南安's
    assert locate("罗东镇", levels=("township",), simplified_script=True).county == "南安市"
    doc = doc_of("罗东镇2024年工作总结\n一、2024年工作总结\n全镇完成投资1亿元。\n")
    assert (doc.org["county"], doc.org["province"]) == ("南安市", "福建省")
    # … and a traditional one stays undecided (mainland pages are reprinted in traditional script too)
    assert doc_of("羅東鎮2024年工作總結\n一、2024年工作總結\n全鎮完成投資1億元。\n").org["province"] is None


@pytest.mark.parametrize("text", [
    "推进新社区建设工作总结\n新社区建设加快推进,新社区服务中心投入使用,新社区治理水平提升。\n",
    "大社区大服务\n大社区党委召开会议,部署大社区建设工作,大社区面貌一新。\n",
])
def test_a_community_is_no_district(text):
    # 社区 is a word: Taiwan's 新社區 (台中市) and 大社區 (高雄市) are not read into mainland prose
    assert org_chain(text.split("\n")[0]) == [] and doc_of(text).org["name"] not in ("新社区", "大社区")


# -- whole names ----------------------------------------------------------------------------


@pytest.mark.parametrize("text,chain", [
    ("衡南县花桥镇人民政府", ["衡南县", "花桥镇"]),
    ("保定市清苑区2023年政府工作报告", ["保定市", "清苑区"]),
    ("松阳县自然资源局2024年工作总结", ["松阳县", "自然资源局"]),  # an office after its government
    ("某某街道2024年工作总结", ["某某街道"]),  # not on the map, but a name of its own between tails
    ("2024年自治区政府工作报告", []),  # 自治区 alone is a fragment
    ("综合实验区2024年工作要点", []),  # so is 实验区 with no name before it
    ("推进城市更新工作总结", []),  # 城市 only ends like a 市
    ("我局2024年工作总结", []),  # 我局 is no name
    # an office's name may open with a word whose first character is a generic word (农, 乡, 城)
    ("南昌县农业农村局2023年工作总结", ["南昌县", "农业农村局"]),
    ("县农业农村局", ["农业农村局"]),  # (县 is its level word, not part of its name)
    ("县乡村振兴局2024年工作要点", ["乡村振兴局"]),
    ("(重庆市)2024年重庆市渝中区人民政府工作报告", ["重庆市", "渝中区"]),  # a reprint's tag, then the name again
    ("(重庆市)重庆市人民政府工作报告", ["重庆市"]),
])
def test_org_chains_are_whole_names(text, chain):
    assert org_chain(text) == chain


def test_an_office_is_an_organisation_with_its_parent_government():
    doc = doc_of("松阳县自然资源局2024年工作总结\n一、2024年工作总结\n全年完成土地出让5宗。\n")
    assert (doc.org["name"], doc.org["level"], doc.org["county"]) == ("松阳县自然资源局", "局", "松阳县")
    assert (doc.org["province"], doc.org["prefecture"]) == ("浙江省", "丽水市")


def test_the_township_not_the_county_portal_that_publishes_it():
    doc = doc_of("斋坛乡2024年工作总结\n一、2024年工作总结\n全乡完成投资1亿元。\n", publisher="松阳县人民政府")
    assert (doc.org["name"], doc.org["county"], doc.org["division_code"]) == ("斋坛乡", "松阳县", "331124202000")


def test_a_disclosure_report_names_the_unit_that_compiles_it():
    doc = process(Document(source="t", original="根据《中华人民共和国政府信息公开条例》(国务院令第711号)等相关规定,编制万源市玉带乡"
                                                  "2024年政府信息公开工作年度报告,所列数据统计期限为2024年1月1日至2024年12月31日。\n"))
    assert (doc.org["name"], doc.org["county"]) == ("玉带乡", "万源市")


def test_a_headline_opening_on_a_unit_under_the_portals_names_it():
    page = "南岗区哈西街道办事处认真落实“三级五制”会议精神\n来源:南岗区\n南岗区推进会议召开后,哈西街道迅速行动。\n"
    assert process(Document(source="t", original=page)).org["name"] == "哈西街道"
    # a headline on the portal's own unit, or on another district's street, names no lower unit
    for headline in ("南岗区召开“三级五制”推进会议", "道里区新阳路街道认真落实会议精神"):
        page = f"{headline}\n来源:南岗区\n会议要求各单位迅速行动。\n"
        assert process(Document(source="t", original=page)).org["name"] == "南岗区"


def test_a_meeting_line_broken_after_its_session_number_names_the_organisation():
    doc = process(Document(source="t", original="政 府 工 作 报 告\n——2025年2月18日在西宁市城东区第十九届\n人民代表大会第五次会议上\n"
                                                  "各位代表:\n现在,我代表区人民政府向大会报告工作。\n"))
    assert (doc.org["name"], doc.org["county"]) == ("城东区", "西宁市")


def test_the_meeting_line_names_the_organisation():
    doc = doc_of("政府工作报告\n——2024年1月8日在衡南县花桥镇第十八届人民代表大会第四次会议上\n"
                 "各位代表:\n现在,我代表镇人民政府向大会报告工作。\n一、2023年工作回顾\n全镇完成投资1亿元。\n")
    assert (doc.org["name"], doc.org["county"], doc.org["province"]) == ("花桥镇", "衡南县", "湖南省")
    assert doc.periods == {"review": "2023", "plan": "2024"}


def test_an_undecided_township_is_reported_with_candidates():
    doc = doc_of("花桥镇2024年工作总结\n一、2024年工作总结\n全镇完成投资1亿元。\n")
    assert doc.org["name"] == "花桥镇" and doc.org["county"] is None and doc.org["province"] is None
    assert len(doc.org["place_candidates"]) == 11
    assert any(w.startswith("place: 花桥镇") for w in doc.warnings)


def test_an_index_number_code_places_the_town():
    doc = doc_of("城关镇2024年工作总结\n一、2024年工作总结\n全镇完成投资1亿元。\n",
                 index_no="11150124MB1234567X/2024-00001")
    assert (doc.org["county"], doc.org["prefecture"]) == ("清水河县", "呼和浩特市")


# -- periods and dates ----------------------------------------------------------------------


@pytest.mark.parametrize("text,iso", [
    ("2025-05-21 11:35:44", "2025-05-21"), ("2024年01月10日", "2024-01-10"), ("2024/1/10 10:00", "2024-01-10"),
    ("2024.01.10", "2024-01-10"), ("20240110", "2024-01-10"), ("二〇二四年一月十日", "2024-01-10"),
    ("民國113年5月21日", "2024-05-21"), ("未知", ""),
])
def test_publication_dates_in_every_format(text, iso):
    assert iso_date(simplified(text)) == iso


@pytest.mark.parametrize("title,published,periods", [
    # no year in the title: a report published in January–March reviews the year before
    ("工作总结和工作计划", "2025-02-10", {"review": "2024", "plan": "2025"}),
    ("工作总结和工作计划", "2024-12-20", {"review": "2024", "plan": "2025"}),
    ("上半年工作总结和下半年工作计划", "2024-07-15", {"review": "2024H1", "plan": "2024H2"}),
    ("民國113年工作總結和民國114年工作計劃", "", {"review": "2024", "plan": "2025"}),
])
def test_periods_from_the_date_when_the_title_gives_no_year(title, published, periods):
    text = f"{title}\n一、工作总结\n全镇完成投资1亿元。\n二、工作计划\n力争完成投资2亿元。\n"
    doc = doc_of(text, **({"published": published} if published else {}))
    assert doc.periods == periods


def test_five_year_reviews_are_not_the_reviewed_year():
    doc = doc_of("2023年政府工作报告\n一、过去五年工作回顾\n五年来全省生产总值年均增长6%。\n二、2023年工作安排\n增长6%左右。\n")
    assert doc.periods == {"review": "2022", "plan": "2023"}


# -- the issuer named by its level, news items, sessions ---------------------------------------


@pytest.mark.parametrize("text,name,level,province", [
    # a report that names itself only by its level, its place by the short name it uses
    ("政府工作报告\n(2023年1月6日在县第十八届人民代表大会第二次会议上)\n县长 张三\n各位代表:\n"
     "现在,我代表县人民政府向大会报告工作。一、2022年工作回顾\n2022年是黎平发展史上极不平凡的一年,黎平全县上下团结奋进。\n",
     "黎平县", "县", "贵州省"),
    ("各位代表:\n现在,我代表市人民政府,向大会报告政府工作。\n一、2024年工作回顾\n这一年,玉林人民圆了高铁梦,玉林在全区地位提升。\n",
     "玉林市", "市", "广西壮族自治区"),
    # a news item: the session line and the opening sentence name the unit, not a word before it
    ("1月9日,白玉县第十五届人民代表大会第五次会议开幕,白玉县人民政府县长张三作政府工作报告,盖玉镇代表参加。\n",
     "白玉县", "县", "四川省"),
    ("本报讯 昨日,晋江市安海镇第十四届人民代表大会第六次会议召开。会议选举产生了安海镇镇长。\n",
     "安海镇", "镇", "福建省"),
])
def test_the_issuer_from_its_level_and_the_names_it_uses(text, name, level, province):
    doc = doc_of(text)
    assert (doc.org["name"], doc.org["level"], doc.org["province"]) == (name, level, province)


@pytest.mark.parametrize("text", [
    "我代表县人民政府向大会报告工作。全县上下团结奋进,各项事业取得新进展。\n",  # no county named at all
    "我代表县人民政府向大会报告工作。黎平、松阳两地交流合作。\n",  # two counties named once each
])
def test_no_issuer_is_guessed_from_its_level_alone(text):
    assert doc_of(text).org["name"] is None


def test_a_zone_is_placed_by_the_unit_its_name_starts_with():
    doc = doc_of("常州经开区2023年工作总结\n一、2023年工作总结\n完成地区生产总值992亿元。\n")
    assert (doc.org["name"], doc.org["county"], doc.org["province"]) == ("常州经开区", "常州市", "江苏省")


@pytest.mark.parametrize("text,published,periods", [
    # a session in January–September reviews the year before; from October on its own year
    ("——2024年1月16日在鄂州市第九届人民代表大会第四次会议上\n市长 王某\n各位代表:\n现在,我代表市人民政府,向大会报告工作,"
     "请予审议,并请市政协委员和列席人员提出意见。\n一、2023年工作回顾\n全市完成投资1亿元。\n", "",
     {"review": "2023", "plan": "2024"}),
    ("政府工作报告\n—2023年12月27日在镇第十八届人民代表大会第四次会议上\n各位代表:\n现在,我代表镇人民政府向大会报告工作,"
     "请予审议,并请列席人员提出宝贵意见。\n一、2023年工作回顾\n全镇完成投资1亿元。\n", "",
     {"review": "2023", "plan": "2024"}),
    # the title's year is the review year when the session is early the next year
    ("塔洋镇2015年政府工作报告\n——2016年3月7日在塔洋镇第十五届人民代表大会第六次会议上\n2015年工作回顾\n完成投资1亿元。\n", "",
     {"review": "2015", "plan": "2016"}),
    # news of a session without a year: the page's date, else the latest year it names
    ("12月26日上午,文城乡第十七届人民代表大会第二次会议隆重开幕。\n", "2023-12-28", {"review": "2023", "plan": "2024"}),
    ("4月17日,木子店镇召开第十届人民代表大会第五次会议,票决产生2025年政府重大民生实事项目。\n", "",
     {"review": "2024", "plan": "2025"}),
    ("会议听取了安海镇人民政府2024年上半年工作报告。安海镇第十四届人民代表大会第六次会议召开。\n", "",
     {"review": "2024H1", "plan": "2024H2"}),
    # a work meeting's own words
    ("1月7日,西张村镇召开2024年工作总结暨2025年工作谋划部署会,镇班子成员参会。\n", "", {"review": "2024", "plan": "2025"}),
    ("近日,潼关县自然资源局组织召开2026年工作务虚会,全面总结2025年工作成效。\n", "", {"review": "2025", "plan": "2026"}),
    # five-year reviews name no reviewed year
    ("2023年政府工作报告\n一、过去五年工作回顾\n五年来全省生产总值年均增长6%。\n二、2023年工作安排\n增长6%左右。\n", "",
     {"review": "2022", "plan": "2023"}),
])
def test_periods_of_sessions_and_news(text, published, periods):
    assert doc_of(text, **({"published": published} if published else {})).periods == periods


@pytest.mark.parametrize("head,iso", [
    ("2020年沈阳市沈河区政府工作报告\n2020年01月14日来源:沈河区人民政府办公室\n[字体: ] 打印\n", "2020-01-14"),
    ("专题报导 连江县政府施政报告\n  • 2015-11-22\n 编按:议会第6届第2次定期大会开议。\n", "2015-11-22"),
    ("河头乡第十八届人民代表大会第四次会议胜利召开\n创建于2024-05-17\n阅读 3207\n", "2024-05-17"),
    # the session's date beside the meeting line is no publication date
    ("政府工作报告\n2025年1月17日\n——在湖镇镇第十五届人民代表大会第七次会议上\n镇长 钟某\n", ""),
])
def test_the_page_s_own_date(head, iso):
    assert doc_of(head + "各位代表:现在,我代表镇人民政府向大会报告工作。\n").published == iso


def test_the_vendored_map_carries_its_licence_and_vintage():
    from duban.place.divisions import DATA

    readme = (DATA.parent / "README.md").read_text(encoding="utf-8")
    assert "vintage" in readme and "2026-09-11" in readme and "MIT" in readme
    assert "MIT License" in (DATA.parent / "LICENSE").read_text(encoding="utf-8")


# -- the map's compact form ------------------------------------------------------------------

_TSV = ("id\tname\tlevel\tparent\tcode\tstatus\tyear\tcurrent\n"
        "0\t浙江省\tprovince\t\t330000000000\tcurrent\t\t\n"
        "1\t丽水市\tprefecture\t0\t331100000000\tcurrent\t\t\n"
        "2\t松阳县\tcounty\t1\t331124000000\tcurrent\t\t\n"
        "3\t城关镇\ttownship\t2\t331124100000\tcurrent\t\t\n"
        "4\t城关镇\ttownship\t2\t\tformer\t2001\t3\n"
        "5\t香港特别行政区\tprovince\t\t\tcurrent\t\t\n")


def test_the_map_read_from_its_columns_gives_the_units_it_was_given():
    from duban.place.divisions import DivisionMap, Unit

    m = DivisionMap.from_tsv(_TSV)
    units = [Unit(0, "浙江省", "province", None, "330000000000", "current", "", None),
             Unit(1, "丽水市", "prefecture", 0, "331100000000", "current", "", None),
             Unit(2, "松阳县", "county", 1, "331124000000", "current", "", None),
             Unit(3, "城关镇", "township", 2, "331124100000", "current", "", None),
             Unit(4, "城关镇", "township", 2, "", "former", "2001", 3),
             Unit(5, "香港特别行政区", "province", None, "", "current", "", None)]
    assert list(m.units) == units and len(m) == 6
    same = DivisionMap(units)
    for name in ("浙江省", "城关镇", "丽水", "松阳", "香港", "宁波市"):
        assert m.by_name.get(name, ()) == same.by_name.get(name, ())
        assert m.by_short.get(name, ()) == same.by_short.get(name, ())
        assert m.is_place(name) == same.is_place(name) == (name in ("浙江省", "城关镇"))
    assert m.by_name["城关镇"] == (3, 4) and m.by_short["丽水"] == (1,) and m.short(m.units[2]) == "松阳"
    assert [u.name for u in m.lineage(m.units[3])] == ["浙江省", "丽水市", "松阳县", "城关镇"]
    assert m.current_of(m.units[4]) == m.units[3] and m.units[-1].name == "香港特别行政区"
    # a code finds the current unit; 6 digits a county or above; a former name's code never
    assert m.with_code("331124") == m.units[2] and m.with_code("331124100000") == m.units[3]
    assert m.with_code("331125") is None and m.with_code("33112４") is None and m.with_code("") is None


def test_the_map_read_back_from_its_cache_is_the_map_built(tmp_path, monkeypatch):
    import marshal

    from duban.place import divisions

    built = divisions.DivisionMap.from_tsv(_TSV)
    back = divisions.DivisionMap._from_built(marshal.loads(marshal.dumps(built._built())))
    assert list(back.units) == list(built.units)
    assert (back.by_name, back.by_short, back.shorts) == (built.by_name, built.by_short, built.shorts)
    assert back.with_code("331124") == built.with_code("331124") and back.with_code("331125") is None
    # the process's map: built from the table the first time, read back from the cache after, the same
    monkeypatch.setattr(divisions, "DATA", _copy_map(tmp_path))
    first = divisions.division_map.__wrapped__()
    cached = divisions.division_map.__wrapped__()
    assert (tmp_path / "__pycache__").is_dir()
    assert cached.by_name == first.by_name and cached.by_short == first.by_short and len(cached) == len(first)
    # a cache whose digest no longer matches is not used (a damaged one neither)
    cache = next((tmp_path / "__pycache__").glob("divisions.*.marshal"))
    cache.write_bytes(b"damaged")
    assert divisions.division_map.__wrapped__().by_name == first.by_name


def _copy_map(tmp_path):
    from duban.place import divisions

    data = tmp_path / "data" / "divisions.tsv.gz"
    data.parent.mkdir()
    data.write_bytes(divisions.DATA.read_bytes())
    return data


@pytest.mark.parametrize("bad", [
    _TSV.replace("1\t丽水市", "7\t丽水市"),  # ids out of order
    _TSV.replace("\tprefecture\t", "\tcity\t"),  # an unknown level
    _TSV.replace("331124000000", "3311240"),  # a code of 7 digits
    _TSV.replace("2\t松阳县\tcounty\t1\t", "2\t松阳县\tcounty\t1"),  # a column missing
])
def test_a_damaged_map_is_refused(bad):
    from duban.place.divisions import DivisionMap

    with pytest.raises(ValueError, match="division map"):
        DivisionMap.from_tsv(bad)


def test_the_map_keeps_its_units_as_columns():
    """43,100 units held as columns: a `Unit` is made only when asked for."""
    m = division_map()
    assert len(m.units._made) < len(m) / 4
    assert m.units[5] is m.units[5] and m.units[5].id == 5
    provinces = [u.name for u in m.units if u.level == "province" and u.is_current]  # a walk over all keeps none
    assert "浙江省" in provinces and len(provinces) == 34 and len(m.units._made) < len(m) / 4


def test_a_former_name_that_ended_years_before_the_document_is_out_of_the_running():
    texts = [("考察安徽", 1.0)]
    assert locate("郊区", texts=texts, year=2026).prefecture == "铜陵市"  # 合肥's, 蚌埠's, 安庆's 郊区 ended by 2005
    # without the year (or in the years the former names were current) the units stay undecided
    assert locate("郊区", texts=texts).unit is None
    assert locate("郊区", texts=texts, year=2003).unit is None
