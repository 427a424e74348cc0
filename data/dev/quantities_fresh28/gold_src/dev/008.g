1篇|1|篇|exact|amount|Facebook貼文
超過1萬|10000||over|amount|粉絲數
約為3,200萬元|32000000|元|about|amount|總工程經費
約560公尺|560|米|about|amount|長度
