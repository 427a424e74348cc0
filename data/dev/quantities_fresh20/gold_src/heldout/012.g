223 961\n万元|2239610000|元|exact|amount|国内生产总值
增长5.5%|5.5|%|exact|change|国内生产总值
88 366万元|883660000|元|exact|amount|第一产业
51 203万元|512030000|元|exact|amount|第二产业
84 392\n万元|843920000|元|exact|amount|第三产业
增长15.4%|15.4|%|exact|change|第一产业
-5.3%|-5.3|%|exact|change|第二产业
1.5%|1.5|%|exact|change|第三产业
14 362万元|143620000|元|exact|amount|财政总收入
14 904万元|149040000|元|exact|amount|总支出
减少3.9%|-3.9|%|exact|change|财政总收入
7.8%|-7.8|%|exact|change|总支出
9 081万元|90810000|元|exact|amount|地方财政一般预算收入
11 197万元|111970000|元|exact|amount|地方财政一般预算支出
减少 11.7%|-11.7|%|exact|change|地方财政一般预算收入
5.3%|-5.3|%|exact|change|地方财政一般预算支出
162 042万元|1620420000|元|exact|amount|金融机构各项存款余额
286 301万元|2863010000|元|exact|amount|贷款余额
132 749万元|1327490000|元|exact|amount|城乡居民储蓄余额
增长9.9%|9.9|%|exact|change|金融机构各项存款余额
-4.2%|-4.2|%|exact|change|贷款余额
26。8%|26.8|%|exact|change|城乡居民储蓄余额
53 650\n万元|536500000|元|exact|amount|社会消费品零售总额
增长6%|6|%|exact|change|社会消费品零售总额
2 310元|2310|元|exact|amount|农民人均纯收入
增长3%|3|%|exact|change|农民人均纯收入
9.18‰|9.18|‰|exact|share|人口出生率
