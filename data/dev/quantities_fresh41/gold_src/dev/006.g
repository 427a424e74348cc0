18 區|18|区|exact|amount|區議會
390 名|390|名|exact|amount|區議員
390 名|390|名|exact|amount|民選議員
27 名|27|名|exact|amount|當然議員
102 名|102|名|exact|amount|委任議員
519 名|519|名|exact|amount|總人數
四 年|4|年|exact|duration|任期
