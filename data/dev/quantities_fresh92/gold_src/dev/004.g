22件|22|件|exact|amount|民政建议提案
9件|9|件|exact|amount|主办件
3件|3|件|exact|amount|人大代表建议
6件|6|件|exact|amount|政协提案
13件|13|件|exact|amount|会办件
1件|1|件|exact|amount|人大代表建议
12件|12|件|exact|amount|政协提案
17个|17|个|exact|amount|单位
