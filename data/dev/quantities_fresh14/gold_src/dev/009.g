30万元以上|300000|元|over|amount|集体经济收入
22.22%|22.22|%|exact|share|占
50万元以上|500000|元|over|amount|集体经济收入
11.11%|11.11|%|exact|share|占
过10万元|100000|元|over|amount|集体经济收入
66.67%|66.67|%|exact|share|占
两村|2|村|exact|amount|村集体经济
增长30%以上|30|%|over|change|两村集体经济
