797.49亿元|79749000000|元|exact|amount|海口GDP
797.49亿元|79749000000|元|exact|amount|海口市GDP
8.1%|8.1|%|exact|change|海口市GDP
304.09亿元|30409000000|元|exact|amount|三亚市GDP
增长7.0%|7.0|%|exact|change|三亚市GDP
增长6.5%|6.5|%|exact|change|白沙黎族自治县
-9.1%|-9.1|%|exact|change|洋浦GDP增速
0.3%|0.3|%|exact|change|保亭黎族苗族自治县
1054.21|1054.21||exact|amount|海 澄 文
7.1|7.1||exact|change|海 澄 文
473.11|473.11||exact|amount|大 三 亚
5.0|5.0||exact|change|大 三 亚
1542.49|1542.49||exact|amount|东部地区
6.6|6.6||exact|change|东部地区
797.49|797.49||exact|amount|海 口 市
8.1|8.1||exact|change|海 口 市
304.09|304.09||exact|amount|三 亚 市
7.0|7.0||exact|change|三 亚 市
122.07|122.07||exact|amount|文 昌 市
3.5|3.5||exact|change|文 昌 市
133.22|133.22||exact|amount|琼 海 市
5.3|5.3||exact|change|琼 海 市
107.28|107.28||exact|amount|万 宁 市
3.9|3.9||exact|change|万 宁 市
78.35|78.35||exact|amount|陵 水 县
1.1|1.1||exact|change|陵 水 县
