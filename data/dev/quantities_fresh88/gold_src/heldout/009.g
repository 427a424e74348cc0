5万元|50000|元|exact|amount|分红
五摞|5|摞|exact|amount|崭新钞票
3年|3|年|exact|duration|大学毕业
不足4000元|4000|元|under|amount|牧户年收入
60万亩|600000|亩|exact|amount|草场
