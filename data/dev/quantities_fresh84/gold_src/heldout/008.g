65个|65|个|exact|amount|先进集体
55个|55|个|exact|amount|先进个人
22个|22|个|exact|amount|单项工作
7个|7|个|exact|amount|获奖单项工作
第一名|1|名|exact|rank|发展新型农村集体经济工作
第二名|2|名|exact|rank|节约集约用地工作
5项|5|项|exact|amount|获得第三名的工作
第三名|3|名|exact|rank|党风廉政建设工作、工业经济高质量发展工作、招商引资工作
