3个|3|个|exact|amount|民生实事项目
约537万元|5370000|元|about|amount|投入资金
230余万元|2300000|元|over|amount|“书香大陈”文化健身公园建设项目总投资
278万元|2780000|元|exact|amount|道路提升项目总投资
600米|600|米|exact|amount|全长
3.5米|3.5|米|exact|amount|路面
6米|6|米|exact|amount|路面
29万元|290000|元|exact|amount|大陈智慧农贸市场改造提升项目总投资
