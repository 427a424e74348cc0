19公里|19|公里|exact|amount|离市区
111平方公里|111|平方公里|exact|amount|总土地面积
7400人|7400|人|exact|amount|总人口
2030户|2030|户|exact|amount|总户数
6个|6|个|exact|amount|行政村
41个|41|个|exact|amount|村民小组
约占全镇总户数的60%|60|%|about|share|处于成型点的户数
约40%|40|%|about|share|零散居住户
