20公里|20|公里|exact|amount|農村公路提升計劃
18個|18|个|exact|amount|煤改氣涉及村
3360戶|3360|户|exact|amount|煤改氣改造完成
4個|4|个|exact|amount|2019年計劃改造的村
445戶|445|户|exact|amount|計劃改造
45%|45|%|exact|share|暖氣片安裝完成
7個|7|个|exact|amount|老舊飲水管網提升改造的村
