35163万元|351630000|元|exact|amount|地区生产总值
同比增长5.7%|5.7|%|exact|change|地区生产总值
10433万元|104330000|元|exact|amount|第一产业增加值
同比增长2.8%|2.8|%|exact|change|第一产业增加值
13890万元|138900000|元|exact|amount|第二产业增加值
同比增长8.5%|8.5|%|exact|change|第二产业增加值
10840万元|108400000|元|exact|amount|第三产业增加值
同比增长5.1%|5.1|%|exact|change|第三产业增加值
9073.85元|9073.85|元|exact|amount|人均地区生产总值
同比增长10.59%|10.59|%|exact|change|人均地区生产总值
35163|35163||exact|amount|生产总值
5.7 %|5.7|%|exact|change|生产总值
10433|10433||exact|amount|第一产业
2.8 %|2.8|%|exact|change|第一产业
13890|13890||exact|amount|第二产业
8.5 %|8.5|%|exact|change|第二产业
10840|10840||exact|amount|第三产业
5.1%|5.1|%|exact|change|第三产业
29.67%|29.67|%|exact|share|第一产业比重
同比下降0.1个百分点|-0.1|百分点|exact|change|第一产业比重
39.5%|39.5|%|exact|share|第二产业比重
同比下降1.58个百分点|-1.58|百分点|exact|change|第二产业比重
2.38%|2.38|%|exact|share|工业增加值占地区生产总值的比重
30.83 %|30.83|%|exact|share|第三产业比重
同比下降1.46个百分点|-1.46|百分点|exact|change|第三产业比重
13242.18 万元|132421800|元|exact|amount|农牧业总产值
同比增长2.92 %|2.92|%|exact|change|农牧业总产值
10552.86万元|105528600|元|exact|amount|农牧业增加值
同比增长2.9 %|2.9|%|exact|change|农牧业增加值
4.97万头只匹|49700|头只匹|exact|amount|育活各类仔畜
94.31%|94.31|%|exact|share|繁活率
0.37万头只匹|3700|头只匹|exact|amount|死亡各类成畜
1.93%|1.93|%|exact|share|死亡率
4.7万头只匹|47000|头只匹|exact|amount|出栏各类牲畜
24.57 %|24.57|%|exact|share|出栏率
4.13万头只|41300|头只|exact|amount|出售商品畜
21.59 %|21.59|%|exact|share|商品率
4.6万头只匹|46000|头只匹|exact|amount|总增各类牲畜
24.05%|24.05|%|exact|share|总增率
19.03 万头只匹|190300|头只匹|exact|amount|年末存栏各类牲畜
17.62万头|176200|头|exact|amount|牛
同比增长5.57%|5.57|%|exact|change|牛
0.11万匹|1100|匹|exact|amount|马
同比增长10%|10|%|exact|change|马
1.3万只|13000|只|exact|amount|羊
同比减少44.4%|-44.4|%|exact|change|羊
0.1万头只匹|1000|头只匹|exact|amount|各类牲畜同比减少
9.93万头只匹|99300|头只匹|exact|amount|能繁殖母畜
52.18 %|52.18|%|exact|share|母畜比例
