241.86亿元|24186000000|元|exact|amount|全省国内生产总值
增长8.8%|8.8|%|exact|change|全省国内生产总值
前三名|3|名|exact|rank|增长率
500万元以上|5000000|元|over|amount|销售收入
22. 63亿元|2263000000|元|exact|amount|工业企业增加值
增长12. 7%|12.7|%|exact|change|工业企业增加值
前三名|3|名|exact|rank|增长率
402家|402|家|exact|amount|列入财务统计的工业企业
81. 76%|81.76|%|exact|share|全省工业经济效益综合指数
前三名|3|名|exact|rank|工业经济效益综合指数
