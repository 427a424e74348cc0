1180亩|1180|亩|exact|amount|烤烟生产
31家|31|家|exact|amount|种植户
5座|5|座|exact|amount|烤房
11炉|11|炉|exact|amount|出炉
1300亩|1300|亩|exact|amount|去年烤烟种植面积
3305担|3305|担|exact|amount|烤烟生产任务
491万元|4910000|元|exact|amount|收入
