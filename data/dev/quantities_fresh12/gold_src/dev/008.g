約40年|40|年|about|amount|路面
兩案|2|案|exact|amount|會勘
1,620平方公尺|1620|平方米|exact|amount|AC改善
約81萬元|810000|元|about|amount|所需經費
255噸|255|吨|exact|amount|供料
