16.7万亩|167000|亩|exact|amount|高标准农田建设
10万亩|100000|亩|exact|amount|农业生产社会化服务玉米密植高产
1个|1|个|exact|amount|玉米密植高产万亩片示范区
3|3|个|exact|amount|千亩方
4个|4|个|exact|amount|千亩方
