2060.35 亿元|206035000000|元|exact|amount|地区生产总值
增长 6.0%|6.0|%|exact|change|地区生产总值
133421 元|133421|元|exact|amount|人均地区生产总值
增长 5.6%|5.6|%|exact|change|人均地区生产总值
8.43 亿元|843000000|元|exact|amount|第一产业增加值
增长 2.3%|2.3|%|exact|change|第一产业增加值
582.66 亿元|58266000000|元|exact|amount|第二产业增加值
增长 2.3%|2.3|%|exact|change|第二产业增加值
1469.26 亿 元|146926000000|元|exact|amount|第三产业增加值
增长 7.5%|7.5|%|exact|change|第三产业增加值
0.2%|0.2|%|exact|share|第一产业贡献率
10.9%|10.9|%|exact|share|第二产业贡献率
88.9%|88.9|%|exact|share|第三产业贡献率
0.7|0.7|百分点|exact|change|第二产业拉动经济增长
5.3 个百分点|5.3|百分点|exact|change|第三产业拉动经济增长
2060.35|2060.35||exact|amount|地区生产总值
6.0|6.0||exact|change|地区生产总值
100.0|100.0||exact|share|地区生产总值
8.43|8.43||exact|amount|第一产业
2.3|2.3||exact|change|第一产业
0.4|0.4||exact|share|第一产业
582.66|582.66||exact|amount|第二产业
2.3|2.3||exact|change|第二产业
28.3|28.3||exact|share|第二产业
1469.26|1469.26||exact|amount|第三产业
7.5|7.5||exact|change|第三产业
71.3|71.3||exact|share|第三产业
154.83 万人|1548300|人|exact|amount|年末全区常住人口
146.05 万 人|1460500|人|exact|amount|城镇人口
94.33%|94.33|%|exact|share|常住人口城镇化率
提高 0.05 个百分点|0.05|百分点|exact|change|常住人口城镇化率
102.86 万人|1028600|人|exact|amount|年末户籍总人口
87.85 万人|878500|人|exact|amount|城镇人口
4.53*万人|45300|人|exact|amount|城镇新增就业人员
增长 7.7%|7.7|%|exact|change|城镇新增就业人员
8700*人|8700|人|exact|amount|城镇登记失业人员实现就业人数
增长 1.2%|1.2|%|exact|change|城镇登记失业人员实现就业人数
3568*人|3568|人|exact|amount|就业困难人员再就业人数
9.4%|9.4|%|exact|share|高技术产业投资占固定资产投资的比重
增 长 31.0%|31.0|%|exact|change|限额以上批发和零售业企业通过互联网实现的销售额
3.96 万户|39600|户|exact|amount|新增市场主体
26.40 万户|264000|户|exact|amount|年末市场主体总数
8.90 亿元|890000000|元|exact|amount|农林牧渔及其服务业增加值
2.3%|2.3|%|exact|change|农林牧渔及其服务业增加值
7198 公顷|7198|公顷|exact|amount|农作物播种面积
增长 1.9%|1.9|%|exact|change|农作物播种面积
2744公顷|2744|公顷|exact|amount|粮食作物播种面积
增长1.3%|1.3|%|exact|change|粮食作物播种面积
4363 公顷|4363|公顷|exact|amount|经济作物播种面积
增长 0.2%|0.2|%|exact|change|经济作物播种面积
3439 公 顷|3439|公顷|exact|amount|蔬菜瓜果类播种面积
下降 0.5%|-0.5|%|exact|change|蔬菜瓜果类播种面积
11686吨|11686|吨|exact|amount|粮食总产量
增长1.5%|1.5|%|exact|change|粮食总产量
71713 吨|71713|吨|exact|amount|蔬菜产量
增长 1.3%|1.3|%|exact|change|蔬菜产量
