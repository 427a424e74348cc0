1.32亿元|132000000|元|exact|amount|国内生产总值
同比增长5.3%|5.3|%|exact|change|国内生产总值
5620万元|56200000|元|exact|amount|固定资产投资
同比增长12%|12|%|exact|change|固定资产投资
5946元|5946|元|exact|amount|农民人均可支配性收入
同比增长7%|7|%|exact|change|农民人均可支配性收入
110亩|110|亩|exact|amount|荷花基地
