402.99億元|40299000000|元|exact|amount|生產總值
增長6.0 %|6.0|%|exact|change|生產總值
57.72億元|5772000000|元|exact|amount|第一產業增加值
增長4.2 %|4.2|%|exact|change|第一產業增加值
175.37億元|17537000000|元|exact|amount|第二產業增加值
增長5.8 %|5.8|%|exact|change|第二產業增加值
169.90億元|16990000000|元|exact|amount|第三產業增加值
增長6.9%|6.9|%|exact|change|第三產業增加值
34653元|34653|元|exact|amount|人均生產總值
增長5.3%|5.3|%|exact|change|人均生產總值
39.59萬戶|395900|户|exact|amount|戶籍總戶數
121.91萬人|1219100|人|exact|amount|戶籍總人口
30.45%|30.45|%|exact|share|戶籍人口城鎮化率
116.84萬人|1168400|人|exact|amount|常住人口
1.08萬人|10800|人|exact|amount|常住人口
51.89萬人|518900|人|exact|amount|城鎮人口
44.41 %|44.41|%|exact|share|常住人口城鎮化率
提高1.27個百分點|1.27|百分点|exact|change|常住人口城鎮化率
41.03萬人|410300|人|exact|amount|回族人口
35.12%|35.12|%|exact|share|占常住人口比重
1.83萬人|18300|人|exact|amount|出生人口
15.71‰|15.71|‰|exact|share|出生率
0.66萬人|6600|人|exact|amount|死亡人口
5.68‰|5.68|‰|exact|share|死亡率
10.03‰|10.03|‰|exact|share|自然增長率
