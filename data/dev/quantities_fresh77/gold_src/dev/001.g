125|125||exact|amount|中西區 喬木
98 592|98592||exact|amount|中西區 灌木
96 604|96604||exact|amount|中西區 年生植物
195 321|195321||exact|amount|中西區 總計
95|95||exact|amount|灣仔 喬木
44 768|44768||exact|amount|灣仔 灌木
76 635|76635||exact|amount|灣仔 年生植物
121 498|121498||exact|amount|灣仔 總計
134|134||exact|amount|東區 喬木
73 815|73815||exact|amount|東區 灌木
16 809|16809||exact|amount|東區 年生植物
90 758|90758||exact|amount|東區 總計
67|67||exact|amount|南區 喬木
52 018|52018||exact|amount|南區 灌木
5 660|5660||exact|amount|南區 年生植物
57 745|57745||exact|amount|南區 總計
389|389||exact|amount|深水埗 喬木
62 856|62856||exact|amount|深水埗 灌木
44 226|44226||exact|amount|深水埗 年生植物
107 471|107471||exact|amount|深水埗 總計
246|246||exact|amount|油尖旺 喬木
121 529|121529||exact|amount|油尖旺 灌木
71 685|71685||exact|amount|油尖旺 年生植物
193 460|193460||exact|amount|油尖旺 總計
106|106||exact|amount|九龍城 喬木
38 947|38947||exact|amount|九龍城 灌木
17 330|17330||exact|amount|九龍城 年生植物
56 383|56383||exact|amount|九龍城 總計
38|38||exact|amount|黃大仙 喬木
109 572|109572||exact|amount|黃大仙 灌木
87 100|87100||exact|amount|黃大仙 年生植物
196 710|196710||exact|amount|黃大仙 總計
118|118||exact|amount|觀塘 喬木
189 107|189107||exact|amount|觀塘 灌木
10 862|10862||exact|amount|觀塘 年生植物
200 087|200087||exact|amount|觀塘 總計
504|504||exact|amount|離島 喬木
23 866|23866||exact|amount|離島 灌木
158 160|158160||exact|amount|離島 年生植物
182 530|182530||exact|amount|離島 總計
940|940||exact|amount|屯門 喬木
105 609|105609||exact|amount|屯門 灌木
113 970|113970||exact|amount|屯門 年生植物
220 519|220519||exact|amount|屯門 總計
69|69||exact|amount|元朗 喬木
187 944|187944||exact|amount|元朗 灌木
32 696|32696||exact|amount|元朗 年生植物
220 709|220709||exact|amount|元朗 總計
83|83||exact|amount|葵青 喬木
33 948|33948||exact|amount|葵青 灌木
17 420|17420||exact|amount|葵青 年生植物
51 451|51451||exact|amount|葵青 總計
230|230||exact|amount|荃灣 喬木
260 148|260148||exact|amount|荃灣 灌木
19 580|19580||exact|amount|荃灣 年生植物
279 958|279958||exact|amount|荃灣 總計
52|52||exact|amount|北區 喬木
93 884|93884||exact|amount|北區 灌木
19 284|19284||exact|amount|北區 年生植物
113 220|113220||exact|amount|北區 總計
198|198||exact|amount|大埔 喬木
99 824|99824||exact|amount|大埔 灌木
115 211|115211||exact|amount|大埔 年生植物
215 233|215233||exact|amount|大埔 總計
348|348||exact|amount|沙田 喬木
48 426|48426||exact|amount|沙田 灌木
188 676|188676||exact|amount|沙田 年生植物
237 450|237450||exact|amount|沙田 總計
83|83||exact|amount|西貢 喬木
269 115|269115||exact|amount|西貢 灌木
22 230|22230||exact|amount|西貢 年生植物
291 428|291428||exact|amount|西貢 總計
3 825|3825||exact|amount|喬木 總計
1 913 968|1913968||exact|amount|灌木 總計
1 114 138|1114138||exact|amount|年生植物 總計
3 031 931|3031931||exact|amount|總計
