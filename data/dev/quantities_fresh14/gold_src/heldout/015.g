超亿元|100000000|元|over|amount|投资额
两栋|2|栋|exact|amount|厂房
