六个|6|个|exact|amount|全区中心建制镇
八个|8|个|exact|amount|优先加快发展重点镇
两个|2|个|exact|amount|工业功能区优先加快发展重点镇
两个|2|个|exact|amount|美丽建设集镇
约10公里|10|公里|about|amount|距市区
14个|14|个|exact|amount|全镇辖行政村
206个|206|个|exact|amount|自然村
126平方公里|126|平方公里|exact|amount|国土面积
7.3万|73000||exact|amount|人口
12.5万亩|125000|亩|exact|amount|耕地
13.5平方公里|13.5|平方公里|exact|amount|集镇规划区
约4平方公里|4|平方公里|about|amount|建成区
1.3万人|13000|人|exact|amount|镇区常住人口
72个|72|个|exact|amount|党组织设置
4个|4|个|exact|amount|党委
1个|1|个|exact|amount|镇党委
2个|2|个|exact|amount|村党委
1个|1|个|exact|amount|非公企业和社会组织联合党委
14个|14|个|exact|amount|党总支
54个|54|个|exact|amount|支部
1486名|1486|名|exact|amount|党员
约15万亩|150000|亩|about|amount|粮食作物常年播种面积
约&lt;/span&gt;&lt;span style=&quot;font-family:仿宋_GB2312;font-size:21px;&quot;&gt;110&lt;/span&gt;&lt;span style=&quot;font-family:仿宋_GB2312;font-size:21px;&quot;&gt;家|110|家|about|amount|畜牧业规模以上养殖场（户）
约70万只|700000|只|about|amount|畜禽存栏量
30余家|30|家|over|amount|工业企业
6&lt;/span&gt;&lt;span style=&quot;font-family:仿宋_GB2312;font-size:21px;&quot;&gt;家|6|家|exact|amount|规模以上工业企业
4家|4|家|exact|amount|省级农业产业化龙头企业
1家|1|家|exact|amount|国家级龙头企业
