65件|65|件|exact|amount|民生实事项目
65件|65|件|exact|amount|民生实事办理
65件|65|件|exact|amount|民生实事
26件|26|件|exact|amount|民生实事已完成
40%|40|%|exact|share|民生实事完成率
65件|65|件|exact|amount|已开工事项
100%|100|%|exact|share|开工率
