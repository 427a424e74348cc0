62公里|62|公里|exact|amount|距來賓市
21個|21|个|exact|amount|村委會
1個|1|个|exact|amount|社區
154個|154|个|exact|amount|自然屯
304.2平方公里|304.2|平方公里|exact|amount|總面積
7.8萬畝|78000|亩|exact|amount|耕地總面積
5.1萬畝|51000|亩|exact|amount|旱地
2.7萬畝|27000|亩|exact|amount|水田
7666公頃|7666|公顷|exact|amount|有林面積
60782人|60782|人|exact|amount|人口總數
6%|6|%|about|share|壯族人口
168.2人|168.2|人|exact|amount|人口密度
五座|5|座|exact|amount|水庫
3.36萬畝|33600|亩|exact|amount|糧食播種面積
1.83萬畝|18300|亩|exact|amount|早稻
0.75萬畝|7500|亩|exact|amount|春種玉米
1.6萬畝|16000|亩|exact|amount|蔬菜
0.72萬畝|7200|亩|exact|amount|花生
1.35萬噸|13500|吨|exact|amount|糧食總量
12 家|12|家|exact|amount|規模養殖場
6 家|6|家|exact|amount|養豬場
3家|3|家|exact|amount|肉牛養殖
1戶|1|户|exact|amount|規模養羊
9家|9|家|exact|amount|網箱養魚
5000余平方米|5000|平方米|over|amount|網箱養魚
