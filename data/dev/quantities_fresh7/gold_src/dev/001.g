1.5公里|1.5|公里|exact|amount|伽師縣城北
10個|10|个|exact|amount|行政村
58.13平方千米|58.13|平方公里|exact|amount|面 積
17074人|17074|人|exact|amount|人 口
2.6萬畝|26000|亩|exact|amount|耕地面積
58.13平方千米|58.13|平方公里|exact|amount|總面積
10個|10|个|exact|amount|行政村
59個|59|个|exact|amount|村民小組
13個|13|个|exact|amount|站所
17074人|17074|人|exact|amount|人口
2個|2|个|exact|amount|黨總支
20個|20|个|exact|amount|黨支部
564名|564|名|exact|amount|黨員
167名|167|名|exact|amount|女黨員
361名|361|名|exact|amount|農民黨員
7所|7|所|exact|amount|學校
1所|1|所|exact|amount|中學
6所|6|所|exact|amount|小學
173名|173|名|exact|amount|教職工
2410名|2410|名|exact|amount|在校學生
45座|45|座|exact|amount|清真寺
48人|48|人|exact|amount|宗教人士
3440萬元|34400000|元|exact|amount|生產總值
2580元|2580|元|exact|amount|人均純收入
