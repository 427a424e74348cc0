107%|107|%|exact|share|造林整地
119%|119|%|exact|share|荒山造林
104%|104|%|exact|share|绿化通道
