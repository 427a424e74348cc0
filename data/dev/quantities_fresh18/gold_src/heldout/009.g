4434萬元|44340000|元|exact|amount|投入
17所|17|所|exact|amount|改薄學校
5所|5|所|exact|amount|公辦幼兒園
全省縣域第一|1|名|exact|rank|高考清北錄取人數
10%|10|%|exact|share|義務教育學校納入教聯體建設
