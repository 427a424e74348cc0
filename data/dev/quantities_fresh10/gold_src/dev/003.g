6公里|6|公里|exact|amount|集鎮
560米|560|米|exact|amount|平均海拔
600米|600|米|exact|amount|西北端海拔
530米|530|米|exact|amount|東南端海拔
16°|16|°|exact|amount|平均氣溫
約1258 馬祖鎮小時|1258|小时|about|amount|全年日照
959毫米|959|毫米|exact|amount|年降水量
284天|284|天|exact|duration|無霜期
14個|14|个|exact|amount|行政村
1個|1|个|exact|amount|居委會
122個|122|个|exact|amount|村民小組
9056戶|9056|户|exact|amount|全鎮常住人口
26375人|26375|人|exact|amount|全鎮常住人口
2868人|2868|人|exact|amount|非農業人口
23085畝|23085|亩|exact|amount|可耕地面積
2101O畝|21010|亩|exact|amount|田
2075畝|2075|亩|exact|amount|土
