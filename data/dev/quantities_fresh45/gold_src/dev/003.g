增长约 5.5%|5.5|%|about|change|GDP
增长 5.5%左右|5.5|%|about|change|地区生产总值
3156.37亿元|315637000000|元|exact|amount|地区生产总值
增长5.2%|5.2|%|exact|change|地区生产总值
全市第四|4|名|exact|rank|总量
全市第二|2|名|exact|rank|增速
1287.85亿元|128785000000|元|exact|amount|固定资产投资
增长5.8%|5.8|%|exact|change|固定资产投资
连续5年|5|年|exact|duration|千亿级投资强度
千亿级|100000000000||exact|amount|投资强度
全市第一|1|名|exact|rank|新登记市场主体增量
