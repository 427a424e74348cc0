增长5%|5|%|exact|change|地区生产总值
增长1.5%左右|1.5|%|about|change|区级一般公共预算收入
增长8.5%左右|8.5|%|about|change|固定资产投资总额
增长10%左右|10|%|about|change|社会消费品零售总额
增长8%左右|8|%|about|change|城镇居民人均可支配收入
