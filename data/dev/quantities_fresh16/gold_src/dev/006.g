5项|5|项|exact|amount|经济指标
5个|5|个|exact|amount|项目
