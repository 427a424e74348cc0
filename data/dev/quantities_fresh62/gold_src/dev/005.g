345場次|345|场次|exact|amount|樂齡課程
五百餘份|500|份|over|amount|物資箱
超過億元|100000000|元|over|amount|改善道路與排水工程
18公里|18|公里|exact|amount|道路
千餘盞|1000|盏|over|amount|LED路燈
五萬人次|50000|人次|exact|amount|馬公夏日童樂趴
92%|92|%|exact|share|師資留任率
