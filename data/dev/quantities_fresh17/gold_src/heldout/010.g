41名|41|名|exact|amount|党员
5名|5|名|exact|amount|支委成员
10余次|10|次|over|amount|共商共建活动
40余件|40|件|over|amount|社区矛盾纠纷
50余件|50|件|over|amount|为群众办实事
6次|6|次|exact|amount|主题党日活动
2次|2|次|exact|amount|党课
15次|15|次|exact|amount|志愿服务
