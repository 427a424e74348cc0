42 亿元|4200000000|元|exact|amount|国内生产总值
62 亿元|6200000000|元|exact|amount|工业销售收入
6 亿元|600000000|元|exact|amount|财政收入
8426 万美元|84260000|美元|exact|amount|实际利用外资
5000 万美元|50000000|美元|exact|amount|直接利用外资
25 亿元|2500000000|元|exact|amount|实际引进内资
10000 万美元|100000000|美元|exact|amount|出口额
24. 3 亿元|2430000000|元|exact|amount|固定资产投资
增长 36. 8|36.8|%|exact|change|国内生产总值
25%|25|%|exact|change|工业销售收入
33. 3%|33.3|%|exact|change|财政收入
11. 2%|11.2|%|exact|change|实际利用外资
52. 1%|52.1|%|exact|change|直接利用外资
11. 5%|11.5|%|exact|change|实际引进内资
19. 9%|19.9|%|exact|change|出口额
19. 6%|19.6|%|exact|change|固定资产投资
6 亿元|600000000|元|exact|amount|财政收入目标
65 个|65|个|exact|amount|新引进项目
60. 5 亿元|6050000000|元|exact|amount|计划总投资
23 个|23|个|exact|amount|外资项目
1. 04 亿美元|104000000|美元|exact|amount|合同投资额
超亿元|100000000|元|over|amount|总投资
超千万美元|10000000|美元|over|amount|总投资
47 个|47|个|exact|amount|开工在建项目
74 亿元|7400000000|元|exact|amount|总投资额
23 亿元|2300000000|元|exact|amount|当年完成投资
