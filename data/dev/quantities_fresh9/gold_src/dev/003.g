十个|10|个|exact|amount|计划
约36万平方米|360000|平方米|about|amount|拆迁
约60万平方米|600000|平方米|about|amount|竣工面积
两个|2|个|exact|amount|商业综合体
1550万元|15500000|元|exact|amount|旧楼改造工程
1156户|1156|户|exact|amount|居民
三个|3|个|exact|amount|社区服务中心
两个|2|个|exact|amount|美丽的市政社区
379名|379|名|exact|amount|企业家
3 066人|3066|人|exact|amount|雇用
1 667人|1667|人|exact|amount|技能培训
18次|18|次|exact|amount|招聘会
320万元|3200000|元|exact|amount|筹集资金
510万元|5100000|元|exact|amount|发放资金
6400多名|6400|名|over|amount|困难群众
