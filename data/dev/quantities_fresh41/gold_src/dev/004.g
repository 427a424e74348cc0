廿二席|22|席|exact|amount|筵開
二百多位|200|位|over|amount|義工及會員
七萬二千四百○九次|72409|次|exact|amount|服務人次
七百五十三次|753|次|exact|amount|舉辦活動班組總次數
五十二個|52|个|exact|amount|個案跟進
