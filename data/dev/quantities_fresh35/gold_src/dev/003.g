兩位|2|位|exact|amount|指導老師
上千萬元|10000000|元|over|amount|土地分紅
1克|1|克|exact|amount|藏紅花
200元|200|元|exact|amount|藏紅花
7個|7|个|exact|amount|村
