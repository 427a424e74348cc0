25年|25|年|exact|amount|枸杞产业生产经营史
70%左右|70|%|about|share|占全区枸杞面积
51%以上|51|%|over|share|农民人均收入来自枸杞的份额
