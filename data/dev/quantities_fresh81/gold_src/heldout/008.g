全省名列第二位|2|名|exact|rank|出口、进口
1.09 亿美元|109000000|美元|exact|amount|实际到位外资
同比增长 147%|147|%|exact|change|实际到位外资
1911 人|1911|人|exact|amount|外派劳务
同比增长 13.5%|13.5|%|exact|change|外派劳务
175 亿元人民币|17500000000|元|exact|amount|社会商品零售总额
同比增长 17%|17|%|exact|change|社会商品零售总额
两项|2|项|exact|amount|我局承担的突击性工作
三个 100%|3|个|exact|amount|我局承担的硬任务
100%|100|%|exact|share|食品出口原料基地清查
100%|100|%|exact|share|食品出口包装加贴检验检疫标记
100%|100|%|exact|share|非法进口的肉类、水果退货或销毁
三个多月|3|月|over|duration|艰苦努力
48个|48|个|exact|amount|检查点
