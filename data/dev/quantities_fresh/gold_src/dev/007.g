增长\n5%|5|%|exact|change|地区生产总值
增长\n8%|8|%|exact|change|限上消费品零售总额
增长\n14.9%|14.9|%|exact|change|财政收入
77.8 %|77.8|%|exact|share|固定资产投资
增长\n9%|9|%|exact|change|居民人均可支配收入
7860\n亩|7860|亩|exact|amount|花生种植面积
增长\n10.2%|10.2|%|exact|change|花生种植面积
800\n斤|800|斤|exact|amount|茶叶产量
增长\n60%|60|%|exact|change|茶叶产量
7\n家|7|家|exact|amount|涉林企业
