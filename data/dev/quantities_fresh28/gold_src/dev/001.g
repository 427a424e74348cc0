2千元|2000|元|exact|amount|振興禮金
26億元|2600000000|元|exact|amount|遺產稅
2千元|2000|元|exact|amount|振興禮金
約有13億多元|1300000000|元|about|amount|公庫盈餘
10億2仟396萬元|1023960000|元|exact|amount|保留預算
3億2仟827萬元|328270000|元|exact|amount|累積盈餘金額
