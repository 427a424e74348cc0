131億元|13100000000|元|exact|amount|統籌分配稅
5.06億元|506000000|元|exact|amount|經費
約300萬立方公尺|3000000|立方米|about|amount|土石
百站|100|站|exact|amount|YouBike據點
