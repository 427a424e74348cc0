37.1亿元|3710000000|元|exact|amount|全区农村社会总产值
增长5倍|5|倍|exact|change|农村社会总产值
22.9亿元|2290000000|元|exact|amount|农业总产值
翻了两番|300|%|exact|change|农业总产值
142.9万吨|1429000|吨|exact|amount|粮食产量
增长35.4%|35.4|%|exact|change|粮食产量
56.6%|56.6|%|exact|share|粮食在农业总产值中的比重
37.2%|37.2|%|exact|share|粮食在农业总产值中的比重
40.2%|40.2|%|exact|share|林、牧、副、渔比重
458元|458|元|exact|amount|农民人均纯收入
增长2倍|2|倍|exact|change|农民人均纯收入
28 831处|28831|处|exact|amount|全区水利工程
57 586万立方米|575860000|立方米|exact|amount|蓄引提水总能力
445座|445|座|exact|amount|水库
34 090万立方米|340900000|立方米|exact|amount|库容
23 731口|23731|口|exact|amount|山平塘
3 626处|3626|处|exact|amount|引水渠堰
9 916万立方米|99160000|立方米|exact|amount|蓄引水能力
9.30万公顷|93000|公顷|exact|amount|有效灌溉面积
4.74万公顷|47400|公顷|exact|amount|旱涝保收面积
增加2.7|2.7|倍|exact|change|有效灌溉面积
1.6倍|1.6|倍|exact|change|旱涝保收面积
207个|207|个|exact|amount|农村水电站
50.655千瓦|50.655|千瓦|exact|amount|装机容量
488千瓦小时|488|千瓦小时|exact|amount|1957年农村用电量
1.8万千瓦小时|18000|千瓦小时|exact|amount|1991年农村用电量
