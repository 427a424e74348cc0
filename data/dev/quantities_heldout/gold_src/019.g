200萬元|2000000|元|exact|amount|企業首
8.25%|8.25|%|exact|share|利得稅率
16.5%|16.5|%|exact|share|標準稅率
一間|1|间|exact|amount|企業
200萬元|2000000|元|exact|amount|合資格研發開支
300%|300|%|exact|share|扣稅
200%|200|%|exact|share|扣稅
50份|50|份|exact|amount|全面性避免雙重課稅協定
三座|3|座|exact|amount|政府大樓
23 000平方米|23000|平方米|exact|amount|會展設施面積
