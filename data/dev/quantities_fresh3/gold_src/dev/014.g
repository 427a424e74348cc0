23\n亿元|2300000000|元|exact|amount|工业总产值
同比增长 4.65%|4.65|%|exact|change|工业总产值
1.2 亿元|120000000|元|exact|amount|工业增加值
同比增长 3.09%|3.09|%|exact|change|工业增加值
6.12 亿元|612000000|元|exact|amount|固定资产投资
同比增长 2.7%|2.7|%|exact|change|固定资产投资
7352 万元|73520000|元|exact|amount|财政收入
同比增长 48.5%|48.5|%|exact|change|财政收入
1.3 亿元|130000000|元|exact|amount|山东博文广成信息安全有限公司投资
两期|2|期|exact|amount|建设
50\n亩|50|亩|exact|amount|占地
16.5 亩|16.5|亩|exact|amount|一期计划用地
6000 万元|60000000|元|exact|amount|投资
13600\n平|13600|平方米|exact|amount|生产厂房
