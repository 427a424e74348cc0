17億5000萬元|1750000000|元|exact|amount|公共債務餘額
4面向|4|面向|exact|amount|施政總報告
91億元|9100000000|元|exact|amount|負債
3年|3|年|exact|duration|努力
351億7884萬2000元|35178842000|元|exact|amount|歲入及歲出預算數
