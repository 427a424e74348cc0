98条|98|条|exact|amount|公开政府信息
66条|66|条|exact|amount|微信等新媒体发布
32条|32|条|exact|amount|在门户网站公开信息
27篇|27|篇|exact|amount|投稿
1件|1|件|exact|amount|人大代表建议
2件|2|件|exact|amount|政协委员提案
100%|100|%|exact|share|答复率、满意率
