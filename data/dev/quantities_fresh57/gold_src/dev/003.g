120余處|120|处|over|amount|清理亂堆亂放
170余噸|170|吨|over|amount|拉運生活垃圾
約6噸|6|吨|about|amount|清理雜物
60余臺(tái)次|60|台次|over|amount|動用車輛
