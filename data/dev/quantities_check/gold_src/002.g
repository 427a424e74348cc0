31.88 亿元|3188000000|元|exact|amount|工农业总值
增长 7%|7|%|exact|change|工农业总值
17.2 亿元|1720000000|元|exact|amount|农业总产值
5.5%|5.5|%|exact|change|农业总产值
14.68 亿元|1468000000|元|exact|amount|工业总产值
9%|9|%|exact|change|工业总产值
1246.34 万元|12463400|元|exact|amount|财政总收入
0.99 亿元|99000000|元|exact|amount|固定资产投资
23631 元|23631|元|exact|amount|农民人均可支配收入
9%|9|%|exact|change|农民人均可支配收入
31392 亩|31392|亩|exact|amount|粮播面积
12209.2 吨|12209.2|吨|exact|amount|产量
1483 亩|1483|亩|exact|amount|撂荒地开垦
115 亩|115|亩|exact|amount|认领农田
896 亩|896|亩|exact|amount|连片水稻高优示范点
2000 亩|2000|亩|exact|amount|高标准农田
2027 亩|2027|亩|exact|amount|高标农田建设
80%\n以上|80|%|over|share|高标农田建设
2.33 万吨|23300|吨|exact|amount|食用菌年产量
6.62 亿元|662000000|元|exact|amount|产值
