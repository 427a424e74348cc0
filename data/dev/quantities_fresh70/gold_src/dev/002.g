17名|17|名|exact|amount|村级兽防员
30天|30|天|exact|duration|秋季牲畜疾病免疫工作
15天|15|天|exact|duration|秋季牲畜疾病免疫工作
166万公斤|1660000|公斤|exact|amount|妥坝乡饲草料贮备
40公斤以上|40|公斤|over|amount|平均每头(只)牲畜越冬饲草料贮备
