3.61亿元|361000000|元|exact|amount|财政总收入
增长7.2%|7.2|%|exact|change|财政总收入
2.19亿元|219000000|元|exact|amount|地方财政收入
增长9.4%|9.4|%|exact|change|地方财政收入
20.19亿元|2019000000|元|exact|amount|全社会固定资产投资
增长7.4%|7.4|%|exact|change|全社会固定资产投资
16.11 1\n\n亿元|1611000000|元|exact|amount|社会消费品零售总额
增长14.6%|14.6|%|exact|change|社会消费品零售总额
17421元|17421|元|exact|amount|城镇居民人均可支配收入
5271元|5271|元|exact|amount|农民人均纯收入
增长11.5%|11.5|%|exact|change|城镇居民人均可支配收入
16.8%|16.8|%|exact|change|农民人均纯收入
