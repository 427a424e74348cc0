4個|4|个|exact|amount|街道
15個|15|个|exact|amount|鎮
71萬|710000||exact|amount|人口
1130平方公裏|1130|平方公里|exact|amount|縣域面積
24個|24|个|exact|amount|歷史文化名城
前10位|10|名|exact|rank|中國農村綜合實力百強縣(市)
三屆|3|届|exact|amount|全國財政收入十大財政縣
第2位|2|名|exact|rank|全國10大專業批發市場
