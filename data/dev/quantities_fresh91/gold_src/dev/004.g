17亿元|1700000000|元|exact|amount|固定资产投资
40余公里|40|公里|over|amount|新建“四好农村路”
11个|11|个|exact|amount|新签约项目
28亿元|2800000000|元|exact|amount|预计总投资
13件|13|件|exact|amount|镇村两级民生实事
