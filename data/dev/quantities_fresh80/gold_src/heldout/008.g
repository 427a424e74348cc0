74户|74|户|exact|amount|全村
311人|311|人|exact|amount|全村
7天|7|天|exact|duration|修补路段
15900万元|159000000|元|exact|amount|村“两委”班子成员捐出
600元|600|元|exact|amount|驻村工作队捐出
22700元|22700|元|exact|amount|牧民群众捐出
39200元|39200|元|exact|amount|修路资金共计
