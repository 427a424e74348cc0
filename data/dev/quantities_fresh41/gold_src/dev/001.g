4645米|4645|米|exact|amount|海拔
2109人|2109|人|exact|amount|農牧民群眾
兩(liang) 個|2|个|exact|amount|村
666.19畝|666.19|亩|exact|amount|總耕地麵積
443.16萬(wan) 畝|4431600|亩|exact|amount|草場麵積
9853元|9853|元|exact|amount|人均年收入
58.7萬畝|587000|亩|exact|amount|高標準農田
17.5萬畝|175000|亩|exact|amount|正在建設
