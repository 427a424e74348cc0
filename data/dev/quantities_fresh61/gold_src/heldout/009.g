3个|3|个|exact|amount|村
16个|16|个|exact|amount|小组
5757人|5757|人|exact|amount|户籍人口
5757人|5757|人|exact|amount|乡村人口
45平方公里|45|平方公里|exact|amount|幅员面积
18015.85亩|18015.85|亩|exact|amount|耕地面积
4222亩|4222|亩|exact|amount|田面积
28628.7亩|28628.7|亩|exact|amount|林地
