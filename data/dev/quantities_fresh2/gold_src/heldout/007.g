100%|100|%|exact|share|毕业率
563|563||exact|amount|中考参考人数
299 人|299|人|exact|amount|上高中录取线
974.5 毫米|974.5|毫米|exact|amount|年降水量
13.5℃|13.5|℃|exact|amount|年平均气温
554.4 分|554.4|分|exact|amount|最高分
1 人|1|人|exact|amount|上曲靖一中
2.48 千米|2.48|公里|exact|amount|最高海拔
1.3 千米|1.3|公里|exact|amount|最低海拔
50.98%|50.98|%|exact|share|上线率
1…544.6 万|15446000||exact|amount|投资
10 千伏|10|千伏|exact|amount|线路
1.13 万|11300||exact|amount|薄弱学校改造项目
1.13 万平方米|11300|平方米|exact|amount|新建校舍
120 余万元|1200000|元|over|amount|投资
8 个|8|个|exact|amount|村委会
1…983.5 万|19835000||exact|amount|投资
884.5 万余元|8845000|元|over|amount|资金
3.2亿元|320000000|元|exact|amount|国内生产总值
1 所|1|所|exact|amount|卫生院
29 人|29|人|exact|amount|医务人员
10 个|10|个|exact|amount|项目
1.37 万平方米|13700|平方米|exact|amount|项目
同比增 10%|10|%|exact|change|国内生产总值
3.9 亿元|390000000|元|exact|amount|固定资产投资
30 张|30|张|exact|amount|病床
11 个|11|个|exact|amount|村级卫生室
28 万元|280000|元|exact|amount|投资
9 个|9|个|exact|amount|村民小组
同比增 25%|25|%|exact|change|固定资产投资
1.2 亿元|120000000|元|exact|amount|工业投资
34 人|34|人|exact|amount|卫生员
210 余万元|2100000|元|over|amount|总投资
