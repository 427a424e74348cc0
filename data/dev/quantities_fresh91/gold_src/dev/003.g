4213.72万人次|42137200|人次|exact|amount|累计接待游客
233.97亿元|23397000000|元|exact|amount|旅游综合收入
增长8.08%|8.08|%|exact|change|累计接待游客
15.45%|15.45|%|exact|change|旅游综合收入
位列 38 位|38|名|exact|rank|全国县域旅游发展最快100个县榜单
2家|2|家|exact|amount|国家4A级景区
3家|3|家|exact|amount|3A级景区
1 家|1|家|exact|amount|省级旅游休闲街区、非遗示范街区
两条|2|条|exact|amount|线路
115.7万人次|1157000|人次|exact|amount|旅游文化节期间接待游客
4.5亿元|450000000|元|exact|amount|旅游收入
18 个|18|个|exact|amount|镇级综合文化站
184个|184|个|exact|amount|村级基层文化服务中心
62个|62|个|exact|amount|非遗项目
31人|31|人|exact|amount|传承人
6个|6|个|exact|amount|传承单位
1处|1|处|exact|amount|新型文化空间
39个|39|个|exact|amount|县图书馆村(社区)服务点
60场次|60|场次|exact|amount|品牌阅读推广
120场次|120|场次|exact|amount|县级群众性文化活动
60期|60|期|exact|amount|艺术普及公益培训
