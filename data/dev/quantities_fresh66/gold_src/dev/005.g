超90萬人次|900000|人次|over|amount|社會服務
超7196場|7196|场|over|amount|服務活動
1557起|1557|起|exact|amount|個案
