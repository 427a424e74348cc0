1247场|1247|场|exact|amount|文艺演出、公益培训活动
923325人|923325|人|exact|amount|服务人次
161场|161|场|exact|amount|图书馆开展活动
17649人|17649|人|exact|amount|服务人次
13000余人|13000|人|over|amount|美术馆群众文化活动服务人次
2万余人|20000|人|over|amount|博物馆服务人次
一家|1|家|exact|amount|新增读书驿站
4家|4|家|exact|amount|读书驿站
