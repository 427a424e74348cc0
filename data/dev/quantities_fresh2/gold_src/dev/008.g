12387万元|123870000|元|exact|amount|农村经济总收入
3325元|3325|元|exact|amount|农民人均纯收入
分别比上年同比增长15%|15|%|exact|change|农村经济总收入
35.49 %|35.49|%|exact|change|农民人均纯收入
542万元|5420000|元|exact|amount|部门预算支出
同比增长10%|10|%|exact|change|部门预算支出
3523万元|35230000|元|exact|amount|固定资产投资
同比增长38%|38|%|exact|change|固定资产投资
7338万元|73380000|元|exact|amount|存款余额
4022\n- 1 -\n万元|40220000|元|exact|amount|贷款余额
同比增长37.8%|37.8|%|exact|change|存款余额
14.8%|14.8|%|exact|change|贷款余额
107万元|1070000|元|exact|amount|投资
9.3公里|9.3|公里|exact|amount|弹石公路
100万元|1000000|元|exact|amount|投资
1.7公里|1.7|公里|exact|amount|公路水泥硬化
162万元|1620000|元|exact|amount|投资
19.2公里|19.2|公里|exact|amount|路基改造项目
100万元|1000000|元|exact|amount|投资
4公里|4|公里|exact|amount|水泥及弹石路建设项目
10万元|100000|元|exact|amount|投资
58.1公里|58.1|公里|exact|amount|碧宝公路
1860万元|18600000|元|exact|amount|碧宝公路
