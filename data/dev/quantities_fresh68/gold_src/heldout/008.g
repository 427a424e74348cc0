105名|105|名|exact|amount|人大代表
11家|11|家|exact|amount|规模以上工业企业
10.2亿元|1020000000|元|exact|amount|累计产值
同比增长4.54%|4.54|%|exact|change|累计产值
769.7万元|7697000|元|exact|amount|税收收入
同比增长21.4%|21.4|%|exact|change|税收收入
8条|8|条|exact|amount|“四好农村路”
约60公里|60|公里|about|amount|“四好农村路”
