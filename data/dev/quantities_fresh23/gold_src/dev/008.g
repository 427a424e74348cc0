2名|2|名|exact|amount|优秀人才
320余亩|320|亩|over|amount|流转土地
270余万元|2700000|元|over|amount|共投入
60亩|60|亩|exact|amount|种植瓜蒌
15万斤|150000|斤|exact|amount|生瓜年产量
约达到1.5万斤|15000|斤|about|amount|瓜蒌年产量
