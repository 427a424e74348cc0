1.5成|1.5|成|exact|share|歲出預算
22.8億元|2280000000|元|exact|amount|財政收支缺口
230億|23000000000||exact|amount|總預算
228億|22800000000||exact|amount|104年總預算
2億|200000000||exact|amount|增加
增加幅度僅有0.88%|0.88|%|exact|change|增加幅度
469公頃|469|公顷|exact|amount|新開發工業區面積
295公頃|295|公顷|exact|amount|生產事業用地
