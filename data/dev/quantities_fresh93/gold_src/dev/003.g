41784人|41784|人|exact|amount|盐官镇常住人口
9个|9|个|exact|amount|工业企业
13个|13|个|exact|amount|综合商店或超市
904亿元|90400000000|元|exact|amount|GD
73432亩|73432|亩|exact|amount|耕地面积
1.3亿元|130000000|元|exact|amount|农业总产值
88.63万人|886300|人|exact|amount|盐官镇的常住人口
60.47%|60.47|%|exact|share|城镇化率
