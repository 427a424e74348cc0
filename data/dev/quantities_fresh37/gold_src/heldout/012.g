180头|180|头|exact|amount|马鹿
1700亩|1700|亩|exact|amount|鹿场可利用纯天然草场
7种|7|种|exact|amount|产品
12万元|120000|元|exact|amount|达宗鹿场养殖合作社分红
2万元|20000|元|exact|amount|赛尔龙乡各村分红
73名|73|名|exact|amount|参与分红的牧民代表
