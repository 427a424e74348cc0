215条|215|条|exact|amount|新增主动公开政府信息
131条|131|条|exact|amount|工作信息类
21条|21|条|exact|amount|民生事项类
1条|1|条|exact|amount|行政执法
2条|2|条|exact|amount|人事任免
60条|60|条|exact|amount|财政管理类
28%|28|%|exact|share|政务动态
20%|20|%|exact|share|村务公开
