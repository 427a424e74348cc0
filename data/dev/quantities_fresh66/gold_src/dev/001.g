三項|3|项|exact|amount|提案
四十萬元|400000|元|exact|amount|姊妹市互訪經費
一百萬元|1000000|元|exact|amount|發電年度協助金
一百四十七萬一千元|1471000|元|exact|amount|觀光及公用事業
一百五十八萬八千元|1588000|元|exact|amount|公廁公園管理
二十萬元|200000|元|exact|amount|環境衛生
四百零七萬三千元|4073000|元|exact|amount|合計追加減
