4億元|400000000|元|exact|amount|規模以上固定資產投資
5個|5|个|exact|amount|簽約項目
過億元|100000000|元|over|amount|項目
2個|2|个|exact|amount|過億元項目
3個|3|个|exact|amount|項目
15兆瓦|15|兆瓦|exact|amount|裝機容量
2.2億元|220000000|元|exact|amount|總投資
9兆瓦|9|兆瓦|exact|amount|裝機容量
