两个|2|个|exact|amount|县进入全省前十强
前十强|10|名|exact|rank|全省
两个|2|个|exact|amount|县排名严重靠后
两项|2|项|exact|amount|主要指标
百亿级|10000000000||exact|amount|县
百亿级|10000000000||exact|amount|目标
