約15畝|15|亩|about|amount|占地
7000多平方米|7000|平方米|over|amount|非法建筑面積
