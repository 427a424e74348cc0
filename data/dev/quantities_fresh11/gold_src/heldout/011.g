23条|23|条|exact|amount|主动公开各类信息
20个工作日|20|工作日|exact|duration|公开
100%|100|%|exact|share|公开率、及时率
