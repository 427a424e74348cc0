7987人|7987|人|exact|amount|社區人口
188人|188|人|exact|amount|各類殘疾
約占77%|77|%|about|share|肢體殘疾和精神障礙人數
51戶|51|户|exact|amount|申請低保
83人|83|人|exact|amount|申請低保
360元/人|360|元/人|exact|amount|大連市低保補貼標準
