402.77億元|40277000000|元|exact|amount|地區生產總值
增長(zhǎng)21.1%|21.1|%|exact|change|地區生產總值
連續(xù)6個(gè)季度|6|季度|exact|duration|經濟增速
20%以上|20|%|over|change|經濟增速
突破400億元|40000000000|元|over|amount|GDP
超過20多萬平方米|200000|平方米|over|amount|新招引企業的廠房總面積
19萬平方米|190000|平方米|exact|amount|高端裝備制造產業園廠房面積
超過一個|1|个|over|amount|產業園
