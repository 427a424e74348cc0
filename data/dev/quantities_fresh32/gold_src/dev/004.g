1 億元|100000000|元|exact|amount|每區撥款
一|1|个|exact|amount|社區重點項目
兩個|2|个|exact|amount|社區重點項目
18 區|18|区|exact|amount|區
27 個|27|个|exact|amount|社區重點項目
