940多頭|940|头|over|amount|新西蘭高產奶牛總頭數
150噸|150|吨|exact|amount|日處理鮮奶生產線
180噸|180|吨|exact|amount|日加工鮮奶能力
120噸|120|吨|exact|amount|日加工處理能力
