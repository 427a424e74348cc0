1009.8萬公頃|10098000|公顷|exact|amount|經營總面積
22%|22|%|exact|share|占全省國土面積
8 5 8萬公頃|8580000|公顷|exact|amount|有林地面積
44.2%|44.2|%|exact|share|占全省天然林
8.6億立方米|860000000|立方米|exact|amount|森林總蓄積
53%|53|%|exact|share|森林總蓄積占全省
85. 1%|85.1|%|exact|share|森林覆被率
高于全省39.1個百分點|39.1|百分点|exact|change|森林覆被率
4個|4|个|exact|amount|林管局
40個|40|个|exact|amount|林業局
627個|627|个|exact|amount|林場(所)
1 7個|17|个|exact|amount|林產工業企業
4個|4|个|exact|amount|林機修造企業
1 4 0個|140|个|exact|amount|處級以上企事業單位
1 6 7萬人|1670000|人|exact|amount|林區人口
3 5.9萬人|359000|人|exact|amount|職工
2 7萬人|270000|人|exact|amount|離退休職工
40個|40|个|exact|amount|林業局
10個|10|个|exact|amount|地市
37個|37|个|exact|amount|縣(市)
4個|4|个|exact|amount|跨省分布的局
2個以上|2|个|over|amount|縣(市)
19個|19|个|exact|amount|跨縣(市)分布的局
293.8萬公頃|2938000|公顷|exact|amount|人工造林保存面積
33.5%|33.5|%|exact|share|木材產量占全國
5.19億立方米|519000000|立方米|exact|amount|累計為國家生產木材
21%|21|%|exact|share|占全國產量
119億元|11900000000|元|exact|amount|上繳利稅
60噸|60|吨|exact|amount|標準火車皮
三圈多|3|圈|over|amount|繞地球
60多年|60|年|over|duration|艱苦創業
