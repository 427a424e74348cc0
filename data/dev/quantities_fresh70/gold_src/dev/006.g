3.5万亩|35000|亩|exact|amount|益智面积
8831亩|8831|亩|exact|amount|茶叶
1500多亩|1500|亩|over|amount|树仔菜
2.65万亩|26500|亩|exact|amount|冬季瓜菜种植面积
24万羽|240000|羽|exact|amount|五指山山鸡
4万羽|40000|羽|exact|amount|毛阳鹅
800亩|800|亩|exact|amount|百香果
