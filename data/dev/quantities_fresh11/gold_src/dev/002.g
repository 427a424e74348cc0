5次|5|次|exact|amount|党委理论学习中心组法治学习
4次|4|次|exact|amount|干部职工学法
