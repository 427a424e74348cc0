增长13.5%|13.5|%|exact|change|规上工业增加值
同比增长14%|14|%|exact|change|制造业增加值
