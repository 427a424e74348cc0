8779户|8779|户|exact|amount|城乡最低生活保障城镇
238673人次|238673|人次|exact|amount|累计保障
3347万|33470000||exact|amount|低保金
140.23元|140.23|元|exact|amount|月人均补助水平
17866户|17866|户|exact|amount|农村低保
53491人|53491|人|exact|amount|农村低保
628007人 次|628007|人次|exact|amount|累计保障
3555.18万元|35551800|元|exact|amount|低保金
56.61元|56.61|元|exact|amount|月人均补差
49208人|49208|人|exact|amount|城乡医疗救助
23445人次|23445|人次|exact|amount|城镇医疗救助
652.45万元|6524500|元|exact|amount|医疗救助金
328.05元|328.05|元|exact|amount|年人均救助水平
25763人次|25763|人次|exact|amount|农村医疗救助
55513人|55513|人|exact|amount|新型农村合作医疗保险
1073.7万元|10737000|元|exact|amount|农村医疗救助金
190.20元|190.2|元|exact|amount|年人均救助水平
4所|4|所|exact|amount|农村敬老院
430 张|430|张|exact|amount|新增床位
150张|150|张|exact|amount|新增床位
100元|100|元|exact|amount|分散供养五保对象月保障标准
150元|150|元|exact|amount|分散供养五保对象月保障标准
220元|220|元|exact|amount|集中供养五保对象月供养标准
300元|300|元|exact|amount|集中供养五保对象月供养标准
230 户|230|户|exact|amount|农村特困群众安居工程
5437户|5437|户|exact|amount|灾后农房重建
101877户|101877|户|exact|amount|农房维修加固
350户|350|户|exact|amount|安居工程
