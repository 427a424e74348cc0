2.53万亩|25300|亩|exact|amount|新建高标准农田
136万亩以上|1360000|亩|over|amount|粮食面积
60万吨以上|600000|吨|over|amount|产量
60万头以上|600000|头|over|amount|生猪产能
12万亩|120000|亩|exact|amount|烟叶种植面积
30万担以上|300000|担|over|amount|产量
突破亿元|100000000|元|over|amount|烟叶税
2.2万户|22000|户|exact|amount|农村户厕改造
