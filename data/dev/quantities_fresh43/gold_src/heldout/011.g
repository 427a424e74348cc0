15名|15|名|exact|amount|縣十五屆人大代表
77名|77|名|exact|amount|鎮十六人大代表
三次|3|次|exact|amount|組織部分縣、鎮人大代表視察、調研活動
