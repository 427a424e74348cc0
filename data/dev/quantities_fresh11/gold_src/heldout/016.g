十件民生实事|10|件|exact|amount|民生实事
约3平方公里|3|平方公里|about|amount|规划面积
两个|2|个|exact|amount|项目
超1600万元|16000000|元|over|amount|小镇客厅投资
约2400万元|24000000|元|about|amount|配套基础设施投资
5条|5|条|exact|amount|道路
