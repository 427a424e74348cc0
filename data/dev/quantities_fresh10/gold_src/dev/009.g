120亿元|12000000000|元|exact|amount|全镇生产总值
同比增长6.5%|6.5|%|exact|change|全镇生产总值
90亿元|9000000000|元|exact|amount|工业总产值
增长4.2%|4.2|%|exact|change|工业总产值
45.8亿元|4580000000|元|exact|amount|财政总收
增长5.5%|5.5|%|exact|change|财政总收
45,000元|45000|元|exact|amount|城镇居民人均可支配收入
22,000元|22000|元|exact|amount|农村居民人均纯收入
