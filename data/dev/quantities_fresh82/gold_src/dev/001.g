4500米以上|4500|米|over|amount|縣域平均海拔
不足6000人|6000|人|under|amount|全縣
近70萬|700000||under|amount|牲畜
3.62億元|362000000|元|exact|amount|地區生產總值
10265.8元|10265.8|元|exact|amount|農村常住居民人均可支配收入
同比增長(zhǎng)9.3%|9.3|%|exact|change|農村常住居民人均可支配收入
