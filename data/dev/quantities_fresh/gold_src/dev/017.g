111.5億元|11150000000|元|exact|amount|地區生產總值
同比增長12%|12|%|exact|change|地區生產總值
6.4億元|640000000|元|exact|amount|地方財政收入
同比增長27%|27|%|exact|change|地方財政收入
93.4億元|9340000000|元|exact|amount|固定資產投資
同比增長15%|15|%|exact|change|固定資產投資
2.9億美元|290000000|美元|exact|amount|出口總額
同比增長52.6%|52.6|%|exact|change|出口總額
