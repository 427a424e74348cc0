309万元|3090000|元|exact|amount|财政总收入
278%|278|%|exact|share|占目标任务
125万元|1250000|元|exact|amount|地方一般公共预算收入
26%|26|%|exact|share|占目标任务
约15公顷|15|公顷|about|amount|新增耕地
3个|3|个|exact|amount|安置区
