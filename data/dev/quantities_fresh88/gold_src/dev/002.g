960米|960|米|exact|amount|混凝土路面
34.56万元|345600|元|exact|amount|该项目总造价
4980人|4980|人|exact|amount|符合筹资条件的村民
15元|15|元|exact|amount|每人
7.47万元|74700|元|exact|amount|共自筹
24.9万元|249000|元|exact|amount|财政奖补
2.19万元|21900|元|exact|amount|其它捐款
