329戶|329|户|exact|amount|玉斯屯克阿依庫勒村
1456人|1456|人|exact|amount|玉斯屯克阿依庫勒村
68戶|68|户|exact|amount|建檔立卡貧困戶
266人|266|人|exact|amount|建檔立卡貧困戶
近1/5|0.2||under|share|佔全村人口
6名|6|名|exact|amount|隊員
