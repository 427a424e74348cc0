4000戶(hù)|4000|户|exact|amount|建造定居住房的牧民
2.5萬(wàn)元|25000|元|exact|amount|每戶補貼
80多次|80|次|over|amount|搬家
20畝|20|亩|exact|amount|天然草場
一畝|1|亩|exact|amount|人工草場
50畝左右|50|亩|about|amount|飼草料地
