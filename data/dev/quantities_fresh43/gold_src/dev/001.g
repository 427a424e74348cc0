3条|3|条|exact|amount|主动公开政府信息
0条|0|条|exact|amount|依申请公开信息
0条|0|条|exact|amount|政府信息公开申请
12期|12|期|exact|amount|政务公开栏公开信息
