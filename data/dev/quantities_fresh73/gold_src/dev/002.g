70岁以上|70|岁|over|amount|人均预期寿命
80/10万|80|/10万|under|share|孕产妇死亡率
12‰以下|12|‰|under|share|婴儿死亡率
95%以上|95|%|over|share|孕产妇住院分娩率
