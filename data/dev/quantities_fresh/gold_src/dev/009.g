两个|2|个|exact|amount|万亩稻菜轮作产业带核心区
4.5万亩|45000|亩|exact|amount|粮食播种面积
5.1万亩|51000|亩|exact|amount|蔬菜种植面积
超9.5亿元|950000000|元|over|amount|农业生产总值
近3.5万元|35000|元|under|amount|农民人均纯收入
20余名|20|名|over|amount|直播人才
10个|10|个|exact|amount|直播号
近30万元|300000|元|under|amount|村集体经济增收
