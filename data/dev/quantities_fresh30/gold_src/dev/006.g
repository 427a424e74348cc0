15萬畝|150000|亩|exact|amount|水稻生產功能區面積
773萬元|7730000|元|exact|amount|補貼資金
不超過76.61元|76.61|元|under|amount|統一畝平補貼標準
5萬余戶|50000|户|over|amount|惠及
