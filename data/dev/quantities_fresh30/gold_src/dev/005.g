10.43 亿元|1043000000|元|exact|amount|地区生产总值
同比增长 13.3%|13.3|%|exact|change|地区生产总值
5.52 亿元|552000000|元|exact|amount|全社会固定资产投资
同比增长 30%|30|%|exact|change|全社会固定资产投资
5420.9 万元|54209000|元|exact|amount|财政收入
增长22%|22|%|exact|change|财政收入
1688 元|1688|元|exact|amount|农民人均纯收入
同比增长 6.1%|6.1|%|exact|change|农民人均纯收入
20位|20|名|exact|rank|地区生产总值增速去年排位
第 7 位|7|名|exact|rank|规模以上企业利税增速去年排位
11 位|11|名|exact|rank|地区生产总值增速排位
第 5 位|5|名|exact|rank|规模以上企业利税增速排位
全市第 9 位|9|名|exact|rank|引进内资
第 8 位|8|名|exact|rank|消费品零售总额
4800 多万元|48000000|元|over|amount|已投资
96个|96|个|exact|amount|村村通村
198“”公里|198|公里|exact|amount|村村通
