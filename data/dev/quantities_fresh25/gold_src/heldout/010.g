22戶|22|户|exact|amount|轉移群眾
42人|42|人|exact|amount|轉移群眾
約1.7億方|170000000|方|about|amount|排出水量
2.8萬(wàn)人次|28000|人次|exact|amount|巡堤查險
18處|18|处|exact|amount|整治險情
206公里|206|公里|exact|amount|改造主支管網
53.7公里|53.7|公里|exact|amount|入戶管網
1.5萬(wàn)戶|15000|户|exact|amount|惠及群眾
