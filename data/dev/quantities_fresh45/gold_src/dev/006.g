94%|94|%|exact|share|优良天数比例
连续两年|2|年|exact|duration|超九成
超九成|9|成|over|share|优良天数比例
21微克/立方米|21|微克/立方米|exact|amount|PM2.5浓度均值
连续5年|5|年|exact|duration|达到世卫组织第二阶段标准
