排名第一|1|名|exact|rank|经济运行考核指标
排名第三|3|名|exact|rank|第二季度
排名第三|3|名|exact|rank|上半年
排名第一|1|名|exact|rank|全县乡镇
165个|165|个|exact|amount|迎检乡镇
第四位|4|名|exact|rank|全市迎检乡镇
