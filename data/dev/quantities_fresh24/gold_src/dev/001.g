全國排名第一|1|名|exact|rank|武漢流出人口
增長6.3%|6.3|%|exact|change|全市生產總值
增長10.6%|10.6|%|exact|change|固定資產投資
增長10.4%|10.4|%|exact|change|社會消費品零售總額
增長7.6%|7.6|%|exact|change|一般公共預算收入
增長9.3%|9.3|%|exact|change|居民人均可支配收入
