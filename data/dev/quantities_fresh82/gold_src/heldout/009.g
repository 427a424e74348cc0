200戶|200|户|exact|amount|搬遷鄉親
200戶|200|户|exact|amount|鄉親
500多只|500|只|over|amount|扎嘎山羊
50多歲|50|岁|over|amount|金珠益西
翻了番|100|%|exact|change|收入
5個(gè)|5|个|exact|amount|行政村
800名|800|名|exact|amount|村民
19萬畝|190000|亩|exact|amount|草場
