12.7 億元|1270000000|元|exact|amount|生產總值
7.1 億元|710000000|元|exact|amount|固定資產投資
2.2 億元|220000000|元|exact|amount|財政總收入
同比分別增長(zhǎng)3.1 %|3.1|%|exact|change|生產總值
1.2 %|1.2|%|exact|change|固定資產投資
0.8 %|0.8|%|exact|change|財政總收入
1 791.3 km2|1791.3|平方公里|exact|amount|行政區劃總面積
約481.53 km2|481.53|平方公里|about|amount|耕地總面積
約0.042 km2|0.042|平方公里|about|amount|人均耕地
