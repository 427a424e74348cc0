53条|53|条|exact|amount|主动公开信息数
53条|53|条|exact|amount|全文电子化的主动公开信息数
45条|45|条|exact|amount|机构设置、主要职能、办事程序和办事指南类信息
1条|1|条|exact|amount|财政收支、各类专项资金管理和使用类信息
0条|0|条|exact|amount|征收或征用土地、房屋拆迁及其补助等类信息
0条|0|条|exact|amount|乡镇的债权债务、筹资酬劳等情况类信息
3条|3|条|exact|amount|抢险救灾、优抚、救济、社会捐助等情况类信息
0条|0|条|exact|amount|乡镇集体企业及其他经济实体承包等情况类信息
1 条|1|条|exact|amount|执行计划生育政策情况类信息
0条|0|条|exact|amount|工作动态类信息
3|3||exact|amount|应主动公开的其他信息
