8千余份|8000|份|over|amount|三問三解調查問卷
574件|574|件|exact|amount|百姓訴求問題
345件|345|件|exact|amount|已解決問題
20余戶|20|户|over|amount|慰問貧困戶
2人|2|人|exact|amount|助學
100余人|100|人|over|amount|殘障兒童
50余人次|50|人次|over|amount|環衛工人
10余次|10|次|over|amount|義務奉獻
