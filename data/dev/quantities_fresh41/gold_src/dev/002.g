約650萬元|6500000|元|about|amount|第二備金
10條|10|条|exact|amount|道路
