41.03 万亩|410300|亩|exact|amount|造林绿化任务
5.77 万亩|57700|亩|exact|amount|人工造林
33.86 万亩|338600|亩|exact|amount|退化林改造任务
1.4 万亩|14000|亩|exact|amount|补植补造
52 个|52|个|exact|amount|村庄绿化
5.77 万亩|57700|亩|exact|amount|总任务
31 个|31|个|exact|amount|施工标段
3 个|3|个|exact|amount|监理标
3 个|3|个|exact|amount|围栏标
1 个|1|个|exact|amount|道路标
38 个|38|个|exact|amount|标
90%以上|90|%|over|share|乔木平均成活率
85%以上|85|%|over|share|灌木平均成活率
2 万亩|20000|亩|exact|amount|荒山造林
5000 亩|5000|亩|exact|amount|鸡冠山绿化美化节点
50 公分|50|公分|exact|amount|樟子松
2.5 万米|25000|米|exact|amount|围栏
20 公里|20|公里|exact|amount|工程道路
12\n个|12|个|exact|amount|标段
3.77 万\n亩|37700|亩|exact|amount|各乡镇适宜地块实施造林
17 个|17|个|exact|amount|乡镇
19 个|19|个|exact|amount|标段
130 万元|1300000|元|exact|amount|县财政投资
164.2 亩|164.2|亩|exact|amount|空白地段实施造林
5 个|5|个|exact|amount|乡镇
