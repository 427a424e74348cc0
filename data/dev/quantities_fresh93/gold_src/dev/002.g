200平方米|200|平方米|exact|amount|零工市场占地面积
5000余份|5000|份|over|amount|宣传资料
30余家|30|家|over|amount|企业
3500余人次|3500|人次|over|amount|咨询
450余个|450|个|over|amount|零工岗位
340余人次|340|人次|over|amount|服务零工
200余人次|200|人次|over|amount|达成意向上岗
