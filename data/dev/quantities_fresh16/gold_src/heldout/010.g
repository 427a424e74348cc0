23575亩|23575|亩|exact|amount|耕地面积
11683亩|11683|亩|exact|amount|水田
11892亩|11892|亩|exact|amount|旱地
0.75亩|0.75|亩|exact|amount|人均耕地
22362亩|22362|亩|exact|amount|林地面积
96.2万元|962000|元|exact|amount|农业总产值
268.2万元|2682000|元|exact|amount|农业总产值
9515万元|95150000|元|exact|amount|农业总产值
增加8.6%|8.6|%|exact|change|农业总产值
45 %|45|%|exact|share|占GDP的比重
14521吨|14521|吨|exact|amount|生产粮食
560千克|560|千克|exact|amount|人均
6367吨|6367|吨|exact|amount|水稻
2531吨|2531|吨|exact|amount|小麦
2327吨|2327|吨|exact|amount|玉米
4952 亩|4952|亩|exact|amount|油菜种植面积
793吨|793|吨|exact|amount|油菜产量
4358亩|4358|亩|exact|amount|花生种植面积
501吨|501|吨|exact|amount|花生产量
40亩|40|亩|exact|amount|芝麻种植面积
3 吨|3|吨|exact|amount|芝麻产量
10782 亩|10782|亩|exact|amount|蔬菜种植面积
9524吨|9524|吨|exact|amount|蔬菜产量
7838吨|7838|吨|exact|amount|叶类菜
623吨|623|吨|exact|amount|块根类
16720头|16720|头|exact|amount|生猪饲养量
15310头|15310|头|exact|amount|年末存栏
784头|784|头|exact|amount|牛饲养量
743头|743|头|exact|amount|年末存栏数
2003万羽|20030000|羽|exact|amount|家禽年饲养量
1876万羽|18760000|羽|exact|amount|上市家禽
3108万元|31080000|元|exact|amount|畜牧业总产值
2.7%|2.7|%|exact|share|占农业总产值
22362 亩|22362|亩|exact|amount|累计造林
6236亩|6236|亩|exact|amount|经济林
38.2%|38.2|%|exact|share|林木覆盖率
49829.2立方米|49829.2|立方米|exact|amount|活立木蓄积量
1603亩|1603|亩|exact|amount|水果种植面积
905 吨|905|吨|exact|amount|水果产量
398吨|398|吨|exact|amount|梨子产量
507 吨|507|吨|exact|amount|柑桔产量
