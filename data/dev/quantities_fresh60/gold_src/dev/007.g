4.6亿元|460000000|元|exact|amount|民生改善支出
1 200套|1200|套|exact|amount|保障性住房
6万平方米|60000|平方米|exact|amount|保障性住房
4个|4|个|exact|amount|林场(所)
1 000户|1000|户|exact|amount|山上改造
5万平方米|50000|平方米|exact|amount|山上改造
3 750平方米|3750|平方米|exact|amount|维修改造林场(所)办公场所
1 680人|1680|人|exact|amount|新增就业
256元|256|元|exact|amount|上调基本养老金
1 279名|1279|名|exact|amount|下岗失业人员
223万元|2230000|元|exact|amount|社会保险补贴
6万元|60000|元|exact|amount|职工核销额度
11万元|110000|元|exact|amount|职工核销额度
3万元|30000|元|exact|amount|居民核销额度
6万元|60000|元|exact|amount|居民核销额度
同比提高5个百分点|5|百分点|exact|change|居民核销比例
10元|10|元|exact|amount|住房公积金匹配标准
30元|30|元|exact|amount|住房公积金匹配标准
47元|47|元|exact|amount|城市低保标准
150多万元|1500000|元|over|amount|投资
138名|138|名|exact|amount|初中生考入省示范高中
50.8%|50.8|%|exact|share|重点高中升学率
122名|122|名|exact|amount|高中生高考进入二表以上本科分数线
47%|47|%|exact|share|入段率
全市第五位|5|名|exact|rank|入段率
600多万元|6000000|元|over|amount|投资
近4 000平方米|4000|平方米|under|amount|占地面积
2 455平方米|2455|平方米|exact|amount|建筑面积
1 156名|1156|名|exact|amount|免费健康体检
41.7万元|417000|元|exact|amount|独生子女父母奖励费
107名|107|名|exact|amount|特别扶助人员
16万元|160000|元|exact|amount|补助资金
2个|2|个|exact|amount|街道办事处
500多万元|5000000|元|over|amount|投资
近200张|200|张|under|amount|新增床位
1处|1|处|exact|amount|健身房和休闲广场
16件|16|件|exact|amount|民生实事
