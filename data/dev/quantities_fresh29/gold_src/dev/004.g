47名|47|名|exact|amount|人大代表
1.2亿元|120000000|元|exact|amount|农业总产值
1.5亿元|150000000|元|exact|amount|固定资产投资
6663元|6663|元|exact|amount|农民人均纯收入
增长10%以上|10|%|over|change|农业总产值
增长20%以上|20|%|over|change|可用财力、农民人均纯收入
4.5‰以内|4.5|‰|under|share|人口自然增长率
