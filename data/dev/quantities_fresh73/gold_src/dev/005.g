22.1萬畝|221000|亩|exact|amount|森林撫育
2萬畝|20000|亩|exact|amount|森林可持續經營試點
562萬畝|5620000|亩|exact|amount|病蟲害監測
5.23萬畝|52300|亩|exact|amount|鼠害防治
1.295萬畝|12950|亩|exact|amount|病蟲害防治
零|0||exact|share|林業有害生物成災率
81.9畝|81.9|亩|exact|amount|育苗基地
680.39萬株|6803900|株|exact|amount|成苗
