25栋|25|栋|exact|amount|猪栏
800 万元|8000000|元|exact|amount|项目投资
876 万元|8760000|元|exact|amount|国家专项资金
6051 户|6051|户|exact|amount|户用沼气池和化粪池
50 处|50|处|exact|amount|小型沼气工程
1372 万元|13720000|元|exact|amount|国家专项资金
619 万元|6190000|元|exact|amount|国家补助资金
1700 万元|17000000|元|exact|amount|完成投资
21 处|21|处|exact|amount|小型沼气工程
13 处|13|处|exact|amount|主体工程
1000万元|10000000|元|exact|amount|财政资金
300 万元|3000000|元|exact|amount|桃叶橙精品示范园
100 万元|1000000|元|exact|amount|圣天精品农业示范基地建设
150 万元|1500000|元|exact|amount|仙人山精品茶叶样板示范园建设
150 万元|1500000|元|exact|amount|沙镇溪镇精品果园示范基地建设
150 万元|1500000|元|exact|amount|溪丝绵茶厂茶旅融合项目
5 个|5|个|exact|amount|农旅结合项目
