4个|4|个|exact|amount|预算单位
3个|3|个|exact|amount|所属二级预算单位
63人|63|人|exact|amount|编制人数
27人|27|人|exact|amount|行政编制
36人|36|人|exact|amount|全部补助事业编制
63 人|63|人|exact|amount|实有人数
61 人|61|人|exact|amount|在职人数
26人|26|人|exact|amount|行政人员
33人|33|人|exact|amount|全部补助事业人员
21人|21|人|exact|amount|自收自支事业人员
15人|15|人|exact|amount|退休人员
26人|26|人|exact|amount|聘用人员
4人|4|人|exact|amount|遗属对象
