12 个|12|个|exact|amount|旗县
30 亿元|3000000000|元|exact|amount|地区生产总值和固定资产投资
19918 万元|199180000|元|exact|amount|财政收入
7359 元|7359|元|exact|amount|城镇居民人均可支配收入
2880 元|2880|元|exact|amount|农民人均现金收入
19 个|19|个|exact|amount|县市
第 91 位|91|名|exact|rank|西部百强县市
26 个|26|个|exact|amount|县市
20 个|20|个|exact|amount|乡镇
14 个|14|个|exact|amount|乡镇
124 名|124|名|exact|amount|党政领导
783 名|783|名|exact|amount|一般工作人员
