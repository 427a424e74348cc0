8 起|8|起|exact|amount|生产安全事故
7人|7|人|exact|amount|死亡
下降22.2%|-22.2|%|exact|change|死亡人数
100%|100|%|exact|share|镇街企业(场所)巡查覆盖率、隐患发现率
台州市第一|1|名|exact|rank|相关数据
4条|4|条|exact|amount|中央安全生产考核巡查反馈的一般隐患
63家|63|家|exact|amount|危化品领域医药化工企业
100%|100|%|exact|share|隐患整改率
下降55%|-55|%|exact|change|消防领域企业类火灾
57家|57|家|exact|amount|小微园区
24家|24|家|exact|amount|高温熔融企业
19家|19|家|exact|amount|涉爆粉尘企业
105人|105|人|exact|amount|转移群众
11人|11|人|exact|amount|解救
零伤亡|0||exact|amount|伤亡
10个|10|个|exact|amount|工作组
8个|8|个|exact|amount|风险研判小组
10项|10|项|exact|amount|工作机制
3次|3|次|exact|amount|海上防台风应急响应
3次|3|次|exact|amount|防台风Ⅳ级应急响应
1次|1|次|exact|amount|Ⅲ级应急响应
283 家|283|家|exact|amount|规范化避灾安置场所
23 种|23|种|exact|amount|应急物资
2.5 万件|25000|件|exact|amount|应急物资
1.5 万人|15000|人|exact|amount|避灾需求
1253 个|1253|个|exact|amount|自然灾害综合风险普查对象
2 次|2|次|exact|amount|巨灾保险年度触发强降雨理赔
41 万元|410000|元|exact|amount|获赔
