5个|5|个|exact|amount|玉米万亩示范片
20个|20|个|exact|amount|千亩示范方
6670公顷以上|6670|公顷|over|amount|辐射带动
7个|7|个|exact|amount|乡镇(街道)
28个|28|个|exact|amount|村
7 800多名|7800|名|over|amount|重复成员
162个|162|个|exact|amount|村集体经济组织
11个|11|个|exact|amount|村集体经济组织
162个|162|个|exact|amount|村
5 000多个|5000|个|over|amount|会计凭证
1.7亿元|170000000|元|exact|amount|全区资产增加
6.2亿元|620000000|元|exact|amount|集体经济组织总资产
17.08万公顷|170800|公顷|exact|amount|集体土地总面积
