2105.6萬元|21056000|元|exact|amount|財政收入
3296萬元|32960000|元|exact|amount|農業總產值
3.67億元|367000000|元|exact|amount|企業總收入
7765元|7765|元|exact|amount|農民現金性收入
52項|52|项|exact|amount|鄉級政府折子工程
20項|20|项|exact|amount|好事實事工程
