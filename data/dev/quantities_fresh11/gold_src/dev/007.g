4次|4|次|exact|amount|中心组学法
2场|2|场|exact|amount|基层宣讲
380余人次|380|人次|over|amount|机关干部、村“两委”成员
2场|2|场|exact|amount|“法治党课”
4次|4|次|exact|amount|党委会专题研究法治建设
1000余条|1000|条|over|amount|党务、政务信息
