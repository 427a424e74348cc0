5個|5|个|exact|amount|鄉鎮
2.88萬畝|28800|亩|exact|amount|高標準農田面積
140余戶|140|户|over|amount|農戶
