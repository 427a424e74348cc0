800万元|8000000|元|exact|amount|项目总投资
16个|16|个|exact|amount|乡(镇)
244个|244|个|exact|amount|村
11111户|11111|户|exact|amount|贫困户及边缘户
2亩|2|亩|exact|amount|户均种植马铃薯
300公斤|300|公斤|exact|amount|户均提供种薯
22222亩|22222|亩|exact|amount|种植马铃薯
3天|3|天|exact|duration|公示期
