10,549 宗|10549|宗|exact|amount|罪案
微升約 5.03%|5.03|%|about|change|罪案
超 過 1.6 億|160000000||over|amount|出入境總人次
升幅 2.05%|2.05|%|exact|change|出入境總人次
超過 15,000 宗|15000|宗|over|amount|交通 事故
減少 2.92%|-2.92|%|exact|change|交通 事故
196次|196|次|exact|amount|聯合反罪惡行動
14,724人次|14724|人次|exact|amount|調查
3,435 人|3435|人|exact|amount|移送檢察院偵訊之嫌犯
升幅 7.88%|7.88|%|exact|change|移送檢察院偵訊之嫌犯
103 宗|103|宗|exact|amount|涉毒案件
150 名|150|名|exact|amount|移交檢察院偵辦的嫌犯
12,326 次|12326|次|exact|amount|緝毒行動
5 宗|5|宗|exact|amount|藏毒案件
