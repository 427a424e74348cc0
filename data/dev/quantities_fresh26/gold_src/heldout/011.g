增加18%|18|%|exact|change|农民人均纯收入
9170元|9170|元|exact|amount|农民人均纯收入
增收15%|15|%|exact|change|贫困农户
3858人|3858|人|exact|amount|县委政府安排减少贫困人口
930户|930|户|exact|amount|减少贫困人口
4441人|4441|人|exact|amount|减少贫困人口
