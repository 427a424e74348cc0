六位|6|位|exact|amount|應出席代表
六位|6|位|exact|amount|已簽到代表
20萬|200000||exact|amount|單項運動經費
10萬|100000||exact|amount|追加
30萬|300000||about|amount|單項運動經費
