1小时内|1|小时|under|duration|复杂问题现场协调解决
30分钟内|30|分钟|under|duration|工单签批交办
376件|376|件|exact|amount|累计处理热线工单
100%|100|%|exact|share|响应率
100%|100|%|exact|share|解决率
96%以上|96|%|over|share|满意率
