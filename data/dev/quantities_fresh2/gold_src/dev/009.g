5.17 亿元|517000000|元|exact|amount|生产总值
增 7%|7|%|exact|change|生产总值
791.82 万元|7918200|元|exact|amount|一般公共预算收入
100.76%|100.76|%|exact|share|一般公共预算收入
16842 元|16842|元|exact|amount|农民人均纯收入
增 10%|10|%|exact|change|农民人均纯收入
两个|2|个|exact|amount|环节
403 户|403|户|exact|amount|贫困人口脱贫
1828 人|1828|人|exact|amount|贫困人口脱贫
8960 亩|8960|亩|exact|amount|粮食作物
4100亩|4100|亩|exact|amount|蔬菜
650 亩|650|亩|exact|amount|羊肚菌
6540 亩|6540|亩|exact|amount|“花、果、菜”种植
1.57 亿元|157000000|元|exact|amount|农业总产值
3000 余件|3000|件|over|amount|永子围棋
3.5 万件|35000|件|exact|amount|陶器
0.9 亿元|90000000|元|exact|amount|工业总产值
