近百万元|1000000|元|under|amount|投资
1.5公里|1.5|公里|exact|amount|硬化街道
3000平方米|3000|平方米|exact|amount|铺设彩砖
1.5公里|1.5|公里|exact|amount|排污管道
54盏|54|盏|exact|amount|路灯
600余株|600|株|over|amount|行道树
