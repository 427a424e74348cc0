300亩|300|亩|exact|amount|基地规模
1100万元|11000000|元|exact|amount|营业收入
296万元|2960000|元|exact|amount|收入
336位|336|位|exact|amount|村民就近就业
10个|10|个|exact|amount|乡镇
87个|87|个|exact|amount|乡贤参事会
