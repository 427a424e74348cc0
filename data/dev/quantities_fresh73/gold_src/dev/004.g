3個|3|个|exact|amount|國家級慢性病綜合防控示範區
6個|6|个|exact|amount|省級慢性病綜合防控示範區
1.7‰|1.7|‰|exact|share|嬰兒死亡率
2.39‰|2.39|‰|exact|share|5歲以下兒童死亡率
7.1/10萬|7.1|/10万|exact|share|孕產婦死亡率
提高5.72個百分點|5.72|百分点|exact|change|居民健康素養水平
