7800萬|78000000||exact|amount|泰安鄉公所新辦公大樓工程
7800多萬元|78000000|元|over|amount|總預算
360天|360|天|exact|duration|原本預計完工
三千多萬|30000000||over|amount|由鄉內預算支付
