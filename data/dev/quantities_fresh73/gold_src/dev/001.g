4.88亿元|488000000|元|exact|amount|水利建设资金
273%|273|%|exact|share|水利建设资金
1.67亿元|167000000|元|exact|amount|国投
O.37亿元|37000000|元|exact|amount|省投
1.15亿元|115000000|元|exact|amount|市投
O.93亿元|93000000|元|exact|amount|区县(市)投
O.71亿元|71000000|元|exact|amount|农民自筹
O.05亿元|5000000|元|exact|amount|其它投入
8 427万立方米|84270000|立方米|exact|amount|土方
111%|111|%|exact|share|土方
13.9万立方米|139000|立方米|exact|amount|石方
114%|114|%|exact|share|石方
6.23万立方米|62300|立方米|exact|amount|混凝土方
106%|106|%|exact|share|混凝土方
3 167万个工日|31670000|工日|exact|amount|投工
106%|106|%|exact|share|投工
26.5万台(次)|265000|台次|exact|amount|出动各种车辆
20万公顷|200000|公顷|exact|amount|农田受旱
3.3万公顷|33000|公顷|exact|amount|农田受涝
5 752万元|57520000|元|exact|amount|抗旱除涝资金
1 496.5万个|14965000|个|exact|amount|出T
3 646.5万立方米|36465000|立方米|exact|amount|土石方
587处|587|处|exact|amount|修复水毁工程
61座|61|座|exact|amount|消险加固中小型水库
3 438座|3438|座|exact|amount|维修塘坝
6 282万立方米|62820000|立方米|exact|amount|增加蓄水能力
1 029眼|1029|眼|exact|amount|机电井
6 168眼|6168|眼|exact|amount|小井
3 891台(套)|3891|台套|exact|amount|维修抗旱和节灌设备
210台(套)|210|台套|exact|amount|下拨排涝设备
7.94万米|79400|米|exact|amount|修复输电线路
2.5万公顷|25000|公顷|exact|amount|改造中低产田
28.8万公顷|288000|公顷|exact|amount|旱田坐水点灌面积
14 995万元|149950000|元|exact|amount|农田水利建设资金投入
299%|299|%|exact|share|农田水利建设资金投入
3.12万公顷|31200|公顷|exact|amount|新增和改善有效灌溉面积
151%|151|%|exact|share|新增和改善有效灌溉面积
O.73万公顷|7300|公顷|exact|amount|新增水田面积
550%|550|%|exact|share|新增水田面积
2.39万公顷|23900|公顷|exact|amount|改善水田面积
110%|110|%|exact|share|改善水田面积
2.31万公顷|23100|公顷|exact|amount|新增和改善治涝面积
1 61.4%|161.4|%|exact|share|新增和改善治涝面积
4 690万元|46900000|元|exact|amount|水利规费
110.6%|110.6|%|exact|share|水利规费
4.9亿元|490000000|元|exact|amount|水利经济总收入
增长18%|18|%|exact|change|水利经济总收入
1 500万元|15000000|元|exact|amount|新增投入
3户|3|户|exact|amount|新上企业
180处|180|处|exact|amount|水利旅游区、点
1 93处|193|处|exact|amount|水利旅游区、点
997万元|9970000|元|exact|amount|水利旅游总收入
增长60%|60|%|exact|change|水利旅游总收入
146万公斤|1460000|公斤|exact|amount|商品鱼
877万元|8770000|元|exact|amount|水利渔业总收入
增长18%|18|%|exact|change|水利渔业总收入
8.5亿元|850000000|元|exact|amount|工程总造价
1 200万元|12000000|元|exact|amount|利税
2个|2|个|exact|amount|乡镇供水厂
5 001万元|50010000|元|exact|amount|供水总收入
增长9%|9|%|exact|change|供水总收入
