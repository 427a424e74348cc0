突破2.5億元|250000000|元|over|amount|全鎮生產總值
4948萬元|49480000|元|exact|amount|財政總收入
8238元|8238|元|exact|amount|農民人均純收入
100%|100|%|exact|share|貧困人口脫貧率
