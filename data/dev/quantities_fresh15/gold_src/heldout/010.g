27.68萬擔|276800|担|exact|amount|收購煙葉
7771萬元|77710000|元|exact|amount|年均煙葉稅
3.7億元|370000000|元|exact|amount|煙農總收入
8萬元|80000|元|exact|amount|煙農戶均收入
10.33萬元|103300|元|exact|amount|煙農戶均收入
