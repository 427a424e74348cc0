9次|9|次|exact|amount|常委会会议
23项|23|项|exact|amount|审议议题
5项|5|项|exact|amount|决定
