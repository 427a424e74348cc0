129條|129|条|exact|amount|主動公開政府信息
16件|16|件|exact|amount|受理政府信息公開申請
1件|1|件|exact|amount|上年結轉政府信息公開辦理數量
16件|16|件|exact|amount|辦結政府信息公開申請
1件|1|件|exact|amount|結轉至2024年辦理
