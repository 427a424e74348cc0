262戶|262|户|exact|amount|榮瑪鄉居民
1102人|1102|人|exact|amount|集體搬遷
800公里|800|公里|exact|amount|噶沖村
100多只|100|只|over|amount|羊
20頭|20|头|exact|amount|牦牛
4.68萬平方公里|46800|平方公里|exact|amount|榮瑪鄉總面積
5000米|5000|米|exact|amount|平均海拔
40%|40|%|exact|share|空氣含氧量
