1438.7公里|1438.7|公里|exact|amount|陸地邊境線
1206公里|1206|公里|exact|amount|中朝邊境線
232.7公里|232.7|公里|exact|amount|中俄邊境線
4個|4|个|exact|amount|邊境市州、開發區
11個|11|个|exact|amount|邊境縣市區
216個|216|个|exact|amount|邊境村
一眼|1|眼|exact|amount|清泉
