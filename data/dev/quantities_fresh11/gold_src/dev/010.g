50余场|50|场|over|amount|“法律进村”活动
2万余人次|20000|人次|over|amount|覆盖群众
9次|9|次|exact|amount|“法治进校园”活动
近千人|1000|人|under|amount|惠及师生
