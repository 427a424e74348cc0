420場|420|场|exact|amount|活動及班組
81,029|81029||exact|amount|活動人次
22個|22|个|exact|amount|民生個案
