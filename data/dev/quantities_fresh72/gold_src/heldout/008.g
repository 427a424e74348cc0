13,763 万元|137630000|元|exact|amount|一般公共预算总收入
同比增长5.4%|5.4|%|exact|change|一般公共预算总收入
5,449 万元|54490000|元|exact|amount|中央级收入
同比增长 41.3%|41.3|%|exact|change|中央级收入
2,101 万元|21010000|元|exact|amount|区级收入
同比增长 30.7%|30.7|%|exact|change|区级收入
6,213 万元|62130000|元|exact|amount|地方一般公共预算本级收入
35.1%|35.1|%|exact|share|完成年度预算
同比下降 18.2%|-18.2|%|exact|change|地方一般公共预算本级收入
3,880 万元|38800000|元|exact|amount|税收收入
31.2%|31.2|%|exact|share|为年度预算
同比下降 12.2%|-12.2|%|exact|change|税收收入
2,333 万元|23330000|元|exact|amount|非税收入
44.0%|44.0|%|exact|share|为年度预算
同比下降 26.6%|-26.6|%|exact|change|非税收入
125,621 万元|1256210000|元|exact|amount|一般公共预算本级支出
35.6%|35.6|%|exact|share|为变动预算
同比下降 2.1%|-2.1|%|exact|change|一般公共预算本级支出
1,079 万元|10790000|元|exact|amount|政府性基金本级支出
26.0%|26.0|%|exact|share|为变动预算
同比增 长 7.9%|7.9|%|exact|change|政府性基金本级支出
6,213 万元|62130000|元|exact|amount|地方收入
同比减收 1,385 万元|-13850000|元|exact|change|地方收入
下降 18.2%|-18.2|%|exact|change|地方收入
35.1%|35.1|%|exact|share|完成年度预算
环比增长 23.9%|23.9|%|exact|change|地方收入
1.8 个百分点|1.8|百分点|exact|change|快于序时进度
1,422 万元|14220000|元|exact|amount|元月份地方收入
同比增长 27%|27|%|exact|change|元月份地方收入
985 万元|9850000|元|exact|amount|二月当期收入
同比增长 4.2%|4.2|%|exact|change|二月当期收入
2,608 万元|26080000|元|exact|amount|三月当期收入
同比下降 26.\n3、2%|-26.2|%|exact|change|三月当期收入
3,880 万元|38800000|元|exact|amount|税收收入
减收 539 万元|-5390000|元|exact|change|税收收入
同比下降 12.2%|-12.2|%|exact|change|税收收入
上升 10.5 个百分点|10.5|百分点|exact|change|增幅较上月
490 万元|4900000|元|exact|amount|企业所得税当月缴库
同比增长 189.7%|189.7|%|exact|change|企业所得税
环比增长 232.2%|232.2|%|exact|change|企业所得税
增收 46 万元|460000|元|exact|change|个人所得税
同比增长 41.8%|41.8|%|exact|change|个人所得税
