100%|100|%|exact|share|应免畜禽的免疫密度
90%以上|90|%|over|share|免疫抗体水平合格率
11个|11|个|exact|amount|社区
211个|211|个|exact|amount|村民小组
2246户|2246|户|exact|amount|
18900头|18900|头|exact|amount|免疫注射生猪口蹄疫
89.5%|89.5|%|exact|share|群体免疫密度
100%|100|%|exact|share|完成应免数
7700头|7700|头|exact|amount|免疫牛口蹄疫
90.8 %|90.8|%|exact|share|群体免疫密度
92%|92|%|exact|share|完成应免数
5400只|5400|只|exact|amount|免疫羊口蹄疫
91%|91|%|exact|share|群体免疫密度
84%|84|%|exact|share|完成应免数
62271羽|62271|羽|exact|amount|禽存栏
59200羽|59200|羽|exact|amount|免疫禽流感
95%以上|95|%|over|share|群体免疫密度
80%以上|80|%|over|share|疫苗利用率
