增長(按可比口徑計算)2.3%|2.3|%|exact|change|全旗地區(qū)生產(chǎn)總值
同比增長5.6%|5.6|%|exact|change|第一產(chǎn)業(yè)增加值
同比下降2%|-2|%|exact|change|第二產(chǎn)業(yè)增加值
同比增長8.9%|8.9|%|exact|change|第三產(chǎn)業(yè)增加值
比上年增長3.6%|3.6|%|exact|change|人均地區(qū)生產(chǎn)總值
6.81萬人|68100|人|exact|amount|全旗常住人口
4.45萬人|44500|人|exact|amount|常住城鎮(zhèn)人口
65.35%|65.35|%|exact|share|常住人口城鎮(zhèn)化率
