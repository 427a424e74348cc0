2239.4萬噸|22394000|吨|exact|amount|口岸進出境貨運量
2100.9萬噸|21009000|吨|exact|amount|歷史最高值
6.6%|6.6|%|exact|change|超出歷史最高值
同比增長197.2%|197.2|%|exact|change|口岸進出境貨運量
2059.3萬噸|20593000|吨|exact|amount|進口貨物
同比增長242.2%|242.2|%|exact|change|進口貨物
180.1萬噸|1801000|吨|exact|amount|出口貨物
同比增長18.6%|18.6|%|exact|change|出口貨物
45.7 萬人|457000|人|exact|amount|客運量
同比增長550.6%|550.6|%|exact|change|客運量
30.3萬輛|303000|辆|exact|amount|交通工具
同比增長394%|394|%|exact|change|交通工具
6個|6|个|exact|amount|陸路口岸
