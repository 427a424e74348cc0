約3公里|3|公里|about|amount|距離雅魯藏布江扎囊段江岸
49歲|49|岁|exact|amount|村民邊覺
20多歲|20|岁|over|amount|因操作農機具不慎失去左臂
680多只|680|只|over|amount|綿羊
百來(lái)只|100|只|about|amount|賣出綿羊
十多萬(wàn)元|100000|元|over|amount|收入
