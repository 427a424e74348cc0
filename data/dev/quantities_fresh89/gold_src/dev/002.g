2700余人次|2700|人次|over|amount|出动执法队员
120余次|120|次|over|amount|巡查整治行动
14户|14|户|exact|amount|乱摆卖摊贩及占道经营商户罚款处理
450余人次|450|人次|over|amount|出动执法人员
320次|320|次|exact|amount|巡查工地
120车次|120|车次|exact|amount|出动执法车辆
36宗|36|宗|exact|amount|整改整治相关问题
11宗|11|宗|exact|amount|立案查处
