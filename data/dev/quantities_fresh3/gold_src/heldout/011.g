341.44 億元|34144000000|元|exact|amount|地區生產總值
同比增長 1.1%|1.1|%|exact|change|地區生產總值
提高了 3.3 個百分點|3.3|百分点|exact|change|地區生產總值
114.3 億元|11430000000|元|exact|amount|規上工業增加值
同比增長 2.9%|2.9|%|exact|change|規上工業增加值
上升了 0.4 個百分點|0.4|百分点|exact|change|規上工業增加值
17.22 億元|1722000000|元|exact|amount|服裝產業增加值
增長6.9%|6.9|%|exact|change|服裝產業增加值
55.43億元|5543000000|元|exact|amount|電子信息產業增加值
增長4.6%|4.6|%|exact|change|電子信息產業增加值
172.32億元|17232000000|元|exact|amount|社會消費品零售總額
同比下降 1.1%|-1.1|%|exact|change|社會消費品零售總額
收窄了 0.4 個百分點|-0.4|百分点|exact|change|降幅
142.8 億元|14280000000|元|exact|amount|銷售額
增長 2.4%|2.4|%|exact|change|銷售額
92.68 億元|9268000000|元|exact|amount|零售業銷售額
增 長 2.7%|2.7|%|exact|change|零售業銷售額
1.46 億元|146000000|元|exact|amount|住宿業營業額
下降 4%|-4|%|exact|change|住宿業營業額
17.29 億元|1729000000|元|exact|amount|餐飲業營業額
下降 1%|-1|%|exact|change|餐飲業營業額
30 個|30|个|exact|amount|在庫項目
12.61 萬平方米|126100|平方米|exact|amount|銷售面積
同比下降 27.2%|-27.2|%|exact|change|銷售面積
收窄了 37.9 個百 分點|-37.9|百分点|exact|change|降幅
37346 萬元|373460000|元|exact|amount|建筑業總產值
33490 萬元|334900000|元|exact|amount|去年同期
增長 11.5%|11.5|%|exact|change|建筑業總產值
48.27 億元|4827000000|元|exact|amount|投資額
同比增長 13.8%|13.8|%|exact|change|投資額
上升了 1.1 個百分點|1.1|百分点|exact|change|投資額
7.24 億元|724000000|元|exact|amount|工業投資
同比下降 7.9%|-7.9|%|exact|change|工業投資
2.41 億元|241000000|元|exact|amount|工業技改投資
同比增長 6.9%|6.9|%|exact|change|工業技改投資
36.63 億元|3663000000|元|exact|amount|投資
同比增長 17.2%|17.2|%|exact|change|投資
1339.75 億元|133975000000|元|exact|amount|本外幣存款余額
同比增 長 17.3%|17.3|%|exact|change|本外幣存款余額
958.97 億元|95897000000|元|exact|amount|本外幣貸款余額
同比增長 11.6%|11.6|%|exact|change|本外幣貸款余額
上升了 9.4|9.4|百分点|exact|change|增速
0.6 個百分點|0.6|百分点|exact|change|增速
