1678米|1678|米|exact|amount|治理长度
8处|8|处|exact|amount|涝片
11万亩|110000|亩|exact|amount|易涝面积
4座|4|座|exact|amount|排水站
