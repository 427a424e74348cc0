38場次|38|场次|exact|amount|各類文化活動
4場|4|场|exact|amount|防溺水宣傳文藝演出
4場|4|场|exact|amount|“慶國慶、迎中秋”文藝演出
8場|8|场|exact|amount|送戲下鄉文藝演出
9 場|9|场|exact|amount|各類培訓活動
11場|11|场|exact|amount|講座活動
3場次|3|场次|exact|amount|體育比賽
2場|2|场|exact|amount|農耕文化展覽活動
約5766人|5766|人|about|amount|服務人次
28個|28|个|exact|amount|各類文體廣場
1個|1|个|exact|amount|盧寨村5人制足球場
1個|1|个|exact|amount|萬溝村標準籃球
1000平方米|1000|平方米|exact|amount|室內體育館
4處|4|处|exact|amount|文體廣場
37849平方|37849|平方米|exact|amount|體育面積
8082平方|8082|平方米|exact|amount|新增面積
45931平方|45931|平方米|exact|amount|總面積
6處|6|处|exact|amount|體育場地
