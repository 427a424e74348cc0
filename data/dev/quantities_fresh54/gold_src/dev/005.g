10公升|10|升|exact|amount|每日節約個人用水
一對|1|对|exact|amount|節流器
120 000戶|120000|户|exact|amount|家庭
30 000戶|30000|户|exact|amount|原定配額
