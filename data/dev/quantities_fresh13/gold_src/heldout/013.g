12683件|12683|件|exact|amount|工单总数
8846件|8846|件|exact|amount|办结考核工单
867件|867|件|exact|amount|不予受理
6197件|6197|件|exact|amount|满意
237件|237|件|exact|amount|基本满意
1262件|1262|件|exact|amount|不满意
80.32%|80.32|%|exact|share|满意度
