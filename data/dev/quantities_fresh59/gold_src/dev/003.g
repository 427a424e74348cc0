700条|700|条|exact|amount|主动公开政府信息数
0条|0|条|exact|amount|主动公开行政规范性文件数
65条|65|条|exact|amount|通过政府网站公开政府信息数
635条|635|条|exact|amount|政务微信公开政府信息数
