5.73|5.73||exact|amount|综合指数年累计
20 个|20|个|exact|amount|全市区县
排名第 4|4|名|exact|rank|综合指数全市
排名并列第 87|87|名|exact|rank|综合指数全省
同比下降 14.99%|-14.99|%|exact|change|综合指数年累计
58μg/m3|58|微克/立方米|exact|amount|PM2.5年均浓度
20 个|20|个|exact|amount|全市区县
排名\n第 5|5|名|exact|rank|PM2.5年均浓度全市
排名并列第 104|104|名|exact|rank|PM2.5年均浓度全省
同比下降\n15.94%|-15.94|%|exact|change|PM2.5年均浓度
20 个|20|个|exact|amount|全市区县
排名第 8|8|名|exact|rank|PM2.5降幅全市
排\n名并列第 35|35|名|exact|rank|PM2.5降幅全省
56μg/m3|56|微克/立方米|exact|amount|年剩余日控制值
127 天|127|天|exact|amount|优良天数
89 天|89|天|exact|amount|去年同期优良天数
85 天|85|天|exact|amount|距离年目标值差
4.18|4.18||exact|amount|7月综合指数
20 个|20|个|exact|amount|全市区县
排名第 4|4|名|exact|rank|7月综合指数全市
排名并\n列第 62|62|名|exact|rank|7月综合指数全省
同比下降 3.46%|-3.46|%|exact|change|7月综合指数
42μg/m3|42|微克/立方米|exact|amount|7月PM2.5浓度
20 个|20|个|exact|amount|全市区县
排名第 6|6|名|exact|rank|7月PM2.5浓度全市
排\n名并列第 103|103|名|exact|rank|7月PM2.5浓度全省
同比上升 7.69%|7.69|%|exact|change|7月PM2.5浓度
20\n个|20|个|exact|amount|全市区县
排名第 12|12|名|exact|rank|7月PM2.5升幅全市
排名第 93|93|名|exact|rank|7月PM2.5升幅全省
75μg/m3|75|微克/立方米|exact|amount|7月PM10浓度
20 个|20|个|exact|amount|全市区县
排名第 8|8|名|exact|rank|7月PM10浓度全市
同比上升 1.35%|1.35|%|exact|change|7月PM10浓度
183μg/m3|183|微克/立方米|exact|amount|7月O3浓度
20 个|20|个|exact|amount|全市区县
排名第 3|3|名|exact|rank|7月O3浓度全市
同比下降 9.85%|-9.85|%|exact|change|7月O3浓度
