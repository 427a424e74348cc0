2村|2|村|exact|amount|道路改善工程
2村|2|村|exact|amount|道路改善工程
約730公尺|730|米|about|amount|農路路面破損重鋪AC修復長度
約117公尺|117|米|about|amount|農路支線路面破損重鋪AC修復長度
約491公尺|491|米|about|amount|湖內路路面刨鋪工程長度
約224公尺|224|米|about|amount|福德宮前道路路面刨鋪工程長度
60天|60|天|exact|duration|修繕工程
