3700吨|3700|吨|exact|amount|蔬菜生产
增长幅度为10%|10|%|exact|change|蔬菜生产
4000亩|4000|亩|exact|amount|大棚光面积
200亩|200|亩|exact|amount|每年增加
2,5000万元|250000000|元|exact|amount|农业总产值
20%|20|%|exact|change|平均每年
1470户|1470|户|exact|amount|企业
1.8亿元|180000000|元|exact|amount|国民生产总值
