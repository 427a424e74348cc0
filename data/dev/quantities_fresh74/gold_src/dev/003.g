近7000畝|7000|亩|under|amount|茶園面積
102噸|102|吨|exact|amount|茶葉總產量
2312萬元|23120000|元|exact|amount|產值
42.3%|42.3|%|exact|share|茶葉總產值占全鄉農業總產值
55%|55|%|exact|share|農民人均純收入
