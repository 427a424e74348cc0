14.86億元|1486000000|元|exact|amount|固定資產投資
2.758億元|275800000|元|exact|amount|收益性項目投資
增長45.2%|45.2|%|exact|change|收益性項目投資
10.54億元|1054000000|元|exact|amount|服務業投資
增長31.75%|31.75|%|exact|change|服務業投資
6060萬元|60600000|元|exact|amount|財政收入
2.08倍|2.08|倍|exact|share|財政收入
200萬元|2000000|元|exact|amount|新增稅收
