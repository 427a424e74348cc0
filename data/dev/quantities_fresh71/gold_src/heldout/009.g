18公里|18|公里|exact|amount|新改建农村公路
100%|100|%|exact|share|行政村通硬化路率
246个|246|个|exact|amount|建制村
151个|151|个|exact|amount|社区日间照料中心和农村幸福院
12个|12|个|exact|amount|老年食堂
65个|65|个|exact|amount|助餐点
874户|874|户|exact|amount|特殊困难老年人家庭适老化改造
2.5公里|2.5|公里|exact|amount|新建管网
