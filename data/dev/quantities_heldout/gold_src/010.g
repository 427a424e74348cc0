增長8%左右|8|%|about|change|生產總值
增長20%左右|20|%|about|change|固定資產投資
增長12%左右|12|%|about|change|社會消費品零售總額
6835. 27億元|683527000000|元|exact|amount|生產總值
增長8.9%|8.9|%|exact|change|生產總值
7759.6億元|775960000000|元|exact|amount|固定資產投資
增長21.1%|21.1|%|exact|change|固定資產投資
2410.4億元|241040000000|元|exact|amount|社會消費品零售總額
增長12.6%|12.6|%|exact|change|社會消費品零售總額
86.5億美元|8650000000|美元|exact|amount|進出口總額
672億元|67200000000|元|exact|amount|一般公共預算收入
增長13.6%|13.6|%|exact|change|一般公共預算收入
20804元|20804|元|exact|amount|城鎮居民人均可支配收入
增長9.7%|9.7|%|exact|change|城鎮居民人均可支配收入
5736元|5736|元|exact|amount|農民人均純收入
增長12.3%|12.3|%|exact|change|農民人均純收入
2.19%|2.19|%|exact|share|城鎮登記失業率
6. 2‰|6.2|‰|exact|share|人口自然增長率
2.1%|2.1|%|exact|change|居民消費價格總水平漲幅
