36条|36|条|exact|amount|公开政府信息
1条|1|条|exact|amount|单位概况信息
1条|1|条|exact|amount|单位领导信息
3条|3|条|exact|amount|财政信息
31条|31|条|exact|amount|工作动态
两种|2|种|exact|amount|渠道
