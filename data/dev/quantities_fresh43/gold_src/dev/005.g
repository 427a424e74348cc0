5649006.18元|5649006.18|元|exact|amount|部门收入
5238630.16元|5238630.16|元|exact|amount|支出
增加50.8%|50.8|%|exact|change|收入
增加42.5 %|42.5|%|exact|change|支出
一部|1|部|exact|amount|公务车
961456.57 元|961456.57|元|exact|amount|机关运行经费财政拨款
242622.74元|242622.74|元|exact|amount|较2015年增加
增加33.75%|33.75|%|exact|change|机关运行经费
一部|1|部|exact|amount|公务车
