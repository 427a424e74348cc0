2,279萬元|22790000|元|exact|amount|改善溪州鄉道路及排水護岸
11531萬元|115310000|元|exact|amount|道路工程經費
6,250萬元|62500000|元|exact|amount|水利經費
4件|4|件|exact|amount|興辦工程
3條|3|条|exact|amount|道路修繕工程
