1億8000萬|180000000||exact|amount|改建行政大樓
40年以上|40|年|over|amount|屋齡
8000萬元|80000000|元|exact|amount|內政部補助
9900萬元|99000000|元|exact|amount|縣府、企業家個人捐贈和公所自籌款
1452坪|1452|坪|exact|amount|基地面積
4層|4|层|exact|amount|地上
1層|1|层|exact|amount|地下
19公尺|19|米|exact|amount|高度
約1萬8000坪|18000|坪|about|amount|樓地板面積
四層|4|层|exact|amount|地上
1層|1|层|exact|amount|地下
510日曆天|510|日历天|exact|duration|工期
8000萬元|80000000|元|exact|amount|內政部補助
1000萬元|10000000|元|exact|amount|縣府補助
三 位|3|位|exact|amount|公子
3000萬元|30000000|元|exact|amount|捐贈
5900萬元|59000000|元|exact|amount|公所自籌
超過40 年|40|年|over|amount|屋齡
