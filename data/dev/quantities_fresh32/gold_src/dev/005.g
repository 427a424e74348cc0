八個|8|个|exact|amount|方面新突破
50項|50|项|exact|amount|重點任務
增長5.5%左右|5.5|%|about|change|地區生產總值
