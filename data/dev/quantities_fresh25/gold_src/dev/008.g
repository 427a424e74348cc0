增長6 . 5%左右|6.5|%|about|change|經濟
2%以上|2|%|over|share|研發經費投入強度
增長7.5%以上|7.5|%|over|change|規上工業增加值
增長8%以上|8|%|over|change|固定資產投資
增長8%以上|8|%|over|change|社會消費品零售總額
增長4%以上|4|%|over|change|一般公共預算收入
