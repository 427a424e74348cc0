17 个|17|个|exact|amount|村民小组
3803 亩|3803|亩|exact|amount|占地面积
752 户|752|户|exact|amount|农户
2924 人|2924|人|exact|amount|总人口
四块|4|块|exact|amount|新增宣传橱窗
四次|4|次|exact|amount|每月召开广播会
100%|100|%|exact|share|全村知晓率和参与率
一个|1|个|exact|amount|整体规划
