256.7525萬元|2567525|元|exact|amount|參保資金
73514人|73514|人|exact|amount|參加新型農村合作醫療的農民
95.5%|95.5|%|exact|share|參保率
1055位|1055|位|exact|amount|患病農民
300萬元|3000000|元|exact|amount|報銷額
97個|97|个|exact|amount|村居食品安全聯絡員
