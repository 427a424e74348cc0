271戶|271|户|exact|amount|低保戶
681人|681|人|exact|amount|低保戶
1227396元|1227396|元|exact|amount|保障金
367104元|367104|元|exact|amount|醫療救助金
