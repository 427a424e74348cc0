780 亿元|78000000000|元|exact|amount|地区生产总值
6.4%|6.4|%|exact|change|地区生产总值
4.7%|4.7|%|exact|change|一产
7.8%|7.8|%|exact|change|二产
6%|6|%|exact|change|三产
484.2 万吨|4842000|吨|exact|amount|原油加工量
近 17万吨|170000|吨|under|amount|增产
14.4 万吨|144000|吨|exact|amount|产量
7.4 万吨|74000|吨|exact|amount|增产
11.4%|11.4|%|exact|change|化学纤维产量
370.4%|370.4|%|exact|change|碳纤维复材产量
90%|90|%|exact|share|风电拉挤板材市场占有率
16 户|16|户|exact|amount|企业
20 户|20|户|exact|amount|重点增量企业
16 个|16|个|exact|amount|项目
13 户|13|户|exact|amount|企业
314 户|314|户|exact|amount|规上企业
11 个|11|个|exact|amount|项目
9 户|9|户|exact|amount|企业
