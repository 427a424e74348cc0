萬元|10000|元|exact|amount|普發現金
五千元|5000|元|exact|amount|加碼
一萬五千元|15000|元|exact|amount|每人發放金額
一萬元|10000|元|exact|amount|每人發放
五千元|5000|元|exact|amount|加碼
八千萬元|80000000|元|exact|amount|所需經費
約一．九億元|190000000|元|about|amount|鄉庫結餘款
