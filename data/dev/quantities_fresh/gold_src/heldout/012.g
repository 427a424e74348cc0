3872 头|3872|头|exact|amount|
同比增加 24%|24|%|exact|change|
2878 头|2878|头|exact|amount|牛
971 匹|971|匹|exact|amount|马
3729 头|3729|头|exact|amount|生猪
9648 只|9648|只|exact|amount|羊
300 个工日|300|工日|exact|amount|农田水利基本建设
5 条|5|条|exact|amount|水堰
3 口|3|口|exact|amount|小水塘
2082 亩|2082|亩|exact|amount|小春面积
150立方米|150|立方米|exact|amount|土石方
6679 亩|6679|亩|exact|amount|高产杂交玉米
1043 亩|1043|亩|exact|amount|魔芋
2399亩|2399|亩|exact|amount|洋芋脱毒薯面积
1 所|1|所|exact|amount|中心医院
6 人|6|人|exact|amount|医生
1685 人次|1685|人次|exact|amount|门诊治疗
30 人次|30|人次|exact|amount|急诊治疗
28.7 万|287000||exact|amount|报销门诊住院治疗费用
90%|90|%|exact|share|接种率
997|997||exact|amount|育龄妇女
33%|33|%|exact|share|及时率
95%|95|%|exact|share|服务率
1 所|1|所|exact|amount|中心校
23 人|23|人|exact|amount|教师
10 个|10|个|exact|amount|教学班
355人|355|人|exact|amount|在校学生
98%|98|%|exact|share|入学率
3个|3|个|exact|amount|幼教点
90余|90||over|amount|招生
20 公里|20|公里|exact|amount|通乡公路
23 人|23|人|exact|amount|五保户供养
24.84|24.84||exact|amount|年供养
15 公里|15|公里|exact|amount|通村公路
19 条|19|条|exact|amount|通组公路
70 公里|70|公里|exact|amount|通组公路
204 人|204|人|exact|amount|最低生活保障
11 条|11|条|exact|amount|防火通道
81.15 公里|81.15|公里|exact|amount|防火通道
45.29万元|452900|元|exact|amount|低保资金
