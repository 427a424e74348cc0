下跌三成半|-3.5|成|exact|change|博彩收益
九千元|9000|元|exact|amount|澳門永久性居民
七千元|7000|元|exact|amount|公積金個人戶口注資
一萬元|10000|元|exact|amount|啟動金
一百一十七億元|11700000000|元|exact|amount|惠民措施
一千九百六十億元|196000000000|元|exact|amount|博彩毛收入
下跌三成半|-3.5|成|exact|change|博彩毛收入
