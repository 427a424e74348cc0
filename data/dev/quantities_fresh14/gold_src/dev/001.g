2080万元|20800000|元|exact|amount|财政收入
亿元以上|100000000|元|over|amount|项目
