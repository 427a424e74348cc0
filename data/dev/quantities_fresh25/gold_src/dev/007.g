年均增长分别为6.8%|6.8|%|exact|change|工业总产值
5.5%|5.5|%|exact|change|规模以上工业产值
6.1%|6.1|%|exact|change|规模以上工业增加值
2.5%|2.5|%|exact|change|社会消费品零售总额
2%|2|%|exact|change|公共财政预算收入
13个|13|个|exact|amount|新引进规模(增资)项目
123条|123|条|exact|amount|完成“三清理”和“三拆除”的自然村
1万多亩|10000|亩|over|amount|生态林扩面
