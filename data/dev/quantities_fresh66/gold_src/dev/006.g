第一|1|名|exact|rank|開源績效考核
1152萬8千元|11528000|元|exact|amount|獎金
前6名|6|名|exact|rank|成績
4117萬1千元|41171000|元|exact|amount|總獎金
減半|-50|%|exact|change|用電
減少約23%|-23|%|about|change|電費支出
超過120萬元|1200000|元|over|amount|電費
約100萬元|1000000|元|about|amount|電費
