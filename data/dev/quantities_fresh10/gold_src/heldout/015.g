100米左右|100|米|about|amount|拉张裂缝长度
0.3|0.3|米|exact|amount|拉张裂缝宽度
0.5米|0.5|米|exact|amount|拉张裂缝宽度
46户|46|户|exact|amount|该组
191人|191|人|exact|amount|该组
1800万元|18000000|元|exact|amount|潜在经济损失
46户|46|户|exact|amount|受滑坡威胁的群众
70%|70|%|exact|share|搬迁户完成搬迁
