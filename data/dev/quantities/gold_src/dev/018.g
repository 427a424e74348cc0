約16.5萬名|165000|名|about|amount|合資格職業稅納稅人
60%|60|%|exact|share|職業稅款
7,471人次|7471|人次|exact|amount|成功獲聘
1個月|1|月|exact|duration|全額援助金
1間|1|间|exact|amount|長者日間護理中心
1間|1|间|exact|amount|康復綜合服務中
