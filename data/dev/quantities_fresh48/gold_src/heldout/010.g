51名|51|名|exact|amount|人大代表
8项|8|项|exact|amount|2019年镇政府民生实事项目
8项|8|项|exact|amount|民生实事项目
5个|5|个|exact|amount|农村生活垃圾分类收集建设村庄
