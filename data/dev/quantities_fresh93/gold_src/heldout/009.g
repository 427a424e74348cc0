1.6189亿元|161890000|元|exact|amount|旅游收入
15.6663万人次|156663|人次|exact|amount|接待游客
同比增长104.22%|104.22|%|exact|change|接待游客
1.6189亿元|161890000|元|exact|amount|旅游收入
同比增长131.27%|131.27|%|exact|change|旅游收入
54714辆次|54714|辆次|exact|amount|自驾旅游车辆进出
39986人次|39986|人次|exact|amount|铁路客运进出
五场|5|场|exact|amount|群众大舞台
