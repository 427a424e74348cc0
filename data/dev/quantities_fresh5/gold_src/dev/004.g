15.16 亿元|1516000000|元|exact|amount|工业总产值
增长 19.09%|19.09|%|exact|change|工业总产值
11.55 亿元|1155000000|元|exact|amount|农业总产值
增长 9.8%|9.8|%|exact|change|农业总产值
15.12 亿元|1512000000|元|exact|amount|主营业务收入
增 长 21.05%|21.05|%|exact|change|主营业务收入
1121 万 元|11210000|元|exact|amount|地 方 财 政 收 入
增 长186.4%|186.4|%|exact|change|地 方 财 政 收 入
86.6%|86.6|%|exact|share|年初预算总额
全市第一|1|名|exact|rank|增幅
过千万元|10000000|元|over|amount|项目
10 个|10|个|exact|amount|项目
过 10 亿元|1000000000|元|over|amount|项目
1 个|1|个|exact|amount|项目
过亿元|100000000|元|over|amount|项目
4 个|4|个|exact|amount|项目
过千万|10000000||over|amount|项目
5 个|5|个|exact|amount|项目
10.7 亿元|1070000000|元|exact|amount|啤酒股份有限公司啤酒项目
5.8 亿元|580000000|元|exact|amount|汇强重工
2500 台|2500|台|exact|amount|多功能垃圾压缩设备
4.5 亿元|450000000|元|exact|amount|瑞丰起重机项目
1.68 亿元|168000000|元|exact|amount|动力机械有限公司燃气发动机项目
1 亿元|100000000|元|exact|amount|摩托车项目
2 万台|20000|台|exact|amount|摩托车
7625 万元|76250000|元|exact|amount|市阳光和美饲料厂
8 万吨|80000|吨|exact|amount|饲料
7000 万元|70000000|元|exact|amount|恒日金属制品项目
5000 万元|50000000|元|exact|amount|化工生物基植物增塑材料项目
4800 万元|48000000|元|exact|amount|联帮机械制造有限公司机械加工项目
