201.20亿元|20120000000|元|exact|amount|地区生产总值
6.5%|6.5|%|exact|change|地区生产总值
45.89亿元|4589000000|元|exact|amount|第一产业增加值
1.8%|1.8|%|exact|change|第一产业增加值
42.61亿元|4261000000|元|exact|amount|第二产业增加值
9.5%|9.5|%|exact|change|第二产业增加值
112.71亿元|11271000000|元|exact|amount|第三产业增加值
7.1%|7.1|%|exact|change|第三产业增加值
6.3%|6.3|%|exact|share|三次产业对经济增长的贡献率
32.8%|32.8|%|exact|share|三次产业对经济增长的贡献率
60.9%|60.9|%|exact|share|三次产业对经济增长的贡献率
0.1%|0.1|%|exact|change|居民消费价格
0.3%|0.3|%|exact|change|医疗保健类
下降0.4%|-0.4|%|exact|change|衣着类
下降1.8%|-1.8|%|exact|change|交通和通信类
2.5%|2.5|%|exact|change|教育文化和娱乐类
0.1%|0.1|%|exact|change|食品烟酒类
0.1|0.1||exact|change|居民消费价格
0.1|0.1||exact|change|食品烟酒
3.7|3.7||exact|change|粮 食
-0.7|-0.7||exact|change|鲜 菜
-0.1|-0.1||exact|change|畜 肉
-1.2|-1.2||exact|change|水 产 品
-0.9|-0.9||exact|change|蛋
-0.3|-0.3||exact|change|鲜 果
-0.4|-0.4||exact|change|衣着
0.0|0||exact|change|居住
0.2|0.2||exact|change|生活用品及服务
-1.8|-1.8||exact|change|交通和通信
2.5|2.5||exact|change|教育文化和娱乐
0.3|0.3||exact|change|医疗保健
