1565.03平方公里|1565.03|平方公里|exact|amount|长顺县总面积
58.05万亩|580500|亩|exact|amount|耕地
20万余亩|200000|亩|over|amount|种植水果、蔬菜
1000多万羽|10000000|羽|over|amount|绿壳蛋鸡养殖
50万元|500000|元|exact|amount|县财政专门拨付
10余次|10|次|over|amount|调度会
3个|3|个|exact|amount|督导检查小组
