增长11.2%|11.2|%|exact|change|人均生产总值
3103万元|31030000|元|exact|amount|财政收入
32073万元|320730000|元|exact|amount|固定资产投资
约2公里|2|公里|about|amount|港门方向
2000亩|2000|亩|exact|amount|工业园
1100亩|1100|亩|exact|amount|雷林
100亩|100|亩|exact|amount|群众
