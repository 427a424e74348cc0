60132. 9 亿元|6013290000000|元|exact|amount|地区生产总值
两年|2|年|exact|duration|迈上1个万亿元台阶
1 个|1|个|exact|amount|万亿元台阶
万亿元|1000000000000|元|exact|amount|台阶
第六|6|名|exact|rank|全国排名
第五|5|名|exact|rank|全国排名
6. 0%|6|%|exact|change|地区生产总值
三省|3|省|exact|amount|另外
并列第一|1|名|exact|rank|前十经济大省
西部第一|1|名|exact|rank|经济大省
中西部第一|1|名|exact|rank|经济大省
6056. 6 亿元|605660000000|元|exact|amount|第一产业增加值
4. 0%|4|%|exact|change|第一产业增加值
21306. 7 亿元|2130670000000|元|exact|amount|第二产业增加值
5. 0%|5|%|exact|change|第二产业增加值
32769. 5 亿元|3276950000000|元|exact|amount|第三产业增加值
7. 1%|7.1|%|exact|change|第三产业增加值
7. 6%|7.6|%|exact|share|三次产业对经济增长的贡献率
29. 9%|29.9|%|exact|share|三次产业对经济增长的贡献率
62. 5%|62.5|%|exact|share|三次产业对经济增长的贡献率
71835 元|71835|元|exact|amount|人均地区生产总值
1 万美元|10000|美元|over|amount|人均地区生产总值
6. 0%|6|%|exact|change|人均地区生产总值
6. 1%|6.1|%|exact|change|成都平原
6. 5%|6.5|%|exact|change|川南
5. 9%|5.9|%|exact|change|川东北
6. 8%|6.8|%|exact|change|攀西经济区
6. 5%|6.5|%|exact|change|川西北生态示范区
3 个|3|个|exact|amount|市
3000 亿元|300000000000|元|over|amount|经济总量
千亿元|100000000000|元|over|amount|经济总量
千亿元|100000000000|元|over|amount|市(州)
18 个|18|个|exact|amount|超千亿元市(州)
15 个|15|个|exact|amount|市(州)
