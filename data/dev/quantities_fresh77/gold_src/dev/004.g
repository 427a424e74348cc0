27項|27|项|exact|amount|大眾康體活動
逾12萬人次|120000|人次|over|amount|參與
27項|27|项|exact|amount|大眾康體活動
逾12萬人次|120000|人次|over|amount|參與
27項|27|项|exact|amount|大眾康體活動
超過 120000人次|120000|人次|over|amount|總參與人數
24項|24|项|exact|amount|大型體育活動
