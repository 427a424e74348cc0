5000畝以上|5000|亩|over|amount|茶樹種植面積
超2.5億元|250000000|元|over|amount|農業總產值
70家|70|家|exact|amount|工礦企業
60%以上|60|%|over|share|工業總產值占柳城總產值
