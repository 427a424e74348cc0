下降0.4%|-0.4|%|exact|change|罪案數字
329宗|-329|宗|exact|change|罪案數字
下跌22.7%|-22.7|%|exact|change|行劫
15.1%|-15.1|%|exact|change|爆竊
下跌1.3%|-1.3|%|exact|change|整體罪案率
1 167宗|1167|宗|exact|amount|整體罪案率
44.6%|44.6|%|exact|share|整體破案率
上升一個百分點|1|百分点|exact|change|整體破案率
45.6%|45.6|%|exact|share|整體破案率
1 588人|1588|人|exact|amount|拘捕
九個|9|个|exact|amount|涉及偷車的犯罪集團
四次|4|次|exact|amount|打擊非法收受賭注的掃蕩行動
38人|38|人|exact|amount|拘捕
200萬元|2000000|元|exact|amount|投注單
89%|89|%|exact|share|認為警方對待他們的態度屬「良好或非常良好」
85%|85|%|exact|share|認為警方提供的服務屬「良好或非常良好」
