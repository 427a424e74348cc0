212.8 亿元|21280000000|元|exact|amount|生 产总值
同比增长 10.5 %|10.5|%|exact|change|生 产总值
117.2 亿元|11720000000|元|exact|amount|全社会固定资产投资
增长 23.2%|23.2|%|exact|change|全社会固定资产投资
22.3 亿元|2230000000|元|exact|amount|境内财政总收入
增长 10.5 %|10.5|%|exact|change|境内财政总收入
14.1 亿元|1410000000|元|exact|amount|地方财政收入
增长 16.6%|16.6|%|exact|change|地方财政收入
94.2 亿元|9420000000|元|exact|amount|社会消费品零售总额
增长 16%|16|%|exact|change|社会消费品零售总额
增长 14.5%|14.5|%|exact|change|销 售收入
14.7 %|14.7|%|exact|change|利税
19.5%|19.5|%|exact|change|利润
20%|20|%|exact|share|销售收入利税率
14.4%|14.4|%|exact|share|利润率
同比增长 12.6 %|12.6|%|exact|change|进出口总额
134 亿元|13400000000|元|exact|amount|各项存 贷款余额
96.6 亿元|9660000000|元|exact|amount|各项存 贷款余额
43.6%|43.6|%|exact|share|销售收入
42.3%|42.3|%|exact|share|利税
8 家|8|家|exact|amount|高成长性中小企业
过亿元|100000000|元|over|amount|销售收入
134.4 亿元|13440000000|元|exact|amount|总投资
85 个|85|个|exact|amount|工业重点项目
