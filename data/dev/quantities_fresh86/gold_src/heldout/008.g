八十多歲|80|岁|over|amount|老夫妻年齡
一百公分以上|100|公分|over|amount|淤沙高度
四萬元|40000|元|exact|amount|淹水救助金
