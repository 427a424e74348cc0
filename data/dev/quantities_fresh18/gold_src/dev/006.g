7484 元|7484|元|exact|amount|农民人均纯收入
12760 元|12760|元|exact|amount|农民人均纯收入
2147 万元|21470000|元|exact|amount|税收
4250万元|42500000|元|exact|amount|税收
3750 万元|37500000|元|exact|amount|规模工业增加值
13649 万元|136490000|元|exact|amount|规模工业增加值
2.2 亿元|220000000|元|exact|amount|全社会固定资产投资
13.1 亿元|1310000000|元|exact|amount|全社会固定资产投资
47.8 亿元|4780000000|元|exact|amount|规模以上工业总产值
6.6 亿元|660000000|元|exact|amount|招商引资到位资金
500 棵|500|棵|exact|amount|栽树
180 万元|1800000|元|exact|amount|融资
20 多万元|200000|元|over|amount|投入
