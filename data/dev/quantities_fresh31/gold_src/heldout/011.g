9万余元|90000|元|over|amount|慰问资金
