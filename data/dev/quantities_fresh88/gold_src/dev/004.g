1500多頭|1500|头|over|amount|村合作社的牛
三個多月|3|月|over|duration|為牲畜貼膘
52頭|52|头|exact|amount|分發牦牛
41.6萬元|416000|元|exact|amount|價值
180多戶|180|户|over|amount|牧民群眾家中
