"""Who and when on pages written in English about a Chinese government's work report
(`duban.structure.english`): a city's English portal, a translation, a national daily's channel."""

from __future__ import annotations

import pytest

from duban.structure.english import english_organisation, english_periods, reads_english
from duban.place.romanised import romanised_units, spelling_key

from helpers import document
from duban.structure import structure


def process(text: str):
    from duban.clean.chrome import strip_chrome
    from duban.clean.normalise import normalise

    return structure(normalise(strip_chrome(document(text))))


FILLER = " The government worked hard to keep the economy steady and improve the people's livelihood." * 3


def test_the_map_is_spelled_as_english_pages_spell_it():
    assert {u.name for u in romanised_units()[spelling_key("Yangquan")]} == {"阳泉市"}
    assert "长治市" in {u.name for u in romanised_units()[spelling_key("Changzhi")]}  # 长 read chang, not zhang
    assert {u.name for u in romanised_units()[spelling_key("Shaanxi")]} == {"陕西省"}
    assert "西安市" in {u.name for u in romanised_units()[spelling_key("Xi'an")]}


def test_a_county_named_with_its_government_is_the_reporting_unit_not_its_province_or_city():
    page = ("Main tasks of Zizhou County People's Government in 2020\n"
            "Under the strong leadership of the Party committee of Shaanxi Province and the government of Yulin City, "
            "the People's Congress of Zizhou County and the government of Zizhou County worked jointly." + FILLER)
    org = english_organisation(page)
    assert (org["name"], org["level"], org["county"], org["prefecture"], org["province"]) == (
        "子洲县", "县", "榆林市", "榆林市", "陕西省")
    assert english_periods(page) == {"plan": "2020"}


def test_a_district_is_placed_by_the_city_the_page_also_names():
    page = ("Report on the Work of the Government 2019\nDelivered at the Fifth Session of the Seventh People's "
            "Congress of Nanshan District, Shenzhen Municipality\nReview of Work in 2018\n" + FILLER)
    org = english_organisation(page)
    assert (org["name"], org["county"], org["province"]) == ("南山区", "深圳市", "广东省")  # not 鹤岗's 南山区
    assert english_periods(page) == {"review": "2018", "plan": "2019"}


def test_people_named_in_pinyin_are_no_places():
    page = ("The second session of the sixth Guigang People's Congress closed. Executive chairman He Luchun, "
            "Zhu Huidong and Huang Jinfeng were seated at the podium." + FILLER)
    assert english_organisation(page)["name"] == "贵港市"  # not 惠东县 (Huidong), a given name here


@pytest.mark.parametrize(("page", "periods"), [
    ("Liu Wenhua, mayor of Yangquan, delivered the report that summarized the achievements made in 2022, "
     "as well as the new targets for the city's development in 2023.", {"review": "2022", "plan": "2023"}),
    ("2009 Work Review of the 2010 Chuzhou Municipal People’s Government Work Report", {"review": "2009", "plan": "2010"}),
    ("Review of Government Work in Xiaoshan District in 2009 20 10 Government Work Report", {"review": "2009", "plan": "2010"}),
    ("2011 was the end term of this government. I present my report and 2012 government work for your deliberation.",
     {"review": "2011", "plan": "2012"}),
    ("In 2024, the city will build 20 new schools.", {}),  # a plan said of a year, not a year reviewed
    ("The covid-19 epidemic swept across the world at the beginning of 2020.", {}),
])
def test_english_cues_name_the_reviewed_and_planned_year(page, periods):
    assert english_periods(page) == periods


@pytest.mark.parametrize(("page", "published", "periods"), [
    # a session held in January–March reviews the year before the one planned …
    ("On February 11, the secretary participated in the second session of the 17th People’s Congress of the county. "
     "The report summarized the achievements in the past year and proposed the key work of the government in 2022.",
     "", {"review": "2021", "plan": "2022"}),
    ("The Fifth Session of the Fifteenth People's Congress of Jiangmen City opened on January 16th. The congress "
     "examined the plan and budget report for 2019.", "", {"review": "2018", "plan": "2019"}),
    ("The third session of the seventh Ruzhou municipal people’s congress is held on Feb 12. The session passed "
     "the implementation of the city’s 2013 plan for national economic and social development.", "",
     {"review": "2013", "plan": "2014"}),
    ("The report made by Mayor Tan Chengxu at the second meeting of the 16th Dalian Municipal People's Congress on "
     "January 9, 2019 has been deliberated and approved.", "", {"review": "2018", "plan": "2019"}),
    ("On the afternoon of January 28, the second session of the 17th People's Congress of Huailai County closed. "
     "10 projects such as the county road project in 2022 will be determined as the people's livelihood practical projects.",
     "", {"review": "2021", "plan": "2022"}),
    # … the page's own year, where no cue names one
    ("On January 18th, the 3rd Session of the 1st Jing’an District People’s Congress was successfully closed.",
     "2018-01-23", {"review": "2017", "plan": "2018"}),
    ("The mayor reported on the government work of 2019.", "2020-05-06", {"review": "2019"}),
    # a session of another month says nothing of the year
    ("On April 26, the 5th Session of the 7th Jinhua Municipal People’s Congress opened.", "2020-05-06", {}),
])
def test_a_session_held_early_in_the_year_reviews_the_year_before(page, published, periods):
    assert english_periods(page, published) == periods


def test_an_english_page_is_read_end_to_end():
    doc = process("Home > 2023 Yangquan Municipal Two Sessions\nYangquan holds annual people's congress\n"
                  "The 3rd session of the 16th Yangquan Municipal People's Congress opened on Feb 21 in Yangquan, "
                  "North China's Shanxi province. The mayor delivered the work report that summarized the achievements "
                  "made in 2022, as well as the new targets for the city in 2023." + FILLER)
    assert (doc.org["name"], doc.org["province"]) == ("阳泉市", "山西省")
    assert doc.periods == {"review": "2022", "plan": "2023"}


def test_a_chinese_page_with_english_words_is_not_read_as_english():
    text = "子洲县2020年政府工作报告。Zizhou County. " + "全县上下团结奋进,经济社会发展取得新成效。" * 20
    assert not reads_english(text)


def test_the_romanised_table_covers_every_current_province_prefecture_and_county_of_the_map():
    # (tools/romanise_places.py writes it; a refreshed map needs it written again)
    from duban.place.divisions import division_map, short_name
    from duban.place.romanised import ROMANISED

    m = division_map()
    expected = {u.code for u in m.units if u.status == "current" and u.level != "township" and u.code
                and short_name(u.name, "prefecture")}
    written = {line.split("\t")[0] for line in ROMANISED.read_text(encoding="utf-8").splitlines()[1:]}
    assert written == expected
