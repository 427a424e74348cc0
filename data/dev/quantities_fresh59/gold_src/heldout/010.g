177篇|177|篇|exact|amount|微信公眾號發布涉農政策、工作動態、民生服務等信息
100余條次|100|条次|over|amount|在主流媒體發布相關信息
5件|5|件|exact|amount|收到公開申請
5項|5|项|exact|amount|申請公開事項
