189亿元|18900000000|元|exact|amount|地区生产总值
1.74倍|1.74|倍|exact|share|地区生产总值
10.6亿元|1060000000|元|exact|amount|公共财政预算收入
翻一番|100|%|exact|change|公共财政预算收入
207亿元|20700000000|元|exact|amount|固定资产投资
2 .7倍|2.7|倍|exact|share|固定资产投资
125亿元|12500000000|元|exact|amount|社会消费品零售总额
2倍|2|倍|exact|share|社会消费品零售总额
4980万美元|49800000|美元|exact|amount|外贸出口总额
4倍|4|倍|exact|share|外贸出口总额
115家|115|家|exact|amount|规模以上工业企业
173家|173|家|exact|amount|规模以上工业企业
200亿元|20000000000|元|over|amount|规模工业年产值
10.8平方公里|10.8|平方公里|exact|amount|大胜关山工业园建成区
8平方公 里|8|平方公里|exact|amount|小池临港产业园建成区
121家|121|家|exact|amount|成长型企业
47家|47|家|exact|amount|成长型企业
