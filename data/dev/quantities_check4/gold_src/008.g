1.5%|1.5|%|exact|change|地區生產總值
5.6%|5.6|%|exact|change|地方一般公共預算收入
6.3%|6.3|%|exact|change|城鄉居民人均收入
2.1%|2.1|%|exact|share|城鎮登記失業率
2.6%|2.6|%|exact|change|居民消費價格指數漲幅
1個月|1|月|exact|duration|確診患者全部治愈出院
2個月|2|月|exact|duration|轉入常態化防控
