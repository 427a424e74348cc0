726億|72600000000||exact|amount|農漁畜產值
2,594.5億|259450000000||exact|amount|營利事業銷售額
排名第7|7|名|exact|rank|全國成長率
年增4.9%|4.9|%|exact|change|製造業營利總額
全國第4|4|名|exact|rank|成長率
100%|100|%|exact|share|出租售
超過5000萬噸|50000000|吨|over|amount|水源
1.5億噸|150000000|吨|exact|amount|地下水補注量
