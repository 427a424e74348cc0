一条|1|条|exact|amount|通乡路
近8900名|8900|名|under|amount|贫困人口
43.21%以上|43.21|%|over|share|占全乡总人口数
20个|20|个|exact|amount|极贫乡镇
