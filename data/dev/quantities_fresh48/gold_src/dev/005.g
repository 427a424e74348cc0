344.9亿元|34490000000|元|exact|amount|全年GDP
344.9亿元|34490000000|元|exact|amount|全年GDP
同比增长3.2%|3.2|%|exact|change|GDP
全市第9|9|名|exact|rank|GDP总量
排名第4|4|名|exact|rank|GDP增速在全市第一梯队镇街中
171支|171|支|exact|amount|党员抗疫先锋队
超5000万元|50000000|元|over|amount|防疫资金
9800多万元|98000000|元|over|amount|为企业减免租金
