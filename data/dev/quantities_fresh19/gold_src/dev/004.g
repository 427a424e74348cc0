1.95萬|19500||exact|amount|貧困人口
101%|101|%|exact|share|完成省市下達任務
81個|81|个|exact|amount|貧困村
4個|4|个|exact|amount|貧困鄉鎮
100%|100|%|exact|share|完成省市下達任務
