28.49亿元|2849000000|元|exact|amount|生产总值
同比增长22.51%|22.51|%|exact|change|生产总值
84.27%|84.27|%|exact|share|完成年计划
4.15亿元|415000000|元|exact|amount|财政收入
