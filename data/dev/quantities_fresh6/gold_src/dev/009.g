同比增长5.7%|5.7|%|exact|change|黔东南地区生产总值
13985.53 亿元|1398553000000|元|exact|amount|地区生产总值
同比增长 8.7%|8.7|%|exact|change|地区生产总值
增长 5.9%|5.9|%|exact|change|地区生产总值
1993.65 亿元|199365000000|元|exact|amount|第一产业增加值
增长 7.7%|7.7|%|exact|change|第一产业增加值
增长 6.9%|6.9|%|exact|change|第一产业增加值
4833.84 亿元|483384000000|元|exact|amount|第二产业增加值
增长 9.2%|9.2|%|exact|change|第二产业增加值
增长 5.7%|5.7|%|exact|change|第二产业增加值
7158.04 亿元|715804000000|元|exact|amount|第三产业增加值
增长 8.6%|8.6|%|exact|change|第三产业增加值
增长 5.7%|5.7|%|exact|change|第三产业增加值
突破 3000 亿元|300000000000|元|over|amount|遵义地区
首位|1|名|exact|rank|同比增速
3102.44 亿元|310244000000|元|exact|amount|贵阳地区生产总值
22.2%|22.2|%|exact|share|占全省的比重
回落 0.8 个百分点|-0.8|百分点|exact|change|占比
3037.87 亿元|303787000000|元|exact|amount|遵义地区生产总值
21.7%|21.7|%|exact|share|占全省的比重
0.6 个百分点|0.6|百分点|exact|change|占比
突破 3000 亿元|300000000000|元|over|amount|地区生产总值
9 个|9|个|exact|amount|市(州)
首位|1|名|exact|rank|同比增速
超过 1500 亿元|150000000000|元|over|amount|毕节
1585.86 亿元|158586000000|元|exact|amount|毕节
1000 亿元|100000000000|元|exact|amount|黔南、铜仁、六盘水、黔西南
1500 亿元|150000000000|元|exact|amount|黔南、铜仁、六盘水、黔西南
1310.35|131035000000|元|exact|amount|黔南
1098.90|109890000000|元|exact|amount|铜仁
1081.33|108133000000|元|exact|amount|六盘水
1050.40 亿元|105040000000|元|exact|amount|黔西南
低于 1000 亿元|100000000000|元|under|amount|黔东南、安顺
899.22|89922000000|元|exact|amount|黔东南
819.17 亿元|81917000000|元|exact|amount|安顺
增长 11.7%|11.7|%|exact|change|遵义
11.5%|11.5|%|exact|change|黔西南
11.3%|11.3|%|exact|change|安顺
增长 9.9%|9.9|%|exact|change|铜仁
9.8%|9.8|%|exact|change|黔南
9.7%|9.7|%|exact|change|六盘水
增长 7.6%|7.6|%|exact|change|毕节
5.7%|5.7|%|exact|change|黔东南
4.8%|4.8|%|exact|change|贵阳
