逾1.4億港元|140000000|港元|over|amount|募資
10萬港元|100000|港元|exact|amount|人身意外險
132萬港元|1320000|港元|exact|amount|生活困難救助
一千多個|1000|个|over|amount|會員家庭
20多萬次|200000|次|over|amount|家訪
830多場|830|场|over|amount|活動
14萬多人次|140000|人次|over|amount|參加
16萬人|160000|人|exact|amount|會員數
