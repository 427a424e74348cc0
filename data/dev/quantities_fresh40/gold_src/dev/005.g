80%以上|80|%|over|share|特色产业覆盖率
1.7225亿元|172250000|元|exact|amount|全镇农业总产值
2.6695亿元|266950000|元|exact|amount|全镇农业总产值
年均增长10.99%|10.99|%|exact|change|全镇农业总产值
14907元|14907|元|exact|amount|全镇农村居民可支配收入
一条|1|条|exact|amount|公路
4公里左右|4|公里|about|amount|公路
两三个|3|个|about|amount|壮劳力
