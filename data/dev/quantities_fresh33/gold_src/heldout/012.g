45歲|45|岁|exact|amount|更桑加
十余年|10|年|over|duration|
20公里|20|公里|exact|amount|距縣城
13.24萬畝|132400|亩|exact|amount|全村草場面積
11.03萬畝|110300|亩|exact|amount|可利用草場面積
90戶|90|户|exact|amount|全村戶數
255人|255|人|exact|amount|全村人口
