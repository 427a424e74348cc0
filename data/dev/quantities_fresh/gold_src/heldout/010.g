5 9亿元|590000000|元|exact|amount|国内生产总值
21000万元|210000000|元|exact|amount|固定资产投资
870万元|8700000|元|exact|amount|财税收入
108 3%|108.3|%|exact|share|财税收入
1 3亿元|130000000|元|exact|amount|蚌埠中信包装有限公司
2000万元|20000000|元|exact|amount|精养殖场
一个|1|个|exact|amount|精养殖场
5000万元|50000000|元|exact|amount|安徽焱鑫固废能源科技有限公司
2亿元|200000000|元|exact|amount|江苏明玖泰管理公司
21个|21|个|exact|amount|自然庄
4300多亩|4300|亩|over|amount|复耕土地
2500多套|2500|套|over|amount|新建房屋
95%|95|%|exact|share|村庄美化、亮化、绿化
