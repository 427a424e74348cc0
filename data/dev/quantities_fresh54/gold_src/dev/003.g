四十年|40|年|exact|duration|首批郊野公园
44 312公顷|44312|公顷|exact|amount|土地
40%|40|%|about|share|全港土地总面积
24个|24|个|exact|amount|郊野公园
22个|22|个|exact|amount|特别地区
约为1 300万人次|13000000|人次|about|amount|游客数目
五个|5|个|exact|amount|海岸公园
一个|1|个|exact|amount|海岸保护区
3 400公顷|3400|公顷|exact|amount|总面积
约为137 092人次|137092|人次|about|amount|游客总数
25宗|25|宗|exact|amount|山火
850棵|850|棵|exact|amount|烧毁树
106公顷|106|公顷|exact|amount|土地受损
