100億斤|10000000000|斤|exact|amount|糧食總產比去年凈增
510億斤以上|51000000000|斤|over|amount|商品糧
410億斤|41000000000|斤|exact|amount|玉米
70億斤|7000000000|斤|exact|amount|稻谷
30億斤|3000000000|斤|exact|amount|大豆和雜糧
一噸|1|吨|exact|amount|人均占有糧
70億斤左右|7000000000|斤|about|amount|全市糧食總產
近20億斤|2000000000|斤|under|amount|糧食總產比去年增產
