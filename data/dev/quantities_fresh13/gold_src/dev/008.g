43岁|43|岁|exact|amount|年龄
187户|187|户|exact|amount|全村
646人|646|人|exact|amount|全村
不到900亩|900|亩|under|amount|土地
5500亩|5500|亩|exact|amount|荒山
三个|3|个|exact|amount|自然村
80多万元|800000|元|over|amount|黄叶村投资
