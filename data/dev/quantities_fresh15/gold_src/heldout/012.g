20公里|20|公里|exact|amount|距XX市区距离
11 个|11|个|exact|amount|村委
60 个|60|个|exact|amount|自然村
157 个|157|个|exact|amount|村民小组
约 4 万多人|40000|人|about|amount|总人口
12.3 万亩|123000|亩|exact|amount|耕地面积
9.32 万亩|93200|亩|exact|amount|旱地
2.98 万亩|29800|亩|exact|amount|水田
70320 亩|70320|亩|exact|amount|甘蔗种植面积
36200 亩|36200|亩|exact|amount|宿根蔗面积
34120亩|34120|亩|exact|amount|新植蔗面积
2.23 万亩|22300|亩|exact|amount|糖料蔗“双高”建设任务
2990\n\n2、7 亩|29907|亩|exact|amount|建设实施面积
5200 亩|5200|亩|exact|amount|菜爪类种植面积
11321 亩|11321|亩|exact|amount|水果种植面积
10541 亩|10541|亩|exact|amount|保留老蔸面积
780 亩|780|亩|exact|amount|新种植面积
19800亩|19800|亩|exact|amount|早稻种植面积
5954 亩|5954|亩|exact|amount|花生种植面积
9160 亩|9160|亩|exact|amount|玉米种植面积
1245 亩|1245|亩|exact|amount|其它作物
