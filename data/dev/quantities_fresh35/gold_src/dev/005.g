15萬畝|150000|亩|exact|amount|種糖蔗
8.2萬畝|82000|亩|exact|amount|糖蔗
15萬畝|150000|亩|exact|amount|糖蔗種植面積
80萬噸以上|800000|吨|over|amount|進廠原料蔗
9萬噸以上|90000|吨|over|amount|機制糖
3億元|300000000|元|exact|amount|蔗糖工業產值
3000萬元以上|30000000|元|over|amount|創稅
1.5億元|150000000|元|exact|amount|增加農民純收入
