19个|19|个|exact|amount|行政村
94.1%|94.1|%|exact|share|行政村通油率
三个|3|个|exact|amount|农村客运站
30个|30|个|exact|amount|农村候车亭
50个|50|个|exact|amount|招呼站牌
6个|6|个|exact|amount|候车亭
6个|6|个|exact|amount|招呼站牌
96%|96|%|exact|share|行政村客运通达率
