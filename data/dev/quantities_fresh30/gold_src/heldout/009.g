75%|75|%|exact|share|年终净收益
25%|25|%|exact|share|基础设施建设、集体管理和合作社运行
3个|3|个|exact|amount|土地流转合作社
1650人|1650|人|exact|amount|会员
3.5万亩|35000|亩|exact|amount|集中流转土地
2.1亿元|210000000|元|exact|amount|产值
1272元|1272|元|exact|amount|人均增收
