增长12%|12|%|exact|change|地区生产总值
增长10%|10|%|exact|change|一般公共预算收入
增长12%|12|%|exact|change|规模工业增加值
增长15%|15|%|exact|change|固定资产投资
增长12%|12|%|exact|change|社会消费品零售总额
增长10%|10|%|exact|change|城乡居民收入
