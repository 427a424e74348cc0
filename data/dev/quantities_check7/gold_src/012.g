669000公斤|669000|公斤|exact|amount|烟叶收购任务
全市第一条|1|名|exact|rank|完成任务的收购线
127平方公里|127|平方公里|exact|amount|国土面积
1870米|1870|米|exact|amount|平均海拔
寻甸县第二|2|名|exact|rank|烤烟大镇
18000亩左右|18000|亩|about|amount|种植烟叶
1800万元左右|18000000|元|about|amount|烟叶税
两名|2|名|exact|amount|党政班子成员
