24.5平方千米|24.5|平方公里|exact|amount|轄區總面積
4.01萬人|40100|人|exact|amount|轄區總人口
7個|7|个|exact|amount|社區
3373.73萬元|33737300|元|exact|amount|一般公共預算財政撥款收入
55.55萬元|555500|元|exact|amount|政府性基金預算財政撥款
631.96萬元|6319600|元|exact|amount|其他收入
3284.86萬元|32848600|元|exact|amount|一般公共服務支出
157.34萬元|1573400|元|exact|amount|社會保障和就業支出
38.73萬元|387300|元|exact|amount|衞生健康支出
59.31萬元|593100|元|exact|amount|城鄉杜區支出
9.5萬元|95000|元|exact|amount|災害防治及應急管理支出
55.55萬元|555500|元|exact|amount|抗疫特別國債安排的支出
24.5 km²|24.5|平方公里|exact|amount|面    積
7個|7|个|exact|amount|下轄地區
4.01 萬|40100||exact|amount|人口數量
